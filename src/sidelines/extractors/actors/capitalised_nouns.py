"""Capitalised plurals the tagger took for names: "Guerrillas killed ...", "Tribesmen attacked ...".

At the start of a sentence a plural common noun is often tagged a proper noun whose lemma is the word
itself, so the group nouns (looked up by lemma) miss it. :func:`group_word` gives such a token the
singular an English plural has ("guerrillas" -> "guerrilla", "militiamen" -> "militiaman",
"authorities" -> "authority") for :mod:`.groups` to look up; other tokens keep their lemma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def singular_of(word: str) -> str:
    """The singular of a regular English plural (lower case); a word that is none comes back as it is."""
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def capitalised_plural(tok: "Token") -> bool:
    """Whether ``tok`` is a capitalised plural the tagger read as a name: a proper noun opening its sentence."""
    return bool(tok.pos_ == "PROPN" and tok.is_sent_start and tok.text[:1].isupper()
                and tok.lower_.endswith(("s", "men")))


def group_word(tok: "Token") -> str:
    """The word :mod:`.groups` looks a token up by: its lemma, or the singular of a capitalised plural."""
    return singular_of(tok.lower_) if capitalised_plural(tok) else lemma_of(tok)

