"""Places: to be written (see the issue tracker)."""

from __future__ import annotations

from sidelines.extractors.base import BaseExtractor


class PlaceExtractor(BaseExtractor):
    """Writes an empty layer until the real extractor lands."""

    name = "places"
    version = "v0"
    requires = ()
    produces = ("places",)

    def __call__(self, doc, parsed) -> None:  # noqa: ANN001
        doc.layers["places"] = []
