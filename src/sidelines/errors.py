"""Exceptions with stable codes: E1xx ingest, E2xx nlp, E3xx extract, E4xx store, E5xx config, E6xx eval."""

from __future__ import annotations


class SidelinesError(Exception):
    """Base of every error the library raises on purpose; ``code`` is stable across versions."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class IngestError(SidelinesError):
    """A source could not be read or decoded into a document."""

    code = "E100"


class NlpError(SidelinesError):
    """The spaCy pipeline could not be loaded or run."""

    code = "E200"


class ExtractionError(SidelinesError):
    """An extractor failed on a document."""

    code = "E300"


class StoreError(SidelinesError):
    """The store could not be opened, migrated, written or read."""

    code = "E400"


class ConfigError(SidelinesError):
    """A setting is missing or wrong."""

    code = "E500"


class EvalError(SidelinesError):
    """Gold data could not be read or scored."""

    code = "E600"
