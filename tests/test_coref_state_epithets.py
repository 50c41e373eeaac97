"""A state named again by its form, with describing words between "the" and the noun ("the Himalayan kingdom").

Made-up wire sentences: the nominal joins the state the sentence named, as "the country" does; the
describing words of a city or company make no such link.
"""

from __future__ import annotations


def _cluster_texts(record, name: str) -> set[str]:
    ent = next(e for e in record.entities if e.name == name)
    return {m.text for m in ent.mentions}


def test_state_epithet_with_describing_words_joins_the_state(extract) -> None:
    record = extract("Bhutan said on Monday that the Himalayan kingdom would expel 300 Nepali migrants.")
    assert "the Himalayan kingdom" in _cluster_texts(record, "Bhutan")


def test_state_form_alone_joins_the_state(extract) -> None:
    record = extract("Brunei said the sultanate would not recognise the new government in Myanmar.")
    assert "the sultanate" in _cluster_texts(record, "Brunei")


def test_epithet_naming_another_people_joins_no_state(extract) -> None:
    record = extract("Kenya said the Chinese nation would be welcome to invest in its ports.")
    assert not any("nation" in t for t in _cluster_texts(record, "Kenya"))
