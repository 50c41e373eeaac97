"""Travel at home: a visit or a pledge to tour places of one's own country is no meeting (rule
``nonevent:home-tour``).

"The senator visited three counties", "she pledged to campaign in every district of the state", "he
closed his tour in the capital region" name a place as the other side of a CONSULT or an AGREE. A
place abroad stands for its state ("the minister visited Kyiv" is a visit to Ukraine); a town, a
region or a state of the doer's own country stands for no party the doer meets or promises anything
to: it is campaigning or travel. The rule needs the doer's country and the place's, and every other
side to be such a place; a country itself ("visited France") is never one. Only a visit is travel
among the CONSULTs: talks, meetings and calls with a state's or a region's people ("met the premiers
of two provinces", "held talks with two states") stay. A candidate left out leaves no event, so the
rule is named here and in :func:`drop_home_tours`, which the extractor calls once per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

# Types whose other side a visited place becomes (a visit is a CONSULT, a pledge to go one an AGREE).
TOUR_TYPES = frozenset({"CONSULT", "AGREE"})
# Entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def drop_home_tours(cands: list["EventCandidate"], index: "EntityIndex") -> list["EventCandidate"]:
    """The candidates of an article less its tours at home (rule ``nonevent:home-tour``); the places
    are looked up once for the document."""
    if not any(c.type in TOUR_TYPES for c in cands):
        return cands
    named_places = place_entities(index)
    return [c for c in cands if not is_home_tour(c, index, named_places)]


def is_home_tour(cand: "EventCandidate", index: "EntityIndex", named_places: set[str]) -> bool:
    """Whether a visit (a CONSULT) or an AGREE has doers of one known country and, as every other side,
    places of that same country that are no country themselves (see the module)."""
    if cand.type not in TOUR_TYPES:
        return False
    if cand.type == "CONSULT" and cand.mode != "visit":
        return False  # talks or a call with a region's people are a meeting
    doers = cand.roles("source", "host")
    others = set(cand.actors) - doers - cand.roles("attendee")
    if cand.type == "CONSULT" and not doers:
        # Participants: the places among them are the other side, the one party left the doer (parties
        # meeting one another, a place among them or not, are a meeting).
        places = {e for e in others if e in named_places}
        doers, others = others - places, places
        if len(doers) != 1:
            return False
    if not doers or not others:
        return False
    home = {index.countries.get(e) for e in doers}
    if len(home) != 1 or None in home:
        return False
    country = next(iter(home))
    return all(e in named_places and e not in index.nations and index.countries.get(e) == country
               for e in others)


def place_entities(index: "EntityIndex") -> set[str]:
    """The sides that are places: typed as one, or written where the places layer found a toponym (a
    state's name the tagger took for a person's)."""
    found = {e for e, kind in index.types.items() if kind in PLACE_TYPES}
    return found | {e for i in index.places for e in index.by_token.get(i, ())}
