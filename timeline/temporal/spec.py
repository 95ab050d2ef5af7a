"""What extraction hands to resolution: a partial time value, Duckling-style.

A `Spec` says what the text states (a day and month, a weekday, "the week before
the DCT", "three days after the narrative's date", "P2W", "every Monday") and
nothing about the DCT; `resolve.py` turns it into a TIMEX3 value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from timeline.models import Mod


@dataclass(slots=True)
class Spec:
    kind: str  # date | time | duration | set | vague
    rule: str
    # calendar fields as written
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 20 for the 20th century
    era: str | None = None  # "bc": the year or century is counted back from year 1
    holiday: dict[str, Any] | None = None
    fiscal: str | None = None  # "FY2008", or "FY" for the current fiscal year
    weekend: bool = False
    holding: str | None = None  # "week", "weekend" or "year": the one that holds the day ("la semana del 24", "the new year")
    day_shift: int = 0  # days after (+) or before (-) the day named: "the day after Christmas"
    # relative: `offset` units of `unit` from the DCT ("dct") or the narrative's date
    # ("ref"); "unsaid": the text does not say which one ("un jueves", "on a Thursday")
    unit: str | None = None
    offset: int | None = None
    anchor: str | None = None
    # forced direction for what the text leaves open: past, future, past_strict,
    # future_strict, this (the DCT's week/year), nearest
    direction: str | None = None
    year_rel: tuple[str, int] | None = None  # ("dct", -1) for "del año pasado"
    # time of day
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None  # None: not given; "": local, zone unknown
    mod: Mod | None = None
    # durations, sets, vague references
    symbolic: str | None = None
    quant: str | None = None
    freq: str | None = None
    relation: tuple[str, Literal["after", "before", "during"], int, int] | None = None  # signal, direction, start, end
    # a length placed in its year, from `month` on ("the first nine months of 2024": 9 from
    # January): a duration that names no calendar unit but covers known months
    months: int | None = None
    notes: list[str] = field(default_factory=list)

    def has_day(self) -> bool:
        """Does the value name one day (so a part of day or a clock time can attach)?"""
        if self.kind not in ("date", "time"):
            return False
        if self.day is not None or self.weekday is not None or self.holiday is not None:
            return self.holiday is None or self.holiday.get("grain") is None
        return self.unit == "day" and self.offset is not None
