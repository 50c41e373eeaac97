"""Name -> extractor factory for the built-ins, plus the ``sidelines.extractors`` entry-point group."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from sidelines.errors import ConfigError
from sidelines.model.layers import layer_models, plugin_layers, register_layer

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

log = logging.getLogger(__name__)


def _load(ref: str) -> Factory:
    module, _, attr = ref.partition(":")
    factory: Factory = getattr(importlib.import_module(module), attr)
    return factory


def available() -> dict[str, str]:
    """Every extractor name that can be created, built-in or from a plugin, with its reference."""
    names = dict(BUILTINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        names.setdefault(ep.name, ep.value)
    return names


def create_extractor(name: str, settings: "Settings") -> "Extractor":
    """Create the extractor registered under ``name`` and register the layers it produces."""
    ref = available().get(name)
    if ref is None:
        raise ConfigError(f"unknown extractor {name!r}; known: {', '.join(sorted(available()))}", code="E503")
    extractor = _load(ref)(settings)
    register_layers(extractor)
    return extractor


def register_layers(extractor: Any) -> None:
    """Register the item model of every layer an extractor (or its class) produces.

    Raises:
        ConfigError: E507 for a produced layer with no item model, or one that clashes.
    """
    models: dict[str, type[BaseModel]] = dict(getattr(extractor, "item_models", None) or {})
    known = layer_models()
    for layer in getattr(extractor, "produces", ()):
        model = models.get(layer) or known.get(layer)
        if model is None:
            raise ConfigError(f"extractor {extractor.name!r} produces layer {layer!r} but declares no item model; "
                              "set item_models = {LAYER: PydanticModel} on it", code="E507")
        try:
            register_layer(layer, model)
        except ValueError as exc:
            raise ConfigError(f"extractor {extractor.name!r}: {exc}", code="E507") from exc


def load_plugin_layers() -> dict[str, type[BaseModel]]:
    """Register the layers of every extractor installed through the entry-point group; returns the plugin layers."""
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in BUILTINS:
            continue
        try:
            factory = ep.load()
        except Exception as exc:  # noqa: BLE001 - any import error of a third-party package
            raise ConfigError(f"cannot load plugin extractor {ep.name!r} ({ep.value}): {exc}", code="E508") from exc
        register_layers(factory)
    return plugin_layers()


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
