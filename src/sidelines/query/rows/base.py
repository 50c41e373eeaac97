"""The base of every query row: a dataclass that reads as a read-only mapping of its fields.

Every row is also a read-only mapping of its fields (``row["name"]``, ``dict(row)``), so a
row prints as JSON as it is; ``as_dict`` gives plain dicts all the way down, and ``as_cell``
is how a row shows inside one table cell.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(eq=False)
class Row(Mapping[str, Any]):
    """Base of every query row: typed fields, read as a mapping too (equal to a dict of the same items)."""

    def __getitem__(self, key: str) -> Any:
        if key not in self._names():
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.items())})"

    @classmethod
    def _names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def as_dict(self) -> dict[str, Any]:
        """The row as plain dicts and lists (JSON-ready)."""
        return asdict(self)

    def as_cell(self) -> str:
        """The row inside one table cell."""
        return json.dumps(self.as_dict(), ensure_ascii=False)


def to_jsonable(value: Any) -> Any:
    """Rows (and lists or dicts of them) as plain JSON values."""
    if isinstance(value, Row):
        return value.as_dict()
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value
