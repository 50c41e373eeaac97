"""Entities no side of an event: where it is done or told, a language, the owner named inside a side.

* A town or country in "in X" / "at X" hung on the word of an act of speech or assembly ("In Paris, the
  minister criticized the tax", "marched in Caracas against the government") is the event's venue: its
  location, not a party the side model may add (a force's or a state's act may be on its place: "arrested
  in X"). The argument rules keep their own reading of such places.
* A news outlet in a prepositional phrase on the clause ("On Fox News, the governor attacked the plan",
  "speaking to CNN") is the channel the act is told on; the outlet acted on ("attacked CNN", "the attack
  on CNN") stays a side, and so does one a material act is done on or with ("imposed sanctions on X",
  "cooperated with X") or the one in the act's own object phrase ("signed a deal with X").
* A language never acts nor undergoes an act.
* What a charge names ("arrested X on suspicion of DUI", "charged X with contempt of Congress", "convicted X
  of spying for Y") is the offence a legal act is about, no party to that act.
* A possessive pronoun inside another side's phrase ("her husband", "its fighters") says whose that side
  is: the person it stands for is no side by it alone ("X said her husband was attacked": the husband is).
  A state or a group whose force acts ("X said its troops attacked") acts by it and stays a side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.content.source_chain import is_outlet_name
from sidelines.nlp.analysis import analysis_of
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.events.candidates import EventCandidate
    from sidelines.extractors.events.index import EntityIndex

# The links of a verb's own subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# The rule name written into the explanation of an event whose owner-only sides were dropped.
OWNERS_RULE = "owners-no-sides"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
VENUE_PREPS = frozenset({"in", "at"})
# Types of acts of speech and assembly, whose place is only where they happen. A force's or a state's act
# may be on its place ("arrested in X": by its police; a curfew or a threat on X; "sought refuge in X").
VENUE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST", "AGREE", "CONCEDE", "CONSULT",
                         "COOPERATE"})
# The prepositions by which an act is told on or to a medium ("on X", "to X", "with X", "in X").
CHANNEL_PREPS = frozenset({"on", "to", "with", "in"})
# Entity kinds that never act nor undergo an act. (A book, a law or a product named by the tagger is too
# often a group's or a party's name mistagged to be left out.)
THING_KINDS = frozenset({"LANGUAGE"})
# Types of material acts, whose outlet in "on/with X" is the one acted on or with, never a channel.
MATERIAL_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID", "COOPERATE", "RETREAT"})
# Legal acts whose charge is told in a phrase of their own, and the prepositions that open it right on the verb
# ("accused of", "charged with", "arrested for"); "on" and "for" also through a charge noun ("on suspicion of",
# "for investigation of", "on charges of").
CHARGE_PREPS = {
    "accuse": {"of"}, "suspect": {"of"}, "convict": {"of", "for"}, "acquit": {"of"}, "clear": {"of"},
    "charge": {"with", "for"}, "indict": {"on", "for"}, "arrest": {"for"}, "detain": {"for"}, "jail": {"for"},
    "imprison": {"for"}, "sentence": {"for"}, "fine": {"for"}, "book": {"for"}, "cite": {"for"},
    "prosecute": {"for"}, "investigate": {"for"}, "hold": set(), "question": set(),
}
CHARGE_NOUNS = frozenset({"suspicion", "investigation", "charge", "count", "allegation", "accusation", "ground"})


def is_venue(head: "Token", anchor: "Token", kind: str) -> bool:
    """Whether a mention is the place of "in X" / "at X" on the event's own word, or on the occasion
    such a phrase names ("at a forum in Lagos")."""
    if kind not in PLACE_TYPES:
        return False
    tok = head
    for _ in range(3):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
            return False
        if prep.head.i == anchor.i:
            return True
        tok = prep.head
    return False


def is_channel(head: "Token", cand: "EventCandidate", name: str) -> bool:
    """Whether a mention is an outlet the act is told on or to: in a phrase that is not the event noun's own."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CHANNEL_PREPS:
        return False
    if cand.type in MATERIAL_TYPES:
        return False  # "imposed sanctions on X", "cracked down on X", "cooperated with X": X is acted on
    anchor = cand.verb if cand.verb is not None else cand.head
    if prep.head.dep_ == "dobj" and prep.head.head.i == anchor.i:
        return False  # "signed a deal with X", "imposed a fine on X": the act's own object phrase
    if cand.kind == "light" and prep.lower_ == "with" and prep.head.i == anchor.i:
        return False  # "signed a deal with X", the phrase hung on the verb: the light noun's partner
    if cand.kind == "noun" and prep.head.i == cand.head.i:
        return False  # "the attack on CNN": the noun's own object
    return is_outlet_name(name)


