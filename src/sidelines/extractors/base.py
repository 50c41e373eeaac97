"""The Extractor protocol: declared name, version, the layers it reads and the one it writes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document
    from sidelines.settings import Settings


@runtime_checkable
class Extractor(Protocol):
    """A callable that reads the spaCy Doc and earlier layers and writes its own layer."""

    name: str
    version: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write this extractor's layer(s) into ``doc.layers``."""


class BaseExtractor:
    """Convenience base: subclasses set the class attributes and implement ``__call__``."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "v1"
    requires: ClassVar[tuple[str, ...]] = ()
    produces: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: "Settings | None" = None) -> None:
        self.settings = settings

    @property
    def versioned_name(self) -> str:
        """``name.version``, as stored in provenance."""
        return f"{self.name}.{self.version}"

    def __call__(self, doc: "Document", parsed: "Doc") -> None:  # pragma: no cover - abstract
        raise NotImplementedError
