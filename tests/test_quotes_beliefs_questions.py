"""A belief held and a question put are kept as quotes of kind "stance", never as statements (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content", [
    ("Mayor Lena Ostrova thought the ferry fares were too high for the island's pensioners.",
     "the ferry fares were too high for the island's pensioners"),
    ("Harbour master Tomas Berg knew the northern pier would not survive another winter.",
     "the northern pier would not survive another winter"),
    ("Councillor Ivan Petrov felt the budget gave too little to the schools of Dunmere.",
     "the budget gave too little to the schools of Dunmere"),
])
def test_a_belief_held_is_a_stance_not_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ("Reporter Anna Berg asked Mayor Lena Ostrova if she would cut the ferry subsidy.",
     "she would cut the ferry subsidy"),
    ("The presenter Marta Kowal asked Ostrova if the tunnel would open before the election.",
     "the tunnel would open before the election"),
])
def test_a_question_put_is_a_stance_not_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ("Mayor Lena Ostrova said the ferry fares were too high for the island's pensioners.",
     "the ferry fares were too high for the island's pensioners"),
    ('"The tunnel will open in May," Mayor Lena Ostrova told the presenter.', "The tunnel will open in May,"),
])
def test_what_is_said_stays_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]




@pytest.mark.parametrize("text", [
    "Letters to the editor\n\nRemember the promises about the Dunmere harbour tunnel before you vote!",
    "Letters to the editor\n\nNote that the ferry to Kessholm has become too expensive for pensioners.",
])
def test_an_appeal_to_the_reader_is_no_ones_statement(kinds_of, text):
    assert [c for k, c in kinds_of(text) if k == "statement"] == []


@pytest.mark.parametrize("text, content", [
    ("The committee recommended that the mayor resign before the election.", "the mayor resign"),
    ("Critics demanded that the council publish the tunnel contract.", "the council publish"),
    ("Berg insisted that the ferry be kept running through the winter.", "the ferry be kept"),
    ("During a debate in 1980, Petrov recommended that she retire from politics.", "she retire from politics"),
])
def test_a_clause_in_the_subjunctive_is_a_request_not_a_statement(kinds_of, text, content):
    """Issue 12: "recommended that she retire": a bare verb after its subject (the mandative subjunctive)
    asks for something to be done, it states nothing."""
    assert [k for k, c in kinds_of(text) if content in c] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ("Ostrova said the councillors resign far too often.", "the councillors resign far too often"),
    ("Berg said that the ferry is kept running through the winter.", "the ferry is kept running"),
])
def test_a_clause_in_the_indicative_stays_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


@pytest.mark.parametrize("text, content", [
    ("There's no denying the ferry company has had a hard year.", "the ferry company has had a hard year"),
    ("This story was corrected to say that the tunnel opens in May.", "the tunnel opens in May"),
])
def test_the_writers_own_assertion_or_note_is_no_statement(kinds_of, text, content):
    """Issue 12: "There's no denying ..." and an editor's note of "this article" are the story's own voice."""
    assert [k for k, c in kinds_of(text) if content in c] == ["writer"]


def test_a_named_report_stays_its_authors_statement(kinds_of):
    text = "The harbour board published a report on Monday. The report says that the northern pier is unsafe."
    assert [k for k, c in kinds_of(text) if "the northern pier is unsafe" in c] == ["statement"]
