"""Verbs and tense (timeline/reading/verbs.py, verbs_en.py), driven by
tests/corpus/<lang>/verbs.toml for every language that has one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    # a one-syllable form after a prefix takes the accent: "El Ayuntamiento prevé licitar"
    assert verbs.present_third("prever", False, "es") == "prevé"
    assert verbs.present_third("prever", True, "es") == "prevén"
    assert verbs.present_third("ver", False, "es") == "ve"


def test_unsupported_language_has_no_verbs():
    assert verbs.verbs("The talks will resume on Monday.", 0, 32, "xx") == []


# The events stage hands the verb reader its own tokens (verbs.share_tokens): the words
# read off them must be the words and offsets (so the gaps) `_words` splits.
_SHARED_WORDS_CASES = [
    "El Gobierno aprobará el decreto el lunes.",
    "EE.UU. y EE. UU.-Asia Central firmarán el acuerdo el 5 de diciembre de 2025.",
    "O'Brien, l'Horta i d’Hondt: Tokayev's visit; el ex-presidente llegó a las 10.30 horas.",
    "«Mañana firmaremos», dijo — el ministro — a 1.200 personas (x² y ½ de ellas).",
    "snake_case y __doble__ guion -bajo- a-b-c -- U.S. 3er 2ª",
    "",
    "   \t\n",
]


def _shared_words(text: str, start: int, end: int):
    from itertools import accumulate

    from timeline.events.sentence import _TOKEN_SPLIT

    parts = _TOKEN_SPLIT.split(text[start:end])
    tokens = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=start))
    verbs.share_tokens(text, start, end, "es", tokens, bounds[1:-1:2], bounds[2::2], [t.lower() for t in tokens])
    told = verbs._TOLD[0]
    assert told is not None and told[0] is text and told[1:3] == (start, end)
    return told[3]


@pytest.mark.parametrize("text", _SHARED_WORDS_CASES)
def test_words_read_off_the_events_tokens_are_the_verb_readers(text):
    for start, end in [(0, len(text)), (min(3, len(text)), len(text))]:
        assert _shared_words(text, start, end) == verbs._words.__wrapped__(text, start, end)


def test_verbs_read_off_the_events_tokens_are_the_same():
    text = "El Gobierno de EE.UU. aprobará el decreto y l'Horta lo celebró el lunes."
    _shared_words(text, 0, len(text))
    shared = verbs._find_verbs(text, 0, len(text), "es")
    assert verbs._TOLD[0] is None  # used once
    assert shared == verbs._find_verbs(text, 0, len(text), "es") and shared


def test_english_keeps_its_own_word_reader():
    verbs._TOLD[0] = None
    verbs.share_tokens("They met.", 0, 9, "en", ["They", "met", "."], [0, 5, 8], [4, 8, 9], ["they", "met", "."])
    assert verbs._TOLD[0] is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZáÑüß ΣσŁ-'’._\t\n,;:()«»“”—0123456789²½Ⅳ𝐀") + ["EE.UU.", "EE. UU.", "'s", "O'Brien", "U.S."]), max_size=40).map("".join))
def test_words_read_off_any_tokens_are_the_verb_readers(text):
    assert _shared_words(text, 0, len(text)) == verbs._words.__wrapped__(text, 0, len(text))
