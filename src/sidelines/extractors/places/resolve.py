"""Resolution: a gazetteer entry for each toponym, chosen in the article's context, then literal or metonymic.

Referents that fit the article's other places win (a named country or US state boosts its
cities; "Paris" near "Texas" is Paris, Texas; towns and counties whose namesakes share one state
or lie close together pull each other there), then prominence (country > capital > state > big
city) and population. The weights are settings (:class:`~sidelines.extractors.places.config.PlacesConfig`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from sidelines.extractors.places.appositives import written_area
from sidelines.extractors.places.context import (
    LOCAL_FEATURES,
    adjacent_qualifier,
    area_of,
    area_support,
    area_votes,
    big_city_names,
    cell_of,
    containment,
    context_of,
    counts,
    county_links,
    name_key,
    proximity,
    proximity_grid,
)
from sidelines.extractors.places.fallback import borrow_points
from sidelines.extractors.places.famous import areas_besides, famous_reading, named_areas, overshadowed
from sidelines.extractors.places.inside import inside_pools
from sidelines.extractors.places.lists import level, list_level, list_peers
from sidelines.extractors.places.metonymy import acts_as_government
from sidelines.extractors.places.prominent import (
    areas_before_towns,
    note_tiny,
    settle_area_note,
    small_namesake,
    supported_towns,
    tiny_namesake,
)
from sidelines.gazetteer import GazetteerEntry, get_gazetteer
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION
from sidelines.gazetteer.regions import US_STATE_CENTERS
from sidelines.lexicon.countries import country_by_capital

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.extractors.places.recognize import Toponym
    from sidelines.gazetteer import Gazetteer

# A name that is also one of these (a country, "China"; a continent) never takes the vote's bonus.
VOTE_BLOCKING_FEATURES = frozenset({COUNTRY, CONTINENT, REGION})
# A name that a town, capital, state or country bears as its own makes its alternate-name readings
# unlikely ("Mexico" is the country before Mexico City, "Springfield" a Springfield before Springfield
# Gardens): PlacesConfig.shadowed_alias_penalty.
SHADOWING_FEATURES = frozenset({CITY, CAPITAL, COUNTRY, ADMIN1_KIND})


def _score(c: GazetteerEntry, countries: Mapping[str, float], states: Mapping[str, float], dominant: str | None,
           adj_country: str | None, adj_state: str | None, config: PlacesConfig, near: float = 0.0,
           support: float = 0.0, said_country: str | None = None, contained: float = 0.0,
           listed: str | None = None, shadowed: bool = False, famous: GazetteerEntry | None = None,
           local: float = 0.0, many_states: bool = True, tiny: bool = False) -> float:
    """The candidate's score in the article's context; ``tiny``: rule tiny_namesake holds for it
    (:func:`~sidelines.extractors.places.prominent.tiny_namesake`), so that it hears no context."""
    if tiny:
        countries, states, dominant, support, near = {}, {}, None, 0.0, 0.0
    elif many_states and overshadowed(c, famous, local, contained, config):
        countries, states, dominant, support = {}, {}, None, 0.0
    score = getattr(config.feature_prior, c.feature) + config.proximity_bonus * near + config.area_vote_bonus * support
    score += config.containment_bonus * contained
    if listed and level(c) == listed:
        score += config.list_level_bonus
    if said_country and c.country == said_country:
        score += config.entity_country_bonus
    if c.feature in (CITY, CAPITAL):
        score += config.population_weight * math.log10(c.population + 10)
    if c.country and c.country in countries:
        score += config.country_context_bonus
    if c.admin1 and area_of(c) in states:
        score += config.state_context_bonus
    if c.alias:
        score -= config.alias_penalty + (config.shadowed_alias_penalty if shadowed else 0.0)
    if dominant and c.country == dominant:
        score += config.dominant_country_bonus
    if adj_state and c.admin1 == adj_state and c.country == adj_country:
        score += config.adjacent_state_bonus
    elif adj_country and c.country == adj_country:
        score += config.adjacent_state_bonus
    if c.feature == CAPITAL and country_by_capital(c.name) is not None:
        score += config.national_capital_bonus
    return score


def _best(pool: tuple[GazetteerEntry, ...], scores: list[float]) -> GazetteerEntry:
    """The candidate of the highest score, the first of those tied."""
    return pool[max(range(len(pool)), key=scores.__getitem__)]


def _leaders(mentions: list[Toponym]) -> dict[str, Toponym]:
    """The first literal mention of each distinct name: the one whose choice stands for it in the grid."""
    leaders: dict[str, Toponym] = {}
    for m in mentions:
        if m.kind == "literal":
            leaders.setdefault(name_key(m), m)
    return leaders


def _move_choice(grid: dict[tuple[int, int], dict[str, float]], key: str, old: GazetteerEntry | None,
                 new: GazetteerEntry | None, config: PlacesConfig) -> None:
    """Move a name's point in the choices grid from its old choice to its new one."""
    if old is new:
        return
    for c, add in ((old, False), (new, True)):
        if c is None or c.feature not in LOCAL_FEATURES or c.lat is None or c.lon is None:
            continue
        cell = grid.setdefault(cell_of(c.lat, c.lon, config), {})
        if add:
            cell[key] = 1.0
        else:
            cell.pop(key, None)


