"""Metonymy: capitals, countries and seats of government that act ("Moscow said", "the Kremlin")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.gazetteer.index import CAPITAL, COUNTRY
from sidelines.lexicon.countries import country_by_capital
from sidelines.nlp.syntax import DOER_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.extractors.places.recognize import Toponym

# Verbs whose subject, when a country, capital or seat, stands for its government.
GOVERNMENT_VERBS = frozenset({
    "say", "tell", "announce", "state", "declare", "claim", "deny", "insist", "warn", "urge", "call",
    "demand", "accuse", "blame", "condemn", "criticize", "criticise", "welcome", "reject", "refuse",
    "agree", "sign", "ratify", "approve", "decide", "plan", "want", "seek", "hope", "believe", "think",
    "expect", "consider", "propose", "offer", "threaten", "respond", "react", "protest", "recognize",
    "recognise", "support", "back", "oppose", "veto", "negotiate", "navigate", "continue", "pledge",
    "promise", "vow", "impose", "lift", "sanction", "expel", "summon", "invite", "host", "send", "deploy",
    "launch", "order", "ban", "allow", "push", "press", "pressure", "acknowledge", "confirm",
    "suggest", "argue", "note", "stress", "emphasize", "emphasise", "maintain", "try", "attempt", "aim",
    "fear", "view", "see", "remain", "intend", "need", "ask", "invade", "attack", "strike", "retaliate",
    "withdraw", "join", "leave", "cooperate", "work", "help", "pay", "fund", "supply", "sell", "buy",
})
# Penn tags of finite verbs (and the base form after a modal).
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB"})


def acts_as_government(m: Toponym, parsed: "Doc") -> bool:
    """True when a country or capital acts: subject of a speech, cognition or political verb; never a venue
    named for one.

    The parse is trusted first ("Moscow said"); a coordinated group of names followed by such a verb
    ("Moscow and Ankara continue to navigate") also counts, however the parser attached it.
    """
    c = m.chosen
    if c is None or c.feature not in (COUNTRY, CAPITAL) or m.venue:
        return False  # a venue that speaks ("Georgetown University said") is the institution, no government
    if c.feature == CAPITAL and country_by_capital(c.name) is None:
        return False
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ in DOER_DEPS and root.head.lemma_.lower() in GOVERNMENT_VERBS:
        return True
    end = _group_end(parsed, span.end)
    if end >= len(parsed):
        return False
    nxt = parsed[end]
    if nxt.tag_ in ("MD",) or nxt.lemma_ in ("have", "be") and nxt.pos_ == "AUX":
        end += 1
        while end < len(parsed) and parsed[end].pos_ in ("ADV", "PART", "AUX"):
            end += 1
        if end >= len(parsed):
            return False
        nxt = parsed[end]
    return nxt.pos_ == "VERB" and nxt.tag_ in FINITE_TAGS and nxt.lemma_.lower() in GOVERNMENT_VERBS


def _group_end(parsed: "Doc", end: int) -> int:
    """The token index after a coordinated group of names starting before ``end`` ("A, B and C")."""
    while end + 1 < len(parsed) and parsed[end].lower_ in ("and", ",") and parsed[end + 1].pos_ == "PROPN":
        end += 1
        while end < len(parsed) and parsed[end].pos_ == "PROPN":
            end += 1
    return end
