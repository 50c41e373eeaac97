"""An aide's country is the country of the person they serve: "Brekke's spokeswoman, X", "X, a senior
adviser to Egyptian President Y" (made-up people); a counterpart or a lawyer serves no one's state."""

from __future__ import annotations

import pytest

from sidelines.extractors.entities import EntityExtractor
from sidelines.ingest.sources import document_from_text


@pytest.fixture(scope="module")
def countries_of(nlp):
    def run(text: str) -> dict[str, str | None]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {e.name: e.country for e in doc.layers["entities"] if e.type == "PERSON"}

    return run


@pytest.mark.parametrize("text,name,country", [
    ("Norwegian Prime Minister Ola Brekke arrived in Rome on Monday. Brekke's spokeswoman, Ingrid Solheim, "
     "said the visit would last two days.", "Ingrid Solheim", "NOR"),
    ("Tariq Mansour, a senior adviser to Egyptian President Adel Fawzi, said the border would reopen.",
     "Tariq Mansour", "EGY"),
    ("Turkish Foreign Minister Kemal Aydin met reporters in Geneva. Aydin's deputy, Selim Tuna, joined "
     "the talks.", "Selim Tuna", "TUR"),
])
def test_an_aide_takes_the_country_of_the_person_served(countries_of, text, name, country):
    found = countries_of(text)
    assert found.get(name) == country, found


@pytest.mark.parametrize("text,name", [
    ("Norwegian Prime Minister Ola Brekke met reporters in Rome. Brekke's counterpart, Lucio Ferraro, "
     "said little.", "Lucio Ferraro"),
    ("Norwegian Prime Minister Ola Brekke was sued in Rome. Brekke's lawyer, Lucio Ferraro, said the case "
     "had no merit.", "Lucio Ferraro"),
])
def test_a_counterpart_or_a_lawyer_takes_no_country_from_the_other(countries_of, text, name):
    found = countries_of(text)
    assert found.get(name) != "NOR", found
