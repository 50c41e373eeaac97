"""A plural title before a list of names: each person listed holds it ("Senators X, Y and Z").

"presidential candidates X and Y" gives both X and Y the title, in the singular ("presidential
candidate"), with the modifiers as written. The people listed are the name right after the title and
the names joined to it by the parse as conjuncts or appositions; anyone reached otherwise (the object
of a verb, a name in another clause) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.roles import RoleFinding
from sidelines.lexicon.titles import PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.names import NameMention

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
LIST_DEPS = frozenset({"conj", "appos"})
NOT_MODIFIER_POS = frozenset({"VERB", "AUX", "DET", "ADP"})
# The most title words read before the plural head.
MAX_MODIFIERS = 4


def _singular(head: "Token") -> str:
    lemma = head.lemma_.lower()
    return head.text[:1] + lemma[1:] if head.text[:1].isupper() else lemma


def _plural_title(parsed: "Doc", m: "NameMention", text: str) -> RoleFinding | None:
    """The plural title right before a name ("presidential candidates"), given in the singular."""
    k = m.i - 1
    start = parsed[m.i].sent.start
    if k < start:
        return None
    head = parsed[k]
    if head.tag_ not in PLURAL_TAGS or head.lemma_.lower() not in TITLE_HEADS or head.lower_ in TITLE_HEADS:
        return None
    first = k
    while (first - 1 >= start and k - first < MAX_MODIFIERS
           and parsed[first - 1].lower_ in (TITLE_MODIFIERS | PORTFOLIOS)
           and parsed[first - 1].pos_ not in NOT_MODIFIER_POS):
        first -= 1
    title = text[parsed[first].idx : head.idx] + _singular(head)
    return RoleFinding(title, start=parsed[first].idx, end=head.idx + len(head.text))


def _listed_with(parsed: "Doc", m: "NameMention") -> set[int]:
    """Tokens of the sentence joined to the name by conjunction or apposition (transitively)."""
    span = set(range(m.i, m.j))
    found: set[int] = set()
    for tok in parsed[m.i].sent:
        t = tok
        while t.dep_ in LIST_DEPS and t.head.i != t.i:
            t = t.head
            if t.i in span:
                found.add(tok.i)
                break
    return found


def add_shared_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Give every person listed after a plural title (and without a role yet) that title."""
    person_at = {k: n for n, x in enumerate(mentions) if x.label == "PERSON" for k in range(x.i, x.j)}
    for n, m in enumerate(mentions):
        if m.label != "PERSON" or n in roles:
            continue
        role = _plural_title(parsed, m, text)
        if role is None:
            continue
        listed = {n} | {person_at[k] for k in _listed_with(parsed, m) if k in person_at}
        for x in sorted(listed):
            if x not in roles:
                roles[x] = [RoleFinding(role.title, start=role.start, end=role.end)]
