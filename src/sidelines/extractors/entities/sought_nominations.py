"""Candidates stated by seeking a nomination or an office: "X, who is seeking the Republican nomination for
governor," is the Republican candidate for governor.

Seeking ("seek", "pursue") a party's nomination makes one its candidate, with the nomination's own modifiers
("the Democratic presidential nomination": Democratic presidential candidate) and the office it is for
("for governor"). A nomination for anything but an elected office, a chamber or a seat is an award's ("the
nomination for best actress", "for the Peace Prize"), no candidacy, as is one named by a proper noun that is
no party or group ("an Oscar nomination"). Seeking re-election, an office or a seat makes one a candidate for
it ("candidate for the presidency"). The holder and the checks on the verb (no negation, modal or plan) are
role_verbs'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.chambers import CHAMBER_TITLES

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
# Elected offices a party nominates for ("the nomination for governor"), as the head word of the office.
ELECTED_OFFICES = frozenset({
    "president", "vice-president", "governor", "mayor", "senator", "congressman", "congresswoman",
    "representative", "lawmaker", "legislator", "mp", "minister", "premier", "chancellor", "sheriff",
    "treasurer", "comptroller", "councillor", "councilor", "councilman", "councilwoman", "attorney", "general",
})
# Modifiers of a nomination that name the candidacy ("Republican", "presidential", "GOP").
MODIFIER_DEPS = frozenset({"amod", "compound"})
# Entity types of a proper noun that names a party's nomination ("the GOP nomination", "the Labour nomination").
PARTY_ENTITY_TYPES = frozenset({"NORP", "ORG"})


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
        if any(c.pos_ == "PROPN" and c.ent_type_ not in PARTY_ENTITY_TYPES for c in mods):
            return None  # "an Oscar nomination": an award's
        title = " ".join([*(c.text for c in mods), "candidate"])
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None:
            return title, obj.idx + len(obj.text)
        office = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if office is None or any(c.tag_ == "JJS" for c in office.lefts) or not (
                office.lower_ in ELECTED_OFFICES or office.lower_ in CHAMBER_TITLES or office.lower_ in SOUGHT_OFFICES):
            return None  # an award's nomination ("for best actress", "for the Peace Prize"), no candidacy
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
