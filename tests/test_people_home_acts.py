"""People of a one-paragraph report whose act aimed at its one country is still an act at home (public.py with
home_acts.py): an opposition figure's charge against the state, an office holder's use of state power over it.

All texts are made up for these tests.
"""

from __future__ import annotations


def test_an_opposition_figure_accusing_the_state_is_of_it(people_of) -> None:
    people = people_of("Opposition leader Tendai Moyo accused President Robert Chikore of rigging the "
                       "Zimbabwean election.")
    assert people["Tendai Moyo"][1] == "ZWE", people


def test_an_office_holder_who_orders_arrests_in_the_country_is_of_it(people_of) -> None:
    people = people_of("Prime Minister Sok Vanna ordered the arrest of Cambodian opposition leaders.")
    assert people["Sok Vanna"][1] == "KHM", people


def test_an_office_holder_who_frees_prisoners_of_the_country_is_of_it(people_of) -> None:
    people = people_of("President Ali Mansour freed 200 Yemeni prisoners to mark the holiday.")
    assert people["Ali Mansour"][1] == "YEM", people


def test_a_critic_with_no_such_act_stays_countryless(people_of) -> None:
    people = people_of("Activist Mary Lawson accused the Kenyan police of torture.")
    assert "Mary Lawson" in people and people["Mary Lawson"][1] is None, people


def test_an_office_holder_who_imposes_a_curfew_on_a_city_of_the_country_is_of_it(people_of) -> None:
    people = people_of("President Lamin Sowe imposed a curfew on Banjul after the riots.")
    assert people["Lamin Sowe"][1] == "GMB", people


def test_an_office_holder_who_declares_an_emergency_across_the_country_is_of_it(people_of) -> None:
    people = people_of("General Tariq Mahmood declared a state of emergency across Pakistan on Saturday.")
    assert people["Tariq Mahmood"][1] == "PAK", people


def test_an_office_holder_who_expels_the_country_s_envoy_stays_countryless(people_of) -> None:
    people = people_of("President Lamin Sowe expelled Gambia's ambassador on Friday.")
    assert people["Lamin Sowe"][1] is None, people


def test_emergency_aid_announced_abroad_is_no_act_at_home(people_of) -> None:
    people = people_of("Secretary Mark Hollis announced emergency aid for Haiti after the storm.")
    assert "Mark Hollis" in people and people["Mark Hollis"][1] is None, people
