"""Sentence boundaries the pipeline forces before the parser (made-up text)."""

from __future__ import annotations

import pytest

from sidelines.api import extract_one
from sidelines.nlp.engine import SENTENCES_TAG, model_id

# One paragraph a line, as many wire feeds and pasted articles come: the parser alone read the
# second line as part of the first sentence, so the delegation frame of line two never fired.
LINES = (
    "The Japanese delegation included Foreign Minister Hiroshi Tanabe and Deputy Chief Cabinet Secretary Daisuke Mori.\n"
    "Brazil was represented by Foreign Minister Paulo Ribeiro and Mines and Energy Minister Carla Mendes.\n"
)


def _starts(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_line_after_a_full_stop_starts_a_sentence(nlp):
    sents = _starts(nlp, LINES)
    assert len(sents) == 2
    assert sents[1].startswith("Brazil was represented")


@pytest.mark.parametrize(
    "text",
    [
        'The minister left early. "We will return."\nOfficials said the talks would resume.',
        "Why now?\nThe council gave no answer on Monday.",
        "The vote failed!\nSupporters gathered outside the hall.",
        "The envoy arrived (late).\nHe met the mayor.",
    ],
)
def test_a_line_after_an_ending_mark_or_its_closing_quote_starts_a_sentence(nlp, text):
    last_line = text.rsplit("\n", 1)[1]
    assert _starts(nlp, text)[-1] == last_line


@pytest.mark.parametrize(
    "text",
    [
        # Hard-wrapped text: a line break inside a sentence keeps the sentence whole.
        "The governor said on Tuesday that the\nbudget would be cut by a tenth.",
        # An abbreviation at a line's end is no sentence end.
        "The letter was signed by Mr.\nHarlan Voss and two aides.",
        # A comma before a closing quote at a line's end leaves the sentence open.
        '"We will not wait,"\nthe mayor said.',
    ],
)
def test_a_line_break_inside_a_sentence_does_not_split_it(nlp, text):
    assert len(_starts(nlp, text)) == 1


def test_the_delegation_of_a_paragraph_on_its_own_line_gives_its_country():
    record = extract_one(LINES)
    countries = {e.name: e.country for e in record.entities if e.type == "PERSON"}
    assert countries["Hiroshi Tanabe"] == "JPN"
    assert countries["Paulo Ribeiro"] == "BRA"
    assert countries["Carla Mendes"] == "BRA"


def test_the_pipeline_id_marks_the_sentence_rules(nlp):
    assert model_id(nlp).endswith(f"+{SENTENCES_TAG}")
