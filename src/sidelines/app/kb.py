"""Import a knowledge base into a store."""

from __future__ import annotations

from pathlib import Path

from sidelines.resolve.actors import read_kb
from sidelines.store.base import Store


def import_kb(store: Store, path: str | Path) -> dict[str, int]:
    """Load a knowledge-base file into the store and attach ``kb_id`` to the actors it names.

    An actor gets a ``kb_id`` when its normalised name or one of its aliases equals
    a label or alias of exactly one entry; among several entries, the one whose
    positions held share a word with the actor's titles wins if it is the only one.
    """
    return store.import_kb(read_kb(path))
