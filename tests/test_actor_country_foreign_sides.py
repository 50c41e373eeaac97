"""Where the branch's new readings must not reach: a people's movement in another of its states, bodies other
states share, a foreign body in a story of the one country acting on it, acts of state aimed abroad, outlaws
named only by their victims' country. Made-up texts."""

from __future__ import annotations

import pytest


def _country(record, name: str) -> str | None:
    return next((e.country for e in record.entities if e.name == name), None)


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("Kurdish fighters captured the town from Islamic State militants in northern Syria.", "Kurdish fighters", "TUR"),
    ("Kurdish rebels killed three Iranian border guards near the frontier.", "Kurdish rebels", "TUR"),
    ("The Muslim Brotherhood in Jordan called for protests against the new election law.", "Muslim Brotherhood", "EGY"),
    ("US senators on Tuesday condemned the ruling party for jailing dozens of journalists.", "ruling party", "USA"),
    ("Russia warned the military alliance against deploying more troops near its borders.", "military alliance",
     "RUS"),
    ("Bandits kidnapped three Chinese workers at a mine on Saturday.", "Bandits", "CHN"),
    ("Gunmen killed 11 Hazara coal miners near Quetta in Pakistan.", "Hazara coal miners", "AFG"),
    ("Jordan's Muslim Brotherhood urged its members to boycott the vote.", "Muslim Brotherhood", "EGY"),
    ("Canada's Tories won a clear majority in the vote, officials in Ottawa said.", "Tories", "GBR"),
    ("Washington urged the military council to hand power to civilians quickly.", "military council", "USA"),
    ("Extremists attacked the Dutch embassy on Sunday.", "Extremists", "NLD"),
    ("Sikh community leaders in Canada condemned the shooting on Tuesday.", "Sikh community leaders", "IND"),
])
def test_no_foreign_reading(extract, text: str, name: str, wrong: str) -> None:
    record = extract(text)
    assert _country(record, name) != wrong, record.entities


def test_an_office_holder_expelling_foreign_diplomats_is_not_of_their_country(people_of) -> None:
    people = people_of("President Daniel Hartley expelled 12 Russian diplomats on Friday over the spy case.")
    assert people.get("Daniel Hartley", ([], None))[1] != "RUS", people


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Sudanese protesters accused the military council of killing demonstrators.", "military council", "SDN"),
    ("Bandits kidnapped 20 villagers in Zamfara state in northern Nigeria.", "Bandits", "NGA"),
    ("Sikh militants attacked a bus in Punjab on Tuesday.", "Sikh militants", "IND"),
])
def test_the_gains_stay(extract, text: str, name: str, iso3: str) -> None:
    assert _country(extract(text), name) == iso3


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("Belarus's KGB detained four opposition activists in Minsk on Monday.", "KGB", "RUS"),
    ("Bahrain's National Security Agency arrested a prominent blogger in Manama.", "National Security Agency", "USA"),
    ("Egyptian Islamic Jihad claimed the attack in Cairo.", "Islamic Jihad", "PSE"),
    ("Iranian Kurdish Peshmerga clashed with the Revolutionary Guards near the border.", "Peshmerga", "IRQ"),
    ("Bolivia's ELN guerrillas were wiped out in the jungle.", "ELN", "COL"),
    ("Peru's Guardia Civil arrested three smugglers near Lima.", "Guardia Civil", "ESP"),
])
def test_shared_body_names_take_no_listed_country(extract, text: str, name: str, wrong: str) -> None:
    assert _country(extract(text), name) != wrong
