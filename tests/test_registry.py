"""The built-in extractors stay registered under the same names (snapshot in tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

from sidelines.extractors.base import Extractor
from sidelines.extractors.registry import BUILTINS, create_extractor
from sidelines.settings import settings_from_kwargs

SNAPSHOT = Path(__file__).parent / "data" / "extractor_registry.json"


def test_registry_matches_snapshot():
    assert BUILTINS == json.loads(SNAPSHOT.read_text())


def test_registry_builtins_follow_protocol():
    settings = settings_from_kwargs()
    for name in BUILTINS:
        ex = create_extractor(name, settings)
        assert isinstance(ex, Extractor)
        # One name everywhere: an extractor writes (or, like ``actors``, amends) the layers it declares.
        assert ex.name == name and (name in ex.produces or ex.amends)


def test_default_settings_run_every_builtin_in_a_valid_order():
    assert sorted(settings_from_kwargs().extractors) == sorted(BUILTINS)
