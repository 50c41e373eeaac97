"""A reported clause read in two by the parser, and a relative clause left as it is (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content", [
    ("Tomas Berg says the woman accused of stealing two boats from the harbour never harmed anyone.",
     "the woman accused of stealing two boats from the harbour never harmed anyone"),
    ("Anna Petrov said the man charged with burning the old ferry was a quiet neighbour.",
     "the man charged with burning the old ferry was a quiet neighbour"),
])
def test_a_subject_with_a_participle_stays_in_its_clause(extract, text, content):
    """ "says the woman accused of X is Y": the participle's phrase is the subject of "is", one content."""
    assert [q.content.text for q in extract(text).quotes] == [content]


@pytest.mark.parametrize("text, content", [
    ("The harbour board misplaced a letter that the governor said was written by her own staff.",
     "was written by her own staff"),
])
def test_a_clause_whose_subject_is_a_relative_stays_the_content(extract, text, content):
    """ "the letter that the governor said was written ...": the clause after the cue is the content (as
    PolNeAR marks it), not merged with anything."""
    assert [q.content.text for q in extract(text).quotes] == [content]


def test_a_relative_clause_with_its_own_subject_is_kept(extract):
    found = extract("The mayor thanked the auditor, who said the ferries ran late all winter.").quotes
    assert [q.content.text for q in found] == ["the ferries ran late all winter"]


@pytest.mark.parametrize("text, first", [
    ("The harbour master said the pier collapsed, noted that the tide was high.", "the pier collapsed"),
    ("The warden said the bridge held, insisted the river was falling.", "the bridge held"),
    ("A spokeswoman said the mill closed, confirmed that forty jobs were lost.", "the mill closed"),
])
def test_a_second_cue_with_its_own_clause_is_not_glued_on(extract, text, first):
    """ "said X happened, added that Y": the verb after the comma reports a clause of its own; it is no
    tail of the first clause."""
    contents = [q.content.text for q in extract(text).quotes]
    assert contents[0] == first
    assert not any(first in c and c != first for c in contents)


@pytest.mark.parametrize("text, fragment", [
    ("It was, fire chief Olle Dahl said, a terrible mistake.", "It was"),
    ("Mostly it was, according to fire chief Olle Dahl, the old wiring in the attic that failed.",
     "Mostly it was"),
    ("The council has, according to clerk Mia Lund, approved the budget.", "The council has"),
])
def test_a_piece_that_stops_at_a_bare_copula_is_no_quote(extract, text, fragment):
    """ "It was, he said, a mistake": the words before the cue stop at a copula or an auxiliary whose
    complement lies beyond the cue; they say nothing on their own."""
    assert fragment not in [q.content.text for q in extract(text).quotes]


@pytest.mark.parametrize("text, content", [
    ("Under the plan, Mayor Ivo Sandberg said, the port will reopen in May.", "the port will reopen in May"),
    ("The storm was the worst in years, Mayor Ivo Sandberg said, and the repairs will take months.",
     "The storm was the worst in years"),
    ("The fire started in the kitchen, according to chief Olle Dahl.", "The fire started in the kitchen"),
])
def test_a_whole_piece_around_its_cue_stays(extract, text, content):
    assert content in [q.content.text for q in extract(text).quotes]


@pytest.mark.parametrize("text, tail", [
    ("The ferry was late, harbour master Ines Falk said, and it still is.", "it still is"),
    ("The roads were icy, ranger Pia Holm said, and they still are.", "they still are"),
])
def test_an_elliptic_piece_after_its_cue_stays(extract, text, tail):
    """ "X was late, she said, and it still is": only the piece before the cue can stop short of a
    complement beyond it; one after the cue that ends at an auxiliary is elliptic and still said."""
    assert any(tail in q.content.text for q in extract(text).quotes)


@pytest.mark.parametrize("text, intro", [
    ("The irony is plain: the Tide Gazette reported that the pier had collapsed.", "The irony is plain"),
    ("Here is the odd part: on Monday the Daily Ledger reported that Mayor Vera Lund had resigned.",
     "Here is the odd part"),
])
def test_the_words_before_a_colon_are_no_clause_of_a_cue_after_it(extract, text, intro):
    """What a colon ends introduces what follows it; a cue after the colon does not report it."""
    assert intro not in [q.content.text for q in extract(text).quotes]


def test_a_clause_that_holds_its_colon_stays_whole(extract):
    text = "The facts are simple: the port lost money, auditor Olle Dahl said on Tuesday."
    assert "The facts are simple: the port lost money" in [q.content.text for q in extract(text).quotes]
