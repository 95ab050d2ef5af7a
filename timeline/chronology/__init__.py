"""Chronology: order events by their windows, without inventing an order."""

from __future__ import annotations

import bisect
import datetime as dt

from timeline.models import Event

_FAR = dt.date.max


def order(events: list[Event]) -> list[Event]:
    """Sort by earliest date, then latest date, then position in the text; undated
    events last. Number them, and record which windows overlap (their relative
    order is not known from the text)."""

    def key(event: Event) -> tuple:
        return (event.start or _FAR, event.end or _FAR, event.time or dt.time.max, event.evidence.start, event.id)

    ordered = sorted(events, key=key)
    dated = [e for e in ordered if e.start is not None]
    overlaps: dict[str, list[str]] = {e.id: [] for e in ordered}
    # starts are sorted: the events after `first` that start by its end are a run
    starts = [e.start for e in dated]
    ids = [e.id for e in dated]
    lists = [overlaps[i] for i in ids]
    unique = len(overlaps) == len(ordered)  # else one list may be both sides of a pair
    for i, first in enumerate(dated):
        stop = bisect.bisect_right(starts, first.end, i + 1)
        if stop == i + 1:
            continue
        if first.time is None:
            partners = range(i + 1, stop)
        else:  # clock times that differ are not the same moment
            partners = [j for j in range(i + 1, stop) if dated[j].time is None or dated[j].time == first.time]
        mine, name = lists[i], ids[i]
        if unique:
            mine.extend([ids[j] for j in partners])
            for j in partners:
                lists[j].append(name)
        else:
            for j in partners:
                mine.append(ids[j])
                lists[j].append(name)
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
