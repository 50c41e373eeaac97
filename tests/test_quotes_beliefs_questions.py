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
    ('Reporter Anna Berg asked Ostrova if she would sell "the old ferry" before winter.',
     "she would sell"),
    ('The presenter Marta Kowal asked Berg whether the pier was "simply unsafe" after the storm.',
     "the pier was"),
])
def test_a_question_put_with_quoted_words_is_a_stance(kinds_of, text, content):
    """A question put with a few quoted words in it (a mixed quote) still asks; it states nothing."""
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


@pytest.mark.parametrize("text, content, speaker", [
    ("The harbour minister said the government have no plans to raise the ferry fares.",
     "the government have no plans", "The harbour minister"),
    ("The coach said the team play better on their own pitch.", "the team play better", "The coach"),
    ("Lena Ostrova said that the staff work long hours at the northern pier.", "the staff work long hours",
     "Lena Ostrova"),
    ("Lena Ostrova said the police want to question Marek Halloran.", "the police want to question",
     "Lena Ostrova"),
    ("Lena Ostrova warned that the public expect results from the tunnel board.", "the public expect results",
     "Lena Ostrova"),
    ("Mayor Lena Ostrova noted that the island spend less than its neighbours on the harbour.",
     "the island spend less", "Lena Ostrova"),
    ("Tomas Berg said that the United States remain committed to the harbour treaty.",
     "the United States remain committed", "Tomas Berg"),
])
def test_a_bare_verb_under_a_plain_report_stays_a_statement(extract, text, content, speaker):
    """Review (round 2): the subjunctive reading only under a verb of demand, proposal or necessity; a
    collective or plural subject with a bare verb under "said" is a plain present tense."""
    found = [(q.kind, q.speaker_mention.text if q.speaker_mention else None)
             for q in extract(text).quotes if content in q.content.text]
    assert len(found) == 1 and found[0][0] == "statement" and speaker in (found[0][1] or "")


@pytest.mark.parametrize("text, content", [
    ("The union asked that the board publish the tunnel contract.", "the board publish"),
    ("Berg said it is essential that the ferry be kept running through the winter.", "the ferry be kept"),
])
def test_a_subjunctive_under_a_demand_or_a_necessity_is_a_stance(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["stance"]


@pytest.mark.parametrize("text", [
    "Berg backs the tunnel.\n\nDUNMERE ― This spring, as she was becoming chair of the harbour board, Lena Ostrova"
    " told friends that the mayor knew all about the tunnel costs.",
    "Ostrova in Dunmere.\n\nDUNMERE ― Last winter, as he was becoming head of the ferry union, Tomas Berg told"
    " reporters that the council had hidden the costs.",
])
def test_a_dash_read_as_a_verb_reports_no_clause(kinds_of, text):
    """A dateline's dash the tagger reads as a verb is no clause the cue reports (rule "clause")."""
    assert [c for k, c in kinds_of(text) if k == "statement" and "becoming" in c] == []


@pytest.mark.parametrize("text, content", [
    ("Councillor Brita Vang replied to allegations that she had hidden the harbour accounts.",
     "she had hidden the harbour accounts"),
    ("Mayor Hallvard Strom responded to reports that the ferry would be sold.", "the ferry would be sold"),
])
def test_a_claim_the_speaker_answers_is_no_statement(kinds_of, text, content):
    """ "responded to accusations that ...": the clause of a noun of claim the cue answers is others' claim."""
    assert [k for k, c in kinds_of(text) if content in c and k == "statement"] == []


@pytest.mark.parametrize("text, content", [
    ("Morland responded to the allegations by saying that she had never seen the contract.",
     "she had never seen the contract"),
    ("Edda Morland said the claim that the tunnel was unsafe was false.", "the claim that the tunnel was unsafe"),
])
def test_what_the_speaker_says_of_a_claim_stays_a_statement(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


@pytest.mark.parametrize("text, content", [
    ("The harbour inspectors wrote in a report that the pier was unsafe.", "the pier was unsafe"),
    ("Olle Dahl told the tribunal in a written claim that the lease was invalid.", "the lease was invalid"),
])
def test_a_claim_noun_that_is_the_speakers_medium_leaves_a_statement(kinds_of, text, content):
    """ "wrote in a report that ...": a report or claim the speaker makes the statement in (a preposition of
    the medium, not one that answers) is the speaker's own statement."""
    assert [k for k, c in kinds_of(text) if content in c] == ["statement"]


def test_an_answered_claim_records_its_rule(extract):
    """The stance of an answered claim says in its explanation which rule made it."""
    text = "Mayor Hallvard Strom responded to rumours that the ferry would be sold."
    found = [q for q in extract(text).quotes if "the ferry would be sold" in q.content.text]
    assert [q.kind for q in found] == ["stance"]
    assert "answered claim" in found[0].explanation.decisions.get("kind", "")
