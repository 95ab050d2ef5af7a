"""The package's own source: parallel work merged into one module must not define a
name twice (the later definition silently replaces the earlier one for every caller)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _defined_twice(body: list[ast.stmt]) -> list[str]:
    names = Counter(node.name for node in body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return [name for name, count in names.items() if count > 1]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_function_or_class_is_defined_twice(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    twice = _defined_twice(tree.body)
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            twice += [f"{node.name}.{name}" for name in _defined_twice(node.body)]
    assert not twice, f"defined twice in {module.name}: {twice}"
