"""Candidates stated by seeking a nomination or an office: "X, who is seeking the Republican nomination for
governor," is the Republican candidate for governor.

Seeking ("seek", "pursue") a party's nomination makes one its candidate, with the nomination's own modifiers
("the Democratic presidential nomination": Democratic presidential candidate) and the office it is for
("for governor"); seeking re-election, an office or a seat makes one a candidate for it ("candidate for the
presidency"). The holder and the checks on the verb (no negation, modal or plan) are role_verbs'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SEEK_VERBS = frozenset({"seek", "pursue"})
# What one seeks as a candidate besides a nomination.
SOUGHT_OFFICES = frozenset({
    "office", "presidency", "governorship", "mayoralty", "seat", "premiership",
    "chancellorship", "leadership",
})
ELECTION_WORDS = frozenset({"election", "reelection", "re-election"})
NOMINATION_WORDS = frozenset({"nomination", "nod"})
# Modifiers of a nomination that name the candidacy ("Republican", "presidential", "GOP").
MODIFIER_DEPS = frozenset({"amod", "compound"})


def candidacy(verb: "Token", text: str) -> "tuple[str, int] | None":
    """The candidate title a verb of seeking states ("Republican candidate for governor") and where its phrase
    ends, or None when its object is no nomination, office or seat."""
    if verb.lemma_.lower() not in SEEK_VERBS:
        return None
    # the last object: "re-election" may be split into three ("re", "-", "election")
    obj = next((c for c in reversed(list(verb.children)) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    word = obj.lower_
    if word in NOMINATION_WORDS:
        mods = [c for c in obj.lefts if c.dep_ in MODIFIER_DEPS]
        title = " ".join([*(c.text for c in mods), "candidate"])
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None:
            return title, obj.idx + len(obj.text)
        last = prep.right_edge
        return f"{title} {text[prep.idx : last.idx + len(last.text)]}", last.idx + len(last.text)
    if word in ELECTION_WORDS:  # "re-election", "election to the Senate"
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
        first, last = obj.left_edge, obj if prep is None else prep.right_edge
        if first.i >= 2 and first.nbor(-1).text == "-" and first.nbor(-2).lower_ == "re":  # "re - election"
            first = first.nbor(-2)
        return f"candidate for {text[first.idx : last.idx + len(last.text)]}", last.idx + len(last.text)
    if word in SOUGHT_OFFICES and not any(c.dep_ == "prep" for c in obj.rights):  # not "a seat on the board"
        first = obj.left_edge
        return f"candidate for {text[first.idx : obj.idx + len(obj.text)]}", obj.idx + len(obj.text)
    return None
