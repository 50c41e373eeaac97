"""Quote patterns of unseen articles: split quotes, non-quotes, anonymous sources (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes_of(extract):
    """(content, speaker name, speaker mention, cue) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [(q.content.text, names.get(q.speaker) if q.speaker else None,
                 q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
                for q in record.quotes]

    return run


def _cue_free(content: str) -> bool:
    """No reporting verb of the writer inside a content: no mark-closing ``," said`` run."""
    return not any(f'," {verb}' in content or f',” {verb}' in content
                   for verb in ("said", "says", "added", "told", "she", "he"))


def test_split_quote_after_cue_sentence_is_two_quotes_one_speaker(quotes_of):
    found = quotes_of('"This is nonsense," said the spokesman, Tomas Berg. "We deny every word of it."')
    contents = [c for c, *_ in found]
    assert contents == ["This is nonsense,", "We deny every word of it."]
    assert {s for _, s, _, _ in found} == {"Tomas Berg"}


def test_interrupted_quote_is_two_quotes_with_the_same_speaker_and_cue(quotes_of):
    found = quotes_of('Defence Minister Karin Holm met the delegation on Monday. '
                      '"We are ready to talk," she said, "but only if the other side moves first."')
    assert [c for c, *_ in found] == ["We are ready to talk,", "but only if the other side moves first."]
    assert [(s, m, cue) for _, s, m, cue in found] == [("Karin Holm", "she", "said")] * 2
    assert all(_cue_free(c) for c, *_ in found)


def test_curly_split_quote_keeps_the_cue_out_of_both_contents(quotes_of):
    found = quotes_of("Mayor Lena Ostrova opened the bridge on Saturday.\n\n"
                      "“It took us nine years,” Ostrova told the crowd. “It was worth every day.”")
    assert [c for c, *_ in found] == ["It took us nine years,", "It was worth every day."]
    assert {s for _, s, _, _ in found} == {"Lena Ostrova"}


@pytest.mark.parametrize("text", [
    "Asked whether he had spoken to the prime minister, the envoy Tomas Berg shook his head.",
    "Tomas Berg was asked whether the talks would resume before the winter.",
    "Tomas Berg has been asked whether he took a loan from the bank.",
])
def test_questions_put_to_someone_are_not_quotes(extract, text):
    # at most a quote of kind "stance" (PolNeAR annotates the question put), never a statement
    assert [q.content.text for q in extract(text).quotes if "whether" in q.content.text and q.kind == "statement"] == []


@pytest.mark.parametrize("text", [
    # refusals say what was not said
    "The ministry refused to confirm the report on Tuesday.",
    "A spokesman for the bank declined to comment on the merger.",
    # the object of an evaluation is whom or what it judges, not a statement
    "Senator Maria Costa endorsed Tomas Berg on Tuesday.",
    "The union praised the new contract at its congress in Bergen.",
])
def test_refusals_and_objects_of_evaluations_are_not_quotes(extract, text):
    assert [q.content.text for q in extract(text).quotes if q.kind == "statement"] == []


def test_fragments_ending_in_a_conjunction_are_not_quotes(quotes_of):
    text = "Paul Ray wants to join the alliance and has told his party to prepare for a vote."
    assert [c for c, *_ in quotes_of(text) if c.rstrip().endswith((" and", " or", " but"))] == []


@pytest.mark.parametrize("text, mention", [
    ("Officials said the talks had stalled over the border question.", "Officials"),
    ("A person familiar with the matter said the deal was dead.", "A person familiar with the matter"),
])
def test_anonymous_sources_keep_their_mention_without_an_entity(quotes_of, text, mention):
    found = quotes_of(text)
    assert len(found) == 1
    _, speaker, said_by, _ = found[0]
    assert speaker is None
    assert said_by == mention



def test_closing_mark_with_a_stray_space_before_the_cue(quotes_of):
    text = 'Tomas Berg spoke after the vote.\n"We will win this fight, "Berg said.\n"Nobody doubts it. "\n'
    found = quotes_of(text)
    assert [(c, s) for c, s, _, _ in found] == [("We will win this fight,", "Tomas Berg"),
                                                ("Nobody doubts it.", "Tomas Berg")]


@pytest.mark.parametrize("headline", [
    'Berg: "We will never give up the quota"',
    "New Polls Show Double-Digit Gaps in Fishing Contest",
])
def test_headlines_give_no_quotes(quotes_of, headline):
    text = f"{headline}\n\nTomas Berg, the fisheries minister, spoke in Oslo on Monday. He said the quota would stay.\n"
    found = quotes_of(text)
    assert [c for c, *_ in found] == ["the quota would stay"]
    assert found[0][1] == "Tomas Berg"


def test_a_clause_after_an_object_cue_is_still_a_quote(quotes_of):
    found = quotes_of("The mayor urged the council to approve the budget before the summer.")
    assert [c for c, *_ in found] == ["the council to approve the budget before the summer"]  # a request (stance)


def _contents(found):
    return [c for c, *_ in found]


def test_cue_inside_a_reported_sentence_is_left_out_of_the_content(quotes_of):
    found = quotes_of("Under the new plan, the port director Tomas Berg said, the harbour will reopen in May.")
    assert _contents(found) == ["the harbour will reopen in May"]
    assert found[0][3] == "said"


def test_words_before_an_interrupting_cue_without_a_verb_are_not_a_quote(quotes_of):
    found = quotes_of("In cases of fraud, the ministry said, “the bank alone is to blame.”")
    assert _contents(found) == ["the bank alone is to blame."]
    assert found[0][2] == "the ministry"


def test_indirect_sentence_cut_by_its_cue_is_two_quotes_with_one_speaker(quotes_of):
    found = quotes_of("The harbour will reopen in May, the port director Tomas Berg said, "
                      "and the ferries will run again by June.")
    assert _contents(found) == ["The harbour will reopen in May", "the ferries will run again by June"]
    assert len({(m, cue) for _, _, m, cue in found}) == 1
    assert all("said" not in c for c in _contents(found))


@pytest.mark.parametrize("text", [
    # a passive without an agent: nobody is reported as saying anything (at most the writer's voice)
    "The striker is expected to return to training on Monday after a knee injury.",
    # a short noun phrase is what the speaker acted on, not what they said
    "The party chairman announced a website.",
    "The senator called the superdelegates.",
])
def test_objects_that_report_nothing_are_not_quotes(extract, text):
    assert [q.content.text for q in extract(text).quotes if q.kind == "statement"] == []


def test_an_object_clause_with_its_speaker_is_still_a_quote(quotes_of):
    found = quotes_of("The governor promised to rebuild the bridge before the winter.")
    assert [(c, m) for c, _, m, _ in found] == [("to rebuild the bridge before the winter", "The governor")]


def test_quotation_over_lines_closed_by_a_spaced_mark_is_one_quote(quotes_of):
    # One sentence a line, and closing marks typed with a space before them.
    text = ("The club sacked its coach on Monday.\n"
            "\"Tom is family.\nTom loves this city. He bleeds red and white, \"club president Anna Lund said.\n"
            "The new coach starts next week.\n")
    found = quotes_of(text)
    assert [(c, s) for c, s, _, _ in found] == [
        ("Tom is family.\nTom loves this city. He bleeds red and white,", "Anna Lund")]


def test_a_participle_cue_after_a_reported_clause_starts_a_quote_of_its_own(quotes_of):
    found = quotes_of("The fisheries minister, Tomas Berg, spoke in Oslo on Monday. In an interview, Berg said "
                      "the talks on the quota could be “long,” adding, “Fishing is a slow business.”")
    assert _contents(found) == ["the talks on the quota could be “long,”", "long,", "Fishing is a slow business."]
    assert {s for _, s, _, _ in found} == {"Tomas Berg"}
    assert all("adding" not in c for c in _contents(found))


def test_a_parenthetical_cue_inside_another_clause_gives_the_quote_its_own_speaker(quotes_of):
    found = quotes_of("When the senator called her a traitor at a hearing, Mrs. Lund answered calmly that she was "
                      "glad the senator had said that because, she said, the insult had shown the public how angry "
                      "the other side was.")
    hits = [(c, m) for c, _, m, _ in found if "the insult had shown" in c]
    assert hits == [("the insult had shown the public how angry the other side was", "she")]


@pytest.mark.parametrize("text", [
    "The fisheries minister Tomas Berg criticized the “reckless” plan of the harbour board on Monday.",
    "Tomas Berg, who once called the harbour “my second home,” left the board in May.",
])
def test_a_few_quoted_words_inside_a_sentence_are_not_a_quote_of_a_nearby_cue(quotes_of, text):
    assert [c for c, *_ in quotes_of(text) if c.strip(" ,.") in ("reckless", "my second home")] == []


def test_a_participle_that_is_not_saying_stays_in_the_reported_clause(quotes_of):
    found = quotes_of("Anna Lund, the director of the harbour board, said the figures she saw were even worse, "
                      "showing the northern ports losing money at twice the rate of the others.")
    assert _contents(found)[0].endswith("twice the rate of the others")


LETTER = "“The ferries are late every single morning and nobody cares.”"


@pytest.mark.parametrize("text", [
    f"Readers wrote to us about the new harbour.\n{LETTER} ― Karin Holm\n",
    f"Readers wrote to us about the new harbour.\n\n{LETTER}\n\n- Karin Holm.\n",
])
def test_a_name_after_a_dash_signs_the_quotation_before_it(quotes_of, text):
    found = quotes_of(text)
    assert [(c, s, m) for c, s, m, _ in found] == [
        ("The ferries are late every single morning and nobody cares.", "Karin Holm", "Karin Holm")]


@pytest.mark.parametrize("text, mention", [
    ("The harbour reopened on Monday.\n\n“We will never close it again,” the mayor of the town grinned, "
     "waving to the crowd.", "the mayor of the town"),
    ("The court struck down the fishing law.\n\n“We will fight this ruling in every court,” Senate leader "
     "Tomas Berg and Speaker Anna Lund, both members of the Farmers Party, said in a statement.",
     "Senate leader Tomas Berg"),
])
def test_the_subject_right_after_a_quotation_that_ends_open_is_its_speaker(quotes_of, text, mention):
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0][2].startswith(mention)


