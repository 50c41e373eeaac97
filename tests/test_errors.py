"""The error-code catalogue: every code used in src/ is listed, and lies in the range of its exception."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sidelines import errors
from sidelines.errors import CODES, describe

SRC = Path(__file__).resolve().parent.parent / "src" / "sidelines"
CODE = re.compile(r"^E\d{3}$")
RANGE = {"IngestError": "E1", "NlpError": "E2", "ExtractionError": "E3", "StoreError": "E4", "ConfigError": "E5",
         "EvalError": "E6"}


def used_codes() -> list[tuple[str, str, str]]:
    """(file:line, code, exception class or '') for every code literal passed as ``code=`` or to ``failure``."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            values = [kw.value for kw in node.keywords if kw.arg == "code"]
            if name == "failure" and len(node.args) > 1:
                values.append(node.args[1])
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and CODE.match(value.value):
                    found.append((f"{path.relative_to(SRC)}:{node.lineno}", value.value, name))
    return found


def test_errors_catalogue_lists_every_code_used():
    uses = used_codes()
    assert len(uses) > 40                          # the scan does find the codes
    missing = [(where, code) for where, code, _ in uses if code not in CODES]
    assert missing == []


def test_errors_codes_lie_in_the_range_of_their_exception():
    wrong = [(where, code, cls) for where, code, cls in uses_of_exceptions() if not code.startswith(RANGE[cls])]
    assert wrong == []


def uses_of_exceptions() -> list[tuple[str, str, str]]:
    return [(w, c, cls) for w, c, cls in used_codes() if cls in RANGE]


def test_errors_each_exception_class_has_its_base_code():
    for cls, prefix in RANGE.items():
        code = getattr(errors, cls).code
        assert code == prefix + "00" and code in CODES


@pytest.mark.parametrize("code", sorted(CODES))
def test_errors_catalogue_codes_are_well_formed(code):
    assert CODE.match(code) and describe(code) == CODES[code] and CODES[code]


def test_errors_describe_an_unknown_code():
    assert describe("E999") == "unknown code"
