"""Decide the language of an article among those the package ships."""

from __future__ import annotations

import functools
import re
from collections import Counter

from timeline import lang
from timeline.reading.letters import LETTERS

_WORD = re.compile(LETTERS)
_SAMPLE = 4_000  # characters: plenty to decide, and cheap on every article


@functools.cache
def _stopwords(code: str) -> frozenset[str]:
    return frozenset(lang.load(code)["language"]["stopwords"])


def detect(text: str) -> str:
    """The supported language whose frequent words cover most of the text.
    Ties (including texts with no known words) go to the first language, Spanish."""
    words = Counter(_WORD.findall(text[:_SAMPLE].lower()))
    counts = {}
    for code in lang.available():
        stopwords = _stopwords(code)
        counts[code] = sum(n for word, n in words.items() if word in stopwords)
    preferred = ("es", "en")
    return max(counts, key=lambda c: (counts[c], -preferred.index(c) if c in preferred else -99))