def resolve(mentions: list[Toponym], parsed: "Doc", text: str, config: PlacesConfig,
            said: dict[str, str] | None = None, home: tuple[int, int] | None = None) -> None:
    """Choose a candidate for each mention and decide literal or metonymic use.

    ``said`` maps a name (lower case) to the country the entities layer gives it, so that both
    layers agree on "Geneva"; ``home`` is the dateline's span, whose place weighs as the article's
    home country.
    """
    said = said or {}
    gaz = get_gazetteer()
    adjacent = [_qualifier(text, m, gaz, config) if m.candidates else (None, None) for m in mentions]
    in_list = [len(peers) >= 2 for peers in list_peers(mentions, text)]
    pools = (qualified_pools(mentions, adjacent, config.qualifier_spreads, in_list) if config.qualifier_rules
             else [m.candidates for m in mentions])
    if config.inside_towns:
        pools = inside_pools(mentions, pools, text)
    links = county_links(mentions)
    grid = first_grid = proximity_grid(mentions, config)
    pools = areas_before_towns(mentions, pools, supported_towns(mentions, links, grid, config), config)
    if home is not None and config.dateline_towns:
        pools = [_towns_of(pool) if home[0] <= m.start < home[1] else pool
                 for m, pool in zip(mentions, pools, strict=True)]
    votes = area_votes(mentions, adjacent, config)
    peers = list_peers(mentions, text)
    context: dict[str, tuple[str | None, str | None]] = {}
    leaders = _leaders(mentions)
    big = big_city_names(mentions, config.anchor_population)
    sequential = False
    for round_ in range(config.context_rounds):
        first = round_ == 0
        areas_named = named_areas(mentions)
        for m, (adj_country, adj_state), others, pool in zip(mentions, adjacent, peers, pools, strict=True):
            if not m.candidates or not pool:
                continue
            listed = list_level(mentions, others, config.list_min_peers)
            key = name_key(m)
            voting = votes if not any(c.feature in VOTE_BLOCKING_FEATURES for c in m.candidates) else {}
            countries, states = counts(context, key)
            ignore = _big_readings(big, leaders, first) if key in big else frozenset()
            quiet = counts(context, key, ignore)[1] if ignore else states
            dominant = max(countries, key=countries.__getitem__) if countries else None
            home_country = _home_country(mentions, home)
            if home_country and config.dateline_home:
                dominant = home_country
            said_country = said.get(m.text.lower())
            shadowed = any(not c.alias and c.feature in SHADOWING_FEATURES for c in m.candidates)
            old = m.chosen
            top = big.get(key)
            famous = famous_reading(m, config)
            many = areas_besides(areas_named, key) >= config.famous_min_states
            # Each candidate's context is read once; its score with rule tiny_namesake differs from the one
            # without only where the rule holds for it. The choice without the rule notes where the rule decided.
            plain, ruled = [], []
            for c in pool:
                hushed = _hushed(c, top, ignore)
                near, contained = proximity(c, grid, key, config, hushed), containment(c, links, key, config)
                local = proximity(c, first_grid, key, config, hushed) if famous else 0.0
                args = (c, countries, quiet if hushed else states, dominant, adj_country, adj_state, config, near,
                        area_support(c, voting, key, config, hushed), said_country, contained, listed, shadowed,
                        famous, local, many)
                plain.append(_score(*args))
                ruled.append(_score(*args, tiny=True) if tiny_namesake(c, famous, local, contained, many, config)
                             else plain[-1])
            m.chosen = _best(pool, ruled)
            if any(small_namesake(c, famous, config) for c in pool):
                note_tiny(m, _best(pool, plain))
            if sequential and leaders.get(key) is m:
                _move_choice(grid, key, old, m.chosen, config)
        new_context = context_of(mentions, config.towns_name_states)
        if new_context == context:
            break
        context = new_context
        if config.proximity_from_choices:
            grid = proximity_grid(mentions, config, chosen=True)
            sequential = config.sequential_updates
    _place_counties(mentions, pools)
    if config.borrow_points:
        borrow_points(mentions, [(None, None) if _is_area(m) else qa for m, qa in zip(mentions, adjacent, strict=True)],
                      gaz, config.stray_km, text, home, config.county_strays)
    for m, (q_country, q_state) in zip(mentions, adjacent, strict=True):
        settle_area_note(m)
        if m.written and (m.chosen is None or q_country and m.chosen.country != q_country
                          or q_state and m.chosen.admin1 != q_state):
            m.written = None  # the written qualifier lost to the context: no decision of its own
        if m.kind == "demonym":
            if m.chosen is not None and m.chosen.country:
                m.country = m.chosen.country
            continue
        if m.kind == "literal" and acts_as_government(m, parsed):
            m.kind = "metonymic"
        if m.kind == "metonymic" and m.country is None and m.chosen is not None:
            m.country = m.chosen.country


