"""iCalendar export: parsed back by icalendar and vobject, compared with the JSON;
RFC 5545 form (CRLF, 75-octet folding, escaping); stable UIDs; DTSTAMP."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_helpers import NAMES, expected_range, expected_summary, fixture
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.errors import UsageError
from timeline.export import to_ics
from timeline.models import Certainty, Event, Span, Status

ALLOWED = {
    "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION",
    "CATEGORIES", "STATUS", "TRANSP",
}


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines), "bare LF or CR"
    return lines


def unfolded(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def vevents(data: bytes) -> list[list[str]]:
    """Content lines of each VEVENT (unfolded, without BEGIN/END)."""
    events, current = [], None
    for line in unfolded(data):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return events


def ical_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@pytest.mark.parametrize("name", NAMES)
def test_icalendar_reads_back_every_dated_event(name):
    from icalendar import Calendar

    timeline = fixture(name)
    calendar = Calendar.from_ical(to_ics.render(timeline))
    parsed = {str(c["SUMMARY"]): c for c in calendar.walk("VEVENT")}
    dated = [e for e in timeline.events if not e.undated]
    assert len(calendar.walk("VEVENT")) == len(dated)
    by_uid = {str(c["UID"]) for c in calendar.walk("VEVENT")}
    assert len(by_uid) == len(dated), "UIDs must be unique"
    language = timeline.document.language
    for event in dated:
        matches = [c for c in calendar.walk("VEVENT") if str(c["SUMMARY"]) == expected_summary(event, language)]
        assert matches, f"no VEVENT for {event.title!r} in {sorted(parsed)}"
        start, end = expected_range(event)
        assert any(c.decoded("DTSTART") == start and c.decoded("DTEND") == end for c in matches), (
            event.title, [(c.decoded("DTSTART"), c.decoded("DTEND")) for c in matches], (start, end))


@pytest.mark.parametrize("name", NAMES)
def test_vobject_validates_and_agrees(name):
    import vobject

    timeline = fixture(name)
    data = to_ics.render(timeline).decode("utf-8")
    calendar = vobject.readOne(data, validate=True)
    calendar.validate(raiseException=True, complainUnrecognized=False)
    got = sorted(
        (ev.summary.value, ev.dtstart.value, ev.dtend.value) for ev in calendar.vevent_list
    )
    language = timeline.document.language
    want = sorted((expected_summary(e, language), *expected_range(e)) for e in timeline.events if not e.undated)

    def utc(value):
        return value.astimezone(dt.timezone.utc) if isinstance(value, dt.datetime) and value.tzinfo else value

    assert [(s, utc(a), utc(b)) for s, a, b in got] == [(s, utc(a), utc(b)) for s, a, b in want]


@pytest.mark.parametrize("name", NAMES)
def test_rfc5545_form(name):
    data = to_ics.render(fixture(name))
    for line in physical_lines(data):
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a UTF-8 character
    lines = unfolded(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    for event in vevents(data):
        names = [re.split(r"[;:]", line, maxsplit=1)[0] for line in event]
        assert set(names) <= ALLOWED, set(names) - ALLOWED  # no injected property
        assert len(names) == len(set(names)), "a property twice"
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "TRANSP"} <= set(names)
        assert "TRANSP:TRANSPARENT" in event


def test_hostile_text_is_escaped_not_injected():
    timeline = fixture("edge_cases")
    data = to_ics.render(timeline)
    hostile = next(e for e in timeline.events if e.title.startswith("Reunión \"urgente\""))
    event = next(v for v in vevents(data) if any(line.startswith("SUMMARY:Reunión") for line in v))
    assert "SUMMARY:" + ical_escape(" ".join(hostile.title.split())) in event
    assert "LOCATION:" + ical_escape(hostile.location) in event
    assert "CATEGORIES:meeting\\, extra\\; kind" in event
    assert sum(line.startswith("DTSTART") for line in event) == 1
    assert not any(line.startswith("DTSTART:1970") for line in unfolded(data))
    name = ical_escape(timeline.document.title)
    assert f"NAME:{name}" in unfolded(data) and f"X-WR-CALNAME:{name}" in unfolded(data)


def test_control_characters_never_reach_the_file():
    timeline = fixture("reference")
    event = timeline.events[0].model_copy(update={"title": "bell\x07 and\x00 null\r\nline", "location": "a\x1bb"})
    data = to_ics.render(timeline.model_copy(update={"events": [event]}))
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)
    assert b"SUMMARY:bell and null line\r\n" in data


def test_all_day_grains_and_windows():
    from icalendar import Calendar

    calendar = Calendar.from_ical(to_ics.render(fixture("edge_cases")))
    spans = {str(c["SUMMARY"]): (c.decoded("DTSTART"), c.decoded("DTEND")) for c in calendar.walk("VEVENT")}
    d = dt.date
    assert spans["Cumbre de abril"] == (d(2025, 4, 1), d(2025, 5, 1))
    assert spans["Llegada de la misión del FMI"] == (d(2025, 11, 17), d(2025, 11, 24))  # ISO week
    assert spans["Publicación del informe"] == (d(2025, 10, 1), d(2026, 1, 1))  # quarter
    assert spans["Firma del tratado"] == (d(2024, 1, 1), d(2025, 1, 1))
    assert spans["Firma del acuerdo en Washington"] == (d(2025, 11, 4), d(2025, 11, 11))
    assert spans["Festival de fin de año"] == (d(2025, 12, 30), d(2026, 1, 3))
    assert spans["Inicio de las obras"] == (d(2025, 10, 15), d(2025, 10, 16))
    # a part of day stays all-day and says so; no clock time is invented
    assert spans["Reunión de los líderes (tarde)"] == (d(2025, 11, 11), d(2025, 11, 12))


def test_status_follows_certainty():
    from icalendar import Calendar

    timeline = fixture("edge_cases")
    calendar = Calendar.from_ical(to_ics.render(timeline))
    status = {str(c["SUMMARY"]): str(c["STATUS"]) for c in calendar.walk("VEVENT")}
    assert status["Cumbre de abril"] == "CONFIRMED"
    assert status["Firma del acuerdo en Washington"] == "TENTATIVE"  # bounded
    assert status["Inicio de las obras"] == "TENTATIVE"  # approximate


def test_threatened_event_is_tentative():
    """"El sindicato amenaza con una huelga el lunes": an exact day, but only threatened."""
    from icalendar import Calendar

    timeline = fixture("edge_cases")
    threatened = timeline.events[0].model_copy(update={"status": Status.POSSIBLE})
    assert threatened.certainty is Certainty.EXACT
    calendar = Calendar.from_ical(to_ics.render(timeline.model_copy(update={"events": [threatened]})))
    assert [str(c["STATUS"]) for c in calendar.walk("VEVENT")] == ["TENTATIVE"]


def test_timed_events_and_zones():
    data = to_ics.render(fixture("edge_cases"))
    lines = unfolded(data)
    assert "DTSTART;TZID=Europe/Moscow:20251112T150000" in lines
    assert "DTEND;TZID=Europe/Moscow:20251112T150100" in lines
    assert "TZID:Europe/Moscow" in lines  # the VTIMEZONE
    assert lines.index("BEGIN:VTIMEZONE") < lines.index("BEGIN:VEVENT")
    assert "DTSTART:20251113T093000Z" in lines  # UTC
    assert "DTSTART:20251114T120000Z" in lines  # 20:00 at +08:00, as UTC
    assert "DTSTART:20251111T180000" in lines  # floating: no zone in the text


def test_english_part_of_day():
    data = to_ics.render(fixture("english"))
    assert "SUMMARY:Prime minister meets union leaders (afternoon)" in unfolded(data)


def test_undated_events_are_left_out():
    timeline = fixture("reference")
    data = to_ics.render(timeline).decode()
    assert "Rossískaya" not in data.replace("\r\n ", "").split("END:VEVENT")[-1]
    assert data.count("BEGIN:VEVENT") == sum(1 for e in timeline.events if not e.undated)


def test_description_carries_evidence_date_certainty_source():
    from icalendar import Calendar

    calendar = Calendar.from_ical(to_ics.render(fixture("reference")))
    summit = next(c for c in calendar.walk("VEVENT") if "Washington" in str(c["SUMMARY"]))
    text = str(summit["DESCRIPTION"])
    assert text.startswith("«Tokáyev, que llega hoy a Moscú")
    assert "Fecha: entre el 4 y el 10 nov 2025; en el texto: «menos de una semana»" in text
    assert "Certeza: acotada (menos de una semana antes del 11 nov)" in text
    assert "Fuente: seeds/000_ad79f3d90c75c4c0.txt (fecha del documento 11 nov 2025, 2025-11-11)" in text
    assert str(summit["LOCATION"]) == "Washington"
    assert summit["CATEGORIES"].cats == ["summit"]


def test_uids_survive_reordering_new_events_and_moving_the_file():
    timeline = fixture("reference")

    def uids(t):
        from icalendar import Calendar

        return {str(c["SUMMARY"]): str(c["UID"]) for c in Calendar.from_ical(to_ics.render(t)).walk("VEVENT")}

    before = uids(timeline)
    extra = Event(id="e99", title="Nuevo evento", kind="meeting", start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 1),
                  evidence=Span(text="x", start=0, end=1))
    changed = timeline.model_copy(update={"events": [extra, *reversed(timeline.events)]})
    after = uids(changed)
    assert {k: v for k, v in after.items() if k != "Nuevo evento"} == before
    moved = timeline.model_copy(
        update={"document": timeline.document.model_copy(update={"source": "/elsewhere/000_ad79f3d90c75c4c0.txt"})}
    )
    assert uids(moved) == before
    renamed = timeline.model_copy(update={"document": timeline.document.model_copy(update={"source": "other.txt"})})
    assert not set(uids(renamed).values()) & set(before.values())


def test_twin_events_get_distinct_uids():
    from icalendar import Calendar

    calendar = Calendar.from_ical(to_ics.render(fixture("edge_cases")))
    twins = [str(c["UID"]) for c in calendar.walk("VEVENT") if str(c["SUMMARY"]) == "Explosión en el puerto"]
    assert len(twins) == 2 and len(set(twins)) == 2


def test_dtstamp_from_dct_or_source_date_epoch(monkeypatch):
    timeline = fixture("reference")
    assert "DTSTAMP:20251111T000000Z" in unfolded(to_ics.render(timeline))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert "DTSTAMP:20231114T221320Z" in unfolded(to_ics.render(timeline))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        to_ics.render(timeline)


def test_byte_identical_twice():
    for name in NAMES:
        assert to_ics.render(fixture(name)) == to_ics.render(fixture(name))


@settings(max_examples=150, deadline=None)
@given(title=st.text(min_size=1, max_size=300), location=st.text(max_size=120))
@example(title="\ufeff", location="a\ufeffb")  # a stray byte order mark: parsers drop it
@example(title="\\N", location="a\\Nb")  # a backslash and an N: no line break
def test_any_text_round_trips(title, location):
    from icalendar import Calendar

    from timeline.export._common import one_line

    timeline = fixture("reference")
    event = timeline.events[0].model_copy(update={"title": title, "location": location or None})
    data = to_ics.render(timeline.model_copy(update={"events": [event]}))
    for line in physical_lines(data):
        assert len(line) <= 75
        line.decode("utf-8")
    (parsed,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == one_line(title)
    if one_line(location):
        assert str(parsed["LOCATION"]) == one_line(location)
    assert set(re.split(r"[;:]", line, maxsplit=1)[0] for line in vevents(data)[0]) <= ALLOWED
