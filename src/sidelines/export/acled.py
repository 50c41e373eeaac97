"""ACLED-style rows for the conflict events (ASSAULT, COERCE, PROTEST, MOBILIZE).

ACLED's own coders fill columns that a news record cannot: what is filled and how is listed in
``ACLED_NOTES`` (printed in the README); the rest is left empty rather than guessed.
"""

from __future__ import annotations

from typing import Any

from sidelines.query.rows import ExportActor, ExportEvent

CONFLICT_TYPES = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")

#: PLOVER (type, mode) -> ACLED (event_type, sub_event_type); (type, None) is the type's default.
EVENT_TYPES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("ASSAULT", None): ("Violence against civilians", "Attack"),
    ("ASSAULT", "firearms"): ("Battles", "Armed clash"),
    ("ASSAULT", "heavy-weapons"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "explosives"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack"): ("Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "abduct"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("ASSAULT", "sexual"): ("Violence against civilians", "Sexual violence"),
    ("ASSAULT", "unconventional"): ("Explosions/Remote violence", "Chemical weapon"),
    ("ASSAULT", "seize"): ("Strategic developments", "Looting/property destruction"),
    ("COERCE", None): ("Strategic developments", "Other"),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests"),
    ("COERCE", "seize"): ("Strategic developments", "Non-violent transfer of territory"),
    ("PROTEST", None): ("Protests", "Peaceful protest"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("MOBILIZE", None): ("Strategic developments", "Change to group/activity"),
}

#: ACLED's interaction codes that the event type alone tells: protesters (6) and rioters (5).
INTER_SOURCE = {("PROTEST", None): 6, ("PROTEST", "riot"): 5}

ACLED_NOTES = {
    "event_date": "the event's date, else the document's publication date",
    "event_type, sub_event_type": "from the PLOVER type and mode (table in sidelines/export/acled.py)",
    "actor1, assoc_actor_1": "the event's source (or first participant) and the other actors on its side",
    "inter1": "6 (protesters) or 5 (rioters) for PROTEST events; empty otherwise: the record has no actor class",
    "actor2, assoc_actor_2": "the event's target (or second participant) and the other actors on its side",
    "inter2, interaction": "empty: the record has no actor class",
    "country, location, latitude, longitude": "the event's resolved place (country as ISO 3166 alpha-3)",
    "admin1, admin2, admin3": "empty: the gazetteer does not give administrative divisions",
    "geo_precision": "1 when the place resolved to coordinates, empty otherwise",
    "source": "the publisher; source_scale is empty",
    "notes": "the evidence sentence",
    "fatalities": "empty: the record does not count casualties",
}

SOURCE_ROLES = ("source", "host")
TARGET_ROLES = ("target", "attendee")


def sides(actors: list[ExportActor]) -> tuple[list[ExportActor], list[ExportActor]]:
    """The actors on the acting side and on the receiving side of an event.

    Sources and hosts act; targets and attendees receive; participants fill an empty side,
    the first participant going to the acting side.
    """
    first = [x for x in actors if x.role in SOURCE_ROLES]
    second = [x for x in actors if x.role in TARGET_ROLES]
    for x in actors:
        if x.role in SOURCE_ROLES or x.role in TARGET_ROLES:
            continue
        (first if not first or (second and len(first) <= len(second)) else second).append(x)
    return first, second


def acled_row(e: ExportEvent) -> dict[str, Any]:
    """One ACLED-style row of a conflict event."""
    event_type, sub_type = EVENT_TYPES.get((e.type, e.mode)) or EVENT_TYPES[(e.type, None)]
    first, second = sides(e.actors)
    date = e.date_start or e.published
    located = e.lat is not None and e.lon is not None
    tags = [t for t in (e.modality, "negated" if e.polarity == "negative" else None) if t]
    return {
        "event_id_cnty": f"{e.document}#{e.event}", "event_date": date, "year": int(date[:4]) if date else None,
        "time_precision": 1 if e.date_start else None, "disorder_type": None,
        "event_type": event_type, "sub_event_type": sub_type,
        "actor1": first[0].name if first else None, "assoc_actor_1": "; ".join(x.name for x in first[1:]) or None,
        "inter1": INTER_SOURCE.get((e.type, e.mode), INTER_SOURCE.get((e.type, None))),
        "actor2": second[0].name if second else None, "assoc_actor_2": "; ".join(x.name for x in second[1:]) or None,
        "inter2": None, "interaction": None, "civilian_targeting": None, "iso": None, "region": None,
        "country": e.place_country, "admin1": None, "admin2": None, "admin3": None,
        "location": e.place_name or e.place, "latitude": e.lat, "longitude": e.lon,
        "geo_precision": 1 if located else None, "source": e.publisher, "source_scale": None, "notes": e.evidence,
        "fatalities": None, "tags": "; ".join(tags) or None,
        "plover_type": e.type, "plover_mode": e.mode, "confidence": e.confidence, "document": e.document,
        "url": e.url,
    }
