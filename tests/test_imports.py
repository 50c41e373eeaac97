"""Import direction, read from the source with ``ast``: model <- nlp <- extractors <- pipeline <- api <- cli.

Also: ``model`` imports nothing else of the package; the store never imports the API (nor the
application layer, the pipeline or the CLI); ``resolve`` never imports the store.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "sidelines"

#: The layered chain: a module may import its own layer and the ones before it, never one after.
CHAIN = ["model", "nlp", "extractors", "pipeline", "api", "cli"]
#: Other rules: (importer, what it must never import).
FORBIDDEN = [
    ("model", ("sidelines.",)),        # pure data: only sidelines.model itself (checked below)
    ("store", ("sidelines.api", "sidelines.app", "sidelines.pipeline", "sidelines.cli", "sidelines.query")),
    ("resolve", ("sidelines.store", "sidelines.app", "sidelines.api", "sidelines.pipeline", "sidelines.cli")),
    ("query", ("sidelines.api", "sidelines.app", "sidelines.pipeline", "sidelines.cli")),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every sidelines import in a file, function-level and TYPE_CHECKING ones included."""
    tree = ast.parse(path.read_text("utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # ``from sidelines import query`` imports the module sidelines.query
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names
                      if (PACKAGE / Path(*target.split(".")[1:]) / alias.name).with_suffix(".py").exists()
                      or (PACKAGE / Path(*target.split(".")[1:]) / alias.name).is_dir()]
    return [(line, name) for line, name in found if name == "sidelines" or name.startswith("sidelines.")]


def layer_of(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def all_imports() -> list[tuple[str, int, str]]:
    return [(module_name(path), line, target) for path in sorted(PACKAGE.rglob("*.py")) for line, target in imports(path)]


def test_imports_are_found():
    found = all_imports()
    assert ("sidelines.cli", ) and any(src == "sidelines.api" and tgt == "sidelines.pipeline" for src, _, tgt in found)


def test_imports_follow_the_chain():
    rank = {name: i for i, name in enumerate(CHAIN)}
    wrong = [(src, line, tgt) for src, line, tgt in all_imports()
             if layer_of(src) in rank and layer_of(tgt) in rank and rank[layer_of(tgt)] > rank[layer_of(src)]]
    assert wrong == []


@pytest.mark.parametrize("importer, never", FORBIDDEN, ids=[f[0] for f in FORBIDDEN])
def test_imports_forbidden_directions(importer, never):
    wrong = [(src, line, tgt) for src, line, tgt in all_imports() if layer_of(src) == importer
             and tgt.startswith(never) and layer_of(tgt) != importer]
    assert wrong == []
