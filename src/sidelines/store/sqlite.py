"""SQLite specifics: the engine (WAL, foreign keys, immediate write transactions) and FTS5."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Connection, Engine, and_, create_engine, event, func, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql import Select

from sidelines.errors import StoreError

WORD = re.compile(r"\w+", re.UNICODE)
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=60000",
    "PRAGMA cache_size=-65536",
)
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "content, evidence, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, content, evidence) VALUES (new.id, new.content, new.evidence); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, content, evidence) "
    "VALUES ('delete', old.id, old.content, old.evidence); END",
)

#: Migration 0003: quotes are searched in their own words only (the evidence sentence doubled the index).
QUOTES_FTS_V2_DDL = (
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TABLE IF EXISTS quotes_fts",
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "content, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content); END",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)

#: Migration 0006: words are matched by their stem ("minister" finds "ministers"), as PostgreSQL's
#: english configuration does, so that both backends answer a search alike.
STEMMED_FTS_DDL = (
    "DROP TRIGGER IF EXISTS documents_fts_ai",
    "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TABLE IF EXISTS documents_fts",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TABLE IF EXISTS quotes_fts",
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    FTS_DDL[1].replace(" IF NOT EXISTS", ""),
    FTS_DDL[2].replace(" IF NOT EXISTS", ""),
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "content, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    *QUOTES_FTS_V2_DDL[4:6],
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)


def fts_query(words: str) -> str | None:
    """An FTS5 query where every word must occur (each word quoted, so no operator leaks in)."""
    tokens = WORD.findall(words)
    return " ".join(f'"{t}"' for t in tokens) or None


def check_sidelines_file(path: Path) -> None:
    """Refuse, before anything writes to it, a file that is not a SQLite database or is another
    application's database (opening it would turn on WAL and add our tables).

    Raises:
        StoreError: E401 not a SQLite database (or a corrupt one); E409 not a sidelines store.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store {path}: not a SQLite database, or a corrupt one ({exc})",
                         code="E401") from None
    if tables and "migrations" not in tables:
        raise StoreError(f"{path} is a SQLite database of another application (no migrations table); "
                         "not touched", code="E409")


class SqliteBackend:
    """What differs on SQLite."""

    name: ClassVar[str] = "sqlite"
    allows_nul: ClassVar[bool] = True
    def insert(self, table: Any) -> Any:
        """SQLite's INSERT with ON CONFLICT."""
        return sqlite_insert(table)

    def create_engine(self, url: str) -> Engine:
        """An engine on a SQLite file: WAL, foreign keys on, and BEGIN IMMEDIATE for writes."""
        if not url.startswith("sqlite:"):
            path = Path(url).expanduser()
            if path.parent and not path.parent.exists():
                raise StoreError(f"cannot create the store {url}: folder {path.parent} does not exist", code="E401")
            url = f"sqlite:///{path}"
            check_sidelines_file(path)
        engine = create_engine(url)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's begin event decide how a transaction starts (pysqlite would
            # otherwise start them lazily, too late to take the write lock first).
            dbapi_connection.isolation_level = None
            cur = dbapi_connection.cursor()
            for pragma in PRAGMAS:
                cur.execute(pragma)
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # A writer takes the write lock at once, so read-check-insert is atomic
            # across processes (several Dask workers writing to one file).
            if conn.get_execution_options().get("write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    def prepare_write(self, conn: Connection) -> None:
        """Nothing to do: the write lock is taken by BEGIN IMMEDIATE."""

    def optimize(self, conn: Connection) -> None:
        """Refresh the statistics the query planner uses (sampling at most 1000 rows per index)."""
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")

    def least(self, a: ColumnElement, b: ColumnElement) -> ColumnElement:
        """The smaller of two values, ignoring NULLs."""
        return func.min(func.coalesce(a, b), func.coalesce(b, a))

    def greatest(self, a: ColumnElement, b: ColumnElement) -> ColumnElement:
        """The larger of two values, ignoring NULLs."""
        return func.max(func.coalesce(a, b), func.coalesce(b, a))

    def install_fts(self, conn: Connection) -> None:
        """Create the FTS5 tables and the triggers that keep them in step."""
        for ddl in FTS_DDL:
            conn.exec_driver_sql(ddl)
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")

    def index_quote_content_only(self, conn: Connection) -> None:
        """Rebuild the quote index over quote content alone."""
        for ddl in QUOTES_FTS_V2_DDL:
            conn.exec_driver_sql(ddl)

    def stem_search(self, conn: Connection) -> None:
        """Rebuild both full-text indexes to match words by their (Porter) stem."""
        for ddl in STEMMED_FTS_DDL:
            conn.exec_driver_sql(ddl)

    def match_documents(self, words: str) -> Select | None:
        """Row ids of documents whose title or text holds every word."""
        q = fts_query(words)
        if q is None:
            return None
        return select(literal_column("rowid")).select_from(text("documents_fts")).where(
            text("documents_fts MATCH :dq").bindparams(dq=q))

    def match_quotes(self, words: str) -> Select | None:
        """Row ids of quotes whose content holds every word."""
        q = fts_query(words)
        if q is None:
            return None
        return select(literal_column("rowid")).select_from(text("quotes_fts")).where(
            text("quotes_fts MATCH :qq").bindparams(qq=q))

    def quote_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``quotes`` row: its content holds every word (one index look-up by rowid)."""
        q = fts_query(words)
        if q is None:
            return None
        return and_(text("EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH :qw "
                         "AND quotes_fts.rowid = quotes.id)").bindparams(qw=q))

    def document_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``documents`` row: its title or text holds every word (one look-up by rowid)."""
        q = fts_query(words)
        if q is None:
            return None
        return and_(text("EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH :dw "
                         "AND documents_fts.rowid = documents.id)").bindparams(dw=q))
