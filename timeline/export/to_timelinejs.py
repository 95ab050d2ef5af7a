"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Dates are {year, month?, day?} with the parts the event does not know left out
(April 2025 -> {year: 2025, month: 4}); a clock time adds hour and minute. Windows
get an end_date and a display_date in words ("entre el 4 y el 10 nov 2025"), as do
approximate dates and parts of day. TimelineJS needs a start date, so undated
events are left out. text.text is HTML: everything in it is escaped.
"""

from __future__ import annotations

import calendar
import json
from html import escape

from timeline.export._common import (
    certainty_word,
    clean,
    date_phrase,
    day_phrase,
    event_uids,
    kind_word,
    one_line,
    status_word,
    title,
    words,
)
from timeline.models import Certainty, Event, Grain, Status, Timeline

_YEAR_GRAINS = {Grain.YEAR, Grain.DECADE, Grain.CENTURY}


def _esc(text: str) -> str:
    return escape(clean(text), quote=True)


def _whole_months(event: Event) -> bool:
    assert event.start and event.end
    last = calendar.monthrange(event.end.year, event.end.month)[1]
    return event.start.day == 1 and event.end.day == last


def _dates(event: Event) -> tuple[dict, dict | None]:
    """start_date and end_date, each with only the parts the event knows."""
    assert event.start and event.end
    start, end = event.start, event.end
    if _whole_months(event) and (start.month, end.month) == (1, 12) and event.granularity in _YEAR_GRAINS | {None}:
        first = {"year": start.year}
        last = {"year": end.year} if end.year != start.year else None
        return first, last
    if _whole_months(event) and event.granularity not in (Grain.DAY, Grain.WEEK, Grain.WEEKEND):
        first = {"year": start.year, "month": start.month}
        last = {"year": end.year, "month": end.month} if (end.year, end.month) != (start.year, start.month) else None
        return first, last
    first = {"year": start.year, "month": start.month, "day": start.day}
    if start == end:
        if event.time is not None:
            first |= {"hour": event.time.hour, "minute": event.time.minute}
        return first, None
    return first, {"year": end.year, "month": end.month, "day": end.day}


def _text(event: Event, timeline: Timeline) -> str:
    language = timeline.document.language
    labels = words(language)
    parts = [f"<blockquote>«{_esc(one_line(event.evidence.text))}»</blockquote>"]
    details = []
    if event.actors:
        details.append(f"<b>{_esc(labels['actors'])}:</b> {_esc(', '.join(one_line(a) for a in event.actors))}")
    if event.location:
        details.append(f"<b>{_esc(labels['place'])}:</b> {_esc(one_line(event.location))}")
    if event.certainty is not None and event.certainty is not Certainty.EXACT:
        reason = f" ({_esc(one_line(event.certainty_reason))})" if event.certainty_reason else ""
        details.append(f"<b>{_esc(labels['certainty'])}:</b> {_esc(certainty_word(event.certainty, language))}{reason}")
    if details:
        parts.append("<p>" + "<br>".join(details) + "</p>")
    return "".join(parts)


def _slide_headline(event: Event, language: str) -> str:
    """The slide's title, with the mark of a called-off event ("Strike (cancelled)")."""
    if event.status is Status.CANCELLED:
        return f"{one_line(event.title)} ({status_word(event, language)})"
    return one_line(event.title)


def render(timeline: Timeline) -> str:
    document = timeline.document
    language = document.language
    labels = words(language)
    uids = event_uids(timeline)
    subtitle = [f"{_esc(labels['source'])}: {_esc(document.source)}"]
    if document.dct:
        subtitle.append(f"{_esc(labels['dct_title'])}: {_esc(day_phrase(document.dct, language))}")
    data: dict = {
        "title": {"text": {"headline": _esc(title(document)), "text": "<p>" + "<br>".join(subtitle) + "</p>"}},
        "events": [],
    }
    for event in timeline.events:
        if event.undated:
            continue
        start, end = _dates(event)
        slide: dict = {
            "unique_id": uids[event.id].split("@")[0],
            "start_date": start,
            "text": {"headline": _esc(_slide_headline(event, language)), "text": _text(event, timeline)},
            "group": _esc(kind_word(event.kind, language)),
        }
        if end is not None:
            slide["end_date"] = end
        window = end is not None and len(start) == 3
        if window or event.certainty is Certainty.APPROXIMATE or event.part_of_day or event.granularity in (
            Grain.WEEK, Grain.WEEKEND, Grain.QUARTER, Grain.HALF, Grain.SEASON,
        ):
            slide["display_date"] = _esc(date_phrase(event, language))
        elif event.time is not None and event.timezone:  # TimelineJS dates carry no zone
            slide["display_date"] = _esc(f"{date_phrase(event, language)} {one_line(event.timezone)}")
        data["events"].append(slide)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
