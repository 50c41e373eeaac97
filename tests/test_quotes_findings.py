"""Findings of polls and surveys are no statements, and noun-phrase objects no quotes (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def contents_of(extract):
    """The contents of every quote of a text."""

    def run(text: str) -> list[str]:
        return [q.content.text for q in extract(text).quotes]

    return run


@pytest.fixture(scope="module")
def statements_of(extract):
    """The contents of every quote of a text that is a statement (not a poll's finding)."""

    def run(text: str) -> list[str]:
        return [q.content.text for q in extract(text).quotes if q.kind == "statement"]

    return run


@pytest.mark.parametrize("text", [
    "A new Ruritania Herald poll shows Ivan Petrov leading the race with 41 percent.",
    "Petrov leads the field with 41 percent of the vote, according to a survey of likely voters.",
    "The study found that turnout in the northern provinces had fallen for a third year.",
    "In the latest poll, Petrov trails his rival by nine points among women.",
    "According to a count by the electoral commission, Petrov has won 212 delegates so far.",
    "An analysis by the Dunmere Institute shows that ferry fares have doubled since 2019.",
])
def test_findings_of_polls_and_surveys_are_not_statements(statements_of, contents_with, text):
    assert statements_of(text) == []
    assert contents_with(text, drop_findings=True) == []


def test_a_finding_is_kept_as_a_quote_of_its_kind(extract):
    quotes = extract("The study found that turnout in the northern provinces had fallen for a third year.").quotes
    assert [(q.kind, q.content.text) for q in quotes] == [
        ("finding", "turnout in the northern provinces had fallen for a third year")]


def test_a_pollster_who_speaks_is_still_quoted(statements_of):
    found = statements_of("Anna Berg, who ran the survey, said the race was far from over.")
    assert found == ["the race was far from over"]


@pytest.fixture(scope="module")
def contents_with(pipeline):
    """The contents of every quote of a text, with some settings of the quotes extractor changed."""
    from sidelines.extractors.quotes import QuoteExtractor, QuotesConfig
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.pipeline import Pipeline

    def run(text: str, **config: object) -> list[str]:
        changed = Pipeline.__new__(Pipeline)
        changed.__dict__.update(pipeline.__dict__)
        changed.extractors = [QuoteExtractor(pipeline.settings, QuotesConfig(**config))
                              if ex.name == "quotes" else ex for ex in pipeline.extractors]
        record = to_record(changed.process_one(document_from_text(text, "t", None)))
        return [q.content.text for q in record.quotes]

    return run


@pytest.fixture(scope="module")
def strict_contents_of(contents_with):
    """The contents of every quote of a text, with ``object_needs_clause`` on."""
    return lambda text: contents_with(text, object_needs_clause=True)


@pytest.mark.parametrize("text", [
    "Governor Ivan Petrov announced his endorsement of the harbour plan on Sunday in Bergen.",
    "The minister stressed the economic and security issues facing the northern provinces.",
    "Senator Anna Berg criticized the mayor's handling of the flood, including his refusal to open the dams.",
    "Petrov highlighted comments his rival made at a rally in Bergen last spring.",
])
def test_a_noun_phrase_object_is_not_a_quote_when_objects_need_a_clause(strict_contents_of, text):
    assert strict_contents_of(text) == []


@pytest.mark.parametrize("text, content", [
    ("Senator Anna Berg urged the council to approve the harbour budget.",
     "the council to approve the harbour budget"),
    ("Senator Anna Berg called the harbour plan a disgrace to the whole region.",
     "the harbour plan a disgrace to the whole region"),
])
def test_an_object_with_a_clause_or_a_predicate_is_a_quote(strict_contents_of, contents_of, text, content):
    assert strict_contents_of(text) == [content]
    assert contents_of(text) == [content]


def test_a_relative_clause_closing_a_reported_clause_is_the_writers(contents_with):
    text = ("Ivan Petrov's campaign announced it would seek a recount in the northern district, "
            "where he trailed his rival by 300 votes.")
    assert contents_with(text, cut_trailing_relative=True) == ["it would seek a recount in the northern district"]


@pytest.mark.parametrize(("text", "content"), [
    ("Mayor Pieter Lund said the city would rebuild the old ferry pier, which was wrecked by a storm in March.",
     "the city would rebuild the old ferry pier"),
    ("The Arnholt company announced it would close its plant in Dornbach, which employs 600 people.",
     "it would close its plant in Dornbach"),
    ("The council said it had hired Ilse Brandt, who ran the port authority for a decade.",
     "it had hired Ilse Brandt"),
])
def test_a_closing_relative_clause_after_its_cue_is_cut(contents_with, text, content):
    assert contents_with(text, cut_trailing_relative=True)[0] == content


@pytest.mark.parametrize(("text", "content"), [
    # Before a closing "..., X said" the relative clause lies inside the attributed words.
    ("Dolan had fled to Portugal, where he owns a villa, the prosecutor said on Tuesday.",
     "Dolan had fled to Portugal, where he owns a villa"),
    ("Our members will strike at the port, which handles a third of the grain, the union said.",
     "Our members will strike at the port, which handles a third of the grain"),
    # A relative clause in the middle of the content, or a restrictive one, stays.
    ("Berg said Dolan, who was arrested on Monday, would appear in court on Friday.",
     "Dolan, who was arrested on Monday, would appear in court on Friday"),
    ("Berg said the ministry would help the families who lost their homes in the flood.",
     "the ministry would help the families who lost their homes in the flood"),
])
def test_a_relative_clause_inside_the_attributed_words_stays(contents_with, text, content):
    assert contents_with(text, cut_trailing_relative=True)[0] == content


def test_the_writers_own_voice_is_no_quote_when_asked(contents_with):
    text = ("Ivan Petrov won the vote in Bergen. We now know that the harbour board had funded his campaign. "
            "\"I think we will win again,\" Petrov said.")
    assert contents_with(text, drop_writer_voice=True) == ["I think we will win again,"]
    assert "the harbour board had funded his campaign" in contents_with(text)


def test_findings_are_dropped_when_asked(contents_with):
    text = "The study found that turnout in the northern provinces had fallen."
    assert contents_with(text, drop_findings=False)
    assert contents_with(text, drop_findings=True) == []


@pytest.mark.parametrize("text, content", [
    ("About one in five voters say they would stay at home if the senator is the nominee.",
     "they would stay at home if the senator is the nominee"),
    ("Sixty percent of the respondents said the harbour tax was too high.", "the harbour tax was too high"),
    ("The ferry union released figures that suggest fewer travellers crossed the strait this year.",
     "fewer travellers crossed the strait this year"),
])
def test_what_a_share_of_those_asked_says_is_a_finding(extract, text, content):
    """A share of a poll's respondents, or figures a source released, speak for a finding, not a statement."""
    assert [(q.kind, q.content.text) for q in extract(text).quotes] == [("finding", content)]


def test_one_of_several_officials_still_makes_a_statement(extract):
    found = extract("One of the harbour officials said the ferry would resume on Monday.").quotes
    assert [(q.kind, q.content.text) for q in found] == [("statement", "the ferry would resume on Monday")]


@pytest.mark.parametrize("text", [
    "In a national Harbour Times poll released on Monday, 38% of Republicans said they were eager to vote.",
    "In the latest survey, six in 10 voters said the governor should resign before the summer.",
])
def test_a_share_that_speaks_in_a_poll_has_the_poll_as_its_source(extract, text):
    quotes = [q for q in extract(text).quotes if q.content.text.startswith(("they were", "the governor"))]
    assert len(quotes) == 1 and quotes[0].kind == "finding"
    assert quotes[0].speaker_mention is not None and {"poll", "survey"} & set(quotes[0].speaker_mention.text.split())


@pytest.mark.parametrize("text, content", [
    ("In a new poll of 600 island voters, the Dunmere Institute found that most want the tunnel.",
     "most want the tunnel"),
    ("An autopsy shows that the fisherman drowned after midnight.", "the fisherman drowned after midnight"),
])
def test_what_a_poll_or_an_autopsy_finds_is_a_finding(kinds_of, text, content):
    """Issue 12: what someone finds in a poll, or what an autopsy shows, is a finding, not a statement."""
    assert [k for k, c in kinds_of(text) if content in c] == ["finding"]


def test_what_someone_says_in_an_interview_stays_a_statement(kinds_of):
    text = "In an interview with the Dunmere Herald, Mayor Lena Ostrova said that most want the tunnel."
    assert [k for k, c in kinds_of(text) if "most want the tunnel" in c] == ["statement"]


@pytest.mark.parametrize("text, content", [
    ("The percentage of island voters who say the ferry is too slow has doubled since May.", "the ferry is too slow"),
    ("The proportion of pensioners who said the fares were too high fell to a third.", "the fares were too high"),
])
def test_what_a_share_of_people_says_is_a_finding(kinds_of, text, content):
    """Issue 12: "the percentage of voters who say ..." reports a poll's share, no one's statement."""
    assert [k for k, c in kinds_of(text) if content in c] == ["finding"]


def test_a_share_of_people_inside_a_persons_statement_is_that_persons_statement(kinds_of):
    """Review (round 2): a poll's share reported by a named person is that person's statement, no finding."""
    text = "The percentage of island voters who say they trust Mayor Ostrova has dropped, Tomas Berg said."
    kinds = kinds_of(text)
    assert "finding" not in [k for k, _ in kinds]
    assert any(k == "statement" and "has dropped" in c for k, c in kinds)
