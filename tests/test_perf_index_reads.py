"""Readings by token index (the second speed pass) give what the token-by-token reading gave (made-up text)."""

from __future__ import annotations

from sidelines.extractors.entities.descriptions import HEAD_TOKENS, PERSON_HEADS
from sidelines.extractors.entities.names import NameMention, mention_root, token_positions
from sidelines.nlp.analysis import analysis_of

TEXT = ("Harbour chief Lena Vosk met the front-runner in Tarrow on Monday.\n"
        "The harbour chief said the talks would go on; Vosk and the mayor of Tarrow agreed.\n")


def test_whitespace_list_matches_spacy(nlp) -> None:
    parsed = nlp(TEXT)
    assert analysis_of(parsed).spaces == [t.whitespace_ for t in parsed]


def test_token_positions_match_a_scan(nlp) -> None:
    parsed = nlp(TEXT)
    for words in (frozenset({"chief", "tarrow"}), frozenset({"the", "and", "nowhere"}), frozenset()):
        assert token_positions(parsed, words) == [t.i for t in parsed if t.lower_ in words]


def test_mention_root_matches_the_parse_and_is_kept(nlp) -> None:
    parsed = nlp(TEXT)
    for i in range(len(parsed) - 2):
        for j in (i + 1, i + 2, i + 3):
            m = NameMention(parsed[i].idx, parsed[j - 1].idx + len(parsed[j - 1]), "PERSON", i, j)
            plain = next((t for t in parsed[i:j] if not i <= t.head.i < j or t.head.i == t.i), parsed[j - 1])
            assert mention_root(parsed, m).i == plain.i
            assert mention_root(parsed, m) is mention_root(parsed, m)


def test_head_tokens_hold_every_part_of_a_hyphenated_head() -> None:
    hyphenated = [h for h in PERSON_HEADS if "-" in h]
    assert hyphenated
    for head in hyphenated:
        parts = head.split("-")
        for k in range(1, len(parts)):
            assert "-".join(parts[:k]) in HEAD_TOKENS and "-".join(parts[k:]) in HEAD_TOKENS
    assert PERSON_HEADS <= HEAD_TOKENS
