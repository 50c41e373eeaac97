"""Whose a group is when its own words do not say: the reporter of its act, or no patron it names.

"Israel said its troops withdrew", "spokesmen for the Kenyan army said their forces killed ...": a group of
"its"/"their", subject of a reported clause, is the reporting subject's own; so are a state's plain forces
("the minister said troops would withdraw"). "Iranian-backed fighters", "pro-Russian separatists": the
country in a patron's word is not the group's own, also where the tokenizer split the word at its hyphens.
"Kharkiv officials": a large town or region the tagger left unmarked names the group's country. Used by
:mod:`.groups`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sidelines.nlp.syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sidelines.extractors.actors.countries import CountryLookup

# A modifier that names a patron, not the group's own country ("Syrian-backed militia").
PATRON_WORDS = re.compile(r"(?:-backed|-supported|-sponsored|-allied|^pro-|^anti-)", re.IGNORECASE)
# A state's own armed forces and police: named bare in a state's report ("said troops would withdraw"),
# they are that state's (rebels, militants or gunmen are not).
STATE_FORCES = frozenset({"troop", "soldier", "army", "military", "navy", "police", "policeman", "force"})
# An unmarked proper noun before a group noun is read as a place only when the gazetteer knows it as a town
# of this many people or as a first-level region: a village or a county shares too many names with people.
PLACE_WORD_POPULATION = 100_000
PLACE_WORD_FEATURES = ("PPL", "ADM1")


def reporter(head: "Token") -> "Token | None":
    """The subject that reports what a group of "its"/"their" did ("Israel said its troops withdrew",
    "spokesmen for the Kenyan army said their forces killed ..."), or what plain state forces did ("the
    minister said troops would withdraw"): the group, subject of the reported clause, is the reporter's own."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ccomp":
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
    if not owned and not (lemma_of(head) in STATE_FORCES and all(
            c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)):
        return None
    return next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)


def reporters_country(head: "Token", lookup: CountryLookup) -> str | None:
    """The country of the reporter of a group's act (:func:`reporter`), if it has one."""
    found = reporter(head)
    return lookup.of_tokens(list(found.subtree)) if found is not None else None


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


def place_word_country(head: "Token", covered: "set[int]") -> str | None:
    """The country of a town or region the tagger left unmarked that names a group before its noun ("Kharkiv
    officials", "Goma residents"): a capitalised word no entity covers, not opening the sentence unless the
    tagger calls it a proper noun, which the gazetteer knows by that very name (no alias) only as large places
    (:data:`PLACE_WORD_POPULATION`, a town or a first-level region) of one country."""
    from sidelines.gazetteer.index import get_gazetteer

    for child in head.lefts:
        if child.dep_ != "compound" or child.ent_type_ or child.i in covered or not (
                child.is_alpha and child.text[:1].isupper() and not child.is_upper):
            continue
        if child.pos_ != "PROPN" and (child.pos_ not in ("NOUN", "ADJ") or child.is_sent_start):
            continue  # a capitalised common noun opening the sentence ("Coast guards") is no name
        places = [p for p in get_gazetteer().lookup(child.text) if not p.alias
                  and p.population >= PLACE_WORD_POPULATION and p.feature.startswith(PLACE_WORD_FEATURES)]
        countries = {p.country for p in places}
        if len(countries) == 1:
            return countries.pop()
    return None
