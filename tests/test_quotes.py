"""Quotes: direct, indirect and mixed speech, cues and speakers, on articles we wrote."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import assert_spans_consistent
from sidelines.extractors.quotes import QuoteExtractor, find_regions
from sidelines.model.document import Document
from sidelines.model.record import Entity, Mention, Record

ARTICLE = """Nordic ministers clash over fishing quotas

Swedish Foreign Minister Anna Lindqvist warned on Monday that the fishing agreement with Norway could collapse within weeks.
“We will not accept these terms,” Lindqvist said after the meeting in Oslo. “Our fleet has already lost too much.”
“We are ready to talk,” she said, “but only if Oslo moves first.”
Norwegian Prime Minister Lars Haugen told reporters: “The door remains open. We have made a fair offer and we expect an answer before the summer.
“Nobody gains from a trade war between neighbours.”
According to the ministry, the delegation will return to Stockholm on Friday.
The border will stay open to trade, Haugen's spokesman said.
Haugen said cooperation between the two countries was “solid and built on trust” despite the dispute.
Officials expressed concern that the talks could drag on into the autumn.
The treaty gives Norway a “special status” in the Barents Sea, and the delegates later watched “The Long Winter” at the national theatre.
"""

EXTRACTOR = QuoteExtractor()


@pytest.fixture(scope="module")
def run(nlp):
    """Quotes of a text: parse once, entities from the entities extractor, then quotes."""
    from sidelines.extractors.entities import EntityExtractor

    entities = EntityExtractor()

    def quotes_of(text: str, with_entities: bool = True) -> tuple[Document, list]:
        doc = Document(id="t", text=text)
        parsed = nlp(text)
        if with_entities:
            entities(doc, parsed)
        else:
            doc.layers["entities"] = []
        EXTRACTOR(doc, parsed)
        return doc, doc.layers["quotes"]

    return quotes_of


@pytest.fixture(scope="module")
def article(run):
    """The quotes of ARTICLE, by the first words of their content."""
    doc, quotes = run(ARTICLE)
    return doc, quotes


def find(quotes, start_words: str):
    """The one quote whose content starts with ``start_words``."""
    found = [q for q in quotes if q.content.text.startswith(start_words)]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def entity_name(doc: Document, entity_id: str | None) -> str | None:
    return next((e.name for e in doc.layer("entities") if e.id == entity_id), None)


def test_quotes_ids_in_text_order_and_spans_consistent(article):
    doc, quotes = article
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.content.start for q in quotes] == sorted(q.content.start for q in quotes)
    assert_spans_consistent(Record(id="t", text=doc.text, quotes=quotes))


def test_quotes_direct_with_speaker_after(article):
    doc, quotes = article
    q = find(quotes, "We will not accept these terms,")
    assert q.direct is True
    assert q.speaker_mention.text == "Lindqvist"
    assert q.cue.text == "said"
    assert entity_name(doc, q.speaker) == "Anna Lindqvist"
    # The next sentence of the same paragraph goes on with the same speaker, as a quote of its own.
    assert q.content.text == "We will not accept these terms,"
    rest = find(quotes, "Our fleet has already lost too much.")
    assert (rest.speaker, rest.cue.text) == (q.speaker, "said")


def test_quotes_cue_in_the_middle_gives_two_quotes_of_one_speaker(article):
    doc, quotes = article
    q = find(quotes, "We are ready to talk,")
    assert q.content.text == "We are ready to talk,"
    assert q.speaker_mention.text == "she"
    assert entity_name(doc, q.speaker) == "Anna Lindqvist"  # nearest preceding person
    rest = find(quotes, "but only if Oslo moves first.")
    assert (rest.speaker, rest.cue, rest.speaker_mention) == (q.speaker, q.cue, q.speaker_mention)


def test_quotes_speaker_before_and_paragraph_continuation(article):
    _, quotes = article
    q = find(quotes, "The door remains open.")
    assert q.speaker_mention.text == "Norwegian Prime Minister Lars Haugen"
    assert q.cue.text == "told"
    # The paragraph left the quote open and the next one reopens it: one quotation.
    assert q.content.text.endswith("Nobody gains from a trade war between neighbours.")
    assert q.direct is True


def test_quotes_indirect_frames(article):
    doc, quotes = article
    warned = find(quotes, "the fishing agreement with Norway")
    assert (warned.direct, warned.cue.text) == (False, "warned")
    assert warned.speaker_mention.text == "Swedish Foreign Minister Anna Lindqvist"
    according = find(quotes, "the delegation will return to Stockholm on Friday")
    assert according.cue.text == "According to"
    assert according.speaker_mention.text == "the ministry"
    after = find(quotes, "The border will stay open to trade")
    assert after.speaker_mention.text == "Haugen's spokesman"
    assert entity_name(doc, after.speaker) == "Lars Haugen"
    concern = find(quotes, "the talks could drag on into the autumn")
    assert concern.cue.text == "expressed concern"
    assert concern.speaker_mention.text == "Officials"
    assert concern.speaker is None  # an unnamed group


def test_quotes_mixed_quote_is_a_paraphrase_with_its_quoted_words(article):
    _, quotes = article
    q = find(quotes, "cooperation between the two countries")
    assert q.content.text == "cooperation between the two countries was “solid and built on trust” despite the dispute"
    assert (q.direct, q.kind) == (False, "paraphrase")
    assert q.speaker_mention.text == "Haugen"
    (piece,) = [x for x in quotes if x.content.text.startswith("solid and built")]
    assert (piece.direct, piece.kind, piece.speaker) == (True, "statement", q.speaker)


def test_quotes_scare_quotes_and_titles_are_not_quotes(article):
    _, quotes = article
    for q in quotes:
        assert "special status" not in q.content.text
        assert "Long Winter" not in q.content.text


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('"We expect results by June," Mayor Tom Berg said on Tuesday.', "We expect results by June,", "Mayor Tom Berg"),
        ("«We are ready», the minister said.", "We are ready", "the minister"),
        ("The senator wrote on Twitter: “This bill is dead.”", "This bill is dead.", "The senator"),
        ("“It is over,” said Maria Costa, the party leader.", "It is over,", "Maria Costa, the party leader"),
        ("The ministry said in a statement that the talks had failed.", "the talks had failed", "The ministry"),
        # the cue is never content: the side without a verb ("The goal") says nothing on its own
        ("The goal, she said, is a lasting ceasefire in the north.", "is a lasting ceasefire in the north", "she"),
        ("Reporters were told by the spokesman that the summit had been cancelled.",
         "the summit had been cancelled", "the spokesman"),
        ("“They told us, ‘Wait until spring,’ and we waited,” the farmer said.",
         "They told us, ‘Wait until spring,’ and we waited,", "the farmer"),
    ],
)
def test_quotes_marks_and_cues(run, text, content, speaker):
    _, quotes = run(text)
    assert len(quotes) == 1, [q.content.text for q in quotes]
    assert quotes[0].content.text == content
    assert quotes[0].speaker_mention.text == speaker
    assert quotes[0].cue is not None


def test_quotes_in_a_statement_is_part_of_the_cue(run):
    _, quotes = run("The company said in a statement that it would appeal the ruling.")
    assert quotes[0].cue.text == "said in a statement"
    assert quotes[0].content.text == "it would appeal the ruling"


def test_quotes_unbalanced_mark_keeps_the_other_quotes(run):
    text = (
        "The mayor called the plan “a disaster for the harbour.\n"
        "Later he said, “We will fight this in court.”\n"
        "“Nobody asked us,” the fishermen's union said.\n"
    )
    _, quotes = run(text)
    contents = [q.content.text for q in quotes]
    assert "We will fight this in court." in contents
    assert "Nobody asked us," in contents


def test_quotes_headline_with_speaker_and_colon(run):
    _, quotes = run("Lindqvist: 'We will not back down on quotas'\n\nThe talks resume on Monday.")
    assert quotes[0].speaker_mention.text == "Lindqvist"
    assert quotes[0].cue.text == ":"
    assert "We will not back down on quotas" in quotes[0].content.text


def test_quotes_pronoun_speaker_without_entities_has_no_entity(run):
    _, quotes = run("“We are ready,” he said.", with_entities=False)
    assert quotes[0].speaker_mention.text == "he"
    assert quotes[0].speaker is None


def test_quotes_speaker_from_overlapping_entity_mention(nlp):
    text = "“We will rebuild the port,” the governor said."
    doc = Document(id="t", text=text)
    start = text.index("the governor")
    doc.layers["entities"] = [
        Entity(id="e7", name="Maria Costa", type="PERSON",
               mentions=[Mention(start=start, end=start + 12, text="the governor", kind="nominal")]),
    ]
    EXTRACTOR(doc, nlp(text))
    (q,) = doc.layers["quotes"]
    assert (q.speaker_mention.text, q.speaker) == ("the governor", "e7")


def test_find_regions_handles_marks():
    text = 'He said "yes" and ”no” then “open\n“and on” it went ‘quoted words’ here.'
    regions = [text[r.start:r.end] for r in find_regions(text)]
    assert "yes" in regions
    assert "no" in regions  # a mistyped closing glyph that opens by its context
    assert "open\n“and on" in regions  # one quotation over two paragraphs
    assert "quoted words" in regions


def test_quotes_no_input_raises(run):
    for text in ["", " ", "“", "”", '"', "''", "« »", "“Unclosed", "“a” “b” ”c“", "\n\n“\n”\n", "said, “"]:
        doc, quotes = run(text, with_entities=False)
        assert_spans_consistent(Record(id="t", text=text, quotes=quotes))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "“", "”", '"', "'", "‘", "’", "«", "»", "''", " said ", " she said, ", "According to the minister, ",
    "The talks failed", ".", ",", "\n", "\n\n", " we will win", " Haugen", " told reporters: ",
]), max_size=25))
def test_quotes_never_raise_on_odd_marks(run, parts):
    text = "".join(parts)
    _, quotes = run(text, with_entities=False)
    assert_spans_consistent(Record(id="t", text=text, quotes=quotes))


def test_quotes_reference_article(shared_dir, run):
    """The reference article: four direct quotes, two indirect statements, and the words a paraphrase quotes
    ("a “special role”") as the Kremlin leader's own direct piece."""
    text = (shared_dir / "corpus" / "seed_article.txt").read_text(encoding="utf-8")
    _, quotes = run(text)
    grateful = find(quotes, "We are grateful to our Turkish friends")
    assert (grateful.direct, grateful.speaker_mention.text) == (True, "Putin")
    since = find(quotes, "Since May 2025")
    assert since.direct is True and since.speaker_mention.text == "Putin"
    invitation = find(quotes, "My invitation remains in force.")
    assert invitation.speaker_mention.text == "the Turkish president"
    mixed = [q for q in quotes if "well established, practical" in q.content.text]
    assert len(mixed) == 1 and mixed[0].speaker_mention.text == "Putin"
    confidence = find(quotes, "Türkiye would continue to play")
    assert confidence.speaker_mention.text == "The Kremlin leader"
    assert confidence.cue.text == "expressed confidence"
    emphasis = find(quotes, "bilateral ties were unaffected")
    assert emphasis.speaker_mention.text == "Erdoğan"
    assert confidence.kind == "paraphrase"
    (piece,) = [q for q in quotes if q.content.text.strip("“”\" ") == "special role"]
    assert piece.direct is True and piece.speaker == confidence.speaker is not None


