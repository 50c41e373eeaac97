"""The shared per-document analysis and the shared syntax helpers (made-up sentences)."""

from __future__ import annotations

import pytest

from sidelines.extractors.base import BaseExtractor
from sidelines.extractors.events.phrases import subject_of as subject_and_voice
from sidelines.extractors.lookup import (
    fresh_quote_regions,
    quote_regions,
    quoted_chars,
    same_line,
    sent_of,
    sentence_end,
    sentence_start,
)
from sidelines.model.document import Document
from sidelines.model.record import Entity, Mention
from sidelines.model.serialize import to_record
from sidelines.nlp.analysis import ANALYSIS_KEY, DocAnalysis, analysis_of, attach_analysis, release_analysis
from sidelines.nlp.syntax import inherited_subject, lemma_of

TEXT = (
    "Harbour talks resume\n"
    "Minister Lena Varga met envoy Tomas Brandt in Tirana. She said the talks were \"useful and frank\".\n"
    "Brandt, who arrived on Monday, was thanked by the mayor."
)


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


def test_lines_sentences_and_tokens(parsed):
    a = DocAnalysis(parsed)
    varga = next(t for t in parsed if t.text == "Varga")
    assert a.line_of(varga) == 1 and a.line_at(0) == 0
    assert a.paragraph(varga.idx) == (TEXT.index("Minister"), TEXT.index("\nBrandt,"))
    assert a.sent_of(varga).start == varga.sent.start and a.sent_of(varga).end == varga.sent.end
    assert a.sent_at(varga.idx) == a.sent_index(varga)
    assert parsed[a.token_at(varga.idx + 2)].text == "Varga"
    span = a.span(varga.idx, varga.idx + 3)
    assert span is not None and span.text == "Varga" and a.span(varga.idx, varga.idx + 3) is span


def test_token_attribute_lists_match_spacy(parsed):
    a = DocAnalysis(parsed)
    assert a.texts == [t.text for t in parsed] and a.lowers == [t.lower_ for t in parsed]
    assert a.pos == [t.pos_ for t in parsed] and a.tags == [t.tag_ for t in parsed]
    assert a.ent_types == [t.ent_type_ for t in parsed]
    assert a.lemmas == [t.lemma_.lower() if t.lemma_ else t.lower_ for t in parsed]
    assert [lemma_of(t) for t in parsed] == a.lemmas
    assert a.capitalised == [t.text[:1].isupper() for t in parsed]
    assert a.deps == [t.dep_ for t in parsed] and a.token_starts == [t.idx for t in parsed]
    assert a.heads == [t.head.i for t in parsed] and a.text == parsed.text
    for start, end in [(0, 1), (2, 5), (len(parsed) - 3, len(parsed)), (4, 4)]:
        assert a.span_text(start, end) == parsed[start:end].text


def test_token_attribute_lists_of_an_empty_parse(nlp):
    a = DocAnalysis(nlp(""))
    assert a.texts == a.lowers == a.pos == a.tags == a.lemmas == a.deps == a.token_starts == a.heads == []
    assert a.text == ""


def test_sentence_bounds_match_spacy(parsed):
    a = attach_analysis(parsed)
    try:
        for tok in parsed:
            assert a.sent_bounds(tok.i) == (tok.sent.start, tok.sent.end)
            assert (sentence_start(tok), sentence_end(tok)) == (tok.sent.start, tok.sent.end)
    finally:
        release_analysis(parsed)


def test_lookup_helpers_read_the_attached_analysis(parsed):
    a = attach_analysis(parsed)
    try:
        assert analysis_of(parsed) is a
        she = next(t for t in parsed if t.text == "She")
        assert sent_of(she).start == she.sent.start
        assert same_line(she, parsed[0]) is False
    finally:
        release_analysis(parsed)
    assert ANALYSIS_KEY not in parsed.user_data


