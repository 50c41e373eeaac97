"""PLOVER type (and mode) -> CAMEO root code, from the table ``scripts/build_plover_cameo.py`` derives.

The data file is derived from the PLOVER project's CAMEO2PLOVER table (CC BY-SA 4.0); a type
gets a root only where that table maps it to one (ACCUSE and ASSAULT need their mode).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

DATA_FILE = "plover_cameo.json"


@cache
def _table() -> dict[str, Any]:
    return dict(json.loads(resources.files("sidelines").joinpath("data", DATA_FILE).read_text(encoding="utf-8")))


def cameo_root(type: str, mode: str | None = None) -> str | None:
    """The two-digit CAMEO root of a PLOVER type and mode, or None where the table maps none."""
    table = _table()
    if mode:
        root = table["modes"].get(type, {}).get(mode)
        if root:
            return str(root)
    root = table["types"].get(type)
    return str(root) if root else None
