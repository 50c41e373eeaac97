"""Demonyms bound to another noun phrase: no evidence of the country a story is set in.

"Maoist guerrillas kidnapped two Italian tourists", "the militant leader rejected the Egyptian
proposal": the demonym belongs to the phrase it modifies (the tourists, the proposal), a participant
acted on or a thing, not to the story. Where it is the document's only country, the fallbacks that give
the document's one country to countryless organisations and groups (:meth:`CountryLookup.setting_countries`)
must not spread it to the other side. A demonym still counts when it modifies a subject ("the Kenyan
economy grew"), a place a preposition locates ("in the Chilean capital"), a place or a state's public life
wherever they stand ("shelled the Syrian town", "boycotted the Chilean elections"), an actor noun
("Kenyan police", also as a compound: "a Kenyan police officer") or an office ("the Kenyan president");
country names ("Italy") always count.
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

# Nouns of places, land and buildings: a demonym on them sets the scene wherever they stand ("shelled the Syrian town").
PLACE_NOUNS = frozenset({
    "town", "city", "village", "capital", "border", "region", "province", "territory", "coast", "waters",
    "soil", "airspace", "port", "island", "countryside", "frontier", "state", "district", "area", "land",
    "forest", "river", "lake", "mountain", "desert", "road", "highway", "base", "camp", "church", "mosque",
    "temple", "school", "hospital", "prison",
})
# A state's own public life, one of each per state: a demonym on them sets the story wherever they stand
# ("boycotted the Chilean elections", "appealed to Peruvian voters", "a law restricting Bolivian media").
STATE_NOUNS = frozenset({
    "election", "vote", "poll", "referendum", "ballot", "constitution", "media", "medium", "press", "economy",
    "currency", "voter", "taxpayer", "electorate", "public",
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


def _trade_reading(tok: "Token", head: "Token") -> bool:
    """Whether a mission noun ("observer", "monitor") has another adjective that names a trade, not a mission
    sent from abroad ("Peruvian political observers"); adjectives of origin or scope ("international") do not."""
    from sidelines.extractors.actors.groups import OUTSIDE_MISSIONS, OUTSIDER_MARKS

    if head.lemma_.lower() not in OUTSIDE_MISSIONS:
        return False
    return any(c.dep_ == "amod" and c.i != tok.i and c.lower_ not in OUTSIDER_MARKS for c in head.children)


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
    if any(c.dep_ == "compound" and _actor_head(c, actor_lemmas) for c in head.children):
        return False  # "a Kenyan police officer", "a Colombian army base": the demonym is the actor's
    lemma = head.lemma_.lower()
    if lemma in outsider_lemmas and not _trade_reading(tok, head):
        return True
    if _actor_head(head, actor_lemmas):
        return False
    if head.dep_ not in OBJECT_DEPS or lemma in PLACE_NOUNS or lemma in STATE_NOUNS:
        return False
    if head.dep_ == "pobj" and (head.head.lower_ in SETTING_PREPS or head.head.lower_ == "of"):
        return False  # "of" too: "the price of Peruvian rice" is the story's own as often as not
    return True
