"""The house limit on module size: no module of ``src/`` over 500 lines, data tables (``lexicon/``) apart."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "sidelines"
LIMIT = 500
#: Packages of data tables (word lists, type tables): long by nature, no logic to split.
TABLE_PACKAGES = {"lexicon"}


def line_count(path: Path) -> int:
    return len(path.read_text("utf-8").splitlines())


def test_modules_are_found():
    modules = list(PACKAGE.rglob("*.py"))
    assert len(modules) > 100 and PACKAGE / "query" / "rows" / "base.py" in modules


def test_no_module_over_the_limit():
    too_long = {str(p.relative_to(PACKAGE)): n for p in sorted(PACKAGE.rglob("*.py"))
                if not TABLE_PACKAGES & set(p.relative_to(PACKAGE).parts[:-1]) and (n := line_count(p)) > LIMIT}
    assert too_long == {}
