"""The derived trigger lexicon keeps the CAMEO dictionaries' phrasal verbs.

A multi-word verb form ("+RULE_OUT") listed without a code of its own in a verb block coded ``---``
takes the reading of the block's patterns the dictionaries say came from that form, when at least 70%
of them agree on one type; its block's patterns belong to the phrasal verb, not to the
bare verb ("rule" is no refusal). Sentences are written for these tests; nothing needs ../shared.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sidelines.eventtype import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import build_trigger_lexicon as builder  # noqa: E402


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_phrasal_verb_of_a_no_code_block_takes_its_blocks_reading(nlp, lexicon):
    doc = nlp("The finance minister ruled out new talks with the unions.")
    match = lexicon.match(token(doc, "ruled"))
    assert match is not None and match.level == "phrase"
    assert match.top()[0] == "REJECT"


def test_the_bare_verb_keeps_its_own_reading(nlp, lexicon):
    doc = nlp("The old king ruled the country for forty years.")
    match = lexicon.match(token(doc, "ruled"))
    assert match is None or match.top()[0] != "REJECT"


def test_a_no_code_blocks_patterns_are_not_the_bare_verbs():
    # "+RULE_OUT" sits in a block of refusals: "rule" alone is not one of its verbs.
    lex = load_lexicon()
    names = {lex.blocks[i]["name"] for i in lex.verb_entry("rule")["blocks"]}
    assert "REFUSE" not in names
    assert "REFUSE" in {lex.blocks[i]["name"] for i in lex.verb_entry("refuse")["blocks"]}


def test_an_undecided_block_gives_its_phrasal_no_reading(nlp, lexicon):
    # A block whose patterns split between no event and an attack decides nothing: the explicit
    # no-event pattern of the phrasal stands ("struck down the fence" is no attack).
    assert lexicon.is_null_phrasal("strike", "down")
    doc = nlp("The storm struck down the old fence.")
    match = lexicon.match(token(doc, "struck"))
    assert match is None or match.top()[0] != "ASSAULT"


def test_attributed_patterns_name_the_phrasal_form():
    def lemma(word: str, pos: str) -> str:
        return {"ruled": "rule", "denied": "deny"}.get(word.lower(), word.lower())

    assert builder.names_form("RULED_OUT", "rule", ["OUT"], lemma)
    assert not builder.names_form("DENY", "rule", ["OUT"], lemma)
    assert not builder.names_form("RULED", "rule", ["OUT"], lemma)


def test_a_prefixed_form_is_one_verb():
    assert builder.verb_words("RE_+ADMIT") == ["READMIT"]
    assert builder.verb_words("+RULE_OUT") == ["RULE", "OUT"]
    assert builder.verb_words("REFUSE") == ["REFUSE"]


def test_a_verb_line_is_read_as_the_base_form_it_is(lexicon):
    # "WOUND" (injure) is not the past of "wind", nor "FOUND" (establish) the past of "find".
    assert lexicon.lemma_match("wound", "VERB").top()[0] == "ASSAULT"
    wind = lexicon.lemma_match("wind", "VERB")
    assert wind is None or wind.top()[0] != "ASSAULT"
    assert lexicon.verb_entry("found") is not None


def test_a_phrase_whose_patterns_disagree_takes_no_reading_of_its_own(lexicon):
    # The patterns written for "carry out" split between attacks, inquiries and cooperation.
    assert "prt:out" not in lexicon.verb_entry("carry").get("phrases", {})
    assert "prt:out" in lexicon.verb_entry("carry").get("phrase_blocks", {})


def test_a_no_event_phrasal_of_a_moved_block_stays_no_event(lexicon):
    # "give out" [---] is coded with the phrasal block of "give up": still no event, as the patterns say.
    assert lexicon.is_null_phrasal("give", "out")
