"""Speakers that a parse slip or the page layout hides (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Harbour news.\n\nOne delegate, who like others spoke on the condition of anonymity to discuss the private "
     "meeting, said the message was that the strike would go on.",
     "the message was that the strike would go on", "One delegate"),
    ("Harbour news.\n\nMr. Dahl, whose latest start-up, Fjordata, uses big data to help shippers find crews, said "
     "the mayor was a candidate very much in the spirit of the port.",
     "the mayor was a candidate very much in the spirit of the port", "Mr. Dahl"),
])
def test_a_subject_with_a_relative_clause_is_the_speaker_not_a_quote(quote_speakers, text, content, speaker):
    found = quote_speakers(text)
    # the subject and its relative clause are no quote of their own
    assert [c for c, _, _ in found] == [content]
    mention = found[0][2]
    assert mention is not None and mention.startswith(speaker)


def test_a_dateline_under_a_headline_sentence_is_no_speaker(quote_speakers):
    text = ("Mayor swipes at rival over ferry.\n\nBergen (AFP) – Mayor Anna Lind has taken a swipe at her rival "
            "Ivan Petrov's stance on the ferry, saying that \"loud comments\" do more harm than good.")
    found = quote_speakers(text)
    assert [(s, m) for c, s, m in found if "harm" in c] == [("Anna Lind", "Mayor Anna Lind")]


def test_a_headline_quote_keeps_its_speaker_above_a_dateline(quote_speakers):
    text = ("Mayor tells crowd: Ferry has gone 'soft' like the city.\n\n"
            "BERGEN (AFP) – Mayor Anna Lind told a crowd on Monday that the ferry service had become too slow.")
    found = quote_speakers(text)
    assert [m for c, _, m in found if "soft" in c] == ["Mayor"]


def test_a_long_subject_keeps_the_name_it_closes_with(quote_speakers):
    text = ("Harbour news.\n\nThe head of the largest union backing former harbour master Ivan Petrov for mayor, "
            "Ola Dahl, said the strike would go on.")
    found = quote_speakers(text)
    assert len(found) == 1
    content, speaker, mention = found[0]
    assert content == "the strike would go on" and speaker == "Ola Dahl"
    assert mention is not None and mention.startswith("The head") and mention.endswith("Ola Dahl")


def test_a_relative_pronoun_speaker_mention_names_what_it_stands_for(quote_speakers):
    text = "Harbour news.\n\nThe strike was backed by Fjordworkers, a union that said the port had cut wages."
    found = quote_speakers(text)
    assert [(c, m) for c, _, m in found] == [("the port had cut wages", "a union that")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # "he's said" read as a passive: the contracted "has" of a perfect
    ("Harbour news.\n\nWhile he's said he'll fight all the way to the vote, Petrov must decide what he will demand.",
     "he'll fight all the way to the vote", "he"),
    # a finite cue hung on the subject noun as its modifier, and the purpose clause "to say" under it
    ("Harbour news.\n\nOla Dahl, who is running to be the next mayor, tweeted on Friday to say he had never "
     "proposed closing the ferry.", "he had never proposed closing the ferry", "Ola Dahl"),
])
def test_a_cue_the_parser_left_without_its_subject(quote_speakers, text, content, speaker):
    found = quote_speakers(text)
    assert [(c, m) for c, _, m in found if c == content] == [(content, speaker)]


def test_a_cue_after_a_long_apposition_of_the_speaker(quote_speakers):
    text = ("Harbour news.\n\nMayor Anna Lind spoke first. \"We will fix the bridge,\" she said.\n\n"
            "\"Very good plan, very good plan this one,\" Petrov, the city's longest-serving councillor and current "
            "leader of the harbour committee after winning the spring vote, said when a reporter asked him about it.")
    found = quote_speakers(text)
    assert [m for c, _, m in found if c.startswith("Very good plan")] == ["Petrov"]
