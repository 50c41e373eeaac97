"""Events: what the text around an event tells its confidence model (domain, numbers, questions, conditions)."""

from __future__ import annotations

import pytest

from sidelines.extractors.events.context import context_features, domain_of, domain_weights


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_domain_table_is_packaged_and_leans_political_or_general():
    weights = domain_weights()
    assert weights, "data/domain_words.json is missing"
    # A political-news text leans above a match report in the learned table.
    political = domain_of("the rebels and the government agreed a ceasefire after talks with activists", weights)
    sport = domain_of("the coach said the players scored twice in the second half of the tournament", weights)
    assert political > 0 > sport
    # Only lower-case words are counted: names weigh nothing.
    assert all(word.islower() for word in weights)


@pytest.mark.issue(11)
def test_context_tells_near_domain_of_a_trigger(nlp):
    political = context_features(_token(nlp, "Soldiers detained twelve activists at the border.", "detained"))
    sport = context_features(_token(nlp, "The striker beat the goalkeeper in the final minute of the match.", "beat"))
    assert political["near_domain"] > sport["near_domain"]


@pytest.mark.issue(11)
def test_context_tells_questions_conditions_and_numbers(nlp):
    asked = context_features(_token(nlp, "Will Ruritania sanction the bank?", "sanction"))
    assert asked["question"] == 1.0 and asked["conditional"] == 0.0
    supposed = context_features(_token(nlp, "If the army attacks the town, the mayor will resign.", "attacks"))
    assert supposed["conditional"] == 1.0 and supposed["question"] == 0.0
    poll = context_features(_token(nlp, "Some 54 percent of voters back Ivan Petrov, up from 48 percent.", "back"))
    assert poll["sent_money_percent"] == 1.0 and poll["sent_numbers"] > 0.5
    plain = context_features(_token(nlp, "Ivan Petrov met the Ruritanian envoy in Kirsk.", "met"))
    assert plain["sent_numbers"] == 0.0 and plain["sent_money_percent"] == 0.0


def test_events_carry_context_features(extract):
    record = extract("Police arrested three protesters in Nairobi on Monday.")
    (event,) = [ev for ev in record.events if ev.type == "COERCE"]
    features = event.explanation.features
    assert {"near_domain", "trigger_domain", "question", "conditional", "sent_numbers"} <= set(features)
    assert features["question"] == 0.0 and features["conditional"] == 0.0
