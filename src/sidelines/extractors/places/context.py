"""The article's context for resolving a toponym: the areas its other names point to, where they lie.

Each distinct name adds the country and admin-1 unit of its current reading (:func:`context_of`),
a point on a coarse grid for the proximity test (:func:`proximity_grid`), and votes for the
admin-1 units where it has namesakes (:func:`area_votes`); a qualifier after a name ("Paris,
Texas") names its state or country outright (:func:`adjacent_qualifier`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from sidelines.extractors.places.areas import state_by_postal_code
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, COUNTRY
from sidelines.lexicon.landmarks import landmark

if TYPE_CHECKING:
    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import Gazetteer, GazetteerEntry
    from sidelines.lexicon.landmarks import Landmark

LOCAL_FEATURES = frozenset({CITY, CAPITAL, ADMIN2_KIND})


def name_key(m: Toponym) -> str:
    """What makes two mentions the same name for context: their candidate set, else their text."""
    if m.candidates:
        return max(m.candidates, key=lambda c: c.population).name.lower()
    return m.text.lower()


def area_of(c: GazetteerEntry) -> str | None:
    """The admin-1 unit of a candidate as "ISO3.code" ("USA.TX", "CAN.08"), when known."""
    return f"{c.country}.{c.admin1}" if c.country and c.admin1 else None


def lends_context(m: Toponym) -> bool:
    """Whether a mention speaks of the article's area: not a politician's state label ("Sen. Cruz, R-Texas")."""
    return not m.affiliation


def _contribution(m: Toponym, state_features: frozenset[str]) -> tuple[str | None, str | None]:
    """The country and US state a resolved mention adds to the article's context."""
    c = m.chosen
    if c is None:
        return m.country, None
    state = area_of(c) if c.feature in state_features else None
    return m.country or c.country, state


def context_of(mentions: list[Toponym], towns_name_states: bool = True) -> dict[str, tuple[str | None, str | None]]:
    """Each distinct mention text with the country and admin-1 unit its current reading points to.

    Without ``towns_name_states`` only named states and counties give their admin-1 unit: a town
    read in a state is weak evidence that other names lie there too (the proximity test and the
    area votes weigh that).
    """
    features = frozenset({ADMIN1_KIND, ADMIN2_KIND, CITY, CAPITAL} if towns_name_states else {ADMIN1_KIND, ADMIN2_KIND})
    context: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        if not lends_context(m):
            continue
        key = name_key(m)
        if key not in context or context[key] == (None, None):
            context[key] = _contribution(m, features)
    return context


def counts(context: dict[str, tuple[str | None, str | None]], skip: str,
           ignore: frozenset[str] = frozenset()) -> tuple[dict[str, int], dict[str, int]]:
    """How many other distinct names point to each country and admin-1 unit (none of ``ignore``)."""
    countries: dict[str, int] = {}
    states: dict[str, int] = {}
    for key, (country, state) in context.items():
        if key == skip or key in ignore:
            continue
        if country:
            countries[country] = countries.get(country, 0) + 1
        if state:
            states[state] = states.get(state, 0) + 1
    return countries, states


def adjacent_qualifier(text: str, end: int, gaz: "Gazetteer",
                       towns: tuple[GazetteerEntry, ...] = ()) -> tuple[str | None, str | None]:
    """The state or country named right after ", " following a mention ("Paris, Texas"); a province or state
    abroad only where the mention has a namesake in it ("Victoria, British Columbia").

    A name that is both a country and a US state ("Georgia") is the one the mention has a namesake
    in (``towns``: its candidates): "Columbus, Georgia" names the state.
    """
    if not text.startswith(", ", end):
        return None, None
    rest = text[end + 2:end + 30]
    words = rest.split()
    for width in (3, 2, 1):
        if len(words) < width:
            continue
        name = " ".join(words[:width]).rstrip(",;:)")
        if name.endswith(".") and name.count(".") == 1 and len(name) > 5:
            name = name[:-1]
        found = gaz.lookup(name)
        if not found and name.endswith(".") and name.count(".") == 1:
            found = gaz.lookup(name[:-1])  # a sentence's period after a short state: "Manchester, Iowa."
        readings: list[tuple[str | None, str | None]] = []
        for c in found:
            if c.feature == ADMIN1_KIND and c.country == "USA":
                readings.append(("USA", c.admin1))
            elif c.feature == COUNTRY:
                readings.append((c.country, None))
            elif c.feature == ADMIN1_KIND and c.country and not c.alias and any(
                    t.country == c.country and t.admin1 == c.admin1 for t in towns):
                readings.append((c.country, c.admin1))  # "Victoria, British Columbia": a province of a namesake
        for country, state in readings:
            if any(t.country == country and (state is None or t.admin1 == state) for t in towns):
                return country, state
        if readings:
            return readings[0]
        if width == 1 and len(name) == 2 and name.isupper() and any(
                t.country == "USA" and t.admin1 == name for t in towns) and state_by_postal_code(gaz, name):
            return "USA", name  # "Dothan, AL": a postal code too ambiguous alone
    return None, None


