"""`sidelines watch`: feeds polled with conditional GET and a fake clock, rules evaluated, alerts kept once.

The acceptance test runs the real pipeline over made-up articles served by a local feed server
(127.0.0.1) that gains one article per poll, then changes the first one.
"""

from __future__ import annotations

import io
import json
from xml.sax.saxutils import escape

import pytest

from sidelines import query
from sidelines.errors import ConfigError, IngestError
from sidelines.settings import settings_from_kwargs
from sidelines.store import open_store
from sidelines.watch import FeedResponse, HttpFetcher, Watcher, load_watch_file
from sidelines.watch.config import WatchFile
from sidelines.watch.fetch import check_host
from sidelines.watch.rules import is_government_title
from sidelines.watch.sinks import FileSink, StreamSink, WebhookSink

TALKS = ("Swedish Foreign Minister Anna Lind met her Finnish counterpart Pekka Virta in Helsinki on Monday to "
         "discuss fishing quotas in the Baltic Sea. \u201cWe will keep the border open for trade,\u201d Lind told "
         "reporters after the talks.")
TALKS_CHANGED = TALKS + " The talks lasted three hours, a Finnish official said."
THREAT = ("Chad threatened Niger with military action on Tuesday over a dispute about grazing land, officials in "
          "N'Djamena said.")
VISIT = ("Newly appointed Austrian Interior Minister Tomas Brell visited Prague on Thursday for talks on migration "
         "with Czech officials. Brell said the two countries would share border data.")

WATCH_FILE = """
[watch]
interval = 600
politeness = 5

[[feeds]]
url = "{url}"

[[rules]]
name = "swedish-finnish-talks"
kind = "event"
types = ["CONSULT"]
between = ["Sweden", "FIN"]

[[rules]]
name = "threats-to-niger"
kind = "event"
types = ["THREATEN", "ASSAULT"]
target_country = "Niger"

[[rules]]
name = "lind-on-the-border"
kind = "quote"
speaker = "Lind"
contains = "border"

[[rules]]
name = "new-austrian-official"
kind = "new_actor"
country = "AUT"

[[rules]]
name = "norwegian-italian-talks"
kind = "event"
types = ["CONSULT"]
between = ["NOR", "ITA"]

[[rules]]
name = "lind-on-fishing"
kind = "quote"
speaker = "Lind"
contains = "fishing"
"""


class FakeClock:
    """A clock that moves only when slept on."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (link, title, date, text) items."""
    body = "".join(f"<item><title>{escape(t)}</title><link>{link}</link><guid>{link}</guid><pubDate>{day}</pubDate>"
                   f"<description>{escape(text)}</description></item>" for link, t, day, text in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>http://127.0.0.1/</link><description>made-up news</description>{body}</channel></rss>"
            ).encode()


@pytest.fixture
def feed_server(http_server):
    """A feed that gains an article per poll (the third poll also changes the first); ETag-aware."""
    a, b, c = (http_server.url(f"/news/{n}") for n in ("talks", "threat", "visit"))
    talks = (a, "Nordic ministers meet", "Mon, 01 Sep 2025 09:00:00 GMT", TALKS)
    stages = [
        [talks],
        [talks, (b, "Chad warns Niger", "Tue, 02 Sep 2025 09:00:00 GMT", THREAT)],
        [(a, "Nordic ministers meet", "Mon, 01 Sep 2025 09:00:00 GMT", TALKS_CHANGED),
         (b, "Chad warns Niger", "Tue, 02 Sep 2025 09:00:00 GMT", THREAT),
         (c, "Austrian minister in Prague", "Thu, 04 Sep 2025 09:00:00 GMT", VISIT)],
    ]
    log: list[dict] = []

    def serve(handler) -> None:
        stage = min(len([x for x in log if x["status"] == 200]), len(stages) - 1)
        etag = f'"v{stage + 1}"'
        asked = handler.headers.get("If-None-Match")
        status = 304 if asked == etag else 200
        log.append({"if_none_match": asked, "status": status})
        handler.send_response(status)
        handler.send_header("ETag", etag)
        if status == 200:
            body = rss(stages[stage])
            handler.send_header("Content-Type", "application/rss+xml")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        else:
            handler.end_headers()

    http_server.routes["/feed.xml"] = serve
    http_server.log = log
    return http_server


