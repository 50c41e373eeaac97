"""Verbs of naming: they give their object a name, they report nothing.

"Critics call the plan a giveaway", "fans dubbed him the Iron Man": a verb of naming takes an object and
the name it is given (kept as an object frame), never a reported clause. A finite clause the parser
hangs on one ("the forward the fans call Big Ben scored twice", "the lawyer critics call the fixer has
represented the mayor") is the sentence around a name, no one's statement. With an "it" that stands for
a clause put after an adjective ("called it unlikely that the mill would close"), the verb names nothing:
it judges that clause, which stays what was said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of naming (closed class): they take an object and the name it is given, never a reported clause.
NAMING_VERBS: frozenset[str] = frozenset({"call", "dub", "label", "brand", "term", "nickname", "name"})


def names_only(tok: "Token") -> bool:
    """Whether a cue is a verb of naming, which reports no clause ("fans call him Big Ben"); not one whose
    object is an "it" standing for a clause after its adjective ("termed it vital that the pier reopen")."""
    return tok.lemma_.lower() in NAMING_VERBS and not _extraposed_it(tok)


def _extraposed_it(tok: "Token") -> bool:
    """ "called it likely that X": an object "it" and an adjective predicated of it that governs a clause."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ"
        and any(g.dep_ in ("ccomp", "advcl", "xcomp") for g in c.children) for c in tok.children)
