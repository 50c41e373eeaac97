"""Coreference links that event sides and quote speakers rely on: pronouns next to quotations,
possessive relation nouns in appositions, and definite descriptions after several people."""

from __future__ import annotations

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


def entities_of(nlp, text):
    doc = document_from_text(text, "t")
    EntityExtractor()(doc, nlp(text))
    return doc.layers["entities"]


def mentions_of(entities, name):
    entity = next(e for e in entities if e.name == name)
    return [(m.start, m.text, m.kind) for m in entity.mentions]


def test_pronoun_outside_a_quotation_skips_the_names_inside_it(nlp):
    text = ("Boris Markov and Ivan Petrov met voters in Zorvan on Monday. Petrov spoke last. "
            "\u201cI prefer Markov,\u201d he said, noting he had once backed Lena Sorel.")
    ents = entities_of(nlp, text)
    petrov = mentions_of(ents, "Ivan Petrov")
    markov = mentions_of(ents, "Boris Markov")
    he = text.index("he said")
    assert (he, "he", "pronoun") in petrov
    assert not any(kind == "pronoun" for _, _, kind in markov)


def test_pronoun_inside_a_quotation_may_take_a_name_inside_it(nlp):
    text = ("Anna Sorel spoke in Zorvan on Monday. "
            "\u201cBoris Markov has failed, and he knows it,\u201d Sorel said.")
    ents = entities_of(nlp, text)
    assert (text.index("he knows"), "he", "pronoun") in mentions_of(ents, "Boris Markov")


def test_possessive_relation_noun_is_not_its_possessor(nlp):
    text = ("The delegation included Governor Tom Hale, his wife, Mary, and the mayor of Zorvan, "
            "Lena Sorel. Hale spoke first.")
    ents = entities_of(nlp, text)
    assert not any(m[1] == "his wife" for m in mentions_of(ents, "Tom Hale"))


def test_possessive_relation_noun_of_another_person_stays(nlp):
    text = "Ruth Hale gave a speech in Zorvan. Her son, Peter Hale, spoke after her."
    ents = entities_of(nlp, text)
    assert any(m[1] == "Her son" for m in mentions_of(ents, "Peter Hale"))


def test_description_after_two_people_takes_the_subject(nlp):
    text = ("Ivan Petrov praised Boris Markov at a rally in Zorvan on Sunday. "
            "The retired surgeon also said that the plan would work.")
    ents = entities_of(nlp, text)
    assert any(m[1] == "The retired surgeon" for m in mentions_of(ents, "Ivan Petrov"))
    assert not any(m[1] == "The retired surgeon" for m in mentions_of(ents, "Boris Markov"))


def test_description_with_a_derived_occupation_head(nlp):
    text = ("Lena Sorel spoke to voters in Zorvan on Sunday. "
            "The veteran filmmaker said the vote was close.")
    ents = entities_of(nlp, text)
    assert any(m[1] == "The veteran filmmaker" for m in mentions_of(ents, "Lena Sorel"))


def test_definite_demonym_describes_the_person_just_named(nlp):
    text = ("Rick Stone met Ivan Petrov in Zorvan on Friday. "
            "\u201cWe will win,\u201d the Norwegian said.")
    ents = entities_of(nlp, text)
    assert any(m[1] == "the Norwegian" for m in mentions_of(ents, "Rick Stone"))


def test_demonym_before_a_noun_is_no_person(nlp):
    text = ("Rick Stone met Ivan Petrov in Zorvan on Friday. "
            "The Norwegian delegation said the talks had gone well.")
    ents = entities_of(nlp, text)
    assert not any("Norwegian" in m[1] for m in mentions_of(ents, "Rick Stone"))


def test_he_or_she_is_generic(nlp):
    text = ("Lena Sorel coaches new writers in Zorvan. "
            "A writer should know what he or she wants from a story.")
    ents = entities_of(nlp, text)
    assert not any(m[2] == "pronoun" for m in mentions_of(ents, "Lena Sorel"))



def test_pronoun_prefers_the_main_clause_subject_of_the_sentence_before(nlp):
    text = ("Anna Varga spoke in Zorvan on Monday. Anna Varga replied calmly after Lena Sorel had spoken. "
            "She then left the hall.")
    ents = entities_of(nlp, text)
    assert (text.index("She then"), "She", "pronoun") in mentions_of(ents, "Anna Varga")


def test_pronoun_prefers_the_main_clause_subject_of_its_own_sentence(nlp):
    text = ("Anna Varga spoke in Zorvan on Monday. "
            "Anna Varga waited until Lena Sorel had gone, and then she locked the hall.")
    ents = entities_of(nlp, text)
    assert (text.index("she locked"), "she", "pronoun") in mentions_of(ents, "Anna Varga")
