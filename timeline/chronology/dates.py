"""Derived forms of an event's date: EDTF and the phrase a person would write."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from timeline import lang
from timeline.models import SEASON_BY_START_MONTH, Certainty, Grain

if TYPE_CHECKING:
    from timeline.models import Event


def _whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def _whole_years(start: dt.date, end: dt.date) -> bool:
    return (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)


def edtf(event: Event) -> str | None:
    """EDTF (ISO 8601-2) form of the event's window: 2025-04, 2025-11-04/2025-11-10, 2025-11~."""
    start, end = event.start, event.end
    if start is None and end is not None:
        return "../" + _edtf_point(end, event.granularity)
    if start is not None and end is None:
        return _edtf_point(start, event.granularity) + "/.."
    if start is None or end is None:
        return None
    mark = "~" if event.certainty is Certainty.APPROXIMATE else ""
    if start == end:
        return start.isoformat() + mark
    if _whole_years(start, end):
        if start.year == end.year:
            return f"{start.year:04d}{mark}"
        return f"{start.year:04d}{mark}/{end.year:04d}{mark}"
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%Y-%m}{mark}"
        return f"{start:%Y-%m}{mark}/{end:%Y-%m}{mark}"
    return f"{start.isoformat()}{mark}/{end.isoformat()}{mark}"


def _edtf_point(day: dt.date, grain: Grain | None) -> str:
    """The known end of an open window as one EDTF date, at its grain's precision: the
    year of a year or longer, the month of a month or a part of a year (an EDTF interval
    takes no interval for an end), else the day."""
    months = _MONTHS_OF.get(grain)  # type: ignore[arg-type]
    if months is not None and months >= 12:
        return f"{day.year:04d}"
    return f"{day:%Y-%m}" if months is not None else day.isoformat()


def _end_alone(event: Event) -> Event:
    """A state told only by its end ("estuvo de baja hasta marzo": no start, the end
    March 31): the event as the period of its end alone (March), to write that period."""
    end = event.end
    assert end is not None
    months = _MONTHS_OF.get(event.granularity)  # type: ignore[arg-type]
    if months is not None:
        first = _months_later(end.replace(day=1), 1 - months)
    else:
        first = end - dt.timedelta(days=_DAYS_OF.get(event.granularity, 1) - 1)  # type: ignore[arg-type]
    return event.model_copy(update={"start": first})


def _start_alone(event: Event) -> Event:
    """An event ahead told only by its earliest date ("no antes de 2027": no end, the
    start 1 January 2027): the event as the period of that date alone (2027)."""
    start = event.start
    assert start is not None
    months = _MONTHS_OF.get(event.granularity)  # type: ignore[arg-type]
    if months is not None:
        last = _months_later(start.replace(day=1), months) - dt.timedelta(days=1)
    else:
        last = start + dt.timedelta(days=_DAYS_OF.get(event.granularity, 1) - 1)  # type: ignore[arg-type]
    return event.model_copy(update={"end": last})


# the length of a period of each grain, to write the one period an open window knows
_MONTHS_OF = {Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF: 6, Grain.YEAR: 12, Grain.DECADE: 120, Grain.CENTURY: 1200}
_DAYS_OF = {Grain.WEEK: 7, Grain.WEEKEND: 2}


def _months_later(first: dt.date, months: int) -> dt.date:
    """The first of the month `months` after the first of month `first`."""
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def phrase(event: Event, language: str) -> str:
    """The date as a person writes it in a chronology: "11 nov 2025", "abril 2025",
    "entre el 4 y el 10 nov 2025", "11 nov 2025 (tarde)"."""
    words = lang.load(language)["phrases"]
    start, end = event.start, event.end
    if start is None and end is not None:
        return words["until"].format(date=phrase(_end_alone(event), language))  # "hasta marzo 2025"
    if start is not None and end is None:
        return words["not_before"].format(date=phrase(_start_alone(event), language))  # "no antes de 2027"
    if start is None or end is None:
        return words["undated"]
    data = lang.load(language)

    def fields(day: dt.date, suffix: str = "") -> dict[str, str]:
        return {
            f"day{suffix}": str(day.day),
            f"month{suffix}": data.month_name(day.month),
            f"mon{suffix}": data.month_name(day.month, short=True),
            f"year{suffix}": str(day.year),
        }

    values = fields(start) | fields(end, "2")
    grain = event.granularity
    if start == end:
        text = words["day"].format(**values)
    elif grain is Grain.WEEKEND and (end - start).days == 1:
        text = words["weekend"].format(**values)
    elif grain is Grain.WEEK and (end - start).days == 6 and start.isoweekday() == 1:
        text = words["week"].format(**values)
    elif _whole_years(start, end) and start.year == end.year:
        text = words["year"].format(**values)
    elif _whole_years(start, end) and start.year % 10 == 0 and end.year == start.year + 9:
        text = words["decade"].format(**values)
    elif _whole_years(start, end):  # "la temporada 2024/25", "entre 2020 y 2022"
        text = words["year_range"].format(**values)
    elif _whole_months(start, end) and (start.year, start.month) == (end.year, end.month):
        text = words["month"].format(**values)
    elif _whole_months(start, end) and start.year == end.year:
        if grain is Grain.QUARTER and start.month % 3 == 1 and end.month == start.month + 2:
            text = words["quarter"].format(quarter=words["ordinals"][start.month // 3], **values)
        elif grain is Grain.HALF and start.month in (1, 7) and end.month == start.month + 5:
            text = words["half"].format(half=words["ordinals"][start.month // 7], **values)
        elif grain is Grain.SEASON:
            code = SEASON_BY_START_MONTH.get(start.month, "")
            text = words["season"].format(season=words["seasons"].get(code, ""), **values)
        else:
            text = words["month_range"].format(**values)
    elif start.year == end.year and start.month == end.month:
        text = words["range_same_month"].format(**values)
    elif start.year == end.year:
        text = words["range_same_year"].format(**values)
    else:
        text = words["range"].format(**values)
    if event.time is not None and start != end and "range_from_time" in words:
        text = words["range_from_time"].format(time=event.time.strftime("%H:%M"), **values)
    elif event.time is not None:
        text = words["with_time"].format(date=text, time=event.time.strftime("%H:%M"))
    elif event.part_of_day:
        text = words["with_part"].format(date=text, part=words["parts_of_day"].get(event.part_of_day, event.part_of_day))
    if event.certainty is Certainty.APPROXIMATE:
        text = words["approximate"].format(date=text)
    return text
