"""Times: TIMEX3 time expressions (DATE, TIME, DURATION, SET) anchored on the document date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.base import BaseExtractor, ExtractorConfig
from sidelines.timex import document_anchor, find_times

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document


class TimesConfig(ExtractorConfig):
    """Settings of the times extractor ([extractors.times]); none yet."""


class TimeExtractor(BaseExtractor):
    """Finds time expressions and normalises them against ``published`` or a dateline date."""

    name = "times"
    version = "v4"
    requires = ()
    produces = ("times",)
    Config = TimesConfig

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write the ``times`` layer: TimeExpr objects sorted by start."""
        dateline = doc.dateline.text if doc.dateline is not None else None
        anchor = document_anchor(doc.published, doc.text, dateline)
        doc.layers["times"] = find_times(doc.text, parsed, anchor)