# An abbreviated state after a comma ("Fort Bragg, Calif."), period kept.
_STATE_ABBREVIATION = re.compile(r", ([A-Z][a-z]{1,4}\.)")


def state_after(text: str, end: int, gaz: "Gazetteer") -> str | None:
    """The US state (postal code) written right after ", " following a name ("Fort Bragg, Calif."), else None."""
    country, state = adjacent_qualifier(text, end, gaz)
    if country is None and (abbreviated := _STATE_ABBREVIATION.match(text, end)) is not None:
        return next((c.admin1 for c in gaz.lookup(abbreviated.group(1))
                     if c.feature == ADMIN1_KIND and c.country == "USA"), None)  # "Calif.", which the qualifier trims
    return state if country == "USA" else None


def landmark_at(name: str, text: str, end: int, gaz: "Gazetteer") -> "Landmark | None":
    """The landmark, seat or installation called ``name`` (:func:`~sidelines.lexicon.landmarks.landmark`); an
    installation only where no other US state is written after it. The written state is read only for an
    installation: the text around every name is not looked at."""
    site = landmark(name)
    return landmark(name, state_after(text, end, gaz)) if site is not None and site.admin1 is not None else site


def prior_shares(cands: list[GazetteerEntry], config: PlacesConfig) -> list[float]:
    """Each candidate's share of its name's prior: (population + 1000) ** exponent, normalised.

    With exponent 0 every namesake counts alike; above 0 the big namesake holds most of its
    name's weight, so that two big cities' small namesakes in one state (Detroit and Portland,
    Maine) are not taken for the article's area.
    """
    weights = [(max(c.population, 0) + 1000) ** config.prior_share_exponent for c in cands]
    total = sum(weights)
    return [w / total for w in weights]


def cell_of(lat: float, lon: float, config: PlacesConfig) -> tuple[int, int]:
    return int(math.floor(lat / config.grid_degrees)), int(math.floor(lon / config.grid_degrees))


def proximity_grid(mentions: list[Toponym], config: PlacesConfig,
                   chosen: bool = False) -> dict[tuple[int, int], dict[str, float]]:
    """Grid cell -> {mention key: weight} for the local candidates of every distinct mention.

    With ``chosen``, only each mention's current choice counts, with full weight.
    """
    grid: dict[tuple[int, int], dict[str, float]] = {}
    seen: set[str] = set()
    for m in mentions:
        key = name_key(m)
        if key in seen or m.kind != "literal" or not lends_context(m):
            continue
        seen.add(key)
        pool = ((m.chosen,) if m.chosen is not None else ()) if chosen else m.candidates
        local = [c for c in pool if c.feature in LOCAL_FEATURES and c.lat is not None]
        if not local:
            continue
        if config.prior_share_exponent > 0 and not chosen:
            weights = prior_shares(local, config)
        else:
            weights = [1.0 / len(local) ** config.proximity_ambiguity_exponent] * len(local)
        for c, weight in zip(local, weights, strict=True):
            cell = grid.setdefault(cell_of(c.lat, c.lon, config), {})  # type: ignore[arg-type]
            cell[key] = max(cell.get(key, 0.0), weight)
    return grid


def proximity(c: GazetteerEntry, grid: dict[tuple[int, int], dict[str, float]], skip: str,
              config: PlacesConfig, ignore: frozenset[str] = frozenset()) -> float:
    """How strongly other place names of the article cluster around candidate ``c``."""
    if c.feature not in LOCAL_FEATURES or c.lat is None or c.lon is None:
        return 0.0
    row, col = cell_of(c.lat, c.lon, config)
    near: dict[str, float] = {}
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for key, weight in grid.get((row + dr, col + dc), {}).items():
                if key != skip and key not in ignore and weight > near.get(key, 0.0):
                    near[key] = weight
    return min(config.proximity_cap, sum(near.values()))


