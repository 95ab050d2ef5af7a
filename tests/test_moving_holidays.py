"""The table of holidays whose date moves (timeline/lang/moving_holidays.toml) checked
against what can be computed or bounded independently: the Hebrew ones against the
Hebrew calendar's arithmetic, the Islamic ones against each other (a month has 29 or 30
days), the lunar new year and Diwali against the seasons they fall in."""

import datetime as dt
import tomllib
from pathlib import Path

import pytest

TABLE = tomllib.loads((Path(__file__).parent.parent / "timeline" / "lang" / "moving_holidays.toml").read_text("utf-8"))
YEARS = range(2000, 2041)


def _days(table: str) -> dict[int, tuple[dt.date, dt.date]]:
    """Gregorian year of the first day -> (first day, last day)."""
    found = {}
    for entry in TABLE[table]:
        first, _, last = entry.partition("/")
        start = dt.date.fromisoformat(first)
        found[start.year] = (start, dt.date.fromisoformat(last) if last else start)
    return found


# --- the Hebrew calendar: the molad of Tishrei and its postponements ---------------------

def _elapsed_days(year: int) -> int:
    """Days from the calendar's epoch to the molad day of 1 Tishrei of `year`, put off a
    day when it would fall on a Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _year_length_correction(year: int) -> int:
    """The two postponements that keep a year's length within 353-355 or 383-385 days."""
    before, this, after = _elapsed_days(year - 1), _elapsed_days(year), _elapsed_days(year + 1)
    if after - this == 356:
        return 2
    return 1 if this - before == 382 else 0


_EPOCH = -1373427  # 1 Tishrei of year 1, as a proleptic Gregorian ordinal


def hebrew_new_year(year: int) -> dt.date:
    return dt.date.fromordinal(_EPOCH + _elapsed_days(year) + _year_length_correction(year))


def test_the_arithmetic_gives_known_new_years():
    assert hebrew_new_year(5786) == dt.date(2025, 9, 23)
    assert hebrew_new_year(5785) == dt.date(2024, 10, 3)
    assert hebrew_new_year(5761) == dt.date(2000, 9, 30)


@pytest.mark.parametrize("year", YEARS)
def test_hebrew_holidays_follow_the_calendar(year):
    new_year = hebrew_new_year(year + 3761)  # 1 Tishrei falls in the autumn of `year`
    length = (hebrew_new_year(year + 3762) - new_year).days
    assert length in (353, 354, 355, 383, 384, 385)
    cheshvan = 30 if length in (355, 385) else 29
    assert _days("rosh_hashanah")[year] == (new_year, new_year)
    assert _days("yom_kippur")[year] == (new_year + dt.timedelta(9),) * 2
    # 15 Nisan comes 163 days before 1 Tishrei; Passover is kept eight days
    passover = new_year - dt.timedelta(163)
    assert _days("passover")[year] == (passover, passover + dt.timedelta(7))
    # 25 Kislev: Tishrei has 30 days, Cheshvan 29 or 30
    hanukkah = new_year + dt.timedelta(30 + cheshvan + 24)
    assert _days("hanukkah")[hanukkah.year] == (hanukkah, hanukkah + dt.timedelta(7))


# --- the Islamic ones, against each other ------------------------------------------------

def test_ramadan_lasts_a_month_and_eid_al_fitr_follows_it():
    fitr = {dt.date.fromisoformat(e) for e in TABLE["eid_al_fitr"]}
    for entry in TABLE["ramadan"]:
        first, last = (dt.date.fromisoformat(d) for d in entry.split("/"))
        assert (last - first).days + 1 in (29, 30), entry
        assert last + dt.timedelta(1) in fitr, entry


def test_eid_al_adha_comes_two_months_and_ten_days_after_eid_al_fitr():
    fitr = sorted(dt.date.fromisoformat(e) for e in TABLE["eid_al_fitr"])
    adha = sorted(dt.date.fromisoformat(e) for e in TABLE["eid_al_adha"])
    for day in fitr:
        following = next((a for a in adha if a > day), None)
        if following is not None and following.year <= 2040:
            # 1 Shawwal to 10 Dhu al-Hijjah: Shawwal and Dhu al-Qadah of 29 or 30 days, then 9
            assert 67 <= (following - day).days <= 69, day


def test_islamic_years_are_lunar():
    for table in ("eid_al_fitr", "eid_al_adha"):
        days = sorted(dt.date.fromisoformat(e) for e in TABLE[table])
        assert all((b - a).days in (354, 355) for a, b in zip(days, days[1:])), table


# --- the lunisolar ones, against their seasons -------------------------------------------

def test_lunar_new_year_falls_between_21_january_and_20_february():
    days = [dt.date.fromisoformat(e) for e in TABLE["lunar_new_year"]]
    assert [d.year for d in days] == list(YEARS)
    assert all(dt.date(d.year, 1, 21) <= d <= dt.date(d.year, 2, 20) for d in days)
    # twelve or thirteen lunar months apart
    assert all((b - a).days in (354, 355, 383, 384, 385) for a, b in zip(days, days[1:]))


def test_diwali_falls_between_mid_october_and_mid_november():
    days = [dt.date.fromisoformat(e) for e in TABLE["diwali"]]
    assert all(dt.date(d.year, 10, 17) <= d <= dt.date(d.year, 11, 15) for d in days)
    assert all((b - a).days in (354, 355, 383, 384, 385) for a, b in zip(days, days[1:]))
