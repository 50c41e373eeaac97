"""Bodies of a state's political life named without their country: "the ruling party", "the electoral council".

A generic body ("the party", "the council", "the company") takes only the country its own phrase states
(:mod:`.groups`): a company or a committee may be of any country. A body marked by a word of a state's own
political life (:data:`POLITY_MARKS`: "ruling", "governing", "electoral", "opposition", "presidential", ...)
is the state's, as a government is: in a story that names one country it takes that country (rule
``groups:state-body``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.actors.countries import CountryLookup

# Bodies that a state's political life has (lemmas): parties, councils, commissions and their alliances.
POLITY_BODIES = frozenset({
    "party", "council", "commission", "committee", "coalition", "alliance", "movement", "bureau", "board",
    "tribunal", "assembly", "senate", "congress", "chamber",
})
# Words that make such a body the state's own (general English words of politics, lower case).
POLITY_MARKS = frozenset({
    "ruling", "governing", "electoral", "election", "opposition", "presidential", "parliamentary",
    "constitutional", "legislative", "military", "revolutionary", "transitional", "interim",
})
# Alliances of states ("the military alliance" is NATO): no body of one state.
_INTER_STATE = frozenset({"alliance"})
# Subjects that are a country's own people acting on its bodies, not its state acting on a foreign one.
_POPULAR = frozenset({"opposition", "protester", "demonstrator", "student", "citizen", "voter", "activist"})
STATE_BODY_HOW = "a body of the state's political life ('the ruling party'), of the one country the document names"


def state_body(tok: "Token") -> bool:
    """Whether ``tok`` heads a body of a state's political life: a :data:`POLITY_BODIES` noun with a
    :data:`POLITY_MARKS` modifier ("the ruling party", "the electoral council", "the military council")."""
    if lemma_of(tok) not in POLITY_BODIES or (lemma_of(tok) in _INTER_STATE and any(
            c.lower_ == "military" for c in tok.lefts)):
        return False
    return any(c.dep_ in ("amod", "compound") and (c.lower_ in POLITY_MARKS or lemma_of(c) in POLITY_MARKS)
               for c in tok.lefts)


def acted_on_by_state(tok: "Token", country: str | None, lookup: "CountryLookup") -> bool:
    """Whether the body is acted on by the one country itself or its officials ("Washington urged the military
    council", "US senators condemned the ruling party"): a foreign body, unless the body or the subject is an
    opposition or popular side ("the Kenyan government accused the opposition coalition")."""
    if country is None or any(c.lower_ == "opposition" for c in tok.lefts):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "obj", "dative", "pobj"):
        return False
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        words = list(subj.subtree)
        if any(lemma_of(t) in _POPULAR or t.lower_ in _POPULAR for t in words):
            continue
        if lookup.of_tokens(words) == country:
            return True
    return False
