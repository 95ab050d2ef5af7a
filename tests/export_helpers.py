"""Shared by the export tests: the hand-made fixtures and what an event should become."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from zoneinfo import ZoneInfo

from timeline.export._common import one_line, part_of_day_word
from timeline.export.to_json import load
from timeline.models import Event, Timeline

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAMES = ("reference", "edge_cases", "english")


@functools.cache
def fixture(name: str) -> Timeline:
    return load((FIXTURES / f"{name}.json").read_bytes())


def expected_summary(event: Event, language: str) -> str:
    summary = one_line(event.title)
    if event.part_of_day and event.time is None:
        summary += f" ({part_of_day_word(event.part_of_day, language)})"
    return summary


def expected_range(event: Event) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """(DTSTART, DTEND) written independently of the exporter: all-day with an
    exclusive end, or a timed minute in UTC / the named zone / floating."""
    assert event.start is not None and event.end is not None
    if event.time is None or event.start != event.end:
        return event.start, event.end + dt.timedelta(days=1)
    moment = dt.datetime.combine(event.start, event.time)
    zone = event.timezone
    if zone == "UTC":
        moment = moment.replace(tzinfo=dt.timezone.utc)
    elif zone and zone[0] in "+-":
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        offset = dt.timedelta(hours=hours, minutes=minutes) * (-1 if zone[0] == "-" else 1)
        moment = moment.replace(tzinfo=dt.timezone(offset))
    elif zone:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    step = dt.timedelta(hours=1) if event.granularity == "hour" else dt.timedelta(minutes=1)
    return moment, moment + step


def client_line(event: Event, language: str) -> str:
    """The DTSTART|DTEND|SUMMARY line the calclients checks print for the event
    (timed values in UTC; floating ones without the Z, which TZ=UTC clients add)."""
    start, end = expected_range(event)

    def show(value: dt.date | dt.datetime) -> str:
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
            return value.isoformat()
        return value.isoformat()

    return f"{show(start)}|{show(end)}|{expected_summary(event, language)}"
