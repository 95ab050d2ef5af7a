"""Spanish verbs and tense (timeline/reading/verbs.py), driven by tests/corpus/es/verbs.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline.reading import verbs

CASES = tomllib.loads((Path(__file__).parent / "corpus" / "es" / "verbs.toml").read_text("utf-8"))


@pytest.mark.parametrize("word, tense", sorted(CASES["forms"].items()))
def test_form(word, tense):
    found = verbs.verbs(word, 0, len(word), "es")
    assert [(v.text, v.tense.value) for v in found] == [(word, tense)]


@pytest.mark.parametrize("case", CASES["governing"], ids=lambda c: f"{c['phrase']}|{c['text'][:30]}")
def test_governing_verb(case):
    text = case["text"]
    offset = text.index(case["phrase"])
    verb = verbs.governing_verb(text, offset, 0, len(text), "es")
    assert verb is not None
    assert (verb.text, verb.direction) == (case["verb"], case["direction"])


@pytest.mark.parametrize("case", CASES["not_verbs"], ids=lambda c: c["text"][:30])
def test_not_verbs(case):
    text = case["text"]
    found = {v.text for v in verbs.verbs(text, 0, len(text), "es")}
    assert found.isdisjoint(case["words"]), found & set(case["words"])


def test_clause_bounds_stop_at_relative_pronoun_and_commas():
    text = "Tokáyev, que llega hoy a Moscú, hizo estas afirmaciones."
    lo, hi = verbs.clause_bounds(text, text.index("hoy"), 0, len(text), "es")
    assert text[lo:hi] == "que llega hoy a Moscú"


def test_unsupported_language_has_no_verbs():
    assert verbs.verbs("The talks will resume on Monday.", 0, 32, "xx") == []
