"""Who a one-paragraph report naming one country does not give it (rules report-office and report-one-country).

Made-up wire sentences: the head of another body (a company, a union, a bank, a sports federation), a host
receiving foreign guests, a captive freed by captors, a spokesman, the other side of a meeting and someone
meeting the country's "counterpart" may be of any country, and keep none.
"""

from __future__ import annotations

import pytest


def _holders(record, word: str) -> dict[str, str | None]:
    return {e.name: e.country for e in record.entities if word in e.name.lower()}


@pytest.mark.parametrize("text", [
    "Zambian miners walked out on Monday, and the union president promised a long strike.",
    "Egyptian police raided a textile factory. The company president denied any wrongdoing.",
    "The bank president warned Polish savers that interest rates would rise.",
    "Uruguayan fans booed as the president of FIBA presented the medals.",
])
def test_head_of_another_body_takes_no_country(extract, text: str) -> None:
    holders = _holders(extract(text), "president")
    assert not any(holders.values()), holders


def test_host_welcoming_foreign_guests_takes_none(extract) -> None:
    holders = _holders(extract("The president welcomed Chilean traders at a fair on Friday, promising lower tariffs."),
                       "president")
    assert not any(holders.values()), holders


def test_office_of_the_state_still_takes_the_reports_country(extract) -> None:
    holders = _holders(extract("The finance minister said Malawi would cut spending after protests in Lilongwe."),
                       "minister")
    assert "MWI" in holders.values(), holders


def test_captive_freed_by_captors_takes_none(people_of) -> None:
    people = people_of("Somali gunmen freed engineer Lars Henvik and two colleagues after a month in captivity.")
    assert people.get("Lars Henvik", ([], None))[1] is None, people
    people = people_of("Somali gunmen attacked engineer Lars Henvik and two colleagues on Monday.")
    assert people["Lars Henvik"][1] == "SOM", people  # no captive: one of the report's own


def test_spokesman_takes_none(people_of) -> None:
    people = people_of("Zambian judges fined Jonas Brekkevik, a spokesman for the opposition party.")
    assert people.get("Jonas Brekkevik", ([], None))[1] is None, people
    people = people_of("Zambian judges fined Jonas Brekkevik, a leader of the opposition party.")
    assert people["Jonas Brekkevik"][1] == "ZMB", people


def test_other_side_of_a_meeting_takes_none(people_of) -> None:
    people = people_of("Zambian judges met opposition candidate Peter Mwaleko before the election.")
    assert people.get("Peter Mwaleko", ([], None))[1] is None, people


def test_visitor_meeting_the_countrys_counterpart_takes_none(people_of) -> None:
    people = people_of("Foreign Minister Jan Holtberg met his Zambian counterpart on Monday.")
    assert people.get("Jan Holtberg", ([], None))[1] is None, people
