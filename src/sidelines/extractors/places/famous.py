"""Famous cities and their small namesakes: a named state alone does not make "Geneva" a US town.

National news names Geneva, London or Athens for talks, markets and flights; a story that also
names Ohio and Kentucky (senators' states) is no reason to read them as Geneva, Ohio. Local news
names its one state ("Athens" in a story about Ohio's school levies is Athens, Ohio), so only in a
story naming several states or provinces does a small namesake of a famous foreign city need local
support of its own to take the article's country and state context: another local name of the
article close by (the first round's proximity test, where each name weighs by its namesakes'
populations, so that two such namesakes do not prop each other up, and where a big city read as
such lends a big city's namesake nothing: Detroit is no support for Portland, Michigan) or its county named
(containment). A qualifier ("Geneva, Ohio") already rules the famous city out. A namesake in the
famous city's own country is overshadowed only when it is far smaller (``famous_home_ratio``):
Cleveland, Wisconsin, in a story naming Wisconsin among other states, is still Ohio's Cleveland.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.places.context import area_of, lends_context, name_key
from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY

if TYPE_CHECKING:
    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import GazetteerEntry


def named_areas(mentions: list[Toponym]) -> dict[str, set[str]]:
    """Each state or province the article's names currently read as, with the names (context keys) read so."""
    areas: dict[str, set[str]] = {}
    for m in mentions:
        if m.chosen is not None and m.chosen.feature == ADMIN1_KIND and lends_context(m):
            areas.setdefault(area_of(m.chosen) or "", set()).add(name_key(m))
    return areas


def areas_besides(areas: dict[str, set[str]], key: str) -> int:
    """How many of ``areas`` other names than ``key`` read as: a name's own reading as a province abroad
    ("Berea", a district of Lesotho) is no second state of a story that names Kentucky (rule own_reading)."""
    return sum(1 for names in areas.values() if names - {key})


def famous_reading(m: Toponym, config: PlacesConfig) -> GazetteerEntry | None:
    """The name's famous city: its most populous town reading ("Frankfurt" for Frankfurt am Main too),
    of ``famous_population`` people or more."""
    if config.famous_population <= 0:
        return None
    towns = [c for c in m.candidates if c.feature in (CITY, CAPITAL)]
    top = max(towns, key=lambda c: c.population, default=None)
    if top is None or top.population < config.famous_population:
        return None
    return top


def overshadowed(c: GazetteerEntry, famous: GazetteerEntry | None, near: float, contained: float,
                 config: PlacesConfig) -> bool:
    """Whether ``c`` is a small namesake of the famous city (in its country or another), with no local support."""
    if famous is None or c is famous or c.feature not in (CITY, CAPITAL):
        return False
    ratio = config.famous_home_ratio if c.country == famous.country else config.famous_ratio
    if c.population * ratio > famous.population:
        return False
    return near < config.famous_local_support and contained <= 0.0
