"""Quoted labels, scare words and nested marks are no one's words (made-up sentences)."""

from __future__ import annotations

import pytest

from sidelines.extractors.quotes.marks import find_regions


def _statements(extract, text: str) -> list[str]:
    return [q.content.text.strip(" ,.“”\"") for q in extract(text).quotes if q.kind == "statement"]


@pytest.mark.parametrize("text, label", [
    ("Critics say the so-called “reform” will cost the county millions.", "reform"),
    ("The senator, dubbed “the Iron Lady of Bergen” by the press, announced her retirement.",
     "the Iron Lady of Bergen"),
    ("The group, which calls itself “the real opposition,” held a rally on Saturday.", "the real opposition"),
    ('He described himself as a "democratic socialist."', "democratic socialist"),
    ('Lind said the "reformers" in her party had lost touch.', "reformers"),
    ("Berg said the network had botched its coverage of the “election.”", "election"),
    ("Aides said many names on the senator's “list” were undecided.", "list"),
])
def test_a_label_or_scare_word_is_no_quote(extract, text, label):
    assert all(label not in c or len(label) < 0.5 * len(c) for c in _statements(extract, text)), \
        _statements(extract, text)


@pytest.mark.parametrize("text, words", [
    ("Berg said the decision was a “mistake.”", "mistake"),
    ("The governor called the plan “a giveaway to the rich,” and vowed to fight it.", "a giveaway to the rich"),
    ("Ostrova said the plan was “unworkable.”", "unworkable"),
    ('Analysts have labeled the plan "a tax on savers."', "a tax on savers"),
    ("Berg accused Lind of trying to “debase” the currency.", "debase"),
])
def test_words_someone_said_stay_quotes(extract, text, words):
    assert any(words in c for c in _statements(extract, text)), _statements(extract, text)


def test_curly_marks_inside_an_open_quotation_nest():
    text = "Berg noted that “many of the names on the “shortlist” are still undecided,” and left."
    assert [text[r.start:r.end] for r in find_regions(text)] == [
        "many of the names on the “shortlist” are still undecided,"]


def test_a_closing_mark_typed_as_an_opening_one_does_not_nest():
    text = "“We won,“ she said. “Next we fight” and the mayor said “no.”"
    assert [text[r.start:r.end] for r in find_regions(text)] == ["We won,", "Next we fight", "no."]


def test_two_quotations_in_one_clause_are_quotes_of_their_own(extract):
    text = ("Berg noted that “many of the delegates are firmly undecided or back other candidates on the list” and "
            "that, “We’re confident.”")
    said = _statements(extract, text)
    assert "We’re confident" in said and any(c.startswith("many of the delegates") for c in said), said


@pytest.mark.parametrize("text, label", [
    ("Boasting 90,000 residents, with its capital in Dunmere, called the “Gateway of the North” by the locals, "
     "the county leans right, according to a survey.", "Gateway of the North"),
    ("Lind has done well in college towns, including Harwick and \"the little republic of Vell,\" home to two "
     "universities.", "the little republic of Vell"),
])
def test_a_passive_name_or_an_uncued_lower_case_label_is_no_quote(extract, text, label):
    assert all(label not in c for c in _statements(extract, text)), _statements(extract, text)


def test_an_uncued_sentence_in_marks_stays_a_quote(extract):
    text = "Berg spoke for an hour.\n\nWhen he finished, “we will not back down,” the crowd chanted."
    assert any("we will not back down" in c for c in _statements(extract, text)), _statements(extract, text)


@pytest.mark.parametrize("text, label", [
    ("Lind said voters would find it hard to accept Berg's self-description of being a \"radical centrist.\"",
     "radical centrist"),
    ("Berg said the campaign's slogan, “jobs first,” had worn thin.", "jobs first"),
    ("Lind said the label “moderate” no longer fit her.", "moderate"),
])
def test_words_after_a_noun_of_labels_are_no_quote(extract, text, label):
    assert all(label not in c or len(label) < 0.5 * len(c) for c in _statements(extract, text)), \
        _statements(extract, text)


def test_a_verb_of_labelling_with_its_subject_keeps_the_quote(extract):
    text = "The mayor labeled “a man who never paid his own bills” lost the runoff."
    assert any("a man who never paid his own bills" in c for c in _statements(extract, text)), \
        _statements(extract, text)


@pytest.mark.parametrize("text, words", [
    ("In her second term, “we fixed the bridges,” Oyelaran told supporters.", "we fixed the bridges"),
    ("Asked about his record label, “I signed every band myself,” Brandt told the panel.", "I signed every band myself"),
])
def test_a_term_of_office_or_a_record_label_is_no_label_noun(extract, text, words):
    assert words in [q.strip(" ,.") for q in _statements(extract, text)], _statements(extract, text)
