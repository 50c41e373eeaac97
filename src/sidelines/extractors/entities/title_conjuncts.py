"""Titles joined by "and" to a title read for a person: "X, a lawyer and activist,", "X, president and chief
executive of Acme,", "X is a historian and author". Each conjunct that is itself a singular title head or
occupation, in the same phrase (no comma before "and", no determiner of its own: "X, the mayor, and the
governor" are two people), is a role of the same person ("Chairman and CEO X" is read as two already).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.role_bodies import body_affiliation
from sidelines.extractors.entities.title_words import domain_end, is_elect_suffix, is_title_head
from sidelines.lexicon.titles import occupations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.names import NameMention
    from sidelines.extractors.entities.roles import RoleFinding

# Dependencies of the words that belong to a conjunct title before its head ("chief executive", "state senator").
TITLE_MODIFIER_DEPS = frozenset({"compound", "amod"})


def _is_title(tok: "Token") -> bool:
    return tok.tag_ in ("NN", "NNP") and (is_title_head(tok) or tok.lower_ in occupations())


def _first_modifier(tok: "Token") -> int:
    first = tok.i
    for left in reversed(list(tok.lefts)):
        if left.dep_ not in TITLE_MODIFIER_DEPS or left.i != first - 1:
            break
        first = left.i
    return first


def conjunct_roles(parsed: "Doc", text: str, roles: "list[RoleFinding]",
                   by_token: "dict[int, NameMention] | None" = None) -> "list[RoleFinding]":
    """Roles for the title heads joined by "and" to the head of each role found (its last word); with the
    names of the text (``by_token``), each takes the body after its own head as its affiliation ("president of
    Acme and chairman of Orwell Bank": chairman of Orwell Bank)."""
    from sidelines.extractors.entities.roles import RoleFinding

    seen = {r.title.lower() for r in roles}
    out: list[RoleFinding] = []
    for role in roles:
        span = parsed.char_span(role.start, role.end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        head = span[-1]
        for conj in head.children:
            if conj.dep_ != "conj" or conj.i <= head.i or not _is_title(conj):
                continue
            cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < conj.i), None)
            # one phrase: no comma before "and", and no determiner of its own ("X, the mayor, and the governor")
            if cc is None or parsed[cc.i - 1].is_punct or any(c.dep_ in ("det", "poss") for c in conj.children):
                continue
            first, last = _first_modifier(conj), domain_end(parsed, conj.i)
            if is_elect_suffix(conj):  # "governor-elect": the title starts at the head before the hyphen
                first = _first_modifier(parsed[conj.i - 2])
            title = text[parsed[first].idx : parsed[last].idx + len(parsed[last].text)]
            if title.lower() not in seen:
                seen.add(title.lower())
                found = RoleFinding(title, start=parsed[first].idx, end=parsed[last].idx + len(parsed[last].text))
                if by_token is not None:
                    body_affiliation(by_token, text, found, conj)
                out.append(found)
    return out
