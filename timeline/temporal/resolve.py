"""Resolution: a `Spec` plus the DCT, the tense direction and the narrative's
date -> a TIMEX3 value (an `Interval`, or a symbolic value for durations, sets
and what cannot be resolved).

Reference time (DESIGN.md section 3): deictic expressions ("hoy", "el miércoles",
"la semana pasada") resolve against the DCT; anaphoric ones ("al día siguiente",
"ese día", "dos días después", "entonces") against the last mentioned date that is
precise enough (the narrative's date), falling back to the DCT.

Direction for what the text leaves open (a bare weekday, month, season or day of
a month): given by a modifier when there is one ("pasado", "próximo", "este");
otherwise by the governing verb's tense (future/conditional/"ir a" -> the next
occurrence; preterite/imperfect/perfect/pluperfect -> the last one, and a weekday
equal to the DCT's is the DCT itself); a plan after a past forward verb ("urged
residents to stay home on Friday") -> onward: the DCT or after it; otherwise (present
tense, or no verb) the occurrence nearest to the DCT in either direction.
"""

from __future__ import annotations

import calendar
import dataclasses
import operator
import functools
import datetime as dt
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import cast

from timeline.models import PARTS_OF_DAY, SEASON_START_MONTH, Grain, Interval, Mod, TimexType
from timeline.temporal.spec import Spec

_FINE_ENOUGH = {
    # unit of the anaphor -> grains of a reference precise enough for it
    "day": {Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND},
    "weekend": {Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND, Grain.WEEKEND},
    "week": {Grain.WEEK, Grain.WEEKEND, Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND},
    "month": {Grain.MONTH, Grain.WEEK, Grain.WEEKEND, Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND},
}
_COARSE = {Grain.CENTURY, Grain.DECADE}
_UNIT_OF_GRAIN = {
    Grain.YEAR: "year", Grain.HALF: "half", Grain.QUARTER: "quarter", Grain.SEASON: "year",
    Grain.MONTH: "month", Grain.WEEK: "week", Grain.WEEKEND: "weekend", Grain.DAY: "day",
}


@functools.lru_cache(maxsize=4096)
def _interval(earliest, latest, grain: Grain, timezone: str | None = None) -> Interval:
    """Intervals are immutable: equal ones are shared (validation is the costly part)."""
    return Interval(earliest=earliest, latest=latest, grain=grain, timezone=timezone)


@dataclass
class Resolved:
    type: TimexType
    interval: Interval | None = None
    symbolic: str | None = None
    mod: Mod | None = None
    anchor: str | None = None
    quant: str | None = None
    freq: str | None = None
    note: str = ""
    # the day a midnight ends ("midnight on Sunday" is Monday 00:00): the narrative stays on it
    closed_day: dt.date | None = None


@dataclass
class Reference:
    interval: Interval
    id: str
    start: dt.date | None = None  # the first day of a stretch it ends ("del 4 al 10")
    closed_day: dt.date | None = None  # the day a midnight ends ("midnight on Sunday")
    year_chosen: bool = False  # its year was chosen around the DCT, not written ("on Jan. 14")
    resumes: Reference | None = None  # a flashback's: the narrative's date it looks back from

    @property
    def day(self) -> dt.date:
        """The narrative's day: the interval's first, or the one a midnight ends."""
        return self.closed_day or self.interval.first_day()


# ---------------------------------------------------------------------------
# calendar arithmetic


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def unit_interval(unit: str, day: dt.date) -> Interval:
    """The calendar unit of kind `unit` containing `day`."""
    if unit == "day":
        return _interval(earliest=day, latest=day, grain=Grain.DAY)
    if unit == "week":
        start = day - dt.timedelta(days=day.weekday())
        return _interval(earliest=start, latest=start + dt.timedelta(days=6), grain=Grain.WEEK)
    if unit == "weekend":
        saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
        return _interval(earliest=saturday, latest=saturday + dt.timedelta(days=1), grain=Grain.WEEKEND)
    if unit == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return _interval(earliest=day.replace(day=1), latest=day.replace(day=last), grain=Grain.MONTH)
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return month_span(day.year, first, 3, Grain.QUARTER)
    if unit == "half":
        first = 1 if day.month <= 6 else 7
        return month_span(day.year, first, 6, Grain.HALF)
    if unit == "year":
        return _interval(earliest=dt.date(day.year, 1, 1), latest=dt.date(day.year, 12, 31), grain=Grain.YEAR)
    if unit == "decade":
        first = day.year // 10 * 10
        return _interval(earliest=dt.date(max(first, 1), 1, 1), latest=dt.date(first + 9, 12, 31), grain=Grain.DECADE)
    if unit == "century":
        first = day.year // 100 * 100
        return _interval(earliest=dt.date(max(first, 1), 1, 1), latest=dt.date(first + 99, 12, 31), grain=Grain.CENTURY)
    raise ValueError(unit)


def _unit_or_day_in_it(spec: Spec, day: dt.date) -> Interval:
    """The unit that holds `day`, or the spec's weekday in that week ("el jueves de la
    semana que viene"), or its day in that month ("el 30 del mes que viene")."""
    interval = unit_interval(spec.unit, day)  # type: ignore[arg-type]  # a spec counted in units: its unit
    if spec.weekday is not None:
        return unit_interval("day", interval.first_day() + dt.timedelta(days=spec.weekday - 1))
    if spec.day is not None:
        return unit_interval("day", interval.first_day().replace(day=spec.day))  # (a day the month lacks: ValueError, unresolved)
    if spec.holiday is not None and spec.unit == "month":  # "el último jueves del mes que viene": its nth weekday
        first = interval.first_day()
        return _holiday(dict(spec.holiday, month=first.month), first.year) or interval
    return interval


