"""A speaker "it" or "they" that the ``groups`` step links to a body or group named just before takes that
entity as its speaker (rule "groups: a body pronoun linked to the group named before"; made-up text)."""

from __future__ import annotations

import pytest


def _speakers(extract, text: str, words: str) -> list[str | None]:
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    return [names.get(q.speaker or "") for q in record.quotes if words in q.content.text]


@pytest.mark.parametrize("text, words, body", [
    ("Protest March\n\nThousands marched through the capital on Saturday to demand new elections.\n\n"
     "The interior ministry said the march was illegal. It said police had arrested 40 people.",
     "police had arrested 40 people", "interior ministry"),
    ("Border Dispute\n\nThe defence ministry said in a written statement that troops had crossed the border overnight. "
     "It said the incursion broke the truce.", "the incursion broke the truce", "defence ministry"),
])
def test_it_after_a_body_that_spoke_is_that_body(extract, text, words, body):
    found = _speakers(extract, text, words)
    assert found and all(s is not None and body in s for s in found), found


@pytest.mark.parametrize("text, words", [
    # another body is named between the two: "it" is left open
    ("Protest March\n\nThe interior ministry said the march was illegal, and the city council agreed. "
     "It said police had arrested 40 people.", "police had arrested 40 people"),
    # an empty "it" of a raising verb is no one
    ("Protest March\n\nThe interior ministry said the march was illegal. It is said that police arrested "
     "40 people.", "police arrested 40 people"),
])
def test_it_with_no_safe_body_stays_open(extract, text, words):
    found = _speakers(extract, text, words)
    assert all(s is None for s in found), found


def test_it_after_a_person_who_spoke_stays_open(extract):
    text = ("Port Talks\n\nHarbor master Ola Vik said the port would reopen on Friday. It said the cranes had "
            "been repaired.")
    found = _speakers(extract, text, "the cranes had been repaired")
    assert all(s is None for s in found), found


@pytest.mark.parametrize("noun", ["story", "piece", "profile"])
def test_a_text_that_speaks_is_no_group_of_its_own(extract, noun):
    """ "The story said ...": a text speaks for its author or outlet, never for a group named "story"."""
    text = (f"Donations Probe\n\nSenator Vik Amdal was asked about the donations on Monday. The {noun} said the "
            "money came from a firm abroad.")
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    found = [names.get(q.speaker or "") for q in record.quotes if "the money came from" in q.content.text]
    assert found and all(s is None or noun not in s.lower() for s in found), found


@pytest.mark.parametrize("noun", ["paper", "study", "story"])
def test_a_text_is_never_the_person_quoted_last(extract, noun):
    """ "The paper said ...": a text is no description of a person, so it never falls to the person quoted
    last."""
    text = ("Layoffs Announced\n\nFactory owner Ian Roe told staff on Monday that 200 jobs would go. "
            f"The {noun} said Roe had misled investors about the losses.")
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    found = [names.get(q.speaker or "") for q in record.quotes if "misled investors" in q.content.text]
    assert found and all(s != "Ian Roe" for s in found), found


@pytest.mark.parametrize("noun", ["committee"])
def test_a_body_noun_is_never_the_person_quoted_last(extract, noun):
    """ "The ethics committee said ...": an organisation's noun with an agent's ending is no description of a
    person (negative twin: "the veteran organiser said" still is the person quoted last)."""
    text = ("Budget Talks\n\nFinance Minister Olav Brenn said on Monday that taxes would not rise. "
            f"The ethics {noun} said the figures had been checked twice.")
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    found = [names.get(q.speaker or "") for q in record.quotes if "checked twice" in q.content.text]
    assert found and all(s != "Olav Brenn" for s in found), found


def test_a_person_description_is_still_the_person_quoted_last(extract):
    text = ("Budget Talks\n\nFinance Minister Olav Brenn said on Monday that taxes would not rise. "
            "The veteran economist said the figures had been checked twice.")
    record = extract(text)
    names = {e.id: e.name for e in record.entities}
    found = [names.get(q.speaker or "") for q in record.quotes if "checked twice" in q.content.text]
    assert found == ["Olav Brenn"], found
