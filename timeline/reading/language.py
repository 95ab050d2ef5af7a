"""Decide the language of an article among those the package ships."""

from __future__ import annotations

import re

from timeline import lang

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 4_000  # characters: plenty to decide, and cheap on every article


def detect(text: str) -> str:
    """The supported language whose frequent words cover most of the text.
    Ties (including texts with no known words) go to the first language, Spanish."""
    counts = {code: 0 for code in lang.available()}
    stopwords = {code: frozenset(lang.load(code)["language"]["stopwords"]) for code in counts}
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        for code, words in stopwords.items():
            if word in words:
                counts[code] += 1
    preferred = ("es", "en")
    return max(counts, key=lambda c: (counts[c], -preferred.index(c) if c in preferred else -99))
