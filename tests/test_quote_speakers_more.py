"""More speakers of quotes on made-up articles: quoted cues and definite descriptions."""

from __future__ import annotations

import pytest
from tests.conftest import speaker_of as _speaker


@pytest.fixture(scope="module")
def said_by(extract):
    """(content, speaker entity name) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None]]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]

    return run


def test_quoted_imperative_cue_keeps_the_speaker_of_the_quotes_before(said_by):
    # "Tell" inside the quotation is the speaker's own word, not the writer's cue.
    found = said_by(
        'Flood waters reached the mill on Sunday night.\n'
        '"We lost everything in one night," Mara Lindqvist said.\n'
        '"Tell your readers to send blankets, whatever they can spare, because the shelter is full."'
    )
    assert _speaker(found, "Tell your readers") == "Mara Lindqvist"


def test_definite_description_is_the_subject_of_the_sentence_before(said_by):
    found = said_by(
        "Independent candidate Tomas Varga spent Tuesday touring farms in the east. "
        "Asked about his record, the retired surgeon acknowledged that he had made mistakes in office."
    )
    assert _speaker(found, "he had made mistakes") == "Tomas Varga"


def test_impersonal_it_is_not_a_speaker(said_by):
    found = said_by(
        "The council voted to close the library on Monday. It is worth noting that the library "
        "had been open for ninety years. It is too early to say whether the vote will stand."
    )
    assert all(s is None for _, s in found)
    assert not [c for c, _ in found if c.startswith("the library had been")]


def test_it_said_is_the_organisation_the_sentence_before_is_about(said_by):
    found = said_by(
        "The Harbour Workers Union called off Friday's strike after a late offer. "
        "In a statement, it said the offer was a fair basis for talks."
    )
    assert _speaker(found, "the offer was a fair basis") == "Harbour Workers Union"


def test_a_demonym_with_the_is_the_person_the_sentence_before_is_about(said_by):
    found = said_by(
        "Former governor Ivan Petrov toured the northern farms on Tuesday. "
        "\"The harvest will be late this year,\" the Ruritanian said."
    )
    assert _speaker(found, "The harvest will be late") == "Ivan Petrov"


def test_a_text_by_a_named_outlet_is_that_outlet(said_by):
    found = said_by(
        "The delegates met in Bergen on Monday. A story by the Bergen Courier says that "
        "nearly two hundred fishermen are ready to block the harbour."
    )
    assert _speaker(found, "nearly two hundred fishermen") == "Bergen Courier"


def test_a_definite_description_is_the_person_quoted_last(said_by):
    found = said_by(
        "The harbour plan divided the council for months.\n\n"
        "\"We will build it, whatever it costs,\" Ivan Petrov said on Monday.\n\n"
        "The Navy veteran also believes that the ferries should run all winter."
    )
    assert _speaker(found, "the ferries should run") == "Ivan Petrov"


def test_the_person_told_is_not_the_speaker_of_a_quotation_after_the_cue(said_by):
    found = said_by(
        "Mayor Anna Berg spoke in Bergen on Monday.\n\n"
        "Berg laughed off the row over the harbour fees, reminding the crowd, "
        "“Nobody ever drowned in a spreadsheet, did they?”"
    )
    assert _speaker(found, "Nobody ever drowned") == "Anna Berg"


def test_a_sentence_opened_by_its_channel_is_said_by_its_own_subject(said_by):
    found = said_by("In a Facebook post on Sunday, Minister Ana Kovac was furious about the new harbour tax.")
    assert _speaker(found, "Minister Ana Kovac was furious") == "Ana Kovac"


def test_a_quotation_after_a_colon_is_not_the_next_sentences_subjects(extract):
    text = ("Ferry strike enters its second week\n\n"
            "Mayor Ola Berg made his name with one line, shouted to the dock workers at the harbour in 1999: "
            "\u201cOpen the gates and let the ships come in!\u201d Critics still admire his nerve in front of the unions.")
    quotes = [q for q in extract(text).quotes if "Open the gates" in q.content.text]
    assert quotes and all(q.speaker_mention is None or "Critics" not in q.speaker_mention.text for q in quotes)


def test_two_name_labels_on_one_line_are_two_quotes(said_by):
    found = said_by(
        "Both candidates rejected the plan to close the northern port.\n\n"
        'Varga: "The port stays open as long as I am governor." Ostrova: "We will fight the closure in court."\n'
    )
    assert _speaker(found, "The port stays open") == "Varga"
    assert _speaker(found, "We will fight") == "Ostrova"


@pytest.mark.parametrize("text, content", [
    ("The ruling came late on Friday. It prompted Senator Maria Lopez to say that the court had gone too far.",
     "the court had gone too far"),
    ("The vote was close. The result led Governor Maria Lopez to concede that the party had lost the north.",
     "the party had lost the north"),
])
def test_the_object_of_a_verb_an_infinitive_cue_completes_speaks(said_by, text, content):
    assert _speaker(said_by(text), content) == "Maria Lopez"


@pytest.mark.parametrize("text, content", [
    ("Maria Lopez drew criticism for the remark on Monday. Lopez's campaign quickly backtracked, putting out a "
     "statement. In cases of fraud, it said, \"the voter is a victim.\"", "the voter is a victim."),
    ("Maria Lopez drew criticism for the remark on Monday. The Lopez campaign quickly backtracked. It said the "
     "remark had been misunderstood.", "the remark had been misunderstood"),
])
def test_it_said_after_a_named_campaign_is_its_owner(said_by, text, content):
    assert _speaker(said_by(text), content) == "Maria Lopez"


@pytest.mark.parametrize("text", [
    # Verbs that only ask for the words leave them with their subject: the one urged never said them.
    'Dana Whitcombe encouraged Maria Lopez to describe the stakes as "existential."',
    'Critics dared Maria Lopez to repeat the claim that the vote was "rigged."',
])
def test_the_object_of_a_verb_of_asking_does_not_speak(said_by, text):
    found = said_by(text)
    assert found and "Maria Lopez" not in {speaker for _, speaker in found}, found


def test_a_label_in_mid_line_needs_a_quotation_after_it(said_by):
    # "Smith: 2024" after a quoted word is part of the writer's sentence, not a transcript turn.
    found = said_by('The advert ends with the word "Forward" Varga: 2024 and a harbour logo.\n')
    assert not [content for content, _ in found if content.startswith("2024")], found


def test_it_said_is_no_campaign_owner_when_the_sentence_names_another_body(said_by):
    found = said_by("Maria Lopez drew criticism on Monday. Lopez's campaign hired Baxter Audit Group to review its "
                    "books. It said the review was routine.")
    assert _speaker(found, "the review was routine") != "Maria Lopez"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Harbour news.\n\nAfter two decades in the council, Holt plans to remain a Liberal and would have registered "
     "as one, Dahl said.", "remain a Liberal", "Dahl"),
    ("Harbour news.\n\nMr. Lind intends to deliver a speech at the harbour this month, Mr. Dahl said, adding that "
     "he would hold more events.", "deliver a speech", "Mr. Dahl"),
])
def test_a_trailing_cue_speaks_for_the_plan_it_reports(quote_speakers, text, words, speaker):
    # "X plans to ..., Y said": Y's statement about X's plan, not X's own words
    found = [(c, m) for c, _, m in quote_speakers(text) if words in c]
    assert len(found) == 1 and found[0][1] == speaker, found


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Harbour news.\n\nMayor Anna Lind issued a statement on Monday that said the ferry would run again.",
     "the ferry would run again", "Anna Lind"),
    ("Harbour news.\n\nOla Dahl released a note from the ferry company on Friday that says the crossing is safe.",
     "the crossing is safe", "Ola Dahl"),
])
def test_a_text_someone_issued_speaks_for_them(quote_speakers, text, content, speaker):
    # "X issued a statement that said ...": the statement's words are those of whoever issued it
    found = [(s, m) for c, s, m in quote_speakers(text) if c == content]
    assert len(found) == 1 and found[0][1] is not None and found[0][1].endswith(speaker), found


def test_a_thing_handed_out_keeps_its_own_words(quote_speakers):
    # leaflets handed out are no text the workers issued as their statement
    text = "Harbour news.\n\nThe workers passed out leaflets that said the ferry would stop."
    assert [m for c, _, m in quote_speakers(text) if c == "the ferry would stop"] == ["leaflets that"]



@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Harbour news.\n\nConsul Ola Dahl handed over a letter from Governor Mira Sand that said the port would reopen.",
     "the port would reopen", "Mira Sand"),
    ("Harbour news.\n\nEnvoy Lars Berg delivered a message from Chancellor Ute Kramm that says the talks can resume.",
     "the talks can resume", "Ute Kramm"),
])
def test_a_text_from_its_author_speaks_for_the_author_not_the_bearer(quote_speakers, text, content, speaker):
    # "X delivered a letter from Y that said ...": Y wrote it, X only carried it
    found = [(s, m) for c, s, m in quote_speakers(text) if c == content]
    assert len(found) == 1 and found[0][1] is not None and found[0][1].endswith(speaker), found



@pytest.mark.parametrize("cue", [
    "A spokesman for the Northfield Rail Company said:",
    "A Northfield Rail Company spokeswoman said:",
])
def test_an_unnamed_spokesperson_speaks_for_the_body(said_by, cue):
    # Nobody in the article holds the title: the organisation spoken for is the speaker.
    found = said_by(
        "Two trains collided outside Dunmore station on Sunday, and services were halted for hours.\n\n"
        f'{cue} "Our thanks go to the crews who worked through the night."'
    )
    assert _speaker(found, "Our thanks go") == "Northfield Rail Company"


def test_a_named_spokesperson_is_still_the_speaker(said_by):
    found = said_by(
        "Two trains collided outside Dunmore station on Sunday.\n\n"
        "Northfield Rail Company spokeswoman Ilse Brandt said the line would reopen on Monday.\n\n"
        '"Our thanks go to the crews," the spokeswoman said.'
    )
    assert _speaker(found, "Our thanks go") == "Ilse Brandt"
