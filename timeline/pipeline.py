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


def parse_year(value: str | int | None) -> int | None:
    """--dateline-year: a year of four digits. Anything else is a usage error."""
    if value is None or isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return value
    text = str(value).strip()
    if len(text) == 4 and text.isdigit() and text != "0000":
        return int(text)
    raise UsageError(f"invalid --dateline-year {value!r}: expected a year as YYYY, e.g. 2025")


def extract(
    text: str | bytes,
    dct: str | dt.date | None = None,
    lang: str | None = None,
    *,
    source: str = "<text>",
    dct_optional: bool = False,
    dateline_year: str | int | None = None,
) -> Timeline:
    """Run the whole pipeline on one article.

    `dct` (document creation time) overrides the dateline; `dateline_year` is the year
    of a dateline that writes none ("MADRID, 11 nov (EFE)"), before any guess from the
    text; `lang` is "es", "en" or None/"auto" to detect it. Raises `timeline.errors.TimelineError` subclasses
    for unreadable input or a missing DCT.
    """
    with paused(len(text) >= LARGE):
        document = reading.read(text, source=source, dct=parse_dct(dct), language=lang, dct_optional=dct_optional, dateline_year=parse_year(dateline_year))
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
    dateline_year: str | int | None = None,
) -> Timeline:
    """`extract` on a file; the source recorded is the path as given."""
    path = Path(path)
    return extract(path.read_bytes(), dct=dct, lang=lang, source=str(path), dct_optional=dct_optional, dateline_year=dateline_year)
