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


class _Unscanned:
    """A pattern that must not be run over the text."""

    def finditer(self, text: str, *args: object) -> None:
        raise AssertionError("scanned a text that cannot hold a match")


_RELAY_TEXT = (
    "Harbour council backs new ferry budget\n"
    "The Lindqvar council approved the ferry budget on Monday, according to the Norrvik Gazette.\n"
    "Members voted seven to two after a long debate.\n"
    "The mayor thanked the members.\n"
    "Residents had asked for more sailings, the Tessel Herald reported last year, citing the Orvik Post.\n"
)


def test_source_chain_reads_no_relay_below_the_top(monkeypatch):
    from sidelines.content import source_chain

    read: list[str] = []
    clean = source_chain.clean_source

    def spy(raw: str) -> str | None:
        read.append(raw)
        return clean(raw)

    monkeypatch.setattr(source_chain, "clean_source", spy)
    chain = source_chain.find_source_chain(_RELAY_TEXT)
    assert chain.attributed_to == ["Norrvik Gazette"]
    assert not any("Herald" in r or "Post" in r for r in read)  # cited below the top: not read at all


def test_source_chain_skips_the_self_patterns_without_their_verbs(monkeypatch):
    from sidelines.content import source_chain

    expected = source_chain.find_source_chain(_RELAY_TEXT).attributed_to
    monkeypatch.setattr(source_chain, "SELF_RELAY", _Unscanned())
    monkeypatch.setattr(source_chain, "SELF_CLAIM", _Unscanned())
    text = _RELAY_TEXT.replace("reported", "wrote")  # no "X reports per", "X has learned", "X reports."
    assert source_chain.find_source_chain(text).attributed_to == expected


def test_place_word_prefixes_admit_every_lookup_that_finds_a_country():
    from sidelines.extractors.entities.recall import _may_start_place
    from sidelines.lexicon import countries

    prefixes = countries.place_word_prefixes()
    # Every name, capital and seat of the lexicon (and each acronym) starts with a word the prefilter admits.
    for country in countries.all_countries():
        for form in (*country.names, *country.capitals, *country.seats):
            first = form.split()[0]
            assert _may_start_place(first, prefixes), form
    name = countries.all_countries()[0].name.split()[0]
    for word in ("The", "THE", f"{name}'s", f"{name}’s", f"{name}'"):
        assert _may_start_place(word, prefixes), word  # a leading article, a possessive the lookups strip
    # Words that begin no country's name, capital or seat are skipped: the lookups would find nothing.
    for word in ("Zqxv", "Bilberrywick", "Mrs."):
        assert not _may_start_place(word, prefixes)
        assert countries.country_by_name(word) is None and countries.country_by_capital(word) is None


def test_known_group_pattern_finds_what_the_plain_alternation_found():
    from sidelines.extractors.actors.known import _named_spans, _written_names

    found = _written_names()
    assert found is not None
    pattern, names = found
    plain = re.compile(pattern.pattern.replace(pattern.pattern[pattern.pattern.index("(?=["):
                                                               pattern.pattern.index("])") + 2], ""))
    assert "(?=[" not in plain.pattern
    listed = sorted(names, key=len)[:3]
    text = " ".join(f"Zed said {name} and x{name} and {name}s met; ({name})." for name in listed)
    assert _named_spans(text) == [(m.start(), m.end(), names[m.group()]) for m in plain.finditer(text)]
    assert len(_named_spans(text)) >= len(listed)
