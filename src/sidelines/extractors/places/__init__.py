"""Places: every toponym mention, resolved to a point, a country and a GeoNames id where possible.

The adapter of the ``places`` extractor: :mod:`.recognize` finds the mentions, :mod:`.resolve`
chooses their referents in the article's :mod:`.context` and marks acting capitals and
countries (:mod:`.metonymy`); :mod:`.config` holds the weights ([extractors.places]).

Mentions come from three sources: location entities (the entities layer and spaCy's GPE/LOC/FAC
labels), demonyms ("Iranian" -> Iran), and gazetteer names the NER missed (capitalised, and either
a country/state/region or a large city); no word of a person's name is one (:mod:`.persons`: the
article's person mentions and its byline's authors). Each mention is then resolved against the offline gazetteer,
preferring referents that fit the article's other places (a named country or US state boosts its
cities; "Paris" near "Texas" is Paris, Texas; towns and counties whose namesakes share one state or
lie close together pull each other there, and a town and the county it lies in pull each other; the
names of one list read at one level, :mod:`.lists`), then prominence (country > capital > state > big city)
and population. Capitals, countries and seats of government that act ("Moscow said", "Moscow and
Ankara continue to navigate", "the Kremlin") are marked ``metonymic``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.explain import explain
from sidelines.extractors.places.agree import said_countries
from sidelines.extractors.places.areas import party_states, postal_states, widen_to_regions
from sidelines.extractors.places.config import PlacesConfig
from sidelines.extractors.places.districts import (
    join_capital_districts,
    readings_by_office,
    state_by_common_noun,
)
from sidelines.extractors.places.recognize import Toponym, find_mentions
from sidelines.extractors.places.resolve import resolve
from sidelines.extractors.places.venues import landmarks_placed_elsewhere, venues_placed_elsewhere, widen_to_venues
from sidelines.gazetteer import get_gazetteer
from sidelines.lexicon.landmarks import landmark
from sidelines.model.record import Explanation, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

__all__ = ["PlaceExtractor", "PlacesConfig"]


class PlaceExtractor(BaseExtractor):
    """Toponym mentions from the NER, demonyms and the gazetteer, geocoded in the article's context."""

    name = "places"
    version = "v10"
    requires = ("entities",)
    produces = ("places",)
    Config = PlacesConfig
    config: PlacesConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``places`` layer: one Place per toponym mention, in text order."""
        gaz = get_gazetteer()
        mentions = find_mentions(doc, parsed, gaz, self.config)
        widen_to_regions(mentions, doc.text, gaz)
        mentions = party_states(postal_states(mentions, doc.text, gaz), doc.text, gaz)
        mentions = join_capital_districts(mentions, doc.text)
        state_by_common_noun(mentions, doc.text)
        readings_by_office(mentions, doc.text)
        if self.config.venues:
            mentions = widen_to_venues(mentions, doc, parsed, self.config.venue_buildings)
            mentions = venues_placed_elsewhere(mentions, doc.text)
            mentions = landmarks_placed_elsewhere(mentions, doc.text)
        entities = doc.layers.get("entities") or []
        home = (doc.dateline.start, doc.dateline.end) if doc.dateline is not None else None
        resolve(mentions, parsed, doc.text, self.config, said_countries(entities), home)
        places = []
        for i, m in enumerate(mentions, start=1):
            c = m.chosen
            point = c if c is not None and c.lat is not None else m.near
            places.append(Place(
                id=f"p{i}", start=m.start, end=m.end, text=doc.text[m.start:m.end],
                name=c.name if c else m.text, kind=m.kind,
                lat=point.lat if point else None, lon=point.lon if point else None,
                country=m.country or (point.country if point else None),
                geonameid=c.geonameid if c else None,
                explanation=_why(m),
            ))
        doc.layers["places"] = places


# GeoNames feature codes in words, for explanations ("a capital chosen over 5 namesakes").
FEATURE_WORDS = {"PCLI": "country", "PCLD": "dependent territory", "PPLC": "capital", "PPLA": "regional capital",
                 "PPL": "town or city", "ADM1": "state or province", "ADM2": "county or district",
                 "CONT": "continent", "RGN": "region"}


def _why(m: Toponym) -> Explanation:
    """How a mention was found (the NER, a demonym, the gazetteer) and how its referent was chosen."""
    rule = ("language" if m.language else "venue" if m.venue else "demonym" if m.demonym_of
            else "ner" if m.tagged else "gazetteer")
    features = {"candidates": float(len(m.candidates))}
    if m.chosen is not None:
        features["population"] = float(m.chosen.population)
    why = explain("places", rule, features)
    if m.chosen is not None:
        what = FEATURE_WORDS.get(m.chosen.feature, m.chosen.feature)
        why.decisions["referent"] = (
            f"places: the only {what} of that name" if len(m.candidates) == 1
            else f"places: a {what} chosen over {len(m.candidates) - 1} namesakes by the "
            + (f"written qualifier: {m.written}" if m.written else "article's context")
        )
    elif m.near is not None:
        why.decisions["referent"] = (f"places: not in the gazetteer, or only far from the article's other "
                                     f"places; placed at {m.near.name}, the area its qualifier names or the "
                                     "nearest place the article names")
    if m.note:
        why.decisions["reading"] = m.note
    elif m.candidates and landmark(m.text) is not None:
        why.decisions["reading"] = "places: a listed landmark, seat or installation, placed at its town (lexicon)"
    if m.kind == "metonymic":
        why.decisions["kind"] = "places: a capital or country that acts (stands for its government)"
    return why