def in_charge(head: "Token", anchor: "Token") -> bool:
    """Whether a mention lies in the phrase that names the charge of a legal act (rule events:charge-no-side)."""
    preps = CHARGE_PREPS.get(lemma_of(anchor))
    if preps is None:
        return False
    tok = head
    for _ in range(10):
        if tok.head.i == tok.i or tok.i == anchor.i:
            return False
        if tok.dep_ == "prep" and (tok.head.i == anchor.i or _on_object(tok, anchor)):
            break
        tok = tok.head
    else:
        return False
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if tok.lower_ in ("on", "for") and any(lemma_of(c) in CHARGE_NOUNS and c.i < head.i for c in objects):
        return True
    # on the object, only an offence ("convicted the engineer of spying"), never a name ("the mayor of Orlan")
    return tok.lower_ in preps and (tok.head.i == anchor.i or all(c.pos_ != "PROPN" for c in objects))


def _on_object(prep: "Token", anchor: "Token") -> bool:
    """Whether a preposition hangs on the direct object of the act (the parser's reading of "detained X for
    investigation of Y" and "convicted X of spying")."""
    return prep.head.dep_ == "dobj" and prep.head.head.i == anchor.i


def no_side(eid: str, head: "Token", cand: "EventCandidate", index: "EntityIndex", *, venues: bool = False) -> bool:
    """Whether an entity mentioned at ``head`` is a channel, a thing or the charge of the event (or, with
    ``venues``, its venue): no side of it."""
    kind = index.types.get(eid, "")
    anchor = cand.verb if cand.verb is not None else cand.head
    venue = venues and cand.type in VENUE_TYPES and is_venue(head, anchor, kind)
    return (kind in THING_KINDS or venue or is_channel(head, cand, index.names.get(eid, ""))
            or in_charge(head, anchor))


def first_mention_head(toks: list["Token"]) -> "Token":
    """The head of the first run of adjacent tokens (a mention): its token whose syntactic head lies outside it."""
    run = [toks[0]]
    for tok in toks[1:]:
        if tok.i != run[-1].i + 1:
            break
        run.append(tok)
    inside = {t.i for t in run}
    return next((t for t in run if t.head.i not in inside or t.head.i == t.i), run[-1])


def mention_head(eid: str, cand: "EventCandidate", index: "EntityIndex") -> "Token | None":
    """The head of the entity's first mention in the event's sentence, or None when it has none there."""
    anchor = cand.verb if cand.verb is not None else cand.head
    parsed = anchor.doc
    toks = [parsed[i] for i in range(*analysis_of(parsed).sent_bounds(anchor.i)) if eid in index.by_token.get(i, ())]
    return first_mention_head(toks) if toks else None


def drop_non_sides(cand: "EventCandidate", index: "EntityIndex") -> list[str]:
    """Take away the sides that are the event's channel or a thing; returns the entity ids dropped."""
    dropped = []
    for eid in list(cand.actors):
        head = mention_head(eid, cand, index)
        if head is not None and no_side(eid, head, cand, index):
            del cand.actors[eid]
            dropped.append(eid)
    return dropped


def drop_owners(cand: "EventCandidate", index: "EntityIndex") -> list[str]:
    """Take away the persons named in the event's clause only by a possessive pronoun inside another side's
    phrase ("X said her husband was attacked"); returns the entity ids dropped. A state's or a group's
    force acts for it ("X said its army attacked"): such an owner stays."""
    top = cand.verb if cand.verb is not None else cand.head
    # A verb with no subject of its own is done by its governor's ("Russia began withdrawing its troops",
    # "after meeting his players, X said"): its clause is its governor's.
    for _ in range(6):
        if top.head.i == top.i or any(c.dep_ in SUBJECTS for c in top.children):
            break
        top = top.head
    clause = list(top.subtree)
    dropped = []
    for eid in list(cand.actors):
        if index.types.get(eid) != "PERSON":
            continue
        toks = [t for t in clause if eid in index.by_token.get(t.i, ())]
        if toks and all(t.tag_ == "PRP$" and any(
                e != eid and e in cand.actors and e not in dropped for e in index.by_token.get(t.i, ()))
                for t in toks):
            del cand.actors[eid]
            dropped.append(eid)
    return dropped


