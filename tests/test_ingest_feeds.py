"""RSS/Atom feeds: one document per entry; the entry's page when reachable, else the feed's own text."""

from __future__ import annotations

from pathlib import Path

from sidelines.ingest.feeds import looks_like_feed, read_feed
from sidelines.ingest.sources import read_sources
from sidelines.model.document import Document
from sidelines.model.record import ErrorRecord
from sidelines.settings import settings_from_kwargs

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "sidelines" / "samples"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Baltic Dispatch</title>
  <entry>
    <title>Estonia and Finland test new power cable</title>
    <link href="{link}"/>
    <id>urn:baltic:1</id>
    <updated>2025-01-10T12:00:00Z</updated>
    <published>2025-01-10T08:00:00Z</published>
    <author><name>Kadri Tamm</name></author>
    <summary>Estonia and Finland tested a new power cable on Friday.</summary>
  </entry>
</feed>"""

PAGE = b"""<html><head><title>Estonia and Finland test new power cable</title>
<meta property="og:site_name" content="Baltic Dispatch"></head><body><article>
<h1>Estonia and Finland test new power cable</h1>
<p>Estonia and Finland tested a new undersea power cable on Friday, weeks after an earlier link was damaged.
Estonian Prime Minister Liis Kask said the cable would make the region less dependent on imports.</p>
<p>Finnish officials said the test had gone well and that commercial operation would begin in the spring.</p>
</article></body></html>"""


def offline():
    return settings_from_kwargs(fetch_feed_pages=False, allow_private=True)


def test_sample_rss_gives_one_document_per_entry():
    data = (SAMPLES / "world_briefing.rss").read_bytes()
    assert looks_like_feed(data)
    docs = list(read_feed(data, "world_briefing.rss", offline()))
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert first.title == "Kenya and Ethiopia agree to revive Lamu corridor after talks in Nairobi"
    assert first.publisher == "Meridian World Briefing"
    assert first.authors == ["Wanjiru Kamau"]
    assert first.published == "2025-10-08T06:10:00Z"
    assert first.url == first.id == "https://meridian-briefing.invalid/2025/10/08/kenya-ethiopia-lamu-corridor"
    assert first.text.startswith("Kenyan President David Mutua and Ethiopian Prime Minister Bekele Girma")
    assert "<p>" not in first.text


def test_entry_page_is_fetched_when_reachable(http_server):
    http_server.routes["/cable"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    feed = ATOM.format(link=http_server.url("/cable")).encode()
    (doc,) = read_feed(feed, "baltic.atom", settings_from_kwargs(http_timeout=2.0, allow_private=True))
    assert "undersea power cable" in doc.text  # the page's text, not the short summary
    assert doc.title == "Estonia and Finland test new power cable"
    assert doc.published == "2025-01-10T08:00:00Z" and doc.updated == "2025-01-10T12:00:00Z"
    assert doc.authors == ["Kadri Tamm"]
    assert doc.publisher == "Baltic Dispatch"


def test_entry_summary_used_when_page_unreachable(http_server):
    feed = ATOM.format(link=http_server.url("/gone")).encode()  # the server answers 404
    (doc,) = read_feed(feed, "baltic.atom", settings_from_kwargs(http_timeout=2.0, allow_private=True))
    assert doc.text == "Estonia and Finland tested a new power cable on Friday."
    assert doc.publisher == "Baltic Dispatch"


def test_feed_url(http_server):
    http_server.routes["/feed"] = (
        200, {"Content-Type": "application/atom+xml"}, ATOM.format(link="https://baltic.invalid/1").encode()
    )
    (doc,) = read_sources([http_server.url("/feed")], offline())
    assert isinstance(doc, Document) and doc.id == "https://baltic.invalid/1"


def test_feed_without_entries_is_a_failure():
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>'
    (item,) = read_feed(empty, "empty.rss", offline())
    assert isinstance(item, ErrorRecord) and item.code == "E111"


def test_xml_that_is_no_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>Atlas</book></catalog>')
    (item,) = read_sources([str(path)], offline())
    assert isinstance(item, ErrorRecord) and item.code == "E113"
