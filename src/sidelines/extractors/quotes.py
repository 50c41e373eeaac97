"""Quotes: to be written (see the issue tracker)."""

from __future__ import annotations

from sidelines.extractors.base import BaseExtractor


class QuoteExtractor(BaseExtractor):
    """Writes an empty layer until the real extractor lands."""

    name = "quotes"
    version = "v0"
    requires = ()
    produces = ("quotes",)

    def __call__(self, doc, parsed) -> None:  # noqa: ANN001
        doc.layers["quotes"] = []