def holding(result: Resolved, unit: str) -> Resolved:
    """The week or weekend that holds a resolved day ("la semana del 24 de noviembre");
    a Monday's weekend is the one before it ("the Labor Day weekend"); "week-ending",
    "quarter-ending", the week or quarter that a day ends."""
    day = result.interval.first_day()  # type: ignore[union-attr]  # a resolved day: its interval
    if unit == "weekend" and day.isoweekday() == 1:
        day -= dt.timedelta(days=1)
    if unit == "week-ending":  # "the week ended Nov. 1" (a Saturday): the ISO week that holds most of its days
        day, unit = day - dt.timedelta(days=3), "week"
    if unit in ("quarter-ending", "half-ending", "year-ending"):  # "the quarter ended Sept. 30", "the six months through June"
        unit = unit[: -len("-ending")]
    return Resolved(result.type, interval=unit_interval(unit, day), mod=result.mod, anchor=result.anchor)


def weekday_beside(result: Resolved, notes: list[str]) -> Resolved:
    """"the Tuesday after Labor Day": the first such weekday after (or before) the day
    resolved, as a note "weekday-after-2" of `extract.weekdays_beside_holidays` says."""
    note = next((note for note in notes if note.startswith(("weekday-after-", "weekday-before-"))), None)
    if note is None or result.interval is None:
        return result
    side, weekday = note.split("-")[1], int(note.rsplit("-", 1)[1])
    day = result.interval.first_day()
    if side == "after":
        days = (weekday - day.isoweekday()) % 7 or 7
    else:
        days = -((day.isoweekday() - weekday) % 7 or 7)
    return day_shifted(result, days)


def day_shifted(result: Resolved, days: int) -> Resolved:
    """The day `days` after a resolved day ("the day after Christmas"); a clock time
    keeps its clock ("3 a.m. local time (1900 GMT)": the GMT time is the day before)."""
    interval, step = cast(Interval, result.interval), dt.timedelta(days=days)  # a resolved day: its interval
    try:
        if isinstance(interval.earliest, dt.datetime):
            shifted = interval.model_copy(update={"earliest": interval.earliest + step, "latest": interval.latest + step})
        else:
            shifted = unit_interval("day", interval.first_day() + step)
    except OverflowError:  # a day beyond years 1-9999: the expression kept, unresolved (as in Resolver.resolve)
        return Resolved(result.type, symbolic="XXXX-XX-XX")
    return Resolved(result.type, interval=shifted, mod=result.mod, anchor=result.anchor)


_THIRDS_OF = frozenset(("year", "month", "quarter"))  # ("the end of the quarter" told in the past: the last one)
_THIRD = {Mod.START: 0, Mod.MID: 1, Mod.END: 2}


