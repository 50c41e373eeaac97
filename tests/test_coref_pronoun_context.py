"""Pronouns: not the speaker of their own quotation, nor a person named inside the quotation they report; the
one person named in the sentence before."""

from __future__ import annotations

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


def _pronouns(nlp, text: str) -> dict[str, list[tuple[int, str]]]:
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return {e.name: [(m.start, m.text) for m in e.mentions if m.kind == "pronoun"]
            for e in doc.layers["entities"] if e.type == "PERSON"}


def test_pronoun_inside_a_quote_is_not_its_speaker(nlp):
    text = ('Senator Paul Hendry criticised Governor Tomas Berg on Friday. '
            '"He broke his promise to the farmers," Hendry said.')
    found = _pronouns(nlp, text)
    he = text.index('"He') + 1
    assert (he, "He") in found["Tomas Berg"]
    assert all(start != he for start, _ in found["Paul Hendry"])


def test_pronoun_after_a_sentence_without_subject_takes_its_person(nlp):
    text = ("Paul Hendry has long criticised the central bank, and Hendry says his views are popular. "
            "Just look at Senator Tomas Berg. He said in 2010 that rates were too low.")
    found = _pronouns(nlp, text)
    he = text.index("He said")
    assert (he, "He") in found["Tomas Berg"]


def test_speaker_pronoun_does_not_take_a_pronoun_of_its_own_quotation(nlp):
    text = ('Captain Paul Hendry spoke about Governor Tomas Berg on Friday. '
            '"He has no experience. He has no plan," he said.')
    found = _pronouns(nlp, text)
    first, second = text.index('"He') + 1, text.index(" He has no plan") + 1
    speaker = text.index("he said")
    assert {(first, "He"), (second, "He")} <= set(found["Tomas Berg"])
    assert (speaker, "he") in found["Paul Hendry"]


def test_quotation_from_the_sentence_before_does_not_name_its_own_speaker(nlp):
    text = ('Senator Paul Hendry praised Governor Tomas Berg on Monday. '
            'Hendry said that he would vote for the plan. "He has earned it," Hendry added.')
    found = _pronouns(nlp, text)
    quoted = text.index('"He') + 1
    assert (quoted, "He") in found["Tomas Berg"]


def test_narrative_pronoun_takes_the_writers_person_not_one_named_only_in_a_quotation(nlp):
    text = ('Coach Lena Falk read the fan\'s letter aloud: "Petra Lind made me love this game." '
            "Later she thanked the supporters.")
    found = _pronouns(nlp, text)
    she = text.index("she thanked")
    assert (she, "she") in found["Lena Falk"]
    assert all(start != she for start, _ in found.get("Petra Lind", []))


def test_narrative_pronoun_still_takes_a_person_named_only_in_a_quotation_when_no_other(nlp):
    text = '"Governor Helen Marsh must resign," the crowd chanted. Police later escorted her out.'
    found = _pronouns(nlp, text)
    her = text.index("her out")
    assert (her, "her") in found["Helen Marsh"]


def test_pronoun_of_a_because_clause_takes_the_subject_of_the_reported_clause(nlp):
    text = ("Senator Tomas Berg toured a steel plant on Saturday. "
            "Governor Paul Hendry said Berg could lose his seat because he supports the trade deal.")
    found = _pronouns(nlp, text)
    he = text.index("he supports")
    assert (he, "he") in found["Tomas Berg"]
    assert all(start != he for start, _ in found["Paul Hendry"])


def test_pronoun_of_a_because_clause_on_the_main_verb_keeps_the_main_subject(nlp):
    text = ("Senator Tomas Berg toured a steel plant on Saturday. "
            "Governor Paul Hendry left early because he had a meeting in the capital.")
    found = _pronouns(nlp, text)
    he = text.index("he had")
    assert (he, "he") in found["Paul Hendry"]
