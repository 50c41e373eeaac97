"""Shared fixtures: the real pipeline once per session, and the ../shared data (skip without it)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _extractors_do_not_raise(request, monkeypatch):
    """An extractor that raises during a test fails the test.

    The pipeline turns an extractor's exception into an E301 problem and goes on, which is right for
    a user and wrong for a test: a merge once left a NameError in one quote rule, and the only trace
    was quotes missing from the evaluation. A test that makes an extractor fail on purpose says so
    with ``@pytest.mark.extractor_may_fail``.
    """
    if request.node.get_closest_marker("extractor_may_fail"):
        yield
        return
    from sidelines.pipeline import Pipeline

    raised: list[str] = []
    original = Pipeline._run_extractor

    def checked(self, ex, doc, sdoc):
        before = len(doc.problems)
        original(self, ex, doc, sdoc)
        raised.extend(f"{doc.id}: {p.stage}: {p.message}" for p in doc.problems[before:] if p.code == "E301")

    monkeypatch.setattr(Pipeline, "_run_extractor", checked)
    yield
    assert not raised, f"an extractor raised (E301): {raised}"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once."""
    from sidelines.nlp.engine import load_model

    return load_model("")


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline, built once."""
    from sidelines.api import get_pipeline
    from sidelines.settings import settings_from_kwargs

    return get_pipeline(settings_from_kwargs())


@pytest.fixture(scope="session")
def extract(pipeline):
    """Extract the record of a text with the default pipeline: extract(text, **meta) -> Record."""
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record

    def run(text: str, doc_id: str = "t", **meta):
        doc = document_from_text(text, doc_id, None, **meta)
        return to_record(pipeline.process_one(doc))

    return run


@pytest.fixture(scope="session")
def extract_unfiltered():
    """Like ``extract``, with every event kept (``min_confidence`` 0): for tests of what the event rules
    find, apart from the confidence threshold that trims an article's weak events."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.model.serialize import to_record
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractor_config={"events": {"min_confidence": 0.0}}))

    def run(text: str, doc_id: str = "t", **meta):
        return to_record(pipe.process_one(document_from_text(text, doc_id, None, **meta)))

    return run


@pytest.fixture(scope="session")
def kinds_of(extract):
    """(kind, content) of every quote of a text: kinds_of(text)."""
    return lambda text: [(q.kind, q.content.text) for q in extract(text).quotes]


@pytest.fixture(scope="session")
def quote_speakers(extract):
    """(content, speaker entity name, speaker mention) of every quote of a text: quote_speakers(text)."""

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        record = extract(text)
        names = {e.id: e.name for e in record.entities}
        return [(q.content.text, names.get(q.speaker) if q.speaker else None,
                 q.speaker_mention.text if q.speaker_mention else None) for q in record.quotes]

    return run


@pytest.fixture(scope="session")
def people_of(extract):
    """name -> (role titles, country) of every PERSON of a text: people_of(text, **meta)."""

    def run(text: str, **meta) -> dict[str, tuple[list[str], str | None]]:
        record = extract(text, **meta)
        return {e.name: ([r.title for r in e.roles], e.country) for e in record.entities if e.type == "PERSON"}

    return run


@pytest.fixture(scope="session")
def role_titles_of(nlp):
    """role_titles_of(text) -> {person's name: role titles} from the entity layer alone."""
    from sidelines.extractors.entities import EntityExtractor
    from sidelines.ingest.sources import document_from_text

    def run(text: str) -> dict[str, list[str]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        return {e.name: [r.title for r in e.roles] for e in doc.layers["entities"] if e.type == "PERSON"}

    return run


@pytest.fixture(scope="session")
def entity_types_of(nlp):
    """entity_types_of(text) -> {name mention as written: set of entity types} from the entity layer alone."""
    from sidelines.extractors.entities import EntityExtractor
    from sidelines.ingest.sources import document_from_text

    def run(text: str) -> dict[str, set[str]]:
        doc = document_from_text(text, "t")
        EntityExtractor()(doc, nlp(text))
        out: dict[str, set[str]] = {}
        for e in doc.layers["entities"]:
            for m in e.mentions:
                if m.kind == "name":
                    out.setdefault(m.text, set()).add(e.type)
        return out

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; tests that need it skip cleanly without it."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


def assert_spans_consistent(record) -> None:
    """Every span of a record matches the text at its offsets."""
    text = record.text

    def check(span) -> None:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span

    for e in record.entities:
        for m in e.mentions:
            check(m)
    for q in record.quotes:
        check(q.content)
        if q.speaker_mention:
            check(q.speaker_mention)
        if q.cue:
            check(q.cue)
    for ev in record.events:
        for s in ev.evidence:
            check(s)
    for t in record.times:
        check(t)
    for p in record.places:
        check(p)
    for f in record.furniture:
        check(f)


POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


def _postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=2):
            return True
    except Exception:  # noqa: BLE001 - any failure means: skip the PostgreSQL tests
        return False


