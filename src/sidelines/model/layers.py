"""The layer registry: layer name -> the pydantic model of its items.

The built-in layers are fields of ``Record``. An extractor that produces another layer
(a plugin) registers the model of its items here, and ``record_model`` then returns a
``Record`` with that layer as one more field: the record printed by ``sidelines extract``,
the JSON Schema of ``sidelines schema`` and the store all follow this registry.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, Field, create_model

from sidelines.model.record import Entity, Event, Place, Quote, Record, TimeExpr

#: The built-in layers, in record order.
BUILTIN_LAYERS: dict[str, type[BaseModel]] = {
    "entities": Entity, "quotes": Quote, "events": Event, "times": TimeExpr, "places": Place,
}

_registered: dict[str, type[BaseModel]] = dict(BUILTIN_LAYERS)


def register_layer(name: str, item_model: type[BaseModel]) -> None:
    """Declare that layer ``name`` holds items of ``item_model`` (again with the same model is a no-op).

    Raises:
        ValueError: for a name that is no identifier, that is a record field other than a
            layer, or that is registered already with another model.
    """
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        raise ValueError(f"layer name {name!r} must be a Python identifier not starting with '_'")
    if not (isinstance(item_model, type) and issubclass(item_model, BaseModel)):
        raise ValueError(f"layer {name!r}: its item model must be a pydantic model, not {item_model!r}")
    if name in Record.model_fields and name not in BUILTIN_LAYERS:
        raise ValueError(f"layer name {name!r} is a record field already")
    known = _registered.get(name)
    if known is not None and known is not item_model:
        raise ValueError(f"layer {name!r} is registered already with {known.__name__}")
    _registered[name] = item_model


def layer_models() -> dict[str, type[BaseModel]]:
    """Every registered layer with its item model, built-ins first."""
    return dict(_registered)


def plugin_layers() -> dict[str, type[BaseModel]]:
    """The registered layers that are not built in."""
    return {name: model for name, model in _registered.items() if name not in BUILTIN_LAYERS}


def record_model(untyped: Iterable[str] = ()) -> type[Record]:
    """The record model: ``Record`` plus one list field per registered plugin layer.

    ``untyped`` names further layers whose model is not registered here (a stored record
    written with a plugin that this process does not have): their items stay plain dicts.
    """
    extra: dict[str, Any] = {name: model for name, model in plugin_layers().items()}
    for name in untyped:
        extra.setdefault(name, dict[str, Any])
    return _record_model(tuple(extra.items()))


@lru_cache(maxsize=16)
def _record_model(extra: tuple[tuple[str, Any], ...]) -> type[Record]:
    if not extra:
        return Record
    fields: dict[str, Any] = {
        name: (list[model], Field(default_factory=list)) for name, model in extra  # type: ignore[valid-type]
    }
    model: type[Record] = create_model("Record", __base__=Record, __module__=__name__, **fields)
    model.__doc__ = Record.__doc__
    return model
