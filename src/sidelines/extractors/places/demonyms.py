"""Demonyms of states, provinces and big cities, read off their form ("Ohioans", "Ontarians", "Gazans").

The country lexicon knows the demonyms of countries; people of a state, a province, a region or a big
city are named by adding "-an", "-ian" or "-n" to the place's name, sometimes after dropping its
last letter ("Texans", "Californians", "Ontarians"). A word counts only when one of those stems is
such a place's own name, so that surnames ("Morgan") and common words do not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND, CAPITAL, CITY, COUNTRY, REGION
from sidelines.gazetteer.regions import REGION_DEMONYMS
from sidelines.lexicon.countries import country_by_demonym

if TYPE_CHECKING:
    from sidelines.gazetteer import Gazetteer, GazetteerEntry

# Smallest population of a city whose people are named after it ("Chicagoans", "Bostonians").
MIN_CITY_POPULATION = 100_000
AREA_FEATURES = frozenset({ADMIN1_KIND, COUNTRY, REGION})


def _stems(word: str) -> list[str]:
    """Place names a demonym may be built on: "Ohioans" -> "Ohio", "Ontarians" -> "Ontario", "Texans" -> "Texas"."""
    body = word[:-1] if word.endswith("s") else word
    stems: list[str] = []
    for suffix in ("ian", "an", "n"):
        if body.endswith(suffix) and len(body) - len(suffix) >= 3:
            base = body[: -len(suffix)]
            stems += [base, base + "a", base + "o", base + "s", base + "e"]
    return stems


@lru_cache(maxsize=65_536)  # pure: a function of the text and the static lexicons, asked again and again
def demonym_name(text: str) -> str | None:
    """The name of the country or region a demonym points to."""
    country = country_by_demonym(text)
    if country is not None:
        return country.name
    return REGION_DEMONYMS.get(text) or REGION_DEMONYMS.get(text.title())


@lru_cache(maxsize=65_536)  # pure: the gazetteer never changes once built, and words repeat
def derived_demonym(word: str, gaz: "Gazetteer") -> "GazetteerEntry | None":
    """The place whose people ``word`` names: a state, country or region of a stem's name, else a big city."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper() or len(word) < 5:
        return None
    found = [c for stem in _stems(word) for c in gaz.lookup(stem) if not c.alias and c.name.lower() == stem.lower()]
    areas = [c for c in found if c.feature in AREA_FEATURES]
    if areas:
        return areas[0]
    cities = [c for c in found if c.feature in (CITY, CAPITAL) and c.population >= MIN_CITY_POPULATION]
    return max(cities, key=lambda c: c.population) if cities else None


def demonym_readings(gaz: "Gazetteer", target: str) -> tuple["GazetteerEntry", ...]:
    """The readings of the place a demonym points to: only its areas (country, state, region) under their own
    name when it has any ("Mexican" is Mexico, never the village of Mexico, Maine; rule demonym_area)."""
    readings = gaz.lookup(target)
    areas = tuple(c for c in readings if c.feature in AREA_FEATURES and not c.alias)
    return areas or readings
