"""Gerunds of time and manner ("after meeting X", "before backing Y"): done by the clause's subject, and real.

A gerund after "after", "before", "while", "by", ... is an adjunct of its clause: its doer is the
clause's subject, never its object (as in "accused X of attacking Y"), and a stance verb over the
clause ("criticised", "warned", "called") lends it no modality. Where the clause is
passive the gerund is still its subject's act ("X was jailed after stabbing Y").

All texts are written for these tests.
"""

from __future__ import annotations

HEAD = "Officials weigh next steps after a busy week\n\n"


def _sides(record, event) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in record.entities}
    return {(names[a.entity], a.role) for a in event.actors}


def _with(record, etype: str, name: str):
    names = {e.id: e.name for e in record.entities}
    return [e for e in record.events if e.type == etype and any(names[a.entity] == name for a in e.actors)]


def test_gerund_after_before_is_done_by_the_subject_not_the_object(extract_unfiltered):
    record = extract_unfiltered(HEAD + "The Civic Trust endorsed Senator Ruth Calder before backing Governor Paul Dexter.\n")
    (backing,) = _with(record, "SUPPORT", "Paul Dexter")
    assert ("Civic Trust", "source") in _sides(record, backing)
    assert ("Ruth Calder", "source") not in _sides(record, backing)


def test_meeting_after_thanking_someone_is_the_subjects_meeting(extract_unfiltered):
    record = extract_unfiltered(
        HEAD + "Governor Paul Dexter thanked Mayor Sara Lind after meeting President Tomas Ruiz in Ohio.\n")
    (meeting,) = [e for e in record.events if e.type == "CONSULT"]
    sides = {name for name, _ in _sides(record, meeting)}
    assert {"Paul Dexter", "Tomas Ruiz"} <= sides
    assert "Sara Lind" not in sides


def test_arrest_before_another_is_done_by_the_police(extract_unfiltered):
    record = extract_unfiltered(
        HEAD + "Police questioned Omar Haddad for hours before arresting Musa Kane at the airport.\n")
    (arrest,) = _with(record, "COERCE", "Musa Kane")
    assert ("Omar Haddad", "source") not in _sides(record, arrest)


def test_object_control_gerunds_keep_the_object_as_doer(extract_unfiltered):
    record = extract_unfiltered(HEAD + "Police arrested Musa Kane for attacking Omar Haddad on Friday.\n")
    (attack,) = [e for e in record.events if e.type == "ASSAULT"]
    assert ("Musa Kane", "source") in _sides(record, attack)


def test_act_after_a_criticism_is_real(extract_unfiltered):
    record = extract_unfiltered(HEAD + "Japan criticised China on Monday after imposing sanctions on North Korea.\n")
    (sanction,) = [e for e in record.events if e.type == "SANCTION"]
    assert sanction.modality is None and sanction.polarity == "positive"
    assert ("Japan", "source") in _sides(record, sanction)


def test_act_after_a_threat_or_a_rejection_is_real(extract_unfiltered):
    record = extract_unfiltered(HEAD + "The United States threatened Iran on Friday after imposing new sanctions on Syria.\n")
    (sanction,) = [e for e in record.events if e.type == "SANCTION"]
    assert sanction.modality is None
    record = extract_unfiltered(HEAD + "Chancellor Greta Hollis rejected the plan on Tuesday after visiting Poland.\n")
    (visit,) = [e for e in record.events if e.type == "CONSULT"]
    assert visit.polarity == "positive" and visit.modality is None


def test_accused_act_stays_alleged(extract_unfiltered):
    record = extract_unfiltered(
        HEAD + "Senator Ruth Calder accused Governor Paul Dexter of attacking Mayor Sara Lind.\n")
    attacks = [e for e in record.events if e.modality == "alleged"]
    assert attacks and all(("Ruth Calder", "source") not in _sides(record, e) for e in attacks)


def test_gerund_after_a_passive_clause_is_done_by_its_subject(extract_unfiltered):
    record = extract_unfiltered(HEAD + "Omar Haddad was jailed on Friday after shooting Yusuf Ali in Leeds.\n")
    (attack,) = [e for e in record.events if e.type == "ASSAULT"]
    assert ("Omar Haddad", "source") in _sides(record, attack)
    assert ("Omar Haddad", "target") not in _sides(record, attack)
