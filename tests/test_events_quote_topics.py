"""Topics of a meeting from what its participants said at it (quotes anchored to a CONSULT event).

All texts are written for these tests; each expected value was checked by hand.
"""

from __future__ import annotations

from sidelines.extractors.events.quote_topics import issue_phrases

MEETING = (
    "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.\n"
    "Speaking at the meeting, Ruto said the conflict in Sudan threatened the stability of the whole region.\n"
)


def _consult(record):
    events = [e for e in record.events if e.type == "CONSULT"]
    assert events, f"no CONSULT event in {[e.type for e in record.events]}"
    return max(events, key=lambda e: e.confidence)


def test_statement_at_the_meeting_gives_a_topic(extract) -> None:
    ev = _consult(extract(MEETING, published="2025-03-04"))
    assert [t for t in ev.topics if "sudan" in t.lower()] == ["conflict in Sudan"]


def test_following_statements_count_until_another_speaker(extract) -> None:
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.\n"
        "Ruto said the two leaders wanted to expand bilateral trade.\n"
        "Meanwhile, United Nations envoy Maria Lindqvist said the war in Yemen had displaced millions of people.\n"
        "Ruto also said the crisis in Somalia required a regional answer.\n"
    )
    ev = _consult(extract(text, published="2025-03-04"))
    joined = " | ".join(ev.topics).lower()
    assert "bilateral trade" in joined
    # A non-participant's statement is no topic, and it ends the report of the meeting.
    assert "yemen" not in joined
    assert "somalia" not in joined


def test_one_issue_told_twice_is_one_topic(extract) -> None:
    text = (
        "President Elena Varga has held talks with Chancellor Tomas Berg in Vienna.\n"
        "Speaking at their meeting, Varga said Hungary would keep working to end the war in Ukraine.\n"
        "\u201cWe all want the Ukrainian crisis to be settled soon,\u201d Varga said.\n"
    )
    ev = _consult(extract(text, published="2025-03-04"))
    ukraine = [t for t in ev.topics if "ukrain" in t.lower()]
    assert ukraine == ["war in Ukraine"]


def test_issue_phrases_are_short_and_named(nlp) -> None:
    doc = nlp(
        "We discussed Iran's nuclear programme, our trade with China and the Syrian conflict, "
        "but not the national security adviser, the Security Council, a climate of trust or the war."
    )
    texts = [text for _, text in issue_phrases(doc[:])]
    assert texts == ["Iran's nuclear programme", "trade with China", "Syrian conflict"]


def test_statement_before_the_meeting_or_in_another_update_is_no_topic(extract) -> None:
    text = (
        "Kenyan President William Ruto said on Monday that the conflict in Somalia worried his government.\n"
        "Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.\n"
        "14:05\n"
        "Ruto said the war in Yemen had hurt shipping in the Red Sea.\n"
    )
    record = extract(text, published="2025-03-04")
    topics = " | ".join(t for e in record.events if e.type == "CONSULT" for t in e.topics).lower()
    assert "somalia" not in topics and "yemen" not in topics


def test_place_of_a_meeting_with_a_named_counterpart_is_no_actor(extract) -> None:
    record = extract(
        "Spanish Prime Minister Pedro Sanchez has met his Moroccan counterpart Aziz Akhannouch in Rabat.\n",
        published="2025-03-04",
    )
    ev = _consult(record)
    names = {e.id: e.name for e in record.entities}
    actors = {names[a.entity] for a in ev.actors}
    assert {"Pedro Sanchez", "Aziz Akhannouch"} <= actors and "Rabat" not in actors
    assert ev.location is not None and ev.location.name == "Rabat"
