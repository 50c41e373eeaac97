"""Where an event happens: "in X" / "at X" on the trigger (or on the person met), else the occasion's place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.gazetteer import get_gazetteer
from sidelines.gazetteer.index import CAPITAL, CITY
from sidelines.lexicon import plover as lex
from sidelines.lexicon.countries import country_by_name
from sidelines.model.record import EventLocation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex
    from sidelines.extractors.events.occasions import Occasion

PLACE_TYPES = ("GPE", "LOC", "FAC")
LOCATION_PREPS = frozenset({"in", "at"})
# Gazetteer features of a town or a city.
TOWN_FEATURES = frozenset({CAPITAL, CITY})


def location_under(tok: "Token", index: EntityIndex) -> tuple[EventLocation | None, list[str]]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                loc = place_at(pobj, index)
                if loc is not None:
                    return loc
    return None, []


def place_at(tok: "Token", index: EntityIndex) -> tuple[EventLocation, list[str]] | None:
    if tok.lemma_.lower() in lex.OCCASION_NOUNS or tok.lemma_.lower() in lex.NOUN_TRIGGERS:
        return None
    toks = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos", "conj", "nmod"))]
    for c in tok.children:
        # "the city of X", "X's capital Y"
        if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss":
            toks.extend(c.subtree)
    ids = index.actors_in(toks, types=PLACE_TYPES)
    for t in toks:
        place = index.places.get(t.i)
        if place is not None:
            return EventLocation(name=place.name, place=place.id), ids
    if ids:
        return EventLocation(name=index.names[ids[0]], place=None), ids
    return None


def literal_location(head: "Token", verb: "Token | None", index: EntityIndex,
                     occasion: Occasion | None) -> tuple[EventLocation | None, list[str]]:
    """The place an event happens: "in X" / "at X" on the trigger, else the occasion's place."""
    for anchor in (head, verb):
        if anchor is None:
            continue
        loc, ids = location_under(anchor, index)
        if loc is not None:
            return loc, ids
        # "met X in Y": the parser often hangs the place on the person met.
        for obj in anchor.children:
            if obj.dep_ not in ("dobj", "pobj"):
                continue
            # "met his counterpart X in Y": the place may hang on the name in apposition.
            for person in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                if person.ent_type_ != "PERSON":
                    continue
                loc, ids = location_under(person, index)
                if loc is not None:
                    return loc, ids
        if anchor.lemma_.lower() in ("arrive", "visit", "travel", "tour"):
            for c in anchor.children:
                if c.dep_ in ("dobj",) and anchor.lemma_.lower() != "arrive":
                    got = place_at(c, index)
                    if got is not None:
                        return got
    if occasion is not None and occasion.location is not None and occasion.attaches_to(head, verb):
        return occasion.location, occasion.location_ids
    return None, []


def is_town(eid: str, index: EntityIndex) -> bool:
    """Whether an entity is a literal place that is a town or a city (in the gazetteer): a place, no
    state that hosts; a country or a province ("visit California") may be whom a visit is to."""
    if index.types.get(eid) != "GPE" or country_by_name(index.names.get(eid, "")) is not None:
        return False
    places = {p.geonameid: p.name for i, p in index.places.items() if eid in index.by_token.get(i, ())}
    return any(e.geonameid == gid and e.feature in TOWN_FEATURES
               for gid, name in places.items() if gid for e in get_gazetteer().lookup(name))


def host_of(eid: str, index: EntityIndex) -> str:
    """The country named in the text that a visited town lies in; else the entity itself."""
    if not is_town(eid, index):
        return eid
    code = next((e.country for e in index.doc.layer("entities") if e.id == eid), None)
    host = next((e.id for e in index.doc.layer("entities") if code is not None and e.country == code
                 and e.id != eid and index.types.get(e.id) == "GPE" and country_by_name(e.name) is not None), None)
    return host or eid
