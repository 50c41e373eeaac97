"""Demonyms bound to another noun phrase: no evidence of the country a story is set in.

"Maoist guerrillas kidnapped two Italian tourists", "the militant leader rejected the Egyptian
proposal": the demonym belongs to the phrase it modifies (the tourists, the proposal), a participant
acted on or a thing, not to the story. Where it is the document's only country, the fallbacks that give
the document's one country to countryless organisations and groups (:meth:`CountryLookup.setting_countries`)
must not spread it to the other side. A demonym still counts when it modifies a subject ("the Kenyan
economy grew"), a place a preposition locates ("in the Kenyan capital"), an actor noun ("Kenyan police")
or an office ("the Kenyan president"); country names ("Italy") always count.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies of a demonym on the noun it modifies.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Positions of a noun phrase that is acted on: objects and passive subjects.
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "pobj"})
# Prepositions that place a scene ("in the Kenyan capital", "on Kenyan soil"): their object is a setting.
SETTING_PREPS = frozenset({
    "in", "at", "on", "near", "inside", "across", "throughout", "within", "into", "along", "off", "outside",
})

# Nouns of places and land: a demonym on them sets the scene wherever they stand ("shelled the Syrian town").
PLACE_NOUNS = frozenset({
    "town", "city", "village", "capital", "border", "region", "province", "territory", "coast", "waters",
    "soil", "airspace", "port", "island", "countryside", "frontier", "state", "district", "area", "land",
})


@lru_cache(maxsize=4096)
def _is_demonym(word: str) -> bool:
    """Whether ``word`` is a demonym and not a country's name ("Italian", not "Italy")."""
    from sidelines.lexicon.countries import country_by_name, country_by_people_demonym

    return country_by_people_demonym(word) is not None and country_by_name(word) is None


def _actor_head(head: "Token", actor_lemmas: frozenset[str]) -> bool:
    """Whether the modified noun names an acting body or an office ("police", "president")."""
    from sidelines.lexicon.titles import TITLE_HEADS

    lemma = head.lemma_.lower()
    return lemma in actor_lemmas or head.lower_ in actor_lemmas or lemma in TITLE_HEADS or head.lower_ in TITLE_HEADS


def is_bound_demonym(tok: "Token", actor_lemmas: frozenset[str], outsider_lemmas: frozenset[str]) -> bool:
    """Whether ``tok`` is a demonym modifying a common noun acted on that is no actor noun or office, or
    modifying people away from home by what the noun means (``outsider_lemmas``) wherever they stand.

    "two Italian tourists" (object of "kidnapped"), "the Egyptian proposal" (object of "rejected"),
    "a Greek tanker was seized" (passive subject), "Egyptian mediators met the rebels" (outsiders) are
    bound; "in the Kenyan capital" (a setting), "the Kenyan economy grew" (a subject), "Kenyan police"
    (an actor noun) are not.
    """
    if tok.dep_ not in MODIFIER_DEPS or not _is_demonym(tok.text):
        return False
    head = tok.head
    if head.pos_ != "NOUN" or head.i == tok.i:
        return False
    if head.lemma_.lower() in outsider_lemmas:
        return True
    if _actor_head(head, actor_lemmas):
        return False
    if head.dep_ not in OBJECT_DEPS or head.lemma_.lower() in PLACE_NOUNS:
        return False
    if head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS:
        return False
    return True