def test_quote_regions_are_found_once_and_copied_for_markers(parsed):
    doc = Document(id="q", text=TEXT)
    analysis_of(parsed, doc)
    try:
        shared = quote_regions(parsed)
        assert quote_regions(parsed) is shared
        assert [TEXT[r.start:r.end] for r in shared] == ["useful and frank"]
        fresh = fresh_quote_regions(parsed)
        fresh[0].used = True
        assert not shared[0].used
        assert TEXT.index("frank") in quoted_chars(parsed) and 0 not in quoted_chars(parsed)
    finally:
        release_analysis(parsed)


def test_an_analysis_belongs_to_one_document(parsed):
    first, second = Document(id="a", text=TEXT), Document(id="b", text=TEXT)
    a = analysis_of(parsed, first)
    try:
        assert analysis_of(parsed) is a
        assert analysis_of(parsed, second) is not a
    finally:
        release_analysis(parsed)


def test_entity_ids_by_token_follow_the_entities_layer(parsed):
    doc = Document(id="e", text=TEXT)
    a = DocAnalysis(parsed, doc)
    assert a.entity_ids_by_token() == {}
    s = TEXT.index("Lena Varga")
    she = TEXT.index("She said")
    doc.layers["entities"] = [Entity(id="e1", name="Lena Varga", type="PERSON", mentions=[
        Mention(start=s, end=s + 10, text="Lena Varga", kind="name")])]
    by_token = a.entity_ids_by_token()
    assert sorted(by_token) == [t.i for t in parsed if t.text in ("Lena", "Varga")]
    # Coreference adds the pronoun: the table follows the layer.
    doc.layers["entities"][0].mentions.append(Mention(start=she, end=she + 3, text="She", kind="pronoun"))
    assert a.token_at(she) in a.entity_ids_by_token()


class _Peek(BaseExtractor):
    """A plugin-style extractor with the plain two-argument call that asks for the analysis."""

    name = "peek"
    seen: list[DocAnalysis] = []

    def __call__(self, doc, parsed) -> None:  # noqa: ANN001
        self.seen.append(analysis_of(parsed, doc))


def test_the_pipeline_attaches_one_analysis_and_keeps_it_out_of_the_record(pipeline):
    peek = _Peek()
    pipeline.extractors.append(peek)
    try:
        out = pipeline.process_one(Document(id="p", text=TEXT))
    finally:
        pipeline.extractors.remove(peek)
    (seen,) = peek.seen
    assert seen.doc is out and seen.line_breaks == [TEXT.index("\n"), TEXT.rindex("\n")]
    assert "analysis" not in to_record(out).model_dump_json()
    assert not any(k.startswith("_") for k in vars(out))


def test_subject_helpers(parsed):
    said = next(t for t in parsed if t.text == "said")
    subj, passive = subject_and_voice(said)
    assert subj is not None and subj.text == "She" and not passive
    thanked = next(t for t in parsed if t.text == "thanked")
    subj, passive = subject_and_voice(thanked)
    assert subj is not None and subj.text == "Brandt" and passive
    assert inherited_subject(said) is not None and inherited_subject(said).text == "She"
    met = next(t for t in parsed if t.text == "met")
    assert lemma_of(met) == "meet"


def test_string_cache_is_bounded(monkeypatch) -> None:
    import spacy

    from sidelines.nlp import analysis

    monkeypatch.setattr(analysis, "_STRINGS", {})
    monkeypatch.setattr(analysis, "MAX_STRINGS", 3)
    nlp = spacy.blank("en")
    first = analysis.DocAnalysis(nlp("Mayor Lena Ortiz met the council on Monday."))
    assert first.texts[0] == "Mayor"
    assert "Ortiz" in analysis._STRINGS.values()
    second = analysis.DocAnalysis(nlp("Talks resumed in Velmora."))
    assert second.texts == ["Talks", "resumed", "in", "Velmora", "."]
    assert "Ortiz" not in analysis._STRINGS.values()  # emptied past the bound, then filled with the new words


def test_entities_read_once_match_spacy(parsed):
    a = DocAnalysis(parsed)
    assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in parsed.ents]
    assert a.ents is a.ents