def _third(interval: Interval, mod: Mod) -> Interval:
    """The third of a unit that "principios/mediados/finales de" name."""
    first, days = interval.first_day(), (interval.last_day() - interval.first_day()).days + 1
    k = _THIRD[mod]
    return _interval(earliest=first + dt.timedelta(days=days * k // 3), latest=first + dt.timedelta(days=days * (k + 1) // 3 - 1), grain=Grain.DAY)


def shift(unit: str, day: dt.date, n: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(day, n)
    if unit == "quarter":
        return add_months(day, 3 * n)
    if unit == "half":
        return add_months(day, 6 * n)
    if unit == "year":
        return _safe_replace_year(day, day.year + n)
    if unit == "decade":
        return _safe_replace_year(day, day.year + 10 * n)
    if unit == "century":
        return _safe_replace_year(day, day.year + 100 * n)
    raise ValueError(unit)


def _safe_replace_year(day: dt.date, year: int) -> dt.date:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} is outside the calendar")  # the caller leaves it unresolved
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def month_span(year: int, first_month: int, months: int, grain: Grain) -> Interval:
    start = dt.date(year, first_month, 1)
    end = add_months(start, months - 1)
    end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return _interval(earliest=start, latest=end, grain=grain)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


_LAST_SECOND = dt.timedelta(seconds=59)


def _first_day(interval: Interval) -> dt.date:
    return interval.first_day()


def group_year(days: list[tuple[int, int | None]], steps: list[int], dct: dt.date, direction: str | None) -> int | None:
    """The year of the first of several (month, day) that make one stretch, chosen
    like one date's: the stretch from the first day to the last (a day of None: the
    whole month, "de septiembre a junio")."""
    (first_month, first_day), (last_month, last_day) = days[0], days[-1]
    last_year_step = steps[-1]

    def make(year: int) -> Interval | None:
        try:
            first = dt.date(year, first_month, first_day or 1)
            end_year = year + last_year_step
            last = dt.date(end_year, last_month, last_day or calendar.monthrange(end_year, last_month)[1]) if 1 <= end_year <= 9999 else None
        except ValueError:
            return None
        if last is None:
            return None
        return _interval(earliest=first, latest=last, grain=Grain.DAY if first_day else Grain.MONTH)
    if direction == "past" and first_day is None:
        # "se desarrolló de septiembre a junio": told as done, the period had reached its last month
        return next((year for year in (dct.year, dct.year - 1, dct.year - 2)
                     if (period := make(year)) is not None and period.last_day().replace(day=1) <= dct), None)
    interval = choose(make, dct, direction or "nearest")
    return interval.first_day().year if interval is not None else None


def choose(make, dct: dt.date, direction: str | None) -> Interval | None:
    """The occurrence (built by make(year)) that the direction selects around the DCT."""
    options = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if not 1 <= year <= 9999:
            continue
        interval = make(year)
        if interval is not None:
            options.append(interval)
    return choose_among(options, dct, direction)


def choose_among(options: list[Interval], dct: dt.date, direction: str | None) -> Interval | None:
    """The occurrence among `options` (in time order, around the DCT) that the direction selects."""
    if not options:
        return None
    if direction is not None and direction.startswith("this"):
        own = [o for o in options if o.first_day().year == dct.year or o.last_day().year == dct.year and o.grain is Grain.SEASON]
        if not own:
            return None
        k = options.index(own[-1])
        # "will reopen this spring" told in November: the tense says the DCT's is over
        if direction == "this_future" and own[-1].last_day() < dct and k + 1 < len(options):
            return options[k + 1]
        if direction == "this_past" and own[-1].first_day() > dct and k > 0:
            return options[k - 1]
        return own[-1]
    if direction == "past":
        found = [o for o in options if o.first_day() <= dct]
        return found[-1] if found else None
    if direction == "past_strict":
        found = [o for o in options if o.last_day() < dct]
        return found[-1] if found else None
    if direction in ("future", "onward"):
        found = [o for o in options if o.last_day() >= dct]
        return found[0] if found else None
    if direction == "future_strict":
        found = [o for o in options if o.first_day() > dct]
        return found[0] if found else None
    for o in options:  # nearest: the one containing the DCT, else the closest (ties: the past)
        if o.first_day() <= dct <= o.last_day():
            return o

    def distance(o: Interval) -> tuple[int, int]:
        if o.last_day() < dct:
            return (dct - o.last_day()).days, 0
        return (o.first_day() - dct).days, 1

    return min(options, key=distance)


# The last days of a unit in which a past "closed the week" is of the unit itself
# (Thursday to Sunday: a week may close on a Thursday before a holiday).
_CLOSING_DAYS = 3
_CLOSED_RULES = frozenset({"unit-object+closed", "record-unit+closed", "unit-end-clause+closed"})


def weekday_date(weekday: int, dct: dt.date, direction: str | None) -> dt.date:
    """The date of ISO `weekday` (1 = Monday) chosen by direction around the DCT."""
    back = (dct.isoweekday() - weekday) % 7  # days back to the last one (0 = the DCT itself)
    forward = (weekday - dct.isoweekday()) % 7 or 7  # days to the next one after the DCT
    if direction == "past":
        return dct - dt.timedelta(days=back)
    if direction == "past_strict":
        return dct - dt.timedelta(days=back or 7)
    if direction in ("future", "future_strict"):
        return dct + dt.timedelta(days=forward)
    if direction == "onward":  # the DCT or after it
        return dct + dt.timedelta(days=forward % 7)
    if direction and direction.startswith("this"):  # "este martes": the DCT's week, unless the tense says otherwise
        day = dct - dt.timedelta(days=dct.isoweekday() - weekday)
        if direction == "this_past" and day > dct:
            return dct - dt.timedelta(days=back)
        if direction == "this_future" and day < dct:
            return dct + dt.timedelta(days=forward)
        return day
    return dct - dt.timedelta(days=back) if back <= 3 else dct + dt.timedelta(days=forward)


# ---------------------------------------------------------------------------
# resolution

# Every field of a spec but its notes (which resolution does not read).
_spec_key = operator.attrgetter(*(f.name for f in dataclasses.fields(Spec) if f.name != "notes"))
_RESOLVED: dict[tuple, "Resolved"] = {}
_RESOLVED_MAX = 8192


class Resolver:
    """Resolves the specs of one document in text order, keeping the narrative's date."""

    def __init__(self, dct: dt.date | None) -> None:
        self.dct = dct
        self.references: list[Reference] = []  # never a coarse grain (see remember)
        # grain -> (position in references, the last reference of that grain): the
        # narrative's date for a unit without walking back through the whole list
        self._last_of_grain: dict[Grain, tuple[int, Reference]] = {}
        # references before this position were told before the last decade or century
        # ("the 1950s ... two years later" counts from no day of ours)
        self._coarse_at = -1
        self._consulted = False  # did the resolution read the narrative's date?
        self._latest_day: dt.date | None = None  # references[-1].day, asked for every expression

    # the narrative's date -------------------------------------------------
    def reference(self, unit: str | None) -> Reference | None:
        wanted = None if unit == "any" else _FINE_ENOUGH.get(unit or "day")
        if wanted is None:
            return self.latest()
        self._consulted = True
        best = None
        for grain in wanted:
            found = self._last_of_grain.get(grain)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return best[1] if best is not None else None

    def day_reference_is_ahead(self) -> bool:
        """Is the last day the narrative told (what a clock time is on) after the DCT's?"""
        found = [self._last_of_grain.get(grain) for grain in _FINE_ENOUGH["day"]]
        best = max((f for f in found if f is not None), default=None, key=lambda f: f[0])
        return best is not None and self.dct is not None and best[1].day > self.dct

    def latest_is_not_dct(self) -> bool:
        """Has the narrative moved off the DCT's own day?"""
        return bool(self.references) and self.dct is not None and self._latest_day != self.dct

    def latest_is_ahead(self) -> bool:
        """Is the narrative's day after the DCT's?"""
        return bool(self.references) and self.dct is not None and self._latest_day > self.dct  # type: ignore[operator]  # references: a latest day

    def latest(self) -> Reference | None:
        """The narrative's last date, whatever its precision."""
        self._consulted = True
        return self.references[-1] if self.references else None

    def remember(self, interval: Interval, timex_id: str, start: dt.date | None = None, closed_day: dt.date | None = None,
                 year_chosen: bool = False, flashback: bool = False) -> None:
        """A date the narrative told; a flashback's (a time before the narrative's, in the
        pluperfect) keeps the date it looks back from: a count forward resumes from there."""
        if interval.grain in _COARSE:
            self._coarse_at = len(self.references)
        else:
            last = self.references[-1] if self.references else None
            resumes = (last.resumes or last) if flashback and last is not None else None
            ref = Reference(interval, timex_id, start, closed_day, year_chosen, resumes)
            self._last_of_grain[interval.grain] = (len(self.references), ref)
            self.references.append(ref)
            self._latest_day = ref.day

    # entry point ----------------------------------------------------------
    def resolve(self, spec: Spec, direction: str | None) -> Resolved:
        """Resolutions that read only the spec, the direction and the DCT are shared
        (dense text repeats the same expressions); results are never mutated."""
        try:
            key: tuple | None = (_spec_key(spec), direction, self.dct)
            cached: Resolved | None = _RESOLVED.get(key)  # type: ignore[arg-type]  # the tuple just made
        except TypeError:  # an unhashable field (a holiday's data): not cached
            key = cached = None
        if cached is not None:
            return cached
        self._consulted = False
        try:
            result = self._resolve(spec, direction)
        except (ValueError, OverflowError):  # a date beyond years 1-9999: keep the expression, unresolved
            ttype = TimexType.TIME if spec.kind == "time" else TimexType.DATE
            result = Resolved(ttype, symbolic="XXXX-XX-XX")
        if key is not None and not self._consulted:
            if len(_RESOLVED) >= _RESOLVED_MAX:
                _RESOLVED.clear()
            _RESOLVED[key] = result
        return result

    def _resolve(self, spec: Spec, direction: str | None) -> Resolved:
        if spec.kind == "duration" and spec.months is not None:
            return self._placed_length(spec, direction)
        if spec.kind == "duration":
            anchor = None
            if spec.anchor == "dct":
                anchor = "t0"
            elif spec.anchor == "ref":
                ref = self.reference("day")
                anchor = ref.id if ref else "t0"
            return Resolved(TimexType.DURATION, symbolic=spec.symbolic, mod=spec.mod, anchor=anchor)
        if spec.kind == "set":
            return Resolved(TimexType.SET, symbolic=spec.symbolic, quant=spec.quant, freq=spec.freq)
        if spec.kind == "vague":
            return Resolved(TimexType.DATE, symbolic=spec.symbolic, anchor="t0" if self.dct else None)
        return self._date_or_time(spec, direction)

    def _placed_length(self, spec: Spec, direction: str | None) -> Resolved:
        """"the first nine months of 2024": the length (P9M) with the months it covers
        (January to September 2024), which date an event as a month range does."""
        try:
            interval, anchor, _ = self._date(spec, direction)
        except (ValueError, OverflowError):  # beyond the calendar
            interval, anchor = None, None
        return Resolved(TimexType.DURATION, interval=interval, symbolic=spec.symbolic, mod=spec.mod, anchor=anchor)

    def _told_after_coarse(self, ref: Reference | None) -> bool:
        """Is `ref` one of the references told after the last decade or century? Read off
        its position (every reference is the last of its grain when it is the narrative's
        date): "In the 1990s ... two days later ... two days later" walked the list told
        since the decade once per expression."""
        if ref is None:
            return False
        for position, last in self._last_of_grain.values():
            if last is ref:
                return position >= self._coarse_at
        return any(r is ref for r in self.references[self._coarse_at :])

    def _base(self, spec: Spec) -> tuple[dt.date | None, str | None]:
        """The reference date for a relative spec and the id it comes from (none
        for a day named from an event: "la víspera de la cumbre")."""
        if spec.anchor == "event":
            return None, None
        if spec.anchor in ("ref", "refdct", "refonly"):
            ref = self.reference(spec.unit)
            if spec.anchor == "ref" and self._coarse_at >= 0 and not self._told_after_coarse(ref):
                return None, None  # counted from a decade or century: no day to count from
            if ref is not None and ref.resumes is not None and spec.offset is not None and spec.offset > 0:
                ref = ref.resumes  # "La víspera, había comparecido ... Al día siguiente": the day after the narrative's
            if ref is not None:
                if spec.anchor == "refdct" and spec.unit == "year" and self.dct is not None and (
                    ref.year_chosen or ref.start is not None and ref.interval.grain is Grain.YEAR
                ):
                    # "a hearing on Jan. 14, and filings by the end of the year", "el periodo
                    # 2026-2030 ... antes de final de año": a year no one wrote, or a period's
                    # bound, is no year the narrative moved to
                    return self.dct, "t0"
                if ref.start is not None and spec.offset is not None and spec.offset < 0:
                    return ref.start, ref.id  # "del 4 al 10 ... dos días antes": before the 4th
                return ref.day, ref.id
            if spec.anchor == "refonly":
                return None, None
        if self.dct is None:
            return None, None
        return self.dct, "t0"

    def _date_or_time(self, spec: Spec, direction: str | None) -> Resolved:
        ttype = TimexType.TIME if spec.kind == "time" else TimexType.DATE
        try:
            interval, anchor, symbolic = self._date(spec, direction)
            if interval is not None and spec.kind == "time":
                # "llegó a medianoche", told on the DCT's own day: the midnight that opened it
                # (a midnight with its day written, "midnight Sunday", ends that day)
                opened = spec.hour == 24 and anchor == "t0" and direction in ("past", "past_strict") and not _has_date(spec)
                day = interval.first_day() if spec.hour == 24 and not opened and interval.grain is Grain.DAY else None
                interval = self._time(spec, interval, opened)  # None unless the day is known
                if day is not None and interval is not None:
                    return Resolved(ttype, interval=interval, mod=spec.mod, anchor=anchor, closed_day=day)
        except (ValueError, OverflowError):  # beyond the calendar (a DCT in year 1 or 9999)
            interval, anchor, symbolic = None, None, None
        if interval is None:
            if spec.anchor == "refonly" and symbolic is None:
                return Resolved(TimexType.DATE, symbolic="PAST_REF", anchor="t0" if self.dct else None)
            return Resolved(ttype, symbolic=symbolic or self._underspecified(spec), mod=spec.mod, anchor=anchor)
        return Resolved(ttype, interval=interval, mod=spec.mod, anchor=anchor)

    def _date(self, spec: Spec, direction: str | None) -> tuple[Interval | None, str | None, str | None]:
        """(interval, anchor id, symbolic value when not an interval)."""
        dct = self.dct
        anchor: str | None  # one type for each name across the branches below
        day: dt.date | None
        year: int | None
        if spec.fiscal is not None:
            if spec.fiscal in ("FY", "FY+1", "FY-1"):  # the DCT's fiscal year, or the next or last one
                year = dct.year + int(spec.fiscal[2:] or 0) if dct else 0
                return None, "t0", f"FY{year:04d}" if 1 <= year <= 9999 else "FYXXXX"
            return None, None, spec.fiscal
        if spec.era == "bc":  # no calendar date before year 1: the TIMEX3 form, BC0044-03-15 or BC02
            if spec.century is not None:
                return None, None, f"BC{spec.century - 1:02d}"
            month = f"-{spec.month:02d}" if spec.month is not None else ""
            return None, None, f"BC{spec.year:04d}{month}" + (f"-{spec.day:02d}" if month and spec.day is not None else "")
        if spec.decade is not None:
            year = spec.decade * 10
            return _interval(earliest=dt.date(max(year, 1), 1, 1), latest=dt.date(year + 9, 12, 31), grain=Grain.DECADE), None, None
        if spec.century is not None:
            year = (spec.century - 1) * 100
            return _interval(earliest=dt.date(max(year, 1), 1, 1), latest=dt.date(year + 99, 12, 31), grain=Grain.CENTURY), None, None

        if spec.anchor == "refonly" and spec.unit is None:  # "desde entonces": the narrative's date itself
            ref = self.reference("any")
            if ref is not None and direction == "past" and self.dct is not None and ref.day > self.dct:
                # "... hasta 2050. Desde entonces, el gasto ha crecido": since the last date not to come
                ref = next((r for r in reversed(self.references) if r.day <= self.dct), None)
            return (ref.interval, ref.id, None) if ref else (None, None, None)

        # relative to the DCT or to the narrative's date
        if spec.unit is not None and spec.offset is not None and (spec.weekday is None or spec.unit == "week") and (spec.day is None or spec.unit == "month"):
            ref = self.latest() if spec.anchor in ("ref", "refdct") else None
            if ref is not None and ref.interval.grain not in _FINE_ENOUGH.get(spec.unit, {ref.interval.grain}):
                if spec.anchor == "refdct" and self.dct is not None and (
                        direction not in ("past", "past_strict") or ref.interval.first_day() > self.dct):
                    # "En 2025 el déficit superó el 3 %. ... se reunirá a finales de mes":
                    # a year names no month, so the current unit is the DCT's (a past
                    # verb keeps the narrative's year: "En 2018 ... a finales de mes hubo",
                    # unless that date is still to come: "... in the first quarter of 2026.
                    # Earlier in the day, data showed")
                    self._consulted = True
                    return _unit_or_day_in_it(spec, shift(spec.unit, self.dct, spec.offset)), "t0", None
                # "En 2018 ... Dos meses después": no finer than the narrative's date
                coarse = _UNIT_OF_GRAIN.get(ref.interval.grain, "year")
                moved = shift(spec.unit, ref.day, spec.offset)
                return unit_interval(coarse, moved), ref.id, None
            base, anchor = self._base(spec)
            if base is None:
                return None, None, None
            if spec.rule == "position+unit" and anchor == "t0" and direction is not None and spec.unit in _THIRDS_OF:
                # "a principios de año subirán", told in November: the part the tense
                # points to, here next year's start
                part = choose(lambda year: _third(unit_interval(spec.unit, shift(spec.unit, base, year - base.year)), spec.mod), base, direction)  # type: ignore[arg-type]  # a position: its mod
                if part is not None:
                    return unit_interval(spec.unit, part.first_day()), anchor, None
            if spec.year_rel is not None:  # "el mismo mes del año anterior", "... del año pasado"
                source, years = spec.year_rel
                if source == "ref" or self.dct is not None:
                    base = _safe_replace_year(base, (base.year if source == "ref" else self.dct.year) + years)  # type: ignore[union-attr]  # "dct": checked above
            elif spec.year is not None and spec.unit in ("month", "week", "day", "quarter") and spec.offset == 0:
                base = _safe_replace_year(base, spec.year)  # "en relación al mismo mes de 2024": that month in 2024
            if spec.rule in _CLOSED_RULES and anchor == "t0" and (unit_interval(spec.unit, base).last_day() - base).days > _CLOSING_DAYS:
                # "cerró la semana" told on a Tuesday: the last full week (on Friday, this one; a narrated year is its own)
                return _unit_or_day_in_it(spec, shift(spec.unit, base, -1)), anchor, None
            return _unit_or_day_in_it(spec, shift(spec.unit, base, spec.offset)), anchor, None
        if spec.kind == "time" and not _has_date(spec):  # "a las 15.00": the narrative's day
            ref = self.reference("day") if spec.anchor != "dct" else None
            if ref is not None:
                # another midnight closes the same day; a clock time after one runs on
                # into the next ("empezará a medianoche y durará hasta las 6.00")
                day, anchor = (ref.day if spec.hour == 24 else ref.interval.first_day()), ref.id
            elif dct is not None:
                day, anchor = dct, "t0"
            else:
                return None, None, None
            return _interval(day, day, Grain.DAY), anchor, None  # (positional: the cache's quicker key)
        if spec.weekend:
            return self._weekend(spec, direction)
        if spec.holiday is not None and "long_weekend" in spec.holiday:
            return (long_weekend(spec.holiday, self.dct, direction), "t0", None) if self.dct is not None else (None, None, None)

        # the year: written, relative ("del año pasado"), or chosen by direction
        year = spec.year
        anchor = None
        if year is None and spec.year_rel is not None:
            source, offset = spec.year_rel
            base, anchor = (None, None)
            if source == "ref":
                ref = self.reference("year")
                if ref is not None:
                    base, anchor = ref.day, ref.id
            if base is None and dct is not None:
                base, anchor = dct, "t0"
            if base is None:
                return None, None, None
            year = base.year + offset

        if spec.weekday is not None and spec.month is None:
            if spec.anchor == "unsaid":  # "un jueves": which one the text does not say
                return None, None, None
            if spec.anchor == "ref":
                ref = self.reference("day")
                base, anchor = (ref.day, ref.id) if ref else (dct, "t0")
                if base is None:
                    return None, None, None
                day = weekday_date(spec.weekday, base, direction)
                return _interval(earliest=day, latest=day, grain=Grain.DAY), anchor, None
            if dct is None:
                return None, None, None
            if spec.day is not None:  # "el lunes 18": the 18th nearest the DCT that is a Monday
                day = self._day_of_some_month(spec, direction)
                if day is None:
                    return None, None, None
                return _interval(earliest=day, latest=day, grain=Grain.DAY), "t0", None
            day = weekday_date(spec.weekday, dct, direction)
            return _interval(earliest=day, latest=day, grain=Grain.DAY), "t0", None

        if spec.day is not None and spec.month is None:  # "el día 5"
            if dct is None:
                return None, None, None
            ref = self._narrative_month() if spec.direction is None else None  # ("el pasado día 5": the DCT's)
            if ref is not None:
                first = ref.day.replace(day=1)
                if spec.day <= calendar.monthrange(first.year, first.month)[1]:
                    day = first.replace(day=spec.day)
                    if not (direction in ("past", "past_strict") and day > dct or direction in ("future", "future_strict") and day < dct):
                        return _interval(earliest=day, latest=day, grain=Grain.DAY), ref.id, None
            day = self._day_of_some_month(spec, direction)
            return (_interval(earliest=day, latest=day, grain=Grain.DAY) if day else None), "t0", None

        make = self._maker(spec)
        if make is None:
            return None, None, None
        if year is not None:
            if anchor is None and spec.anchor == "dct" and self.dct is not None:
                anchor = "t0"  # "in November and December": a year the DCT chose for both
            if spec.year_rel == ("ref", 0) and anchor == "t0" and dct is not None and direction in _CROSSING_DIRECTIONS:
                return _year_across(make, year, dct, direction), anchor, None  # type: ignore[arg-type]  # (a crossing direction: a str)
            return make(year), anchor, None
        if dct is None or direction == "open":  # "open": "the December 14 shooting" told in November, year unknown
            return None, None, None
        if spec.holiday is not None and "moving" in spec.holiday:  # "Ramadan": twice in some years (2030)
            interval = choose_among(_moving_holiday_near(spec.holiday, dct.year), dct, direction or "nearest")
        else:
            interval = choose(make, dct, direction or "nearest")
            if interval is None and spec.weekday is not None and spec.day is not None and direction not in (None, "nearest"):
                # "El domingo, 9 de noviembre, habrá elecciones" on Tuesday 11 November 2025:
                # the weekday pins the day two days back, whatever the tense says; a day it
                # pins a year away, or a year far off that fits both, is a guess: the year
                # stays unknown
                nearest = choose(make, dct, "nearest")
                if nearest is not None and abs((nearest.first_day() - dct).days) <= 7:
                    interval = nearest
        return interval, "t0", None

    def _maker(self, spec: Spec):
        if spec.holiday is not None:
            return lambda year: _holiday(spec.holiday, year)
        if spec.season is not None:
            start = SEASON_START_MONTH[spec.season]
            return lambda year: month_span(year, start, 3, Grain.SEASON)
        if spec.quarter is not None:
            return lambda year: month_span(year, (spec.quarter - 1) * 3 + 1, 3, Grain.QUARTER)
        if spec.half is not None:
            return lambda year: month_span(year, 1 if spec.half == 1 else 7, 6, Grain.HALF)
        if spec.month is not None and spec.day is not None:
            weekday = spec.weekday if spec.year is None and self.dct is not None else None
            if weekday is not None and not any(  # "el viernes 7 de noviembre": the year it is a Friday
                spec.day <= calendar.monthrange(y, spec.month)[1] and dt.date(y, spec.month, spec.day).isoweekday() == weekday
                for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)  # type: ignore[union-attr]  # a weekday: a DCT
            ):
                weekday = None

            def make(year: int) -> Interval | None:
                if spec.day > calendar.monthrange(year, spec.month)[1]:  # type: ignore[operator, arg-type]  # (a closure: day and month checked above)
                    return None
                day = dt.date(year, spec.month, spec.day)  # type: ignore[arg-type]  # (as above)
                if weekday is not None and day.isoweekday() != weekday:
                    return None
                return _interval(earliest=day, latest=day, grain=Grain.DAY)
            return make
        if spec.month is not None:
            return lambda year: month_span(year, spec.month, spec.months or 1, Grain.MONTH)  # (months: "the first nine months")
        if spec.year is not None or spec.year_rel is not None:
            return lambda year: _interval(earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31), grain=Grain.YEAR)
        return None

    def _narrative_month(self) -> Reference | None:
        """The narrative's date, when it names a month other than the DCT's: "El incendio
        comenzó el 8 de agosto. El día 10 ..." is 10 August, not a 10th near the DCT."""
        ref = self.reference("month")
        if ref is None or self.dct is None:
            return None
        day = ref.day
        return ref if (day.year, day.month) != (self.dct.year, self.dct.month) else None

    def _day_of_some_month(self, spec: Spec, direction: str | None) -> dt.date | None:
        """The day `spec.day` of the month the direction selects (and, for "el lunes
        18", the one that falls on that weekday), near the DCT."""
        dct = cast(dt.date, self.dct)  # asked only with a DCT
        options = []
        reach = 2 if spec.weekday is not None else 12  # "el lunes 18" is a day of a month near the DCT
        for months in range(-reach, reach + 1):
            first = add_months(dct.replace(day=1), months)
            if spec.day > calendar.monthrange(first.year, first.month)[1]:  # type: ignore[operator]  # a day of some month: its day
                continue
            day = first.replace(day=spec.day)  # type: ignore[arg-type]  # (as above)
            if spec.weekday is not None and day.isoweekday() != spec.weekday:
                continue
            options.append(day)
        if direction in ("past", "past_strict"):
            found = [d for d in options if d < dct or d == dct and direction == "past"]
            if found or spec.weekday is None:
                return found[-1] if found else None
        elif direction in ("future", "future_strict", "onward"):
            found = [d for d in options if d > dct or d == dct and direction != "future_strict"]
            if found or spec.weekday is None:
                return found[0] if found else None
        # (a weekday with its day pins the date: "la reunión del lunes 17 se aplazó" is the
        # coming Monday 17 whatever the tense says)
        return min(options, key=lambda d: (abs((d - dct).days), d > dct)) if options else None

    def _weekend(self, spec: Spec, direction: str | None) -> tuple[Interval | None, str | None, str | None]:
        if spec.anchor == "ref":
            ref = self.reference("weekend")
            if ref is not None:
                if ref.start is not None and ref.start < ref.day:
                    # "los trenes entre el 4 y el 9 de diciembre ... ese fin de semana": the
                    # weekend inside the stretch (6-7 Dec), not the one of its last day's week
                    inside = unit_interval("weekend", ref.start)
                    one = inside.last_day() + dt.timedelta(days=7) > ref.day  # a stretch of two weekends names neither
                    if ref.start <= inside.first_day() and inside.last_day() <= ref.day and one:
                        return inside, ref.id, None
                held = unit_interval("weekend", ref.day)
                if spec.direction == "future_strict" and held.first_day() <= ref.day:  # "the following weekend" after a Saturday: the next one
                    held = unit_interval("weekend", ref.day + dt.timedelta(weeks=1))
                return held, ref.id, None
        dct = self.dct
        if dct is None:
            return None, None, "XXXX-WXX-WE"
        this = unit_interval("weekend", dct)  # the weekend of the DCT's ISO week
        previous = unit_interval("weekend", dct - dt.timedelta(weeks=1))
        following = unit_interval("weekend", dct + dt.timedelta(weeks=1))
        started = this.first_day() <= dct
        direction = direction or "nearest"
        if direction == "past":
            chosen = this if started else previous
        elif direction == "past_strict":
            chosen = this if this.last_day() < dct else previous
        elif direction in ("future", "onward"):
            chosen = this if this.last_day() >= dct else following
        elif direction == "future_strict":
            chosen = this if not started else following
        elif direction == "this_past":
            chosen = this if started else previous
        elif direction.startswith("this"):
            chosen = this
        else:  # nearest: early in the week, the weekend just past
            chosen = this if started or dct.isoweekday() >= 4 else previous
        return chosen, "t0", None

    def _time(self, spec: Spec, day_interval: Interval, midnight_opens_day: bool = False) -> Interval | None:
        if day_interval.grain is not Grain.DAY:
            return None
        day = day_interval.first_day()
        if spec.hour is not None:
            hour, minute = spec.hour, spec.minute or 0
            if hour == 24:
                day, hour = (day if midnight_opens_day else day + dt.timedelta(days=1)), 0
            start = dt.datetime(day.year, day.month, day.day, hour, minute, spec.second or 0)
            if spec.second is not None:
                return _interval(start, start, Grain.SECOND, spec.tz or None)
            # (the minute's last second added, not replaced: datetime.replace is slow)
            return _interval(start, start + _LAST_SECOND, Grain.MINUTE, spec.tz or None)
        if spec.pod is not None:
            first, last = PARTS_OF_DAY[spec.pod]
            start = dt.datetime(day.year, day.month, day.day, first)
            end = dt.datetime(day.year, day.month, day.day, last, 59, 59)
            return _interval(earliest=start, latest=end, grain=Grain.PART_OF_DAY)
        return day_interval

    def _underspecified(self, spec: Spec) -> str:
        """The TIMEX3 value with X for what the text leaves open (no DCT to resolve against)."""
        year = f"{spec.year:04d}" if spec.year is not None else "XXXX"
        if spec.weekday is not None and spec.month is None:
            base = f"XXXX-WXX-{spec.weekday}"
        elif spec.month is not None and spec.day is not None:
            base = f"{year}-{spec.month:02d}-{spec.day:02d}"
        elif spec.month is not None:
            base = f"{year}-{spec.month:02d}"
        elif spec.season is not None:
            base = f"{year}-{spec.season}"
        elif spec.quarter is not None:
            base = f"{year}-Q{spec.quarter}"
        elif spec.half is not None:
            base = f"{year}-H{spec.half}"
        elif spec.weekend:
            base = "XXXX-WXX-WE"
        elif spec.unit in ("week",):
            base = "XXXX-WXX"
        elif spec.unit in ("month",):
            base = "XXXX-XX"
        elif spec.unit in ("year", "quarter", "half"):
            base = "XXXX"
        else:
            base = "XXXX-XX-XX"
        if spec.kind == "time":
            if spec.hour is not None:
                return f"{base}T{spec.hour % 24:02d}:{spec.minute or 0:02d}"
            if spec.pod is not None:
                return f"{base}T{spec.pod}"
        return base


