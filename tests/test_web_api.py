"""The HTTP API over a small hand-built store (FastAPI's TestClient; no model except for /api/extract)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from sidelines.web.api import MAX_PAGE  # noqa: E402
from sidelines.web.app import create_app  # noqa: E402
from web_store import build_web_store  # noqa: E402


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    return build_web_store(str(tmp_path_factory.mktemp("web") / "web.db"))


@pytest.fixture(scope="session")
def client(web_db):
    return TestClient(create_app(web_db))


def test_web_api_documents_pages_are_bounded(client):
    first = client.get("/api/documents", params={"limit": 2}).json()
    assert [d["id"] for d in first["items"]] == ["hostile-1", "brussels-1"]
    assert first["next_offset"] == 2
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["id"] for d in rest["items"]] == ["oslo-1", "geneva-1"]
    last = client.get("/api/documents", params={"limit": 2, "offset": 4}).json()
    assert last["items"] == [] and last["next_offset"] is None
    assert client.get("/api/documents", params={"limit": MAX_PAGE + 1}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    # Numbers past SQLite's 64-bit integers are refused, not passed down to overflow.
    huge = str(2**63)
    assert client.get("/api/network", params={"min_count": huge}).status_code == 422
    assert client.get("/api/documents/geneva-1", params={"version": huge}).status_code == 422
    assert client.get("/api/documents/geneva-1/diff", params={"from": huge}).status_code == 422


def test_web_api_document_versions_and_diff(client):
    record = client.get("/api/documents/geneva-1").json()
    assert record["text"].endswith("would be in Oslo.") and len(record["quotes"]) == 3
    old = client.get("/api/documents/geneva-1", params={"version": 1}).json()
    assert len(old["quotes"]) == 2
    assert [v["version"] for v in client.get("/api/documents/geneva-1/versions").json()] == [1, 2]
    diff = client.get("/api/documents/geneva-1/diff").json()
    assert (diff["from_version"], diff["to_version"], diff["text_changed"]) == (1, 2, True)
    assert [q["content"] for q in diff["quotes_added"]] == ["the next meeting would be in Oslo"]
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/documents/nope/diff").status_code == 404


def test_web_api_search_across_kinds(client):
    found = client.get("/api/search", params={"q": "Rossi"}).json()
    assert [a["name"] for a in found["actors"]] == ["Marco Rossi"]
    assert {e["document"] for e in found["events"]} == {"geneva-1", "oslo-1"}
    assert {d["id"] for d in found["documents"]} == {"geneva-1", "oslo-1"}
    words = client.get("/api/search", params={"q": "time to lose"}).json()
    assert [q["speaker"] for q in words["quotes"]] == ["Marco Rossi"]
    assert client.get("/api/search").status_code == 422


def test_web_api_actor_roles_met_and_places(client):
    body = client.get("/api/actors/Berg").json()
    assert body["actor"]["name"] == "Anna Berg"
    role = body["actor"]["roles"][0]
    assert (role["title"], role["first_seen"], role["last_seen"]) == ("Foreign Minister", "2025-03-10", "2025-04-15")
    assert [(m["name"], m["count"], m["last_date"]) for m in body["met"]] == [("Marco Rossi", 2, "2025-04-15")]
    assert {p["name"] for p in body["places"]} >= {"Geneva", "Oslo"}
    assert client.get("/api/actors/Nobody At All").status_code == 404
    listed = client.get("/api/actors", params={"type": "PERSON"}).json()["items"]
    assert [a["name"] for a in listed][:2] == ["Anna Berg", "Marco Rossi"]


@pytest.mark.parametrize("params, expected", [
    ({"actor": "Berg", "with_actor": "Rossi"}, {("geneva-1", "ev1"), ("oslo-1", "ev1")}),
    ({"actor": "Berg", "with_actor": "Tomas Vell"}, set()),
    ({"country": "CHE"}, {("geneva-1", "ev1")}),                 # the place's country
    ({"country": "ard"}, {("hostile-1", "ev1")}),                # an actor's country
    ({"context": "second round"}, {("oslo-1", "ev1")}),
    ({"type": "reject"}, {("hostile-1", "ev1")}),
    ({"since": "2025-04-01", "until": "2025-04-30"}, {("oslo-1", "ev1")}),
    ({"polarity": "negative"}, set()),
    ({"modality": "none", "document": "brussels-1"}, {("brussels-1", "ev1")}),
    ({"min_confidence": 0.82}, {("geneva-1", "ev1"), ("oslo-1", "ev1")}),   # 0.9 and 0.85 of 0.7-0.9
])
def test_web_api_event_filters(client, params, expected):
    rows = client.get("/api/events", params=params).json()["items"]
    assert {(r["document"], r["event"]) for r in rows} == expected


def test_web_api_timeline_counts_per_day_and_type(client):
    rows = client.get("/api/timeline").json()
    assert [(r["day"], r["type"], r["count"]) for r in rows] == [
        ("2025-03-10", "CONSULT", 1), ("2025-04-15", "CONSULT", 1), ("2025-05-01", "ACCUSE", 1),
        ("2025-05-02", "REJECT", 1)]
    assert client.get("/api/timeline", params={"type": "CONSULT", "since": "2025-04-01"}).json() == [
        {"day": "2025-04-15", "type": "CONSULT", "count": 1}]
    assert client.get("/api/timeline", params={"since": "last week"}).status_code == 422


def test_web_api_quotes_places_network_stories_brief_counts(client):
    quotes = client.get("/api/quotes", params={"speaker": "Rossi", "words": "time to lose"}).json()["items"]
    assert [q["content"] for q in quotes] == ["There is no time to lose,"]
    assert {p["name"] for p in client.get("/api/places").json()} == {"Norway", "Geneva", "Oslo"}
    pairs = client.get("/api/network").json()
    assert [(p["actor_a"], p["actor_b"], p["count"]) for p in pairs] == [("Anna Berg", "Marco Rossi", 2)]
    assert client.get("/api/stories").json()["items"] == []
    assert client.get("/api/stories/nope").status_code == 404
    brief = client.get("/api/brief", params={"since": "2d"}).json()
    assert (brief["since"], brief["until"]) == ("2025-05-01", "2025-05-02")
    assert [e["type"] for e in brief["confrontations"]] == ["REJECT", "ACCUSE"]
    assert client.get("/api/brief", params={"since": "soon"}).status_code == 400
    assert client.get("/api/counts").json()["documents"] == 4


def test_web_api_security_headers_on_every_response(client):
    for url in ("/api/counts", "/", "/static/site.css", "/api/documents/nope"):
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


def test_web_api_request_body_limit(web_db):
    small = TestClient(create_app(web_db, max_body=1000))
    response = small.post("/api/extract", json={"text": "x" * 5000})
    assert response.status_code == 413


def test_web_api_extract_store_refused_when_read_only(client):
    response = client.post("/api/extract", json={"text": "Ministers met.", "store": True})
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert client.post("/api/extract", json={}).status_code == 422
    assert client.post("/api/extract", json={"text": "a", "url": "https://example.org/"}).status_code == 422
    assert client.post("/api/extract", json={"text": "x" * 200_001}).status_code == 422


def test_web_api_writable_off_loopback_needs_a_token(web_db, monkeypatch):
    from sidelines.errors import SidelinesError

    monkeypatch.delenv("SIDELINES_TOKEN", raising=False)
    with pytest.raises(SidelinesError, match="need a token"):
        create_app(web_db, host="0.0.0.0", writable=True)
    create_app(web_db, host="127.0.0.1", writable=True)          # loopback: no token needed


def test_web_api_extract_and_store_with_token(pipeline, tmp_path):
    db = build_web_store(str(tmp_path / "w.db"))
    client = TestClient(create_app(db, host="0.0.0.0", writable=True, token="s3cret", pipeline=pipeline))
    text = "Foreign Minister Lena Sorvik of Norway met Prime Minister Jonas Arle in Bergen on Monday."
    plain = client.post("/api/extract", json={"text": text, "id": "sorvik-1"})
    assert plain.status_code == 200 and plain.json()["id"] == "sorvik-1"
    assert {e["name"] for e in plain.json()["entities"]} >= {"Lena Sorvik", "Jonas Arle"}
    assert client.get("/api/documents/sorvik-1").status_code == 404            # not stored unless asked
    denied = client.post("/api/extract", json={"text": text, "id": "sorvik-1", "store": True},
                         headers={"Authorization": "Bearer wrong"})
    assert denied.status_code == 403
    stored = client.post("/api/extract", json={"text": text, "id": "sorvik-1", "store": True},
                         headers={"Authorization": "Bearer s3cret"})
    assert stored.status_code == 200
    assert client.get("/api/documents/sorvik-1").json()["text"] == text


def _example(param: dict) -> str:
    name = param["name"]
    return {"q": "Berg", "since": "2025-01-01", "until": "2025-12-31", "version": "1", "from": "1", "to": "1",
            "direct": "true", "limit": "5", "offset": "0", "min_count": "1", "polarity": "positive"}.get(name, "Berg")


def test_web_api_every_route_in_the_schema_answers_without_a_server_error(client):
    schema = client.get("/openapi.json").json()
    paths = {"doc_id": "geneva-1", "name": "Anna Berg", "story_id": "nope"}
    called = 0
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            url = path
            for key, value in paths.items():
                url = url.replace("{" + key + "}", value)
            query = {p["name"]: _example(p) for p in op.get("parameters", []) if p["in"] == "query"}
            for params in ({}, query):          # bare, then every query parameter given
                if method == "get":
                    response = client.get(url, params=params)
                else:
                    response = client.request(method.upper(), url, params=params, json={"text": "x", "store": True})
                assert response.status_code < 500, (method, url, params, response.text[:300])
                called += 1
    assert called >= 30


def test_web_api_document_ids_with_slashes(tmp_path):
    from sidelines.store import open_store
    from test_store_samples import oslo_record

    db = str(tmp_path / "u.db")
    doc_id = "https://news.example/2025/04/15/oslo-talks"
    with open_store(db) as store:
        store.write([oslo_record(doc_id=doc_id)])
    client = TestClient(create_app(db))
    assert client.get(f"/api/documents/{doc_id}").json()["id"] == doc_id
    assert [v["version"] for v in client.get(f"/api/documents/{doc_id}/versions").json()] == [1]
    assert client.get(f"/api/documents/{doc_id}/places").json()[0]["name"] == "Oslo"
    assert client.get("/documents/https%3A//news.example/2025/04/15/oslo-talks").status_code == 200


def test_web_serve_command_refuses_a_missing_store_and_an_open_writable_server(tmp_path, web_db, monkeypatch):
    from typer.testing import CliRunner

    from sidelines.cli import app

    monkeypatch.delenv("SIDELINES_TOKEN", raising=False)
    runner = CliRunner()
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code != 0 and getattr(missing.exception, "code", None) == "E407"
    open_write = runner.invoke(app, ["serve", "--db", web_db, "--host", "0.0.0.0", "--writable"])
    assert open_write.exit_code != 0 and "need a token" in str(open_write.exception)


def test_web_api_extract_from_a_url(pipeline, web_db, http_server, monkeypatch):
    text = "Prime Minister Ilse Varga of Hungary met President Tomas Reyes in Lisbon on Tuesday."
    http_server.routes["/story.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode())
    local = TestClient(create_app(web_db, pipeline=pipeline))
    # The test server is on a loopback address: refused unless the settings allow private addresses.
    refused = local.post("/api/extract", json={"url": http_server.url("/story.txt")})
    assert refused.status_code == 422 and "E126" in refused.json()["detail"]
    monkeypatch.setattr(pipeline, "settings", pipeline.settings.model_copy(update={"allow_private": True}))
    record = local.post("/api/extract", json={"url": http_server.url("/story.txt")}).json()
    assert record["text"] == text and {e["name"] for e in record["entities"]} >= {"Ilse Varga", "Tomas Reyes"}
    # A server open to the network fetches URLs only for a caller with its token.
    open_app = TestClient(create_app(web_db, host="0.0.0.0", pipeline=pipeline))
    assert open_app.post("/api/extract", json={"url": http_server.url("/story.txt")}).status_code == 403
    assert open_app.post("/api/extract", json={"text": text}).status_code == 200
