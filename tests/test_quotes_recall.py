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


def _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas, ents=None):
    """A Doc with a given parse (the parser's mistakes reproduced), its analysis attached."""
    from spacy.tokens import Doc

    from sidelines.nlp.analysis import attach_analysis

    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
              ents=ents)
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


def test_a_day_after_the_cue_is_never_the_speaker(nlp):
    """ "“We will win,” Berg said Monday.": with the speaker lost to a bare dependent, the word right after
    the cue is a day, not a name; the name before the cue speaks."""
    from sidelines.extractors.quotes import QuoteExtractor

    words = ["“", "We", "will", "win", ",", "”", "Berg", "said", "Monday", "."]
    spaces = [False, True, True, False, False, True, True, True, False, False]
    heads = [7, 3, 3, 7, 7, 7, 7, 7, 7, 7]
    deps = ["punct", "nsubj", "aux", "dep", "punct", "punct", "dep", "ROOT", "npadvmod", "punct"]
    tags = ["``", "PRP", "MD", "VB", ",", "''", "NNP", "VBD", "NNP", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    lemmas = ["“", "we", "will", "win", ",", "”", "Berg", "say", "Monday", "."]
    doc = _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas)
    text = doc.text
    found = [(text[c.start:c.end], text[c.speaker[0]:c.speaker[1]] if c.speaker else None)
             for c in QuoteExtractor().find(text, doc)]
    assert found == [("We will win,", "Berg")]


def test_a_day_parsed_as_the_subject_of_a_cue_is_not_its_speaker(nlp):
    """ "Saturday at the convention Sen. Ola Dahl said the plan failed.": the parser made the day the subject."""
    from sidelines.extractors.quotes import QuoteExtractor

    words = ["Saturday", "at", "the", "convention", "Sen.", "Ola", "Dahl", "said", "the", "plan", "failed", "."]
    spaces = [True, True, True, True, True, True, True, True, True, True, False, False]
    heads = [7, 0, 3, 1, 6, 6, 3, 7, 9, 10, 7, 7]
    deps = ["nsubj", "prep", "det", "pobj", "compound", "compound", "appos", "ROOT", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNP", "IN", "DT", "NN", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "."]
    pos = ["PROPN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Saturday", "at", "the", "convention", "Sen.", "Ola", "Dahl", "say", "the", "plan", "fail", "."]
    ents = ["B-DATE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    doc = _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas, ents)
    text = doc.text
    found = [(text[c.start:c.end], text[c.speaker[0]:c.speaker[1]] if c.speaker else None)
             for c in QuoteExtractor().find(text, doc)]
    assert len(found) == 1 and found[0][0] == "the plan failed"
    assert found[0][1] is not None and "Ola Dahl" in found[0][1] and "Saturday" not in found[0][1]


@pytest.mark.parametrize("text, content", [
    ("Some 59 percent of voters view the mayor unfavorably, according to a Bergen Post report last week - "
     "virtually the same as her rival.", "Some 59 percent of voters view the mayor unfavorably"),
    ("The ferry company lost two million last year, according to a filing by the harbour board, but the owners "
     "have vowed to keep it running.", "The ferry company lost two million last year"),
    ("But, according to the ministry, 46 percent of the farmers remain undecided, so a late swing is possible.",
     "46 percent of the farmers remain undecided, so a late swing is possible"),
])
def test_the_according_to_phrase_is_never_inside_its_content(found_in, text, content):
    found = [(c, cue) for c, _, cue in found_in(text) if cue == "according to"]
    assert found == [(content, "according to")]


def test_an_object_stops_before_an_according_to_phrase(found_in):
    found = found_in("The mayor leads the council by 12 pledged votes according to a count by the Bergen Post, "
                     "but her rival has vowed to fight on until the last ballot.")
    assert not any("according to" in c for c, _, _ in found)


def test_a_participle_before_the_name_after_an_inverted_cue_is_part_of_the_speaker(nlp):
    """ "“We won,” said retired mayor Ola Dahl, asked about it.": the name is the subject of "asked", the
    nearest subject to the left of "said" is in the quotation, and "retired" is tagged a verb."""
    from sidelines.extractors.quotes import QuoteExtractor

    words = ["“", "We", "won", ",", "”", "said", "retired", "mayor", "Ola", "Dahl", ",", "asked", "about", "it", "."]
    spaces = [False, True, False, False, True, True, True, True, True, False, True, True, True, False, False]
    heads = [5, 2, 5, 5, 5, 5, 7, 9, 9, 11, 11, 5, 11, 12, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "amod", "compound", "compound", "nsubj", "punct",
            "ccomp", "prep", "pobj", "punct"]
    tags = ["``", "PRP", "VBD", ",", "''", "VBD", "VBN", "NN", "NNP", "NNP", ",", "VBD", "IN", "PRP", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT", "VERB",
           "ADP", "PRON", "PUNCT"]
    lemmas = ["“", "we", "win", ",", "”", "say", "retire", "mayor", "Ola", "Dahl", ",", "ask", "about", "it", "."]
    doc = _parsed(nlp, words, spaces, heads, deps, tags, pos, lemmas)
    text = doc.text
    found = [(text[c.start:c.end], text[c.speaker[0]:c.speaker[1]] if c.speaker else None)
             for c in QuoteExtractor().find(text, doc)]
    assert ("We won,", "retired mayor Ola Dahl") in found
