"""Reported speech the frames used to miss or cut wrongly (made-up sentences in news style)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found_in(extract):
    """(content, speaker mention, cue) of every quote of a text."""

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(q.content.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
                for q in extract(text).quotes]

    return run


def test_a_fronted_participle_cue_is_said_by_the_subject_after_it(found_in):
    found = found_in("Noting he was born in the town, Mayor Lena Ostrova said the city would pay for the repairs.")
    assert ("he was born in the town", "Mayor Lena Ostrova", "Noting") in found
    assert ("the city would pay for the repairs", "Mayor Lena Ostrova", "said") in found


@pytest.mark.parametrize("participle", ["noting", "arguing", "pointing out"])
def test_a_participle_of_saying_after_a_reported_clause_is_a_second_quote(found_in, participle):
    found = found_in(f"Tomas Berg said the talks had stalled over the border question, {participle} that the new "
                     "customs rules had angered the fishermen.")
    assert [(c, m) for c, m, _ in found] == [("the talks had stalled over the border question", "Tomas Berg"),
                                             ("the new customs rules had angered the fishermen", "Tomas Berg")]


@pytest.mark.parametrize("noun", ["claim", "insistence", "assertion"])
def test_a_possessor_with_a_stance_noun_and_its_clause_is_a_quote(found_in, noun):
    found = found_in(f"The governor's {noun} that the port will reopen in May has angered the union.")
    assert [(c, m, cue) for c, m, cue in found] == [("the port will reopen in May", "The governor", noun)]


def test_a_possessor_with_a_promise_and_its_infinitive_is_a_quote(found_in):
    found = found_in("Her promise to cut the ferry fares by half won her the island vote.")
    assert [(c, m) for c, m, _ in found] == [("to cut the ferry fares by half", "Her")]


@pytest.mark.parametrize("text", [
    "His ability to raise money has surprised the party.",
    "The senator's decision to retire came as a shock.",
])
def test_a_possessor_with_a_noun_that_reports_nothing_is_no_quote(found_in, text):
    assert found_in(text) == []


def _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas):
    """A Doc with a given parse (the parser's mistakes reproduced), its analysis attached."""
    from spacy.tokens import Doc

    from sidelines.nlp.analysis import attach_analysis

    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    attach_analysis(doc)
    return doc


def test_a_subject_inside_the_quotation_is_not_the_speaker_of_an_inverted_cue(nlp):
    """ "“We lost the vote, but Berg has low numbers,” added a Bergen Democrat.": the parser left "added"
    without a subject (its speaker parsed as an object), and the nearest subject to its left is a word
    of the quotation."""
    from sidelines.extractors.quotes import QuoteExtractor

    words = ["“", "We", "lost", "the", "vote", ",", "but", "Berg", "has", "low", "numbers", ",", "”", "added", "a",
             "Bergen", "Democrat", "."]
    spaces = [False, True, True, True, False, True, True, True, True, True, False, False, True, True, True, True,
              False, False]
    heads = [13, 2, 13, 4, 2, 2, 2, 8, 2, 10, 8, 13, 13, 13, 16, 16, 13, 13]
    deps = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "cc", "nsubj", "conj", "amod", "dobj", "punct",
            "punct", "ROOT", "det", "compound", "dobj", "punct"]
    tags = ["``", "PRP", "VBD", "DT", "NN", ",", "CC", "NNP", "VBZ", "JJ", "NNS", ",", "''", "VBD", "DT", "NNP",
            "NNP", "."]
    pos = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT",
           "PUNCT", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["“", "we", "lose", "the", "vote", ",", "but", "Berg", "have", "low", "number", ",", "”", "add", "a",
              "Bergen", "Democrat", "."]
    doc = _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas)
    text = doc.text
    found = [(text[c.start:c.end], text[c.speaker[0]:c.speaker[1]] if c.speaker else None)
             for c in QuoteExtractor().find(text, doc)]
    assert found == [("We lost the vote, but Berg has low numbers,", "a Bergen Democrat")]
