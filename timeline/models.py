"""The pydantic types that are the contract between the pipeline's stages.

One value model for every resolved time: an `Interval` (earliest, latest, grain)
plus an optional `Mod`. The TIMEX3 value and the EDTF string are derived from it,
never stored beside it (see DESIGN.md, section 2).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field


class Grain(StrEnum):
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


class Mod(StrEnum):
    """TIMEX3 `mod` values (ISO-TimeML)."""

    START = "START"
    MID = "MID"
    END = "END"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    APPROX = "APPROX"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


# Canonical clock hours of the TIMEX3 parts of day. The code is derived from the
# interval's first hour, so each part must start at a distinct hour.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "MO": (6, 11),
    "MI": (12, 12),
    "AF": (13, 19),
    "EV": (20, 21),
    "NI": (22, 23),
}
_PART_BY_START_HOUR = {start: code for code, (start, _) in PARTS_OF_DAY.items()}
# the first month of each season code (northern hemisphere, meteorological seasons)
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_BY_START_MONTH = {month: code for code, month in SEASON_START_MONTH.items()}


class Span(BaseModel):
    """A stretch of the document text: code-point offsets, end exclusive."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Interval(BaseModel):
    """A resolved time: the closed interval of one calendar unit of size `grain`.

    Grains of a day or coarser use dates; finer grains use naive datetimes plus
    `timezone` ("UTC", a fixed offset such as "+08:00", an IANA name, or None when
    the text gives no zone).
    """

    model_config = ConfigDict(frozen=True)

    earliest: dt.date | dt.datetime
    latest: dt.date | dt.datetime
    grain: Grain
    timezone: str | None = None

    def timex_value(self) -> str:
        """The TIMEX3 value of this interval (ISO 8601 with TimeML extensions)."""
        first = self.earliest
        year = first.year
        grain = self.grain
        if grain is Grain.CENTURY:
            return f"{year // 100:02d}"
        if grain is Grain.DECADE:
            return f"{year // 10:03d}"
        if grain is Grain.YEAR:
            return f"{year:04d}"
        if grain is Grain.HALF:
            return f"{year:04d}-H{1 if first.month <= 6 else 2}"
        if grain is Grain.QUARTER:
            return f"{year:04d}-Q{(first.month - 1) // 3 + 1}"
        if grain is Grain.SEASON:
            return f"{year:04d}-{SEASON_BY_START_MONTH[first.month]}"
        if grain is Grain.MONTH:
            return f"{year:04d}-{first.month:02d}"
        if grain in (Grain.WEEK, Grain.WEEKEND):
            iso_year, iso_week, _ = first.isocalendar()
            suffix = "-WE" if grain is Grain.WEEKEND else ""
            return f"{iso_year:04d}-W{iso_week:02d}{suffix}"
        day = f"{year:04d}-{first.month:02d}-{first.day:02d}"
        if grain is Grain.DAY:
            return day
        assert isinstance(first, dt.datetime), "sub-day grains carry datetimes"
        if grain is Grain.PART_OF_DAY:
            return f"{day}T{_PART_BY_START_HOUR[first.hour]}"
        clock = {
            Grain.HOUR: f"{first.hour:02d}",
            Grain.MINUTE: f"{first.hour:02d}:{first.minute:02d}",
            Grain.SECOND: f"{first.hour:02d}:{first.minute:02d}:{first.second:02d}",
        }[grain]
        return f"{day}T{clock}{self.zone_suffix()}"

    def zone_suffix(self) -> str:
        """ISO 8601 zone designator for the value: Z, +HH:MM, or nothing."""
        zone = self.timezone
        if zone is None:
            return ""
        if zone == "UTC":
            return "Z"
        if zone[0] in "+-":
            return zone
        from zoneinfo import ZoneInfo  # IANA names: offset at that instant

        assert isinstance(self.earliest, dt.datetime)
        offset = self.earliest.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        assert offset is not None
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    def first_day(self) -> dt.date:
        e = self.earliest
        return e.date() if isinstance(e, dt.datetime) else e

    def last_day(self) -> dt.date:
        latest = self.latest
        return latest.date() if isinstance(latest, dt.datetime) else latest


class TimexRelation(BaseModel):
    """A temporal expression measured from an event rather than from a date:
    "menos de una semana después de participar en la cumbre"."""

    signal: str  # "después de", "antes de", "tras", "durante"
    direction: Literal["after", "before", "during"]
    anchor: Span  # the text naming the anchoring event


# A TIMEX3 duration value in days or longer units: P1Y, P3M, P2W, P10D (P1Y2M too).
DURATION_VALUE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def duration_parts(symbolic: str | None) -> tuple[int, int, int, int] | None:
    """P7Y -> (7, 0, 0, 0): years, months, weeks, days; None for unknown amounts (PXW)
    and sub-day units."""
    match = DURATION_VALUE.match(symbolic or "")
    if not match or not any(match.groups()):
        return None
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    return years, months, weeks, days


HOURS_VALUE = re.compile(r"^PT(\d+)H$")


