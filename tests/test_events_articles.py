"""Whole news articles through the pipeline, with the chronology an analyst
expects: tests/corpus/<lang>/articles/NAME.txt (the article, dateline included)
and NAME.toml ([[expect]] and [[absent]] events, as in the events corpus; see
test_events_corpus.py for the fields)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_events_corpus import _check  # noqa: E402

import timeline  # noqa: E402

ARTICLES = sorted((Path(__file__).parent / "corpus").glob("*/articles/*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[f"{p.parent.parent.name}/{p.stem}" for p in ARTICLES])
def test_article(path: Path) -> None:
    expected = tomllib.loads(path.with_suffix(".toml").read_text("utf-8"))
    assert expected.get("expect") or expected.get("absent")
    result = timeline.extract(path.read_bytes(), source=path.name)
    _check(result.events, expected)
