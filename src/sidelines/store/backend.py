"""The Backend protocol: what differs between SQLite (``sqlite.py``) and PostgreSQL (``postgres.py``)."""

from __future__ import annotations

from typing import Any, ClassVar, Protocol, runtime_checkable

from sqlalchemy import ColumnElement, Connection, Engine
from sqlalchemy.sql import Select


@runtime_checkable
class Backend(Protocol):
    """Engine set-up, write locking, upserts, least/greatest and full-text search of one database."""

    name: ClassVar[str]
    #: Whether text columns can hold "\x00" (PostgreSQL's cannot).
    allows_nul: ClassVar[bool]

    def insert(self, table: Any) -> Any:
        """The dialect's INSERT, with ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
        ...

    def create_engine(self, url: str) -> Engine:
        """An engine on the database ``url`` names."""
        ...

    def prepare_write(self, conn: Connection) -> None:
        """Take the writers' lock for this transaction (when BEGIN has not taken it already)."""
        ...

    def optimize(self, conn: Connection) -> None:
        """Refresh the query planner's statistics after writes."""
        ...

    def least(self, a: ColumnElement[Any], b: ColumnElement[Any]) -> ColumnElement[Any]:
        """The smaller of two values, ignoring NULLs."""
        ...

    def greatest(self, a: ColumnElement[Any], b: ColumnElement[Any]) -> ColumnElement[Any]:
        """The larger of two values, ignoring NULLs."""
        ...

    def install_fts(self, conn: Connection) -> None:
        """Migration 0002: full-text search over documents and quotes."""
        ...

    def index_quote_content_only(self, conn: Connection) -> None:
        """Migration 0003: search quotes in their own words only."""
        ...

    def stem_search(self, conn: Connection) -> None:
        """Migration 0006: full-text search matches words by their stem on every backend."""
        ...

    def match_documents(self, words: str) -> Select[Any] | None:
        """Row ids of documents whose title or text holds every word (None when no word is searchable)."""
        ...

    def match_quotes(self, words: str) -> Select[Any] | None:
        """Row ids of quotes whose content holds every word (None when no word is searchable)."""
        ...

    def document_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``documents`` row: its title or text holds every word (tested row by row)."""
        ...

    def quote_matches(self, words: str) -> ColumnElement[bool] | None:
        """A condition on a ``quotes`` row: its content holds every word (tested row by row)."""
        ...
