"""The web UI's pages, rendered on the server, over the small hand-built store (TestClient, no browser)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from sidelines.web.app import create_app  # noqa: E402
from web_store import build_web_store  # noqa: E402


@pytest.fixture(scope="session")
def pages(tmp_path_factory):
    return TestClient(create_app(build_web_store(str(tmp_path_factory.mktemp("pages") / "p.db"))))


@pytest.mark.parametrize("url, needle", [
    ("/", "Latest events"), ("/search?q=Berg", "Anna Berg"), ("/documents", "Berg denies stall"),
    ("/actors", "Marco Rossi"), ("/actors/Anna%20Berg", "Foreign Minister"), ("/events?type=CONSULT", "Geneva"),
    ("/network", 'class="node"'), ("/map", "map-point"), ("/stories", "No stories yet"), ("/brief?since=7d", "REJECT"),
    ("/docs", "/api/events"),
])
def test_web_pages_render(pages, url, needle):
    response = pages.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert needle in response.text


def test_web_pages_article_marks_entities_quotes_and_evidence(pages):
    html = pages.get("/documents/geneva-1").text
    # The evidence starts with a mention: that piece is both, linked to the actor.
    assert re.search(r'<span id="evidence-ev1" class="anchor"></span><a href="/actors/Anna%20Berg" '
                     r'class="entity evidence"', html)
    assert '<span class="evidence" title="evidence of ev1 (CONSULT)"> met her Italian counterpart</span>' in html
    assert '<span id="quote-q1" class="anchor"></span><span class="quote" title="quote q1 by Anna Berg">' in html
    assert re.search(r'<a href="/actors/Marco%20Rossi" class="entity"[^>]*>Marco Rossi</a>', html)
    assert 'class="entity speaker"' in html                      # the speaker's mention is linked and marked
    assert 'href="#evidence-ev1"' in html and "0.90" in html      # the fact links to its evidence, with confidence
    assert "Versions:" in html                                    # geneva-1 has two versions


def test_web_pages_event_rule_shown(pages):
    html = pages.get("/documents/hostile-1").text
    assert "verb &#39;reject&#39; with a subject" in html
    # every fact says which rule made it, and how its parts were settled, escaped
    assert "quotes · after" in html and "speaker: quotes: an entity mention over the phrase&#39;s head" in html
    assert "entities · spacy" in html and "country: entities: read from &lt;a title&gt;" in html


def test_web_pages_escape_article_strings(pages):
    for url in ("/documents/hostile-1", "/search?q=print", "/", "/actors/Tomas%20Vell", "/brief?since=7d",
                "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"):
        html = pages.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>Ardenia" not in html, url
        assert "<script>alert" not in html, url
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/site.js" defer>'], url
    html = pages.get("/documents/hostile-1").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in html
    assert "javascript:" not in html                              # a non-http URL is not linked


def test_web_pages_missing_things_are_404_pages(pages):
    for url in ("/documents/nope", "/actors/Nobody%20Here", "/stories/nope"):
        response = pages.get(url)
        assert response.status_code == 404 and "Not here" in response.text, url


def test_web_pages_article_links_only_names_with_an_actor_page(pages):
    html = pages.get("/documents/brussels-1").text
    # The surname-only 'Berg' is filed under Anna Berg; the bare 'ferry operator' is no actor: not linked.
    assert re.search(r'<a href="/actors/Anna%20Berg" class="entity[^"]*"[^>]*>Berg</a>', html)
    assert "/actors/ferry" not in html and '<span class="not-actor">ferry operator</span>' in html
    missing = pages.get("/actors/ferry%20operator")
    assert missing.status_code == 404 and 'href="/search?q=ferry%20operator"' in missing.text


def test_web_pages_events_confidence_floor(pages):
    # The sample store's events are 0.9 and 0.85 (CONSULT) and 0.7 (ACCUSE) sure.
    def row_types(html: str) -> set[str]:
        table = html[html.index("</form>"):]
        table = table[table.index("<table"):]
        return set(re.findall(r"\b(ACCUSE|CONSULT|REJECT)\b", table))

    assert row_types(pages.get("/events").text) == {"ACCUSE", "CONSULT", "REJECT"}
    assert row_types(pages.get("/events", params={"min_confidence": "0.8"}).text) == {"CONSULT", "REJECT"}
    # The chosen floor shows as selected; a floor the form does not offer still filters.
    assert '<option value="0.5" selected>' in pages.get("/events", params={"min_confidence": "0.5"}).text


@pytest.mark.parametrize("value", ["abc", "-1", "7", "nan", "0.5'><script>"])
def test_web_pages_events_confidence_floor_ignores_bad_values(pages, value):
    response = pages.get("/events", params={"min_confidence": value})
    assert response.status_code == 200 and "<script>" not in response.text
    assert response.text.count('class="event-row') == pages.get("/events").text.count('class="event-row')
