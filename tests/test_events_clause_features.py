"""Events: how a trigger's clause is built (tense, form, clause role, subject) as confidence features."""

from __future__ import annotations

import pytest

from sidelines.extractors.events.clause_features import clause_features
from sidelines.extractors.events.confidence import load_confidence_model


def _feats(nlp, text: str, word: str) -> dict[str, float]:
    return clause_features(next(t for t in nlp(text) if t.text == word))


@pytest.mark.issue(11)
def test_clause_features_tell_tense_and_form(nlp) -> None:
    past = _feats(nlp, "The mayor accused the council of fraud on Monday.", "accused")
    assert past["clause_past"] == 1.0 and past["clause_present"] == 0.0 and past["clause_root"] == 1.0
    perfect = _feats(nlp, "The council has backed the mayor's housing plan.", "backed")
    assert perfect["clause_perfect"] == 1.0 and perfect["clause_past"] == 0.0
    habit = _feats(nlp, "Critics often attack the mayor over the budget.", "attack")
    assert habit["clause_present"] == 1.0 and habit["clause_past"] == 0.0
    contracted = _feats(nlp, "He's met the mayor twice since May.", "met")
    assert contracted["clause_perfect"] == 1.0
    progressive = _feats(nlp, "He's meeting the mayor on Friday.", "meeting")
    assert progressive["clause_perfect"] == 0.0
    participle = _feats(nlp, "She toured the state, asking voters for patience.", "asking")
    assert participle["clause_bare_participle"] == 1.0 and participle["subject_none"] == 1.0
    modal = _feats(nlp, "The union could sue the company next year.", "sue")
    assert modal["clause_modal"] == 1.0 and modal["clause_present"] == 0.0


@pytest.mark.issue(11)
def test_clause_features_tell_clause_role_and_subject(nlp) -> None:
    relative = _feats(nlp, "Lawmakers who oppose the bill say it costs too much.", "oppose")
    assert relative["clause_relcl"] == 1.0
    personal = _feats(nlp, "We support every family that works hard.", "support")
    assert personal["subject_personal"] == 1.0
    named = _feats(nlp, "The two ministers met in Tallinn and signed the accord.", "signed")
    assert named["clause_conj"] == 1.0 and named["subject_personal"] == 0.0 and named["subject_none"] == 0.0
    noun = _feats(nlp, "The talks between the two sides ended.", "talks")
    assert noun["clause_past"] == 0.0 and noun["subject_none"] == 0.0 and noun["clause_other"] == 0.0


@pytest.mark.issue(11)
def test_a_headline_verb_keeps_its_clause_role_but_no_tense(nlp) -> None:
    # Headlinese drops the auxiliary: the participle is the headline's main verb, however it is parsed.
    for text, word in (("Four fishermen detained off the coast", "detained"),
                       ("Two reporters jailed in the capital", "jailed")):
        feats = clause_features(next(t for t in nlp(text) if t.text == word), headline=True)
        assert {k for k, v in feats.items() if v} == {"clause_root"}, (text, feats)


def test_packaged_confidence_model_weighs_clause_features() -> None:
    model = load_confidence_model()
    assert model is not None
    assert any(name.startswith(("clause_", "subject_")) for name in model.weights)
