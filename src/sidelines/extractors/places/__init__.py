"""Places: every toponym mention, resolved to a point, a country and a GeoNames id where possible.

The adapter of the ``places`` extractor: :mod:`.recognize` finds the mentions, :mod:`.resolve`
chooses their referents in the article's :mod:`.context` and marks acting capitals and
countries (:mod:`.metonymy`); :mod:`.config` holds the weights ([extractors.places]).

Mentions come from three sources: location entities (the entities layer and spaCy's GPE/LOC/FAC
labels), demonyms ("Iranian" -> Iran), and gazetteer names the NER missed (capitalised, and either
a country/state/region or a large city). Each mention is then resolved against the offline gazetteer,
preferring referents that fit the article's other places (a named country or US state boosts its
cities; "Paris" near "Texas" is Paris, Texas; towns and counties whose namesakes share one state or
lie close together pull each other there), then prominence (country > capital > state > big city)
and population. Capitals, countries and seats of government that act ("Moscow said", "Moscow and
Ankara continue to navigate", "the Kremlin") are marked ``metonymic``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.places.agree import align_entities, said_countries
from sidelines.extractors.places.config import PlacesConfig
from sidelines.extractors.places.recognize import find_mentions
from sidelines.extractors.places.resolve import resolve
from sidelines.gazetteer import get_gazetteer
from sidelines.model.record import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

__all__ = ["PlaceExtractor", "PlacesConfig"]


class PlaceExtractor(BaseExtractor):
    """Toponym mentions from the NER, demonyms and the gazetteer, geocoded in the article's context."""

    name = "places"
    version = "v1"
    requires = ("entities",)
    produces = ("places",)
    amends = ("entities",)  # a place entity's country, where the article resolves its name elsewhere
    Config = PlacesConfig
    config: PlacesConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``places`` layer: one Place per toponym mention, in text order."""
        gaz = get_gazetteer()
        mentions = find_mentions(doc, parsed, gaz, self.config)
        entities = doc.layers.get("entities") or []
        home = (doc.dateline.start, doc.dateline.end) if doc.dateline is not None else None
        resolve(mentions, parsed, doc.text, self.config, said_countries(entities), home)
        align_entities(entities, mentions)
        places = []
        for i, m in enumerate(mentions, start=1):
            c = m.chosen
            places.append(Place(
                id=f"p{i}", start=m.start, end=m.end, text=doc.text[m.start:m.end],
                name=c.name if c else m.text, kind=m.kind,
                lat=c.lat if c else None, lon=c.lon if c else None,
                country=m.country or (c.country if c else None),
                geonameid=c.geonameid if c else None,
            ))
        doc.layers["places"] = places
