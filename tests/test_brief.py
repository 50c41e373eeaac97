"""The brief: one function builds it (query.build_brief); Markdown, HTML and the CLI render it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sidelines import query
from sidelines.cli import app
from sidelines.errors import StoreError
from sidelines.model.record import Entity, Event, EventActor, Record
from sidelines.query.brief import BRIEF_MIN_CONFIDENCE
from sidelines.store import open_store
from test_store_samples import mention, span
from web_store import build_web_store


@pytest.fixture(scope="module")
def brief_db(tmp_path_factory):
    return build_web_store(str(tmp_path_factory.mktemp("brief") / "b.db"))


def test_brief_period_counts_back_from_the_newest_document(brief_db):
    with open_store(brief_db) as store:
        assert query.brief_period(store, "1d") == ("2025-05-02", "2025-05-02")
        assert query.brief_period(store, "2w", "2025-04-20") == ("2025-04-07", "2025-04-20")
        assert query.brief_period(store, "2025-03-01") == ("2025-03-01", "2025-05-02")
        with pytest.raises(StoreError, match="neither a date"):
            query.brief_period(store, "yesterday")


def test_brief_lists_meetings_quotes_and_new_actors(brief_db):
    with open_store(brief_db) as store:
        brief = query.build_brief(store, "2025-03-01", "2025-04-30")
        late = query.build_brief(store, "2d")
    assert brief.documents == 2
    assert [(e.document, e.type) for e in brief.meetings] == [("oslo-1", "CONSULT"), ("geneva-1", "CONSULT")]
    assert brief.agreements == [] and brief.confrontations == []
    assert [(p.name, p.count) for p in brief.quoted] == [("Marco Rossi", 3), ("Anna Berg", 2)]
    assert brief.quoted[0].lines[0].content == "There is no time to lose,"     # direct first
    assert {a.name for a in brief.new_actors} >= {"Anna Berg", "Marco Rossi"}
    assert [(r.day, r.type, r.count) for r in brief.per_day] == [("2025-03-10", "CONSULT", 1),
                                                                  ("2025-04-15", "CONSULT", 1)]
    # Berg was first seen in March: not new in May; Vell is.
    assert [a.name for a in late.new_actors if a.type == "PERSON"] == ["Tomas Vell"]


def test_brief_cli_markdown_and_html(brief_db):
    runner = CliRunner()
    md = runner.invoke(app, ["brief", "--since", "2d", "--db", brief_db])
    assert md.exit_code == 0, md.output
    assert md.stdout.startswith("# Brief: 2025-05-01 to 2025-05-02")
    assert "## Confrontations" in md.stdout and "REJECT: Tomas Vell (source)" in md.stdout
    assert "\\<script\\>" in md.stdout and "<script>" not in md.stdout           # markup escaped in Markdown
    html = runner.invoke(app, ["brief", "--since", "2d", "--format", "html", "--db", brief_db])
    assert html.exit_code == 0, html.output
    assert "<svg" in html.stdout and "&lt;script&gt;" in html.stdout and "<script" not in html.stdout
    bad = runner.invoke(app, ["brief", "--since", "soon", "--db", brief_db])
    assert bad.exit_code != 0


def test_brief_shows_the_watch_alerts_on_its_articles(tmp_path):
    from sidelines.store.alerts import Alert, record_alert
    from sidelines.web.brief import brief_html, brief_markdown

    db = build_web_store(str(tmp_path / "alerts.db"))
    with open_store(db) as store:
        record_alert(store, Alert(rule="nordic-talks", kind="event", doc_id="oslo-1", version=1, match_key="ev1",
                                  summary="CONSULT between <Anna Berg> and Marco Rossi"))
        record_alert(store, Alert(rule="vell-watch", kind="quote", doc_id="hostile-1", version=1, match_key="q1",
                                  summary="Tomas Vell quoted"))
        spring = query.build_brief(store, "2025-03-01", "2025-04-30")
        may = query.build_brief(store, "1d")
    # An alert belongs to the period of its article's publication date.
    assert [a.rule for a in spring.alerts] == ["nordic-talks"]
    assert [a.rule for a in may.alerts] == ["vell-watch"]
    assert "[nordic-talks] CONSULT between \\<Anna Berg\\> and Marco Rossi (oslo-1)" in brief_markdown(spring)
    html = brief_html(spring)
    assert "Watch alerts" in html and "CONSULT between &lt;Anna Berg&gt; and Marco Rossi" in html


def test_brief_leaves_out_unsure_events_that_the_events_list_keeps(tmp_path):
    text = ("Minister Tomas Vell of Ardenia met Anna Berg in Oslo on Friday. "
            "Vell also accused a systematic campaign of lying.")
    vell = Entity(id="e1", name="Tomas Vell", type="PERSON", mentions=[mention(text, "Tomas Vell")])
    berg = Entity(id="e2", name="Anna Berg", type="PERSON", mentions=[mention(text, "Anna Berg")])
    sure = Event(id="ev1", type="CONSULT", actors=[EventActor(entity="e1", role="participant"),
                                                   EventActor(entity="e2", role="participant")],
                 evidence=[span(text, "met")], confidence=0.9)
    unsure = Event(id="ev2", type="ACCUSE", actors=[EventActor(entity="e1", role="source")],
                   evidence=[span(text, "accused")], confidence=round(BRIEF_MIN_CONFIDENCE / 2, 3))
    record = Record(id="vell-1", text=text, published="2025-06-06", entities=[vell, berg], events=[sure, unsure])
    path = str(tmp_path / "c.db")
    with open_store(path) as store:
        store.write([record])
        brief = query.build_brief(store, "1d")
        listed = query.search_events(store, document="vell-1")
        sure_only = query.search_events(store, document="vell-1", min_confidence=0.5)
    assert BRIEF_MIN_CONFIDENCE > 0
    assert [e.type for e in brief.meetings] == ["CONSULT"] and brief.confrontations == []
    assert sorted(e.type for e in listed) == ["ACCUSE", "CONSULT"]
    assert [e.type for e in sure_only] == ["CONSULT"]
