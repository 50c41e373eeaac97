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


NESTED = (
    "Senators weigh their nominee\n"
    "Senator Ruth Odell spoke about colleagues who still back the nominee.\n"
    '"Colleagues who tell voters, \'I dislike his tone on trade, but I still endorse Governor Tom Baker\' '
    "are fooling themselves and their towns,\" Odell told reporters.\n"
)


def test_events_first_person_in_a_quote_nested_in_a_statement_is_not_its_speaker(extract_unfiltered) -> None:
    # The "I" of words the speaker puts in someone else's mouth is that someone, not the speaker.
    sides = _sides(extract_unfiltered(NESTED), "SUPPORT")
    assert not any(s.get("Ruth Odell") == "source" for s in sides), sides
