"""Hostile strings in articles, ids and paths are printed as they are, never read as Rich markup."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from sidelines.cli import app
from sidelines.render import OutputFormat, render_object, render_rows

HOSTILE = 'Mayor [/bold] Anna Berg said "[red]we will[/] rebuild" in Oslo on Monday.\n'


def test_cli_table_prints_markup_in_article_text_literally(tmp_path):
    article = tmp_path / "a[x].txt"
    article.write_text(HOSTILE, encoding="utf-8")
    missing = tmp_path / "gone[/x].txt"
    result = CliRunner().invoke(app, ["extract", str(article), str(missing), "--format", "table"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1  # one document failed, the other went through
    assert "[red]we will[/] rebuild" in result.output
    assert "gone[/x].txt" in result.output


def test_render_rows_and_objects_keep_markup_literal():
    out = io.StringIO()
    render_rows([{"id": "[/x]", "text": "[bold]loud[/bold] [/]"}], OutputFormat.table, title="[/t]", out=out)
    render_object({"id": "[/y]", "quotes": [{"content": "[red]"}]}, OutputFormat.table, title="[/]", out=out)
    printed = out.getvalue()
    for literal in ("[/x]", "[bold]loud[/bold] [/]", "[/y]", "[red]"):
        assert literal in printed