# ("onward": a present of schedule, "On the first of the year, the new rules take effect":
# told in November, the next one)
_CROSSING_DIRECTIONS = frozenset({"future", "future_strict", "onward", "past", "past_strict"})


def _year_across(make, year: int, dct: dt.date, direction: str) -> Interval | None:
    """"del año" with no year told before it is the DCT's, unless the tense puts all of
    that part of it on the other side ("El primer día del año entrará en vigor la ley",
    told in November: the next one; "El último mes del año fue duro": the last one)."""
    interval = make(year)
    if interval is None:
        return None
    if (direction.startswith("future") or direction == "onward") and interval.last_day() < dct:
        return make(year + 1) or interval
    if direction.startswith("past") and interval.first_day() > dct:
        return make(year - 1) or interval
    return interval


def _has_date(spec: Spec) -> bool:
    return (
        spec.year is not None or spec.month is not None or spec.day is not None or spec.weekday is not None
        or spec.unit is not None or spec.holiday is not None or spec.year_rel is not None or spec.season is not None
    )


def long_weekend(info: dict, dct: dt.date, direction: str | None) -> Interval | None:
    """The day of the holiday whose long weekend ("puente") the direction selects around
    the DCT: a holiday of info["long_weekend"] ("12-08", "easter-2") that falls on one of
    info["bridge_weekdays"]; the weekend runs from it to the Sunday after, or from the
    Saturday before to it. "este puente" told within one is that one."""
    found = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        for name in info["long_weekend"]:
            if name.startswith("easter"):
                day = easter(year) + dt.timedelta(days=int(name[len("easter"):]))
            else:
                month, day_of_month = name.split("-")
                day = dt.date(year, int(month), int(day_of_month))
            if day.isoweekday() in info["bridge_weekdays"]:
                first = day if day.isoweekday() > 3 else day - dt.timedelta(days=day.isoweekday() + 1)
                found.append((first, day + dt.timedelta(days=7 - day.isoweekday()) if day.isoweekday() > 3 else day, day))
    found.sort()
    if direction in ("past", "past_strict", "this_past"):
        chosen = [day for first, last, day in found if last < dct or direction == "past" and first <= dct]
        pick = chosen[-1] if chosen else None
    elif direction == "future_strict":
        pick = next((day for first, last, day in found if first > dct), None)
    else:  # "este puente", the tense's "future", "onward", the nearest: the one under way or the next
        pick = next((day for first, last, day in found if last >= dct), None)
    return _interval(earliest=pick, latest=pick, grain=Grain.DAY) if pick is not None else None