def area_votes(mentions: list[Toponym], adjacent: list[tuple[str | None, str | None]],
               config: PlacesConfig) -> dict[str, dict[str, float]]:
    """Admin-1 unit -> {mention key: vote} from every distinct name of the article (PlacesConfig.area_vote_bonus)."""
    votes: dict[str, dict[str, float]] = {}

    def cast(area: str, key: str, weight: float) -> None:
        cell = votes.setdefault(area, {})
        cell[key] = max(cell.get(key, 0.0), weight)

    for m, (adj_country, adj_state) in zip(mentions, adjacent, strict=True):
        if not m.candidates or m.kind != "literal" or not lends_context(m):
            continue
        key = name_key(m)
        if adj_state:
            cast(f"{adj_country}.{adj_state}", key + "@qualifier", config.area_mention_vote)
        own = [c for c in m.candidates if not c.alias]
        states = {area_of(c) for c in own if c.feature == ADMIN1_KIND}
        if states and all(c.feature != COUNTRY for c in own):
            for area in states:
                if area:
                    cast(area, key, config.area_mention_vote / len(states))
            continue
        local = [c for c in own if c.feature in LOCAL_FEATURES and area_of(c)]
        areas = {area_of(c) for c in local}
        if config.prior_share_exponent > 0:
            share: dict[str | None, float] = {}
            for c, w in zip(local, prior_shares(local, config), strict=True):
                share[area_of(c)] = share.get(area_of(c), 0.0) + w
            for area, w in share.items():
                cast(area, key, w)  # type: ignore[arg-type]
            continue
        for area in areas:
            cast(area, key, 1.0 / len(areas))  # type: ignore[arg-type]
    return votes


def area_support(c: GazetteerEntry, votes: dict[str, dict[str, float]], skip: str, config: PlacesConfig,
                 ignore: frozenset[str] = frozenset()) -> float:
    """Votes the other names of the article (none of ``ignore``) give to candidate ``c``'s admin-1 unit."""
    area = area_of(c)
    if area is None or c.feature not in LOCAL_FEATURES:
        return 0.0
    return min(config.area_vote_cap, sum(v for k, v in votes.get(area, {}).items() if k != skip and k not in ignore))


def big_city_names(mentions: list[Toponym], population: int, aliases: bool = False) -> dict[str, GazetteerEntry]:
    """The names whose most populous reading is a town of at least ``population`` people, with that reading.

    National news names such cities for a team, a flight or a convention; that one big city lies in
    a state where another big city's name has a small namesake (Detroit, and Portland, Michigan) is a
    coincidence, not context. With ``aliases``, a reading under another name counts too ("New York" the city).
    """
    big: dict[str, GazetteerEntry] = {}
    if population <= 0:
        return big
    for m in mentions:
        own = [c for c in m.candidates if aliases or not c.alias]
        top = max(own, key=lambda c: c.population, default=None)
        if top is not None and top.feature in (CITY, CAPITAL) and top.population >= population:
            big[name_key(m)] = top
    return big


def county_links(mentions: list[Toponym]) -> dict[tuple[str, bool], set[str]]:
    """(admin-2 area's GeoNames id, county reading?) -> the distinct names of the article with such a reading."""
    links: dict[tuple[str, bool], set[str]] = {}
    for m in mentions:
        if m.kind != "literal" or not lends_context(m):
            continue
        key = name_key(m)
        for c in m.candidates:
            if c.admin2 and not c.alias and c.feature in LOCAL_FEATURES:
                links.setdefault((c.admin2, c.feature == ADMIN2_KIND), set()).add(key)
    return links


def containment(c: GazetteerEntry, links: dict[tuple[str, bool], set[str]], skip: str,
                config: PlacesConfig) -> float:
    """How many other names of the article read as the county candidate ``c`` lies in, or as a town in it.

    "Paris" and "Henry County" together are the Paris that is the seat of that Henry County. Two towns
    of one county do not count: such pairs of common names are often a coincidence.
    """
    if not c.admin2 or c.feature not in LOCAL_FEATURES:
        return 0.0
    county = c.feature == ADMIN2_KIND
    others = links.get((c.admin2, not county), set()) - {skip}
    return min(config.containment_cap, float(len(others)))
