"""Chronology: order events by their windows, without inventing an order."""

from __future__ import annotations

import datetime as dt

from timeline.models import Event

_FAR = dt.date.max


# Each event lists at most this many overlapping events (the nearest in the
# chronology): an article repeating one day's events thousands of times would
# otherwise list every pair, quadratic in time and in the size of the JSON.
OVERLAPS_LISTED = 20


def order(events: list[Event]) -> list[Event]:
    """Sort by earliest date, then latest date, then position in the text; undated
    events last. Number them, and record which windows overlap (their relative
    order is not known from the text; up to OVERLAPS_LISTED per event)."""

    def key(event: Event) -> tuple:
        if event.undated:  # after the full windows; those with one end known by that end
            return (_FAR, event.end or event.start or _FAR, dt.time.max, event.evidence.start, event.id)
        return (event.start, event.end, event.time or dt.time.max, event.evidence.start, event.id)

    ordered = sorted(events, key=key)
    dated = [e for e in ordered if not e.undated]
    overlaps: dict[str, list[str]] = {e.id: [] for e in ordered}
    for i, first in enumerate(dated):
        mine = overlaps[first.id]
        for j in range(i + 1, len(dated)):  # by index: slicing the rest for every event is quadratic
            second = dated[j]
            if second.start > first.end or len(mine) >= OVERLAPS_LISTED:  # type: ignore[operator]
                break
            same_day = first.start == first.end == second.start == second.end
            timed_apart = same_day and first.time is not None and second.time is not None and first.time != second.time
            theirs = overlaps[second.id]
            if not timed_apart and len(theirs) < OVERLAPS_LISTED:
                mine.append(second.id)
                theirs.append(first.id)
    number = {e.id: _id_number(e.id) for e in ordered}
    return [
        event.model_copy(update={"sequence": position, "overlaps": sorted(overlaps[event.id], key=number.__getitem__)})
        for position, event in enumerate(ordered, start=1)
    ]


def _id_number(identifier: str) -> int:
    return int(identifier.lstrip("e") or 0)


def excerpt(event: Event, width: int = 240) -> str:
    """The evidence sentence, cut to about `width` characters around the trigger
    with "…" where text was left out (the sentence is in `event.evidence`)."""
    text = " ".join(event.evidence.text.split())
    if len(text) <= width:
        return text
    raw = event.evidence.text
    anchor = event.trigger.start - event.evidence.start if event.trigger else 0
    # the same position in the text with its runs of spaces collapsed
    anchor = len(" ".join(raw[: max(0, anchor)].split()))
    start = max(0, min(anchor - width // 3, len(text) - width))
    end = min(len(text), start + width)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
