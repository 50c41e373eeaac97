"""Armed movements of peoples that live in several states, named by the people's adjective: "Tamil rebels",
"Kurdish guerrillas", "Baluch separatists".

The people names no one state (lexicon/countries.SPLIT_PEOPLES), but its armed movement fights one: Tamil
rebels fought in Sri Lanka (India's Tamils have none), Kurdish rebels and guerrillas in news are Turkey's PKK,
Baluch separatists fight in Pakistan (general knowledge, as the event coders' actor dictionaries code them).
A group headed by an armed-group noun (:data:`ARMED_HEADS`) with such an adjective takes that state, unless
its phrase names a state itself ("Iraqi Kurdish rebels", read first by :mod:`.groups`) or the document names
another state the people lives in (:data:`PEOPLE_STATES`: "Kurdish fighters ... in northern Syria"), where the
document's own country decides. Sikhs are read here too: "Sikh militants" fight in India, while Sikh
communities abroad are no Indian actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.actors.capitalised_nouns import singular_of
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

ARMED_PEOPLES: dict[str, str] = {
    **dict.fromkeys(("tamil",), "LKA"),
    **dict.fromkeys(("sikh",), "IND"),
    **dict.fromkeys(("kurdish", "kurd"), "TUR"),
    **dict.fromkeys(("baluch", "baloch", "baluchi", "balochi"), "PAK"),
}
# The states each people lives in: a story naming another of them ("Kurdish fighters ... in northern Syria")
# sets the movement there, and the document's own country decides (groups.py).
PEOPLE_STATES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("tamil",), frozenset({"LKA", "IND"})),
    **dict.fromkeys(("sikh",), frozenset({"IND"})),
    **dict.fromkeys(("kurdish", "kurd"), frozenset({"TUR", "IRQ", "SYR", "IRN"})),
    **dict.fromkeys(("baluch", "baloch", "baluchi", "balochi"), frozenset({"PAK", "IRN", "AFG"})),
}
ARMED_HEADS = frozenset({"rebel", "guerrilla", "separatist", "militant", "insurgent", "tiger", "fighter", "militia"})
ARMED_PEOPLE_HOW = "the armed movement of a people living in several states, of the state it fights (armed_peoples)"


def armed_people_country(head: "Token", named: "Collection[str]" = ()) -> str | None:
    """ISO3 of the state an armed group named by a split people's adjective fights ("Tamil rebels" -> LKA);
    None where the document names (``named``) another state the people lives in."""
    if lemma_of(head) not in ARMED_HEADS and singular_of(head.lower_) not in ARMED_HEADS:
        return None
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in ARMED_PEOPLES:
            word = child.lower_
            if any(iso in PEOPLE_STATES[word] for iso in named if iso != ARMED_PEOPLES[word]):
                return None
            return ARMED_PEOPLES[word]
    return None
