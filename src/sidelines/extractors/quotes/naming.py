"""Verbs of naming: they give their object a name, they report nothing.

"Critics call the plan a giveaway", "fans dubbed him the Iron Man": a verb of naming takes an object and
the name it is given (kept as an object frame), never a reported clause. A finite clause the parser
hangs on one ("the forward the fans call Big Ben scored twice", "the lawyer critics call the fixer has
represented the mayor") is the sentence around a name, no one's statement.
"""

from __future__ import annotations

# Verbs of naming (closed class): they take an object and the name it is given, never a reported clause.
NAMING_VERBS: frozenset[str] = frozenset({"call", "dub", "label", "brand", "term", "nickname", "name"})


def names_only(lemma: str) -> bool:
    """Whether a cue is a verb of naming, which reports no clause ("fans call him Big Ben")."""
    return lemma in NAMING_VERBS
