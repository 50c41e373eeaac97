"""Events: short reports whose wording hides a side or the status of an act (issue #11).

"repelled an attack by X" (X attacked, the repeller was attacked), "left without meeting X" (no meeting),
"clashes between X and Y" as the subject of any verb (an act of X and Y).
"""

from __future__ import annotations

import pytest

HEAD = "Officials weigh next steps after a busy week\n\n"


def _sides(record, ev):
    names = {e.id: e.name for e in record.entities}
    return {(names[a.entity], a.role) for a in ev.actors}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, attacker, attacked", [
    ("Vardanian forces repelled an attack by Morvish troops near the river on Tuesday.", "Morvish", "Vardanian"),
    ("Kelish fighters repulsed an offensive by Dornish militants on Friday.", "Dornish", "Kelish"),
    ("Government troops fought off an attack by the Red Hand rebels on the town on Thursday.", "Red Hand",
     "Government troops"),
])
def test_the_side_that_wards_off_an_attack_is_its_target(extract_unfiltered, text, attacker, attacked):
    record = extract_unfiltered(HEAD + text + "\n")
    assault = [ev for ev in record.events if ev.type == "ASSAULT"]
    assert assault
    sides = _sides(record, assault[0])
    assert any(attacker in n and r == "source" for n, r in sides)
    assert any(attacked in n and r == "target" for n, r in sides)
    assert not any(attacked in n and r == "source" for n, r in sides)


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Chancellor Greta Hollis left Brenton without meeting President Tomas Ruiz on Friday.",
    "Secretary Dana Morrow flew home on Sunday without meeting Minister Kenji Aoki.",
])
def test_a_meeting_after_without_did_not_happen(extract_unfiltered, text):
    record = extract_unfiltered(HEAD + text + "\n")
    consult = [ev for ev in record.events if ev.type == "CONSULT"]
    assert consult and all(ev.polarity == "negative" for ev in consult)


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, sides", [
    ("Clashes between Vardanian and Morvish soldiers left 20 dead on the border on Monday.",
     ("Vardanian", "Morvish")),
    ("Clashes between police and protesters erupted in Kirsk on Thursday.", ("police", "protesters")),
])
def test_clashes_between_two_sides_are_an_assault_of_both(extract_unfiltered, text, sides):
    record = extract_unfiltered(HEAD + text + "\n")
    assault = [ev for ev in record.events if ev.type == "ASSAULT"]
    assert assault
    got = _sides(record, assault[0])
    for side in sides:
        assert any(side.lower() in n.lower() for n, _ in got)


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "The clash of ideas between the two candidates dominated the debate on Tuesday.",
    "A clash of cultures between the old town and the new suburbs is clear in the film.",
])
def test_a_clash_of_ideas_is_no_assault(extract_unfiltered, text):
    record = extract_unfiltered(HEAD + text + "\n")
    assert not [ev for ev in record.events if ev.type == "ASSAULT"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, threatened", [
    ("The junta threatened to crush the rebels in the north on Tuesday.", "rebels"),
    ("General Omar Dast threatened to punish the strikers on Monday.", "strikers"),
])
def test_the_object_of_a_threatened_act_is_the_threat_target(extract_unfiltered, text, threatened):
    record = extract_unfiltered(HEAD + text + "\n")
    threats = [ev for ev in record.events if ev.type == "THREATEN"]
    assert threats
    assert any(threatened in n and r == "target" for n, r in _sides(record, threats[0]))


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, attacker, attacked, kind", [
    ("A police patrol came under fire from gunmen in Kirsk on Friday.", "gunmen", None, "ASSAULT"),
    ("Marlandian troops came under fire from Red Hand rebels on Monday.", "Red Hand", "Marlandian", "ASSAULT"),
    ("The minister came under fire from opposition lawmakers over the budget on Tuesday.", "lawmakers", None,
     "ACCUSE"),
])
def test_coming_under_fire_among_armed_sides_is_an_attack(extract_unfiltered, text, attacker, attacked, kind):
    record = extract_unfiltered(HEAD + text + "\n")
    if kind != "ASSAULT":  # a reason makes it criticism: no attack
        assert not [ev for ev in record.events if ev.type == "ASSAULT"]
        return
    events = [ev for ev in record.events if ev.type == "ASSAULT"]
    assert events
    sides = _sides(record, events[0])
    assert any(attacker in n and r == "source" for n, r in sides)
    assert attacked is None or any(attacked in n and r == "target" for n, r in sides)


@pytest.mark.issue(11)
def test_a_counterfactual_without_before_the_clause_keeps_the_act(extract_unfiltered):
    record = extract_unfiltered(HEAD + "Without the Kelish airstrikes on Dornish positions, the town would have "
                                "fallen, the mayor said.\n")
    strikes = [ev for ev in record.events if ev.type == "ASSAULT"]
    assert strikes and all(ev.polarity == "positive" for ev in strikes)


@pytest.mark.issue(11)
def test_a_third_side_that_foils_an_attack_is_not_its_target(extract_unfiltered):
    record = extract_unfiltered(HEAD + "Kelish police foiled a bomb attack on the Dornish embassy on Friday.\n")
    for ev in record.events:
        assert not any("Kelish" in n and r == "target" for n, r in _sides(record, ev))
