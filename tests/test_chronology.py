"""Ordering events: by window, never a false order, bounded overlap lists."""

from __future__ import annotations

import datetime as dt

from timeline.chronology import OVERLAPS_LISTED, order
from timeline.chronology.dates import edtf, phrase
from timeline.models import Event, Grain, Span


def event(identifier: str, start: str | None, end: str | None, position: int, time: dt.time | None = None, granularity: Grain | None = None) -> Event:
    return Event(
        id=identifier,
        title=identifier,
        kind="meeting",
        start=dt.date.fromisoformat(start) if start else None,
        end=dt.date.fromisoformat(end) if end else None,
        time=time,
        granularity=granularity,
        evidence=Span(text="x", start=position, end=position + 1),
    )


def test_order_by_earliest_then_latest_then_position_undated_last():
    events = [
        event("e1", None, None, 0),
        event("e2", "2025-11-11", "2025-11-11", 10),
        event("e3", "2025-11-04", "2025-11-10", 20),
        event("e4", "2025-04-01", "2025-04-30", 30),
        event("e5", "2025-11-11", "2025-11-11", 5),
    ]
    ordered = order(events)
    assert [e.id for e in ordered] == ["e4", "e3", "e5", "e2", "e1"]
    assert [e.sequence for e in ordered] == [1, 2, 3, 4, 5]


def test_overlapping_windows_are_marked_not_ordered():
    ordered = {e.id: e for e in order([
        event("e1", "2025-11-04", "2025-11-10", 0),
        event("e2", "2025-11-06", "2025-11-06", 1),
        event("e3", "2025-11-11", "2025-11-11", 2),
        event("e4", "2025-11-11", "2025-11-11", 3, time=dt.time(15)),
        event("e5", "2025-11-11", "2025-11-11", 4, time=dt.time(18)),
    ])}
    assert ordered["e1"].overlaps == ["e2"]
    assert ordered["e2"].overlaps == ["e1"]
    assert ordered["e3"].overlaps == ["e4", "e5"]  # a day without a time overlaps both times
    assert ordered["e4"].overlaps == ["e3"]  # 15:00 is known to come before 18:00


def test_overlap_lists_are_bounded():
    many = [event(f"e{n}", "2025-11-11", "2025-11-11", n) for n in range(1, 301)]
    ordered = order(many)
    assert all(len(e.overlaps) <= OVERLAPS_LISTED for e in ordered)
    assert ordered[0].overlaps == [f"e{n}" for n in range(2, 2 + OVERLAPS_LISTED)]


def test_a_span_of_whole_years_reads_as_its_years():
    """"la temporada 2024/25" dates an event by its two years: written as the years,
    not as the first and last day."""
    season = event("e1", "2024-01-01", "2025-12-31", 0)
    assert phrase(season, "es") == "entre 2024 y 2025"
    assert phrase(season, "en") == "between 2024 and 2025"
    assert edtf(season) == "2024/2025"
    assert phrase(event("e2", "2024-01-01", "2024-12-31", 0), "es") == "2024"
    assert phrase(event("e3", "2024-01-01", "2025-06-30", 0), "es") == "entre el 1 ene 2024 y el 30 jun 2025"


def test_a_clock_time_on_a_span_of_days_is_written_with_its_first_day():
    """"La campaña arrancará a las 00.00 horas del viernes 5 de diciembre y terminará el
    viernes 19": the time is the opening's, so it goes with the first day, not after the
    last ("entre el 5 y el 19 dic 2025, 00:00" read as the end's)."""
    campaign = event("e1", "2025-12-05", "2025-12-19", 0, time=dt.time(0, 0))
    assert phrase(campaign, "es") == "del 5 dic 2025, 00:00, al 19 dic 2025"
    assert phrase(campaign, "en") == "from 5 Dec 2025, 00:00, to 19 Dec 2025"
    assert phrase(event("e2", "2025-12-05", "2025-12-05", 0, time=dt.time(15, 0)), "es") == "5 dic 2025, 15:00"


def test_a_window_with_one_end_alone_is_written_open_and_listed_with_the_undated():
    """"estuvo de baja hasta marzo" (no start told) and "despegará no antes de 2027" (no
    end told): EDTF leaves the unknown end open, the phrase says which end is known, and
    the order keeps them apart from the full windows (they come after them, by the end they know)."""
    until = event("e1", None, "2025-03-31", 0, granularity=Grain.MONTH)
    floor = event("e2", "2027-01-01", None, 1, granularity=Grain.YEAR)
    day = event("e3", "2025-12-05", None, 2, granularity=Grain.DAY)
    assert (edtf(until), edtf(floor), edtf(day)) == ("../2025-03", "2027/..", "2025-12-05/..")
    assert phrase(until, "es") == "hasta marzo 2025"
    assert phrase(floor, "es") == "no antes de 2027"
    assert phrase(floor, "en") == "not before 2027"
    assert phrase(day, "es") == "no antes de 5 dic 2025"
    assert floor.undated and until.undated
    full = event("e4", "2028-01-01", "2028-01-01", 3)
    ordered = order([floor, full, until, event("e5", None, None, 0)])
    assert [e.id for e in ordered] == ["e4", "e1", "e2", "e5"]  # after the full windows, by the end they know
    assert all(e.overlaps == [] for e in ordered)


def test_an_open_window_writes_the_one_period_it_knows_at_its_grain():
    """"no antes del verano de 2026", "hasta el tercer trimestre": the phrase names the
    whole period (no day is made up from its first or last), and EDTF, whose interval
    takes a single date for an end, writes that end at the period's precision."""
    summer = event("e1", "2026-06-01", None, 0, granularity=Grain.SEASON)
    assert phrase(summer, "es") == "no antes de verano de 2026"
    assert edtf(summer) == "2026-06/.."
    quarter = event("e2", None, "2025-09-30", 0, granularity=Grain.QUARTER)
    assert phrase(quarter, "en") == "until third quarter of 2025"
    assert edtf(quarter) == "../2025-09"
    week = event("e3", "2025-11-17", None, 0, granularity=Grain.WEEK)
    assert phrase(week, "en") == "not before week of 17 Nov 2025"
    assert edtf(week) == "2025-11-17/.."
