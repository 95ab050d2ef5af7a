"""Temporal tagging: find TIMEX3 expressions and resolve them against the DCT."""

from __future__ import annotations

from timeline.models import Document, Timex, TimexType, Interval, Grain


def dct_timex(document: Document) -> Timex:
    """t0: the document creation time, with the dateline's span when it came from the text."""
    span = document.dct_span if document.dct_source == "dateline" else None
    interval = None
    if document.dct is not None:
        interval = Interval(earliest=document.dct, latest=document.dct, grain=Grain.DAY)
    return Timex(
        id="t0",
        text=span.text if span else "",
        start=span.start if span else None,
        end=span.end if span else None,
        type=TimexType.DATE,
        function="CREATION_TIME",
        interval=interval,
        symbolic=None if interval else "XXXX-XX-XX",
        sentence=None,
        rule="dct:" + (document.dct_source or "none"),
    )


def tag(document: Document) -> list[Timex]:
    """All temporal expressions of the document, t0 (the DCT) first, then in text order."""
    return [dct_timex(document)]
