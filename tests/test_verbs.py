"""Verbs and tense (timeline/reading/verbs.py, verbs_en.py), driven by
tests/corpus/<lang>/verbs.toml for every language that has one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline.reading import verbs

CORPUS = Path(__file__).parent / "corpus"
CASES = {
    path.parent.name: tomllib.loads(path.read_text("utf-8")) for path in sorted(CORPUS.glob("*/verbs.toml"))
}


def _items(section: str):
    for language, cases in CASES.items():
        table = cases.get(section, [])
        items = sorted(table.items()) if isinstance(table, dict) else table
        for item in items:
            yield language, item


@pytest.mark.parametrize("language, item", list(_items("forms")), ids=lambda x: x if isinstance(x, str) else x[0])
def test_form(language, item):
    word, tense = item
    found = verbs.verbs(word, 0, len(word), language)
    assert [(v.text, v.tense.value) for v in found] == [(word, tense)]


@pytest.mark.parametrize("language, case", list(_items("compounds")), ids=lambda x: x if isinstance(x, str) else x["text"][:30])
def test_compound(language, case):
    text = case["text"]
    found = [[v.text, v.tense.value] for v in verbs.verbs(text, 0, len(text), language)]
    assert found == case["expect"]


@pytest.mark.parametrize("language, case", list(_items("governing")), ids=lambda x: x if isinstance(x, str) else f"{x['phrase']}|{x['text'][:30]}")
def test_governing_verb(language, case):
    text = case["text"]
    offset = text.index(case["phrase"])
    verb = verbs.governing_verb(text, offset, 0, len(text), language)
    assert verb is not None
    assert (verb.text, verb.direction) == (case["verb"], case["direction"])


@pytest.mark.parametrize("language, case", list(_items("not_verbs")), ids=lambda x: x if isinstance(x, str) else x["text"][:30])
def test_not_verbs(language, case):
    text = case["text"]
    found = {v.text for v in verbs.verbs(text, 0, len(text), language)}
    assert found.isdisjoint(case["words"]), found & set(case["words"])


def test_every_language_has_a_verb_corpus():
    assert {"es", "en"} <= set(CASES)


def test_clause_bounds_stop_at_relative_pronoun_and_commas():
    text = "Tokáyev, que llega hoy a Moscú, hizo estas afirmaciones."
    lo, hi = verbs.clause_bounds(text, text.index("hoy"), 0, len(text), "es")
    assert text[lo:hi] == "que llega hoy a Moscú"


def test_english_clause_bounds_stop_at_relative_pronoun():
    text = "Tokayev, who arrives today in Moscow, made these remarks."
    lo, hi = verbs.clause_bounds(text, text.index("today"), 0, len(text), "en")
    assert text[lo:hi] == "who arrives today in Moscow"


def test_present_third_person_in_both_languages():
    assert verbs.present_third("llegar", False, "es") == "llega"
    assert verbs.present_third("arrive", False, "en") == "arrives"
    assert verbs.present_third("meet", True, "en") == "meet"
    assert verbs.present_third("go", False, "en") == "goes"


def test_unsupported_language_has_no_verbs():
    assert verbs.verbs("The talks will resume on Monday.", 0, 32, "xx") == []
