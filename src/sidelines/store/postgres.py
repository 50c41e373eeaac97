"""PostgreSQL specifics (extra ``postgres``: psycopg 3): the engine, a schema, and tsvector search."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Connection, Engine, and_, create_engine, func, inspect, literal, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import make_url
from sqlalchemy.sql import Select

from sidelines.errors import StoreError

SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
#: Writers take this advisory lock for their transaction, so version numbering stays consistent.
WRITE_LOCK = 7_240_417
TS_CONFIG = "english"
FTS_DDL = (
    "CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING gin "
    f"(to_tsvector('{TS_CONFIG}', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX IF NOT EXISTS ix_quotes_fts ON quotes USING gin "
    f"(to_tsvector('{TS_CONFIG}', content || ' ' || coalesce(evidence, '')))",
)

#: Migration 0003: quotes are searched in their own words only.
QUOTES_FTS_V2_DDL = (
    "DROP INDEX IF EXISTS ix_quotes_fts",
    f"CREATE INDEX ix_quotes_fts_content ON quotes USING gin (to_tsvector('{TS_CONFIG}', content))",
)


class PostgresBackend:
    """What differs on PostgreSQL."""

    name: ClassVar[str] = "postgresql"
    allows_nul: ClassVar[bool] = False
    def insert(self, table: Any) -> Any:
        """PostgreSQL's INSERT with ON CONFLICT."""
        return pg_insert(table)

    def __init__(self, schema: str | None = None) -> None:
        self.schema = schema

    def create_engine(self, url: str) -> Engine:
        """An engine through psycopg 3; ``?schema=NAME`` (or ``schema``) puts the tables in that schema."""
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'sidelines[postgres]'", code="E402") from exc
        u = make_url(url)
        schema = self.schema or u.query.get("schema")
        if isinstance(schema, tuple):
            schema = schema[0]
        u = u.difference_update_query(["schema"]).set(drivername="postgresql+psycopg")
        connect_args: dict[str, Any] = {"connect_timeout": 5}
        if schema:
            if not SCHEMA_NAME.match(schema):
                raise StoreError(f"bad schema name {schema!r}", code="E403")
            connect_args["options"] = f"-c search_path={schema}"
        self.schema = schema
        engine = create_engine(u, connect_args=connect_args, pool_pre_ping=True)
        if schema:
            with engine.begin() as conn:
                # Two processes creating one schema at once race in the catalogue ("IF NOT EXISTS" does
                # not serialise them): the writers' lock does.
                self.prepare_write(conn)
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        return engine

    def prepare_write(self, conn: Connection) -> None:
        """Serialise writers with a transaction-scoped advisory lock."""
        conn.execute(select(func.pg_advisory_xact_lock(literal(WRITE_LOCK))))

    def optimize(self, conn: Connection) -> None:
        """Refresh the planner's statistics of the store's tables.

        Autovacuum does too, but only some time after a large ingest; until then the planner
        sees an empty store and sorts every match of a common word instead of walking by date.
        """
        from sidelines.store.schema import metadata

        names = set(inspect(conn).get_table_names())
        for table in metadata.sorted_tables:
            if table.name in names:
                conn.exec_driver_sql(f'ANALYZE "{table.name}"')

    def least(self, a: ColumnElement, b: ColumnElement) -> ColumnElement:
        """The smaller of two values, ignoring NULLs."""
        return func.least(a, b)

    def greatest(self, a: ColumnElement, b: ColumnElement) -> ColumnElement:
        """The larger of two values, ignoring NULLs."""
        return func.greatest(a, b)

    def install_fts(self, conn: Connection) -> None:
        """GIN indexes over the tsvector of document and quote text."""
        for ddl in FTS_DDL:
            conn.exec_driver_sql(ddl)

    def index_quote_content_only(self, conn: Connection) -> None:
        """Index quote content alone."""
        for ddl in QUOTES_FTS_V2_DDL:
            conn.exec_driver_sql(ddl)

    def stem_search(self, conn: Connection) -> None:
        """Nothing to do: the english text search configuration matches stems already."""

    def match_documents(self, words: str) -> Select | None:
        """Row ids of documents whose title or text matches every word."""
        from sidelines.store.schema import documents as d

        if not re.search(r"\w", words):
            return None
        # Written as the index expression, literals included, so that the GIN index is used.
        return select(d.c.id).where(text(
            f"to_tsvector('{TS_CONFIG}', coalesce(documents.title, '') || ' ' || documents.text) "
            f"@@ plainto_tsquery('{TS_CONFIG}', :pg_doc_words)").bindparams(pg_doc_words=words))

    def match_quotes(self, words: str) -> Select | None:
        """Row ids of quotes whose content matches every word."""
        from sidelines.store.schema import quotes as q

        if not re.search(r"\w", words):
            return None
        return select(q.c.id).where(text(
            f"to_tsvector('{TS_CONFIG}', quotes.content) @@ plainto_tsquery('{TS_CONFIG}', :pg_quote_words)"
        ).bindparams(pg_quote_words=words))

    def quote_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``quotes`` row: its content matches every word."""
        if not re.search(r"\w", words):
            return None
        return and_(text(f"to_tsvector('{TS_CONFIG}', quotes.content) @@ "
                         f"plainto_tsquery('{TS_CONFIG}', :pg_quote_row_words)").bindparams(pg_quote_row_words=words))

    def document_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``documents`` row: its title or text matches every word."""
        if not re.search(r"\w", words):
            return None
        return and_(text(f"to_tsvector('{TS_CONFIG}', coalesce(documents.title, '') || ' ' || documents.text) "
                         f"@@ plainto_tsquery('{TS_CONFIG}', :pg_doc_row_words)").bindparams(pg_doc_row_words=words))
