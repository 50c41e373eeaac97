"""Times: to be written (see the issue tracker)."""

from __future__ import annotations

from sidelines.extractors.base import BaseExtractor


class TimeExtractor(BaseExtractor):
    """Writes an empty layer until the real extractor lands."""

    name = "times"
    version = "v0"
    requires = ()
    produces = ("times",)

    def __call__(self, doc, parsed) -> None:  # noqa: ANN001
        doc.layers["times"] = []
