"""People of a story whose every place lies in one country take it, whatever the publisher's country.

Made-up local stories: a foreign paper's report on a town's shooting names only that country's towns,
and a story with no publisher names nothing but one country's towns and states.
"""

from __future__ import annotations

LOCAL = ("Deputy shot dead outside apartment\n"
         "Police Commissioner Ray Kelso said Officer Dan Molloy was shot outside an apartment in Springfield, "
         "Illinois, on Friday. Carl Vesper, 27, was arrested in Peoria hours later. District Attorney Joan Tate "
         "said Vesper would be charged with murder in Springfield.")


def test_people_of_a_story_set_wholly_in_one_country_take_it_despite_a_foreign_publisher(people_of):
    people = people_of(LOCAL, publisher="dailymail.co.uk")
    assert people["Ray Kelso"][1] == "USA", people
    assert people["Joan Tate"][1] == "USA", people


def test_people_of_a_story_set_wholly_in_one_country_take_it_with_no_publisher(people_of):
    people = people_of(LOCAL)
    assert people["Ray Kelso"][1] == "USA", people
    assert people["Carl Vesper"][1] == "USA", people


def test_a_story_naming_a_second_country_gives_its_people_none(people_of):
    text = LOCAL + " Vesper had moved to Springfield from Canada last year."
    people = people_of(text, publisher="dailymail.co.uk")
    assert people["Carl Vesper"][1] is None, people


def test_office_holder_of_a_one_paragraph_report_naming_one_country_takes_it(people_of):
    # A wire lead names its country once; the office holder it names serves that country.
    text = ("Gunmen tried to kill outgoing Prime Minister Arvo Kallas in the capital of Estonia on Sunday, "
            "police said.")
    people = people_of(text)
    assert people["Arvo Kallas"][1] == "EST", people


def test_office_holder_of_a_one_paragraph_report_naming_two_countries_gets_none(people_of):
    text = "President Arvo Kallas of Estonia met Prime Minister Tomas Reiner in Riga, Latvia, on Sunday."
    people = people_of(text)
    assert people.get("Tomas Reiner", ([], None))[1] is None, people


def test_role_holder_of_a_one_paragraph_report_naming_one_country_by_its_people_takes_it(people_of):
    # A coded news sentence names its country only by a demonym: the candidate and commander it names are its own.
    people = people_of("Zambian judges allowed opposition candidate Peter Mwale to run in the election.")
    assert people["Peter Mwale"][1] == "ZMB", people
    people = people_of("Malian troops captured rebel commander Amadou Keita near Gao.")
    assert people["Amadou Keita"][1] == "MLI", people


def test_person_named_in_full_in_a_one_country_report_takes_it(people_of):
    people = people_of("Belarus's Supreme Court sentenced Olga Petrenko to five years in prison.")
    assert people["Olga Petrenko"][1] == "BLR", people


def test_person_aimed_at_the_one_country_of_a_report_gets_none(people_of):
    # What the person does is aimed at the country: a foreign critic, not one of its people.
    people = people_of("Activist Mary Lawson accused the Kenyan police of torture.")
    assert people.get("Mary Lawson", ([], None))[1] is None, people


def test_person_of_a_multi_paragraph_story_naming_one_country_once_gets_none_by_this_rule(people_of):
    text = "Zambian judges met on Monday.\n\nLater, Peter Mwale spoke to reporters about the weather."
    people = people_of(text)
    assert people.get("Peter Mwale", ([], None))[1] is None, people


# A home paper's official who flies to a foreign capital: the one country of the story is the one visited.
TRIP = ("Envoy ends talks abroad\n"
        "Deputy Secretary of State Lorna Pike flew to Nairobi on Sunday for two days of talks. Pike met "
        "officials in Nairobi and Mombasa before heading home, aides said.")


def test_official_who_travels_to_the_one_country_of_the_story_is_not_given_it(people_of):
    people = people_of(TRIP, publisher="washingtonpost.com")
    assert people["Lorna Pike"][1] != "KEN", people
    people = people_of(TRIP)
    assert people["Lorna Pike"][1] != "KEN", people


def test_official_who_only_works_in_the_one_country_of_the_story_still_takes_it(people_of):
    text = ("Flood warning in the north\n"
            "Governor Ruth Ochieng said on Sunday that rivers near Nairobi and Mombasa had burst their banks. "
            "Ochieng ordered schools closed in Nairobi.")
    people = people_of(text, publisher="washingtonpost.com")
    assert people["Ruth Ochieng"][1] == "KEN", people


def test_local_official_meeting_at_home_keeps_the_storys_country(people_of):
    text = ("Water plan for the coast\nHealth Minister Wanjiru Kamau met nurses in Nairobi on Monday. Kamau said "
            "Kenya would pay for forty new clinics.")
    people = people_of(text, publisher="washingtonpost.com")
    assert people["Wanjiru Kamau"][1] == "KEN", people


def test_national_office_holder_on_a_trip_abroad_takes_the_publishers_country(people_of):
    people = people_of(TRIP.replace("Deputy Secretary of State", "Treasury Secretary"), publisher="washingtonpost.com")
    assert people["Lorna Pike"][1] == "USA", people


def test_envoy_titled_to_a_country_before_the_name_is_not_of_that_country(people_of):
    people = people_of("Ambassador to Peru Dale Whitcombe attended a ceremony in Lima on Friday.",
                       publisher="washingtonpost.com")
    assert people["Dale Whitcombe"][1] != "PER", people


def test_person_who_arrives_in_the_one_country_of_a_report_is_not_given_it(people_of):
    people = people_of("Olaf Brenner arrived in Paris on Sunday. The chancellor met officials at the palace.")
    assert people["Olaf Brenner"][1] != "FRA", people


def test_a_country_after_a_plain_to_stays_the_persons(people_of):
    # Only a title posted somewhere ("Ambassador to Peru") names a country that is not its holder's.
    people = people_of("Trade talks resume\nThe Canadian trade minister sent a letter to Brazil's Maria Costa on "
                       "Monday, asking for new talks on beef.", publisher="washingtonpost.com")
    assert people["Maria Costa"][1] == "BRA", people
