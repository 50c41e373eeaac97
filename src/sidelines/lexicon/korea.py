"""A bare "Korea" or "Korean" names the South, unless the document names the North.

News writes the South as "Korea" alone ("Korean Air", "the Korean won"), and the country lexicon reads a bare
"Korea"/"Korean(s)" as KOR. In a story that also names the North ("North Korea", "DPRK", "Pyongyang",
"North Korean") the bare word may mean either state or the peninsula, so it is left unresolved: a null
country beats a wrong one. :func:`korea_veto` is applied wherever a name is read per document (the entity
layer's mentions, actors' :class:`~sidelines.extractors.actors.countries.CountryLookup` and their name
reader), so that no later stage reads the South back in.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words of a text that name the North (its name, demonym, code or capital).
NORTH_NAMES = re.compile(r"\b(?:North\s+Korea(?:ns?)?|N\.\s*Korea|DPRK|D\.P\.R\.K\b|Pyongyang)\b")
# Bare words that the lexicon reads as the South.
BARE_WORDS = frozenset({"korea", "korean", "koreans"})
# Words that make a name the South's on their own ("South Korean", "Republic of Korea", "S. Korea", "Seoul").
SOUTH_WORDS = frozenset({"south", "s.", "republic", "rok", "seoul"})
SOUTH = "KOR"


@lru_cache(maxsize=8)
def names_the_north(text: str) -> bool:
    """Whether a text names North Korea ("North Korea", "North Korean", "DPRK", "Pyongyang"); cached, as the
    entity and actor stages ask it of the same document several times."""
    return NORTH_NAMES.search(text) is not None


def bare_korea(name: str) -> bool:
    """Whether a name says "Korea"/"Korean(s)" with no word of the South ("Korean troops", not "South Korean")."""
    words = {w.strip(".,;:()\"'").lower().removesuffix("'s").removesuffix("’s") for w in name.split()}
    words |= {w + "." for w in words if len(w) == 1}
    return bool(words & BARE_WORDS) and not words & SOUTH_WORDS


def korea_veto(iso3: str | None, name: str, north_named: bool) -> str | None:
    """``iso3``, or None where it is the South read from a bare "Korea"/"Korean" in a document naming the North."""
    if north_named and iso3 == SOUTH and bare_korea(name):
        return None
    return iso3
