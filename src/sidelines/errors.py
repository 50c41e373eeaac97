"""Exceptions with stable codes, and the catalogue of every code: E1xx ingest, E2xx nlp, E3xx extract,
E4xx store, E5xx config, E6xx eval.

A code means one thing wherever it is raised or recorded (a failure line, a document's
problem); tests/test_errors.py checks that every code in ``src/`` is in ``CODES`` and lies
in the range of the exception that raises it. Never reuse a retired code.
"""

from __future__ import annotations

#: Every error code with what it means.
CODES: dict[str, str] = {
    "E000": "an error of the library without a more precise code",
    "E100": "a source could not be read",
    "E101": "binary data, not text",
    "E102": "a file, response or standard input larger than max_bytes",
    "E103": "a document longer than max_chars",
    "E104": "a JSON line that is not a valid document",
    "E105": "an empty document (nothing but white space)",
    "E106": "a file that cannot be read",
    "E107": "no such file or directory",
    "E108": "a JSON line whose field holds unpaired surrogate code points",
    "E110": "no article text found in an HTML page",
    "E111": "a feed that is not readable RSS/Atom",
    "E112": "a feed entry without text whose page could not be fetched",
    "E113": "an XML file that is not an RSS/Atom feed",
    "E114": "an HTML page that looks truncated (a problem: the text is read on a best-effort basis)",
    "E120": "not an http(s) URL",
    "E121": "an HTTP request that timed out",
    "E122": "too many HTTP redirects",
    "E123": "an HTTP error status",
    "E124": "a response whose content type is not text, HTML or a feed",
    "E125": "an HTTP connection that failed (DNS, refused, TLS)",
    "E126": "a URL whose host is a loopback, private or link-local address (allow_private is off)",
    "E127": "a download that took longer than http_deadline",
    "E128": "a file that is not a regular file (a device, a FIFO, a socket)",
    "E129": "a file reached through a link that leads out of the directory being read",
    "E130": "a document whose metadata (id, title, authors, url) holds text that cannot be stored",
    "E200": "the spaCy pipeline could not be loaded or run",
    "E201": "no spaCy pipeline could be loaded",
    "E202": "spaCy failed on one document",
    "E203": "an extraction worker failed on a chunk of documents, or the workers stopped (rerun or --retry-failed)",
    "E204": "--dask needs Dask distributed (extra dask)",
    "E205": "a Dask scheduler that cannot be reached",
    "E300": "an extractor failed",
    "E301": "an extractor raised on one document (a problem: the other extractors still ran)",
    "E302": "no document found at the location given to extract",
    "E303": "a document skipped because spaCy and the extractors took longer than doc_time_budget",
    "E400": "the store could not be used",
    "E401": "the store cannot be opened or created",
    "E402": "PostgreSQL needs psycopg 3 (extra postgres)",
    "E403": "a bad PostgreSQL schema name",
    "E404": "no such document in the store",
    "E405": "no such version of a stored document",
    "E406": "no such actor in the store",
    "E407": "no store at the path a reading command names",
    "E408": "no such story in the store",
    "E409": "a database that is not a sidelines store (another application's file)",
    "E410": "a write to the store failed",
    "E411": "a migrate whose target store already holds documents",
    "E412": "a migrate whose source and target are the same store",
    "E420": "an unknown export format or table",
    "E421": "an export format whose library is not installed (pyarrow: extra export)",
    "E422": "a brief period (--since) that is neither a date nor a span of days (1d, 2w)",
    "E441": "a knowledge-base file that cannot be read",
    "E500": "a setting is missing or wrong",
    "E501": "an invalid setting",
    "E502": "a settings file that cannot be read",
    "E503": "an unknown extractor name",
    "E504": "an extractor that needs a layer no earlier extractor writes",
    "E505": "an invalid setting in an [extractors.NAME] table",
    "E506": "an [extractors.NAME] table that names no extractor",
    "E507": "an extractor layer without an item model, or one that clashes with a registered layer",
    "E508": "a plugin extractor (entry point sidelines.extractors) that cannot be loaded",
    "E520": "a watch file (FEEDS.toml) that cannot be read or does not follow its format",
    "E600": "gold data could not be read or scored",
    "E601": "a gold file that is not valid JSON (lines of JSON objects)",
    "E602": "a gold file or folder that cannot be read",
    "E603": "a gold document without an id or a text",
    "E604": "a predicted record that does not follow the record schema",
    "E605": "a predicted record whose text differs from its gold document",
    "E606": "an unknown evaluation task",
    "E607": "--corpus given to a task that does not read it",
    "E608": "an article that is not in the corpus",
    "E609": "an article gold file that does not follow the annotation guide",
    "E610": "an unknown split",
    "E611": "no article gold files in the folder",
    "E612": "an article gold file without text and no --corpus to look it up",
    "E613": "--cv with a task other than stories, or more folds than the gold file has topics",
}


def describe(code: str) -> str:
    """What a code means (``"unknown code"`` for one not in the catalogue)."""
    return CODES.get(code, "unknown code")


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
