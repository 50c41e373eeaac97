"""An acronym given in brackets after a name is found again wherever the text uses it."""

from __future__ import annotations

from spacy.tokens import Span

from sidelines.extractors.entities.mentions import find_name_mentions
from sidelines.ingest.sources import document_from_text


def test_bracketed_acronym_is_found_again_where_the_tagger_missed_it(nlp):
    text = ("Sirwan Berwari of the Kurdistan Freedom Front (KFF) told Reuters the town had fallen. "
            "He said KFF fighters met little resistance, and the KFF now held the road.")
    parsed = nlp(text)
    # the tagger found the full name only
    start = text.index("Kurdistan")
    name = parsed.char_span(start, start + len("Kurdistan Freedom Front"))
    parsed.ents = [Span(parsed, name.start, name.end, label="ORG")]
    mentions = find_name_mentions(document_from_text(text, "t"), parsed)
    found = sorted((m.start, m.label) for m in mentions if text[m.start:m.end] == "KFF")
    assert [label for _, label in found] == ["ORG", "ORG", "ORG"]
