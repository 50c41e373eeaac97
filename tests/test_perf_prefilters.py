"""The shortcuts that spare the extractors work give what the slower reading gave (made-up text)."""

from __future__ import annotations

import re

from sidelines.extractors.actors.groups import GROUP_NOUNS, PLURAL_ONLY, ROLE_GROUP_NOUNS, side_words
from sidelines.extractors.entities.recall import literal_matches
from sidelines.extractors.events.aimed_words import HOSTILE_WORDS
from sidelines.extractors.events.appointments import appointee_nouns
from sidelines.extractors.events.stance_triggers import QUITTING_LEMMAS, trigger_noun_lemmas
from sidelines.lexicon import plover
from sidelines.lexicon import stances as st
from sidelines.lexicon.titles import RELATIONS, TITLE_HEADS, occupations


def _regex_matches(text: str, forms: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    return [m.span() for m in pattern.finditer(text)]


def test_literal_matches_are_those_of_the_longest_first_alternation():
    text = ("Mara Quill met Quill Harbour officials. QUILL later said Mara Quill's plan for Quill Harbour "
            "stands; Quillson disagreed.")
    forms = ["Mara Quill", "Quill", "MARA QUILL", "QUILL", "Quill Harbour", "QUILL HARBOUR", "Harbour"]
    assert literal_matches(text, forms) == _regex_matches(text, forms)
    assert literal_matches(text, forms)[0] == (0, len("Mara Quill"))


def test_literal_matches_overlapping_and_repeated_forms():
    text = "aaaa abab ababab ab"
    forms = ["aa", "aaa", "ab", "abab", "bab"]
    assert literal_matches(text, forms) == _regex_matches(text, forms)
    assert literal_matches("", forms) == [] and literal_matches(text, []) == []


def test_noun_trigger_lemmas_hold_every_noun_lexicon():
    lemmas = trigger_noun_lemmas()
    assert set(plover.NOUN_TRIGGERS) <= lemmas and plover.GENERIC_EVENT_NOUNS <= lemmas
    assert {noun for _, noun in plover.NOUN_MODIFIER_TRIGGERS} <= lemmas
    assert st.STANCE_NOUNS <= lemmas and HOSTILE_WORDS <= lemmas and appointee_nouns() <= lemmas


def test_quitting_lemmas_and_side_words_hold_their_lexicons():
    assert st.QUITTING_VERBS <= QUITTING_LEMMAS and {v for v, _ in st.QUITTING_PHRASALS} <= QUITTING_LEMMAS
    words = side_words()
    assert set(GROUP_NOUNS) <= words and set(ROLE_GROUP_NOUNS) <= words and PLURAL_ONLY <= words
    assert RELATIONS <= words and TITLE_HEADS <= words and occupations() <= words
