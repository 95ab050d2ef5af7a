"""iCalendar (RFC 5545): one VEVENT per dated event, for importing into calendars.

- Day, week, month (any whole-day) grains and windows are all-day events:
  DTSTART;VALUE=DATE and DTEND = last day + 1, always written.
- A clock time makes a timed event: TZID + VTIMEZONE for a known IANA zone, UTC
  for "UTC" and fixed offsets (the instant is exact), floating without a zone.
  A timed event lasts one unit of its clock time's grain (15:00 -> 15:01 for a
  minute): the text gives no duration, RFC 5545 forbids DTEND = DTSTART, calcurse
  rejects a zero DURATION, and without DTEND clients disagree (khal adds an hour).
- A part of day stays all-day with "(tarde)" in the summary: no invented clock time.
- STATUS CONFIRMED for exact dates, TENTATIVE otherwise; TRANSP TRANSPARENT (these
  are not the user's appointments).
- UIDs come from the article's file name and the event (see `_common.event_uids`);
  DTSTAMP from SOURCE_DATE_EPOCH or the DCT, so the bytes depend on the input only.

Serialised with `icalendar`, which folds at 75 octets without splitting UTF-8
characters and escapes TEXT values. The `ics` package (0.7) the design names was
evaluated and rejected (no folding, no DTSTAMP, all-day DTEND off by one, no
VTIMEZONE): see the README's design notes.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import Counter
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.chronology.merge import MergedEvent, Member, merge, single
from timeline.errors import UsageError
from timeline.export._common import (
    certainty_word,
    clean,
    date_phrase,
    day_phrase,
    event_uids,
    one_line,
    part_of_day_word,
    timex_texts,
    title,
    words,
)
from timeline.models import Certainty, Event, Grain, Status, Timeline

PRODID = "-//timeline//timeline//EN"
_UTC_NAMES = {"UTC", "Z", "GMT", "ETC/UTC", "ETC/GMT", "UT"}
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
# A clock time names one unit of its grain ("a las 15.00" is the minute 15:00, as
# its Interval says); a timed event spans that unit, the text giving no duration.
_MINUTE = dt.timedelta(minutes=1)
_CLOCK_UNIT: dict[Grain | None, dt.timedelta] = {Grain.HOUR: dt.timedelta(hours=1), Grain.MINUTE: _MINUTE, Grain.SECOND: dt.timedelta(seconds=1)}


def render(timeline: Timeline) -> bytes:
    document = timeline.document
    return _calendar(
        name=title(document),
        language=document.language,
        groups=single(timeline),
        timelines=[timeline],
    )


def render_merged(timelines: Sequence[Timeline]) -> bytes:
    """One calendar for several articles, the same event in several articles merged."""
    language = _main_language(timelines)
    labels = words(language)
    groups = merge(timelines, reason=labels["merged_reason"])
    return _calendar(
        name=labels["merged_calendar"].format(count=len(timelines)),
        language=language,
        groups=groups,
        timelines=list(timelines),
    )


def _main_language(timelines: Sequence[Timeline]) -> str:
    counts = Counter(t.document.language for t in timelines)
    return min(counts, key=lambda code: (-counts[code], code)) if counts else "en"


def dtstamp(timelines: Sequence[Timeline]) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the latest DCT at 00:00 UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None
    dcts = [t.document.dct for t in timelines if t.document.dct]
    day = max(dcts) if dcts else dt.date(1970, 1, 1)
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc)


def _calendar(name: str, language: str, groups: list[MergedEvent], timelines: list[Timeline]) -> bytes:
    from icalendar import Calendar
    from icalendar import Event as VEvent
    text = _text_type()  # every free text through it, so each is escaped once and alike

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", text(name))  # icalendar would not escape these two
    calendar.add("x-wr-calname", text(name))
    stamp = dtstamp(timelines)
    uids = {id(t): event_uids(t) for t in timelines}
    used: set[str] = set()
    zones: dict[str, list[dt.date]] = {}
    vevents = []
    for group in groups:
        event = group.event
        first = group.members[0]
        uid = base = uids[id(first.timeline)][first.event.id]
        counter = 0
        while uid in used:  # same file name in two folders, same event, not merged
            counter += 1
            uid = base.replace("@", f"-{counter}@", 1)
        used.add(uid)
        start, zone = _start(event)
        try:
            if isinstance(start, dt.datetime):
                end: dt.date = start + _CLOCK_UNIT.get(event.granularity, _MINUTE)  # (a datetime, or a day below)
            else:
                assert event.end is not None
                end = event.end + dt.timedelta(days=1)
        except OverflowError:  # ends on 9999-12-31: iCalendar cannot write the day after
            continue
        vevent = VEvent()
        vevent.add("uid", uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
        if zone:
            assert isinstance(start, dt.datetime)
            zones.setdefault(zone, []).append(start.date())
        vevent.add("summary", text(_summary(event, language)))
        vevent.add("description", text(_description(group, language)))
        if one_line(event.location or ""):
            vevent.add("location", text(one_line(event.location or "")))
        if one_line(event.kind):
            vevent.add("categories", [one_line(event.kind)])
        # a called-off event keeps its day, marked so (RFC 5545 STATUS:CANCELLED)
        vevent.add("status", "CANCELLED" if event.status is Status.CANCELLED else "CONFIRMED" if event.certainty is Certainty.EXACT and event.status is not Status.POSSIBLE else "TENTATIVE")
        vevent.add("transp", "TRANSPARENT")
        vevents.append(vevent)
    for zone in sorted(zones):
        calendar.add_component(_vtimezone(zone, zones[zone]))
    for vevent in vevents:
        calendar.add_component(vevent)
    return calendar.to_ical()


def _start(event: Event) -> tuple[dt.date | dt.datetime, str | None]:
    """DTSTART: a date (all-day) or a datetime (timed), and the IANA zone to describe."""
    assert event.start is not None and event.end is not None
    if event.time is None or event.start != event.end:
        return event.start, None
    moment = dt.datetime.combine(event.start, event.time.replace(tzinfo=None))
    zone = (event.timezone or "").strip()
    if not zone:
        return moment, None  # floating: the text gives no zone
    if zone.upper() in _UTC_NAMES:
        return moment.replace(tzinfo=dt.timezone.utc), None
    offset = _OFFSET.match(zone)
    if offset:
        sign = -1 if offset[1] == "-" else 1
        delta = dt.timedelta(hours=int(offset[2]), minutes=int(offset[3])) * sign
        return moment.replace(tzinfo=dt.timezone(delta)).astimezone(dt.timezone.utc), None
    try:
        return moment.replace(tzinfo=ZoneInfo(zone)), zone
    except (ZoneInfoNotFoundError, ValueError):
        return moment, None  # unknown zone name: floating, the description keeps the name


def _vtimezone(zone: str, days: list[dt.date]):
    from icalendar import Timezone

    # Only the transitions around the events: a short, stable VTIMEZONE.
    first = min(days) - dt.timedelta(days=366)
    last = max(days) + dt.timedelta(days=366)
    timezone = Timezone.from_tzid(zone, first_date=first, last_date=last)
    timezone.pop("COMMENT", None)  # a note for humans that iTIP restrictions forbid
    return timezone


@functools.cache
def _text_type():
    """icalendar's TEXT value, escaped as RFC 5545 says: icalendar's own escaping
    first turns a written backslash and N into a line break, so a title holding
    "\\N" came back from any parser as two lines."""
    from icalendar import vText

    class Text(vText):
        def to_ical(self) -> bytes:
            return escape_text(str(self)).encode(self.encoding)  # type: ignore[attr-defined]  # set by vText.__new__, which icalendar's hints do not declare

    return Text


def escape_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, line ends as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _summary(event: Event, language: str) -> str:
    text = one_line(event.title)
    if event.part_of_day and event.time is None:
        text += f" ({part_of_day_word(event.part_of_day, language)})"
    return text


def _description(group: MergedEvent, language: str) -> str:
    blocks = []
    if len(group.members) > 1:
        blocks.append(_dating(group.event, language, []))
    for member in group.members:
        blocks.append(_member_block(member))
    return clean("\n\n".join(blocks))


def _member_block(member: Member) -> str:
    """The evidence, the date as this article gives it, and the source."""
    document = member.timeline.document
    language = document.language
    labels = words(language)
    event = member.event
    lines = [f"«{clean(event.evidence.text).strip()}»"]
    lines.append(_dating(event, language, timex_texts(member.timeline, event)))
    source = f"{labels['source']}: {one_line(document.source)}"
    if document.dct:
        source += f" ({labels['dct']} {day_phrase(document.dct, language)}, {document.dct.isoformat()})"
    lines.append(source)
    return "\n".join(lines)


def _dating(event: Event, language: str, as_written: list[str]) -> str:
    labels = words(language)
    when = date_phrase(event, language)
    if event.time is not None and event.timezone:
        when += f" ({one_line(event.timezone)})"
    if as_written:
        when += f"; {labels['as_written']}: " + " / ".join(f"«{text}»" for text in as_written)
    lines = [f"{labels['date']}: {when}"]
    if event.certainty is not None:
        certainty = certainty_word(event.certainty, language)
        if event.certainty_reason:
            certainty += f" ({one_line(event.certainty_reason)})"
        lines.append(f"{labels['certainty']}: {certainty}")
    return "\n".join(lines)

