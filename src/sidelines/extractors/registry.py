"""Name -> extractor factory for the built-ins, plus the ``sidelines.extractors`` entry-point group."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from sidelines.errors import ConfigError

if TYPE_CHECKING:
    from sidelines.extractors.base import Extractor
    from sidelines.settings import Settings

Factory = Callable[["Settings"], "Extractor"]

# Built-in extractors, kept apart from their definitions to avoid circular imports.
BUILTINS: dict[str, str] = {
    "entities": "sidelines.extractors.entities:EntityExtractor",
    "times": "sidelines.extractors.times:TimeExtractor",
    "places": "sidelines.extractors.places:PlaceExtractor",
    "actors": "sidelines.extractors.actors:ActorExtractor",
    "groups": "sidelines.extractors.actors:GroupExtractor",
    "quotes": "sidelines.extractors.quotes:QuoteExtractor",
    "events": "sidelines.extractors.events:EventExtractor",
}

ENTRY_POINT_GROUP = "sidelines.extractors"


def _load(ref: str) -> Factory:
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


def available() -> dict[str, str]:
    """Every extractor name that can be created, built-in or from a plugin, with its reference."""
    names = dict(BUILTINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        names.setdefault(ep.name, ep.value)
    return names


def create_extractor(name: str, settings: "Settings") -> "Extractor":
    """Create the extractor registered under ``name``."""
    ref = available().get(name)
    if ref is None:
        raise ConfigError(f"unknown extractor {name!r}; known: {', '.join(sorted(available()))}", code="E503")
    return _load(ref)(settings)


def check_extractor_config(settings: "Settings") -> None:
    """Fail on an ``[extractors.NAME]`` table that names no extractor or holds a key its Config lacks."""
    known = available()
    for name in settings.extractor_config:
        ref = known.get(name)
        if ref is None:
            raise ConfigError(
                f"settings table [extractors.{name}] names no extractor; known: {', '.join(sorted(known))}",
                code="E506",
            )
        config_from = getattr(_load(ref), "config_from", None)
        if config_from is not None:
            config_from(settings)  # raises E505 on an unknown key or a bad value