def test_quotes_pronoun_speaker_agrees_in_gender(extract):
    # The entities' coreference links "she" to the woman (her honorific says so); the quote reads that link.
    record = extract("Mrs. Costa met Mr. Berg in Lisbon on Monday. “We agreed on the essentials,” she said.")
    names = {e.id: e.name for e in record.entities}
    (q,) = record.quotes
    assert (q.speaker_mention.text, names.get(q.speaker or "")) == ("she", "Costa")


def test_quotes_read_pronoun_speakers_from_the_coreference_only(nlp):
    # One coreference: a pronoun the entities layer links is its entity's; one it leaves open stays open.
    text = "Mrs. Costa met Mr. Berg in Lisbon on Monday. “We agreed on the essentials,” she said."
    she = text.index("she said")
    for linked, speaker in ((True, "e1"), (False, None)):
        costa = [Mention(start=0, end=10, text="Mrs. Costa")]
        if linked:
            costa.append(Mention(start=she, end=she + 3, text="she", kind="pronoun"))
        doc = Document(id="t", text=text)
        doc.layers["entities"] = [
            Entity(id="e1", name="Mrs. Costa", type="PERSON", mentions=costa),
            Entity(id="e2", name="Mr. Berg", type="PERSON", mentions=[Mention(start=15, end=23, text="Mr. Berg")]),
        ]
        EXTRACTOR(doc, nlp(text))
        (q,) = doc.layers["quotes"]
        assert (q.speaker_mention.text, q.speaker) == ("she", speaker)
