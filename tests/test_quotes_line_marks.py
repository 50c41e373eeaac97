"""One sentence a line: a quotation left open at a line break goes on to the curly mark that closes it
(made-up articles)."""

from __future__ import annotations

from sidelines.extractors.quotes import find_regions


def test_a_quotation_goes_on_over_lines_to_its_curly_closing_mark():
    text = ("The bridge was closed on Friday.\n“The cables are rusting.\nWe found cracks in two towers.\n"
            "Nobody will cross until the welders finish.”\nThe ministry declined to comment.")
    assert [text[r.start:r.end] for r in find_regions(text)] == [
        "The cables are rusting.\nWe found cracks in two towers.\nNobody will cross until the welders finish."]


def test_a_closed_quotation_takes_no_following_lines():
    text = "“We will rebuild the pier,” said Mayor Ivo Sandberg.\nThe council met later.\nIt approved the plan."
    assert [text[r.start:r.end] for r in find_regions(text)] == ["We will rebuild the pier,"]


def test_a_quotation_over_lines_is_one_quote_of_its_speaker(extract):
    text = "Anna Berg spoke to reporters.\n“The tunnel is late.\nThe costs keep rising,” Berg said.\nShe left at noon."
    quotes = [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in extract(text).quotes]
    assert quotes == [("The tunnel is late.\nThe costs keep rising,", "Berg")]