def _qualifier(text: str, m: Toponym, gaz: "Gazetteer", config: PlacesConfig) -> tuple[str | None, str | None]:
    """The state or country named right after the name's comma, else one written around it ("the Texas town
    of Paris", "Victoria, the capital of British Columbia"; :mod:`.appositives`), whose area ``m.written`` keeps."""
    found = adjacent_qualifier(text, m.end, gaz, m.candidates)
    if found == (None, None) and config.written_qualifiers and m.kind == "literal":
        found, m.written = written_area(text, m.start, m.end, gaz, m.candidates)
    return found


def _big_readings(big: dict[str, GazetteerEntry], leaders: dict[str, Toponym], first: bool) -> frozenset[str]:
    """The big-city names read as their big city (in the first round, all of them).

    They lend no local context to another big city's name: Detroit read as Detroit says nothing
    of Portland, Michigan. A big name read as a small namesake (Paris, Kentucky) still does.
    """
    return frozenset(k for k, top in big.items()
                     if first or k not in leaders or leaders[k].chosen is None or leaders[k].chosen == top)


def _hushed(c: GazetteerEntry, top: GazetteerEntry | None, ignore: frozenset[str]) -> frozenset[str]:
    """The names whose context a candidate does not hear: a big city's small namesake in the big
    city's own country ignores the other big cities read as such (Portland, Michigan, and Detroit)."""
    return ignore if top is not None and c.country == top.country and c != top else frozenset()


def _fits(c: GazetteerEntry, country: str | None, state: str | None) -> bool:
    """Whether a candidate lies in the state (else the country) a qualifier names."""
    if state:
        return c.country == country and c.admin1 == state and c.feature in LOCAL_FEATURES
    return c.country == country and c.feature != COUNTRY


def _is_area(m: Toponym) -> bool:
    """Whether a name reads as a state, country or region: then ", Maryland" after it is a list, not a qualifier."""
    return any(not c.alias and c.feature in (ADMIN1_KIND, *VOTE_BLOCKING_FEATURES) for c in m.candidates)


def _capital_in(m: Toponym, qualifier: tuple[str | None, str | None]) -> bool:
    """Whether the name's national capital lies in the state or district named after it: "Washington, D.C."
    is the capital qualified by its district, even in a list of states, not a list of two areas."""
    country, state = qualifier
    return bool(state) and any(c.feature == CAPITAL and not c.alias and c.country == country and c.admin1 == state
                               and country_by_capital(c.name) is not None for c in m.candidates)


def _area_abroad(m: Toponym, qualifier: tuple[str | None, str | None]) -> bool:
    """Whether a name's area readings all lie outside the country of the state or province its qualifier names
    and one of its towns lies there: "Victoria, British Columbia" and "Lebanon, Pa." are towns, while "Nevada,
    Iowa" lists two states. A country never qualifies so: "China, Mexico" lists two countries."""
    country, state = qualifier
    areas = [c for c in m.candidates if not c.alias and c.feature in (ADMIN1_KIND, *VOTE_BLOCKING_FEATURES)]
    return bool(country) and state is not None and all(
        c.country is not None and c.country != country for c in areas) and any(
        not c.alias and c.feature in (CITY, CAPITAL) and _fits(c, country, state) for c in m.candidates)


