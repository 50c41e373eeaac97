"""Plural and body pronouns: "they/their" name a group, a subject "it" an organisation, only when safe."""

from __future__ import annotations


def _owner(record, pronoun_start: int) -> str | None:
    """The name of the entity with a pronoun mention starting at ``pronoun_start``."""
    for e in record.entities:
        if any(m.kind == "pronoun" and m.start == pronoun_start for m in e.mentions):
            return e.name
    return None


def test_a_reported_it_is_the_organisation_that_reports(extract) -> None:
    text = "Exporters face new fines.\n\nThe Trade Ministry said on Monday that it would fine three exporters.\n"
    record = extract(text)
    assert _owner(record, text.index("it would")) == "Trade Ministry"


def test_a_reported_they_is_the_group_that_reports(extract) -> None:
    text = (
        "Arrests in Dunmere.\n\nPolice in Dunmere said on Tuesday that they had arrested twelve people after "
        "a night of looting.\n"
    )
    record = extract(text)
    owner = _owner(record, text.index("they had"))
    assert owner is not None and "police" in owner.lower()


def test_their_is_its_own_clause_subject(extract) -> None:
    text = "Budget fight.\n\nSenate Republicans stepped up their attacks on the budget plan on Thursday.\n"
    record = extract(text)
    owner = _owner(record, text.index("their attacks"))
    assert owner is not None and "republicans" in owner.lower()


def test_they_first_in_a_sentence_is_the_previous_subject(extract) -> None:
    text = (
        "Strike in Dunmere.\n\nPolice in Dunmere broke up a sit-in at the harbour on Friday. They said the strike "
        "had turned violent.\n"
    )
    record = extract(text)
    owner = _owner(record, text.index("They said"))
    assert owner is not None and "police" in owner.lower()


def test_no_link_across_another_plural_argument(extract) -> None:
    text = "Checks in Dunmere.\n\nPolice in Dunmere stopped the drivers and said they were drunk.\n"
    record = extract(text)
    assert _owner(record, text.index("they were")) is None


def test_an_empty_it_names_no_organisation(extract) -> None:
    text = (
        "Exporters face new fines.\n\nThe Trade Ministry fined three exporters on Monday. It is clear that "
        "the fines will rise.\n"
    )
    record = extract(text)
    assert _owner(record, text.index("It is clear")) is None


def test_a_pronoun_in_a_quotation_is_left_alone(extract) -> None:
    text = (
        "Exporters face new fines.\n\nThe Trade Ministry fined three exporters on Monday. \"They broke the "
        "rules,\" the minister said.\n"
    )
    record = extract(text)
    assert _owner(record, text.index("They broke")) is None


def test_a_saying_and_a_subordinate_they_are_left_alone(extract) -> None:
    text = ("Arrest in Dunmere.\n\nPolice arrested the suspect on Monday. As they say, crime does not pay.\n\n"
            "Residents complain about the noise. You never know what they will build next, one said.\n")
    record = extract(text)
    assert _owner(record, text.index("they say")) is None
    assert _owner(record, text.index("they will build")) is None


def test_a_body_hung_on_a_modifier_still_blocks_it(extract) -> None:
    text = ("Fine for Norvik.\n\nThe Trade Commission fined Norvik Telecom 200 million euros on Monday, saying "
            "it had abused its position.\n")
    record = extract(text)
    assert _owner(record, text.index("it had abused")) != "Trade Commission"


def test_they_after_a_report_is_the_group_the_report_tells_of(extract) -> None:
    text = (
        "Raid in Dunmere.\n\nA harbour official said the gunmen seized a ferry on Sunday. They then attacked "
        "its crew and sailed away.\n"
    )
    record = extract(text)
    owner = _owner(record, text.index("They then"))
    assert owner is not None and "gunmen" in owner.lower()
    names = {e.id: e.name for e in record.entities}
    assert any(e.type == "ASSAULT" and any("gunmen" in names[a.entity] for a in e.actors if a.role == "source")
               for e in record.events)


def test_they_after_a_report_by_a_plural_speaker_names_neither(extract) -> None:
    text = (
        "Raid in Dunmere.\n\nWitnesses said the gunmen seized a ferry on Sunday. They then attacked "
        "its crew and sailed away.\n"
    )
    record = extract(text)
    assert _owner(record, text.index("They then")) is None


def test_they_that_speaks_after_a_report_is_not_linked_to_the_reported_group(extract) -> None:
    text = (
        "Raid in Dunmere.\n\nA harbour official said the gunmen seized a ferry on Sunday. They added that "
        "the crew was safe.\n"
    )
    record = extract(text)
    assert _owner(record, text.index("They added")) is None
