"""`sidelines.extract` tells article text from a path or URL without touching the file system badly."""
from pathlib import Path

from sidelines.api import is_location


def test_a_long_single_line_of_text_is_text_not_a_file_name() -> None:
    text = ("Minister Ana Kovac of Ruritania met her Velmoran counterpart on Tuesday to discuss the "
            "fishing dispute, and both sides said they would meet again in the spring after the "
            "harvest season ends in the northern provinces of both countries, officials in both capitals said.")
    assert len(text) > 255 and "\n" not in text
    assert is_location(text) is False


def test_a_nul_byte_is_text() -> None:
    assert is_location("Talks resumed\x00 on Monday.") is False


def test_an_existing_file_and_a_url_are_locations(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Talks resumed on Monday.", encoding="utf-8")
    assert is_location(str(article)) is True
    assert is_location("https://news.example.org/2026/talks") is True
    assert is_location("Talks resumed on Monday.") is False
