"""A question put in quotation marks, an as-clause of the speaker's own act, a definite description that
repeats an earlier apposition, and the quoted words of a mixed quote (made-up sentences)."""

from __future__ import annotations

import pytest

from sidelines.extractors.quotes.questions import only_questions


@pytest.mark.parametrize("text, content", [
    ('"So you will sign the deal next week?" the host asked Petrov on Friday.', "So you will sign the deal next week?"),
    ('Councillor Ada Weiss asked: "Where did the harbour money go?"', "Where did the harbour money go?"),
    ('"Will the mill close? Will anyone be paid?" Ola Dahl asked the board.', "Will the mill close? Will anyone be paid?"),
    ('"You are leaving the party, right?" the reporter asked Lena Holm.', "You are leaving the party, right?"),
])
def test_a_quoted_question_put_is_a_stance(kinds_of, text, content):
    assert [k for k, c in kinds_of(text) if c == content] == ["stance"]


@pytest.mark.parametrize("text, content", [
    ('"Who would trust the harbour board now?" Mayor Tomas Berg said at the meeting.',
     "Who would trust the harbour board now?"),
    ('"Why? Because the farmers deserve better," Ola Dahl said at the rally.', "Why? Because the farmers deserve better,"),
    ('"We paid for that bridge, did we not?" Ada Weiss told the crowd.', "We paid for that bridge, did we not?"),
    ('"The ferry will run again in May," Lena Holm said when asked about the harbour.',
     "The ferry will run again in May,"),
])
def test_a_question_said_and_a_statement_stay_statements(kinds_of, text, content):
    """A rhetorical question the speaker says (not asks), a question answered at once and a statement."""
    assert [k for k, c in kinds_of(text) if c == content] == ["statement"]


@pytest.mark.parametrize("content, expected", [
    ("Where did the money go?", True),
    ("Will it close? Will anyone be paid?", True),
    ("Why? Because we care.", False),
    ("The plan is dead.", False),
    ("We won, did we not?", True),
    ("What now?” ", True),
])
def test_only_questions(content, expected):
    assert only_questions(content, 0, len(content)) is expected


def test_an_as_clause_of_the_speakers_own_act_reports_nothing(quote_speakers):
    assert quote_speakers("Local news\n\nMayor Tomas Berg waved to the crowd as he replied.") == []


@pytest.mark.parametrize("text, content", [
    ("Local news\n\nThe ferry line will close in May, as Tomas Berg noted.", "The ferry line will close in May"),
    ("Local news\n\nThe port stays open, as he explained.", "The port stays open"),
])
def test_an_as_clause_of_saying_still_reports_its_clause(quote_speakers, text, content):
    assert [c for c, _, _ in quote_speakers(text)] == [content]


@pytest.mark.parametrize("text, content, speaker", [
    ('Local news\n\nLena Holm, the harbor master, met the press.\n\n"The port is safe," the harbor master said.',
     "The port is safe,", "Lena Holm"),
    ('Local news\n\nTomas Berg, the night watchman, saw the fire first.\n\n"There was smoke everywhere," the night '
     'watchman told reporters.', "There was smoke everywhere,", "Tomas Berg"),
    ("Local news\n\nThe report was written by Ada Weiss, the county auditor.\n\nThe county auditor said the money "
     "had been spent twice.", "the money had been spent twice", "Ada Weiss"),
])
def test_a_description_repeating_an_apposition_is_that_person(quote_speakers, text, content, speaker):
    assert [(c, s) for c, s, _ in quote_speakers(text) if c == content] == [(content, speaker)]


def test_a_description_two_people_were_given_names_no_one(quote_speakers):
    text = ('Local news\n\nLena Holm, a harbor pilot, and Ola Dahl, a harbor pilot too, met the press.\n\n'
            '"The port is safe," the harbor pilot said.')
    found = [(s, m) for c, s, m in quote_speakers(text) if c == "The port is safe,"]
    assert len(found) == 1 and found[0][1] == "the harbor pilot"  # the quote is kept, its mention the description
    assert found[0][0] not in ("Lena Holm", "Ola Dahl")  # neither person: the description is its own speaker


