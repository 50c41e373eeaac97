"""Speakers and people of wire stories on made-up articles: datelines, officials' titles and countries."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def said_by(quote_speakers):
    """(content, speaker entity name, speaker mention) of every quote of a text."""
    return quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("LIMA (Reuters) - Peru's trade minister, Ana Soto, said on Monday that copper exports would rise.",
     "Ana Soto"),
    ("HARARE (Reuters) - Zimbabwe's finance minister, Tendai Moyo, said on Friday that the currency would hold.",
     "Tendai Moyo"),
])
def test_the_dateline_city_is_never_the_speaker(said_by, text, speaker):
    (content, name, mention), = said_by(text)
    assert name == speaker
    assert "(Reuters)" not in mention


def test_a_title_alone_after_a_dateline_is_no_city(said_by):
    (content, name, mention), = said_by(
        "OSLO (Reuters) - Norway's fisheries minister said on Monday that the quota would be cut.")
    assert name is None
    assert mention == "Norway's fisheries minister"


def test_the_dateline_is_not_part_of_what_was_said(said_by):
    found = said_by("ROME (Reuters) - Italy will cut fuel taxes next month, the finance ministry said on Sunday.")
    assert [c for c, _, _ in found] == ["Italy will cut fuel taxes next month"]


def test_an_agency_dateline_with_a_colon_is_not_in_the_speaker(said_by):
    found = said_by("Dhaka [Bangladesh], June 2 (ANI): Bangladesh's election commission on Sunday said the "
                    "vote would be held in January.")
    assert found and all(m is not None and "ANI" not in m for _, _, m in found), found


def test_secretary_of_state_before_a_name_is_the_persons_title(extract):
    record = extract("U.S. Secretary of State Antony Blair met Ukrainian President Ostap Melnyk in Kyiv on Friday.")
    names = {e.name: e for e in record.entities}
    assert not [n for n in names if n.startswith("State ")], names
    pell = names["Antony Blair"]
    assert pell.type == "PERSON"
    assert "Secretary of State" in [r.title for r in pell.roles]
    assert pell.country == "USA"


def test_meeting_a_counterpart_of_a_country_makes_no_citizen_of_it(people_of):
    people = people_of("Secretary of State Irma Lind met her Peruvian counterpart in Lima on Wednesday.")
    assert people["Irma Lind"][1] != "PER"


@pytest.mark.parametrize("text, name, title", [
    ("The senator will not run again, according to his chief of staff, Leo Marsh.", "Leo Marsh", "chief of staff"),
    ("The plant will close in June, according to the company's spokeswoman, Petra Vogel.", "Petra Vogel",
     "spokeswoman"),
])
def test_a_name_after_a_title_and_a_comma_is_the_titled_speaker(extract, text, name, title):
    record = extract(text)
    person = next(e for e in record.entities if e.name == name)
    assert person.type == "PERSON"
    assert title in [r.title for r in person.roles]
    (quote,) = record.quotes
    assert quote.speaker == person.id


def test_a_relative_is_never_the_person_whose_relative_they_are(said_by):
    found = said_by('Omar Haddad and his wife, Leila, lost their shop in the flood. "It is all gone," Leila '
                    "Haddad said. Her husband said he hoped the city would help.")
    assert next(s for c, s, _ in found if c.startswith("he hoped")) != "Leila Haddad"


def test_a_given_name_named_alone_first_is_the_full_name_after(people_of):
    people = people_of('Omar Haddad and his wife, Anna, lost their shop. "It is all gone," Anna Haddad said.')
    assert "Anna" not in people
    assert "wife" in people["Anna Haddad"][0]


@pytest.mark.parametrize("text, outlet", [
    ("Her spokesman, Kyle Dunn, told the Gazette that she would run again.", "Gazette"),
    ("The governor told Politico on Monday that he would sign the bill.", "Politico"),
])
def test_an_outlet_told_something_is_no_person(extract, text, outlet):
    record = extract(text)
    assert outlet not in {e.name for e in record.entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, name, country", [
    ("Chinese foreign ministry spokesperson Wei Lan told a news briefing that the ship had left.", "Wei Lan", "CHN"),
    ("Iran's foreign ministry spokesman, Reza Karimi, said the talks would resume.", "Reza Karimi", "IRN"),
])
def test_a_country_before_a_ministry_is_its_spokespersons(people_of, text, name, country):
    assert people_of(text)[name][1] == country


def test_a_court_named_after_a_state_gives_its_justices_country(people_of):
    titles, country = people_of("Ohio Supreme Court Justice Mara Quint wrote the opinion on Friday.")["Mara Quint"]
    assert "Justice" in titles
    assert country == "USA"


def test_a_wire_dateline_in_a_capital_gives_bare_national_offices_its_country(people_of):
    text = ("OTTAWA (Reuters) - Deputy Prime Minister Claire Dubois will travel to Lagos next month, the "
            "Prime Minister's Office in Ottawa said on Monday.")
    assert people_of(text)["Claire Dubois"][1] == "CAN"


def test_a_publisher_named_with_the_keeps_its_country(people_of):
    text = "Home Minister Vikram Sethi said on Monday that the new police law would pass. Delhi welcomed it."
    assert people_of(text, publisher="The Hindu")["Vikram Sethi"][1] == "IND"


def test_the_site_of_the_url_gives_the_publishers_country(people_of):
    text = "Home Minister Vikram Sethi said on Monday that the new police law would pass. Delhi welcomed it."
    assert people_of(text, url="https://www.thehindu.com/news/national/article1.ece")["Vikram Sethi"][1] == "IND"


def test_a_three_part_name_keeps_its_first_name(people_of):
    people = people_of("Luiz Carlos Mendes, the mayor of Recife, said the floods were the worst in decades. "
                       "Mendes asked for help.")
    assert "Luiz Carlos Mendes" in people, people
    assert "Carlos Mendes" not in people


def test_the_place_an_office_is_of_is_no_person(extract):
    record = extract("Maria Luisa Fernandez, the mayor of Valencia, said the port would reopen.")
    assert "Valencia" not in {e.name for e in record.entities if e.type == "PERSON"}
    person = next(e for e in record.entities if e.name.endswith("Fernandez"))
    assert "mayor" in [r.title for r in person.roles]


def test_a_bracketed_given_name_keeps_the_title_before_it(people_of):
    people = people_of("Senator (Walter) Brandt told the committee on Thursday that the bill was dead.")
    (name, (titles, _)), = people.items()
    assert "Senator" in titles


def test_a_name_after_an_office_for_a_region_is_a_person_with_that_title(people_of):
    people = people_of("Senior Advisor for Asia Rachel Ng travelled to Hanoi for the meeting on Wednesday.")
    assert "Senior Advisor for Asia" in people["Rachel Ng"][0], people


def test_an_agency_dateline_without_a_dash_is_a_dateline():
    from sidelines.ingest.sources import document_from_text

    doc = document_from_text("Rain floods roads\n\nKOLKATA, Aug 9 (PTI) Heavy rain flooded roads in the city on "
                             "Friday, officials said.", "t")
    assert doc.dateline is not None and doc.dateline.text == "KOLKATA, Aug 9 (PTI)"
    assert doc.attributed_to == ["PTI"]


def test_an_organisation_named_after_a_person_with_an_initial_stays_whole(extract):
    record = extract("Greta Moll, president of the Mary T. Walter Fund, said the group would spend $2 million.")
    names = {e.name: e.type for e in record.entities}
    assert "Walter Fund" not in names
    person = next(e for e in record.entities if e.name == "Greta Moll")
    assert "president" in [r.title for r in person.roles]


def test_a_campaign_named_after_a_person_speaks_for_that_person(said_by):
    found = said_by("Dale Whitmore spoke in Ohio on Monday. The Whitmore campaign later said he had been misquoted.")
    assert next(s for c, s, _ in found if c.startswith("he had been")) == "Dale Whitmore"


def test_a_team_named_after_a_place_is_no_speaker(said_by):
    # The place is never the speaker; the team itself, a definite group, may be (speaking_groups.py).
    found = said_by("Dale Whitmore spoke in Ohio on Monday. The Ohio team said the rally had been a success.")
    assert next(s for c, s, _ in found if c.startswith("the rally")) in (None, "Ohio team")


def test_a_known_outlet_that_reports_is_the_speaker(said_by):
    found = said_by("Delegates are restless. Politico reported on Sunday that dozens of delegates were ready "
                    "to switch.")
    assert next(s for c, s, _ in found if c.startswith("dozens")) == "Politico"


def test_a_given_name_after_a_relation_is_a_person_whatever_its_label(people_of):
    people = people_of('Omar Haddad and his wife, Elena, lost their shop. "It is all gone," Elena Haddad said.')
    assert "wife" in people["Elena Haddad"][0], people
