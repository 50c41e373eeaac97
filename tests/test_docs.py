"""The README documents every command, and every command has help text."""

from __future__ import annotations

from pathlib import Path

import typer.main

from sidelines.cli import app
from sidelines.settings import Settings, default_settings

README = Path(__file__).resolve().parent.parent / "README.md"


def commands() -> dict:
    return dict(typer.main.get_command(app).commands)


def test_docs_every_command_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in commands() if f"`sidelines {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_every_eval_task_is_in_the_readme():
    from sidelines.evaluate import TASKS

    readme = README.read_text(encoding="utf-8")
    line = next(row for row in readme.splitlines() if row.startswith("| `sidelines eval"))
    missing = [task for task in TASKS if f"`{task}`" not in line]
    assert not missing, f"eval tasks missing from the README's command table: {missing}"
    assert "--split" in line


def test_docs_every_command_has_help():
    assert all((cmd.help or "").strip() for cmd in commands().values())


def test_docs_every_setting_is_in_default_settings():
    # The [extractors] table gives both the order (``run``) and the per-extractor settings.
    assert Settings(**default_settings()).model_fields_set == set(Settings.model_fields)
    # The documented defaults are the code's defaults (extractor settings: see the next test).
    assert Settings(**default_settings()).model_dump(exclude={"extractor_config"}) == Settings().model_dump(
        exclude={"extractor_config"})


def test_docs_every_extractor_setting_is_in_default_settings():
    """Each built-in extractor's Config is documented, key for key and value for value."""
    from sidelines.extractors.registry import BUILTINS, _load

    tables = default_settings()["extractors"]
    for name, ref in BUILTINS.items():
        config = _load(ref).Config
        table = tables.get(name, {})
        assert set(table) == set(config.model_fields), name
        assert config(**table) == config(), name
