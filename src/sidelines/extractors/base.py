"""The extractor contract: declared name, version, the layers it reads, writes and amends, and its Config.

An extractor declares what it touches, as spaCy's factories declare ``requires`` and ``assigns``:

* ``requires``: layers it reads, which an earlier extractor must write (checked by the pipeline);
* ``produces``: layers it writes from scratch (its own; one name everywhere, see STYLE.md);
* ``amends``: layers another extractor produced that it may change (fill a field, add an item);
* ``item_models``: the pydantic model of the items of each layer it produces that is not built in
  (a plugin's layer), so that the layer reaches the record, the JSON Schema and the store.

Anything else it must leave alone; tests/test_extractor_contract.py runs every built-in extractor
and fails when one changes a layer it did not declare. Its weights and thresholds live in a
pydantic ``Config``, built from the settings file's ``[extractors.NAME]`` table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, ValidationError

from sidelines.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.model.document import Document
    from sidelines.settings import Settings


class ExtractorConfig(BaseModel):
    """Base of every extractor's settings: immutable, and an unknown key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@runtime_checkable
class Extractor(Protocol):
    """A callable that reads the spaCy Doc and earlier layers and writes its own layer."""

    name: str
    version: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    amends: tuple[str, ...]

    def __call__(self, doc: "Document", parsed: "Doc") -> None:
        """Write this extractor's layer(s) into ``doc.layers``."""


class BaseExtractor:
    """Convenience base: subclasses set the class attributes and ``Config`` and implement ``__call__``."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "v1"
    requires: ClassVar[tuple[str, ...]] = ()
    produces: ClassVar[tuple[str, ...]] = ()
    amends: ClassVar[tuple[str, ...]] = ()
    item_models: ClassVar[Mapping[str, type[BaseModel]]] = {}
    Config: ClassVar[type[ExtractorConfig]] = ExtractorConfig

    def __init__(self, settings: "Settings | None" = None, config: ExtractorConfig | None = None) -> None:
        self.settings = settings
        self.config = config if config is not None else self.config_from(settings)

    @classmethod
    def config_from(cls, settings: "Settings | None") -> ExtractorConfig:
        """This extractor's Config from the ``[extractors.NAME]`` table of the settings (defaults without)."""
        values: dict[str, Any] = settings.extractor_config.get(cls.name, {}) if settings is not None else {}
        try:
            return cls.Config(**values)
        except ValidationError as exc:
            raise ConfigError(
                f"invalid setting in [extractors.{cls.name}]: {exc}; see default_settings.toml for the keys",
                code="E505",
            ) from exc

    @property
    def versioned_name(self) -> str:
        """``name.version``, as stored in provenance."""
        return f"{self.name}.{self.version}"

    def __call__(self, doc: "Document", parsed: "Doc") -> None:  # pragma: no cover - abstract
        raise NotImplementedError
