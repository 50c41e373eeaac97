"""Titles the prenominal and clause readers missed: joined by "and" to the title before a name, in brackets
before a name, a plural title a name is an example of ("economists, including X"), a title after a comma the
parser hangs from it, and "since becoming the nominee" said of the subject above."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, title", [
    ("The award went to singer and songwriter Lena Marsh on Friday.", "Lena Marsh", "singer"),
    ("Farm lobbyist and longtime activist Rita Ames criticized the bill.", "Rita Ames", "lobbyist"),
    ("Last night, CNN anchor and veteran reporter Jo Pratt hosted the debate.", "Jo Pratt", "anchor"),
])
def test_a_title_joined_to_the_title_before_a_name_is_a_role(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert title in [t.lower() for t in titles[name]], titles


@pytest.mark.parametrize("text, name, title", [
    ("Her lawyer and spokesman Carl Dunne declined to comment.", "Carl Dunne", "lawyer"),
    ("Trump picked him as running mate and Senator Karen Walsh said nothing.", "Karen Walsh", "running mate"),
    ("Voters wanted a new governor and Senator Karen Walsh agreed.", "Karen Walsh", "governor"),
    ("Gomez stayed on as coach and assistant Karen Walsh left.", "Karen Walsh", "coach"),
])
def test_a_title_before_and_that_may_be_someone_elses_is_left_out(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert title not in titles[name], titles


@pytest.mark.parametrize("text, name, title", [
    ('"Both Mara Quill and (Ohio Sen.) Dale Brandt want this," the voter said.', "Dale Brandt", "Senator"),
    ('"I trust (Gov.) Nora Pell more than anyone," she said.', "Nora Pell", "Governor"),
])
def test_a_title_in_brackets_before_a_name_is_a_role(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert title in titles[name], titles


@pytest.mark.parametrize("text, name, title", [
    ("Several economists, including Nora Blaise and Tom Ruddle, warned against the tariff.", "Tom Ruddle",
     "economist"),
    ("The bill was opposed by senators such as Ada Finch, who called it reckless.", "Ada Finch", "senator"),
])
def test_a_name_given_as_an_example_of_a_plural_title_holds_it(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert title in titles[name], titles


def test_an_example_of_a_plural_noun_that_is_no_title_takes_nothing(role_titles_of):
    assert role_titles_of("He met with voters, including Sam Crew, at the diner.")["Sam Crew"] == []


def test_a_title_before_a_comma_and_a_name_is_found_when_the_comma_hangs_from_the_title():
    import spacy
    from spacy.tokens import Doc

    from sidelines.extractors.entities.title_words import title_before_comma

    words = ["Hartley", "and", "her", "future", "secretary", "of", "state", ",", "Gordon", "Vail", ",", "spoke", "."]
    heads = [11, 0, 4, 4, 0, 4, 5, 4, 9, 0, 0, 11, 11]
    deps = ["nsubj", "cc", "poss", "amod", "conj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT",
            "punct"]
    pos = ["PROPN", "CCONJ", "PRON", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNP", "CC", "PRP$", "JJ", "NN", "IN", "NN", ",", "NNP", "NNP", ",", "VBD", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    head = title_before_comma(doc, 8, 10)
    assert head is not None and head.text == "secretary"


@pytest.mark.parametrize("text, name, title", [
    ("Karen Walsh spoke to the Riverside Teachers Union, her first rally since becoming the presumptive nominee "
     "last week.", "Karen Walsh", "presumptive nominee"),
    ("After becoming mayor in 2011, Karen Walsh cut the city budget.", "Karen Walsh", "mayor"),
])
def test_becoming_a_title_in_a_clause_of_no_subject_gives_it_to_the_subject_above(role_titles_of, text, name, title):
    titles = role_titles_of(text)
    assert title in titles[name], titles


def test_hoping_to_become_a_title_gives_none(role_titles_of):
    assert role_titles_of("Karen Walsh hopes to become mayor next year.")["Karen Walsh"] == []


@pytest.mark.parametrize("text, name, other, title", [
    ("Governor Dale Brandt congratulated Mara Quill on becoming mayor.", "Mara Quill", "Dale Brandt", "mayor"),
    ("Dale Brandt thanked his sister Mara Quill for becoming his campaign manager.", "Mara Quill", "Dale Brandt",
     "campaign manager"),
])
def test_becoming_a_title_after_the_object_of_a_verb_gives_it_to_the_object(role_titles_of, text, name, other, title):
    titles = role_titles_of(text)
    assert title in titles[name] and title not in titles[other], titles


@pytest.mark.parametrize("text, name", [
    ("Dale Brandt thanked the county for becoming the host of next year's fair.", "Dale Brandt"),
    ("Dale Brandt praised the museum for becoming a champion of local artists.", "Dale Brandt"),
])
def test_becoming_a_title_after_an_object_that_is_no_person_gives_none(role_titles_of, text, name):
    titles = role_titles_of(text)
    assert not any(t.endswith(("host", "champion")) for t in titles[name]), titles


def test_becoming_a_title_in_a_clause_of_time_after_an_object_is_the_subjects(role_titles_of):
    titles = role_titles_of("Dale Brandt met Mara Quill shortly after becoming president.")
    assert "president" in titles["Dale Brandt"] and "president" not in titles["Mara Quill"], titles


def test_a_capitalised_title_joined_by_and_to_the_title_before_a_name_is_a_role(role_titles_of):
    titles = role_titles_of("Senator and former pilot Mara Quill spoke at the dinner on Monday.")
    assert "Senator" in titles["Mara Quill"] and any(t.endswith("pilot") for t in titles["Mara Quill"]), titles


def test_an_organisation_read_before_a_joined_title_is_kept(nlp):
    # Only the person is given as a name: the unlabelled proper name before the first title is an organisation.
    from sidelines.extractors.entities import build_entities
    from sidelines.extractors.entities.names import NameMention

    text = "Last week, Brellstone director and board member Tom Reyes quit the firm."
    parsed = nlp(text)
    span = parsed.char_span(text.index("Tom"), text.index(" quit"))
    person = NameMention(span.start_char, span.end_char, "PERSON", span.start, span.end)
    entities = build_entities(text, parsed, [person])
    assert [e.name for e in entities if e.type == "ORG"] == ["Brellstone"], entities
    (reyes,) = [e for e in entities if e.type == "PERSON"]
    assert ("director", "Brellstone") in [(r.title, r.affiliation) for r in reyes.roles], reyes.roles
