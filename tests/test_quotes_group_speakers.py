"""A qualified bare plural that speaks ("fire crews said") is a group speaker; bare "officials" stay anonymous."""

from __future__ import annotations

from tests.conftest import speaker_of as _speaker


def test_a_qualified_bare_plural_speaks_as_a_group(extract):
    record = extract(
        "Fire broke out at the Dunmere depot on Sunday.\n\n"
        "Fire crews said the roof of the north hall had collapsed. Marine biologists say the harbour seals "
        "have left the bay. Officials said the depot would stay closed."
    )
    names = {e.id: e.name for e in record.entities}
    found = [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]
    assert (_speaker(found, "the roof") or "").lower() == "fire crews"
    assert (_speaker(found, "the harbour seals") or "").lower() == "marine biologists"
    assert _speaker(found, "the depot would") is None


def test_a_plural_counted_vaguely_is_no_group_speaker(extract) -> None:
    record = extract("Harbour fees rise in Dunmere\n\nMany fishermen said the new harbour fees were unfair.\n")
    names = {e.id: e.name for e in record.entities}
    assert not [q for q in record.quotes if q.speaker and "fishermen" in names.get(q.speaker, "").lower()]


def test_officials_named_by_their_office_speak_as_a_group(extract) -> None:
    record = extract(
        "Turnout rose across the state.\n\n"
        "In Dunmere County, the turnout was the highest in a decade, election officials said. Senior officials "
        "said the count would end on Friday.\n"
    )
    names = {e.id: e.name for e in record.entities}
    found = [(q.content.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]
    assert (_speaker(found, "In Dunmere County") or "").lower() == "election officials"
    assert _speaker(found, "the count would end") is None
