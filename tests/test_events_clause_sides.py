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


@pytest.mark.issue(11)
def test_events_a_person_speaking_owns_no_its(extract) -> None:
    # "Minister X said Y seized its boats": "its" is a state's; the minister is no target.
    record = extract("Deputy Minister Halvard Brekke said Zarkovia had seized its cargo barges.")
    assert not any(s.get("Halvard Brekke") == "target" for s in _sides(record))


@pytest.mark.issue(11)
def test_events_a_person_speakings_country_owns_the_its(extract) -> None:
    record = extract("Greek Foreign Minister Stavros Lemonis said Turkish jets had attacked its patrol boats.")
    events = [ev for ev in record.events if ev.type == "ASSAULT"]
    names = {e.id: e.name for e in record.entities}
    assert any(names[a.entity] == "Greek" and a.role == "target" for ev in events for a in ev.actors)
    assert not any(names[a.entity] == "Stavros Lemonis" for ev in events for a in ev.actors)
    assert any("sides:speakers-own" in ev.explanation.decisions.get("side rules", "") for ev in events
               if ev.explanation)


class _Index:
    """The one part of an entity index the doer guard reads: entity ids by token."""

    def __init__(self, by_token: dict[int, list[str]]) -> None:
        self.by_token = by_token


@pytest.mark.issue(11)
def test_events_one_entity_is_not_both_doer_and_done_to(nlp) -> None:
    # Coreference may merge two people of one surname: the victim must not become the attacker.
    from sidelines.extractors.events.object_sides import not_the_object

    doc = nlp("Mira Kastel was arrested on suspicion of poisoning her husband, Jonas Kastel.")
    verb = next(t for t in doc if t.lower_ == "poisoning")
    merged = _Index({t.i: ["e1"] for t in doc if t.text in ("Mira", "Jonas", "Kastel")})
    assert not_the_object(["e1"], verb, merged) == []
    apart = _Index({t.i: ["e1" if t.i < 3 else "e2"] for t in doc if t.text in ("Mira", "Jonas", "Kastel")})
    assert not_the_object(["e1"], verb, apart) == ["e1"]
    hurt = nlp("Orla Benn hurt herself.")
    assert not_the_object(["e1"], hurt[2], _Index({0: ["e1"], 1: ["e1"], 3: ["e1"]})) == ["e1"]


@pytest.mark.issue(11)
def test_events_pronoun_of_a_because_clause_is_the_reported_clause_subject(extract_unfiltered) -> None:
    record = extract_unfiltered("Senator Tomas Berg toured a steel plant on Saturday.\n\n"
                                "Governor Paul Hendry said Berg could lose his seat because he supports Nora Lind.")
    sides = _sides(record, "SUPPORT")
    assert any(s.get("Tomas Berg") == "source" and s.get("Nora Lind") == "target" for s in sides)
    assert not any(s.get("Paul Hendry") == "source" for s in sides)
