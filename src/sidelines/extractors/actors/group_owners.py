"""Whose a group is when its own words do not say: the reporter of its act, or no patron it names.

"Israel said its troops withdrew", "spokesmen for the Kenyan army said their forces killed ...": a group of
"its"/"their", subject of a reported clause, is the reporting subject's own, as is a group of "his"/"her" a
person reports ("the Pakistani prime minister said his army would respond": the army of the speaker's
state); so are a state's plain forces ("the minister said troops would withdraw"). "Iranian-backed fighters",
"pro-Russian separatists": the country in a patron's word is not the group's own, also where the tokenizer split
the word at its hyphens.
Used by :mod:`.groups`, which records each under its own rule (:data:`REPORTER_RULE`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.extractors.actors.countries import INSTITUTION_WORDS
from sidelines.extractors.actors.local_groups import where_it_acts
from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.actors.countries import CountryLookup

# A modifier that names a patron, not the group's own country ("Syrian-backed militia").
PATRON_WORDS = re.compile(r"(?:-backed|-supported|-sponsored|-allied|^pro-|^anti-)", re.IGNORECASE)
# A state's own armed forces and police: named bare in a state's report ("said troops would withdraw"),
# they are that state's (rebels, militants or gunmen are not).
STATE_FORCES = frozenset({"troop", "soldier", "army", "military", "navy", "police", "policeman", "force"})
# Those of them that name one body, also when tagged as a plural ("the police").
STATE_BODIES = frozenset({"army", "military", "navy", "police"})
# Possessive pronouns by which a reported group is the reporter's own ("its troops", "their forces").
OWNING_PRONOUNS = frozenset({"its", "their"})
# A person's possessives, which make only a state's forces and bodies the speaker's state's ("his army",
# "her government"): "his kidnappers", "her guards" are often of another state.
PERSONAL_PRONOUNS = frozenset({"his", "her"})
# Outlets and media that report the news (a closed class): they tell others' acts, not their state's own.
NEWS_MEDIA = frozenset({"media", "medium", "press", "newspaper", "paper", "daily", "television", "tv", "radio",
                        "agency", "broadcaster", "channel", "outlet", "network", "website", "report"})
REPORTER_RULE = "the state that reports the act of its own forces ('X said its troops withdrew')"


def find_reporter(head: "Token", strict: bool = True) -> "Token | None":
    """The subject that reports what a group of "its"/"their" or plain state forces did, as its own.

    "Israel said its troops withdrew", "spokesmen for the Kenyan army said their forces killed ...", "the
    minister said troops would withdraw": the group, subject of the reported clause, is the reporter's.
    Plain forces are bare plurals or one body ("the army", "the police"); "the soldiers" points back at
    soldiers named before, often another state's ("X said the soldiers who crossed were from Y"), and
    counts only without ``strict`` (asked merely whether the report is the reporter's, not whose they are).
    """
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ccomp":
        return None
    lemma = lemma_of(head)
    state_group = lemma in STATE_FORCES or lemma in INSTITUTION_WORDS
    owned = any(c.dep_ == "poss" and (c.lower_ in OWNING_PRONOUNS or (c.lower_ in PERSONAL_PRONOUNS and state_group))
                for c in head.children)
    lefts = list(head.lefts)
    the_only = all(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
    body = head.tag_ == "NN" or lemma in STATE_BODIES
    plain = lemma in STATE_FORCES and (not lefts or (the_only and (body or not strict)))
    if not owned and not plain:
        return None
    return next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)


def read_reporter_country(head: "Token", lookup: CountryLookup) -> str | None:
    """The country of the reporter of a group's act (:func:`find_reporter`), if it has one.

    News media report others' acts as well as their own state's: "police arrested twenty people in
    Caracas, Colombian media reported" tells whose the police are by where they act
    (:func:`.local_groups.where_it_acts`), not by the media's country.
    """
    found = find_reporter(head)
    if found is None:
        return None
    if lemma_of(found) in NEWS_MEDIA and where_it_acts(head, lemma_of(head), lookup) is not None:
        return None
    return lookup.of_tokens(list(found.subtree))


def split_patron(sub: "list[Token]") -> bool:
    """Whether a modifier is part of a word, split by the tokenizer at its hyphens, that names a patron
    ("Iranian" "-" "backed", "Pro" "-" "Russian")."""
    doc, first, last = sub[0].doc, min(t.i for t in sub), max(t.i for t in sub)
    while first > 0 and not doc[first - 1].whitespace_ and first > last - 4:
        first -= 1
    while last + 1 < len(doc) and not doc[last].whitespace_ and last < first + 8:
        last += 1
    if first == last:
        return False
    return any(PATRON_WORDS.search(w) for w in doc[first:last + 1].text.split())