@functools.cache
def _moving_holidays() -> dict[str, tuple[Interval, ...]]:
    """The days of the holidays whose date moves ("Ramadan", "Hanukkah"), by table name,
    from the one language-independent table (timeline/lang/moving_holidays.toml)."""
    data = tomllib.loads(resources.files("timeline.lang").joinpath("moving_holidays.toml").read_text("utf-8"))
    tables: dict[str, tuple[Interval, ...]] = {}
    for name, days in data.items():
        spans = [[dt.date.fromisoformat(day) for day in item.split("/")] for item in days]
        tables[name] = tuple(_interval(earliest=span[0], latest=span[-1], grain=Grain.DAY) for span in sorted(spans))
    return tables


def _moving_holiday_near(info: dict, year: int) -> list[Interval]:
    """The holiday's occurrences that begin in the year before, the year or the year after
    (none outside its table: "Diwali 2005" has no value)."""
    found = [o for o in _moving_holidays().get(info["moving"], ()) if year - 1 <= o.first_day().year <= year + 1]
    return [_moving_day_after(o, info) for o in found]


def _moving_day_after(occurrence: Interval, info: dict) -> Interval:
    """The occurrence, or the day `days_after` its first ("Lunar New Year's Eve": -1)."""
    shift = int(info.get("days_after", 0))
    if not shift:
        return occurrence
    day = occurrence.first_day() + dt.timedelta(days=shift)
    return _interval(earliest=day, latest=day, grain=Grain.DAY)