def test_a_second_speaker_coordinated_after_a_reported_clause_is_a_quote_of_its_own(quotes_of):
    found = quotes_of("Half of the farmers in the survey said the ministry was hostile to small farms, and one in "
                      "four said the ministry was outright hostile to the fishing towns.")
    assert [(c, m) for c, _, m, _ in found] == [
        ("the ministry was hostile to small farms", "Half of the farmers in the survey"),
        ("the ministry was outright hostile to the fishing towns", "one in four")]


def test_an_object_goes_on_over_its_purpose_clause(quotes_of):
    found = quotes_of("The governor proposed $1 billion in new spending to repair the bridges and build new schools.")
    assert _contents(found) == ["$1 billion in new spending to repair the bridges and build new schools"]


@pytest.mark.parametrize("text", [
    "The mayor lost the vote in May. That said, the harbour will stay open until the end of the year.",
    "The mayor lost the vote in May. That being said, the harbour will stay open until the end of the year.",
])
def test_that_said_is_the_writer_turning_not_a_quote(quotes_of, text):
    assert quotes_of(text) == []


def test_a_line_that_lists_names_after_a_colon_is_not_a_quote(quotes_of):
    text = ("The panel met in Bergen on Monday.\n\nMembers:\n\nNorth: Tomas Berg, Anna Lund, Karin Holm, Paul Ray, "
            "Lena Ostrova.\n")
    assert quotes_of(text) == []
