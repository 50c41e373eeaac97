"""Names under a direction word or an administrative affix: "East Texas", "Readington Township", "City of X".

The readings of such a name are those of the name without its affixes; a direction word before a
name known only as small towns ("East X") names a part of a larger area the gazetteer lacks, not a far
small town called X (rule minor_direction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.places.features import is_lone_feature
from sidelines.gazetteer.index import ADMIN1_KIND, ADMIN2_KIND, CAPITAL, CITY, CONTINENT, COUNTRY, REGION

if TYPE_CHECKING:
    from spacy.tokens import Span

    from sidelines.extractors.places.config import PlacesConfig
    from sidelines.gazetteer import Gazetteer, GazetteerEntry

# Direction words that are not a toponym on their own ("the North's peace process").
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
    "southern", "eastern", "western", "central", "upstate", "downtown",
})
# Words around a town's name that keep its place ("Readington Township", "City of Richmond").
ADMIN_AFFIXES = frozenset({"township", "twp", "village", "borough", "town", "city", "county", "parish",
                           "metro", "area", "region", "province", "state"})
# Kinds of gazetteer entry that are a toponym wherever their name is written with a capital.
STRONG_FEATURES = frozenset({COUNTRY, ADMIN1_KIND, ADMIN2_KIND, CONTINENT, REGION})


def affixed_candidates(span: "Span", gaz: "Gazetteer") -> tuple[GazetteerEntry, ...]:
    """Candidates of a name under a direction word or an administrative affix ("East Texas", "X Township").

    The name's own readings, else the towns it is an alternate name of."""
    words = [t.text for t in span]
    called_state = len(words) > 1 and words[-1].lower() == "state"
    changed = True
    while changed and words:
        changed = False
        if len(words) > 1 and words[0].lower() in DIRECTION_WORDS:
            words, changed = words[1:], True
        elif len(words) > 2 and words[1].lower() == "of" and words[0].lower() in ADMIN_AFFIXES:
            words, changed = words[2:], True
        elif len(words) > 1 and words[-1].lower().rstrip(".") in ADMIN_AFFIXES:
            words, changed = words[:-1], True
    if not words or len(words) == len(span) or is_lone_feature(words):
        return ()
    start = span.start + [t.text for t in span].index(words[0])
    name = span.doc[start:start + len(words)].text
    found = [c for c in gaz.lookup(name) if c.feature != ADMIN2_KIND]
    own = tuple(c for c in found if not c.alias)
    states = tuple(c for c in own if c.feature == ADMIN1_KIND)
    if called_state and states and not any(c.feature == COUNTRY for c in own):
        # "Washington State", "New York State": the state, not its capital or city (a country's name keeps
        # its readings: "Georgia State" may be the country's state media); districts.note_state_suffix notes it
        return states
    # A name the gazetteer knows only as another place's alternate name ("Philly") stands for that place.
    return own or tuple(c for c in found if c.feature in (CITY, CAPITAL))


def _major(cands: tuple[GazetteerEntry, ...], config: PlacesConfig) -> bool:
    """Whether a reading is a state, country, region or county, or a town of min_untagged_city_population."""
    return any(c.feature in STRONG_FEATURES or c.population >= config.min_untagged_city_population for c in cands)


def directed_area(span: "Span", gaz: "Gazetteer", config: PlacesConfig) -> bool:
    """A direction word before a state, country or big city the NER missed ("from Southeast Chicago")."""
    if len(span) < 2 or span[0].lower_ not in DIRECTION_WORDS or not span[0].text[:1].isupper():
        return False
    return _major(affixed_candidates(span, gaz), config)


def minor_direction(span: "Span", cands: tuple[GazetteerEntry, ...], config: PlacesConfig) -> bool:
    """A direction word before a name known only as small towns (rule minor_direction): "East X" names a
    part of a larger area, so a far small town called X is no reading of it."""
    return span[0].lower_ in DIRECTION_WORDS and not _major(cands, config)
