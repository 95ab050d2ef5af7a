"""Timexes written by hand, for testing the events stage apart from the tagger.

`make(text, dct, [(phrase, value, extra), ...])` builds the Timex list the tagger
is specified to produce: t0 first, then each phrase (found in the text, in
order) with its interval from the TIMEX3 value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.models import SEASON_START_MONTH, Grain, Interval, Mod, PARTS_OF_DAY, Span, Timex, TimexRelation, TimexType


def interval(value: str) -> Interval | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI)", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        first, last = PARTS_OF_DAY[m[4]]
        return Interval(earliest=dt.datetime.combine(day, dt.time(first)), latest=dt.datetime.combine(day, dt.time(last, 59)), grain=Grain.PART_OF_DAY)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?", value):
        moment = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))
        zone = {"Z": "UTC", None: None}.get(m[6], m[6])
        return Interval(earliest=moment, latest=moment + dt.timedelta(seconds=59), grain=Grain.MINUTE, timezone=zone)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Interval(earliest=day, latest=day, grain=Grain.DAY)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return Interval(earliest=monday, latest=monday + dt.timedelta(days=6), grain=Grain.WEEK)
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):  # a quarter or a half of the year
        year, months = int(m[1]), 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * months + 1
        last = first + months - 1
        grain = Grain.QUARTER if m[2] == "Q" else Grain.HALF
        return Interval(earliest=dt.date(year, first, 1), latest=dt.date(year, last, calendar.monthrange(year, last)[1]), grain=grain)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):  # three months from the season's first (winter runs into the next year)
        first = dt.date(int(m[1]), SEASON_START_MONTH[m[2]], 1)
        end_month = first.month + 2
        last_year, last_month = first.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1
        return Interval(earliest=first, latest=dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1]), grain=Grain.SEASON)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return Interval(earliest=dt.date(year, month, 1), latest=dt.date(year, month, calendar.monthrange(year, month)[1]), grain=Grain.MONTH)
    if m := re.fullmatch(r"(\d{4})", value):
        year = int(m[1])
        return Interval(earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31), grain=Grain.YEAR)
    return None


def make(text: str, dct: dt.date, specs: list[tuple]) -> list[Timex]:
    """specs: (phrase, value) or (phrase, value, {"mod": "LESS_THAN", "type": "DURATION",
    "relation": ("después de", "after", "anchor phrase"), "occurrence": 2, "months": "2024-01/2024-09"})."""
    result = [Timex(id="t0", text="", start=None, end=None, type=TimexType.DATE, function="CREATION_TIME",
                    interval=Interval(earliest=dct, latest=dct, grain=Grain.DAY))]
    cursor = {}
    found = []
    for spec in specs:
        phrase, value = spec[0], spec[1]
        extra = spec[2] if len(spec) > 2 else {}
        start = text.index(phrase, cursor.get(phrase, 0))
        cursor[phrase] = start + 1
        found.append((start, phrase, value, extra))
    found.sort()
    for number, (start, phrase, value, extra) in enumerate(found, start=1):
        kind = TimexType(extra.get("type", "DURATION" if value.startswith("P") and not value.startswith("PRESENT") and not value.startswith("PAST") else "DATE"))
        if "T" in value and re.search(r"T(MO|MI|AF|EV|NI|\d)", value):
            kind = TimexType(extra.get("type", "TIME"))
        span = interval(value) if kind in (TimexType.DATE, TimexType.TIME) else None
        if "months" in extra:  # a length placed in its months: ("the first nine months of 2024", "P9M", {months = "2024-01/2024-09"})
            first, last = (interval(month) for month in extra["months"].split("/"))
            span = Interval(earliest=first.earliest, latest=last.latest, grain=Grain.MONTH)  # type: ignore[union-attr]
        relation = None
        if "relation" in extra:
            signal, direction, anchor = extra["relation"]
            anchor_start = text.index(anchor, start)
            relation = TimexRelation(signal=signal, direction=direction, anchor=Span(text=anchor, start=anchor_start, end=anchor_start + len(anchor)))
        result.append(Timex(
            id=f"t{number}", text=phrase, start=start, end=start + len(phrase), type=kind,
            mod=Mod(extra["mod"]) if "mod" in extra else None, anchor="t0",
            interval=span, symbolic=None if span and kind is not TimexType.DURATION else value, relation=relation,
        ))
    return result
