"""Find the document creation time (DCT) in an article's first lines.

Recognised, in this order of trust:
- a header line `date 2025-11-11` (the format of the reference corpus), text may follow;
- an agency dateline opening the body: `MOSCÚ, 11 nov (EFE).-`,
  `Madrid, 3 de abril de 2025 (Europa Press)`, `WASHINGTON, Nov 11 (Reuters) -`;
- a line that is only a date: `11/11/2025`, `11 de noviembre de 2025`,
  `martes, 11 de noviembre de 2025`, `November 11, 2025`, `2025-11-11`, `2025-11-11T09:30:00Z`;
- a date with its year opening the text, a dash and the body: `11/11/2025 - El Gobierno ...`;
- a web page's date line: a label, or a byline and a bar, before the date
  (`Actualizado: martes, 11 noviembre 2025 09:14`, `Por Juan Pérez | 11/11/2025 -
  10:32h`, `Published Nov. 11, 2025 5:30 PM ET`, `Updated 10:32 AM EST, Tue November 11, 2025`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass

from timeline import lang
from timeline.reading.verbs import governing_verb, verbs

_MAX_LINES = 6  # datelines sit in the first lines; body dates further down are not DCTs
_MAX_CHARS = 1500


@dataclass(frozen=True)
class Dateline:
    date: dt.date | None  # None: day and month found but no year anywhere
    start: int
    end: int  # the dateline text, end exclusive (what becomes t0)
    body_start: int  # where the article body continues after it
    kind: str  # "header" or "dateline"
    line: int  # index of the line it was found on
    note: str | None = None
    year_guessed: bool = False  # no year written: `date` takes a year from the article (_infer_year)


@functools.cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for code in lang.available():
        for number, names in lang.load(code)["calendar"]["months"].items():
            for name in names:
                table.setdefault(name, int(number))
    return table


@functools.cache
def _weekday_table() -> dict[str, int]:
    return {name: int(number) for code in lang.available() for number, names in lang.load(code)["calendar"]["weekdays"].items() for name in names}


def _alternation(words) -> str:
    """A regex alternative of the words, the longest first ("miércoles|mar")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _words(table: str, key: str) -> list[str]:
    """The words of `[table] key` in every language's calendar.toml."""
    return [w for code in lang.available() for w in lang.load(code)["calendar"].get(table, {}).get(key, ())]


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months, weekdays = _alternation(_month_table()), _alternation(_weekday_table())
    zones = _alternation({zone for code in lang.available() for zone in lang.load(code)["temporal"].get("timezones", {}) if zone})
    labels, clock_links = _alternation(_words("dateline", "labels")), _alternation(_words("dateline", "clock_links"))
    day_month_year, month_day_year = _day_and_month(months, year_required=False)
    numeric = r"(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})[/.-](?P<y3>\d{4})"
    # ISO 8601, with the time a feed or a page's metadata writes ("2025-11-11T09:30:00Z")
    iso = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    date = rf"(?:{iso}|{numeric}|{day_month_year}|{month_day_year})"
    weekday = rf"(?:(?:{weekdays})\.?,?\s+)?"
    clock = rf"(?:[,\s/-]+(?:(?:{clock_links})\s+)?\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:h|horas|hrs|[ap]\.?m\.?))?(?:\s*\(?(?:{zones})\)?)?)?"
    # a clock before the date, as CNN writes it: "Updated 10:32 AM EST, Tue November 11, 2025"
    lead_clock = rf"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*(?:{zones}))?,?\s+)?"
    agency = r"\((?P<agency>[^()\n]{2,40})\)"
    # A place name: capitalised words, with lower-case links ("Santa Cruz de la Sierra").
    upper = r"[A-ZÁÉÍÓÚÑÜÇ][^\W\d_.'’ -]*"
    place = rf"(?P<place>(?-i:{upper}(?:[ '’.-]+(?:(?:de|del|la|las|los|el|y)\s+)*{upper}){{0,4}}))"
    # AP style names the region after the city: "MANILA, Philippines,", "SPRINGFIELD, Ill.,"
    region = rf"(?:,\s*(?-i:{upper}(?:[ .]+{upper}){{0,2}})\.?)?"
    flags = re.IGNORECASE
    return {
        "header": re.compile(r"\A[ \t]*date[ \t]+(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})\b"),
        "agency": re.compile(
            rf"[ \t]*{place}{region}\s*(?:\([^()\n]{{2,40}}\)\s*)?,\s*{weekday}(?P<date>{date}){clock}\s*"
            rf"(?:{agency}\s*)?(?P<tail>\.?\s*[-–—]+|:|$)",
            flags,
        ),
        "alone": re.compile(rf"[ \t]*{weekday}(?P<date>{date}){clock}[ \t.]*$", flags),
        # a date with its year opening the body after a dash: "11/11/2025 - El Gobierno ..."
        "leading": re.compile(rf"[ \t]*{weekday}(?P<date>{date}){clock}[ \t]*\.?[ \t]*[-–—]+[ \t]+(?=\S)", flags),
        # each bar-separated part before the date holds no bar: linear however it fails
        "labelled": re.compile(
            rf"[ \t]*(?:[^|·•\n]*[|·•][ \t]*)*(?:(?:{labels})[ \t]*:?[ \t]*{lead_clock})?{weekday}(?P<date>{date}){clock}[ \t.]*(?:[|·•][^\n]*)?$",
            flags,
        ),
    }