@pytest.fixture(scope="module")
def quotes_apart():
    """(kind, direct, content, speaker mention) of every quote, with ``quoted_words_apart`` on."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractor_config={"quotes": {"quoted_words_apart": True}}))

    def run(text: str) -> list[tuple[str, bool, str, str | None]]:
        record = to_record(pipe.process_one(document_from_text(text, "t", None)))
        return [(q.kind, q.direct, q.content.text, q.speaker_mention.text if q.speaker_mention else None)
                for q in record.quotes]

    return run


def test_quoted_words_inside_a_paraphrase_are_a_statement_of_their_own(quotes_apart):
    found = quotes_apart('Local news\n\nMayor Tomas Berg said the new budget was a "total disaster" for the town.')
    assert found == [("paraphrase", False, 'the new budget was a "total disaster" for the town', "Mayor Tomas Berg"),
                     ("statement", True, "total disaster", "Mayor Tomas Berg")]


def test_a_quotation_that_is_most_of_the_clause_keeps_one_statement(quotes_apart):
    text = 'Local news\n\nBerg said the bridge "will be finished by May and open to every car in the county."'
    assert [(k, c) for k, _, c, _ in quotes_apart(text)] == [
        ("statement", 'the bridge "will be finished by May and open to every car in the county."')]


def test_a_mixed_quote_is_split_by_default(kinds_of):
    found = kinds_of('Local news\n\nMayor Tomas Berg said the new budget was a "total disaster" for the town.')
    assert found == [("paraphrase", 'the new budget was a "total disaster" for the town'),
                     ("statement", "total disaster")]


@pytest.mark.parametrize("text, content", [
    ("Local news\n\nMayor Ada Weiss lost the council vote, as she had predicted.", "Mayor Ada Weiss lost the council vote"),
    ("Local news\n\nOla Dahl will leave the board in June, as he announced last week.",
     "Ola Dahl will leave the board in June"),
])
def test_an_as_clause_set_off_by_a_comma_reports_its_clause(quote_speakers, text, content):
    """After a comma an as-clause with a pronoun subject is a source, also after a clause whose subject is
    a name ("X lost the vote, as she had predicted")."""
    assert [c for c, _, _ in quote_speakers(text)] == [content]


def test_a_description_narrowed_after_its_head_is_someone_else(quote_speakers):
    text = ("Local news\n\nTomas Berg, the bus driver, was hurt in the crash.\n\n"
            "The driver of the van said he never saw the bus.")
    found = [s for c, s, _ in quote_speakers(text) if c == "he never saw the bus"]
    assert len(found) == 1 and found[0] != "Tomas Berg"


@pytest.mark.parametrize("text, clause, kind", [
    ('Local news\n\nLena Holm asked whether the "emergency" levy was legal.', "levy was legal", "stance"),
    ('Local news\n\nOla Dahl thinks the harbour plan is "a bad joke" for the town.', "harbour plan is", "stance"),
    ('Local news\n\nA survey of parents found the plan "deeply unpopular" in every district.', "plan", "finding"),
])
def test_only_a_stated_clause_gives_its_quoted_words_apart(quotes_apart, text, clause, kind):
    """A question put, a belief held or a finding keeps its kind, and its quoted words are no statement."""
    found = quotes_apart(text)
    assert [k for k, _, c, _ in found if clause in c] == [kind]
    assert [c for _, direct, c, _ in found if direct] == []


def test_the_quoted_words_of_a_paraphrase_make_no_second_judgement(extract):
    """The quoted words and their paraphrase are one act of speech: the events that judge a party from a
    quote are those of the clause alone, as with the option off (the same judgement, no firmer)."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    text = 'Local news\n\nSenator Ada Weiss said Governor Tomas Berg was a "liar" and a "disgrace" to the state.'
    pipe = get_pipeline(settings_from_kwargs(extractor_config={"quotes": {"quoted_words_apart": True}}))
    apart = to_record(pipe.process_one(document_from_text(text, "t", None)))
    assert [q.content.text for q in apart.quotes if q.direct] == ["liar", "disgrace"]

    def view(record):
        return [(e.type, e.explanation.rule if e.explanation else None, e.confidence) for e in record.events]

    assert view(apart) == view(extract(text))