def holiday_first_day(info: dict, year: int) -> dt.date | None:
    """The first day of a holiday in a year ("Christmas" in 2023), None when the year has none."""
    interval = _holiday(info, year)
    return interval.first_day() if interval is not None else None


def _holiday(info: dict, year: int) -> Interval | None:
    if "moving" in info:  # the first occurrence that begins in the year, when the table has it
        found = next((o for o in _moving_holidays().get(info["moving"], ()) if o.first_day().year == year), None)
        return _moving_day_after(found, info) if found is not None else None
    if "easter" in info:
        day = easter(year) + dt.timedelta(days=int(info["easter"]))
        if info.get("grain") == "week":
            start = easter(year) - dt.timedelta(days=6)  # Monday to Easter Sunday: one ISO week
            return _interval(earliest=start, latest=easter(year), grain=Grain.WEEK)
        return _interval(earliest=day, latest=day, grain=Grain.DAY)
    month = int(info["month"])
    if "weekday" in info:
        if int(info.get("nth", 1)) == -1:  # the month's last such weekday
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            day = last - dt.timedelta(days=(last.isoweekday() - int(info["weekday"])) % 7)
        else:
            first = dt.date(year, month, 1)
            offset = (int(info["weekday"]) - first.isoweekday()) % 7
            day = first + dt.timedelta(days=offset + 7 * (int(info.get("nth", 1)) - 1) + int(info.get("days_after", 0)))
        if info.get("grain") == "week":  # the ISO week of that day
            monday = day - dt.timedelta(days=day.isoweekday() - 1)
            return _interval(earliest=monday, latest=monday + dt.timedelta(days=6), grain=Grain.WEEK)
        if info.get("grain") == "weekend":  # that Saturday and the Sunday after it
            return _interval(earliest=day, latest=day + dt.timedelta(days=1), grain=Grain.WEEKEND)
        return _interval(earliest=day, latest=day, grain=Grain.DAY)
    day = dt.date(year, month, int(info["day"]))
    return _interval(earliest=day, latest=day, grain=Grain.DAY)
