"""Merging the chronologies of several articles into one (`timeline extract --merge`).

Two events of different articles are the same event when they have the same kind,
compatible places and actors, and overlapping windows (DESIGN.md section 5). The
merged event keeps every source; its window is the intersection of the members'
windows, since each article's window bounds the same real date. Events of one
article are never merged here: the event builder already decided those.
A pure function of the timelines; the order of the result does not depend on the
order in which the articles were given.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.models import Certainty, Event, Grain, Timeline

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Member:
    """One article's account of an event."""

    timeline: Timeline
    event: Event


@dataclass(frozen=True)
class MergedEvent:
    """An event as the combined chronology shows it, with every article's account."""

    event: Event
    members: tuple[Member, ...]


def single(timeline: Timeline) -> list[MergedEvent]:
    """The dated events of one article, each its own group (no merging)."""
    return [MergedEvent(event, (Member(timeline, event),)) for event in timeline.events if not event.undated]


def merge(timelines: Sequence[Timeline], *, reason: str = "{count}") -> list[MergedEvent]:
    """Group the dated events of all articles; `reason` is the certainty reason
    given to a window narrowed by intersection ("{count}" = number of sources)."""
    articles = sorted(timelines, key=_article_key)
    groups: list[list[Member]] = []
    for timeline in articles:
        for event in timeline.events:
            if event.undated:
                continue
            member = Member(timeline, event)
            for group in groups:
                if all(m.timeline is not timeline for m in group) and all(same_event(m.event, event) for m in group):
                    group.append(member)
                    break
            else:
                groups.append([member])
    merged = [MergedEvent(_combine(group, reason), tuple(group)) for group in groups]
    merged.sort(key=lambda m: _order_key(m, articles))
    return [
        MergedEvent(m.event.model_copy(update={"id": f"m{n}", "sequence": n, "overlaps": []}), m.members)
        for n, m in enumerate(merged, start=1)
    ]


def same_event(first: Event, second: Event) -> bool:
    """Same kind, compatible place and actors, overlapping windows, no clash of
    clock times or parts of day."""
    if first.kind != second.kind or first.undated or second.undated:
        return False
    assert first.start and first.end and second.start and second.end
    if first.start > second.end or second.start > first.end:
        return False
    if first.time is not None and second.time is not None:
        if (first.time, first.timezone) != (second.time, second.timezone) or first.start != second.start:
            return False
    if first.part_of_day and second.part_of_day and first.part_of_day != second.part_of_day:
        return False
    if first.location and second.location and not _names_compatible(first.location, second.location):
        return False
    if first.actors and second.actors:
        return any(_names_compatible(a, b) for a in first.actors for b in second.actors)
    return True


def _tokens(name: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return frozenset(_WORD.findall(plain))


def _names_compatible(first: str, second: str) -> bool:
    """"Tokáyev" ~ "Kasim-Yomart Tokayev", "Moscú" ~ "Moscu": one name's words within the other's."""
    a, b = _tokens(first), _tokens(second)
    return bool(a and b) and (a <= b or b <= a)


def _article_key(timeline: Timeline) -> tuple:
    document = timeline.document
    return (document.dct or dt.date.max, document.source, document.title or "")


def _order_key(merged: MergedEvent, articles: list[Timeline]) -> tuple:
    event, first = merged.event, merged.members[0]
    position = next(i for i, t in enumerate(articles) if t is first.timeline)
    return (event.start, event.end, event.time or dt.time.max, position, first.event.evidence.start, first.event.id)


def _combine(group: list[Member], reason: str) -> Event:
    events = [m.event for m in group]
    if len(events) == 1:
        return events[0]
    start = max(e.start for e in events if e.start)
    end = min(e.end for e in events if e.end)
    # The member whose window is the intersection, preferring exact certainty, says how it is dated.
    same_window = [e for e in events if (e.start, e.end) == (start, end)]
    same_window.sort(key=lambda e: e.certainty is not Certainty.EXACT)
    timed = next((e for e in events if e.time is not None), None)
    part = next((e.part_of_day for e in events if e.part_of_day), None)
    actors: list[tuple[frozenset[str], str]] = []
    for event in events:
        for actor in event.actors:
            key = _tokens(actor)
            same = next((i for i, (k, _) in enumerate(actors) if k <= key or key <= k), None)
            if same is None:
                actors.append((key, actor))
            elif len(actor) > len(actors[same][1]):  # keep the fuller name, in its first place
                actors[same] = (key, actor)
    locations = [e.location for e in events if e.location]
    base = same_window[0] if same_window else events[0]
    update: dict = {
        "title": max((e.title for e in events), key=len),
        "actors": [name for _, name in actors],
        "location": max(locations, key=len) if locations else None,
        "start": start,
        "end": end,
        "mentions": [span for e in events for span in e.mentions],
        "timex_ids": [],
    }
    if not same_window:
        update |= {
            "granularity": Grain.DAY,
            "certainty": Certainty.BOUNDED,
            "certainty_reason": reason.format(count=len(events)),
        }
    if timed is not None and start == end == timed.start:
        update |= {"time": timed.time, "timezone": timed.timezone, "granularity": timed.granularity}
    if part is not None and start == end and update.get("time", base.time) is None:
        update["part_of_day"] = part
    return base.model_copy(update=update)
