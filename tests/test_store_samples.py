"""Hand-built records for the store, query and actor tests (fictional people, offsets computed).

The extractors are not needed here: each record is what a good pipeline would
output for a short text written for these tests.
"""

from __future__ import annotations

from conftest import assert_spans_consistent
from sidelines.model.record import (
    DateRange,
    Entity,
    Event,
    EventActor,
    EventContext,
    EventLocation,
    Mention,
    Place,
    Quote,
    Record,
    Role,
    Span,
    TimeExpr,
)


def span(text: str, piece: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``piece`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(piece, at + 1)
    return Span.of(text, at, at + len(piece))


def mention(text: str, piece: str, nth: int = 0, kind: str = "name") -> Mention:
    """A mention of ``piece`` (nth occurrence)."""
    s = span(text, piece, nth)
    return Mention(start=s.start, end=s.end, text=s.text, kind=kind)


GENEVA_TEXT = (
    "Foreign Minister Anna Berg of Norway met her Italian counterpart Marco Rossi in Geneva on Monday.\n\n"
    "\u201cWe agreed to reopen the border crossings,\u201d Berg told reporters after the talks. "
    "Rossi said the two countries would hold a second round in April."
)

OSLO_TEXT = (
    "Italian Foreign Minister Marco Rossi and Norwegian Foreign Minister Anna Berg held a second round of talks "
    "in Oslo on Tuesday. Rossi warned that the agreement could collapse without new funding. "
    "\u201cThere is no time to lose,\u201d Rossi said."
)

BRUSSELS_TEXT = (
    "Berg, speaking in Brussels, denied that the talks had stalled. "
    "The Norwegian government accused the ferry operator of delaying the reopening."
)


def geneva_record(doc_id: str = "geneva-1", **meta: object) -> Record:
    """Berg meets Rossi in Geneva (2025-03-10), one direct and one indirect quote."""
    t = GENEVA_TEXT
    berg = Entity(id="e1", name="Anna Berg", type="PERSON", country="NOR",
                  mentions=[mention(t, "Anna Berg"), mention(t, "Berg", 1)],
                  roles=[Role(title="Foreign Minister", affiliation="Norway")])
    rossi = Entity(id="e2", name="Marco Rossi", type="PERSON", country="ITA",
                   mentions=[mention(t, "Marco Rossi"), mention(t, "Rossi", 1)],
                   roles=[Role(title="Foreign Minister", affiliation="Italy")])
    norway = Entity(id="e3", name="Norway", type="GPE", country="NOR", mentions=[mention(t, "Norway")])
    geneva = Entity(id="e4", name="Geneva", type="GPE", country="CHE", mentions=[mention(t, "Geneva")])
    quotes = [
        Quote(id="q1", speaker="e1", speaker_mention=span(t, "Berg", 1), cue=span(t, "told"),
              content=span(t, "We agreed to reopen the border crossings,"), direct=True),
        Quote(id="q2", speaker="e2", speaker_mention=span(t, "Rossi", 1), cue=span(t, "said"),
              content=span(t, "the two countries would hold a second round in April"), direct=False),
    ]
    events = [Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="participant"),
                                                      EventActor(entity="e2", role="participant")],
                    date=DateRange(start="2025-03-10", end="2025-03-10"),
                    location=EventLocation(name="Geneva", place="p2"),
                    topics=["border crossings"], evidence=[span(t, "Anna Berg of Norway met her Italian counterpart")],
                    confidence=0.9)]
    times = [TimeExpr(**span(t, "Monday").model_dump(), type="DATE", value="2025-03-10"),
             TimeExpr(**span(t, "April").model_dump(), type="DATE", value="2025-04")]
    places = [Place(**span(t, "Norway").model_dump(), id="p1", name="Norway", kind="literal", lat=62.0, lon=10.0,
                    country="NOR", geonameid="3144096"),
              Place(**span(t, "Geneva").model_dump(), id="p2", name="Geneva", kind="literal", lat=46.20222,
                    lon=6.14569, country="CHE", geonameid="2660646")]
    meta = {"title": "Norway and Italy agree to reopen border crossings", "publisher": "Example Wire",
            "published": "2025-03-10T14:05:00+00:00", "authors": ["Lena Holm"], **meta}
    return Record(id=doc_id, text=t, entities=[berg, rossi, norway, geneva], quotes=quotes, events=events,
                  times=times, places=places, **meta)


def oslo_record(doc_id: str = "oslo-1", **meta: object) -> Record:
    """Rossi and Berg meet again in Oslo (2025-04-15); Rossi warns."""
    t = OSLO_TEXT
    rossi = Entity(id="e1", name="Marco Rossi", type="PERSON", country="ITA",
                   mentions=[mention(t, "Marco Rossi"), mention(t, "Rossi", 1), mention(t, "Rossi", 2)],
                   roles=[Role(title="Foreign Minister", affiliation="Italy")])
    berg = Entity(id="e2", name="Anna Berg", type="PERSON", country="NOR", mentions=[mention(t, "Anna Berg")],
                  roles=[Role(title="Foreign Minister", affiliation="Norway")])
    oslo = Entity(id="e3", name="Oslo", type="GPE", country="NOR", mentions=[mention(t, "Oslo")])
    quotes = [
        Quote(id="q1", speaker="e1", speaker_mention=span(t, "Rossi", 1), cue=span(t, "warned"),
              content=span(t, "the agreement could collapse without new funding"), direct=False),
        Quote(id="q2", speaker="e1", speaker_mention=span(t, "Rossi", 2), cue=span(t, "said"),
              content=span(t, "There is no time to lose,"), direct=True),
    ]
    events = [Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="participant"),
                                                      EventActor(entity="e2", role="participant")],
                    date=DateRange(start="2025-04-15", end="2025-04-15"),
                    location=EventLocation(name="Oslo", place="p1"),
                    context=EventContext(name="second round of talks"),
                    evidence=[span(t, "held a second round of talks")], confidence=0.85)]
    places = [Place(**span(t, "Oslo").model_dump(), id="p1", name="Oslo", kind="literal", lat=59.91273,
                    lon=10.74609, country="NOR", geonameid="3143244")]
    meta = {"title": "Second round of Norway-Italy talks in Oslo", "publisher": "Example Wire",
            "published": "2025-04-15", **meta}
    return Record(id=doc_id, text=t, entities=[rossi, berg, oslo], quotes=quotes, events=events, places=places,
                  **meta)


def brussels_record(doc_id: str = "brussels-1", **meta: object) -> Record:
    """A surname-only 'Berg' (2025-05-01) and an ACCUSE event by an organisation."""
    t = BRUSSELS_TEXT
    berg = Entity(id="e1", name="Berg", type="PERSON", mentions=[mention(t, "Berg")])
    gov = Entity(id="e2", name="Norwegian government", type="ORG", country="NOR",
                 mentions=[mention(t, "Norwegian government")])
    ferry = Entity(id="e3", name="ferry operator", type="ORG", mentions=[mention(t, "ferry operator", kind="nominal")])
    quotes = [Quote(id="q1", speaker="e1", speaker_mention=span(t, "Berg"), cue=span(t, "denied"),
                    content=span(t, "the talks had stalled"), direct=False)]
    events = [Event(id="ev1", type="ACCUSE", actors=[EventActor(entity="e2", role="source"),
                                                     EventActor(entity="e3", role="target")],
                    evidence=[span(t, "accused the ferry operator")], confidence=0.7)]
    meta = {"title": "Berg denies stall", "publisher": "Other Daily", "published": "2025-05-01", **meta}
    return Record(id=doc_id, text=t, entities=[berg, gov, ferry], quotes=quotes, events=events, **meta)


def sample_records() -> list[Record]:
    """The three sample records."""
    return [geneva_record(), oslo_record(), brussels_record()]


def test_samples_spans_consistent() -> None:
    for record in sample_records():
        assert_spans_consistent(record)
