"""Windows: when an event can have happened, from the timexes that date it.

A `Window` is the closed range of days an event lies in, with its grain, the
certainty of the range and the reasons. Rules (DESIGN.md, section 5):
- a DATE/TIME timex gives its interval; month grain stays month grain;
- mod APPROX gives an approximate window; START/MID/END keep the interval and
  mark it bounded with the expression as the reason; BEFORE/AFTER give no closed
  window, so no date;
- a duration linked to an event ("menos de una semana después de X") dates X
  from the reference: [ref - 7 d, ref - 1 d] for "less than a week before";
- a daily set ("su rueda de prensa diaria") in a past or present clause is the
  occurrence of the article's day, approximate.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from timeline.models import DURATION_VALUE, Certainty, Grain, Mod, Timex, TimexType, duration_days


@dataclass(frozen=True)
class Window:
    start: dt.date
    end: dt.date
    grain: Grain
    certainty: Certainty = Certainty.EXACT
    reason: str | None = None
    dated_by: str = ""
    timex_ids: tuple[str, ...] = ()
    part_of_day: str | None = None
    time: dt.time | None = None
    timezone: str | None = None
    # a state told only by its end ("estuvo de baja hasta marzo"): start is the end's
    # first day here, unknown in the event
    open_start: bool = False
    # an event ahead told only by its earliest date ("no antes de 2027"): end is the
    # date's last day here, unknown in the event
    open_end: bool = False

    def overlaps(self, other: Window) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def narrower(self, other: Window) -> bool:
        """Whether this window says more than `other`."""
        if self.open_start != other.open_start:
            return other.open_start  # "by Wednesday afternoon": no start known, less than "early Wednesday"
        if self.days != other.days:
            return self.days < other.days
        if self.days == 1 and (self.time is None) != (other.time is None):
            return self.time is not None  # "made landfall at about 2 a.m. on Tuesday": the hour says more than the day
        rank = {Certainty.EXACT: 0, Certainty.APPROXIMATE: 1, Certainty.BOUNDED: 2}
        if rank[self.certainty] != rank[other.certainty]:
            return rank[self.certainty] < rank[other.certainty]
        return (self.time is not None, self.part_of_day is not None) > (other.time is not None, other.part_of_day is not None)


def from_timex(timex: Timex, how: str) -> Window | None:
    """The window a DATE or TIME timex gives an event, or None."""
    interval = timex.interval
    if interval is None or timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    if timex.mod in (Mod.BEFORE, Mod.AFTER, Mod.ON_OR_BEFORE, Mod.ON_OR_AFTER, Mod.LESS_THAN, Mod.MORE_THAN, Mod.EQUAL_OR_LESS, Mod.EQUAL_OR_MORE):
        return None
    certainty, reason = Certainty.EXACT, None
    if timex.mod is Mod.APPROX:
        certainty, reason = Certainty.APPROXIMATE, timex.text
    elif timex.mod in (Mod.START, Mod.MID, Mod.END):
        certainty, reason = Certainty.BOUNDED, timex.text
    part = time = zone = None
    grain = interval.grain
    if grain is Grain.PART_OF_DAY:
        part = interval.timex_value().rsplit("T", 1)[-1]
    elif grain in (Grain.HOUR, Grain.MINUTE, Grain.SECOND) and isinstance(interval.earliest, dt.datetime):
        time, zone = interval.earliest.time(), interval.timezone
    return Window(
        interval.first_day(), interval.last_day(), grain, certainty, reason,
        f"{how} {timex.id}", (timex.id,), part, time, zone,
    )


def relation_window(timex: Timex, reference: dt.date, reference_label: str, reference_phrase: str, reasons: dict[str, str], direction: str) -> Window | None:
    """The window of the anchor event of a relation timex, measured from the
    reference date of the clause that holds it.

    direction "after": the clause happened `timex` after the anchor, so the anchor
    lies before the reference; "before": the anchor lies after it."""
    span = duration_days(timex.symbolic)
    if span is None:
        return None
    low, high = span
    mod = timex.mod
    certainty = Certainty.EXACT
    if mod in (Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
        low, certainty = (1 if mod is Mod.LESS_THAN else 0), Certainty.BOUNDED
    elif mod in (Mod.MORE_THAN, Mod.EQUAL_OR_MORE):
        return None  # no closed window
    elif mod is Mod.APPROX:
        certainty = Certainty.APPROXIMATE
    elif low != high:
        certainty = Certainty.BOUNDED
    try:
        bounds = (
            (reference - dt.timedelta(days=high), reference - dt.timedelta(days=low))
            if direction == "after"
            else (reference + dt.timedelta(days=low), reference + dt.timedelta(days=high))
        )
    except OverflowError:
        return None  # beyond the calendar (a DCT near year 1 or 9999)
    start, end = bounds
    if direction == "after":
        template = reasons.get("relation_after", "{timex} antes del {date}")
        relation_word = "before"
    else:
        template = reasons.get("relation_before", "{timex} después del {date}")
        relation_word = "after"
    words = {Mod.LESS_THAN: "less than ", Mod.EQUAL_OR_LESS: "at most ", Mod.APPROX: "about "}.get(mod, "")  # type: ignore[arg-type]
    amount = _duration_words(timex.symbolic or "")
    reason = template.format(timex=timex.text, date=reference_phrase)
    return Window(
        start, end, Grain.DAY, certainty, reason,
        f"relation: {words}{amount} {relation_word} {reference_label} ({timex.id})", (timex.id,),
    )


def trace_amount(timex: Timex) -> str:
    """The length of a relation timex in the words of `dated_by`, read from its value,
    never from the text: "Dos días después del incendio" -> "2 days", so a Spanish
    article's trace is not half Spanish ("Dos días after the event of ..."). A date
    ("El día anterior a la votación") is one day off its anchor: "the day"."""
    if timex.type is not TimexType.DURATION:
        return "the day"
    if not DURATION_VALUE.match(timex.symbolic or ""):
        return timex.id
    words = {Mod.LESS_THAN: "less than ", Mod.EQUAL_OR_LESS: "at most ", Mod.APPROX: "about "}.get(timex.mod, "")  # type: ignore[arg-type]
    return words + _duration_words(timex.symbolic or "")


def _duration_words(symbolic: str) -> str:
    match = DURATION_VALUE.match(symbolic)
    if not match:
        return symbolic
    names = ("year", "month", "week", "day")
    parts = []
    for value, name in zip(match.groups(), names):
        if value:
            count = int(value)
            parts.append(f"a {name}" if count == 1 else f"{count} {name}s")
    return " ".join(parts)


def daily_window(timex: Timex, dct: dt.date, reason: str) -> Window:
    return Window(dct, dct, Grain.DAY, Certainty.APPROXIMATE, reason, f"daily set {timex.id} on the DCT", (timex.id,))


def envelope(windows: list[Window], reason: str, dated_by: str) -> Window:
    start = min(w.start for w in windows)
    end = max(w.end for w in windows)
    ids = tuple(dict.fromkeys(i for w in windows for i in w.timex_ids))
    return Window(start, end, Grain.DAY, Certainty.BOUNDED if start != end else Certainty.EXACT, reason, dated_by, ids)


def inside(frame: Window, reason: str, dated_by: str) -> Window:
    """The window of an event that happened during `frame`."""
    certainty = frame.certainty if frame.start == frame.end else Certainty.BOUNDED
    if frame.certainty is Certainty.APPROXIMATE:
        certainty = Certainty.APPROXIMATE
    grain = frame.grain if frame.grain not in (Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND) else Grain.DAY
    if frame.start != frame.end and grain in (Grain.PART_OF_DAY,):
        grain = Grain.DAY
    return Window(frame.start, frame.end, grain, certainty, reason, dated_by, frame.timex_ids)  # no time of day


def whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


@dataclass
class Dating:
    """The window chosen for a mention or an event, and what else was considered."""

    window: Window | None = None
    notes: list[str] = field(default_factory=list)
