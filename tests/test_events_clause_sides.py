"""Events: sides given by a clause around the trigger (gerund controllers, charge phrases, relative clauses)."""

from __future__ import annotations

import pytest
from tests.conftest import event_sides as _sides


def _named(sides: dict[str, str], name: str, roles: tuple[str, ...]) -> bool:
    return any(name in actor and role in roles for actor, role in sides.items())


@pytest.mark.issue(11)
def test_events_gerund_after_a_people_object_is_the_objects_act(extract) -> None:
    # "arrested four men for attacking X": the men attacked, not the ones who arrested them.
    record = extract("Ruritanian police arrested four Dravian sailors for attacking a Kestovan patrol boat.")
    assaults = _sides(record, "ASSAULT")
    assert any(_named(s, "Dravian", ("source",)) for s in assaults)
    assert not any(_named(s, "Ruritanian", ("source", "participant")) for s in assaults)


@pytest.mark.issue(11)
def test_events_gerund_under_a_charge_noun_is_the_charged_ones_act(extract) -> None:
    record = extract("Dravian border guards detained Lukas Fenn on suspicion of bombing a Kestovan checkpoint.")
    assaults = _sides(record, "ASSAULT")
    assert any(s.get("Lukas Fenn") == "source" for s in assaults)
    assert not any(_named(s, "Dravian", ("source", "participant")) for s in assaults)


@pytest.mark.issue(11)
def test_events_possessor_of_a_relative_is_not_the_relative(extract) -> None:
    # "X's daughter accused Y of beating him": the daughter accuses; X is the one beaten.
    record = extract("Marek Olsen's daughter accused Dravian prison guards of beating him.")
    assert not any(s.get("Marek Olsen") in ("source", "participant") for s in _sides(record))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "doer", "done_to"),
    [
        ("Maria Lopez, whom the Dravian police detained in March, met Kestovan envoys in Oslo.", "COERCE",
         "Dravian", "Maria Lopez"),
        ("Senator Paul Odell, whom Peru jailed in 2019, met Chilean envoys in Oslo.", "COERCE", "Peru", "Paul Odell"),
    ],
)
def test_events_relative_clause_object_is_the_noun_it_hangs_on(extract, text, etype, doer, done_to) -> None:
    events = _sides(extract(text), etype)
    assert any(_named(s, doer, ("source",)) and _named(s, done_to, ("target",)) for s in events)


@pytest.mark.issue(11)
def test_events_support_verb_in_a_relative_clause_lends_its_sides(extract) -> None:
    record = extract("The sanctions that Norway imposed on Ruritania in May expired on Monday.")
    assert any(s.get("Norway") == "source" and s.get("Ruritania") == "target" for s in _sides(record, "SANCTION"))


@pytest.mark.issue(11)
def test_events_object_it_is_not_the_subject_of_its_own_clause(extract) -> None:
    # "X said Y broke the truce, accusing it of shelling Z": X accuses, so "it" cannot be X.
    record = extract("Kestova said Ruritania had broken the truce, accusing it of shelling three villages.")
    assert not any(s.get("Kestova") in ("source", "participant") for s in _sides(record, "ASSAULT"))


@pytest.mark.issue(11)
def test_events_unlinked_she_is_no_body_for_the_learned_sides(extract) -> None:
    # "after she attacked X": whoever "she" is, the police who detained her are not the attackers.
    record = extract("Dravian police detained Maria Lopez after she attacked a Kestovan diplomat in Oslo.")
    assert not any(_named(s, "Dravian", ("source", "participant")) for s in _sides(record, "ASSAULT"))


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        ("Chile said Peru had attacked its border posts on Sunday.", "Peru", "Chile"),
        ("Norway said Russian ships had seized their fishing boats.", "Russian", "Norway"),
    ],
)
def test_events_possessive_on_what_was_attacked_is_the_reporting_speakers(extract, text, doer, owner) -> None:
    # "X said Y attacked its posts": Y does not attack its own posts; they are X's.
    events = _sides(extract(text))
    assert any(_named(s, doer, ("source",)) and s.get(owner) == "target" for s in events)


@pytest.mark.issue(11)
def test_events_own_marks_the_attackers_belongings(extract) -> None:
    record = extract("Chile said Peru had attacked its own rebels in the north.")
    assert not any(s.get("Chile") == "target" for s in _sides(record, "ASSAULT"))