def qualified_pools(mentions: list[Toponym], adjacent: list[tuple[str | None, str | None]],
                    spread: bool = True, listed: list[bool] | None = None) -> list[tuple[GazetteerEntry, ...]]:
    """The candidates each mention chooses from: those in the state or country a qualifier names.

    "Elizabethtown, Pennsylvania" is one of Pennsylvania's Elizabethtowns whatever else the article
    names; one sense per article: the name's other mentions ("she returned to Elizabethtown") take
    the qualifier of its first qualified mention. Without a fitting candidate nothing is ruled out.
    An area in a list of three or more names (``listed``) is never a town abroad ("Iowa, Ontario and Maine").
    """
    listed = listed or [False] * len(mentions)
    adjacent = [(None, None) if _is_area(m) and not _capital_in(m, qa) and (inlist or not _area_abroad(m, qa))
                else qa for m, qa, inlist in zip(mentions, adjacent, listed, strict=True)]
    named: dict[str, tuple[str | None, str | None]] = {}
    for m, (country, state) in zip(mentions, adjacent, strict=True):
        if spread and country and m.kind == "literal" and any(_fits(c, country, state) for c in m.candidates):
            named.setdefault(name_key(m), (country, state))
    pools = []
    for m, (country, state) in zip(mentions, adjacent, strict=True):
        if not (country and any(_fits(c, country, state) for c in m.candidates)):
            country, state = named.get(name_key(m), (None, None)) if m.candidates else (None, None)
        fitting = tuple(c for c in m.candidates if country and _fits(c, country, state))
        pools.append(fitting or m.candidates)
    for i in range(1, len(mentions)):
        area = _qualifier_reading(mentions[i - 1], mentions[i], adjacent[i - 1])
        if area:
            pools[i] = area
    return pools


def _qualifier_reading(town: Toponym, m: Toponym,
                       qualifier: tuple[str | None, str | None]) -> tuple[GazetteerEntry, ...]:
    """The state or country readings of a name that qualifies the town before it ("Yakima, Washington").

    Only when the town has a namesake in that state or country: then the name is no town of its own.
    """
    country, state = qualifier
    if not country or m.start != town.end + 2 or not any(_fits(c, country, state) for c in town.candidates):
        return ()
    return tuple(c for c in m.candidates if not c.alias and c.country == country
                 and (c.feature == ADMIN1_KIND and c.admin1 == state if state else c.feature == COUNTRY))


def _towns_of(pool: tuple[GazetteerEntry, ...]) -> tuple[GazetteerEntry, ...]:
    """A dateline's readings as a town ("NEW YORK (Reuters)" is the city, not the state), if it has any."""
    return tuple(c for c in pool if c.feature in (CITY, CAPITAL)) or pool


def _home_country(mentions: list[Toponym], home: tuple[int, int] | None) -> str | None:
    """The country of the place the dateline names, once resolved."""
    if home is None:
        return None
    for m in mentions:
        if home[0] <= m.start < home[1] and m.chosen is not None and m.chosen.country:
            return m.chosen.country
    return None


def _place_counties(mentions: list[Toponym], pools: list[tuple[GazetteerEntry, ...]]) -> None:
    """Settle US counties: the namesake in a state where the article's towns lie, placed at a town of it.

    The gazetteer has no point for most counties; a county takes the point of the nearest (in the
    text) chosen town of its state, else its state's centre.
    """
    towns = [(o.start, o.chosen) for o in mentions
             if o.chosen is not None and o.chosen.feature in (CITY, CAPITAL) and o.chosen.country == "USA"]
    town_states = {t.admin1 for _, t in towns}
    points = [(t.lat, t.lon) for _, t in towns if t.lat is not None and t.lon is not None]
    centre = None
    if points:
        centre = (sum(lat for lat, _ in points) / len(points), sum(lon for _, lon in points) / len(points))
    for m, pool in zip(mentions, pools, strict=True):
        c = m.chosen
        if c is None or c.feature != ADMIN2_KIND:
            continue
        options = [k for k in pool if k.feature == ADMIN2_KIND]  # a qualifier's state holds
        if centre is not None and c.admin1 not in town_states and len(options) > 1:
            in_town_states = [k for k in options if k.admin1 in town_states]
            if in_town_states:
                c = in_town_states[0]
            else:
                c = min(options, key=lambda k: _degrees(_point(k), centre))
        if c.lat is None:
            near = [t for _, t in sorted(((abs(s - m.start), t) for s, t in towns if t.admin1 == c.admin1),
                                         key=lambda st: st[0])]
            lat, lon = (near[0].lat, near[0].lon) if near else US_STATE_CENTERS.get(c.admin1 or "", (None, None))
            c = replace(c, lat=lat, lon=lon)
        m.chosen = c


def _point(c: GazetteerEntry) -> tuple[float, float]:
    """A candidate's point, or its US state's centre."""
    if c.lat is not None and c.lon is not None:
        return c.lat, c.lon
    return US_STATE_CENTERS.get(c.admin1 or "", (0.0, 0.0))


def _degrees(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A cheap distance in degrees, good enough to rank places within one country."""
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2)))
