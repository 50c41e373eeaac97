"""Errors of the store: a database error in one line, and whether it is the store's fault (not a document's)."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError


def short_error(exc: BaseException) -> str:
    """The first line of a database error, without the SQL and parameters SQLAlchemy appends."""
    orig = getattr(exc, "orig", None)
    if isinstance(exc, SQLAlchemyError) and isinstance(orig, BaseException):
        exc = orig
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return line[:300]


# Errors of the store itself, not of one document: SQLite's result codes, PostgreSQL's SQLSTATE classes
# 53 (insufficient resources: a full disk) and 58 (system errors: I/O), and a read-only transaction.
STORE_FAULTS_SQLITE = frozenset({"SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CORRUPT",
                                 "SQLITE_NOTADB", "SQLITE_CANTOPEN"})
STORE_FAULT_SQLSTATES = ("53", "58", "25006")


def is_store_fault(exc: BaseException) -> bool:
    """Whether a write failed because of the store (full disk, I/O error, read-only), whatever the document."""
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", "") or ""
    if any(name.startswith(code) for code in STORE_FAULTS_SQLITE):
        return True
    state = getattr(orig, "sqlstate", None) or ""
    return bool(state) and state.startswith(STORE_FAULT_SQLSTATES)