def test_watch_three_polls_fire_each_rule_once(pipeline, feed_server, tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(WATCH_FILE.format(url=feed_server.url("/feed.xml")), encoding="utf-8")
    spec = load_watch_file(path)
    settings = settings_from_kwargs()
    out, clock = io.StringIO(), FakeClock()
    fetcher = HttpFetcher(settings, allow_private=True)
    with open_store(str(tmp_path / "watch.db")) as store:
        watcher = Watcher(store, spec, settings, fetcher=fetcher, clock=clock,
                          sinks=[StreamSink(out), FileSink(tmp_path / "alerts.jsonl")])
        polls = watcher.run(max_polls=4)
        stored = query.list_alerts(store)
        versions = [v["version"] for v in store.versions(feed_server.url("/news/talks"))]
    fetcher.close()
    assert [p.status for p in polls] == [200, 200, 200, 304]
    assert [(p.new, p.updated) for p in polls] == [(1, 0), (1, 0), (1, 1), (0, 0)]
    fired = [sorted(a.rule for a in p.alerts) for p in polls]
    assert fired == [["lind-on-the-border", "swedish-finnish-talks"], ["threats-to-niger"],
                     ["new-austrian-official"], []]
    # The changed article was read again and evaluated, and raised nothing twice.
    assert feed_server.url("/news/talks") in polls[2].evaluated and versions == [1, 2]
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert sorted(x["rule"] for x in lines) == sorted(r for p in fired for r in p)
    assert (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines() == out.getvalue().splitlines()
    assert sorted(a.rule for a in stored) == sorted(x["rule"] for x in lines)
    threat = next(x for x in lines if x["rule"] == "threats-to-niger")
    assert threat["type"] == "THREATEN" and {"name": "Niger", "role": "target", "country": "NER"} in threat["actors"]
    official = next(x for x in lines if x["rule"] == "new-austrian-official")
    assert official["name"] == "Tomas Brell" and official["titles"] == ["Interior Minister"]
    # Conditional GET: each poll sent the last ETag; the clock waited one interval between polls.
    assert [x["if_none_match"] for x in feed_server.log] == [None, '"v1"', '"v2"', '"v3"']
    assert clock.sleeps == [600.0, 600.0, 600.0]


class ScriptedFetcher:
    """A fetcher that answers 304 and records when each URL was asked."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls: list[tuple[str, float]] = []

    def __call__(self, url, etag, last_modified):
        self.calls.append((url, self.clock.now()))
        return FeedResponse(304)


def test_watch_schedule_keeps_intervals_and_host_politeness(tmp_path):
    spec = WatchFile.model_validate({
        "watch": {"interval": 100, "politeness": 30},
        "feeds": [{"url": "http://wire.example/a.rss"}, {"url": "http://wire.example/b.rss", "interval": 50},
                  {"url": "http://other.example/c.rss"}]})
    clock = FakeClock()
    fetcher = ScriptedFetcher(clock)
    with open_store(str(tmp_path / "s.db")) as store:
        Watcher(store, spec, settings_from_kwargs(), fetcher=fetcher, clock=clock).run(max_polls=6)
    calls = [(url.split("/")[-1], t - 1000.0) for url, t in fetcher.calls]
    # b waits 30 s for wire.example after a, then keeps its own 50 s interval; a then waits for b's host.
    assert calls == [("a.rss", 0), ("c.rss", 0), ("b.rss", 30), ("b.rss", 80), ("c.rss", 100), ("a.rss", 110)]


def test_watch_file_errors_are_e520(tmp_path):
    path = tmp_path / "bad.toml"
    for text, words in [
        ('[[feeds]]\nurl = "http://x.example/f.rss"\n[[rules]]\nname = "r"\nkind = "event"\nbetwen = ["NOR"]\n',
         "betwen"),
        ('[[feeds]]\nurl = "http://x.example/f.rss"\n[[rules]]\nname = "r"\nkind = "event"\n'
         'target_country = "Atlantis"\n', "Atlantis"),
        ('[[feeds]]\nurl = "http://x.example/f.rss"\n[[rules]]\nname = "r"\nkind = "event"\ntypes = ["MEET"]\n',
         "MEET"),
        ("[watch]\ninterval = 5\n", "feeds"),
        ("not toml [", "cannot read"),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=words) as info:
            load_watch_file(path)
        assert info.value.code == "E520"


def test_watch_refuses_private_feeds_and_remote_webhooks_unless_allowed():
    with pytest.raises(IngestError) as info:
        check_host("http://127.0.0.1:8080/feed.xml", allow_private=False)
    assert info.value.code == "E126"
    check_host("http://127.0.0.1:8080/feed.xml", allow_private=True)
    with pytest.raises(IngestError):
        check_host("file:///etc/passwd", allow_private=True)
    with pytest.raises(ConfigError, match="not on this machine"):
        WebhookSink("https://hooks.example.com/alerts")
    WebhookSink("https://hooks.example.com/alerts", allow_remote=True).close()
    WebhookSink("http://127.0.0.1:9000/alerts").close()


def test_watch_government_titles():
    assert is_government_title("Interior Minister") and is_government_title("Ambassador")
    assert is_government_title("Prime Minister") and not is_government_title("union leader")
    assert not is_government_title("striker")


def test_watch_alerts_kept_once_and_new_actors(store):
    """On SQLite and PostgreSQL: an alert is stored once per document and match; actors new to the store."""
    from sidelines.store.alerts import Alert, record_alert
    from test_store_samples import brussels_record, geneva_record, oslo_record

    store.write([geneva_record()])
    assert [a.name for a in query.new_actors_in_document(store, "geneva-1") if a.type == "PERSON"] == ["Anna Berg",
                                                                                           "Marco Rossi"]
    store.write([oslo_record(), brussels_record()])
    assert [a.name for a in query.new_actors_in_document(store, "oslo-1")] == ["Oslo"]     # both people met in Geneva
    assert "Anna Berg" not in {a.name for a in query.new_actors_in_document(store, "brussels-1")}   # "Berg" is her
    first = Alert(rule="talks", kind="event", doc_id="geneva-1", version=1, match_key="CONSULT|berg|rossi",
                  summary="Berg meets Rossi", data={"type": "CONSULT"})
    assert record_alert(store, first) and first.id is not None
    again = Alert(rule="talks", kind="event", doc_id="geneva-1", version=2, match_key="CONSULT|berg|rossi",
                  summary="Berg meets Rossi")
    assert not record_alert(store, again)
    assert record_alert(store, Alert(rule="talks", kind="event", doc_id="oslo-1", version=1,
                                     match_key="CONSULT|berg|rossi", summary="Rossi meets Berg"))
    rows = query.list_alerts(store)
    assert [(r.document, r.rule) for r in rows] == [("oslo-1", "talks"), ("geneva-1", "talks")]
    assert rows[1].data == {"type": "CONSULT"} and query.list_alerts(store, rule="other") == []


def test_watch_cli_once_then_alerts(pipeline, feed_server, tmp_path):
    from typer.testing import CliRunner

    from sidelines.cli import app

    runner = CliRunner()
    path = tmp_path / "feeds.toml"
    path.write_text(WATCH_FILE.format(url=feed_server.url("/feed.xml")), encoding="utf-8")
    db = str(tmp_path / "cli.db")
    refused = runner.invoke(app, ["watch", str(path), "--db", db, "--once"])
    assert refused.exit_code == 0 and "E126" in refused.stderr and refused.stdout == ""
    done = runner.invoke(app, ["watch", str(path), "--db", db, "--once", "--allow-private",
                               "--alerts-file", str(tmp_path / "a.jsonl")])
    assert done.exit_code == 0, done.output
    rules = sorted(json.loads(x)["rule"] for x in done.stdout.splitlines())
    assert rules == ["lind-on-the-border", "swedish-finnish-talks"]
    listed = runner.invoke(app, ["alerts", "--db", db, "--format", "json"])
    assert sorted(r["rule"] for r in json.loads(listed.stdout)) == rules


def test_watch_readme_example_is_a_valid_watch_file(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Watching feeds", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "feeds.toml"
    path.write_text(example, encoding="utf-8")
    spec = load_watch_file(path)
    assert [r.kind for r in spec.rules] == ["event", "event", "quote", "new_actor"]
    assert spec.rules[0].between == ["SWE", "FIN"] and spec.rules[1].target_country == "NER"
    assert spec.feeds[0].interval == 300 and spec.watch.webhook is None
