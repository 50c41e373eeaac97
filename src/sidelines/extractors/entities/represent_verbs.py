"""Seats stated by "represent": "X, who represents Ohio in the Senate," is a senator.

A person who represents a place or a constituency in a legislative chamber holds a seat in it: the chamber
after "in" names the title ("the Senate": senator; "the House", "Congress": representative; "Parliament":
member of parliament; "the National Assembly": member of the National Assembly). The verb must have the
person for its subject (a relative "who"/"that" on the name or on a noun in apposition to it: "X, a Democrat
who represents Ohio ..."; or the name itself with the verb in the present tense), a direct object, and no
negation, modal or plan (role_verbs.states_office, planned); "represents the company in court" or "in the
House hearing" names no chamber. "The House of X" is the chamber X names ("the House of Commons": member of
parliament), none when X is no chamber word. A "state" before the chamber stays ("in the state Senate": state
senator). A simple past ("who represented Ohio in the Senate") gives a former seat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.chambers import CHAMBER_TITLES, HOUSE_WORD
from sidelines.extractors.entities.names import NameMention, mention_root
from sidelines.extractors.entities.role_verbs import RELATIVE_SUBJECTS, past, planned, states_office
from sidelines.extractors.entities.roles import RoleFinding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A modifier of a chamber that stays in its member's title ("the state Senate": state senator).
KEPT_CHAMBER_MODIFIERS = frozenset({"state"})


def _chamber(verb: "Token") -> "Token | None":
    """The chamber after "in" on the verb ("in the Senate", "in the House of Representatives"): the head of
    the object of "in" when it is a chamber word, else None ("in court", "in the House hearing"). The parser
    hangs "in" on the verb or on the place represented ("represents Maine in Congress")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in [*verb.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in CHAMBER_TITLES or not obj.text[:1].isupper() or any(
                c.lower_ == "white" for c in obj.lefts):  # the White House is no chamber
            continue
        if obj.lower_ == HOUSE_WORD:  # "the House of Commons": the chamber "of" names, none for another word
            of = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            named = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if of is not None:
                return named if named is not None and named.lower_ in CHAMBER_TITLES else None
        return obj
    return None


def _represent_verbs(parsed: "Doc", m: NameMention) -> "list[Token]":
    """Verbs "represent" whose subject is the name: a relative clause on it, or a present-tense clause."""
    root = mention_root(parsed, m)
    # the clause may hang on a noun in apposition to the name ("X, a Democrat who represents Ohio ...")
    hosts = [root, *(c for c in root.children if c.dep_ == "appos" and c.ent_type_ != "PERSON")]
    verbs = [c for h in hosts for c in h.children if c.dep_ == "relcl"
             and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_SUBJECTS for s in c.children)]
    if root.dep_ == "nsubj" and root.head.tag_ == "VBZ":
        verbs.append(root.head)
    return [v for v in verbs if v.lemma_.lower() == "represent" and states_office(v) and not planned(v)
            and any(c.dep_ == "dobj" for c in v.children)]


def add_represented_seats(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Give each person who represents a place in a chamber the chamber's member title."""
    for n, m in enumerate(mentions):
        if m.label != "PERSON":
            continue
        for verb in _represent_verbs(parsed, m):
            chamber = _chamber(verb)
            if chamber is None:
                continue
            title = CHAMBER_TITLES[chamber.lower_]
            if "{}" in title:  # "the National Assembly": the chamber's own name
                first = min((c for c in chamber.lefts if c.dep_ == "compound" or c.dep_ == "amod"),
                            key=lambda t: t.i, default=chamber)
                title = title.format(text[first.idx : chamber.idx + len(chamber.text)])
            elif any(c.lower_ in KEPT_CHAMBER_MODIFIERS for c in chamber.lefts):  # "the state Senate"
                title = f"state {title}"
            if past(verb):
                title = f"former {title}"
            held = roles.setdefault(n, [])
            if all(r.title.lower() != title.lower() for r in held):
                held.append(RoleFinding(title, start=verb.idx, end=chamber.idx + len(chamber.text)))
