"""Round speed37: the tokenizers' run of letters (timeline/reading/letters.py) takes an
ASCII run first, and `_quotes` marks quotations a run at a time; both must read every
text exactly as the plain forms they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import sentence
from timeline.reading import verbs, verbs_en
from timeline.reading.letters import LETTERS
from timeline.temporal import grammar

_PLAIN = r"[^\W\d_]"
# the patterns as written before, with the plain class of letters
_BEFORE = {
    "events": (sentence._TOKEN_SPLIT, re.compile(
        r"(?=[^\s_])([A-ZÁÉÍÓÚÑ]{1,3}\.(?:\s?[A-ZÁÉÍÓÚÑ]{1,3}\.)+|[^\W\d_]+(?:-[^\W\d_]+|['’](?![sS]\b)[^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s])")),
    "verbs": (verbs._WORD_SPLIT, re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)")),
    "verbs-en": (verbs_en._WORD, re.compile(r"[^\W\d_]+(?:\d[^\W_]*)?(?:['’][^\W\d_]+)?")),
    "temporal": (grammar._AS_WRITTEN, re.compile(r"(?=\S)([^\W\d_]+|\d+(?:[.,:/hH-]\d+)*(?:\.?[ºª]|°)?|[^\w\s]|_)")),
    "temporal-spaced": (grammar._SPACED, re.compile(r"(\s*)([^\W\d_]+|\d+(?:[.,:/h-]\d+)*(?:\.?[ºª]|°)?|[^\w\s]|_)")),
}
_CHARACTERS = st.sampled_from(list("aZsSñÑáÉçßİıΣσЖжー中٣²_-'’. ,\"«»“”\t\n0123") + ["EE.", "UU.", "O'", "x²"])


def test_letters_take_the_longest_run_as_the_plain_class_does():
    for word in ("información", "Ñandú", "São", "naïve", "Ωmega", "x²", "Kyiv-based", "l'Horta", "McDonald's"):
        assert re.match(LETTERS, word).group() == re.match(f"{_PLAIN}+", word).group()


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARACTERS, max_size=40).map("".join))
def test_each_tokenizer_splits_as_with_the_plain_class(text):
    for name, (pattern, before) in _BEFORE.items():
        assert pattern.split(text) == before.split(text), name
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)], name


def _quotes_word_by_word(words: list[str]) -> list[bool]:
    inside, result = False, []
    for word in words:
        if word in ("«", "“"):
            inside = True
        elif word in ("»", "”"):
            result.append(inside)
            inside = False
            continue
        elif word == '"':
            inside = not inside
        result.append(inside)
    return result


def test_quotes_marks_its_words_and_marks():
    words = ["dijo", "«", "no", "iremos", "»", "y", '"', "ya", '"', "fin"]
    assert sentence._quotes(words) == [False, True, True, True, True, False, True, True, False, False]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "«", "“", "»", "”", '"']), max_size=30))
def test_quotes_reads_as_word_by_word(words):
    assert sentence._quotes(words) == _quotes_word_by_word(words)