def days_reached(symbolic: str | None) -> int | None:
    """How many days after the day it starts a length can end on: P3D -> 3 (its longest),
    PT48H -> 2, PT12H -> 1 (from any hour); None for unknown amounts and other units."""
    hours = HOURS_VALUE.match(symbolic or "")
    if hours:
        return -(-int(hours.group(1)) // 24)
    days = duration_days(symbolic)
    return days[1] if days is not None else None


def duration_days(symbolic: str | None) -> tuple[int, int] | None:
    """P1W -> (7, 7); P1M -> (28, 31); None for unknown amounts (PXW) and sub-day units."""
    parts = duration_parts(symbolic)
    if parts is None:
        return None
    years, months, weeks, days = parts
    low = years * 365 + months * 28 + weeks * 7 + days
    high = years * 366 + months * 31 + weeks * 7 + days
    return low, high


class Timex(BaseModel):
    """A TIMEX3 temporal expression found in the text."""

    id: str
    text: str
    start: int | None
    end: int | None
    type: TimexType
    mod: Mod | None = None
    anchor: str | None = Field(
        default=None, description="id of the timex this one was resolved against (t0 = DCT)"
    )
    sentence: int | None = Field(default=None, description="index into document.sentences")
    function: Literal["CREATION_TIME"] | None = Field(
        default=None, description="CREATION_TIME for the DCT (t0)"
    )
    interval: Interval | None = Field(
        default=None, description="the resolved time; absent for sets, unresolved dates and durations"
        " (but the months a placed one covers: \"the first nine months of 2024\")",
    )
    symbolic: str | None = Field(
        default=None,
        description="the value when it is not an interval: P1W, P1D, PAST_REF, XXXX-WXX-3",
        exclude=False,
    )
    quant: str | None = None
    freq: str | None = None
    relation: TimexRelation | None = None
    rule: str | None = Field(default=None, description="the extraction and resolution rules used")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> str:
        if self.interval is not None and self.type is not TimexType.DURATION:
            return self.interval.timex_value()
        return self.symbolic or ""


class Segment(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Sentence(Segment):
    paragraph: int


_END = operator.attrgetter("end")


class Document(BaseModel):
    source: str
    language: str
    encoding: str
    dct: dt.date | None
    dct_source: Literal["dateline", "option"] | None
    dct_year_guessed: bool = Field(
        default=False, description="the dateline gives no year: the DCT's year is taken from the article (the year it names as its own, else the year its weekdays fit, else the one it mentions most)"
    )
    dct_span: Span | None = Field(default=None, description="the dateline text, when read from the article")
    title: str | None
    text: str = Field(description="the article as read: decoded, line endings normalised")
    paragraphs: list[Segment]
    sentences: list[Sentence]
    notes: list[str] = Field(default=[], description="what the reader had to guess or repair, in words")

    def is_headline(self, sentence: int) -> bool:
        """Is the sentence a headline: above the dateline, or a first line with no full stop?"""
        bounds = self.sentences[sentence]
        if self.dct_span is not None:
            return bounds.end <= self.dct_span.start
        return sentence == 0 and self.text[bounds.end - 1] not in ".!?"

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing `offset` (binary search)."""
        lo = bisect.bisect_right(self.sentences, offset, key=_END)
        if lo < len(self.sentences) and self.sentences[lo].start <= offset:
            return lo
        return None


class Certainty(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    BOUNDED = "bounded"


class Status(StrEnum):
    PAST = "past"
    ONGOING = "ongoing"
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"  # called off by the text ("cancelled the strike planned for Friday")
    POSSIBLE = "possible"  # threatened, no fact: it may not take place ("amenaza con una huelga el lunes")


class Event(BaseModel):
    id: str
    sequence: int | None = Field(default=None, description="position in the chronology (1-based)")
    title: str
    kind: str
    actors: list[str] = []
    location: str | None = None
    start: dt.date | None = Field(default=None, description="earliest possible date, inclusive")
    end: dt.date | None = Field(default=None, description="latest possible date, inclusive")
    granularity: Grain | None = None
    part_of_day: str | None = Field(default=None, description="TIMEX3 part of day: MO, AF, EV, NI")
    time: dt.time | None = Field(default=None, description="clock time, when the text gives one")
    timezone: str | None = None
    certainty: Certainty | None = None
    certainty_reason: str | None = None
    status: Status | None = None
    timex_ids: list[str] = []
    dated_by: str | None = Field(default=None, description="the rule that dated the event")
    trigger: Span | None = None
    evidence: Span
    mentions: list[Span] = []
    overlaps: list[str] = Field(
        default=[],
        description="ids of events whose windows overlap this one's, so their order is not known "
        "(at most 20, the nearest in the chronology)",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def undated(self) -> bool:
        """No full window: none at all, or one end unknown ("hasta marzo", "no antes de 2027")."""
        return self.start is None or self.end is None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def edtf(self) -> str | None:
        from timeline.chronology.dates import edtf

        return edtf(self)


class Generator(BaseModel):
    name: str = "timeline"
    version: str


class Timeline(BaseModel):
    """Everything the tool knows about one article; every export reads only this."""

    document: Document
    timexes: list[Timex]
    events: list[Event]
    generator: Generator
