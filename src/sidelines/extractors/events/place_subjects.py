"""Places before an event-noun subject: "Michigan office shooting kills 1" says where, not who.

A town or region modifying the act that is the subject of a verb trigger is the act's place; a
country stays an actor ("Ukraine strike destroys depots"), as :func:`nonevents.is_place_modifier` rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.eventtype import load_lexicon
from sidelines.extractors.events.nonevents import is_place_modifier
from sidelines.extractors.lookup import lemma_of
from sidelines.lexicon import plover as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.index import EntityIndex

# Modifiers before a noun that may name its place.
PLACE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _stems(lemma: str) -> set[str]:
    """A gerund's verb forms ("shooting" -> "shoot", "bombing" -> "bomb", "stabbing" -> "stab")."""
    if not lemma.endswith("ing") or len(lemma) < 6:
        return {lemma}
    stem = lemma[:-3]
    return {lemma, stem, stem[:-1] if stem[-1] == stem[-2] else stem}


def is_act_noun(lemma: str) -> bool:
    """A noun naming an act: a trigger noun, or a verb of the CAMEO lexicon (or its gerund)."""
    if lemma in lex.NOUN_TRIGGERS:
        return True
    lexicon = load_lexicon()
    return any((entry := lexicon.verb_entry(s)) is not None and entry.get("types") for s in _stems(lemma))


def subject_places(event_type: str, subj: "Token", index: "EntityIndex") -> set[str]:
    """Towns modifying an act-noun subject of a violence or protest verb: its place, no side of it."""
    if subj.pos_ != "NOUN" or not is_act_noun(lemma_of(subj)):
        return set()
    mods = [t for t in subj.subtree if t.dep_ in PLACE_MODIFIER_DEPS and t.i < subj.i]
    return {e for t in mods for e in index.by_token.get(t.i, ())
            if is_place_modifier(event_type, t, is_place=t.i in index.places or index.types.get(e) == "GPE")}
