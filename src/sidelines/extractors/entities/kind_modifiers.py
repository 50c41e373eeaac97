"""The determiner of a kind nominal across its describing words: "the Himalayan kingdom", "the oil-rich nation".

Wire copy names a country again by its kind with a few describing words between "the" and the noun
("the Himalayan kingdom", "the former Soviet republic", "the tiny Gulf nation"), for states only. The coreference joins
such a nominal to the latest fitting place as it does "the country" (:mod:`.coref`), unless a describing
word names a place or a country of its own ("the Chinese nation" is China's, "the Kenyan nation"
Kenya's: their own name decides, not the story's latest country).

:func:`latest_fitting` picks the place or organisation such a nominal (or "its") names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.lexicon.kinds import KIND_NOMINALS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.entities.names import NameMention

# Determiners of a kind nominal that names a place or organisation already named ("the country").
KIND_DETERMINERS = frozenset({"the", "this", "that"})
# Dependencies of the describing words that may stand between the determiner and the noun.
DESCRIBING_DEPS = frozenset({"amod", "compound", "npadvmod", "advmod", "punct", "nmod"})
# Entity labels of a describing word that names a place or body of its own.
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


def kind_determiner(tok: "Token", by_token: "dict[int, NameMention]") -> int | None:
    """The index of the determiner ("the", "this", "that") of a kind nominal ``tok``, across at most three
    describing words that modify it ("the Himalayan kingdom"); None when there is none, or a describing word
    is a name with a country or a place's or body's name (``by_token``: token index -> the name mention)."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in KIND_DETERMINERS:
        return tok.i - 1  # "the country": the common case, no parse needed
    if KIND_NOMINALS.get(tok.lower_) != "country":
        return None  # "the city", "the company": the describing words often make another one ("the old city")
    describing = {t.i for child in tok.lefts if child.dep_ in DESCRIBING_DEPS for t in child.subtree}
    k = tok.i - 1
    while k >= 0 and k in describing and tok.i - k <= 3:
        named = by_token.get(k)
        if named is not None and (named.country is not None or named.label in PLACE_LABELS):
            return None
        k -= 1
    dets = {child.i for child in tok.lefts if child.dep_ == "det"}
    return k if k >= 0 and k < tok.i - 1 and k in dets and doc[k].lower_ in KIND_DETERMINERS else None


def latest_fitting(kinds: list[tuple[int, int, str, int]], pos: int, want: set[str], where: tuple[int, int],
                    topic: bool, subjects: set[int]) -> int | None:
    """The cluster of the latest name before ``pos`` of a kind in ``want``, within ``window`` sentences of sentence
    ``here`` (``where``). With ``topic`` ("the company"), an organisation that is a subject of the sentence just
    before comes before a later one there ("X sold its stake to Y. The company said"): the one that sentence is
    about; in the nominal's own sentence, and further back, the latest one."""
    here, window = where
    nearest = None
    for k in range(pos - 1, max(-1, pos - 30), -1):
        at, n, kind, number = kinds[k]
        if here - number > window:
            break
        if kind not in want:
            continue
        if not topic or here == number or at in subjects:
            return n
        if here - number > 1:
            return n if nearest is None else nearest
        nearest = n if nearest is None else nearest
    return nearest
