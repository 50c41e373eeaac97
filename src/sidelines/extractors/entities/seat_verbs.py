"""Titles of a seat one is put in: "the Senate confirmed X to the Supreme Court", "X was elected to the Senate".

A verb of putting someone on a bench or in a chamber ("elect", "re-elect", "confirm", "appoint", "name", "elevate",
"nominate") with the person for its object (or, in the passive, its subject; "X, who was elected to the Senate,")
and "to" a court or a chamber gives the person the member title of that body: a supreme court makes a "Supreme Court
justice", any other named court or the bench a "judge" (a bare lower-case "the court" none), a senate a "senator"
("state senator" for a state senate), a house of representatives (or a bare "House") a "representative", the House
of Commons a "member of parliament" (any other "House of ..." none), a parliament a "member of parliament", a
council a "council member". Nominating gives a nominee for that seat ("Supreme Court nominee"). The seat may be
named through a term or seat on the body ("voters returned X to a seat on the appeals court"). Only a stated
putting counts: the verb is in the past (or present) tense, without negation or modal; "vowed never to confirm X to
the Supreme Court" and "may confirm X" state no seat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.chambers import HOUSE_OF_SEATS, HOUSE_WORD, SEAT_TITLES
from sidelines.extractors.entities.names import NameMention, mention_root
from sidelines.extractors.entities.role_verbs import RELATIVE_SUBJECTS, states_office
from sidelines.extractors.entities.roles import RoleFinding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of putting a person in a seat, as lemmas; "nominate" proposes them for it.
SEAT_VERBS = frozenset({"elect", "reelect", "re-elect", "confirm", "appoint", "name", "elevate", "nominate"})
NOMINATING = frozenset({"nominate"})
# Tenses that state the putting as done (or being done): not "to confirm", "will confirm", "confirming".
STATED_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# Nouns of a place on a body one is put in: "to a second term on the high court", "to a seat on the bench".
SEAT_NOUNS = frozenset({"term", "seat", "spot", "place", "vacancy", "post", "position"})
# Head words of a court or the bench, whose member is a judge (a "Supreme Court justice" on a supreme court); the
# member title of a chamber or a council is chambers.SEAT_TITLES.
COURT_HEADS = frozenset({"court", "bench", "judiciary"})


def _putting_verbs(m: NameMention, parsed: "Doc") -> "list[Token]":
    """Verbs that put the named person somewhere: the name as object, passive subject, or a passive relative."""
    root = mention_root(parsed, m)
    verbs = []
    if root.dep_ in ("dobj", "nsubjpass") and root.head.i != root.i:
        verbs.append(root.head)
    verbs += [c for c in root.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubjpass" and s.lower_ in RELATIVE_SUBJECTS for s in c.children)]
    return [v for v in verbs if v.lemma_.lower() in SEAT_VERBS and v.tag_ in STATED_TAGS and states_office(v)
            and not any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in v.children)]


def _body_of(verb: "Token", root: "Token") -> "Token | None":
    """The body after "to" (on the verb or the name), through a seat on it ("to a term on the court")."""
    for holder in (verb, root):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in SEAT_NOUNS:
                on = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if obj is not None:
                return obj
    return None


def _member_title(body: "Token") -> str | None:
    """The title of a member of the body: "Supreme Court justice", "judge", "senator", "state senator"."""
    head = body.lower_
    words = {t.lower_ for t in body.subtree if t.i <= body.i}
    if head in COURT_HEADS:
        if head == "court" and not body.is_title and len(words) <= 2:
            return None  # "confirmed X to the court as a witness": a bare "the court" is no bench one sits on
        return "Supreme Court justice" if "supreme" in words else "judge"
    if head in SEAT_TITLES and (body.pos_ == "PROPN" or body.is_title or head in ("parliament", "council")):
        if head == HOUSE_WORD and not body.is_title:
            return None
        if head == HOUSE_WORD:
            of = [g.lower_ for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
            if of:  # "House of Commons" -> member of parliament; "House of Lords", "of Keys" -> no title
                return HOUSE_OF_SEATS.get(of[0])
        title = SEAT_TITLES[head]
        return f"state {title}" if "state" in words and head == "senate" else title
    return None


def add_seat_titles(
    parsed: "Doc", text: str, mentions: "list[NameMention]", roles: dict[int, list[RoleFinding]]
) -> None:
    """Give each person put on a bench or in a chamber the member title of that body (rule seat_verbs)."""
    for n, m in enumerate(mentions):
        if m.label != "PERSON":
            continue
        root = mention_root(parsed, m)
        for verb in _putting_verbs(m, parsed):
            body = _body_of(verb, root)
            title = _member_title(body) if body is not None else None
            if body is None or title is None:
                continue
            if verb.lemma_.lower() in NOMINATING:
                title = "Supreme Court nominee" if title == "Supreme Court justice" else f"nominee for {title}"
            held = roles.setdefault(n, [])
            if all(r.title.lower() != title.lower() for r in held):
                end = body.right_edge
                held.append(RoleFinding(title, start=verb.idx, end=end.idx + len(end.text)))
