"""Actor countries: news media report others' acts too; forces of order whose own verb has a place take
that place's country, not the country of the media that report them."""

from __future__ import annotations

import pytest


def _country(record, name: str) -> str | None:
    return next((e.country for e in record.entities if e.name == name), None)


@pytest.mark.issue(11)
def test_police_reported_by_foreign_media_are_of_where_they_act(extract) -> None:
    record = extract("Police arrested twenty opposition supporters in Caracas on Sunday, Colombian media reported.")
    assert _country(record, "Police") == "VEN"


@pytest.mark.issue(11)
def test_forces_reported_by_their_own_state_media_stay_its_own(extract) -> None:
    record = extract("Iranian state media said the army shot down an American drone over the Gulf.")
    assert _country(record, "army") == "IRN"
