"""Speakers that a parse slip or the page layout hides (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Harbour news.\n\nOne pilot, who like the others talked on the condition of anonymity to describe the closed "
     "session, said the mood was that the strike would go on.",
     "the mood was that the strike would go on", "One pilot"),
    ("Harbour news.\n\nMr. Dahl, whose newest firm, Kornbua, uses drones to help fishermen find shoals, said the "
     "mayor was a leader very much in the mould of the old port.",
     "the mayor was a leader very much in the mould of the old port", "Mr. Dahl"),
])
def test_a_subject_with_a_relative_clause_is_the_speaker_not_a_quote(quote_speakers, text, content, speaker):
    found = quote_speakers(text)
    # the subject and its relative clause are no quote of their own
    assert [c for c, _, _ in found] == [content]
    mention = found[0][2]
    assert mention is not None and mention.startswith(speaker)


def test_a_dateline_under_a_headline_sentence_is_no_speaker(quote_speakers):
    text = ("Mayor faults rival over ferry.\n\nBergen (AFP) – Mayor Anna Lind criticised her rival Ivan Petrov's "
            "plan for the ferry, saying that \"big promises\" would cost the city dearly.")
    found = quote_speakers(text)
    assert [(s, m) for c, s, m in found if "dearly" in c] == [("Anna Lind", "Mayor Anna Lind")]


def test_a_headline_quote_keeps_its_speaker_above_a_dateline(quote_speakers):
    text = ("Mayor tells crowd: Ferry has gone 'soft' like the city.\n\n"
            "BERGEN (AFP) – Mayor Anna Lind told a crowd on Monday that the ferry service had become too slow.")
    found = quote_speakers(text)
    assert {m for c, _, m in found if "soft" in c} == {"Mayor"}  # the clause and its quoted word


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
    ("Harbour news.\n\nAlthough he's said he'll stay in the race until the count, Petrov has few allies left.",
     "he'll stay in the race until the count", "he"),
    # a finite cue hung on the subject noun as its modifier, and the purpose clause "to say" under it
    ("Harbour news.\n\nOla Dahl, who is campaigning to become the next mayor, tweeted on Friday to say the toll "
     "was not his idea.", "the toll was not his idea", "Ola Dahl"),
    # the same, with the finite cue tagged a participle ("tweeted" VBN) on a subject the parser made the root
    ("The council voted on Tuesday. Lena Park, who is running for the seat, tweeted on Friday to say she had "
     "never supported the tax.", "she had never supported the tax", "Lena Park"),
])
def test_a_cue_the_parser_left_without_its_subject(quote_speakers, text, content, speaker):
    found = quote_speakers(text)
    mentions = [m for c, _, m in found if c == content]
    assert len(mentions) == 1 and mentions[0] is not None and mentions[0].startswith(speaker), found


def test_an_infinitive_cue_takes_the_name_before_the_verb_it_completes(quote_speakers):
    # the parser hangs "Petrov" on the preposition before the dash, leaving "continued" without a subject
    text = ("Harbour news.\n\nIn a long interview with the Harbour Gazette - held last week at his office in Bergen - "
            "Petrov continued to insist that he never saw the report.")
    mentions = [m for c, _, m in quote_speakers(text) if c == "he never saw the report"]
    assert len(mentions) == 1 and mentions[0] is not None and mentions[0].endswith("Petrov"), mentions


def test_a_cue_after_a_long_apposition_of_the_speaker(quote_speakers):
    text = ("Harbour news.\n\nMayor Anna Lind spoke first. \"We will fix the bridge,\" she said.\n\n"
            "\"Very good plan, very good plan this one,\" Petrov, the city's longest-serving councillor and current "
            "leader of the harbour committee after winning the spring vote, said when a reporter asked him about it.")
    found = quote_speakers(text)
    assert [m for c, _, m in found if c.startswith("Very good plan")] == ["Petrov"]


def test_an_inverted_cue_after_a_quotation_takes_the_name_after_it(quote_speakers):
    # the parser reads "Gunnarsen" as the object of "added", leaving the cue without a subject
    text = ("Harbour news.\n\n\u201cWhoever asks why the ferry still runs late, the broken engines and the many "
            "faults listed in this audit are the answer, and show the board has ignored warnings for years from "
            "crews who tried to raise them in good faith and in writing,\u201d\u00a0added "
            "Gunnarsen.")
    found = quote_speakers(text)
    assert [m for c, _, m in found if c.startswith("Whoever asks")] == ["Gunnarsen"], found


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The harbour office was sued twice, with one skipper claiming the clerk hit him in the face.",
     "the clerk hit him in the face", "one skipper"),
    ("Dozens of passengers were hurt, with witnesses saying the crowd panicked when the lights went out.",
     "the crowd panicked when the lights went out", "witnesses"),
])
def test_the_noun_of_an_absolute_participle_is_its_speaker(quote_speakers, text, content, speaker):
    """ "..., with one skipper claiming (that) ...": the noun a participle cue modifies in an absolute
    construction speaks, not the subject of the main clause."""
    found = quote_speakers(text)
    assert [(c, m) for c, _, m in found] == [(content, speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The port authority released a statement saying the pier had reopened.", "The port authority"),
    ("The firm was fined, with a statement saying it regretted the error.", "The firm"),
])
def test_a_participle_on_a_text_keeps_its_reading(quote_speakers, text, speaker):
    assert [m for _, _, m in quote_speakers(text)] == [speaker]


def test_a_participle_under_an_adjective_is_not_the_adjectives_object(quote_speakers):
    text = "The ferry was delayed, with people familiar with the talks saying the price was too high."
    assert all(m != "the talks" for _, _, m in quote_speakers(text))


def test_a_means_with_a_participle_is_no_absolute(quote_speakers):
    text = "The mayor opened the fair with a short speech praising the harbour workers, who said the pay was fair."
    assert all(m != "a short speech" for _, _, m in quote_speakers(text))
