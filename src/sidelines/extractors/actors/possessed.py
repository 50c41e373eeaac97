"""Countries of organisations written after a state's possessive: "Iran's Intelligence Ministry".

News names a state's bodies, firms and outlets with the state's name and "'s" before them ("Norway's
central bank", "Japan's Foreign Ministry", "Turkey's state news agency"). The tagger leaves the
possessive out of the organisation's name, so its name alone says no country; in a story of two
states the story's one country does not help either. An organisation (or facility) with no country
whose name mention follows "<place>'s" right away takes the country of that place: a state, or a
city or region whose country is known ("Moscow's city council"). A name that only modifies another
noun ("Norway's Acme plant") takes nothing: the possessive owns that noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import INTERNATIONAL_WORDS
from sidelines.extractors.explain import decide

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document

# Entity types of the owners whose country passes on, and of the owned that take it.
OWNER_TYPES = frozenset({"GPE", "LOC"})
OWNED_TYPES = frozenset({"ORG", "FAC"})
# Dependencies of a name that modifies another noun: the possessive is that noun's ("Norway's Acme plant").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# A possessive ending right before a mention: "'s " (also with a curly apostrophe) and nothing else.
POSSESSIVE = re.compile(r"['’]s\s+$")
RULE = "the state or place named with 's before its name ('Norway's central bank')"


def _owner_ends(doc: "Document") -> dict[int, str]:
    """End offset of every mention of a place with a country -> that country."""
    out: dict[int, str] = {}
    for ent in doc.layer("entities"):
        if ent.type in OWNER_TYPES and ent.country:
            for m in ent.mentions:
                out.setdefault(m.end, ent.country)
    for place in doc.layer("places"):
        country = getattr(place, "country", None)
        if country and getattr(place, "kind", None) != "demonym":
            out.setdefault(place.end, country)
    return out


def fill_possessed_countries(doc: "Document", parsed: "Doc") -> None:
    """Organisations with no country named right after "<place>'s" take that place's country, unless the name
    only modifies the noun the possessive owns ("Norway's Acme plant": the plant is Norway's, not Acme)."""
    owned = [e for e in doc.layer("entities") if e.type in OWNED_TYPES and e.country is None and not any(
        w.lower().strip(".,()") in INTERNATIONAL_WORDS for w in e.name.split())]
    if not owned:
        return
    ends = _owner_ends(doc)
    text = doc.text
    for ent in owned:
        for m in ent.mentions:
            if m.kind != "name":
                continue
            hit = POSSESSIVE.search(text, max(0, m.start - 4), m.start)
            country = ends.get(hit.start()) if hit is not None else None
            span = parsed.char_span(m.start, m.end, alignment_mode="expand") if country is not None else None
            if span is not None and span.root.dep_ in MODIFIER_DEPS:
                continue
            if country is not None:
                ent.country = country
                decide(ent, "country", "actors", RULE)
                break
