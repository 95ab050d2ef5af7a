"""The drawn timeline of the HTML report: an SVG with one row per dated event.

Each row has the event's title on the left and its mark on a shared time axis:
a point for an exact day (placed at the hour when a clock time or part of day is
known), a bar for a window, week, month or longer period. Uncertain dates
(bounded, approximate) are faded with a dashed outline. Stretches of time with
nothing in them are cut out of the axis (a break mark says how long), so a
summit in April and a visit in November are both readable. One row per event
and labels kept inside their row means labels cannot overlap.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from html import escape

from timeline import lang
from timeline.export._common import clean, date_phrase, day_phrase, one_line, words
from timeline.models import PARTS_OF_DAY, Certainty, Event, Grain, Timeline

WIDTH = 1000
LABEL_WIDTH = 350
RIGHT_MARGIN = 16
AXIS_TOP = 54  # first row starts here
ROW = 42
BREAK = 46
BAR = 14
POINT = 6.5
TITLE_SIZE = 12.5
DATE_SIZE = 11
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#666666")
_POINT_GRAINS = {Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND, None}


def text_width(text: str, size: float) -> float:
    """A generous estimate of rendered width in a sans-serif font (no font metrics offline)."""
    wide = sum(1 for c in text if c in "MWmw@%" or ord(c) > 0x2E80)
    narrow = sum(1 for c in text if c in "iIl.,;:'|!() ")
    return size * (0.62 * (len(text) - wide - narrow) + 1.0 * wide + 0.32 * narrow)


def kind_colours(events: list[Event]) -> dict[str, str]:
    """A colour per kind, in the order kinds first appear in the chronology."""
    kinds = list(dict.fromkeys(e.kind for e in events))
    return {kind: PALETTE[i % len(PALETTE)] for i, kind in enumerate(kinds)}


@dataclass
class Segment:
    """A stretch of the axis: days [start, end) (ordinals) drawn over [x0, x1]."""

    start: float
    end: float
    count: int = 0
    x0: float = 0.0
    x1: float = 0.0

    def x(self, day: float) -> float:
        return self.x0 + (day - self.start) / (self.end - self.start) * (self.x1 - self.x0)

    @property
    def per_day(self) -> float:
        return (self.x1 - self.x0) / (self.end - self.start)


def _extent(event: Event) -> tuple[float, float]:
    assert event.start and event.end
    return float(event.start.toordinal()), float(event.end.toordinal() + 1)


def _segments(extents: list[tuple[float, float]], x0: float, x1: float) -> list[Segment]:
    """Cluster the intervals; gaps much longer than the clusters become axis breaks."""
    spans = sorted(extents)
    total = max(e for _, e in spans) - spans[0][0]
    threshold = max(14.0, total * 0.12)
    clusters: list[Segment] = []
    for start, end in spans:
        if clusters and start - clusters[-1].end <= threshold:
            clusters[-1].end = max(clusters[-1].end, end)
            clusters[-1].count += 1
        else:
            clusters.append(Segment(start, end, 1))
    for cluster in clusters:
        pad = max(1.0, round((cluster.end - cluster.start) * 0.06))
        if cluster.end - cluster.start + 2 * pad < 7:
            pad = (7 - (cluster.end - cluster.start)) / 2
        cluster.start -= pad
        cluster.end += pad
    for before, after in zip(clusters, clusters[1:]):  # padding never crosses a neighbour
        if before.end > after.start:
            middle = (before.end + after.start) / 2
            before.end = after.start = middle
    available = x1 - x0 - BREAK * (len(clusters) - 1)
    weights = [math.sqrt(c.end - c.start) + 2.0 * c.count for c in clusters]
    position = x0
    for cluster, weight in zip(clusters, weights):
        cluster.x0 = position
        cluster.x1 = position + available * weight / sum(weights)
        position = cluster.x1 + BREAK
    return clusters


def _locate(segments: list[Segment], day: float) -> Segment:
    for segment in segments:
        if segment.start <= day <= segment.end:
            return segment
    return min(segments, key=lambda s: min(abs(s.start - day), abs(s.end - day)))


def _day_fraction(event: Event) -> float:
    """Where in its day a point goes: the clock time, the middle of a part of day, or noon."""
    if event.time is not None:
        return (event.time.hour + event.time.minute / 60) / 24
    if event.part_of_day in PARTS_OF_DAY:
        first, last = PARTS_OF_DAY[event.part_of_day]
        return (first + last + 1) / 48
    return 0.5


def _wrap(text: str, size: float, width: float, lines: int = 2) -> list[str]:
    """Greedy word wrap into at most `lines` lines, the last one cut with an ellipsis."""
    result: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size) <= width or not current:
            current = candidate
            continue
        result.append(current)
        current = word
    result.append(current)
    if len(result) > lines:
        result = result[: lines - 1] + [" ".join(result[lines - 1 :])]
    last = result[-1]
    if text_width(last, size) > width:
        while last and text_width(last + "…", size) > width:
            last = last[:-1]
        result[-1] = last.rstrip() + "…"
    return result


def _esc(text: str) -> str:
    return escape(clean(text), quote=True)


def _ticks(segment: Segment, language: lang.Language) -> tuple[list[tuple[float, str, bool]], list[tuple[float, str]]]:
    """Tick marks with their labels (x, label, major) and the upper row of context labels."""
    # The axis may be padded past the calendar's ends (a DCT of 0001-01-01 or 9999-12-31).
    lowest, highest = 1, dt.date.max.toordinal() - 1
    first = dt.date.fromordinal(min(highest, max(lowest, math.ceil(segment.start))))
    last = dt.date.fromordinal(min(highest, max(lowest, math.floor(segment.end) - 1)))
    per_day = segment.per_day
    ticks: list[tuple[float, str, bool]] = []
    context: list[tuple[float, str]] = []

    def short(month: int) -> str:
        return language.month_name(month, short=True)

    day = first
    if per_day >= 12:  # every day, numbered
        while day <= last:
            ticks.append((segment.x(day.toordinal() + 0.5), str(day.day), day.day == 1))
            day += dt.timedelta(days=1)
        context.append((segment.x(first.toordinal() + 0.5), f"{short(first.month)} {first.year}"))
        for tick_day in (first + dt.timedelta(days=n) for n in range((last - first).days + 1)):
            if tick_day.day == 1 and tick_day != first:
                context.append((segment.x(tick_day.toordinal() + 0.5), f"{short(tick_day.month)} {tick_day.year}"))
    elif per_day >= 1.6:  # Mondays
        while day <= last:
            if day.isoweekday() == 1:
                ticks.append((segment.x(day.toordinal()), f"{day.day} {short(day.month)}", False))
            day += dt.timedelta(days=1)
        context.append((segment.x(first.toordinal()), str(first.year)))
    else:  # months, or years when months get too narrow
        per_month = per_day * 30.4
        step = 1 if per_month >= 26 else 3 if per_month >= 9 else 12
        month: dt.date | None = dt.date(first.year, first.month, 1)
        if month < first:  # type: ignore[operator]  # (the first of a month, just made)
            month = _next_month(month)  # type: ignore[arg-type]  # (as above)
        while month is not None and month <= last:
            if (month.month - 1) % step == 0:
                label = short(month.month) if step < 12 else str(month.year)
                ticks.append((segment.x(month.toordinal()), label, month.month == 1))
            month = _next_month(month)
        if step < 12:
            month = dt.date(first.year, first.month, 1)
            for number, (tick_x, _label, january) in enumerate(ticks):
                if january or number == 0:
                    day_at = round(segment.start + (tick_x - segment.x0) / per_day)
                    context.append((tick_x, str(dt.date.fromordinal(min(highest, max(lowest, day_at))).year)))
    return ticks, context


def _next_month(month: dt.date) -> dt.date | None:
    """The first day of the following month; None after December 9999."""
    if month.month == 12:
        return None if month.year == dt.MAXYEAR else dt.date(month.year + 1, 1, 1)
    return dt.date(month.year, month.month + 1, 1)


def _gap_label(days: float, labels) -> str:
    if days >= 730:
        return labels["gap_years"].format(count=round(days / 365.25))
    if days >= 60:
        return labels["gap_months"].format(count=round(days / 30.44))
    return labels["gap_days"].format(count=round(days))


def draw(timeline: Timeline) -> str:
    """The SVG element (inline, no external reference), or "" when nothing is dated."""
    document = timeline.document
    language = document.language
    labels = words(language)
    dated = [e for e in timeline.events if not e.undated]
    if not dated:
        return ""
    colours = kind_colours(timeline.events)
    chart_x0, chart_x1 = LABEL_WIDTH + 14, WIDTH - RIGHT_MARGIN
    extents = [_extent(e) for e in dated]
    dct = document.dct
    if dct is not None:
        extents.append((float(dct.toordinal()), float(dct.toordinal() + 1)))
    segments = _segments(extents, chart_x0, chart_x1)
    height = AXIS_TOP + ROW * len(dated) + 40
    out: list[str] = []
    add = out.append
    add(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="chart-title" data-label-width="{LABEL_WIDTH}">'
    )
    add(f'<title id="chart-title">{_esc(labels["timeline"])}</title>')
    add(
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch"/></pattern></defs>'
    )
    rows_bottom = AXIS_TOP + ROW * len(dated)
    for index in range(len(dated)):  # zebra rows
        if index % 2 == 0:
            add(f'<rect class="zebra" x="0" y="{AXIS_TOP + index * ROW}" width="{WIDTH}" height="{ROW}"/>')
    # axis: segments, ticks, breaks
    for number, segment in enumerate(segments):
        add(f'<line class="axis" x1="{segment.x0:.1f}" y1="{AXIS_TOP}" x2="{segment.x1:.1f}" y2="{AXIS_TOP}"/>')
        ticks, context = _ticks(segment, lang.load(language))
        last_right = -1e9
        for x, label, major in ticks:
            add(f'<line class="{"grid major" if major else "grid"}" x1="{x:.1f}" y1="{AXIS_TOP}" x2="{x:.1f}" y2="{rows_bottom}"/>')
            width = text_width(label, 10)
            if x - width / 2 >= last_right + 4 and x - width / 2 >= segment.x0 - 2 and x + width / 2 <= segment.x1 + 2:
                add(f'<text class="tick" x="{x:.1f}" y="{AXIS_TOP - 8}" text-anchor="middle">{_esc(label)}</text>')
                last_right = x + width / 2
        last_right = -1e9
        for x, label in context:
            x = max(x, segment.x0)
            width = text_width(label, 10.5)
            if x >= last_right + 8 and x + width <= segment.x1 + BREAK - 6:
                add(f'<text class="context" x="{x:.1f}" y="{AXIS_TOP - 26}">{_esc(label)}</text>')
                last_right = x + width
        if number + 1 < len(segments):
            following = segments[number + 1]
            mid = (segment.x1 + following.x0) / 2
            add(
                f'<path class="break" d="M{mid - 7:.1f} {AXIS_TOP + 5} l6 -10 M{mid + 1:.1f} {AXIS_TOP + 5} l6 -10"/>'
                f'<line class="breakline" x1="{mid:.1f}" y1="{AXIS_TOP + 6}" x2="{mid:.1f}" y2="{rows_bottom}"/>'
            )
            gap = _gap_label(following.start - segment.end, labels)
            add(f'<text class="gap" x="{mid:.1f}" y="{AXIS_TOP - 8}" text-anchor="middle">{_esc(gap)}</text>')
    # the DCT
    if dct is not None:
        segment = _locate(segments, dct.toordinal() + 0.5)
        left, right = segment.x(dct.toordinal()), segment.x(dct.toordinal() + 1)
        add(f'<rect class="dct" x="{left:.1f}" y="{AXIS_TOP}" width="{max(right - left, 2):.1f}" height="{rows_bottom - AXIS_TOP}"/>')
        centre = (left + right) / 2
        add(f'<line class="dctline" x1="{centre:.1f}" y1="{AXIS_TOP}" x2="{centre:.1f}" y2="{rows_bottom + 6}"/>')
        caption = f"{labels['dct']} · {day_phrase(dct, language)}"
        anchor = "middle"
        if centre + text_width(caption, 10.5) / 2 > WIDTH - 4:
            anchor, centre = "end", min(centre + 6, WIDTH - 4)
        add(f'<text class="dcttext" x="{centre:.1f}" y="{rows_bottom + 20}" text-anchor="{anchor}">{_esc(caption)}</text>')
    # rows
    for index, event in enumerate(dated):
        top = AXIS_TOP + index * ROW
        middle = top + ROW / 2
        colour = colours[event.kind]
        uncertain = event.certainty is not Certainty.EXACT
        title_lines = _wrap(one_line(event.title), TITLE_SIZE, LABEL_WIDTH - 40)
        add(f'<g class="row" id="row-{_esc(event.id)}"><title>{_esc(one_line(event.title))}</title>')
        add(f'<a href="#event-{_esc(event.id)}">')
        add(f'<text class="seq" x="24" y="{middle + 4:.1f}" text-anchor="end">{event.sequence or index + 1}</text>')
        first_y = middle + 4.5 - (len(title_lines) - 1) * 7.5
        for number, line in enumerate(title_lines):
            add(f'<text class="label" x="34" y="{first_y + number * 15:.1f}">{_esc(line)}</text>')
        add("</a>")
        start, end = _extent(event)
        is_point = start + 1 == end and event.granularity in _POINT_GRAINS
        if is_point:
            segment = _locate(segments, start + 0.5)
            cx = segment.x(start + _day_fraction(event))
            style = "mark uncertain" if uncertain else "mark"
            add(f'<circle class="{style}" cx="{cx:.1f}" cy="{middle:.1f}" r="{POINT}" style="--c:{colour}"/>')
            left, right = cx - POINT, cx + POINT
        else:
            first, second = _locate(segments, start + 0.01), _locate(segments, end - 0.01)
            left, right = first.x(start), second.x(end)
            if right - left < 6:
                left, right = (left + right) / 2 - 3, (left + right) / 2 + 3
            style = "mark bar uncertain" if uncertain else "mark bar"
            add(
                f'<rect class="{style}" x="{left:.1f}" y="{middle - BAR / 2:.1f}" width="{right - left:.1f}" '
                f'height="{BAR}" rx="3" style="--c:{colour}"/>'
            )
            if uncertain:
                add(
                    f'<rect class="hatched" x="{left:.1f}" y="{middle - BAR / 2:.1f}" width="{right - left:.1f}" '
                    f'height="{BAR}" rx="3"/>'
                )
        when = date_phrase(event, language)
        if event.time is not None and event.timezone:
            when += f" {one_line(event.timezone)}"
        width = text_width(when, DATE_SIZE)
        if not is_point and right - left >= width + 14:  # inside a bar wide enough
            inside = "when inside" if uncertain else "when inside solid"
            add(f'<text class="{inside}" x="{(left + right) / 2:.1f}" y="{middle + 4:.1f}" text-anchor="middle">{_esc(when)}</text>')
        elif right + 8 + width <= chart_x1 + RIGHT_MARGIN - 2 or left - 8 - width < chart_x0:
            add(f'<text class="when" x="{right + 8:.1f}" y="{middle + 4:.1f}">{_esc(when)}</text>')
        else:
            add(f'<text class="when" x="{left - 8:.1f}" y="{middle + 4:.1f}" text-anchor="end">{_esc(when)}</text>')
        add("</g>")
    add(f'<line class="axis" x1="{LABEL_WIDTH}" y1="{AXIS_TOP}" x2="{LABEL_WIDTH}" y2="{rows_bottom}"/>')
    add("</svg>")
    return "".join(out)