@pytest.fixture(scope="session")
def postgres_schema():
    """One PostgreSQL schema for this test run, dropped at the end (skips when the server is unreachable)."""
    if not _postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432")
    import uuid

    import psycopg

    schema = f"sidelines_test_{uuid.uuid4().hex[:12]}"
    yield schema
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    """A fresh, empty store URL: a SQLite file, or this run's PostgreSQL schema with its tables emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    schema = request.getfixturevalue("postgres_schema")
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s AND tablename <> 'migrations'", (schema,))]
        if tables:
            conn.execute("TRUNCATE " + ", ".join(f'"{schema}"."{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    return f"{POSTGRES_URL}?schema={schema}"


@pytest.fixture
def postgres_database():
    """The URL of a PostgreSQL database of its own, created for the test and dropped after (skips without a server).

    For tests that run another process on the store or compare whole stores, where a
    shared database with per-run schemas would not do.
    """
    if not _postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432")
    import uuid

    import psycopg

    name = f"sidelines_test_{uuid.uuid4().hex[:12]}"
    admin = "host=127.0.0.1 port=5432 dbname=postgres user=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(store_url):
    """An open, empty store (SQLite and PostgreSQL); closed after the test."""
    from sidelines.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def http_server():
    """A local HTTP server on 127.0.0.1 (never the internet). Register answers with
    ``server.routes[path] = (status, headers, body)`` or ``= callable(handler)``; ``server.url(path)``."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    routes: dict = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            route = routes.get(self.path.split("?")[0])
            if callable(route):
                route(self)
                return
            status, headers, body = route or (404, {"Content-Type": "text/plain"}, b"not found")
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.routes = routes
    server.url = lambda path="/": f"http://127.0.0.1:{server.server_address[1]}{path}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def event_sides(record, etype: str | None = None) -> list[dict[str, str]]:
    """{actor name: role} of each event of a record (of one type when given)."""
    names = {e.id: e.name for e in record.entities}
    return [{names[a.entity]: a.role for a in ev.actors} for ev in record.events if etype in (None, ev.type)]


def side_countries(record, roles: tuple[str, ...], etype: str | None = None) -> set[str]:
    """The countries of the actors in ``roles`` of a record's events (of one type when given)."""
    country = {e.id: e.country for e in record.entities}
    return {c for ev in record.events if etype in (None, ev.type) for a in ev.actors
            if a.role in roles and (c := country.get(a.entity))}


def typed_events(record) -> list[tuple[str, dict[str, str], str]]:
    """(type, {actor name: role}, rule) of each event of a record."""
    names = {e.id: e.name for e in record.entities}
    return [(ev.type, {names.get(a.entity, a.entity): a.role for a in ev.actors},
             ev.explanation.rule if ev.explanation else "") for ev in record.events]


def has_event(events, etype: str, **roles: str) -> bool:
    """Whether one of ``typed_events`` has the type and each named actor (by name ending) in its role."""
    return any(t == etype and all(any(n.endswith(name) and r == role for n, r in actors.items())
                                  for name, role in roles.items()) for t, actors, _ in events)


def sides_of(record, event) -> dict[str, str]:
    """{actor name: role} of one event."""
    names = {e.id: e.name for e in record.entities}
    return {names[a.entity]: a.role for a in event.actors}


def event_status(record, etype: str) -> list[tuple[str, str | None]]:
    """(polarity, modality) of each event of a type."""
    return [(ev.polarity, ev.modality) for ev in record.events if ev.type == etype]


def speaker_of(found: list[tuple], content_start: str) -> str | None:
    """The speaker of the one quote (of (content, speaker, ...) tuples) whose content starts so."""
    hits = [item[1] for item in found if item[0].startswith(content_start)]
    assert len(hits) == 1, found
    return hits[0]


def km_to(place, lat: float, lon: float) -> float:
    """Great-circle kilometres from a place of the places layer to (lat, lon)."""
    assert place.lat is not None and place.lon is not None, place
    r = math.radians
    h = (math.sin(r(lat - place.lat) / 2) ** 2
         + math.cos(r(place.lat)) * math.cos(r(lat)) * math.sin(r(lon - place.lon) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def places_named(places, text: str):
    """The places whose text is ``text`` (at least one)."""
    found = [p for p in places if p.text == text]
    assert found, (text, [p.text for p in places])
    return found


@pytest.fixture(scope="session")
def places_of():
    """Run entities + places on a text and return its places layer (offsets and ids checked)."""
    from sidelines.api import get_pipeline
    from sidelines.ingest.sources import document_from_text
    from sidelines.settings import settings_from_kwargs

    pipe = get_pipeline(settings_from_kwargs(extractors=["entities", "places"]))

    def run(text: str):
        item = pipe.process_one(document_from_text(text, "t"))
        places = item.layers["places"]
        for p in places:
            assert text[p.start:p.end] == p.text
        assert [p.id for p in places] == [f"p{i}" for i in range(1, len(places) + 1)]
        return places

    return run
