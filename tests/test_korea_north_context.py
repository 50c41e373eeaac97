"""A bare "Korea"/"Korean" names the South only where the document does not name the North.

Made-up wire sentences: "Korean" alone reads as the South ("Korean Air"), but in a story naming
Pyongyang, the DPRK or North Korea it is left unresolved rather than given the South.
"""

from __future__ import annotations

from sidelines.lexicon.korea import bare_korea, korea_veto, names_the_north


def test_names_the_north() -> None:
    assert names_the_north("North Korea fired a rocket.") and names_the_north("Pyongyang said so.")
    assert names_the_north("the DPRK") and names_the_north("North Korean soldiers")
    assert not names_the_north("Korean Air added flights to Seoul.")


def test_bare_korea_and_the_veto() -> None:
    assert bare_korea("Korean troops") and bare_korea("Korea") and bare_korea("Korea's")
    assert not bare_korea("South Korean police") and not bare_korea("Republic of Korea")
    assert korea_veto("KOR", "Korean troops", north_named=True) is None
    assert korea_veto("KOR", "Korean troops", north_named=False) == "KOR"
    assert korea_veto("KOR", "South Korea", north_named=True) == "KOR"
    assert korea_veto("PRK", "Korean troops", north_named=True) == "PRK"


def _countries(record, word: str) -> set[str | None]:
    return {e.country for e in record.entities if word in e.name}


def test_korean_agency_of_a_north_story_is_not_the_souths(extract) -> None:
    record = extract("Korean Central Broadcasting said Pyongyang had launched a weather satellite.")
    assert "KOR" not in _countries(record, "Korean"), [(e.name, e.country) for e in record.entities]


def test_bare_korean_of_a_story_without_the_north_is_the_souths(extract) -> None:
    record = extract("Korean Airways said on Monday it would add flights to Seoul from Oslo.")
    assert "KOR" in _countries(record, "Korean"), [(e.name, e.country) for e in record.entities]
