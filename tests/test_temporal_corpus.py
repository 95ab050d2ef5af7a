"""The temporal corpus of every language: one TOML file per category under
tests/corpus/<lang>/temporal/, each case a parametrized test (ids: lang-file-nnn).

A case: `text`, optional `dct` (default: the file's `dct`), optional `note`, and
`expect`, the exact list of body timexes (t0 excluded) in text order, each
[span text, type, value] or [span text, type, value, mod]. An empty `expect`
means the text must produce nothing (negative cases).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from timeline import reading, temporal

CORPUS = Path(__file__).parent / "corpus"


def _cases():
    for path in sorted(CORPUS.glob("*/temporal/*.toml")):
        language = path.parent.parent.name
        data = tomllib.loads(path.read_text("utf-8"))
        for number, case in enumerate(data.get("case", []), 1):
            dct = case.get("dct", data.get("dct"))
            ident = f"{language}-{path.stem}-{number:03d}"
            yield pytest.param(language, dct, case, id=ident)


def tag(text: str, dct: str, language: str):
    document = reading.read(text, dct=dt.date.fromisoformat(dct), language=language)
    return temporal.tag(document)[1:]


@pytest.mark.parametrize("language,dct,case", list(_cases()))
def test_case(language, dct, case):
    found = [
        [t.text, str(t.type), t.value] + ([str(t.mod)] if t.mod else [])
        for t in tag(case["text"], dct, language)
    ]
    expected = [list(item) for item in case["expect"]]
    assert found == expected, case.get("note", "")


@pytest.mark.parametrize("language,minimum", [("es", 200), ("en", 150)])
def test_corpus_is_large_and_every_file_has_cases(language, minimum):
    files = sorted(CORPUS.glob(f"{language}/temporal/*.toml"))
    assert len(files) >= 8
    counts = {path.stem: len(tomllib.loads(path.read_text("utf-8")).get("case", [])) for path in files}
    assert all(counts.values()), counts
    assert sum(counts.values()) >= minimum, counts
    assert counts.get("negative", 0) >= 10, counts
