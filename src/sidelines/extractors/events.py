"""Events: to be written (see the issue tracker)."""

from __future__ import annotations

from sidelines.extractors.base import BaseExtractor


class EventExtractor(BaseExtractor):
    """Writes an empty layer until the real extractor lands."""

    name = "events"
    version = "v0"
    requires = ()
    produces = ("events",)

    def __call__(self, doc, parsed) -> None:  # noqa: ANN001
        doc.layers["events"] = []
