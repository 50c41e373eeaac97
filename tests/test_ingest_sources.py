"""Sources -> documents: every bad input becomes a clear failure and the others still go through."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from conftest import assert_spans_consistent
from sidelines.ingest.sources import jsonl_lines, read_jsonl, read_sources
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord
from sidelines.model.serialize import to_record
from sidelines.settings import settings_from_kwargs

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "samples"
GOOD = "Kenya, Uganda sign rail deal\nKenya and Uganda signed a rail deal in Nairobi on Monday.\n"
OFFLINE = settings_from_kwargs(fetch_feed_pages=False, allow_private=True)


def read(paths, settings=OFFLINE):
    return list(read_sources([str(p) for p in paths], settings))


@pytest.fixture
def bad_inputs(tmp_path):
    """A binary file, an empty file, a 50 MB text file, a broken HTML file and a good text file."""
    binary = tmp_path / "photo.dat"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: 50 MB on paper, refused before it is read
        f.truncate(50 * 1024 * 1024)
    broken = tmp_path / "broken.html"
    broken.write_text("<html><head><title>Oops</title></head><body><div><p>Unclosed <b>")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    return [binary, empty, huge, broken, good]


def test_bad_inputs_fail_clearly_and_good_one_goes_through(bad_inputs):
    items = read(bad_inputs)
    assert [type(i).__name__ for i in items] == ["ErrorRecord", "ErrorRecord", "ErrorRecord", "ErrorRecord", "Document"]
    codes = [i.code for i in items[:4]]
    assert codes == ["E101", "E105", "E102", "E110"]
    for failure, path in zip(items[:4], bad_inputs, strict=False):
        assert str(path) in failure.message
    assert "50" in items[2].message or "52,428,800" in items[2].message
    assert items[4].text == GOOD and items[4].title == "Kenya, Uganda sign rail deal"


def test_bad_inputs_through_the_pipeline(bad_inputs, pipeline):
    out = list(pipeline.process(read(bad_inputs)))
    assert [o.id for o in out] == ["photo", "empty", "huge", "broken", "good"]
    record = to_record(out[-1])
    assert record.entities and record.text == GOOD
    assert_spans_consistent(record)


def test_missing_file(tmp_path):
    (item,) = read([tmp_path / "nope.txt"])
    assert isinstance(item, ErrorRecord) and item.code == "E107"


def test_wrong_encoding_decoded_with_fallback(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Talks in Zürich\nThe mayor of Zürich met the délégation – briefly.\n".encode("cp1252"))
    (doc,) = read([path])
    assert isinstance(doc, Document)
    assert doc.text == "Talks in Zürich\nThe mayor of Zürich met the délégation – briefly.\n"


def test_text_is_kept_exactly(tmp_path):
    text = "Headline here now\r\n\r\n  Body with  two spaces.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    (doc,) = read([path])
    assert doc.text == text


def test_jsonl_keeps_ids_in_order_and_flags_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Ghana and Togo signed a deal.", "published": "2025-01-02"}),
        "{not json",
        json.dumps({"id": "c", "title": "No text"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "e", "text": "Mali and Niger met.", "publisher": "Sahel Post", "url": "https://x.invalid/e"}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = read([path])
    assert [i.id for i in items] == ["a", f"{path}:2", "c", f"{path}:5", "e"]
    assert [type(i).__name__ for i in items] == ["Document", "ErrorRecord", "ErrorRecord", "ErrorRecord", "Document"]
    assert all(i.code == "E104" for i in items if isinstance(i, ErrorRecord))
    assert items[0].published == "2025-01-02"
    assert items[4].publisher == "Sahel Post" and items[4].url == "https://x.invalid/e"


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD)
    (tmp_path / ".hidden.txt").write_text(GOOD)
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    items = read([tmp_path])
    assert [i.id for i in items] == ["b", "sub/a"]


def test_html_file(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><title>Peru and Bolivia meet</title><meta property='og:site_name' content='Andes Wire'>"
        "</head><body><article><p>Peru and Bolivia held talks in La Paz on Monday about a new railway "
        "line to the Pacific coast, officials said.</p></article></body></html>"
    )
    (doc,) = read([path])
    assert doc.id == "page" and doc.publisher == "Andes Wire"
    assert doc.text.startswith("Peru and Bolivia held talks in La Paz")


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8"))))
    (doc,) = list(read_sources(["-"], OFFLINE))
    assert doc.id == "stdin" and doc.text == GOOD


def test_stdin_jsonl(monkeypatch):
    data = json.dumps({"id": "x1", "text": "Chad and Sudan met."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    (doc,) = list(read_sources(["-"], OFFLINE))
    assert doc.id == "x1"


def test_url_page_and_url_errors(http_server):
    http_server.routes["/story"] = (
        200, {"Content-Type": "text/html; charset=utf-8"},
        b"<html><head><title>Oman mediates</title></head><body><article><p>Oman hosted indirect talks "
        b"between the two delegations in Muscat on Sunday, diplomats said.</p></article></body></html>",
    )
    http_server.routes["/bin"] = (200, {"Content-Type": "application/octet-stream"}, b"\x00\x01")
    items = list(read_sources(
        [http_server.url("/story"), http_server.url("/bin"), http_server.url("/404")], OFFLINE,
    ))
    assert isinstance(items[0], Document) and items[0].id == http_server.url("/story")
    assert items[0].url == http_server.url("/story") and "Muscat" in items[0].text
    assert [i.code for i in items[1:]] == ["E124", "E123"]


def test_bundled_samples():
    items = read([SAMPLES])
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == len(items) >= 8  # four text files, one HTML page, three feed entries
    by_id = {d.id: d for d in docs}
    meeting = by_id["bilateral_meeting"]
    assert meeting.title == "Japan, Brazil agree to deepen hydrogen and trade ties on APEC sidelines"
    assert meeting.authors == ["Helena Marquez", "Tomoko Arai"]
    assert meeting.dateline.text == "LIMA, Nov 15 (Reuters) -" and meeting.attributed_to == ["Reuters"]
    assert meeting.published == "2024-11-15"
    assert len(by_id["live_blog"].updates) == 5
    assert by_id["indirect_speech"].publisher == "Horn Monitor"
    assert by_id["html_page"].publisher == "The Pacific Ledger"


def test_read_jsonl_refuses_lone_surrogates_and_keeps_going():
    from sidelines.ingest.sources import read_jsonl
    from sidelines.model.record import ErrorRecord

    lines = ['{"id": "bad", "text": "The minister said \\ud800 talks resume."}', '{"id": "ok", "text": "Talks resume."}']
    bad, ok = list(read_jsonl(lines, "feed.jsonl"))
    assert isinstance(bad, ErrorRecord) and bad.code == "E108" and bad.id == "bad"
    assert ok.id == "ok" and ok.text == "Talks resume."


@pytest.mark.issue(16)
def test_read_jsonl_splits_on_newline_only():
    # U+2028 and U+0085 are legal raw inside JSON strings; splitlines() would cut the line in two.
    line = json.dumps({"id": "a", "text": "First part\u2028second part\u0085third."}, ensure_ascii=False)
    docs = list(read_jsonl(jsonl_lines(line + "\n" + json.dumps({"id": "b", "text": "Other."})), "mem.jsonl"))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == "First part\u2028second part\u0085third."


@pytest.mark.issue(16)
def test_read_jsonl_refuses_lone_surrogates_in_metadata_not_the_batch():
    lines = [
        '{"id": "good", "text": "A fine article."}',
        '{"id": "bad-title", "title": "\\ud800 broken", "text": "Body."}',
        '{"id": "bad-author", "authors": ["Ann \\udfff"], "text": "Body."}',
        '{"id": "\\ud83d", "text": "Body."}',
    ]
    items = list(read_jsonl(lines, "mem.jsonl"))
    assert isinstance(items[0], Document)
    codes = [(i.id, i.code) for i in items[1:]]
    assert codes == [("bad-title", "E108"), ("bad-author", "E108"), ("mem:4", "E108")]
    assert "'title'" in items[1].message and "'authors'" in items[2].message


def test_a_jsonl_line_nested_too_deep_is_a_failure_not_a_crash():
    items = list(read_jsonl(["[" * 100_000, '{"id": "ok", "text": "Fine."}'], "deep.jsonl"))
    assert [getattr(i, "code", None) for i in items] == ["E104", None]
