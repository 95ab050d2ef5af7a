"""iCalendar (RFC 5545). Minimal version: all-day VEVENTs for dated events."""

from __future__ import annotations

import datetime as dt
import hashlib

from timeline.models import Timeline


def render(timeline: Timeline) -> bytes:
    from icalendar import Calendar, Event

    document = timeline.document
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//timeline//ES")
    calendar.add("version", "2.0")
    stamp = dt.datetime.combine(document.dct or dt.date(1970, 1, 1), dt.time(), tzinfo=dt.timezone.utc)
    for event in timeline.events:
        if event.start is None or event.end is None:
            continue
        vevent = Event()
        uid = hashlib.sha256(f"{document.source}|{event.kind}|{event.title}|{event.start}".encode()).hexdigest()[:32]
        vevent.add("uid", f"{uid}@timeline")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.start)
        vevent.add("dtend", event.end + dt.timedelta(days=1))
        vevent.add("summary", event.title)
        vevent.add("description", event.evidence.text)
        calendar.add_component(vevent)
    return calendar.to_ical()
