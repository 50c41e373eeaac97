"""Merging: two acts of the same doers aimed at different sides stay two events.

All texts are written for these tests.
"""

from __future__ import annotations

HEAD = "Officials weigh next steps after a busy week\n\n"


def _targets(record, event) -> set[str]:
    names = {e.id: e.name for e in record.entities}
    return {names[a.entity] for a in event.actors if a.role == "target"}


def test_sanctions_on_two_countries_by_the_same_pair_are_two_events(extract):
    record = extract(HEAD + "France and Germany imposed sanctions on Belarus on Monday.\n\n"
                     "France and Germany also imposed sanctions on Iran the same day.\n")
    sanctions = [e for e in record.events if e.type == "SANCTION"]
    assert sorted(_targets(record, e) & {"Belarus", "Iran"} for e in sanctions) == [{"Belarus"}, {"Iran"}]


def test_the_same_act_told_twice_is_one_event(extract):
    record = extract(HEAD + "France and Germany imposed sanctions on Belarus on Monday.\n\n"
                     "The French and German sanctions on Belarus hit its potash trade.\n")
    assert len([e for e in record.events if e.type == "SANCTION"]) == 1
    record = extract(HEAD + "Mayor Sara Lind and Senator Ruth Calder endorsed Governor Paul Dexter in May.\n\n"
                     "Their endorsement of Dexter came after weeks of talks.\n")
    assert len([e for e in record.events if e.type == "SUPPORT"]) == 1