def _day_and_month(months: str, year_required: bool) -> tuple[str, str]:
    """Patterns of a day with its month, and its year if written: "11 de noviembre de
    2025", "11 nov", "Nov. 11, 2025" (groups d1 m1 y1, d2 m2 y2: see `_to_date`)."""
    optional = "" if year_required else "?"
    return (
        rf"(?P<d1>\d{{1,2}})(?:\s+de)?\s+(?P<m1>{months})\.?(?:,?\s+(?:de(?:l)?\s+)?(?P<y1>\d{{4}})){optional}",
        rf"(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}})){optional}",
    )


def _to_date(match: re.Match[str], day_first: bool) -> tuple[int | None, int, int] | None:
    g = match.groupdict()
    if g.get("y4"):
        return int(g["y4"]), int(g["m4"]), int(g["d4"])
    if g.get("d3"):
        first, second = int(g["d3"]), int(g["m3"])
        day, month = (first, second) if day_first or first > 12 else (second, first)
        return int(g["y3"]), month, day
    table = _month_table()
    if g.get("d1"):
        year = int(g["y1"]) if g.get("y1") else None
        return year, table[g["m1"].lower()], int(g["d1"])
    if g.get("d2"):
        year = int(g["y2"]) if g.get("y2") else None
        return year, table[g["m2"].lower()], int(g["d2"])
    return None


def _ambiguity(match: re.Match[str], date: dt.date, day_first: bool, language: str = "en") -> str | None:
    """A note when a numeric dateline reads both ways (03/04/2025): we read it day
    first (Spanish and most of the world) unless the article is in English."""
    first, second = match.group("d3"), match.group("m3")
    if first is None or int(first) > 12 or int(second) > 12 or int(first) == int(second):
        return None
    order = _note(language, "day_first" if day_first else "month_first")
    return _note(language, "ambiguous", date=match.group("date"), order=order, iso=date.isoformat())


def _note(language: str, key: str, **values: object) -> str:
    """A note on the document in the article's language (the [notes] of its phrases:
    a Spanish article's JSON says "la data no indica el año")."""
    return str(lang.load(language)["phrases"]["notes"][key]).format(**values)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d|21\d\d)(?![\d.,]\d)")


@functools.cache
def _weekday_dates() -> re.Pattern[str]:
    """A weekday with its day of the month: "el viernes 14.", "viernes, 14 de noviembre",
    "Friday, Nov. 14", "Friday 14 November" (a bare number ends a phrase: "on Monday 15
    new cases" is a count)."""
    weekdays, months = _alternation(_weekday_table()), _alternation(_month_table())
    day = r"([1-9]|[12]\d|3[01])(?!\d)"
    return re.compile(
        rf"\b(?P<weekday>{weekdays}),?\s+(?:(?P<before>{months})\.?\s+(?P<d1>{day})|(?P<d2>{day})(?:\s+(?:de\s+)?(?P<after>{months})\b|(?=\s*(?:[.,;:)]|$))))",
        re.IGNORECASE,
    )


