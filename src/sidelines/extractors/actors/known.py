"""Countries of well-known armed and political groups that WordNet glosses.

``data/actor_countries.json`` is derived by ``scripts/derive_wordnet_actors.py`` from Princeton WordNet
3.0 (its copyright notice is in the file): "Liberation Tigers of Tamil Eelam" (a terrorist
organization in Sri Lanka). No people are listed: a person's country is learnt from the text. An
organisation or people with no country yet whose name (or another name the text gives it) is listed
takes that country; a bare "person" (no title, no other name, no pronoun) is looked up too, as taggers
read "Abu X" as a name. A listed name of two words or more written in the text gives its country to the
entities inside it where the tagger split it ("Basque Fatherland" and "Liberty"). The text's own evidence
(a title, an apposition, a possessive) has already been read and wins; this runs before the guesses from
a story's one country, which know nothing of who the actor is.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sidelines.extractors.explain import decide
from sidelines.lexicon.national_bodies import body_key, national_body_by_key

if TYPE_CHECKING:
    from sidelines.model.document import Document
    from sidelines.model.record import Entity

DATA_FILE = "actor_countries.json"
# Entity types looked up in each table of the lexicon.
TABLE_TYPES = {"groups": frozenset({"ORG", "NORP"})}
@cache
def _tables() -> dict[str, dict[str, str]]:
    """kind -> normalised name -> ISO3."""
    raw = json.loads(resources.files("sidelines").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))
    return {kind: {body_key(name): iso for name, iso in raw.get(kind, {}).items()} for kind in TABLE_TYPES}


def known_country(name: str, kind: str) -> str | None:
    """ISO3 of a listed group (``kind`` "groups") called ``name``, else None: the WordNet lexicon's, else the
    general-knowledge list of one state's bodies, parties and movements (lexicon/national_bodies.py)."""
    key = body_key(name)
    return _tables()[kind].get(key) or (national_body_by_key(key) if kind == "groups" else None)


@cache
def _written_names() -> "tuple[re.Pattern[str], dict[str, str]] | None":
    """A pattern of the listed group names of two words or more, as written, and name -> ISO3."""
    raw = json.loads(resources.files("sidelines").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))
    names = {name: iso for name, iso in raw.get("groups", {}).items() if len(name.split()) > 1}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # The look-ahead on the names' first letters only skips the starts no name can have (the regex tries every
    # alternative at every other start): the same matches, found without the walk through the alternatives.
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"(?<!\w)(?=[{firsts}])(?:{alternatives})(?!\w)"), names


def _named_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of every listed group name of two words or more written in ``text``."""
    found = _written_names()
    if found is None:
        return []
    pattern, names = found
    return [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text)]


def _bare_person(ent: "Entity") -> bool:
    """A PERSON with no title, other name or pronoun: maybe a group the tagger took for one ("Abu Sayyaf")."""
    return ent.type == "PERSON" and not (ent.roles or ent.aliases or any(m.kind == "pronoun" for m in ent.mentions))


def fill_known_countries(doc: "Document") -> None:
    """Entities with no country that the derived lexicon names take the country it gives them."""
    for ent in doc.layer("entities"):
        if ent.country is not None:
            continue
        for kind, types in TABLE_TYPES.items():
            if ent.type not in types and not (kind == "groups" and _bare_person(ent)):
                continue
            for name in (ent.name, *ent.aliases):
                iso = known_country(name, kind)
                if iso is not None:
                    ent.country = iso
                    decide(ent, "country", "actors", "a known group "
                           "(derived lexicon from WordNet glosses, or the list of national bodies)")
                    break
            if ent.country is not None:
                break
    _fill_split_names(doc)


def _fill_split_names(doc: "Document") -> None:
    """Entities with no country inside a listed group's name as written ("Basque Fatherland" and "Liberty"
    where the tagger split "Basque Fatherland and Liberty") take the group's country."""
    spans = _named_spans(doc.text)
    if not spans:
        return
    for ent in doc.layer("entities"):
        if ent.country is not None or not (ent.type in ("ORG", "NORP") or _bare_person(ent)):
            continue
        for start, end, iso in spans:
            if any(start <= m.start and m.end <= end for m in ent.mentions):
                ent.country = iso
                decide(ent, "country", "actors", "inside a known group's name (derived lexicon from WordNet glosses)")
                break
