"""A state's office holder named by title alone in a one-paragraph report takes the country it names.

Made-up wire sentences: "the prime minister" of a report naming one country is that country's; not when
the holder acts on the country by name, is a visitor, or the text is a story of several paragraphs.
"""

from __future__ import annotations

import pytest
from tests.conftest import side_countries


@pytest.mark.parametrize(("text", "iso3"), [
    ("Students in Bamako demanded the resignation of the prime minister.", "MLI"),
    ("Ghana's opposition accused the president of rigging the vote.", "GHA"),
    ("Bulgarian farmers demanded the resignation of the agriculture minister.", "BGR"),
])
def test_office_holder_by_title_alone_takes_the_reports_country(extract, text: str, iso3: str) -> None:
    assert iso3 in side_countries(extract(text), ("target", "participant"))


def test_office_holder_acting_on_the_country_by_name_takes_none(extract) -> None:
    record = extract("The president accused Kenya of harbouring rebels.")
    assert not [e for e in record.entities if "president" in e.name and e.country]


def test_visiting_office_holder_takes_none(extract) -> None:
    record = extract("The visiting president met Tanzanian officials in Dodoma.")
    assert not [e for e in record.entities if "president" in e.name and e.country]


def test_office_holder_of_a_story_of_several_paragraphs_takes_none_by_this_rule(extract) -> None:
    record = extract("Students in Bamako marched on Monday.\n\nThey demanded the resignation of the prime minister.")
    assert not [e for e in record.entities if e.name.endswith("minister") and e.country]