def _weekday_evidence(text: str, month: int, day: int) -> list[tuple[int, int, int, int]]:
    """(year step, month, day, ISO weekday) of each weekday written with its day in the
    dateline's month or a month next to it (a day with no month is in the dateline's
    month, or the next or previous one when it lies far from it); farther dates may be
    of any year."""
    months, weekdays = _month_table(), _weekday_table()
    found = []
    for match in _weekday_dates().finditer(text):
        named = match.group("before") or match.group("after") or _month_told_before(text, match.start())
        number = int(match.group("d1") or match.group("d2"))
        if named:
            step = months[named.lower()] - month
        elif abs(number - day) <= 15:
            step = 0
        else:
            step = 1 if number < day else -1
        step = (step + 6) % 12 - 6  # months apart, the short way round the year end
        if abs(step) <= 1:
            at = month + step
            found.append(((at - 1) // 12, (at - 1) % 12 + 1, number, weekdays[match.group("weekday").lower()]))
    return found


def _month_told_before(text: str, at: int) -> str | None:
    """The last month written in full earlier in the sentence: "el puente de diciembre,
    que comienza el viernes 5" is a Friday of December, not of the dateline's month."""
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    names = _full_month_names().findall(text, opening, at)
    return names[-1] if names else None


@functools.cache
def _full_month_names() -> re.Pattern[str]:
    """Month names as written in full ("diciembre", "December"; no "mar" or "may")."""
    names = {names[0] for code in lang.available() for names in lang.load(code)["calendar"]["months"].values()}
    return re.compile(rf"\b(?:{_alternation(names)})\b", re.IGNORECASE)


@functools.cache
def _current_years() -> re.Pattern[str]:
    """A year named as the article's own: "en lo que va de 2025", "so far in 2025"."""
    before, after, year = _words("current_year", "before"), _words("current_year", "after"), _YEAR.pattern
    parts = [rf"\b(?:{_alternation(before)})\s+{year}"] if before else []
    parts += [rf"{year},?\s+(?:{_alternation(after)})\b"] if after else []
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    date = _valid(year, month, day)
    return date.isoweekday() if date else None


def _infer_year(text: str, month: int, day: int, language: str, lead_start: int) -> tuple[int | None, str | None]:
    """A dateline without a year ("MOSCÚ, 11 nov (EFE)") takes the year the article
    names as its own ("en lo que va de 2025") or counts from one it writes ("un año
    después de la dana de 2024"); else the year the article's weekdays fit
    ("el viernes 14"), among the years it mentions and their neighbours, or the one its
    English lead's saying fits ("a U.S. official said on Tuesday"); else the year
    it mentions most (the latest on ties) of those told as past or present: a bound
    ("hasta 2030") or a plan ("llegará en 2027") may lie years ahead. It is a guess, so
    it is noted; with no such year there is none."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    if not years:
        return None, None
    own = Counter(int(next(filter(None, match.groups()))) for match in _current_years().finditer(text))
    if own:
        year = max(own, key=lambda y: (own[y], y))
        return year, _note(language, "year_own", year=year)
    counted = Counter(_years_from_counts(text, language))
    if counted:
        year = max(counted, key=lambda y: (counted[y], y))
        return year, _note(language, "year_counted", year=year)
    told_at = [match for match in _YEAR.finditer(text) if not _ahead(text, match.start(), language)]
    told = Counter(int(match.group(1)) for match in told_at)
    evidence = _weekday_evidence(text, month, day)
    if evidence:
        fits = {
            year: sum(_weekday_of(year + step, m, d) == w for step, m, d, w in evidence)
            for year in {y + step for y in years for step in (-1, 0, 1)}
        }
        best = max(fits.values())
        if best < len(evidence):
            # none of them fits every weekday: an article comes after the years it tells,
            # often a few ("la huelga de marzo de 2023 ... el sábado 29 de noviembre": 2025)
            later = next((y for y in range(max(years) + 2, max(years) + 6) if all(_weekday_of(y + step, m, d) == w for step, m, d, w in evidence)), None)
            if later is not None:
                return later, _note(language, "year_weekdays", year=later)
        if best:
            fitting = [y for y in fits if fits[y] == best]
            # an article comes no earlier than the years it tells as past: "Wednesday, Nov.
            # 26" fits 2003 and 2025, "signed in September 2024" leaves 2025
            fitting = [y for y in fitting if y >= max(told, default=y)] or fitting
            year = max(fitting, key=lambda y: (years[y], y))
            return year, _note(language, "year_weekdays", year=year)
    # years told under a past verb: the article is no earlier than any of them
    past = [int(match.group(1)) for match in told_at if _told_as_past(text, match.start(), language)]
    lead = _lead_weekday(text, lead_start)
    if lead is not None:
        # "WASHINGTON, Nov 11 (Reuters) - ..., a U.S. official said on Tuesday": the lead's
        # saying is almost always on the dateline's day; the one year it fits, among those
        # mentioned and their neighbours, none before a year told as past ("said on Monday"
        # may be the day before: a year the day moves away from, so the fit must be unique)
        weekday, named = lead
        fitting = [y for y in sorted({y + step for y in years for step in (-1, 0, 1)}) if _weekday_of(y, month, day) == weekday]
        fitting = [y for y in fitting if y >= max(past, default=y)]
        if len(fitting) == 1:
            return fitting[0], _note(language, "year_lead_day", year=fitting[0], weekday=named)
    planned = _planned_dates(text, language)
    if planned:
        # "podrá visitarse hasta el 8 de marzo de 2026": the article comes before the
        # first day it plans for, most likely in the year before it
        first = min(planned)
        year = first.year if (month, day) < (first.month, first.day) else first.year - 1
        if year >= max(told, default=year):
            return year, _note(language, "year_planned", year=year)
    if not told:
        return None, None
    # no earlier than a year told under a past verb: "fracasó en marzo de 2024" outweighs
    # "prorrogados de 2023" written twice
    floor = max(past, default=None)
    candidates = Counter({year: count for year, count in told.items() if floor is None or year >= floor})
    year = max(candidates, key=lambda y: (candidates[y], y))
    between = _year_between_past_and_plan(text, language, past)
    if between is not None and between > year:
        return between, _note(language, "year_between", year=between)
    return year, _note(language, "year_most", year=year)


def _year_between_past_and_plan(text: str, language: str, past: list[int]) -> int | None:
    """"El intento fracasó en marzo de 2024 ... aprobará el techo de gasto para 2026": an
    article that tells a year as past and plans for a year two or more after it stands
    between them, in the year after the one told as past (2025; "The probe launched in
    2024. The crew will arrive in 2027": 2025 too, not 2024, which a plan years ahead left
    before, nor the year before a far plan, "la neutralidad en 2050"); a bound ("hasta
    2030") is no plan."""
    if not past:
        return None
    planned = [int(match.group(1)) for match in _YEAR.finditer(text)
               if not _bound_before().search(text, max(0, match.start() - 30), match.start()) and _told_ahead(text, match.start(), language)]
    first = min((year for year in planned if year > max(past)), default=None)
    return max(past) + 1 if first is not None and first - max(past) >= 2 else None


def _told_ahead(text: str, offset: int, language: str) -> bool:
    verb = _verb_of(text, offset, language)
    return verb is not None and verb.direction == "future"


def _lead_weekday(text: str, start: int) -> tuple[int, str] | None:
    """The weekday (ISO number, as written) the lead's verb of saying is told on, in the
    paragraph of the dateline, which opens at `start` (a headline may come before it):
    "a U.S. official said on Tuesday" (lang lead_day_words)."""
    lead = text[start : start + _LEAD_CHARS].split("\n", 1)[0]
    match = _lead_day_phrases().search(lead)
    if match is None:
        return None
    return _weekday_table()[match.group("weekday").lower()], match.group("weekday")


_LEAD_CHARS = 600


@functools.cache
def _lead_day_phrases() -> re.Pattern[str]:
    words = [w for code in lang.available() for w in lang.load(code)["calendar"].get("dateline", {}).get("lead_day_words", ())]
    full = [name for name in _weekday_table() if len(name) > 3]  # no "mon", "mar": words of their own
    return re.compile(rf"\b(?:{_alternation(words)})\s+(?P<weekday>{_alternation(full)})\b", re.IGNORECASE)


def _years_from_counts(text: str, language: str) -> list[int]:
    """The article's own year told as a count from a year written: "llegan un año
    después de la dana del 29 de octubre de 2024" (2025, under a verb not past), "hace
    dos años, en 2023", "two years ago, in 2023" (2025)."""
    cardinals = lang.load(language)["numerals"].get("cardinals", {})
    found = []
    for match in _counted_years(language).finditer(text):
        count_word = match.group("n1") or match.group("n2") or match.group("n3")
        count = int(count_word) if count_word.isdigit() else cardinals.get(count_word.lower())
        year = int(match.group("y1") or match.group("y2") or match.group("y3"))
        if not count or count > 100:
            continue
        if match.group("n1"):  # "N años después de ... YEAR": told from now only under a verb not past
            verb = _verb_of(text, match.start(), language)
            if verb is not None and verb.direction == "past":
                continue
        found.append(year + count)
    return found


@functools.cache
def _counted_years(language: str) -> re.Pattern[str]:
    words = lang.load(language)["calendar"].get("current_year", {})
    cardinals = _alternation(lang.load(language)["numerals"].get("cardinals", {}))
    count = rf"(?:\d{{1,2}}|{cardinals})"
    units, after, ago = (_alternation(words.get(key, ())) for key in ("years", "years_after", "years_ago"))
    year = _YEAR.pattern
    if not (units and after and ago):
        return re.compile("(?!)")
    ago_before = language != "en"  # "hace dos años" / "two years ago"
    counted_ago = rf"(?:{ago})\s+(?P<n2>{count})\s+(?:{units})" if ago_before else rf"(?P<n2>{count})\s+(?:{units})\s+(?:{ago})"
    return re.compile(
        rf"\b(?P<n1>{count})\s+(?:{units})\s+(?:{after})\b[^.!?\n]{{0,60}}?(?P<y1>{year})"
        rf"|\b{counted_ago},?\s+(?:\w+\s+){{0,2}}(?P<y2>{year})"
        rf"|(?P<y3>{year}),?\s+{counted_ago.replace('n2', 'n3')}\b",
        re.IGNORECASE,
    )


def _planned_dates(text: str, language: str) -> list[dt.date]:
    """The full dates (day, month and year) the article sets ahead: after a bound word
    or under a future verb."""
    found = []
    for match in _full_dates().finditer(text):
        date = _valid(*_to_date(match, day_first=True))  # type: ignore[misc]
        if date is not None and _ahead(text, match.start(), language):
            found.append(date)
    return found


@functools.cache
def _full_dates() -> re.Pattern[str]:
    """A day with its month and year: "8 de marzo de 2026", "March 8, 2026"."""
    day_month_year, month_day_year = _day_and_month(_alternation(_month_table()), year_required=True)
    return re.compile(rf"\b(?:{day_month_year}|{month_day_year})\b", re.IGNORECASE)


def _ahead(text: str, offset: int, language: str) -> bool:
    """Does the year at `offset` close a stretch ("hasta 2030", "by 2027") or sit
    under a future verb ("llegará en 2027")? Then the article may be years older."""
    if _bound_before().search(text, max(0, offset - 30), offset):
        return True
    verb = _verb_of(text, offset, language)
    return verb is not None and verb.direction == "future" or _moved_to(text, offset, language)


def _moved_to(text: str, offset: int, language: str) -> bool:
    """Is the year at `offset` the new date of a move ("was pushing back the launch of
    its mission, which ..., to February 2026"): a move's target word before it and a verb
    of moving earlier in its sentence?"""
    if _move_target_before(language).search(text, max(0, offset - 30), offset) is None:
        return False
    moving = _direction_cues(language).get("move_verbs", ())
    return any(verb.lemma in moving for verb in verbs(text, _sentence_start(text, offset), offset, language))


def _told_as_past(text: str, offset: int, language: str) -> bool:
    verb = _verb_of(text, offset, language)
    return verb is not None and verb.direction == "past"


def _verb_of(text: str, offset: int, language: str):
    """The verb that governs the words at `offset` in their sentence."""
    ends = [at for at in (text.find(mark, offset) for mark in _SENTENCE_MARKS) if at >= 0]
    return governing_verb(text, offset, _sentence_start(text, offset), min(ends, default=len(text)), language)


# the body is not yet split into sentences here: they are cut at these marks and line ends
_SENTENCE_MARKS = ".!?\n"


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(mark, 0, offset) for mark in _SENTENCE_MARKS) + 1


@functools.cache
def _bound_before() -> re.Pattern[str]:
    """A bound or target word before a year ("hasta", "until", "by"), with the part of
    it named between ("until the summer of 2028", "hasta finales de 2030")."""
    return re.compile(rf"\b(?:{_alternation(_words('current_year', 'bounds'))})\s+{_part_of_year()}$", re.IGNORECASE)


@functools.cache
def _move_target_before(language: str) -> re.Pattern[str]:
    """A move's target word before a year ("to February 2026", "hasta febrero de 2026")."""
    targets = _direction_cues(language).get("move_targets", ())
    return re.compile(rf"\b(?:{_alternation(targets)})\s+{_part_of_year()}$", re.IGNORECASE) if targets else re.compile(r"(?!)")


def _direction_cues(language: str) -> dict:
    return lang.load(language)["temporal"].get("direction_cues", {})


@functools.cache
def _part_of_year() -> str:
    """Up to four words naming a part of the year before it ("the summer of", "finales de")."""
    parts = set()
    for code in lang.available():
        temporal, months = lang.load(code)["temporal"], lang.load(code)["calendar"]["months"]
        parts |= {word for table in ("positions", "seasons") for word in temporal.get(table, {}) if " " not in word}
        parts |= {names[0] for names in months.values()}
    return rf"(?:(?:el|la|the|de|del|of|año|year|{_alternation(parts)})\s+){{0,4}}"


def find_dateline(text: str, day_first: bool = True, language: str = "es", given_year: int | None = None) -> Dateline | None:
    """The dateline of `text`, or None. `day_first` decides 03/04/2025; `language`
    reads the verbs when the year must be guessed; `given_year` (--dateline-year)
    is the year of a dateline that writes none, before any guess from the text."""
    patterns = _patterns()
    header = patterns["header"].match(text)
    if header:
        date = _valid(*_to_date(header, day_first))  # type: ignore[misc]
        if date is not None:
            return Dateline(date, header.start("y4"), header.end(), header.end(), "header", 0)

    offset = 0
    seen = 0
    for index, line in enumerate(text[:_MAX_CHARS].split("\n")):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        for kind in ("alone", "agency", "labelled", "leading"):
            match = patterns[kind].match(line)
            if not match:
                continue
            parts = _to_date(match, day_first)
            if parts is None:
                continue
            year, month, day = parts
            if kind == "leading" and (year is None or seen > 1):
                # a dateline writes its year there and opens the text ("11 nov - ..." may
                # open any sentence; "11 de marzo de 2004 - Atentados" may be a chronology's line)
                continue
            note, guessed = None, False
            if year is None and given_year is not None:
                year, note = given_year, _note(language, "year_given", year=given_year)
            elif year is None:
                year, note = _infer_year(text, month, day, language, line_start)
                guessed = note is not None
                if year is None:
                    return Dateline(None, line_start + match.start("date"), line_start + match.end("date"),
                                    line_start + match.end(), "dateline", index,
                                    _note(language, "no_year", date=match.group("date")))
            date = _valid(year, month, day)
            if date is None:
                continue
            note = note or _ambiguity(match, date, day_first, language)
            body = line_start + match.end()
            return Dateline(date, line_start + match.start("date"), line_start + match.end("date"),
                            body, "dateline", index, note, guessed)
    return None
