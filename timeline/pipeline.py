"""The library API: one article in, one `Timeline` out. Pure functions, no I/O
beyond reading the file asked for, no global mutable state (the one exception:
the cyclic garbage collector is paused while a very large article is processed,
see `timeline/collector.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline import __version__, chronology, events, reading, temporal
from timeline.collector import LARGE, paused
from timeline.errors import UsageError
from timeline.models import Generator, Timeline


def parse_dct(value: str | dt.date | None) -> dt.date | None:
    """--dct: an ISO date (YYYY-MM-DD). Anything else is a usage error."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else _bad_dct(value)
    except ValueError:
        return _bad_dct(value)


def _bad_dct(value: str) -> dt.date:
    raise UsageError(f"invalid --dct {value!r}: expected a real date as YYYY-MM-DD, e.g. 2025-11-11")


def extract(
    text: str | bytes,
    dct: str | dt.date | None = None,
    lang: str | None = None,
    *,
    source: str = "<text>",
    dct_optional: bool = False,
) -> Timeline:
    """Run the whole pipeline on one article.

    `dct` (document creation time) overrides the dateline; `lang` is "es", "en" or
    None/"auto" to detect it. Raises `timeline.errors.TimelineError` subclasses
    for unreadable input or a missing DCT.
    """
    with paused(len(text) >= LARGE):
        document = reading.read(text, source=source, dct=parse_dct(dct), language=lang, dct_optional=dct_optional)
        timexes = temporal.tag(document)
        found = events.build(document, timexes)
        return Timeline(
            document=document,
            timexes=timexes,
            events=chronology.order(found),
            generator=Generator(version=__version__),
        )


def extract_file(
    path: str | Path,
    dct: str | dt.date | None = None,
    lang: str | None = None,
    *,
    dct_optional: bool = False,
) -> Timeline:
    """`extract` on a file; the source recorded is the path as given."""
    path = Path(path)
    return extract(path.read_bytes(), dct=dct, lang=lang, source=str(path), dct_optional=dct_optional)
