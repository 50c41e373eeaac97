"""Events: a speaker's own "I" inside their direct statement is that speaker (rule quoted-self)."""

from __future__ import annotations

from tests.conftest import event_sides as _sides

ARTICLE = (
    "Delegates split ahead of Strelsau convention\n"
    "Several delegates from the northern districts have yet to settle on a candidate.\n"
    "Another delegate, Marta Kovacs, said she had not decided whom to back in the first round. "
    '"I prefer Novak," she said, adding that the race was still open.\n'
)


def test_events_first_person_in_a_quote_is_its_speaker(extract) -> None:
    record = extract(ARTICLE)
    sides = _sides(record, "SUPPORT")
    assert any(s.get("Marta Kovacs") == "source" and s.get("Novak") == "target" for s in sides), sides
    ev = next(ev for ev in record.events if ev.type == "SUPPORT")
    assert ev.explanation is not None and ev.explanation.decisions.get("speaker", "").startswith("quoted-self")
