"""The web UI in a real browser: Playwright driving Debian's Chromium against `sidelines serve` on 127.0.0.1.

The store is the demo store (the bundled samples through the real pipeline) plus one hostile
article whose text holds markup. Skips cleanly without Playwright or /usr/bin/chromium; never
downloads a browser.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "samples"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def demo_db(pipeline, tmp_path_factory):
    """The demo store: the bundled samples ingested with the real pipeline, and the hostile article."""
    from sidelines.app.ingest import ingest_sources
    from sidelines.app.stories import update_stories
    from sidelines.store import open_store
    from web_store import hostile_record

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    with open_store(db) as store:
        ingest_sources(store, [str(SAMPLES)], pipeline.settings)
        store.write([hostile_record()])
        update_stories(store)
    return db


@pytest.fixture(scope="session")
def server(demo_db):
    """`sidelines serve` in a thread: uvicorn over create_app on a free loopback port."""
    import uvicorn

    from sidelines.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session (Debian's; Playwright never downloads one here)."""
    if not CHROMIUM.exists():
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                   args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        except sync_api.Error as exc:
            pytest.skip(f"Chromium does not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records dialogs, page errors and CSP violations."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.problems = []
    p.on("dialog", lambda d: (p.problems.append(f"dialog: {d.message}"), d.dismiss()))
    p.on("pageerror", lambda e: p.problems.append(f"error: {e}"))
    p.on("console", lambda m: p.problems.append(f"console: {m.text}") if m.type == "error" else None)
    yield p
    context.close()


def _top_person(db: str) -> str:
    from sidelines import query
    from sidelines.store import open_store

    with open_store(db) as store:
        pairs = query.actor_network(store, limit=1)
    return pairs[0].actor_a


def test_browser_home_and_search(page, demo_db):
    page.goto("/")
    assert page.title() == "sidelines"
    assert page.locator(".counts").inner_text().startswith("9 articles")
    name = _top_person(demo_db)
    page.fill("#home-q", name.split()[-1])
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("#found-actors a.actor", has_text=name).count() >= 1
    assert page.locator("#found-events tr.event-row").count() >= 1
    assert page.problems == []


def test_browser_actor_page(page, demo_db):
    name = _top_person(demo_db)
    page.goto("/actors/" + quote(name))
    assert page.locator("h1.actor-name").inner_text() == name
    assert page.locator("#timeline svg.day-chart rect").count() >= 1
    assert page.locator("#events tr.event-row").count() >= 1
    assert page.locator("#met ol.met li").count() >= 1
    assert page.problems == []


def test_browser_article_highlights_and_evidence_links(page, demo_db):
    from sidelines import query
    from sidelines.store import open_store

    with open_store(demo_db) as store:
        doc = query.search_events(store, type="CONSULT", limit=1)[0].document
    page.goto("/documents/" + quote(doc, safe="/"))
    text = page.locator("#article-text")
    assert text.locator(".entity").count() >= 3
    assert text.locator(".evidence").count() >= 1
    assert text.locator(".quote").count() >= 1
    jump = page.locator(".event-fact a.evidence-jump").first
    target = jump.get_attribute("data-target")
    marked = page.locator(f"#{target} + *")
    jump.click()
    assert "flash" in (marked.get_attribute("class") or "")      # site.js ran under the CSP
    assert page.locator(".event-fact .rule").count() >= 1          # the rule that made each event
    assert page.problems == []


def test_browser_brief(page):
    page.goto("/brief?since=30d")
    assert page.locator("h1").inner_text() == "Brief"
    assert page.locator(".brief-chart svg.day-chart rect").count() >= 1
    assert page.locator(".brief h2", has_text="Meetings").count() == 1
    assert page.problems == []


def test_browser_map_and_network_render(page):
    page.goto("/map")
    assert page.locator("svg.world-map a.map-point circle").count() >= 3
    assert page.evaluate("() => fetch('/static/world-land.svg').then(r => r.status)") == 200
    page.goto("/network")
    page.wait_for_selector("svg#network[data-settled='yes']", timeout=15000)   # the force layout ran
    assert page.locator("svg#network g.node").count() >= 4
    assert page.locator("svg#network line.edge").count() >= 2
    assert page.problems == []


def test_browser_hostile_article_shows_markup_as_text(page):
    page.goto("/documents/hostile-1")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert page.locator("h1.doc-title").inner_text() == "Vell <script>window.__pwned = 3</script> rejects"
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#article-text img, #article-text script, h1 script").count() == 0
    page.goto("/search?q=" + quote("<img src=x onerror=alert(1)>"))
    assert page.evaluate("() => window.__pwned") is None
    assert not [p for p in page.problems if p.startswith(("dialog", "error"))]


def test_browser_story_page(page):
    page.goto("/stories")
    first = page.locator("table.stories a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/stories/**")
    assert page.locator("h1").inner_text() == title
    assert page.locator("#own h2").inner_text() == "Independent reports"
    assert page.locator("#own a.doc, #wire a.doc").count() >= 1
    assert page.problems == []
