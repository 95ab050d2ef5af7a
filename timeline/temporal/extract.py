"""Extraction: scan the class string once per pattern, pick the longest
non-overlapping candidates, combine neighbours, reject non-dates by rule.

Each rule is a class pattern (see grammar.py) plus a handler that reads the
matched tokens and returns a `Spec`, or None to reject. Handlers know token
classes and the payloads the lexicon attached to them, never words: the words
are in `timeline/lang/<code>/*.toml`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import re._parser as _regex_parser  # the widths of a pattern (Python >= 3.11)
from dataclasses import dataclass
from typing import Callable

from timeline.models import SEASON_BY_START_MONTH, Mod, duration_days
from timeline.temporal import grammar
from timeline.temporal.grammar import CHAR, NAME_OF_CHAR, Lexicon, Token, Tokens, compile_pattern, number_value, roman_value
from timeline.temporal.spec import Spec


@dataclass(slots=True)
class Candidate:
    lo: int  # token index, inclusive
    hi: int  # token index, exclusive
    spec: Spec
    priority: int
    needs_day: bool = False  # kept only if a neighbour joins it: a bare part of day ("la noche"), a day without its month


class Match:
    """A pattern match over the compressed class string (see `compress`), seen in
    token indexes, with access to the tokens of its named groups."""

    __slots__ = ("m", "index", "groups", "tokens", "lex", "lo", "hi")

    def __init__(self, m: re.Match[str], index: list[int], groups: frozenset[str], tokens: Tokens, lex: Lexicon) -> None:
        self.m, self.index, self.groups, self.tokens, self.lex = m, index, groups, tokens, lex
        start = m.start()
        self.lo = index[start]  # token index, inclusive
        self.hi = self.lo + (m.end() - start)  # token index, exclusive

    # A group maps to token indexes from the token of its first class on, as the match does.
    def group(self, name: str) -> list[Token] | None:
        """The tokens of a group; None when it did not match or the rule has no such group."""
        if name not in self.groups:
            return None
        lo, hi = self.m.span(name)
        if lo < 0:
            return None
        first = self.index[lo]
        return self.tokens.run(first, first + (hi - lo))

    def one(self, name: str) -> Token | None:
        """The first token of a group; None when it is empty, did not match or does not exist."""
        if name not in self.groups:
            return None
        lo, hi = self.m.span(name)
        if hi > lo >= 0:
            tokens, i = self.tokens, self.index[lo]
            return tokens._cache.get(i) or tokens._build(i)  # Tokens.at, without the call (handlers ask for every group)
        return None

    def token(self, name: str) -> Token:
        """`one` for a group the handler's pattern always fills when it runs (as the
        handler reads it: a required group, or one `has` has seen): a token, never None."""
        lo, hi = self.m.span(name)  # (`one`'s body, without its checks: handlers ask for every group)
        if hi > lo >= 0:
            tokens, i = self.tokens, self.index[lo]
            return tokens._cache.get(i) or tokens._build(i)
        raise LookupError(f"the match has no token in group {name!r}")

    def tokens_of(self, name: str) -> list[Token]:
        """`group` for a group the handler's pattern always fills when it runs: a list,
        never None."""
        tokens = self.group(name)
        if tokens is None:
            raise LookupError(f"the match has no group {name!r}")
        return tokens

    def has(self, name: str) -> bool:
        return name in self.groups and self.m.start(name) >= 0

    def before(self, k: int = 1) -> Token | None:
        i = self.lo - k
        return self.tokens.at(i) if i >= 0 else None  # (a valid index: at(), not the checks of [])

    def after(self, k: int = 0) -> Token | None:
        i = self.hi + k
        return self.tokens.at(i) if i < len(self.tokens.starts) else None


Handler = Callable[[Match], Spec | None]

# Year part of a date: "de 2025", "del 2008", "del año pasado", "de este año", "last
# year"; "Semana Santa el año pasado" with no "de" too.
_YP = (
    "(?: (?:DE|DEL) ART? (?P<year>YEARNUM) |"
    " (?:DE|DEL|(?=(?:THIS|NEXT|PAST|LAST) YEARWORD)|(?=ART YEARWORD (?:PAST|NEXT|PREVIOUS|FOLLOWING)))"
    " (?P<yref>(?:THIS|NEXT|PAST|THAT SAME?|ART? SAME|LAST|ART)? YEARWORD (?:PAST|NEXT|PREVIOUS|FOLLOWING|CURRENT|SAME)?) )"
)
_COUNT = "(?: NUM | NW (?: (?:AND|HYPHEN)? NW){0,3} )"
# A zone after a clock time: "UTC", "hora local", "(GMT +8)".
_TZ = "(?P<tz>LPAREN TZ (?:(?:PLUS|HYPHEN) (?:DAYNUM|CLOCK|INT))? RPAREN | TZ (?:(?:PLUS|HYPHEN) (?:DAYNUM|CLOCK|INT))?)?"
# An optional year after a date: a year part or a bare year ("nov. 2025").
_YEAR_OPT = f"(?:{_YP}|(?P<yr2>YEARNUM))?"
# "the week before last", "the week after next"; not "before last year's vote"
_TWO_AWAY = "SIGNAL (?:PAST|NEXT) (?!UNITX|WEEKDAY|MON|SEASON|HOLIDAY|PODX|DEIX|YEARNUM)"


# ---------------------------------------------------------------------------
# helpers


def _in_named_year(m: Match, spec: Spec) -> Spec | None:
    """The spec with the year written after it ("de 2026", "del año que viene", "2024"),
    None when that year part is no year of it."""
    if not _year_part(m, spec):
        return None
    if m.has("yr2"):
        spec.year = m.token("yr2").info
    return spec


def _year_part(m: Match, spec: Spec) -> bool:
    """Fill year fields from the _YP group; False when it is not a year."""
    year = m.one("year")
    if year is not None:
        spec.year = year.info
        return True
    yref = m.group("yref")
    if yref is None:
        return True
    classes = {t.cls for t in yref}
    if yref[-1].cls == "YEARWORD" and yref[-1].low in m.lex.plural_units:
        return False
    if classes & {"THIS", "CURRENT"}:
        spec.year_rel = ("dct", 0)
    elif classes & {"PAST", "LAST"}:
        spec.year_rel = ("dct", -1)
    elif "NEXT" in classes:
        spec.year_rel = ("dct", 1)
    elif "PREVIOUS" in classes:
        spec.year_rel = ("ref", -1)
    elif "FOLLOWING" in classes:
        spec.year_rel = ("ref", 1)
    else:  # "del año", "de ese año", "del mismo año"
        spec.year_rel = ("ref", 0)
    return True


def _mods(tokens: list[Token] | None) -> set[str]:
    return {t.cls for t in tokens} if tokens else set()


def _direction_of(classes: set[str]) -> str | None:
    if "PAST" in classes:
        return "past_strict"
    if "NEXT" in classes:
        return "future_strict"
    if "THIS" in classes:
        return "this"
    return None


def _is_plural_article(token: Token | None, lex: Lexicon) -> bool:
    return token is not None and token.low in lex.data["grammar"].get("plural_articles", ())


def _sentence_initial(tokens: Tokens, i: int) -> bool:
    """Is token i capitalised because it opens a sentence (or a quote, or a
    bracket, or a clause after a colon)? An article before it counts as the opener."""
    j = i - 1
    if j >= 0 and tokens[j].cls in ("ART", "DEL", "AL", "THIS", "PAST", "NEXT") and tokens[j].capital:
        j -= 1
    while j >= 0 and tokens[j].cls in ("QUOTE", "LPAREN"):
        j -= 1
    return j < 0 or tokens[j].cls in ("STOP", "COLON")


def _sentence_initial_word(tokens: Tokens, i: int) -> bool:
    """Is token i the first word of its sentence (nothing but quotes before it)?"""
    j = i - 1
    while j >= 0 and tokens[j].cls in ("QUOTE", "LPAREN"):
        j -= 1
    return j < 0 or tokens[j].cls in ("STOP", "COLON")


def _name_context(m: Match, token_index: int) -> bool:
    """A capitalised month or weekday used as (part of) a name: "Domingo Cavallo",
    "Plaza de Mayo", "Santo Domingo", "Abril" mid-sentence."""
    tokens = m.tokens
    token = tokens[token_index]
    if not token.capital:
        return False
    if m.lex.capitalised:
        return _name_context_capitalised(tokens, token_index, m.lex)
    nxt = tokens[token_index + 1] if token_index + 1 < len(tokens) else None
    if nxt is not None and nxt.cls == "NAME":
        return True
    prev = tokens[token_index - 1] if token_index > 0 else None
    if prev is not None and prev.cls == "NAME":
        return True
    if prev is not None and prev.cls == "DE":
        head = tokens[token_index - 2] if token_index > 1 else None
        if head is not None and head.capital:
            return True
    if prev is not None and prev.cls == "ART" and prev.capital and (nxt is None or not nxt.capital) and _sentence_initial_word(tokens, token_index - 1):
        return True  # "El Abril es el nombre del barco": the article takes the sentence's capital (a title-case line capitalises the next word too)
    return not _sentence_initial(tokens, token_index)


# Words before a capitalised month or weekday that make it a date whatever follows.
_DATE_CUES = frozenset(("EN", "A", "SINCE", "UNTIL", "TOWARD", "DE", "PAST", "NEXT", "THIS", "THAT", "COMMA", "LPAREN", "SIGNAL", "QMOD"))
_DATE_CUE_CHARS = frozenset(CHAR[name] for name in _DATE_CUES)
_NAME, _NAME_OR_ROMAN, _ART, _HYPHEN = CHAR["NAME"], frozenset((CHAR["NAME"], CHAR["ROMAN"])), CHAR["ART"], CHAR["HYPHEN"]


def _name_context_capitalised(tokens, i: int, lex: Lexicon) -> bool:
    """Where every month and weekday is capitalised ("on Monday", "in May"), a name
    is told by its neighbours: a capitalised word before ("Theresa May", "Good
    Friday"), or one after with no date cue before ("the Sunday Times", "May Day")."""
    classes = tokens.classes  # (the lists: no Token objects for the neighbours)
    prev = classes[i - 1] if i > 0 else None
    if prev in _NAME_OR_ROMAN and tokens.lows[i - 1] not in lex.stopwords and tokens.lows[i - 1] not in lex.date_openers:
        return not _weekday_after_object(tokens, i, lex)
    if i + 1 < len(classes) and classes[i + 1] == _NAME:
        # "said Monday Jones would resign": AP style dates the saying before its clause
        return prev is None or prev not in _DATE_CUE_CHARS and not (classes[i] == _WEEKDAY_CHAR and tokens.lows[i - 1] in lex.weekday_date_cues)
    # "the March for Life": a link and a name after the month
    return prev == _ART and i + 2 < len(classes) and tokens.lows[i + 1] in lex.name_links and classes[i + 2] == _NAME


_WEEKDAY_CHAR = CHAR["WEEKDAY"]
# What may follow a weekday told right after a name: "hit Florida Thursday.", "met Xi
# Monday in Lima", "beat Arsenal Sunday night"
_AFTER_BARE_WEEKDAY = frozenset(CHAR[name] for name in ("STOP", "COMMA", "COLON", "EN", "A", "TOWARD", "POD", "SIGNAL", "AND", "UNTIL", "SINCE"))


def _weekday_after_object(tokens, i: int, lex: Lexicon) -> bool:
    """AP style drops "on": "will hit Florida Thursday", "met Xi Monday in Lima". A
    weekday after a name that follows a lower-case word and ends the phrase is a
    date; "Mark Sunday, the coach" (no word before the name), "Jack Friday scored"
    (a verb after it) and "commemorated Bloody Sunday" (an epithet) are names."""
    classes, lows = tokens.classes, tokens.lows
    if classes[i] != _WEEKDAY_CHAR or lows[i - 1] in lex.weekday_epithets:
        return False
    if i + 1 < len(classes) and classes[i + 1] not in _AFTER_BARE_WEEKDAY:
        return False
    k = i - 1
    while k > 0 and classes[k - 1] in _NAME_OR_ROMAN:
        k -= 1
    if k > 1 and classes[k - 1] == _ART:
        return classes[k - 2] in _BEFORE_ARTICLED_NAME  # "The Lakers face the Celtics Friday night", "marched to the White House Monday"
    return k > 0 and classes[k - 1] == CHAR["WORD"]


_BEFORE_ARTICLED_NAME = frozenset(CHAR[name] for name in ("WORD", "A", "TOWARD", "EN"))


def _head_is_name(m: Match) -> bool:
    """A date inside a name: "Avenida 9 de Julio", "calle 2 de Mayo"."""
    prev = m.before(1)
    return prev is not None and prev.low in m.lex.name_heads


def _followed_by_measure(m: Match) -> bool:
    nxt = m.after(0)
    if nxt is None:
        return False
    if nxt.cls in ("PCT", "CURRENCY"):
        return True
    if nxt.low in m.lex.measures:
        return True
    second = m.after(1)  # "2025 por ciento", "per cent": a measure of two words
    return second is not None and f"{nxt.low} {second.low}" in m.lex.measures


def _counted_noun(m: Match, k: int) -> bool:
    """Is the word k tokens before the match a noun after a count ("60 films")?"""
    noun, count = m.before(k), m.before(k + 1)
    return noun is not None and count is not None and noun.cls == "WORD" and count.cls in ("INT", "DAYNUM", "NUMWORD", "AMOUNT")


def _league_rounds(m: Match, unit: Token) -> bool:
    """A count of a league's rounds in a word that also names a day: "siete jornadas sin
    ganar", "a falta de tres jornadas", "dos jornadas de Liga"."""
    rounds = ("units", "lists", "rounds")
    if unit.low not in m.lex.word_list(*rounds, "words"):
        return False
    first, second = m.after(0), m.after(1)
    if first is not None and first.low in m.lex.word_list(*rounds, "league"):
        return True
    if first is not None and second is not None:
        if first.low in m.lex.word_list(*rounds, "without") and second.low in m.lex.word_list(*rounds, "results"):
            return True
        if first.cls == "DE" and second.low in m.lex.word_list(*rounds, "league"):
            return True
    de, word = m.before(1), m.before(2)
    if de is not None and word is not None and de.cls == "DE" and word.low in m.lex.word_list(*rounds, "before_de"):
        return True
    return (first is None or first.cls not in ("DE", "DEL")) and _result_verb_before(m, m.lex.word_list(*rounds, "results"))


def _result_verb_before(m: Match, results: tuple[str, ...], reach: int = 5) -> bool:
    """A verb of a result a few words before the match, in its clause: "El Valencia no
    gana desde hace cinco jornadas" (rounds; "ganaron tres jornadas de descanso" has its
    "de" after and is not asked)."""
    stops = (CHAR["STOP"], CHAR["COMMA"])
    for k in range(m.lo - 1, max(m.lo - reach, 0) - 1, -1):
        if m.tokens.classes[k] in stops:
            return False
        if any(lemma in results for _tense, lemma in _word_verbs(m, m.tokens.at(k))):
            return True
    return False


def _preceded_by_number_head(m: Match) -> bool:
    prev = m.before(1)
    if prev is None:
        return False
    if prev.cls == "CURRENCY" or prev.low in m.lex.currencies or prev.low in m.lex.number_heads:
        return True
    return prev.cls in ("NAME", "CODE") and prev.capital and not _sentence_initial_word(m.tokens, m.lo - 1)


# ---------------------------------------------------------------------------
# handlers: dates


def _dot_is_sentence_end(m: Match) -> bool:
    """Is the dot after a month's abbreviation the mark the tokenizer puts after each
    sentence (an empty token), no written dot? "1ABr" at the text's end, "Cierre el 1
    abr" before the next sentence: no dot, and nothing read past it."""
    if not m.has("dot"):
        return False
    dot = m.token("dot")
    return dot.start == dot.end


def h_dmy(m: Match) -> Spec | None:
    month_token = m.one("month") or m.token("mabbr")
    day = _day_of_dmy(m)
    if day is None or month_token is None or _dot_is_sentence_end(m):
        return None
    if m.has("mabbr") and not (m.has("dot") or m.has("yr2") or m.has("year")):
        return None
    if m.has("dayw") and m.token("dayw").info != "day":
        return None
    if month_token.capital and _head_is_name(m):
        return None
    if month_token.capital and not m.has("yr2") and not m.has("year") and _street_after(m):
        return None  # "lives at 5 April Street": a number in a street named after the month
    spec = Spec("date", "day+month", day=day, month=month_token.info)
    if _in_named_year(m, spec) is None:
        return None
    if spec.year is None and spec.year_rel is None:
        spec.year = _numbered_act_year(m)
    spec.direction = _direction_of(_mods(m.group("pre")) | _mods(m.group("post")))
    if spec.year is not None:
        spec.rule = "day+month+year"
    return spec if _valid_day(spec) else None


def _day_of_dmy(m: Match) -> int | None:
    """The day of "el 15 de agosto", or of "el quince de agosto", "el treinta y uno de
    octubre" in words: only after an article and before "de" ("tres de agosto" is as
    often a count)."""
    day = m.one("day")
    if day is not None:
        return day.info
    value = _count(m)
    if value is None or not 1 <= value <= 31 or not m.has("art") or not m.has("de"):
        return None
    return value


_ACT_NUMBER = re.compile(r"\d{1,4}/(\d{4})")


def _numbered_act_year(m: Match) -> int | None:
    """"el Real Decreto 1/2025, de 14 de enero", "la Ley 39/2015 de 1 de octubre": a law's
    number carries the year of the day it is named by."""
    de, k = m.before(1), 2
    if de is None or de.cls != "DE":
        return None
    comma = m.before(k)
    if comma is not None and comma.cls == "COMMA":
        k += 1
    number = m.before(k)
    if number is None or number.cls != "CODE":
        return None
    found = _ACT_NUMBER.fullmatch(number.text)
    return int(found.group(1)) if found else None


def h_dmy_hyphen(m: Match) -> Spec | None:
    s1, s2 = m.token("s1"), m.token("s2")
    if s1.cls != s2.cls:
        return None
    year = m.token("year").info
    if not isinstance(year, int):
        return None
    if year < 100:
        year += 2000 if year < 70 else 1900
    spec = Spec("date", "dd-mon-yyyy", day=m.token("day").info, month=m.token("month").info, year=year)
    return spec if _valid_day(spec) else None


def _valid_day(spec: Spec) -> bool:
    import calendar

    if spec.day is None or spec.month is None:
        return True
    year = spec.year if spec.year is not None else 2024  # a leap year: 29 February may exist
    return 1 <= spec.day <= calendar.monthrange(year, spec.month)[1]


def h_range_first_day(m: Match) -> Spec | None:
    """"del 1 al 5 de diciembre", "entre el 4 y el 10 de noviembre", "desde el 7 hasta el
    15 de noviembre", "del lunes 10 al sábado 15 de noviembre": the first day takes the
    month (and year) written after the second."""
    tail = m.tokens[m.hi : m.hi + 24]  # "14, 15, 16 y 17 de abril": up to seven days in a row
    month = next((t for t in tail if t.cls in ("MONTH", "MONTHABBR")), None)
    if month is None:
        return None
    at = tail.index(month)
    spec = Spec("date", "range-first-day", day=m.token("day").info, month=month.info)
    if m.has("wd"):
        spec.weekday = m.token("wd").info
    last = next((t.info for t in reversed(tail[:at]) if t.cls == "DAYNUM"), None)
    if last is not None and spec.day > last:  # "del 28 al 3 de diciembre": the month before
        spec.month = month.info - 1 or 12
    i = m.hi + at + 1
    if i + 1 < len(m.tokens) and m.tokens[i].cls in ("DE", "DEL") and m.tokens[i + 1].cls == "YEARNUM":
        spec.year = m.tokens[i + 1].info
    elif i + 2 < len(m.tokens) and m.tokens[i].cls in ("DE", "DEL") and m.tokens[i + 1].cls == "ART" and m.tokens[i + 2].cls == "YEARNUM":
        spec.year = m.tokens[i + 2].info
    if spec.year is not None and spec.month > month.info:  # "del 28 al 3 de enero de 2026": December 2025
        spec.year -= 1
    return spec if _valid_day(spec) else None


def h_day_of_month(m: Match) -> Spec | None:
    """"el día 5", "el pasado día 20": a day of the DCT's month or a neighbour."""
    if m.token("dayw").low not in m.lex.data["units"]["lists"].get("day_of_month", ()):
        return None
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("PCT", "UNIT", "YEARWORD") or nxt.low in m.lex.measures):
        return None
    if nxt is not None and nxt.cls in ("DE", "DEL") and (second := m.after(1)) is not None and second.cls == "EVERY":
        return _day_of_every_month(m, m.token("day").info)  # "los días 24 de cada mes": a set
    k = 0
    while (link := m.after(k)) is not None and link.cls in ("AND", "COMMA", "AL", "A") and (day := m.after(k + 1)) is not None and day.cls == "DAYNUM":
        k += 2
    if k and (after_days := m.after(k)) is not None and (after_days.cls in ("MONTH", "MONTHABBR") or after_days.cls in ("DE", "DEL") and (month := m.after(k + 1)) is not None and month.cls in ("MONTH", "MONTHABBR")):
        return None  # "los días 14 y 15 de abril": the days of a month, read as such
    spec = Spec("date", "day-of-month", day=m.token("day").info)
    spec.direction = _direction_of(_mods(m.group("pre")))
    if spec.direction is None and _month_named_after(m):
        spec.notes.append("needs-month")  # "el día 1 del próximo mes"
    return spec


def h_weekend_of_days(m: Match) -> Spec | None:
    """"el fin de semana del 22 y 23", "la semana del 24": the weekend or week of a day
    of the month the tense chooses ("del 22 y 23 de noviembre" is a date of its own,
    joined by week_of; "la semana del 24 al 28" is a range of days)."""
    unit = m.token("u")
    if unit.info not in _WEEK_UNITS or _unit_plural(unit, m.lex) or not 1 <= m.token("day").info <= 31:
        return None
    second = m.one("day2")
    if second is not None and (unit.info != "weekend" or second.info - m.token("day").info not in (1, 2)):
        return None
    return Spec("date", "weekend-of-days", day=m.token("day").info, holding=unit.info)


# What may follow a day written without its month: the sentence or clause goes on.
_DAY_ENDS = frozenset({"STOP", "COMMA", "COLON", "A", "EN", "AND"})


def _day_of_every_month(m: Match, day: int) -> Spec | None:
    """"el día 15 de cada mes", "on the first of every month": that day of every month, a
    set (XXXX-XX-15); _take spans "de cada mes"."""
    of, every, month = m.after(0), m.after(1), m.after(2)
    if (of is None or of.cls not in ("DE", "DEL") or every is None or every.cls != "EVERY" or every.info
            or month is None or month.info != "month" or _unit_plural(month, m.lex) or not 1 <= day <= 31):
        return None
    return Spec("set", "day-of-every-month", symbolic=f"XXXX-XX-{day:02d}", quant="EVERY")


def _month_after_of(m: Match) -> bool:
    """Does "de/of" + a month by its name or a month named from now follow the match
    ("de enero", "of next month", "del mes que viene")?"""
    of, after = m.after(0), m.after(1)
    return of is not None and of.cls in ("DE", "DEL") and after is not None and (after.cls == "MONTH" or _month_named_after(m))


def _month_named_after(m: Match) -> bool:
    """Does "de/of" + a month expression follow the day ("el 15 de este mes", "the 30th
    of next month")? Then the day joins that month (see _merge), or it is no date."""
    of, after = m.after(0), m.after(1)
    if of is None or of.cls not in ("DE", "DEL") or after is None:
        return False
    if after.cls in ("THIS", "NEXT", "PAST", "ART"):  # "a las 8 de esta tarde" is no day of a month
        after = m.after(2)
        return after is not None and after.cls == "UNIT"
    return after.cls == "UNIT"


def h_ordinal_day(m: Match) -> Spec | None:
    """"on the 15th": a day of the DCT's month or a neighbour, where days are written as
    ordinals (English); "the 15th time", "the 15th of May" are not this."""
    day = m.token("day")
    on = m.before()
    if not m.lex.options.get("weekday_day_ordinal") or on is None:
        return None
    if on.cls != "EN" and not (on.cls in _ORDINAL_DAY_PREPOSITIONS and _month_named_after(m)):
        return None  # "by the 15th of next month", "until the 1st of the month": a month makes it a day
    if not day.text[:1].isdigit() and not _month_named_after(m) and _day_of_every_month(m, day.info) is None:
        return None  # "on the first day": a word ordinal is a day only of a month named after it ("the first of next month")
    if not 1 <= day.info <= 31:
        return None
    if (every := _day_of_every_month(m, day.info)) is not None:
        return every  # "on the 15th of every month"
    spec = Spec("date", "ordinal-day", day=day.info)
    nxt = m.after(0)
    if _month_named_after(m):
        spec.notes.append("needs-month")  # "on the 30th of next month"
    elif not (nxt is None or nxt.cls in _DAY_ENDS or nxt.cls == "ART" and _sentence_initial_word(m.tokens, m.lo - 1)):
        return None  # ("On the 21st the results came": fronted, the subject follows)
    return spec


# Words of time besides "on" that a day written as an ordinal with its month follows.
_ORDINAL_DAY_PREPOSITIONS = frozenset({"TOWARD", "UNTIL", "SIGNAL", "SINCE"})


def _after_ordinal_day_word(m: Match) -> bool:
    """Whether the match follows "on" or a word of time before a day written as an
    ordinal, in a language that writes days so ("on the first of the month", "by the
    first of next year")."""
    on = m.before()
    return bool(m.lex.options.get("weekday_day_ordinal")) and on is not None and (on.cls == "EN" or on.cls in _ORDINAL_DAY_PREPOSITIONS)


def h_ordinal_day_of_the_month(m: Match) -> Spec | None:
    """"on the first of the month", "by the 15th of the month": a day of the DCT's month or
    a neighbour, as "on the 15th" (the month named only by "the")."""
    if m.token("u").info != "month" or _unit_plural(m.token("u"), m.lex):
        return None
    day = m.token("day")
    if not _after_ordinal_day_word(m) or not 1 <= day.info <= 31:
        return None
    return Spec("date", "ordinal-day", day=day.info)


def h_first_of_the_year(m: Match) -> Spec | None:
    """"on the first of the year", "by the first of next year": New Year's Day of the
    year named ("the 15th of the year" names no day)."""
    if m.token("day").info != 1 or not (m.has("year") or m.has("yref")) or not _after_ordinal_day_word(m):
        return None
    return _in_named_year(m, Spec("date", "nth-unit-of-year", month=1, day=1))


def h_day_number(m: Match) -> Spec | None:
    """"el próximo 15", "el pasado 3": a day of the DCT's month or a neighbour, its side
    written; "el 15 de este mes", "el 30 del mes que viene": the day of a month named
    after it. A bare "el 15" is no date ("el 15 % ", "el 15 aniversario")."""
    if not 1 <= m.token("day").info <= 31:
        return None
    spec = Spec("date", "day-number", day=m.token("day").info, direction=_direction_of(_mods(m.group("pre"))))
    nxt = m.after(0)
    if spec.direction is None:
        if not _month_named_after(m):
            return None
        spec.notes.append("needs-month")
    elif not (nxt is None or nxt.cls in _DAY_ENDS or nxt.cls in ("DE", "DEL")) or _opens_count_range(m):
        return None
    return spec


def _opens_count_range(m: Match) -> bool:
    """"in the next 24 to 48 hours": the number is the first count of a range of them."""
    link, count, unit = m.after(0), m.after(1), m.after(2)
    return unit is not None and link is not None and count is not None and link.cls in _COUNT_RANGE_LINKS and count.cls in _COUNT_TOKENS and unit.info in _DURATION_LETTER


def _day_month_slash(m: Match, parts: list[str]) -> Spec | None:
    """"el 12/12", "del 3/4": a day and a month by a slash, no year, in a language that
    writes the day first; after an article only ("abierto 24/7", "ganó 3/4 sets": a
    rate, a score), and no fraction of something ("el 3/4 de los votos")."""
    if not m.lex.options.get("day_month_slash") or not m.has("art"):
        return None
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("DE", "DEL", "PCT") or nxt.low in m.lex.measures or nxt.cls == "UNIT"):
        return None
    day, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        return None
    spec = Spec("date", "day+month", day=day, month=month)
    return spec if _valid_day(spec) else None


def h_numdate(m: Match) -> Spec | None:
    text = m.token("nd").low
    parts = re.split(r"[/.-]", text)
    seps = re.findall(r"[/.-]", text)
    if len(parts) == 2:
        return _day_month_slash(m, parts)
    if len(parts) != 3 or seps[0] != seps[1]:
        return None
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:  # ISO
        year, month, day = a, b, c
    else:  # day first
        day, month, year = a, b, c
        if len(parts[2]) == 2:
            year += 2000 if year < 70 else 1900
    if not (1 <= month <= 12 and 1000 <= year <= 2199):
        return None
    spec = Spec("date", "numeric-date", year=year, month=month, day=day)
    return spec if _valid_day(spec) else None


def h_month_year(m: Match) -> Spec | None:
    month_token = m.one("month") or m.token("mabbr")
    if _dot_is_sentence_end(m):  # the year is the next sentence's
        return None
    if m.has("mesw") and m.token("mesw").info != "month":
        return None
    if month_token.capital and (_head_is_name(m) or m.has("mesw") is False and _name_context(m, _index(m, month_token)) and not m.has("year") and not m.has("yr2")):
        return None
    if month_token.capital and _numbered_name_of(m, _index(m, month_token)):
        return None
    spec = Spec("date", "month+year", month=month_token.info)
    if _in_named_year(m, spec) is None:
        return None
    if spec.year is None and spec.year_rel is None:
        return None
    if spec.year_rel is not None:
        spec.rule = "month+relative-year"
    return spec


def _numbered_name_of(m: Match, month_index: int) -> bool:
    """"la avenida de Mayo 1200", "el parque de Mayo 2025": a capitalised month after a
    name's head and "de", a number right after it, is the name and the number its own
    (an address, an edition); "la Revolución de Mayo de 1810" keeps its date."""
    tokens = m.tokens
    if month_index < 2 or month_index + 1 >= len(tokens) or tokens[month_index - 1].cls != "DE":
        return False
    return tokens[month_index - 2].low in m.lex.name_heads and tokens[month_index + 1].cls in ("YEARNUM", "INT", "DAYNUM")


def _index(m: Match, token: Token) -> int:
    """Token index of `token` (a token of the match)."""
    starts = m.tokens.starts
    for i in range(m.lo, m.hi):
        if starts[i] == token.start:
            return i
    return m.lo


def h_month(m: Match) -> Spec | None:
    month_token = m.token("month")
    if m.has("mesw") and m.token("mesw").info != "month":
        return None
    mods = _mods(m.group("pre")) | _mods(m.group("post"))
    if month_token.capital and not mods and not m.has("mesw"):
        if _name_context(m, _index(m, month_token)):
            return None
    if month_token.capital and _head_is_name(m):
        return None
    if month_token.capital and not mods and _street_after(m):
        return None  # "April Street": a street's name
    if month_token.capital and not mods and not m.has("art") and not m.has("mesw") and _says(m, m.after(0)):
        return None  # "May said", "April told reporters": a person; no month says
    if (month_token.capital and not mods and not m.has("art") and not m.has("mesw")
            and ((end := m.after(0)) is None or end.cls in ("STOP", "COMMA", "QUOTE")) and _says(m, m.before(1))):
        return None  # '"We will win," said May.': the speaker after the verb
    if month_token.capital and not mods and not m.has("art") and not m.has("mesw") and _person_named_as_month(m, month_token):
        return None  # "Abril llegó tarde", "Abril es el nombre de su hija"
    if "THAT" in mods and _that_is_conjunction(m):
        return None  # "said that May...": try again from the month
    spec = Spec("date", "month", month=month_token.info)
    if "THAT" in mods:
        spec.year_rel = ("ref", 0)
        spec.rule = "that+month"
    else:
        spec.direction = _direction_of(mods)
        if spec.direction:
            spec.rule = f"month+{spec.direction.split('_')[0]}"
    return spec


def _person_named_as_month(m: Match, month: Token) -> bool:
    """A capitalised month that opens the sentence before a finite verb, the month's name
    as a word ("Abril es el nombre de su hija": a naming noun after the verb) or a given
    name ("Abril llegó tarde"), unless the verb is one a month takes as subject
    ("Julio fue el mes más cálido", "Abril cerró con subidas")."""
    if not _sentence_initial_word(m.tokens, m.lo) or (verb := m.after(0)) is None or not _finite_verb(m, verb):
        return False
    naming = m.lex.word_list("temporal", "month_subjects", "naming_nouns")
    k = 2 if (art := m.after(1)) is not None and art.cls in ("ART", "UNO") else 1
    if any((noun := m.after(j)) is not None and noun.low in naming for j in (k, k + 1)):
        return True  # ("April is a common name": an adjective before the noun)
    given = m.lex.word_list("temporal", "month_subjects", "given_names")
    if month.low not in given:
        return False
    period_verbs = m.lex.word_list("temporal", "month_subjects", "verbs")
    if (done := m.after(1)) is not None and _participle(m, done) and not _finite_verb(m, done):
        return True  # "Julio fue detenido": a passive's subject is a person
    return not any(lemma in period_verbs for _tense, lemma in _word_verbs(m, verb))


def _street_after(m: Match) -> bool:
    """"April Street", "March Avenue": an address word after the match, not an
    abbreviated saint's ("in May St. Louis voted")."""
    street, k = m.after(0), 1
    if street is None or street.low not in m.lex.word_list("negatives", "address_words"):
        return False
    if (dot := m.after(k)) is not None and dot.cls == "STOP":
        k += 1
    name = m.after(k)
    return name is None or not name.capital


def h_weekday(m: Match) -> Spec | None:
    wd = m.token("wd")
    if wd.capital and _name_context(m, _index(m, wd)):
        return None
    if (wd.capital and m.hi - m.lo == 1 and (_sentence_initial_word(m.tokens, m.lo) or (prev := m.before(1)) is not None and prev.cls == "COMMA")
            and _says(m, m.after(0))):
        # "Domingo dijo que", "Sunday said", "The plan, Sunday said,": a person opening the
        # sentence or an attribution ("Obama Friday said" is AP's date; _says keeps "Monday, Tuesday said")
        return None
    if (not m.lex.capitalised and wd.capital and m.hi - m.lo == 1 and _sentence_initial_word(m.tokens, m.lo)
            and (nxt := m.after(0)) is not None and _finite_verb(m, nxt)):
        return None  # "Domingo llegó tarde": where a weekday takes its article ("El domingo llegó"), a subject without one is a person
    if wd.capital and m.hi - m.lo == 1 and _street_after(m):
        return None  # "Sunday Road"
    post = m.group("post")  # (read once: a group is a new list of tokens)
    mods = _mods(m.group("pre")) | _mods(post)
    art = m.one("art")
    if "THAT" in mods and _that_is_conjunction(m):
        return None
    if any(t.info == 2 for t in post or ()):  # "el lunes antepasado": no past_strict Monday
        return None
    if not mods and _is_plural_article(art, m.lex):
        return Spec("set", "plural-weekday", symbolic=f"XXXX-WXX-{wd.info}")
    prev = m.before(1)
    nxt = m.after(0)
    if "LAST" in mods and not _last_weekday_is_latest(m, art, nxt):
        return None
    if not mods and art is None and prev is not None and prev.cls == "UNO" and (nxt is None or nxt.cls not in ("WORD", "NAME")):
        # "un jueves", "on a Thursday"; not "at a Wednesday news conference" (the article is the noun's)
        return Spec("date", "some-weekday", weekday=wd.info, anchor="unsaid")
    if art is not None and art.cls == "ART" and art.low not in m.lex.word_list("grammar", "weekday_articles") and not mods:
        return None  # "la lunes"? never a date
    spec = Spec("date", "weekday", weekday=wd.info)
    if "THAT" in mods:
        spec.anchor = "ref"
        spec.rule = "that+weekday"
        return spec
    if mods & {"PREVIOUS", "FOLLOWING"}:  # "the previous Friday", "el lunes siguiente": beside the narrative's day
        spec.anchor = "ref"
        spec.direction = "past_strict" if "PREVIOUS" in mods else "future_strict"
        spec.rule = ("previous" if "PREVIOUS" in mods else "following") + "+weekday"
        return spec
    spec.direction = _direction_of(mods)
    if spec.direction:
        spec.rule = f"weekday+{spec.direction.split('_')[0]}"
    return spec


def _last_weekday_is_latest(m: Match, art: Token | None, nxt: Token | None) -> bool:
    """"En el pleno celebrado el último jueves": the latest Thursday, "último" in the span;
    not "los últimos jueves" (several), "el último domingo de campaña" nor "the final
    Friday" (the last of a period named after it or before)."""
    last = m.one("pre")
    return (last is not None and last.low in m.lex.word_list("grammar", "last_of_weekdays")
            and art is not None and not _is_plural_article(art, m.lex)
            and (nxt is None or nxt.cls not in ("DE", "DEL", "SIGNAL")))


def _that_is_conjunction(m: Match) -> bool:
    """English "that" before a date opens a clause unless a preposition precedes it
    ("on that Monday") or the date ends its phrase, as a time of what was told before
    does ("host Tottenham that Sunday at 4:30 p.m.", "That Friday, he met"; not "told
    Reuters that Monday was the deadline")."""
    if not m.lex.options.get("that_is_conjunction"):
        return False
    prev, nxt = m.before(1), m.after(0)
    if prev is None or prev.cls in ("STOP", "EN", "A", "SINCE", "UNTIL", "TOWARD", "DE", "SIGNAL"):
        return False  # (opening a sentence "That" is no conjunction: "That Friday he met")
    return not (nxt is None or nxt.cls in _THAT_DATE_ENDS)


# after "that" + a date, these end a time phrase ("that Sunday at 4:30", "that Friday,")
_THAT_DATE_ENDS = frozenset({"STOP", "COMMA", "A", "EN", "POD", "CLOCK", "CLOCKDOT", "DAYNUM"})


def h_plural_weekday(m: Match) -> Spec | None:
    """"on Mondays": every Monday."""
    wd = m.token("wd")
    if wd.low not in m.lex.word_list("calendar", "plural_weekdays"):
        return None
    return Spec("set", "plural-weekday", symbolic=f"XXXX-WXX-{wd.info}", quant="EVERY")


def h_weekday_day(m: Match) -> Spec | None:
    """"el lunes 18": a weekday and a day of an unnamed month."""
    spec = h_weekday(m)
    if spec is None or spec.kind != "date":
        return None
    if m.has("dayw") and m.token("dayw").info != "day":
        return None
    if m.token("day").cls == "DAYNUM" and m.lex.options.get("weekday_day_ordinal"):
        return None  # English: "Monday the 15th", "Monday 17th"; "on Monday 15 new cases" is a count
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("PCT", "UNIT", "YEARWORD", "HOURWORD") or nxt.low in m.lex.measures):
        return None
    score = m.after(1)
    if nxt is not None and nxt.cls in ("HYPHEN", "A") and score is not None and score.cls in ("DAYNUM", "INT"):
        return None  # "ganó el domingo 3-1", "3 a 1": a score
    spec.day = m.token("day").info
    spec.rule = "weekday+day"
    return spec


def _article_not_ours(m: Match) -> bool:
    """English: "the 1991 agreement", "the Christmas sales": the article goes with the noun."""
    return m.has("art") and m.lex.options.get("article_with_year") is False


def h_year(m: Match) -> Spec | None:
    year = m.token("year")
    if _article_not_ours(m) and not m.has("yw"):
        return None
    if m.has("yw") and m.token("yw").low in m.lex.plural_units:
        return None  # "los años 2000": a decade
    if not m.has("yw") and m.has("art") and m.token("art").low in m.lex.word_list("grammar", "decade_articles") and not year.info % 10:
        return None  # "a principios de los 2000": a decade (see h_decade_bare)
    if _preceded_by_number_head(m):
        return None
    nxt = m.after(0)
    prev = m.before(1)
    # "In 2019 police arrested", "since 2015 workers have": a preposition of time makes it a year
    # "By 2030 sales will double": so does a deadline's word opening the sentence ("won by 2000 votes" counts)
    in_year = (prev is not None and (prev.cls in ("EN", "SINCE", "UNTIL") or prev.low in m.lex.word_list("grammar", "fronted_year_openers")
                                     and _sentence_initial_word(m.tokens, m.lo - 1))
               and 1900 <= year.info <= 2100 and nxt is not None and nxt.cls == "WORD")
    if _followed_by_measure(m) and not in_year:
        return None
    if nxt is not None and not in_year and _plural_noun(m, nxt):
        return None  # "2000 soldados": a count ("the 2008 crisis" is one)
    if nxt is not None and nxt.cls == "AND" and (second := m.after(1)) is not None and second.cls in ("YEARNUM", "INT") and (counted := m.after(2)) is not None and _plural_noun(m, counted):
        return None  # "entre 1500 y 2000 personas": the first bound of a count
    if nxt is not None and nxt.cls in ("HYPHEN", "SLASH") and (after := m.after(1)) is not None and after.cls in ("DAYNUM", "INT", "YEARNUM"):
        if not (after.cls == "YEARNUM" or after.cls in ("DAYNUM", "INT") and len(after.text) == 2):
            return None  # a code, "2011-5"
    if prev is not None and prev.cls in ("HYPHEN", "SLASH") and (before := m.before(2)) is not None and before.cls in ("INT", "DAYNUM", "CODE"):
        return None
    if _second_year_of_name(m):
        return None
    streets = m.lex.word_list("negatives", "address_words")
    if streets and nxt is not None and (nxt.cls == "NAME" or nxt.capital and nxt.cls in ("MONTH", "WEEKDAY")) and any(
        (t := m.after(k)) is not None and t.low in streets for k in (1, 2)
    ):
        return None  # "1600 Pennsylvania Avenue", "1984 April Street"
    if not m.has("yw") and not (1900 <= year.info <= 2100):
        # old years need a cue: "en 1492", "de 1810", "el año 1500", "hacia 1535", "entre 1559 y 1573"
        if prev is None or prev.cls not in ("EN", "DE", "DEL", "SINCE", "UNTIL", "ART", "AL", "A", "TOWARD") and not _second_year_of_range(m):
            return None
    return Spec("date", "year", year=year.info)


def _plural_noun(m: Match, word: Token) -> bool:
    """Whether `word` is a plural common noun, as after a count ("2000 soldados")."""
    return (word.cls == "WORD" and word.low.endswith("s") and len(word.low) > 3 and word.low not in m.lex.stopwords
            and not word.low.endswith(m.lex.word_list("events", "genders", "singular_endings")))


def _second_year_of_range(m: Match) -> bool:
    """"entre 1559 y 1573", "between 1559 and 1573": the second year after a first one with
    its cue (the first needed one)."""
    conj, first, cue = m.before(1), m.before(2), m.before(3)
    return conj is not None and conj.cls == "AND" and first is not None and first.cls == "YEARNUM" and cue is not None and cue.cls == "TOWARD"


def _second_year_of_name(m: Match) -> bool:
    """"Plan Estratégico 2025-2030", "Agenda 2024/25": the second year of a span that
    is part of a name."""
    prev, first, third = m.before(1), m.before(2), m.before(3)
    if prev is None or prev.cls not in ("HYPHEN", "SLASH") or first is None or first.cls != "YEARNUM":
        return False
    return third is not None and third.cls in ("NAME", "CODE") and third.capital and not _sentence_initial_word(m.tokens, m.lo - 3)


def h_year_span_end(m: Match) -> Spec | None:
    """The second year of a span written "2024/25" or "2024-25" (a sports season, a
    school year): the year after the first, written with two digits. A season's
    span is tagged as its two years, as any range of years ("2024-2025") is, and
    dated by both (events/__init__.py, _linked_days): when in those years it starts
    and ends depends on the sport, so no month is made up."""
    second, first = m.token("y2"), m.before(2)
    if first is None or len(second.text) != 2 or second.info != (first.info + 1) % 100:
        return None  # "2-1", "ganó 98-95", "el 2024-5": a score or a code
    if _second_year_of_name(m):
        return None
    return Spec("date", "year", year=first.info + 1)


def h_decade(m: Match) -> Spec | None:
    word = m.token("dw")
    if word.cls == "YEARWORD":
        if word.low not in m.lex.plural_units:
            return None
    elif word.info != "decade":
        return None
    token = m.token("dec")
    value = number_value([token]) if token.cls in ("NUMWORD",) else token.info
    if not isinstance(value, int):
        return None
    if token.cls == "YEARNUM":
        if value % 10:
            return None
        return Spec("date", "decade", decade=value // 10)
    if 10 <= value <= 90 and value % 10 == 0:
        return Spec("date", "decade", decade=190 + value // 10)
    if value == 0 and token.cls != "NUMWORD":
        return Spec("date", "decade", decade=200)
    return None


_SPREAD_UNIT_CLASSES = frozenset(("UNIT", "YEARWORD", "HOURWORD"))  # a length spread over another: "nine hours over two days"
_DECADE_BEFORE = frozenset(("EN", "SINCE", "UNTIL", "DE", "SIGNAL"))
_DECADE_AFTER = frozenset(("STOP", "COMMA", "COLON", "RPAREN", "AND", "EN", "ART"))  # a count would take its noun


def h_decade_bare(m: Match) -> Spec | None:
    """"en los noventa", "a finales de los 90": a decade named by its tens, after a
    preposition and before the clause goes on (not "los noventa diputados")."""
    if m.token("art").low not in m.lex.word_list("grammar", "decade_articles"):
        return None
    prev, nxt = m.before(1), m.after(0)
    if prev is None or prev.cls not in _DECADE_BEFORE:
        return None
    if nxt is not None and nxt.cls not in _DECADE_AFTER and not _finite_verb(m, nxt):
        return None
    token = m.token("dec")
    value = number_value([token]) if token.cls == "NUMWORD" else token.info
    if token.cls == "YEARNUM":  # "a principios de los 2000": the decade of its first year
        return Spec("date", "decade", decade=value // 10) if isinstance(value, int) and not value % 10 else None
    if not isinstance(value, int) or not 20 <= value <= 90 or value % 10:
        return None
    return Spec("date", "decade", decade=190 + value // 10)


def _word_verbs(m: Match, token: Token | None) -> tuple:
    """The (tense, lemma) pairs of the verbs the one word `token` can be."""
    from timeline.temporal.tense import word_verbs

    if token is None or not token.low.isalpha():
        return ()
    return word_verbs(token.low, 0, len(token.low), m.lex.code)


def _says(m: Match, token: Token | None) -> bool:
    """Whether `token` is a finite verb of saying ("said", "told", "dijo"; lang events
    reporting verbs) after the match, and no date cue before it ("in May said" is a date)."""
    prev = m.before(1)
    if prev is not None and CHAR[prev.cls] in _DATE_CUE_CHARS and (prev.cls != "COMMA" or (listed := m.before(2)) is not None and listed.cls in ("MONTH", "MONTHABBR", "WEEKDAY")):
        return False  # (", May said": the speaker of an attribution; "in March, April said" lists months)
    found = _word_verbs(m, token)
    if not found:
        return False  # (most words after a date are no verb: no list read)
    reporting = m.lex.word_list("events", "reporting", "verbs")
    from timeline.reading.verbs import NON_FINITE

    return any(lemma in reporting and tense not in NON_FINITE for tense, lemma in found)


def _is_participle(m: Match, token: Token) -> bool:
    from timeline.reading.verbs import Tense

    return Tense.PARTICIPLE in _word_tenses(m, token)


def _word_tenses(m: Match, token: Token | None) -> list:
    """The tenses of the verbs the one word `token` can be."""
    return [tense for tense, _lemma in _word_verbs(m, token)]


def _finite_verb(m: Match, token: Token) -> bool:
    from timeline.reading.verbs import NON_FINITE

    return any(tense not in NON_FINITE for tense in _word_tenses(m, token))


def _participle(m: Match, token: Token | None) -> bool:
    from timeline.reading.verbs import Tense

    return Tense.PARTICIPLE in _word_tenses(m, token)


def h_century(m: Match) -> Spec | None:
    if m.token("cw").info != "century":
        return None
    token = m.token("c")
    if token.cls == "ROMAN":
        value = roman_value(token.text, m.lex)
    else:
        value = token.info if isinstance(token.info, int) else None
    if value is None or not 1 <= value <= 30:
        return None
    return Spec("date", "century", century=value, era=_era(m))


def _era(m: Match) -> str | None:
    """"bc" when the match has an era counted back from year 1 ("a. C.", "BC"); else None."""
    era = m.one("era") or m.one("era0")
    return "bc" if era is not None and era.info == "bc" else None


def h_era_year(m: Match) -> Spec | None:
    """"el año 44 a. C.", "753 BC", "AD 1066": a year with its era, which needs no other cue."""
    value = (m.one("year") or m.token("year0")).info
    if not isinstance(value, int) or not 1 <= value <= 9999:
        return None
    return Spec("date", "era-year", year=value, era=_era(m))


def h_season(m: Match) -> Spec | None:
    season = m.token("s")
    if season.low in m.lex.word_list("temporal", "season_rules", "plurals"):
        return None  # "los veranos": no one season ("todos los veranos" is h_all's set)
    mods = _mods(m.group("pre")) | _mods(m.group("post"))
    spec = Spec("date", "season", season=season.info)
    if _in_named_year(m, spec) is None:
        return None
    if "THAT" in mods:
        spec.year_rel = spec.year_rel or ("ref", 0)
    spec.direction = _direction_of(mods)
    if season.capital and not _sentence_initial(m.tokens, _index(m, season)) and spec.year is None and not mods and not m.lex.capitalised:
        return None  # "Primavera Sound", a name
    nxt = m.after(0)
    if season.capital and not mods and spec.year is None and nxt is not None and nxt.cls == "NAME":
        return None  # "Summer Walker", "Winter Storm Elliott", "Primavera Sound" opening a sentence: a name
    prev = m.before(1)
    if not mods and spec.year is None and nxt is not None and nxt.low in m.lex.word_list("temporal", "season_rules", "academic_terms"):
        return None  # "the spring semester" runs from January: a school's term, no season
    if not m.has("art") and not mods and spec.year is None and _de_complement_of(m, "season_rules", "kinds_before_de"):
        return None  # "los Juegos Olímpicos de invierno", "el horario de invierno": a kind, no season
    if (m.lex.capitalised and not mods and not m.has("art") and spec.year is None and nxt is not None and nxt.cls == "WORD"
            and not (prev is not None and prev.low in m.lex.word_list("events", "function_words", "possessive"))
            and nxt.low not in m.lex.word_list("temporal", "direction_cues", "record_nouns") and not _finite_verb(m, nxt)):
        return None  # "winter storm warnings", "winter wheat": a kind, no season ("summer sales", "their Autumn meetings" are the season's)
    if season.low in m.lex.word_list("temporal", "season_rules", "need_modifier") and not m.has("art") and not m.has("pre") and _season_verb_or_noun(m, prev, nxt):
        return None  # "Inflation is expected to fall next year", "He had a fall last week": no season
    if season.low in m.lex.word_list("temporal", "season_rules", "need_modifier") and spec.year is None and spec.year_rel is None and not mods:
        nxt = m.after(0)
        opener = prev
        if prev is not None and prev.cls == "POSITION":  # "by early spring", "in late fall"
            opener = m.before(2)
        bare_after_preposition = (not m.has("art") and opener is not None and opener.cls in ("EN", "TOWARD", "UNTIL", "SINCE")
                                  and (nxt is None or nxt.cls not in ("WORD", "NAME", "DE", "DEL")))  # "by spring", not "in spring training"
        if not (m.has("art") or bare_after_preposition) or nxt is not None and nxt.cls in ("DE", "DEL"):
            return None  # "the fall of the Berlin Wall", "a spring of water"
        if nxt is not None and nxt.cls == "EN":
            k = 1
            while (word := m.after(k)) is not None and word.cls == "ART":
                k += 1
            if word is not None and word.cls == "WORD":
                return None  # "the fall in prices", "a fall in the price of oil": a drop
    return spec


def _after_fiscal_possessive(m: Match) -> bool:
    """"fiscal 2025's second half": a half after a fiscal year's possessive, which
    fiscal_possessive_quarters joins (a bare "the second half" is a match's as often)."""
    ending, fiscal = m.before(1), m.before(4)
    quote, year = m.before(2), m.before(3)
    if ending is None or quote is None or year is None or fiscal is None or m.has("art"):
        return False
    return (quote.low + ending.low in m.lex.word_list("grammar", "possessive_endings") and year.cls in ("YEARNUM", "DAYNUM")
            and fiscal.cls == "FISCAL")


def _half_of_a_figure(m: Match) -> bool:
    """"first-half profit", "second-half sales": a hyphened half before a figure's noun
    is the year's half (a bare "the second half" is a match's as often)."""
    nxt = m.after(0)
    if nxt is None or not any(NAME_OF_CHAR[m.tokens.classes[k]] == "HYPHEN" for k in range(m.lo, m.hi)):
        return False
    return nxt.low in m.lex.word_list("temporal", "direction_cues", "record_nouns") or nxt.low in m.lex.word_list("temporal", "direction_cues", "period_code_nouns")


def _season_verb_or_noun(m: Match, prev: Token | None, nxt: Token | None) -> bool:
    """Whether a season word that needs a modifier ("fall", "spring"), with no article
    or modifier before it, is a verb after "to" or a modal ("expected to fall next
    year", "could fall this year"), or has after it a modifier of the unit that follows
    ("had a fall last week", "will fall next month"), not of the season."""
    if prev is not None and prev.low in m.lex.word_list("temporal", "season_rules", "verb_before"):
        return True
    return m.has("post") and nxt is not None and nxt.cls in ("UNIT", "YEARWORD", "HOURWORD")


def _same_part_of(m: Match) -> bool:
    """Is the expression the unit a "same" part is of ("the same period of [the last
    year]", "el mismo trimestre del [último año]")?"""
    if m.tokens[m.lo].cls == "DEL":  # "del último año": the link opens the expression
        link, part, same = m.tokens[m.lo], m.before(1), m.before(2)
    else:
        link, part, same = m.before(1), m.before(2), m.before(3)
    if link is None or link.cls not in ("DE", "DEL") or part is None or same is None or same.cls != "SAME":
        return False
    return part.cls == "UNIT" or part.low in m.lex.word_list("temporal", "same_part_nouns")  # ("the same story of the last week": no part)


def _school_term(m: Match) -> bool:
    """Is the quarter one of a school year or a season, by a word after it ("el primer
    trimestre del curso", "el segundo trimestre escolar")?"""
    words = [m.after(k) for k in range(3)]
    first = words[0]
    if first is None or m.has("year"):
        return False
    if first.low in m.lex.word_list("units", "lists", "terms", "after"):
        return True
    if first.cls not in ("DE", "DEL"):
        return False
    noun = words[2] if words[1] is not None and words[1].cls == "ART" else words[1]
    return noun is not None and noun.low in m.lex.word_list("units", "lists", "terms", "after_de")


def _quarter_of_a_game(m: Match) -> bool:
    """Is the quarter, with no year of its own, one of a game, by a word of play in its
    sentence and no word of figures ("The Lakers trailed by 10 points in the fourth
    quarter"; "The company's profit rose in the fourth quarter" is the year's)?"""
    games = m.lex.word_list("units", "lists", "game_words")
    if not games or m.has("year") or m.has("yref") or m.has("yr2"):
        return False
    figures = (m.lex.word_list("temporal", "direction_cues", "record_nouns") + m.lex.word_list("temporal", "direction_cues", "period_code_nouns")
               + m.lex.word_list("units", "lists", "market_words"))
    game = False
    for k in range(1, _GAME_REACH):
        for token in (m.before(k), m.after(k - 1)):
            if token is None or token.cls == "STOP":
                continue
            if token.low in figures or token.cls in ("PCT", "CURRENCY"):
                return False
            game = game or token.low in games
    return game or _game_score_in_text(m.tokens, m.lex)


_GAME_REACH = 16  # tokens each side of a quarter searched for words of a game
_SCORE_MAX = 200  # the most points a side scores in a game ("110-98"; "2024-25" is years)


def _game_score_in_text(tokens: Tokens, lex: Lexicon) -> bool:
    """Is the text a game's report, by a score ("110-98") told with a result's verb or
    a word of a game in its sentence ("Boston beat Miami 110-98 on Sunday"), so that a
    quarter in another sentence is one of play ("The Celtics pulled away in the third
    quarter"); a vote's tally ("The Senate voted 51-49") is none."""
    verbs = lex.word_list("units", "lists", "game_result_verbs") + lex.word_list("units", "lists", "game_words")
    if not verbs:
        return False
    classes, infos, lows = tokens.classes, tokens.infos, tokens.lows
    integer, hyphen, stop = CHAR["INT"], CHAR["HYPHEN"], CHAR["STOP"]
    for i in range(len(classes) - 2):
        if not (classes[i] == integer and classes[i + 1] == hyphen and classes[i + 2] == integer
                and infos[i] <= _SCORE_MAX and infos[i + 2] <= _SCORE_MAX):
            continue
        lo = i
        while lo > 0 and classes[lo - 1] != stop:
            lo -= 1
        hi = i + 3
        while hi < len(classes) and classes[hi] != stop:
            hi += 1
        if any(low in verbs for low in lows[lo:hi]):
            return True
    return False


def _school_term_before(m: Match) -> bool:
    """Is the quarter one of a school year by a school noun it complements ("coincidiendo
    con los exámenes del primer trimestre", "las notas del segundo trimestre"), with no
    year of its own ("los exámenes del primer trimestre de 2026")?"""
    if m.has("year") or m.has("yref") or m.has("yr2"):
        return False
    first, previous = m.tokens.at(m.lo), m.before(1)
    if first.cls in ("DE", "DEL"):
        noun = previous
    elif previous is not None and previous.cls in ("DE", "DEL"):
        noun = m.before(2)
    else:
        return False
    return noun is not None and noun.low in m.lex.word_list("units", "lists", "terms", "before_de")


def _nth_unit_of_year(m: Match, unit: str) -> Spec | None:
    """"el último mes del año" (December), "el primer mes de 2024" (January), "el primer
    día del año", "el último día del año": a month or day a year is written with, counted
    from its start or end ("el primer mes de mandato" names none)."""
    if not (m.has("year") or m.has("yref") or m.has("yr2")):
        return None
    if m.has("lst"):
        if m.token("lst").cls != "LAST":
            return None
        month, day = (12, None) if unit == "month" else (12, 31)
    else:
        ordinal = m.token("ord").info
        if unit == "month" and isinstance(ordinal, int) and 1 <= ordinal <= 12:
            month, day = ordinal, None
        elif unit == "day" and ordinal == 1:
            month, day = 1, 1
        else:
            return None
    return _in_named_year(m, Spec("date", "nth-unit-of-year", month=month, day=day))


def h_quarter(m: Match) -> Spec | None:
    unit = m.token("u")
    if unit.cls == "UNIT" and unit.info in ("month", "day") and not _unit_plural(unit, m.lex):
        return _nth_unit_of_year(m, unit.info)
    if m.has("lst"):  # "el último trimestre de 2024": the year's last; alone it is the last one before the DCT
        final = m.token("lst").low in m.lex.word_list("temporal", "year_end_words")  # "the final quarter": the fourth, by the tense
        if not (m.has("year") or m.has("yref") or m.has("yr2") or final and m.has("art")):
            return None
        if m.token("lst").cls == "PAST" and not m.has("art"):
            return None  # "last quarter of 2024" without "the": no such phrase
        ordinal = 2 if unit.cls == "HALFNOUN" or unit.info == "half" else 4
    else:
        ordinal = m.token("ord").info
    if _school_term(m) or _school_term_before(m):
        return None  # "el primer trimestre del curso": a term of the school year
    if (nxt := m.after(0)) is not None and nxt.cls == "CONSEC":
        return None  # "por tercer trimestre consecutivo en 2024": a count of quarters, not the third (h_consecutive)
    if unit.info == "quarter" and _quarter_of_a_game(m):
        return None
    spec = Spec("date", "quarter")
    if unit.cls == "HALFNOUN":
        if not (m.has("year") or m.has("yref") or m.has("yr2") or _half_of_a_figure(m) or _after_fiscal_possessive(m)):
            if 1 <= ordinal <= 2 and _month_after_of(m):
                # "la segunda mitad de enero", "the first half of next month": the month's start or
                # end, as "la segunda quincena" (TIMEX3 has no half-month); kept if the month joins it
                return Spec("date", "half-of-month", mod=Mod.START if ordinal == 1 else Mod.END, notes=["needs-month"])
            return None
        kind = "half"
    else:
        kind = unit.info
    if kind == "quarter" and 1 <= ordinal <= 4:
        spec.quarter = ordinal
    elif kind == "half" and 1 <= ordinal <= 2:
        spec.half = ordinal
        spec.rule = "half"
    else:
        return None
    if _in_named_year(m, spec) is None:
        return None
    if spec.year is None and spec.year_rel is None and (nxt := m.after(0)) is not None and nxt.low in m.lex.word_list("units", "lists", "fiscal_adjectives"):
        # "el tercer trimestre fiscal": a company's, as "the third fiscal quarter" (h_fiscal_quarter; _take spans the adjective)
        code = f"Q{spec.quarter}" if spec.quarter is not None else f"H{spec.half}"
        de, year = m.after(1), m.after(2)  # "el tercer trimestre fiscal de 2025"
        written = year.info if de is not None and de.cls in ("DE", "DEL") and year is not None and year.cls == "YEARNUM" else "XXXX"
        return Spec("date", "fiscal-quarter", fiscal=f"FY{written}-{code}")
    return spec


def h_first_months(m: Match) -> Spec | None:
    """"los seis primeros meses de 2025", "los primeros tres meses del año": months from
    January that make a calendar unit name it (2025-H1, 2025-Q1), as "enero-junio" and
    "el primer semestre" do; other counts are lengths placed in their year ("los nueve
    primeros meses del año", "the first nine months of 2024": P9M over January to
    September, see Spec.months); without a year, lengths ("los nueve primeros meses")."""
    unit = m.token("u")
    first = m.one("first") or m.one("first0")
    if unit.info != "month" or not _unit_plural(unit, m.lex) or first is None or first.info not in (1, "START"):
        return None
    count = _count(m) if m.has("cnt") else _count(m, "cnt2")
    if count == 3:
        spec = Spec("date", "first-months", quarter=1)
    elif count == 6:
        spec = Spec("date", "first-months", half=1)
    elif count is not None and 2 <= count <= 11:
        spec = Spec("duration", "first-months", month=1, months=count, symbolic=f"P{count}M")
    else:
        return None
    return _in_named_year(m, spec)


def h_month_quarter(m: Match) -> Spec | None:
    """"the September quarter", "the June quarter of 2025": the quarter a month ends, as
    results are named (a month that ends none names no quarter)."""
    month = m.token("month").info
    if m.token("u").info != "quarter" or month % 3:
        return None
    return _in_named_year(m, Spec("date", "month-quarter", quarter=month // 3))


def h_month_span(m: Match) -> Spec | None:
    """"the July-September period" (Q3), "the June-August quarter" (the summer), "the
    January-June period" (H1): months that make a calendar unit name it; others stay
    two months."""
    nouns = m.lex.word_list("temporal", "month_span_nouns")
    noun = m.tokens_of("n") if m.has("n") else []
    if noun and (len(noun) > 1 or noun[0].low not in nouns) or m.has("art") and not noun:
        return None  # "the July-September sales figures": no period named
    first, last = m.token("m1").info, m.token("m2").info
    months = (last - first) % 12 + 1
    if months == 3 and first % 3 == 1:
        spec = Spec("date", "month-span", quarter=(first - 1) // 3 + 1)
    elif months == 3 and first in SEASON_BY_START_MONTH:
        spec = Spec("date", "month-span", season=SEASON_BY_START_MONTH[first])
    elif months == 6 and first in (1, 7):
        spec = Spec("date", "month-span", half=1 if first == 1 else 2)
    else:
        return None
    return _in_named_year(m, spec)


_CODE_OPENERS = frozenset({"ART", "EN", "DE", "A", "POR", "SINCE", "UNTIL", "TOWARD", "DEL", "AL", "SIGNAL", "STOP", "COMMA"})


def h_period_code(m: Match) -> Spec | None:
    """"in Q3", "Q4 2025", "H1 2026", "its Q3 target", "3Q earnings" (a half only with its
    year: "H2" is also hydrogen); after any other word it is a model's name."""
    kind, ordinal = m.token("pc").info
    prev, nxt = m.before(1), m.after(0)
    if not (m.has("art") or m.has("year") or m.has("yr2") or prev is None or prev.cls in _CODE_OPENERS
            or prev.low in m.lex.word_list("events", "function_words", "possessive")
            or nxt is not None and nxt.low in m.lex.word_list("temporal", "direction_cues", "record_nouns")
            or nxt is not None and nxt.low in m.lex.word_list("temporal", "direction_cues", "period_code_nouns")):
        return None  # "the Audi Q3", "the new Q4 e-tron": a model's name
    spec = Spec("date", "quarter")
    if _in_named_year(m, spec) is None:
        return None
    if kind == "half":
        if spec.year is None and spec.year_rel is None:
            if not _half_of_the_texts_year(m, prev, nxt):
                return None
            spec.year_rel = ("ref", 0)
        spec.half, spec.rule = ordinal, "half"
    else:
        spec.quarter = ordinal
    return spec


def _half_of_the_texts_year(m: Match, prev: Token | None, nxt: Token | None) -> bool:
    """"In 2024 the company grew. In H1, sales rose": a half code with no year, after an
    "in" that opens its sentence or before a comma ("Sales fell in H2, when ..."), is a
    half of the year the text has named before it ("invested in H2." is hydrogen)."""
    if prev is None or prev.cls != "EN" or not (_sentence_initial_word(m.tokens, m.lo - 1) or nxt is not None and nxt.cls == "COMMA"):
        return False
    return CHAR["YEARNUM"] in m.tokens.classes[: m.lo]


def h_fiscal(m: Match) -> Spec | None:
    """"FY2024", "fiscal 2026", "el ejercicio 2024"; "this fiscal year" (FY), "the next
    fiscal year", "el próximo ejercicio", "el ejercicio pasado" (FY+1, FY-1: the DCT's
    fiscal year and its neighbours)."""
    token = m.token("f")
    year = m.one("year")
    if year is not None:
        return Spec("date", "fiscal-year", fiscal=f"FY{year.info}")
    short = m.one("yr2")
    if short is not None:  # "FY25", written together: a year of two digits
        if short.start != token.end or not token.text.isalpha():
            return None  # "fiscal 25", "fiscal year 25": no year of two digits
        return Spec("date", "fiscal-year", fiscal=f"FY{short.info + (2000 if short.info < 70 else 1900)}")
    mods = _mods(m.group("pre")) | _mods(m.group("post"))
    if "VAGUE" in mods:  # "el ejercicio en curso": the current one, as "el año en curso"
        if m.token("post").info != "PRESENT_REF" or not m.has("art"):
            return None  # "un ejercicio en curso": a drill under way
        mods = (mods - {"VAGUE"}) | {"CURRENT"}
    if not token.info:  # "ejercicio" alone is not a fiscal year, nor "este ejercicio de transparencia"
        nxt = m.after(0)
        if not mods or nxt is not None and nxt.low in m.lex.word_list("units", "lists", "not_fiscal_after"):
            return None
    step = "+1" if "NEXT" in mods else "-1" if mods & {"PAST", "PREVIOUS", "LAST"} else ""  # "el último ejercicio": the last one closed
    return Spec("date", "fiscal-year", fiscal="FY" + step)


def h_fiscal_quarter(m: Match) -> Spec | None:
    """"its fiscal first quarter", "the first fiscal quarter", "the fourth quarter of fiscal
    2025", "the fiscal 2026 second half": a quarter or half of a company's fiscal year,
    FY2025-Q4 (the TIDES form of a fiscal period); with no year written, FYXXXX-Q1 (the
    calendar of a fiscal year is the company's: no calendar quarter)."""
    if not (m.has("f") or m.has("f2") or m.has("f3")) or m.has("year") and m.has("year3"):
        return None
    unit, ordinal = m.token("u"), m.token("ord").info
    kind = "H" if unit.cls == "HALFNOUN" or unit.info == "half" else "Q" if unit.info == "quarter" else ""
    if not kind or not 1 <= ordinal <= (2 if kind == "H" else 4):
        return None
    year = m.one("year") or m.one("year3")
    return Spec("date", "fiscal-quarter", fiscal=f"FY{year.info if year is not None else 'XXXX'}-{kind}{ordinal}")


def _de_complement_of(m: Match, *path: str) -> bool:
    """Is the match the complement "de ..." of a noun in the temporal list at `path`,
    or of such a noun and one word after it ("la cesta de Navidad", "los Juegos
    Olímpicos de invierno", "el sorteo extraordinario de Navidad")?"""
    de, head, before_head = m.before(1), m.before(2), m.before(3)
    if de is None or head is None or de.cls != "DE":
        return False
    nouns = m.lex.word_list("temporal", *path)
    return head.low in nouns or head.cls == "WORD" and before_head is not None and before_head.low in nouns


def h_holiday(m: Match) -> Spec | None:
    token = m.token("h")
    if _article_not_ours(m):
        return None
    if _day_letter_in_lower_case(token):
        return None
    prev = m.before(1)
    if prev is not None and prev.cls == "UNO" and not m.has("art"):
        return None  # "un año nuevo": a new year, not New Year's Day
    if prev is not None and prev.cls == "NAME" and not m.has("art") and not m.has("pre"):
        return None  # "«Amarga Navidad»", "Merry Christmas": a title or a greeting
    if token.info.get("capital") and not token.capital:
        return None  # "Election Day" is the US one; "on election day" any election's
    nxt = m.after(0)
    if nxt is not None and nxt.low in m.lex.word_list("temporal", "other_calendars", "after"):
        return None  # "el Año Nuevo chino": another calendar's
    if nxt is not None and nxt.low in m.lex.word_list("temporal", "holiday_things", "before_noun"):
        return None  # "the Christmas shopping season": a thing of the season, not its day
    if _de_complement_of(m, "holiday_things", "before_de"):
        return None  # "el sorteo de la Lotería de Navidad": a thing of the season, not its day
    mods = _mods(m.group("pre")) | _mods(m.group("post"))  # "la Navidad pasada"
    if "long_weekend" in token.info and not _names_long_weekend(m, mods):
        return None
    spec = Spec("date", "holiday", holiday=dict(token.info), holding=token.info.get("holding"))
    if _in_named_year(m, spec) is None:
        return None
    spec.direction = _direction_of(mods)
    return spec


def _names_long_weekend(m: Match, mods: set[str]) -> bool:
    """Is "puente" the long weekend, not a bridge: "el próximo puente", "el puente
    pasado", "durante este puente" (not "Este puente se construyó en 1890", "el puente
    de Triana", "el próximo puente sobre el Ebro")?"""
    nxt = m.after(0)
    if nxt is not None and nxt.cls in ("DE", "DEL", "TOWARD"):
        return False  # a bridge's complement ("sobre el Ebro"), or a long weekend's month ("el puente de diciembre")
    if "NEXT" in mods or "PAST" in mods:
        return True
    prev = m.before(1)
    return "THIS" in mods and prev is not None and prev.low in m.lex.word_list("temporal", "holiday_things", "long_weekend_openers")


def h_deictic(m: Match) -> Spec | None:
    info = m.token("d").info
    spec = Spec("date", "deictic-day", unit="day", offset=info["offset"], anchor="dct")
    if "part" in info:
        spec.kind, spec.pod = "time", info["part"]
    return spec


def h_elided_after_tomorrow(m: Match) -> Spec | None:
    """"mañana y pasado": "pasado" alone after "mañana y" is the day after tomorrow."""
    if m.token("p").low not in m.lex.word_list("temporal", "relative", "after_tomorrow_elided"):
        return None
    opener, nxt = m.before(3), m.after(0)
    if opener is not None and opener.cls in ("ART", "POR", "EN", "A", "DE", "DEL", "AL", "THIS"):
        return None  # "por la mañana y pasado el mediodía": the morning
    if nxt is not None and nxt.cls not in grammar.PUNCTUATION_CLASSES and nxt.cls not in ("WORD", "AND", "QUE"):
        return None  # "mañana y pasado el lunes"
    return Spec("date", "deictic-day", unit="day", offset=2, anchor="dct")


def h_tomorrow(m: Match) -> Spec | None:
    prev = m.before(1)
    if prev is not None and prev.cls in ("ART", "POR", "EN", "A", "THIS", "THAT", "DEL", "AL", "WHOLE", "EVERY", "SAME"):
        return None  # "la mañana", "de la mañana": the morning
    if prev is not None and prev.cls == "DE":  # "a partir de mañana", but "muy de mañana"
        head = m.before(2)
        if head is None or head.low in m.lex.word_list("temporal", "relative", "morning_heads"):
            return None
    nxt = m.after(0)
    if nxt is not None and nxt.cls in ("FOLLOWING",):
        return None
    return Spec("date", "tomorrow", unit="day", offset=m.token("m").info["offset"], anchor="dct")


# ---------------------------------------------------------------------------
# handlers: parts of day and clock times


def _pod_code(token: Token) -> str:
    return token.info["part"] if token.cls == "MANANA" else token.info


def h_this_pod(m: Match) -> Spec | None:
    pod = _pod_code(m.token("pod"))
    if "THAT" in _mods(m.group("this")):
        return Spec("time", "that+part-of-day", pod=pod, unit="day", offset=0, anchor="ref")
    return Spec("time", "this+part-of-day", pod=pod, unit="day", offset=0, anchor="dct")


def h_past_pod(m: Match) -> Spec | None:
    """"la noche pasada", "la pasada madrugada", "esta pasada noche": the last one before the DCT."""
    token = m.one("pod") or m.token("pod2")
    own = m.lex.data["temporal"].get("last_part_of_day", {}).get("own_day", ())
    offset = 0 if token.low in own else -1
    return Spec("time", "past+part-of-day", pod=_pod_code(token), unit="day", offset=offset, anchor="dct")


def h_following_pod(m: Match) -> Spec | None:
    """"a la mañana siguiente", "the next morning": the day after the narrative's."""
    return Spec("time", "following+part-of-day", pod=_pod_code(m.one("pod") or m.token("pod2")), unit="day", offset=1, anchor="ref")


def h_previous_pod(m: Match) -> Spec | None:
    """"the previous night", "the night before", "la noche anterior": the day before the
    narrative's ("the night before the vote", "la noche anterior al partido" name an event,
    not a date: left to the relation)."""
    if m.has("s"):
        nxt = m.after(0)
        if m.token("s").info[0] != "before" or nxt is not None and nxt.cls not in ("STOP", "COMMA"):
            return None
    pod = m.one("pod") or m.one("pod2") or m.token("pod3")
    if pod.low in m.lex.word_list("temporal", "weekly", "plural_parts_of_day"):
        return None  # "las noches anteriores": nights, no one of them
    return Spec("time", "previous+part-of-day", pod=_pod_code(pod), unit="day", offset=-1, anchor="ref")


def h_deictic_pod(m: Match) -> Spec | None:
    day = m.token("d")
    offset = day.info["offset"]
    return Spec("time", "day+part-of-day", pod=_pod_code(m.token("pod")), unit="day", offset=offset, anchor="dct")


def h_pod(m: Match) -> Spec | None:
    """"la tarde", "la noche": the part of day of the narrative's day; kept when
    "por/en" introduce it or when a day joins it ("la noche del jueves")."""
    pod = m.token("pod")
    if pod.low in m.lex.word_list("temporal", "weekly", "plural_parts_of_day"):
        # "por las noches", "in the mornings": a habit, no one day's
        return Spec("set", "parts-of-day", symbolic=f"XXXX-XX-XXT{_pod_code(pod)}")
    spec = Spec("time", "part-of-day", pod=_pod_code(pod), unit="day", offset=0, anchor="ref")
    return spec


def h_mid_pod(m: Match) -> Spec | None:
    """"a media mañana", "a media tarde": the middle of that part of the narrative's day
    (not tomorrow: "mañana" is the morning here)."""
    if m.token("mid").low not in m.lex.word_list("grammar", "mid_part_of_day"):
        return None
    return Spec("time", "mid+part-of-day", pod=_pod_code(m.token("pod")), unit="day", offset=0, anchor="ref", mod=Mod.MID)


def h_first_hour(m: Match) -> Spec | None:
    """"A primera hora, el Ibex caía un 1 %": the start of the narrative's day, as "el lunes
    a primera hora" ("mañana a primera hora" joins the day: extend_positions; "a última
    hora" is as often "at the last minute": not in the data)."""
    if m.token("pos").low not in m.lex.word_list("grammar", "bare_day_positions"):
        return None
    day = m.before(2)
    if day is not None and day.cls in _DAY_NAMING:
        return None  # "el lunes a primera hora": the day's own position
    return Spec("date", "first-hour", unit="day", offset=0, anchor="ref", mod=Mod.START)


_DAY_NAMING = frozenset({"DEICTIC", "MANANA", "WEEKDAY", "MONTH", "MONTHABBR", "YEARNUM", "DAYNUM", "UNIT"})


def _tz_value(tokens: list[Token] | None) -> tuple[str | None, bool]:
    if not tokens:
        return None, False
    zone = None
    sign = None
    for token in tokens:
        if token.cls == "TZ":
            zone = token.info
        elif token.cls in ("PLUS", "HYPHEN"):
            sign = "+" if token.cls == "PLUS" else "-"
        elif sign is not None and token.cls in ("DAYNUM", "INT", "CLOCK"):
            if token.cls == "CLOCK":
                hours, minutes = (int(x) for x in token.text.split(":")[:2])
            else:
                hours, minutes = token.info, 0
            if hours > 14:
                return None, False
            zone = f"{sign}{hours:02d}:{minutes:02d}"
    return zone, zone is not None


def _apply_meridian(hour: int, meridian: str | None, pod: str | None) -> int:
    if meridian == "pm" and hour < 12:
        return hour + 12
    if meridian == "am" and hour == 12:
        return 0
    if pod in ("AF", "EV") and hour < 12:
        return hour + 12
    if pod == "NI" and 7 <= hour < 12:
        return hour + 12
    if pod == "NI" and hour == 12:
        return 24  # "las 12 de la noche", "12 at night": midnight, not noon
    if pod == "MI" and hour < 12:
        return hour + 12
    return hour


def _clock_parts(token: Token) -> tuple[int, int, int | None] | None:
    """Hour, minute and second of "15.00", "9:30:05"; None past the clock's bounds."""
    numbers = [int(x) for x in re.findall(r"\d+", token.text)]
    hour, minute = numbers[0], numbers[1]
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour, minute, numbers[2] if len(numbers) > 2 else None


def h_clock(m: Match) -> Spec | None:
    token = m.token("c")
    parts = _clock_parts(token)
    if parts is None:
        return None
    hour, minute, second = parts
    tz, has_tz = _tz_value(m.group("tz"))
    if m.has("tz") and not has_tz and tz is None:
        pass
    qualified = m.has("hw") or m.has("mer") or m.has("tz") or m.has("pod")
    prev = m.before(1) if not m.has("art") else m.before(1)
    art = m.one("art")
    if token.cls == "CLOCKDOT":
        if not (qualified or art is not None and art.low in m.lex.word_list("grammar", "hour_articles") or _bare_clock_range_end(m)):
            return None
        if prev is not None and prev.cls in ("CURRENCY",) or _followed_by_measure(m):
            return None
    elif art is None and not qualified and not (prev is not None and prev.cls in ("A", "SINCE", "UNTIL", "TOWARD")):
        nxt = m.after(0)
        if nxt is not None and nxt.cls in ("WORD",) and nxt.low in m.lex.measures:
            return None
    if second is not None and not qualified and art is None and prev is not None and prev.cls in ("EN", "DE"):
        # "ganó el maratón en 2:05:30", "finished in 1:45:30", "con un tiempo de 2:05:30", "a
        # time of 1:45:30": a race's time, a length (a clock time with seconds is told "a
        # las", "at")
        length = "".join(f"{value}{unit}" for value, unit in ((hour, "H"), (minute, "M"), (second, "S")) if value)
        return Spec("duration", "clock-length", symbolic=f"PT{length or '0S'}")
    pod = _pod_code(m.token("pod")) if m.has("pod") else None
    mer = m.token("mer").info if m.has("mer") else None
    hour = _apply_meridian(hour, mer, pod)
    spec = Spec("time", "clock", hour=hour, minute=minute, second=second, anchor="refdct")
    if m.has("tz"):
        zone = [t for t in m.tokens_of("tz") if t.cls == "TZ"]
        spec.tz = tz if tz is not None else ""
        spec.rule = "clock+zone"
        if zone and zone[0].info == "":
            spec.tz = ""
    return spec


def h_bracket_clock(m: Match) -> Spec | None:
    """"a las 18.45 (17.45 en Canarias)", "at 8 p.m. (7 p.m. in Chicago)": the same moment
    on the clocks of a place named in brackets after a clock time (the place joins the
    expression: see `_take`); its day is the first one's (see `_share_day_across_parenthesis`)."""
    told, before_told = m.before(2), m.before(3)
    if told is None or told.cls not in ("CLOCK", "CLOCKDOT", "HOURWORD", "MERIDIAN") or _bracketed_place_end(m.tokens, m.hi) is None:
        return None
    if told.cls in ("CLOCK", "CLOCKDOT") and (before_told is None or before_told.cls not in ("A", "ART")):
        return None  # "cuesta 18.45 (17.45 en Madrid)": a price
    if m.has("h"):
        hour, minute, second = m.token("h").info, 0, None
        if not 1 <= hour <= 12:
            return None
    else:
        parts = _clock_parts(m.token("c"))
        if parts is None:
            return None
        hour, minute, second = parts
    mer = m.one("mer") or m.one("mer2")
    hour = _apply_meridian(hour, mer.info if mer is not None else None, None)
    return Spec("time", "clock-of-place", hour=hour, minute=minute, second=second, anchor="refdct")


def _bracketed_place_end(tokens: grammar.Tokens, i: int) -> int | None:
    """The end of "en Canarias", "in New York" from token i when a closing bracket follows."""
    classes, n = tokens.classes, len(tokens)
    if i >= n or classes[i] != CHAR["EN"]:
        return None
    k = i + 1
    if k < n and classes[k] == CHAR["ART"]:
        k += 1
    names = k
    while k < n and k - names < 4 and classes[k] == CHAR["NAME"]:
        k += 1
    return k if names < k < n and classes[k] == CHAR["RPAREN"] else None


def _bare_clock_range_end(m: Match) -> bool:
    """"abrirán de 9.00 a 14.00": two clock times with no "horas" after them (the first
    one becomes the range's start, see clock_ranges)."""
    link, first, opener = m.before(1), m.before(2), m.before(3)
    if m.has("art") or link is None or link.cls != "A" or first is None or first.cls != "CLOCKDOT" or opener is None or opener.cls != "DE":
        return False
    # on the quarter hours, as timetables are ("subió de 9.50 a 14.20": a price)
    return all(re.findall(r"\d+", token.text)[1] in _QUARTER_MINUTES for token in (first, m.token("c")))


_QUARTER_MINUTES = frozenset({"00", "15", "30", "45"})


def h_hour(m: Match) -> Spec | None:
    art = m.token("art")
    if art.low not in m.lex.word_list("grammar", "hour_articles"):
        return None
    hour_tokens = m.tokens_of("h")
    hour = number_value(hour_tokens)
    if hour is None or hour > 24:
        return None
    minute = 0
    if m.has("frac"):
        frac = m.token("frac")
        if frac.cls == "HALFWORD":
            minute = 30
        elif frac.cls == "ORD" and frac.info == 4:
            minute = 15
        elif isinstance(frac.info, int) and frac.info < 60:
            minute = frac.info
        else:
            return None
    if m.has("cf"):  # "las tres menos cuarto": minutes before the hour
        hour, minute = divmod(hour * 60 + m.token("cf").info, 60)
    qualified = m.has("hw") or m.has("pod") or m.has("mer") or m.has("cw") or m.has("tz") or m.has("frac") or m.has("cf")
    prev = m.before(1)
    articles = m.lex.word_list("grammar", "hour_articles")
    third = m.before(3)
    # "entre las 10 y las 12 horas": the second end of a span of clock times
    second_end = prev is not None and prev.cls == "AND" and third is not None and third.low in articles and (first_hour := m.before(2)) is not None and first_hour.cls == "DAYNUM"
    opened = prev is not None and (prev.cls in ("A", "SINCE", "UNTIL", "TOWARD") or _clock_opener(m, prev))
    if not qualified:
        if not opened and not second_end:
            return None
        nxt = m.after(0)
        if nxt is not None and nxt.cls in ("WORD", "NAME", "UNIT", "YEARWORD") and not (nxt.cls == "WORD" and _finite_verb(m, nxt)):
            return None  # "a las tres empresas" ("Hacia las diez llegó la policía": a verb after it)
        if hour_tokens[0].cls != "DAYNUM" and not (hour < 12 and prev is not None and (prev.low in m.lex.word_list("grammar", "clock_approx") or prev.low in m.lex.word_list("grammar", "clock_after"))):
            # "se lo dio a las dos": a clock time in words needs "de la tarde", "en punto"... or a
            # word that only times take ("hacia las diez", "a eso de las diez", "pasadas las once";
            # not "las doce", noon or midnight)
            return None
    if hour_tokens[0].cls in ("NUMWORD", "UNO") and hour > 12:
        return None
    if m.has("hw") and prev is not None and not opened and prev.cls != "COMMA" and not second_end:
        return None  # "las 8 horas" of a duration: "durante las 8 horas"
    pod = _pod_code(m.token("pod")) if m.has("pod") else ("MI" if m.has("cw") else None)
    mer = m.token("mer").info if m.has("mer") else None
    hour = _apply_meridian(hour, mer, pod)
    spec = Spec("time", "hour", hour=hour, minute=minute, anchor="refdct")
    return _zoned(spec, m)


def _clock_opener(m: Match, prev: Token) -> bool:
    """"a eso de las 9 horas", "alrededor de las 9", "antes de las 9 horas", "pasadas las
    9 horas": a word of approximation or of order before the hour says a clock time, as
    "a las" does; not a length a noun after it measures ("tras las 9 horas de debate",
    "cerca de las 9 horas de espera")."""
    if prev.cls == "QMOD":
        if prev.low not in m.lex.word_list("grammar", "clock_approx") and prev.low not in m.lex.word_list("grammar", "point_approx"):
            return False
    elif (prev.cls != "SIGNAL" or prev.info[0] not in ("before", "after")) and prev.low not in m.lex.word_list("grammar", "clock_after"):
        return False
    nxt, noun = m.after(0), m.after(1)
    return nxt is None or nxt.cls != "DE" or noun is None or noun.cls not in ("WORD", "NAME")


def zones_after_comma(chosen: list[Candidate], tokens: Tokens) -> None:
    """"a las 20.00 horas, hora de Madrid", "at 9 p.m., Eastern time": a zone named by a
    phrase right after a clock time's comma is its zone (a one-word zone after a comma
    may open the next clause: "at 6 p.m., local officials said")."""
    comma, zone = CHAR["COMMA"], CHAR["TZ"]
    classes, lengths, infos = tokens.classes, tokens.lengths, tokens.infos
    for cand in chosen:
        spec, k = cand.spec, cand.hi
        if spec.kind != "time" or spec.hour is None or spec.tz is not None or k + 1 >= len(classes):
            continue
        if classes[k] == comma and classes[k + 1] == zone and lengths[k + 1] > 1 and infos[k + 1]:
            spec.tz, spec.rule = infos[k + 1], spec.rule + "+zone-after-comma"
            cand.hi = k + 2


def _zoned(spec: Spec, m: Match) -> Spec:
    """`spec` with the zone written after it, if any ("3 p.m. ET"; "hora local": a local
    time whose zone the text does not give)."""
    if m.has("tz"):
        tz, _ = _tz_value(m.group("tz"))
        spec.tz = tz if tz is not None else ""
    return spec


def h_clockword(m: Match) -> Spec | None:
    """"mediodía", "noon ET", "12 noon", "12 midnight" (no other hour before the word)."""
    if m.has("twelve") and m.token("twelve").info != 12:
        return None
    hour, minute = m.token("cw").info
    spec = Spec("time", "clock-word", hour=hour, minute=minute, anchor="refdct")
    return _zoned(spec, m)  # "noon ET"


# ---------------------------------------------------------------------------
# handlers: relative units, durations, sets


def _count(m: Match, name: str = "cnt") -> int | None:
    tokens = m.group(name)
    if not tokens:
        return None
    if tokens[0].cls in ("HALFWORD", "HALFNOUN"):
        return None
    return number_value(tokens)


_DURATION_LETTER = {
    "year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1), "hour": ("H", 1),
    "minute": ("M", 1), "second": ("S", 1), "decade": ("Y", 10), "century": ("Y", 100),
    "millennium": ("Y", 1000), "quarter": ("M", 3), "half": ("M", 6), "fortnight": ("D", 14),
    "half_month": ("D", 15), "lustrum": ("Y", 5), "biennium": ("Y", 2), "weekend": ("WE", 1),
}
_TIME_UNITS = {"hour", "minute", "second"}


def duration_value(unit: str, amount: float | None) -> str:
    """ISO 8601 duration: ("week", 2) -> P2W; ("hour", 1.5) -> PT90M; None -> PXW."""
    letter, multiple = _DURATION_LETTER[unit]
    prefix = "PT" if unit in _TIME_UNITS else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    value = amount * multiple
    if value != int(value):  # halves: "año y medio" = P18M, "hora y media" = PT90M
        smaller = {"Y": ("M", 12), "M": ("D", 30) if prefix == "P" else ("S", 60), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if letter in smaller:
            small, factor = smaller[letter]
            if letter == "D":
                return f"PT{int(value * factor)}{small}"
            return f"{prefix}{int(value * factor)}{small}"
        return f"{prefix}{value:g}{letter}"
    return f"{prefix}{int(value)}{letter}"


def _unit_plural(token: Token, lex: Lexicon) -> bool:
    return token.low in lex.plural_units


def _units_away(m: Match) -> int | None:
    """The offset of "the week before last" (-2), "the week after next" (+2),
    "la semana antepasada" (-2); None for any other modifier; 0 for a signal
    that says neither ("the week after last")."""
    tokens = (m.group("m1") or []) + (m.group("m2") or [])
    if any(t.cls == "PAST" and t.info == 2 for t in tokens):
        return -2
    signal = m.group("m2")
    if not signal or signal[0].cls != "SIGNAL":
        return None
    return {("before", "PAST"): -2, ("after", "NEXT"): 2}.get((signal[0].info[0], signal[1].cls), 0)


def h_rel(m: Match) -> Spec | None:
    unit_token = m.token("u")
    unit = unit_token.info
    if unit is None:
        return None
    plural = _unit_plural(unit_token, m.lex)
    away = _units_away(m)
    if away is not None:
        if not away or plural or unit not in ("year", "month", "week", "weekend", "day", "quarter"):
            return None
        return Spec("date", "two-units-away", unit=unit, offset=away, anchor="dct", weekend=unit == "weekend")
    m1 = _mods(m.group("m1"))
    m2 = _mods(m.group("m2"))
    if "VAGUE" in m2:  # "el año en curso"
        if m.token("m2").info != "PRESENT_REF":
            return None
        m2 = {"CURRENT"}
    mods = m1 | m2
    if (unit_token.capital and _index(m, unit_token) > m.lo and (of := m.after(0)) is not None and of.cls in ("DE", "DEL")
            and (name := m.after(1)) is not None and name.capital):
        return None  # "el próximo Día del Padre": a named day, capitalised after its article ("Día de la Madre")
    if unit_token.low in m.lex.word_list("units", "lists", "rounds", "words") and ("NEXT" in mods or _league_rounds(m, unit_token)):
        return None  # "en la próxima jornada de Liga": a league's round (or a day not yet set), no tomorrow
    art = m.one("art")
    prev = m.before(1)
    remap = m.lex.options.get("article_modifiers")
    if remap and art is not None and art.cls == "ART":  # "the next day": the day after the narrative's
        for token in (m.group("m1") or []) + (m.group("m1b") or []):
            new = remap.get(token.low)
            if new:
                mods = (mods - {token.cls}) | {new}
    if m.has("un"):
        if mods == {"SAME"} and not plural and unit in _DURATION_LETTER:
            return Spec("duration", "one-same-unit", symbolic=duration_value(unit, 1))
        return None
    if not mods:
        if unit == "weekend" and plural and art is None and prev is not None and prev.cls in ("EN", "A"):
            return Spec("set", "plural-weekend", symbolic="XXXX-WXX-WE")  # "closed on weekends", "at weekends"
        if unit == "weekend" and art is None and not plural and _signal_with_article(prev, m.lex):
            return Spec("date", "weekend", unit="weekend", weekend=True)  # "a lo largo del fin de semana"
        if unit == "weekend" and art is not None:
            if plural:
                return Spec("set", "plural-weekend", symbolic="XXXX-WXX-WE")
            return Spec("date", "weekend", unit="weekend", weekend=True)
        if plural and prev is not None and (prev.cls == "SINCEAGO" or prev.cls == "SIGNAL" and prev.info[0] == "during"):
            return Spec("duration", "plural-unit", symbolic=duration_value(unit, None))
        if plural and art is None and prev is not None and prev.low in m.lex.word_list("grammar", "span_prepositions"):
            return Spec("duration", "plural-unit", symbolic=duration_value(unit, None))  # "for years", "in decades"
        if plural and art is None and any(lemma in m.lex.word_list("grammar", "span_verbs") for _tense, lemma in _word_verbs(m, prev)):
            reflexive = (before := m.before(2)) is not None and before.low in m.lex.word_list("grammar", "span_verbs_not_after")
            if not reflexive:  # ("se llevó años de ahorro": took them away)
                return Spec("duration", "plural-unit", symbolic=duration_value(unit, None))  # "lleva meses negociando"
        if plural and art is not None and prev is not None and prev.low in m.lex.word_list("grammar", "span_prepositions_article"):
            return Spec("duration", "plural-unit", symbolic=duration_value(unit, None))  # "over the years"
        nxt = m.after(0)
        if plural and art is None and unit not in _TIME_UNITS and nxt is not None and nxt.cls == "SIGNAL" and nxt.info[0] in ("before", "after"):
            return Spec("duration", "plural-unit", symbolic=duration_value(unit, None))  # "días después de la cumbre"
        return None
    if m.has("yref") or m.has("year"):
        if not ("SAME" in mods or "THAT" in mods) or unit not in ("month", "week", "day"):
            return None
    if "WHOLE" in mods:
        if plural:
            return None
        if unit == "weekend":  # "todo el fin de semana", "all weekend": this one, by the tense, as "este fin de semana"
            return Spec("date", "whole-weekend", unit="weekend", weekend=True, direction="this")
        return Spec("date", "whole-unit", unit=unit, offset=0, anchor="refdct")
    if plural:
        if mods & {"LAST", "NEXT", "PAST", "FOLLOWING"}:
            anchor = "ref" if "FOLLOWING" in mods else "dct"
            spec = Spec("duration", "last-next-units", symbolic=duration_value(unit, None), anchor=anchor)
            return spec
        return None
    if unit == "weekend":
        spec = Spec("date", "weekend", unit="weekend", weekend=True)
        if "THIS" in mods:
            spec.direction = "this"
        elif "PAST" in mods or "LAST" in mods:
            spec.direction = "past_strict"
        elif "NEXT" in mods:
            spec.direction = "future_strict"
        elif mods & {"THAT", "SAME"}:
            spec.anchor = "ref"
        elif mods == {"FOLLOWING"}:  # "the following weekend": the narrative's next one
            return Spec("date", "weekend+following", unit="weekend", weekend=True, direction="future_strict", anchor="ref")
        else:
            return None
        spec.rule = f"weekend+{spec.direction or 'ref'}"
        return spec
    if "LAST" in mods and not (mods & {"THIS", "THAT"}) and unit not in ("hour", "minute", "second"):
        if unit in ("week", "month", "year") and _same_part_of(m):
            # "the same period of the last year": the unit before the DCT's, as "the same
            # period last year" (no length of a year up to the DCT)
            return Spec("date", "last-unit+same-part", unit=unit, offset=-1, anchor="dct")
        if unit in ("quarter", "half"):
            if _school_term(m):
                return None  # "el último trimestre de la temporada": a term of the season
            return Spec("date", "last-unit", unit=unit, offset=-1, anchor="dct")
        if unit == "day":
            final = m.lex.word_list("grammar", "final_day_words")
            nxt = m.after(0)
            if any(t.low in final for t in m.group("m1") or []) or nxt is not None and nxt.cls in ("DE", "DEL"):
                return None  # "the last day of its term": the final day of something
            # "Prices rose in the past day": the day up to the DCT, a length as "the past week"
            return Spec("duration", "last-unit", symbolic=duration_value(unit, 1), anchor="dct")
        return Spec("duration", "last-unit", symbolic=duration_value(unit, 1), anchor="dct")
    if (unit in ("hour", "minute") and art is not None and not plural and [t.cls for t in m.group("m1") or []] == ["PAST"] and not m.group("m1b") and not m.group("m2")
            and ((after := m.after(0)) is None or after.cls not in ("DE", "DEL"))):
        # "in the past hour": the hour up to the DCT, a length ("the past two hours"); "the
        # last hour of trading" is some other hour
        return Spec("duration", "last-next-units", symbolic=duration_value(unit, 1), anchor="dct")
    if unit in ("hour", "minute", "second", "fortnight", "half_month", "lustrum", "biennium", "millennium"):
        return None
    if "SAME" in mods or "THAT" in mods:
        spec = Spec("date", "same-unit", unit=unit, offset=0, anchor="ref")
        _year_part(m, spec)
        return spec
    if "PREVIOUS" in mods:
        return Spec("date", "previous-unit", unit=unit, offset=-1, anchor="ref")
    if "FOLLOWING" in mods:
        return Spec("date", "following-unit", unit=unit, offset=1, anchor="ref")
    if "PAST" in mods:
        if unit == "day" and any(m.tokens.at(i).low in m.lex.word_list("grammar", "final_day_words") for i in range(m.lo, m.hi)):
            return None  # "on the last day of its term": the final day of something, no yesterday
        if unit == "day" and art is None and prev is not None and prev.cls == "ART":
            return None  # "on the past day of trading": the article's, no yesterday (see "the past day" above)
        return Spec("date", "past-unit", unit=unit, offset=-1, anchor="dct")
    if "NEXT" in mods:
        return Spec("date", "next-unit", unit=unit, offset=1, anchor="dct")
    if mods & {"THIS", "CURRENT"}:
        return Spec("date", "this-unit", unit=unit, offset=0, anchor="dct")
    return None


def h_position_unit(m: Match) -> Spec | None:
    """"a finales de mes", "a principios de año", "the end of the quarter": the current unit."""
    unit = m.token("u").info
    if unit not in ("year", "month", "week", "decade", "century", "day", "quarter"):
        return None
    if _unit_plural(m.token("u"), m.lex):
        return None
    if unit == "quarter" and _quarter_of_a_game(m):
        return None  # "The Lakers led by 10 at the end of the quarter": a quarter of play
    spec = Spec("date", "position+unit", unit=unit, offset=0, anchor="refdct", mod=Mod(m.token("pos").info))
    return spec


def h_position_hyphen_unit(m: Match) -> Spec | None:
    """"by mid-century", "Rates will fall by mid-year": a position in the current unit
    written as one word, as "the middle of the century"; after an article or before a
    noun it names a kind ("a mid-century house", "mid-year bonuses")."""
    unit = m.token("u")
    if unit.info not in ("year", "month", "week", "quarter", "decade", "century") or _unit_plural(unit, m.lex):
        return None
    prev, nxt = m.before(1), m.after(0)
    if prev is not None and (prev.cls in ("ART", "THIS", "THAT") or prev.low in m.lex.word_list("events", "function_words", "possessive")):
        return None
    if nxt is not None and nxt.cls in ("WORD", "NAME", "HYPHEN"):
        return None
    return Spec("date", "position+unit", unit=unit.info, offset=0, anchor="refdct", mod=Mod(m.token("pos").info))


def h_unit_end(m: Match) -> Spec | None:
    """"by year-end", "month-end figures": the end of the current unit; "by year-end
    2026": the end of that year."""
    if m.token("pos").info != "END" or m.token("u").info not in ("year", "month", "quarter"):  # ("week-end" is a weekend)
        return None
    if m.has("year"):
        if m.token("u").info != "year":
            return None
        return Spec("date", "unit-end+year", year=m.token("year").info, mod=Mod.END)
    return Spec("date", "unit-end", unit=m.token("u").info, offset=0, anchor="refdct", mod=Mod.END)


def h_unit_end_phrase(m: Match) -> Spec | None:
    """"by year's end", "the month's end": the end of the current unit; "midweek": its middle."""
    info = m.token("ue").info
    unit, mod = (info, "END") if isinstance(info, str) else info
    if mod is None:  # "up 4% quarter to date": the unit under way, as "quarter-to-date"
        return Spec("date", "this-unit", unit=unit, offset=0, anchor="dct")
    return Spec("date", "unit-end", unit=unit, offset=0, anchor="refdct", mod=Mod(mod))


def h_ago(m: Match) -> Spec | None:
    prev = m.before(1)
    if prev is not None and prev.cls in ("UNIT", "HYPHEN") and m.tokens[m.lo].cls == "AGO":
        return None  # "in the year-ago quarter": the "ago" after its unit, no "hace" before one
    focus = m.one("f")
    if focus is not None and focus.cls == "VAGUE" and focus.low not in m.lex.word_list("temporal", "relative", "focus_adverbs"):
        return None
    unit_token = m.token("u")
    if _league_rounds(m, unit_token):
        return None  # "ganó hace cinco jornadas": a league's rounds ago, no days (as "desde hace cinco jornadas")
    unit = unit_token.info
    count: int | float | None = _count(m)  # "hace año y medio": 1.5
    qmod = m.one("q")
    if count is None and not m.has("cnt") and m.has("half") and not _unit_plural(unit_token, m.lex):
        count = 1  # "hace año y medio"
    if m.has("half") and count is not None:
        count += 0.5
    if count is None:
        if m.has("cnt") and m.token("cnt").cls in ("HALFWORD", "HALFNOUN"):
            count = 0.5  # "hace medio siglo", "half a century ago"
        elif unit in _TIME_UNITS:
            return Spec("date", "ago-hours", unit="day", offset=0, anchor="dct")
        else:
            return Spec("vague", "ago-vague", symbolic="PAST_REF")
    if unit in _TIME_UNITS:
        return Spec("date", "ago-hours", unit="day", offset=0, anchor="dct")
    if unit in ("weekend",):
        return None
    letter, multiple = _DURATION_LETTER[unit]
    amount = count * multiple
    base = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
    if amount != int(amount):
        if base == "year":
            amount, base = int(amount * 12), "month"
        else:
            return None
    spec = Spec("date", "ago", unit=base, offset=-int(amount), anchor="dct")
    if m.has("today"):  # "hace hoy cincuenta años": this day, that many years back
        today = m.token("today").info
        if base != "year" or qmod is not None or today.get("offset") != 0 or "part" in today:
            return None
        return Spec("date", "ago+deictic-day", unit="day", offset=0, anchor="dct", year_rel=("dct", -int(amount)))
    if qmod is not None:
        spec.mod = {"MORE_THAN": Mod.BEFORE, "LESS_THAN": Mod.AFTER, "APPROX": Mod.APPROX}.get(qmod.info)
        if qmod.info == "EQUAL_OR_MORE":
            spec.mod = Mod.ON_OR_BEFORE
    return spec


def h_within(m: Match) -> Spec | None:
    unit = m.token("u").info
    count = _count(m)
    if count is None or unit in ("weekend",):
        return Spec("vague", "within-vague", symbolic="FUTURE_REF") if count is None else None
    if unit in _TIME_UNITS:
        return Spec("date", "within-hours", unit="day", offset=0, anchor="dct")
    letter, multiple = _DURATION_LETTER[unit]
    base = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
    spec = Spec("date", "within", unit=base, offset=int(count * multiple), anchor="dct")
    qmod = m.one("q")
    if qmod is not None:
        spec.mod = {"MORE_THAN": Mod.AFTER, "LESS_THAN": Mod.BEFORE, "APPROX": Mod.APPROX}.get(qmod.info)
    return spec


_AMOUNT_CLASSES = frozenset({"AMOUNT", "PCT", "CURRENCY", "INT", "DAYNUM", "NUMWORD"})


def _after_predicate_verb(m: Match) -> bool:
    """Does a form of "ser"/"be" come right before the match ("es", "fue", "ha sido",
    "is"), and no word of length after it ("was a day late")?"""
    before, after = m.before(1), m.after(0)
    if before is None or before.cls not in ("WORD", "NAME"):
        return False
    if after is not None and after.low in m.lex.word_list("temporal", "lengths_after_predicate"):
        return False
    lemmas = m.lex.word_list("temporal", "predicate_verbs")
    return before.low in m.lex.word_list("temporal", "predicate_forms") or any(lemma in lemmas for _tense, lemma in _word_verbs(m, before))


def h_duration(m: Match) -> Spec | None:
    unit_token = m.token("u")
    unit = unit_token.info
    cnt = m.group("cnt")
    count: float | None
    if cnt is None:
        count = None
    elif cnt[0].cls == "HALFWORD":
        count = 0.5
    elif cnt[0].cls == "VAGUECOUNT":
        count = None
    else:
        count = number_value(cnt)
        if count is None:
            return None
    if count is not None and count == 0:
        return None
    if cnt is None and m.has("half") and not _unit_plural(unit_token, m.lex):
        count, cnt = 1, []  # "año y medio", "hora y media": one unit and a half
    qmod = m.one("q")
    before = m.before(1)
    if qmod is not None and qmod.low in m.lex.word_list("temporal", "spread_mods") and before is not None and (
        before.cls in _AMOUNT_CLASSES or before.low in m.lex.measures or _counted_noun(m, 1) or before.cls in _SPREAD_UNIT_CLASSES
    ):
        return None  # "worth $2bn over five years", "60 films over five decades", "nine hours over two days": spread across them (a preposition), not more than five
    article_mods = m.lex.word_list("temporal", "quantity_mod_articles")  # "unos días": an article, not a modifier
    if (cnt is None and qmod is None and m.has("post") and not m.has("art") and unit in _TIME_UNITS
            and _unit_plural(unit_token, m.lex)):
        # "Horas antes", "Minutes later": a short while off the narrative's day, that day
        return Spec("date", "hours-from-ref", unit="day", offset=0, anchor="ref")
    if cnt is None and not (qmod is not None and qmod.low in article_mods):
        return None
    if _article_before_count(cnt, m.lex):
        return None  # "a four-day visit": the count starts after the article
    if _league_rounds(m, unit_token):
        return None  # "siete jornadas sin ganar": a league's rounds, not days
    if cnt and cnt[0].cls == "UNO" and not m.has("q") and _after_predicate_verb(m) and not _participle(m, m.after(0)):
        return None  # "Hoy es un día histórico": what the day is, no day's length
    if unit_token.low in m.lex.word_list("units", "lists", "ambiguous") and not (cnt and cnt[0].cls in ("DAYNUM", "INT")) and not (_mods(m.group("lm")) | _mods(m.group("lm2"))):
        return None  # "a quarter of the votes"
    plural = _unit_plural(unit_token, m.lex)
    if count is not None and count == 1 and plural:
        return None
    if count is not None and count > 1 and not plural and unit != "weekend":
        return None  # "dos año": not a duration phrase
    if m.has("half") and count is not None:
        count += 0.5
    if unit_token.cls == "HOURWORD" and unit_token.low not in m.lex.data["units"]["words"]:
        return None  # "15 h" is a clock time, not a duration
    if _followed_by_measure(m) and not m.after(0).low == "mil":  # type: ignore[union-attr]  # a measure follows: a token
        return None
    first = m.one("first") or m.one("first0")
    if first is not None and not (first.info in (1, "START") and cnt and count is not None and count > 1):
        return None  # "los nueve primeros meses del año", "the first nine months": the first nine, a length of nine
    lm = _mods(m.group("lm")) | _mods(m.group("lm2"))
    if "PAST" in _mods(m.group("lm")) and not m.has("art"):
        return None  # "Han pasado tres años": a participle, not "los pasados tres años"
    post = m.one("post")
    after = m.after(0)
    if post is not None and after is not None and after.low in m.lex.word_list("temporal", "comparison_words"):
        post = None  # "two weeks later than planned": a delay, no date after the narrative's
    # "dos días después" / "tres años antes": from the narrative's date
    if post is not None and count is not None and unit not in _TIME_UNITS and unit != "weekend":
        letter, multiple = _DURATION_LETTER[unit]
        base = {"Y": "year", "M": "month", "W": "week", "D": "day"}.get(letter)
        amount = count * multiple
        if base is None or amount != int(amount):
            return None
        sign = 1 if post.cls == "LATER" else -1
        return Spec("date", "n-units-later" if sign > 0 else "n-units-earlier", unit=base, offset=sign * int(amount), anchor="ref")
    if count == 1 and cnt and cnt[0].cls == "UNO" and unit == "day" and qmod is None and not lm and _participle(m, m.after(0)):
        # "fue una jornada marcada por la violencia": the day being told, not a span of one
        return Spec("date", "described-day", unit="day", offset=0, anchor="refdct")
    value = duration_value(unit, count)
    spec = Spec("duration", "duration", symbolic=value)
    if qmod is not None:
        spec.mod = Mod(qmod.info)
        if qmod.low in article_mods and count is None:
            spec.mod = None
    if lm & {"LAST", "PAST"}:
        spec.anchor, spec.rule = "dct", "last-n-units"
    elif lm & {"NEXT"}:
        spec.anchor, spec.rule = "dct", "next-n-units"
    elif lm & {"FOLLOWING"}:
        spec.anchor, spec.rule = "ref", "following-n-units"
    return spec


def _every_quant(count: int) -> str:
    """"every other Monday", "cada dos veranos": one in two."""
    return "EVERY" if count == 1 else "EVERY OTHER" if count == 2 else f"EVERY {count}"


def h_every(m: Match) -> Spec | None:
    target = m.token("u")
    if m.has("mesw") and (target.cls != "MONTH" or m.token("mesw").info != "month"):
        return None  # ("cada mes de mayo": the month named by "mes de")
    if m.has("half"):  # "every half hour", "cada medio año": a unit's half, PT30M or P6M
        if target.cls not in ("UNIT", "YEARWORD", "HOURWORD") or target.info is None or _unit_plural(target, m.lex) or m.token("every").info:
            return None
        return Spec("set", "every-half-unit", symbolic=duration_value(target.info, 0.5), quant="EVERY")
    count = _count(m) or m.token("every").info or 1  # "every other week": the count is in the word
    quant = _every_quant(count)
    if target.cls == "WEEKDAY":
        return Spec("set", "every-weekday", symbolic=f"XXXX-WXX-{target.info}", quant=quant)
    if target.cls == "MONTH":
        return Spec("set", "every-month", symbolic=f"XXXX-{target.info:02d}", quant="EVERY")
    if target.cls == "SEASON":  # "cada verano", "every summer"
        return Spec("set", "every-season", symbolic=f"XXXX-{target.info}", quant=quant)
    if target.cls in ("POD", "MANANA"):
        return Spec("set", "every-part-of-day", symbolic=f"XXXX-XX-XXT{_pod_code(target)}", quant="EVERY")
    if target.info is None:
        return None
    if target.info == "day" and count in m.lex.word_list("temporal", "frequency", "week_day_counts"):
        return Spec("set", "every-unit", symbolic=duration_value("week", count // 7), quant="EVERY")
    return Spec("set", "every-unit", symbolic=duration_value(target.info, count), quant="EVERY")


def h_nth_weekday_every(m: Match) -> Spec | None:
    """"el primer lunes de cada mes", "the last Friday of every month": one weekday
    once in every month, a set (TIMEX3 has no value for the ordinal)."""
    target = m.token("u")
    if target.info != "month" or (m.token("every").info or 1) != 1:
        return None
    ordinal = m.token("ord")
    if ordinal.cls == "ORD" and not 1 <= (ordinal.info or 0) <= 5:
        return None
    return Spec("set", "nth-weekday-every", symbolic=f"XXXX-XX-WXX-{m.token('wd').info}", quant="EVERY", freq="1X")


def h_nth_weekday_of_month(m: Match) -> Spec | None:
    """"el primer lunes de mayo", "the second Tuesday of March", "el último viernes de
    noviembre" (nth -1): one day, found as a movable feast is (a month's nth weekday)."""
    nth = _nth_of_month(m)
    if nth is None:
        return None
    return _in_named_year(m, Spec("date", "nth-weekday-of-month", holiday={"month": m.token("month").info, "weekday": m.token("wd").info, "nth": nth}))


def h_nth_weekday_of_unit(m: Match) -> Spec | None:
    """"el último jueves del mes", "el primer lunes del mes que viene", "the first Monday
    of next month": the nth weekday of a month named from now (or the narrative's month)."""
    unit = m.token("u")
    nth = _nth_of_month(m)
    if nth is None or unit.info != "month" or _unit_plural(unit, m.lex):
        return None
    mods = _mods(m.group("m1")) | _mods(m.group("m2"))
    offset = 1 if "NEXT" in mods else -1 if "PAST" in mods else 0
    return Spec("date", "nth-weekday-of-unit", unit="month", offset=offset, anchor="dct" if mods else "refdct",
                holiday={"weekday": m.token("wd").info, "nth": nth})


def _nth_of_month(m: Match) -> int | None:
    """Which of a month's weekdays or weeks: 1 to 4 ("el primer", "the second"), -1 for
    the last; None for "el pasado lunes en enero" (a Monday gone, not January's last) and
    a fifth (missing from some months)."""
    last = m.one("lst")
    if last is not None and last.cls == "PAST" and last.low not in m.lex.word_list("grammar", "last_of_month"):
        return None
    nth = -1 if last is not None else m.token("ord").info
    return nth if nth == -1 or 1 <= (nth or 0) <= 4 else None


def h_nth_week_of_month(m: Match) -> Spec | None:
    """"la segunda semana de diciembre", "the third week of January", "la última semana de
    noviembre" (nth -1): the month's nth week, counted as ISO 8601 counts a year's (the
    week of its nth Thursday); "el último fin de semana de noviembre", "the first weekend
    in December": the weekend of the month's nth Saturday."""
    unit = m.token("u")
    nth = _nth_of_month(m)
    if nth is None or unit.info not in ("week", "weekend") or _unit_plural(unit, m.lex):
        return None
    weekday = 4 if unit.info == "week" else 6
    return _in_named_year(m, Spec("date", "nth-week-of-month", holiday={"month": m.token("month").info, "weekday": weekday, "nth": nth, "grain": unit.info}))


def h_week_number(m: Match) -> Spec | None:
    """"la semana 45", "en la semana 47 del año": the year's ISO week by its number, the
    week of the year's nth Thursday (its year by the tense, as a yearly day's); "la
    semana 45 horas" counts hours."""
    unit, number = m.token("u"), m.token("n").info
    nxt = m.after(0)
    if unit.info != "week" or _unit_plural(unit, m.lex) or not 1 <= number <= 52:
        return None
    if nxt is not None and nxt.cls in ("UNIT", "HOURWORD", "YEARWORD", "HYPHEN", "SLASH"):
        return None
    return _in_named_year(m, Spec("date", "week-number", holiday={"month": 1, "weekday": 4, "nth": number, "grain": "week"}))


def h_all(m: Match) -> Spec | None:
    target = m.token("u")
    art = m.one("art")
    if not _is_plural_article(art, m.lex):
        return None
    if target.cls == "WEEKDAY":
        return Spec("set", "all-weekdays", symbolic=f"XXXX-WXX-{target.info}", quant="EVERY")
    if target.cls in ("POD", "MANANA"):
        return Spec("set", "all-parts-of-day", symbolic=f"XXXX-XX-XXT{_pod_code(target)}", quant="EVERY")
    if target.cls == "SEASON":  # "todos los veranos", as "cada verano"
        if target.low not in m.lex.word_list("temporal", "season_rules", "plurals"):
            return None  # ("todo el verano" is the one season, whole)
        return Spec("set", "all-seasons", symbolic=f"XXXX-{target.info}", quant="EVERY")
    if not _unit_plural(target, m.lex) or target.info is None:
        return None
    return Spec("set", "all-units", symbolic=duration_value(target.info, 1), quant="EVERY")


def h_times_per(m: Match) -> Spec | None:
    count = _count(m)
    target = m.token("u")
    if count is None or target.info is None or _unit_plural(target, m.lex):
        return None
    if target.cls == "WEEKDAY":
        return None
    return Spec("set", "times-per-unit", symbolic=duration_value(target.info, 1), freq=f"{count}X")


def h_rate(m: Match) -> Spec | None:
    """"15 al año", "100 dólares al mes": a rate."""
    target = m.token("u")
    if target.info is None or _unit_plural(target, m.lex) or target.info == "weekend":
        return None
    for k in (1, 2, 3):
        prev = m.before(k)
        if prev is None or prev.cls in ("STOP", "BOUNDARY"):
            return None
        if prev.cls in ("DAYNUM", "INT", "AMOUNT", "YEARNUM", "NUMWORD", "UNO") or prev.low in m.lex.measures:
            nxt = m.after(0)
            if nxt is not None and nxt.cls in ("FOLLOWING", "PREVIOUS", "PAST", "NEXT", "DE", "DEL"):
                return None
            if k == 1 and target.info in _TIME_UNITS and prev.low in m.lex.word_list("negatives", "speed_lengths"):
                return None  # "120 miles per hour", "190 km por hora": a speed
            return Spec("set", "rate", symbolic=duration_value(target.info, 1))
    return None


def h_freq(m: Match) -> Spec | None:
    token = m.token("f")
    prev = m.before(1)
    nxt = m.after(0)
    if token.capital and (not _sentence_initial(m.tokens, m.lo) or nxt is not None and nxt.cls == "NAME"):
        return None  # "Diario de Sevilla", "The Daily Mail"
    lex = m.lex
    if token.low in lex.word_list("temporal", "frequency", "newspaper_words") and (
        prev is not None and (prev.cls in ("ART", "DEL", "AL", "UNO", "THIS", "THAT") or prev.low in lex.word_list("temporal", "frequency", "newspaper_determiners"))
        or nxt is not None and nxt.cls in ("NAME", "QUOTE")
    ):
        return None  # the newspaper, not "daily"
    if m.has("t"):  # "twice daily", "three times weekly", "dos veces diarias"
        count = _count(m) if m.has("cnt") else m.token("t").info
        return Spec("set", "times-frequency-word", symbolic=token.info, freq=f"{count}X") if isinstance(count, int) else None
    measures = lex.word_list("temporal", "frequency", "measure_nouns")
    # the amount measured over the period: "pérdidas anuales", "annual profit"
    if prev is not None and prev.low in measures or lex.options.get("adjective_before_noun") and _measure_noun_after(m, measures):
        return Spec("duration", "frequency-word-measure", symbolic=token.info)
    return Spec("set", "frequency-word", symbolic=token.info)


def _measure_noun_after(m: Match, measures: tuple[str, ...]) -> bool:
    """Is the noun after a frequency word an amount measured over its period, right after
    it or after one word of its own ("Weekly jobless claims", as "Quarterly revenue")?"""
    nxt = m.after(0)
    if nxt is None or nxt.low in measures:
        return nxt is not None
    second = m.after(1)
    return nxt.cls == "WORD" and nxt.end < (second.start if second is not None else 0) and second is not None and second.low in measures


# ---------------------------------------------------------------------------
# handlers: vague and anaphoric references


def h_vague(m: Match) -> Spec | None:
    token = m.token("v")
    prev = m.before(1) if not m.has("i") else m.before(1)
    nxt = m.after(0)
    if nxt is not None and nxt.cls in ("WEEKDAY", "MONTH", "UNIT", "YEARWORD", "DAYNUM"):
        return None
    if nxt is not None and nxt.cls == "SIGNAL" and nxt.info[0] in ("after", "before"):
        return None  # "shortly after midnight", "soon after the vote": how long after, no reference
    if nxt is not None and nxt.cls == "HYPHEN" and nxt.start == token.end:
        return None  # "the now-cancelled deal", "the soon-to-open terminal"
    if prev is not None and prev.cls == "HYPHEN" and prev.end == token.start:
        return None  # "up-to-date figures" (a unit before the hyphen is "year-to-date", see h_rel)
    if token.capital and not _sentence_initial(m.tokens, _index(m, token)) and token.length == 1:
        return None
    if (nxt is not None and nxt.cls in ("DE", "DEL") or prev is not None and prev.cls == "A") and not set(token.low.split()).isdisjoint(m.lex.word_list("units", "lists", "terms", "not_before_de")):
        return None  # "esta temporada de lluvias", "el próximo curso de formación", "se apuntó a este curso": a thing, no period from now
    return Spec("vague", "vague", symbolic=token.info)


def h_then(m: Match) -> Spec | None:
    prev = m.before(1)
    if not m.has("that") and (prev is None or prev.low not in m.lex.then_prepositions):
        return None
    # "desde entonces", "since then": a date the narrative has reached, never one to come
    since = prev is not None and (prev.low,) in m.lex.past_cues
    return Spec("date", "then", anchor="refonly", direction="past" if since else None)


def h_eve(m: Match) -> Spec | None:
    return Spec("date", "eve", unit="day", offset=-1, anchor="ref")


def h_rest_of(m: Match) -> Spec | None:
    """"en lo que va de año", "el resto de la semana", "a lo largo del día", "later in
    the day": (part of) the current unit of the narrative."""
    unit = m.token("u").info
    if unit not in ("year", "month", "week", "day", "decade", "century", "quarter", "half", "weekend") or _unit_plural(m.token("u"), m.lex):
        return None
    rule = "rest-of-unit" if m.token("r").cls == "RESTOF" else "course-of-unit"
    return Spec("date", rule, unit=unit, offset=0, anchor="refdct")


def h_rest_of_term(m: Match) -> Spec | None:
    """"en lo que va de temporada", "lo que resta de curso", "en lo que va de esta
    temporada": the part of the season or school year under way, which is named from
    now by its side of the DCT only, as "esta temporada" (PRESENT_REF)."""
    terms = m.lex.word_list("temporal", "relative", "rest_of_terms")
    if m.has("v"):
        named = m.token("v")
        if named.info != "PRESENT_REF" or named.low.rsplit(" ", 1)[-1] not in terms:
            return None
    else:
        term = m.after(0)  # (a plain word: only its place is in the pattern; _take takes it in)
        if term is None or term.low not in terms:
            return None
    nxt = m.after(1) if not m.has("v") else m.after(0)
    if nxt is not None and nxt.cls in ("DE", "DEL"):
        return None  # "el resto del curso de formación": a course, no school year
    return Spec("vague", "rest-of-term", symbolic="PRESENT_REF")


def _signal_with_article(token: Token | None, lex: Lexicon) -> bool:
    """A signal ending in a contracted article ("a lo largo del", "después del"): the
    unit after it has its article."""
    return token is not None and token.cls == "SIGNAL" and token.low.rsplit(" ", 1)[-1] in lex.word_list("grammar", "del")


def h_during_day(m: Match) -> Spec | None:
    """"durante la jornada", "a lo largo del día", "throughout the day": the narrative's
    day (a longer unit after "during" is as often a habit: "during the week he works");
    "a lo largo de la semana", "throughout the month": the narrative's week or month."""
    signal = m.before()
    if signal is None or signal.cls != "SIGNAL" or signal.info[0] != "during":
        return _unit_of_figure(m) if m.has("art") else None
    unit = m.token("u").info
    if _unit_plural(m.token("u"), m.lex):
        return None
    if unit != "day" and (unit not in ("week", "month", "year") or signal.low not in m.lex.word_list("grammar", "throughout")):
        return None
    return Spec("date", "course-of-unit", unit=unit, offset=0, anchor="refdct")


def _unit_of_figure(m: Match) -> Spec | None:
    """"The Nasdaq rose 2% for the week", "up 10 points on the day", "lost $8 billion for
    the year": the narrative's unit (day, week, month, year) a figure is told over."""
    link, figure = m.before(1), m.before(2)
    if link is None or figure is None or link.low not in m.lex.word_list("temporal", "figure_unit_links"):
        return None
    if figure.cls != "PCT" and figure.low not in m.lex.word_list("temporal", "figure_scales") and figure.low not in m.lex.word_list("temporal", "figure_units"):
        return None
    unit = m.token("u")
    if unit.info not in ("day", "week", "month", "year") or _unit_plural(unit, m.lex):
        return None
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("DE", "DEL", "HYPHEN") or nxt.cls == "WORD" and nxt.low not in m.lex.stopwords):
        return None  # "10% for the year ahead", "2% on the day of the vote"
    return Spec("date", "unit-of-figure", unit=unit.info, offset=0, anchor="refdct")


def h_consecutive(m: Match) -> Spec | None:
    """"por segundo día consecutivo": the current day (week, year) of the narrative;
    none when a date follows that it counts ("for a second consecutive month in October":
    October is the month)."""
    unit = m.token("u").info
    if unit not in ("day", "week", "month", "quarter", "year", "weekend") or _unit_plural(m.token("u"), m.lex):
        return None
    k = 0
    while (following := m.after(k)) is not None and following.cls in _CONSECUTIVE_LINKS and k < 2:
        k += 1  # "en octubre", "on Monday", ", el lunes"
    if following is not None and following.cls in _CONSECUTIVE_DATES:
        return None
    if following is not None and following.cls in ("NUMWORD", "INT", "ORD") and (counted := m.after(k + 1)) is not None and counted.cls == "UNIT":
        return None  # "in the three months to September", "en el tercer trimestre": the span named next
    return Spec("date", "nth-consecutive-unit", unit=unit, offset=0, anchor="refdct")


_CONSECUTIVE_DATES = frozenset({"MONTH", "MONTHABBR", "WEEKDAY", "YEARNUM", "DEICTIC", "PERIODCODE"})
_CONSECUTIVE_LINKS = frozenset({"EN", "ART", "COMMA"})


def h_day_object(m: Match) -> Spec | None:
    """"cerró la jornada en 7.114 puntos", "cerró la semana con una subida", "Stocks
    ended the week higher": the narrative's day (week, month, year), when a verb of
    opening or closing takes it as object (checked by the caller with the verb lexicon)."""
    token = m.token("u")
    if token.info not in ("day", "week", "month", "year") or _unit_plural(token, m.lex):
        return None
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("DE", "DEL", "NAME", "FOLLOWING", "PREVIOUS", "SAME") or nxt.cls == "WORD" and nxt.low not in m.lex.stopwords):
        return None  # "la jornada electoral", "el día de la votación"
    spec = Spec("date", "day-object" if token.info == "day" else "unit-object", unit=token.info, offset=0, anchor="refdct")
    spec.notes.append("needs-day-object-verb")
    return spec


def h_unit_end_clause(m: Match) -> Spec | None:
    """"antes de que termine el año", "before the year ends", "by the time the week is
    out": a clause of the unit under way coming to its end names that end (as "antes de
    fin de año"): the unit with END. The opener, then the verb of ending before the
    article or after the unit (lang unit_end_openers, unit_end_verbs). Told in the past
    ("until the year ended", "hasta que terminó el año"; lang unit_ended_verbs) the unit
    is a closed one (resolve: the rule "unit-end-clause+closed")."""
    unit = m.token("u")
    if unit.info not in ("week", "month", "year") or _unit_plural(unit, m.lex):
        return None
    tokens = m.tokens
    text, lo, hi = tokens.text, tokens.starts[m.lo], tokens.ends[m.hi - 1]
    verbs = m.lex.word_list("temporal", "relative", "unit_end_verbs")
    openers = m.lex.word_list("temporal", "relative", "unit_end_openers")
    before = " ".join(text[max(0, lo - _UNIT_END_REACH) : lo].lower().split()[-5:])
    after = " ".join(text[hi : hi + _UNIT_END_REACH].lower().split()[:4])
    ended = m.lex.word_list("temporal", "relative", "unit_ended_verbs")
    for group, rule in ((verbs, "unit-end-clause"), (ended, "unit-end-clause+closed")):
        if any(_phrase_ends(before, opener + " " + verb) for opener in openers for verb in group):
            return Spec("date", rule, unit=unit.info, offset=0, anchor="refdct", mod=Mod.END)
        if any(_phrase_ends(before, opener) for opener in openers) and any(
                after == verb or after.startswith(verb) and not after[len(verb)].isalnum() for verb in group):
            return Spec("date", rule, unit=unit.info, offset=0, anchor="refdct", mod=Mod.END)
    return None


_UNIT_END_REACH = 40  # characters: the longest opener and verb ("antes de que se acabe")


def _phrase_ends(words: str, phrase: str) -> bool:
    """Do the space-joined `words` end with the whole words of `phrase`?"""
    return words == phrase or words.endswith(" " + phrase)


def h_record_unit(m: Match) -> Spec | None:
    """"La mejor semana para las bolsas desde noviembre", "su peor mes en cinco años",
    "Stocks posted their best week since November": a record of the unit under way, the
    narrative's week (month, year), when a "since" or "in five years" after it measures
    the record ("la mejor semana de mi vida" names none)."""
    superlative, opener = m.before(1), m.before(2)  # (words: no pattern sees them one by one)
    if superlative is None or opener is None or superlative.low not in m.lex.word_list("temporal", "relative", "record_unit_words"):
        return None
    token = m.token("u")
    if token.info not in ("week", "month", "quarter", "year") or _unit_plural(token, m.lex):
        return None
    if opener.cls != "ART" and opener.low not in m.lex.word_list("temporal", "relative", "record_unit_possessives"):
        return None
    for k in range(_RECORD_REACH_AFTER):
        following = m.after(k)
        if following is None or following.cls in ("STOP", "COMMA", "COLON"):
            return None
        if following.cls == "SINCE" or following.cls == "EN" and any(
                (t := m.after(j)) is not None and t.cls in ("UNIT", "YEARWORD") for j in range(k + 1, k + 4)):
            return Spec("date", "record-unit", unit=token.info, offset=0, anchor="refdct")
    return None


_RECORD_REACH_AFTER = 6  # tokens from the unit to the "since" of its record ("para las bolsas estadounidenses desde")


def h_day_beside(m: Match) -> Spec | None:
    """"the day after", "el día antes", "the week before": the day or week after or
    before the narrative's date; `beside_dates` and `attach_relations` give it a date or
    an event written next."""
    signal = m.token("s").info[0]
    unit = m.token("u").info
    nxt = m.after(0)
    if unit in ("month", "year") and not _unit_plural(m.token("u"), m.lex) and signal in ("after", "before") and (nxt is None or nxt.cls in ("STOP", "COMMA")):
        # "had lost money the year before.": the narrative's year's neighbour (with a noun
        # after it, "the year before the crisis" names no date of its own here)
        return Spec("date", "following-unit" if signal == "after" else "previous-unit", unit=unit, offset=1 if signal == "after" else -1, anchor="ref")
    if unit not in _BESIDE_UNITS or _unit_plural(m.token("u"), m.lex) or signal not in ("after", "before"):
        return None
    if unit == "week" and nxt is not None and nxt.cls in ("PAST", "NEXT", "LAST", "THIS"):
        return None  # "the week before last year's election": "last" opens the next date
    if signal == "after":
        return Spec("date", "following-unit", unit=unit, offset=1, anchor="ref")
    return Spec("date", "previous-unit", unit=unit, offset=-1, anchor="ref")


_BESIDE_UNITS = {"day": 1, "week": 7}  # unit -> its days


def _day_letter_in_lower_case(token: Token) -> bool:
    """A day named by its number and a letter ("el 11-M", "el 8M", "las elecciones del
    23J") is written with a capital: "4-m", "8m" are lengths."""
    return token.low[0].isdigit() and token.text[-1].islower()


def h_named_date(m: Match) -> Spec | None:
    token = m.token("n")
    if _day_letter_in_lower_case(token):
        return None
    year, month, day = (int(x) for x in token.info.split("-"))
    return Spec("date", "named-date", year=year, month=month, day=day)


def h_day_to_come(m: Match) -> Spec | None:
    """"if there ever came a day when ...", "llegará un día en que ...": an indefinite day
    a clause describes after a verb of coming is a day that may come, no length
    (FUTURE_REF); "some day we will", "algún día": the same, said by the determiner (lang
    day_to_come; "some day next week" is a day of that week), and "if one day", "si un
    día": by the condition."""
    unit, det, nxt = m.token("u"), m.token("d"), m.after(0)
    if unit.info != "day" or _unit_plural(unit, m.lex):
        return None
    fine = m.has("fine")
    if fine and (m.token("fine").low not in m.lex.word_list("temporal", "day_to_come", "fine") or det.cls != "UNO"
                 or _index(m, unit) != _index(m, m.token("fine")) + 1):  # (one word: OTHER stands for a run of them)
        return None  # ("un buen día", "one fine day": a day of a story, never a length; "un mal día" is no date)
    dated = nxt is not None and (nxt.cls in _NOT_AFTER_DAY or nxt.cls in _DAY_TO_COME_NOT_AFTER or nxt.low in m.lex.word_list("temporal", "day_to_come", "of"))
    if det.low in m.lex.word_list("temporal", "day_to_come", "determiners"):
        if dated:
            return None  # "some day of the week", "some day next week"
        return Spec("vague", "day-to-come", symbolic="FUTURE_REF")
    if det.cls != "UNO" or nxt is None:
        return None
    opener = m.before(1)
    if (opener is not None and opener.low in m.lex.word_list("temporal", "direction_cues", "hypothesis_openers") and not dated
            and det.low not in m.lex.word_list("numerals", "lists", "indefinite_articles")):
        return Spec("vague", "day-to-come", symbolic="FUTURE_REF")  # "if one day he returns" ("if a day passes": a length)
    if not dated and det.low not in m.lex.word_list("numerals", "lists", "indefinite_articles") and _sentence_initial_word(m.tokens, m.lo):
        told = _opening_day_told(m)
        if told is not None:
            return Spec("vague", "opening-day", symbolic=told)
    if fine:
        return None
    words = " ".join(t.low for k in range(3) if (t := m.after(k)) is not None)
    if not any(words == opener or words.startswith(opener + " ") for opener in m.lex.word_list("temporal", "day_to_come", "openers")):
        return None
    coming = m.lex.word_list("temporal", "day_to_come", "coming")
    if any((word := m.before(k)) is not None and word.low in coming for k in range(1, 4)):
        return Spec("vague", "day-to-come", symbolic="FUTURE_REF")
    return None


def _opening_day_told(m: Match) -> str | None:
    """"Un día llegó a Madrid", "One day, he will come back": an indefinite day opening a
    sentence is a day of the time its verb tells (PAST_REF, FUTURE_REF), no length; None
    when the verb is present or not found ("Un día es poco": a length)."""
    from timeline.reading.verbs import NON_FINITE, direction_of

    for k in range(4):
        word = m.after(k)
        if word is None or word.cls not in _OPENING_DAY_WORDS:
            return None
        if word.low in m.lex.word_list("verbs", "auxiliaries", "future"):
            return "FUTURE_REF"  # "One day we will ..."
        verbs = [(tense, lemma) for tense, lemma in _word_verbs(m, word) if tense not in NON_FINITE]
        if any(lemma in m.lex.word_list("temporal", "day_to_come", "lengths") for _tense, lemma in verbs):
            return None  # "Un día bastó", "One day passed": the day is a length
        directions = {direction_of(tense) for tense, _lemma in verbs}
        if directions:
            return _OPENING_DAY_REFS.get(directions.pop() or "") if len(directions) == 1 else None
    return None


_OPENING_DAY_WORDS = frozenset({"WORD", "NAME", "ART", "COMMA"})
_OPENING_DAY_REFS = {"past": "PAST_REF", "future": "FUTURE_REF"}
_DAY_TO_COME_NOT_AFTER = frozenset({"DE", "DEL", "NEXT", "PAST", "LAST", "THIS", "WEEKDAY", "DEICTIC", "MANANA", "POD", "DAYNUM", "ORD"})


def h_later_alone(m: Match) -> Spec | None:
    token = m.token("l")
    if token.low not in m.lex.data["temporal"]["relative"].get("later_alone", ()):
        return None
    nxt = m.after(0)
    if nxt is not None and (nxt.cls in ("DE", "DEL") or nxt.low in m.lex.word_list("temporal", "comparison_words")):
        return None  # "no más tarde del 31 de enero", "más tarde de lo previsto": a comparison
    return Spec("vague", "later", symbolic="FUTURE_REF")


# ---------------------------------------------------------------------------
# handlers of word orders some languages use (enabled per language in grammar.toml)


def _article_before_count(cnt: list[Token] | None, lex: Lexicon) -> bool:
    """"a four-day visit": an indefinite article, not "one", before a count."""
    return (
        cnt is not None and len(cnt) > 1 and cnt[1].cls not in ("AND", "MULT")
        and cnt[0].low in lex.word_list("numerals", "lists", "indefinite_articles")
    )


def h_and_a_half(m: Match) -> Spec | None:
    """"two and a half years", "a year and a half", "half an hour"."""
    unit = m.one("u") or m.one("u2") or m.token("u3")
    if unit.info is None or unit.info == "weekend":
        return None
    if m.has("cnt"):
        count = number_value(m.tokens_of("cnt"))
        if not count or not _unit_plural(unit, m.lex):
            return None
    else:
        count = 1 if m.has("cnt2") else 0
        if _unit_plural(unit, m.lex):
            return None
    return Spec("duration", "and-a-half", symbolic=duration_value(unit.info, count + 0.5))


def h_rate_a(m: Match) -> Spec | None:
    """"$5 billion a year", "100 people a day": a rate, right after the amount."""
    prev = m.before(1)
    if prev is None or not (prev.cls in ("DAYNUM", "INT", "AMOUNT", "YEARNUM") or prev.low in m.lex.measures):
        return None
    target = m.token("u")
    if target.info is None or _unit_plural(target, m.lex) or target.info == "weekend":
        return None
    return Spec("set", "rate", symbolic=duration_value(target.info, 1))


def h_unit_long(m: Match) -> Spec | None:
    """"decades-long", "a year-long dispute"."""
    if m.token("l").low not in m.lex.word_list("units", "lists", "length_adjectives"):
        return None
    unit = m.token("u")
    if unit.info in ("weekend",) or unit.info is None:
        return None
    plural = _unit_plural(unit, m.lex)
    return Spec("duration", "unit-long", symbolic=duration_value(unit.info, None if plural else 1))


def _day_of_its_weekend(m: Match, nxt: Token) -> bool:
    """"the July 4 weekend", "the July Fourth weekend": a singular weekend after a day is
    the weekend that holds it (see week_of), no count of weekends."""
    return nxt.cls == "UNIT" and nxt.info == "weekend" and not _unit_plural(nxt, m.lex)


def h_month_day(m: Match) -> Spec | None:
    """"August 25, 2011", "June 17", "Sept. 3": the month before the day."""
    day = m.token("day")
    month_token = m.one("month") or m.token("mabbr")
    if _dot_is_sentence_end(m):  # "Rally in Nov" / "11 people ...": the day is the next sentence's
        return None
    if month_token.capital and _name_context(m, _index(m, month_token)):
        return None
    if not m.has("yr2") and _followed_by_measure(m):
        return None  # "May 5 percent"
    nxt = m.after(0)
    if not m.has("yr2") and nxt is not None and nxt.cls in ("UNIT", "YEARWORD", "HOURWORD", "COLON") and not _day_of_its_weekend(m, nxt):
        return None
    spec = Spec("date", "month+day", day=day.info, month=month_token.info)
    if m.has("yr2"):
        spec.year = m.token("yr2").info
        spec.rule = "month+day+year"
    elif not _year_part(m, spec):  # "Dec. 31 of that year", "May 5 of the same year"
        return None
    elif spec.year is not None or spec.year_rel is not None:
        spec.rule = "month+day+year"
    spec.direction = _direction_of(_mods(m.group("pre")))
    return spec if _valid_day(spec) else None


def h_units_ago(m: Match) -> Spec | None:
    """"two years ago", "a decade ago": the count before the unit and "ago" after."""
    if _article_before_count(m.group("cnt"), m.lex):
        return None
    return h_ago(m)


def h_weekdays_ago(m: Match) -> Spec | None:
    """"two Tuesdays ago": the last Tuesday before the DCT, then a week back for each
    further one; "three Fridays from now" counts forward."""
    weekday = m.token("wd")
    count = number_value(m.tokens_of("cnt"))
    if weekday.low not in m.lex.word_list("calendar", "plural_weekdays") or count is None or not 1 <= count <= 52:
        return None
    forward = m.has("fn")
    spec = Spec("date", "weekdays-ago", weekday=weekday.info, direction="future_strict" if forward else "past_strict")
    spec.day_shift = 7 * (count - 1) * (1 if forward else -1)
    return spec


def h_weeks_before_weekday(m: Match) -> Spec | None:
    """"a week ago Sunday": the Sunday a week before the last one (US idiom); "a week
    from Friday", "a week on Friday" (British): the Friday a week after the coming one."""
    if m.token("u").info != "week" or m.has("fr") and m.token("fr").low != "from":
        return None  # "a week since Friday" is a span, not a day
    if m.has("on"):
        after = m.after(0)
        if m.token("on").low not in m.lex.word_list("grammar", "counted_on") or after is not None and after.cls == "QUOTE":
            return None  # "a week in May" is no such count; "spent a week on Tuesday's agenda": the day's noun
    count = number_value(m.tokens_of("cnt"))
    if count is None or not 1 <= count <= 52:
        return None
    forward = m.has("fr") or m.has("on")
    spec = Spec("date", "weeks-before-weekday", weekday=m.token("wd").info, direction="future_strict" if forward else "past_strict")
    spec.day_shift = 7 * count * (1 if forward else -1)
    return spec


def h_from_now(m: Match) -> Spec | None:
    """"three days from now": counted forward from the DCT."""
    if m.group("cnt") is None:
        return None
    return h_within(m)


def h_in_units(m: Match) -> Spec | None:
    """"in three days": forward from the DCT under a present or future verb; under
    a past one it is only the duration (tag() decides with the tense)."""
    if m.tokens.lows[m.lo] in m.lex.word_list("temporal", "placing_prepositions"):
        return None  # "on a day next week": a day placed, none counted from today
    spec = h_within(m)
    if spec is None or spec.kind != "date" or spec.unit == "day" and spec.offset == 0:
        return None
    nxt = m.after(0)
    if nxt is not None and nxt.cls in ("DE", "DEL", "LATER", "EARLIER", "AGO", "FROMNOW"):
        return None
    count = m.one("cnt")
    if count is not None and count.cls == "UNO" and nxt is not None and (nxt.cls == "QUE" or _is_participle(m, nxt)):
        return None  # "en una semana marcada por la lesión", "in a week that saw": a week described, not one from now
    spec.rule = "in-units"
    spec.notes.append("future-or-duration")
    if m.has("q"):
        spec.notes.append("qmod:" + m.token("q").info)
    return spec


def as_duration(spec: Spec) -> Spec:
    """The span an "in three days" spec measures: P3D."""
    value = duration_value(spec.unit, abs(spec.offset))  # type: ignore[arg-type]  # "in three days": a unit and an offset
    qmod = next((note[5:] for note in spec.notes if note.startswith("qmod:")), None)
    return Spec("duration", "in-units-duration", symbolic=value, mod=Mod(qmod) if qmod else None)


def h_bare_pod(m: Match) -> Spec | None:
    """"Monday night", "yesterday morning": a part of day kept only when a day joins it."""
    return Spec("time", "part-of-day", pod=_pod_code(m.token("pod")), unit="day", offset=0, anchor="ref")


def h_last_pod(m: Match) -> Spec | None:
    """"last night": the night before the DCT."""
    pod = _pod_code(m.token("pod"))
    if pod not in ("NI", "EV"):
        return None
    return Spec("time", "last+part-of-day", pod=pod, unit="day", offset=-1, anchor="dct")


def h_hour_meridian(m: Match) -> Spec | None:
    """"3 p.m.", "11 am", "three o'clock"."""
    hour = number_value(m.tokens_of("h"))
    if hour is None or not 0 <= hour <= 12:
        return None
    if m.has("hw") and m.token("hw").low not in m.lex.phrase_set("units", "lists", "clock_hour_words"):
        return None
    mer = m.token("mer").info if m.has("mer") else None
    spec = Spec("time", "hour", hour=_apply_meridian(hour, mer, None), minute=0, anchor="refdct")
    return _zoned(spec, m)


def h_hour_fraction(m: Match) -> Spec | None:
    """"half past two", "a quarter to midnight" (23:45), "ten past nine p.m.": minutes
    past or to the hour named after them."""
    token = m.token("h")
    if token.cls == "CLOCKWORD":
        hour, minute = token.info
    elif token.cls == "UNO" and token.low in m.lex.word_list("numerals", "lists", "indefinite_articles"):
        return None  # "a quarter to a third of the seats"
    else:
        hour, minute = token.info, 0
        if not isinstance(hour, int) or not 1 <= hour <= 12:
            return None
        hour = _apply_meridian(hour, m.token("mer").info if m.has("mer") else None, None)
    before, after = m.before(1), m.after(0)
    if before is not None and before.cls == "TOWARD" and (verb := m.before(2)) is not None and verb.low in m.lex.word_list("temporal", "score_verbs"):
        return None  # "He won by ten to nine": a score
    if m.token("cf").info < 0 and token.cls != "CLOCKWORD" and not m.has("mer"):
        # "rose a quarter to 10 dollars": a clock time needs "at", "by", "until"...; "open
        # from ten to six" is a stretch of hours, "ten to six points" a count
        if before is None or before.cls not in ("A", "TOWARD", "UNTIL", "SINCE"):
            return None
        if before.cls == "SINCE" and m.token("cf").info != -15:
            return None
        if after is not None and after.cls in _NOT_AFTER_DAY | {"WORD"}:
            return None
    hour, minute = divmod((hour * 60 + minute + m.token("cf").info) % (24 * 60), 60)
    spec = Spec("time", "hour", hour=hour, minute=minute, anchor="refdct")
    return _zoned(spec, m)


def h_spoken_clock(m: Match) -> Spec | None:
    """"at half five" (British: 5:30), "at 10 past 9", "at 10 to 9", "at one thirty", "at
    nine forty-five": a clock time said in words, after "at" (grammar
    bare_hour_prepositions), as said (no half of the day guessed)."""
    if m.before(1).low not in m.lex.word_list("grammar", "bare_hour_prepositions"):  # type: ignore[union-attr]  # (?<=A): a token before
        return None
    after = m.after(0)
    if after is not None and after.cls in _NOT_AFTER_DAY | {"WORD", "NAME", "NUMWORD", "MULT", "PCT", "CURRENCY"}:
        return None  # "priced at half one price", "at one thirty-year high"
    if m.has("hf"):
        hour_token, minute = m.token("h"), 30
    elif m.has("mn"):
        hour_token, minutes = m.token("h2"), m.token("mn").info
        if not isinstance(minutes, int) or not 1 <= minutes <= 30:
            return None
        minute = minutes if m.token("dir").cls == "PAST" else -minutes
    else:
        if _level_stated(m):
            return None
        hour_token, tens = m.token("h3"), m.token("tens").info
        ones = m.token("ones").info if m.has("ones") else 0
        if not isinstance(tens, int) or not isinstance(ones, int) or not (10 <= tens <= 19 and not ones or tens in (20, 30, 40, 50) and 0 <= ones <= 9):
            return None
        minute = tens + ones
    hour = hour_token.info
    if hour_token.low in m.lex.word_list("numerals", "lists", "indefinite_articles") or not isinstance(hour, int) or not 1 <= hour <= 12:
        return None  # "at a thirty ..."
    hour = _apply_meridian(hour, m.token("mer").info if m.has("mer") else None, None)
    hour, minute = divmod((hour * 60 + minute) % (24 * 60), 60)
    return _zoned(Spec("time", "hour", hour=hour, minute=minute, anchor="refdct"), m)


def _level_stated(m: Match, reach: int = 6) -> bool:
    """"The index stood at one thirty", "the shares were at one twenty": after a verb of a
    level whose subject is a measure (lang level_verbs, level_nouns), two numbers said in
    words are the level, no clock time ("the meeting ended at one thirty" is one)."""
    verb = m.before(2)
    if verb is None or verb.low not in m.lex.word_list("temporal", "level_verbs"):
        return False
    nouns, stop = m.lex.word_list("temporal", "level_nouns"), CHAR["STOP"]
    for k in range(m.lo - 3, max(m.lo - 3 - reach, -1), -1):
        if m.tokens.classes[k] == stop:
            return False
        if m.tokens.lows[k] in nouns:
            return True
    return False


def h_hour_at_day(m: Match) -> Spec | None:
    """"at 9 on Friday evening", "at 4 this morning", "at 8 tonight", "at 7 in the
    morning": a bare hour after "at" is a clock time when a day or its part follows (the part sets the half: see `_merge`; "at 3 on Monday", "at 3 today"
    may be either)."""
    hour = m.token("h").info
    if not isinstance(hour, int) or not 1 <= hour <= 12 or m.before(1).low not in m.lex.word_list("grammar", "bare_hour_prepositions"):  # type: ignore[union-attr]  # (?<=A): a token before
        return None  # "fell to 5 last night": a level, not a clock time
    then = m.tokens.at(m.hi)  # (?=...): a token after
    if then.cls == "DEICTIC" and "part" not in then.info:
        return None
    return Spec("time", "hour", hour=hour, minute=0, anchor="refdct")


def h_military_hours(m: Match) -> Spec | None:
    """"at 1700 hours": four digits and "hours" after "at" are a clock time ("worked 1700
    hours" is a length)."""
    if m.before(1).low not in m.lex.word_list("grammar", "bare_hour_prepositions"):  # type: ignore[union-attr]  # (?<=A): a token before
        return None
    text = m.token("c").text
    if len(text) != 4 or not text.isdigit() or int(text[:2]) > 23 or int(text[2:]) > 59:
        return None
    return Spec("time", "clock", hour=int(text[:2]), minute=int(text[2:]), anchor="refdct")


def h_military(m: Match) -> Spec | None:
    """"0800 UTC", "1430 GMT": four digits and a zone."""
    text = m.token("c").text
    if len(text) != 4 or not text.isdigit():
        return None
    hour, minute = int(text[:2]), int(text[2:])
    if hour > 23 or minute > 59:
        return None
    tz, _ = _tz_value(m.group("tz"))
    spec = Spec("time", "clock+zone", hour=hour, minute=minute, anchor="refdct")
    spec.tz = tz if tz is not None else ""
    return spec


def h_compound_duration(m: Match) -> Spec | None:
    """"a four-day visit", "12-hour", "a 41-year history": a count and a singular unit
    used as an adjective."""
    cnt = m.tokens_of("cnt")
    if _article_before_count(cnt, m.lex) or cnt[0].low in m.lex.word_list("numerals", "lists", "indefinite_articles"):
        return None
    unit_token = m.token("u")
    if _unit_plural(unit_token, m.lex) or unit_token.info in ("weekend",) or unit_token.low in m.lex.phrase_set("units", "lists", "clock_hour_words"):
        return None
    count = number_value(cnt)
    if not count or count == 1 and not m.has("hy"):
        return None
    if unit_token.low in m.lex.word_list("units", "lists", "ambiguous") and not m.has("hy"):
        return None
    if _preceded_by_number_head(m):
        return None
    return Spec("duration", "compound-duration", symbolic=duration_value(unit_token.info, count))


def h_decade_number(m: Match) -> Spec | None:
    """"the 1990s", "the '90s", "the nineties"."""
    token = m.token("dec")
    if m.has("q") and (m.token("q").text not in ("'", "’") or m.token("q").end != token.start):
        return None  # ("week's time 20s": the quote of "'90s" is written onto it)
    if token.cls == "DECADENUM" and token.text[:1].isdigit() and len(token.text) == 3 and not (m.has("art") or m.has("q")):
        return None  # "90s" alone may be an age ("in her 90s")
    if token.text[:1].isdigit() and len(token.text) == 3 and _temperature_before(m):
        return None
    if not m.has("art") and _owned_before(m):
        return None  # "in his twenties", "in her early 30s": an age
    return Spec("date", "decade", decade=token.info)


def _owned_before(m: Match) -> bool:
    """Whether a possessive comes before the match, past position words and hyphens
    ("his twenties", "her mid-thirties")."""
    k = m.lo - 1
    while k >= 0 and NAME_OF_CHAR[m.tokens.classes[k]] in ("POSITION", "HYPHEN"):
        k -= 1
    if k < 0:
        return False
    low = m.tokens.lows[k]
    return low in m.lex.word_list("events", "function_words", "possessive") or low in m.lex.word_list("events", "function_words", "possessive_first")


def _temperature_before(m: Match, reach: int = 12) -> bool:
    """"Temperatures will drop into the 20s", "highs in the 30s": tens after a word for a
    temperature in the sentence are degrees, not a decade."""
    words = m.lex.word_list("grammar", "temperature_words")
    stop = CHAR["STOP"]
    for k in range(m.lo - 1, max(m.lo - reach, 0) - 1, -1):
        if m.tokens.classes[k] == stop:
            return False
        if m.tokens.lows[k] in words:
            return True
    return False


def h_times_a(m: Match) -> Spec | None:
    """"twice a week", "three times a year", "once a month"."""
    target = m.token("u")
    times = m.token("t")
    count = _count(m) if m.has("cnt") else times.info
    if not isinstance(count, int) or target.info is None or _unit_plural(target, m.lex) or target.info == "weekend":
        return None
    return Spec("set", "times-per-unit", symbolic=duration_value(target.info, 1), freq=f"{count}X")


# ---------------------------------------------------------------------------
# the rules, in priority order (earlier wins between candidates of equal length)

RULES: list[tuple[str, str, Handler]] = [
    ("dmy", f"(?P<art>ARTX)? (?P<pre>PAST|NEXT)? (?P<dayw>UNIT)? (?:(?P<day>DAYNUM|ORD)|(?P<cnt>NW (?:AND NW)?)) (?P<de>DE|DEL)?"
            f" (?:(?P<month>MONTH)|(?P<mabbr>MONTHABBR)(?P<dot>STOP)?) (?P<post>PAST|NEXT)? {_YEAR_OPT}", h_dmy),
    ("dmy-hyphen", "(?P<art>ARTX)? (?P<day>DAYNUM) (?P<s1>HYPHEN|SLASH) (?P<month>MON) (?P<s2>HYPHEN|SLASH) (?P<year>YEARNUM|DAYNUM|INT)", h_dmy_hyphen),
    ("numdate", "(?P<art>ARTX)? (?P<nd>NUMDATE)", h_numdate),
    ("range-first-day", "(?P<art>ARTX)? (?P<wd>WEEKDAY)? (?P<day>DAYNUM) (?=(?:COMMA (?:ART|DEL)? DAYNUM){0,6} (?:AL|AND|HYPHEN|A|UNTIL) (?:ART|DEL)? WEEKDAY? DAYNUM (?:DE|DEL)? MON)", h_range_first_day),
    ("day-of-month", "(?P<art>ARTX) (?P<pre>PAST|NEXT)? (?P<dayw>UNIT) (?P<day>DAYNUM) (?!(?:DE|DEL)? MON)", h_day_of_month),
    ("weekend-of-days", "(?P<art>ARTX)? (?P<u>UNIT) DEL (?P<day>DAYNUM) (?:(?:AND|AL|HYPHEN) (?P<day2>DAYNUM))? (?!(?:DE|DEL)? MON|AND|AL|HYPHEN|A|COMMA DAYNUM)", h_weekend_of_days),
    ("ordinal-day-of-the-month", "(?P<art>ART) (?P<day>ORD) DE ART (?P<u>UNIT)", h_ordinal_day_of_the_month),
    ("first-of-the-year", f"(?P<art>ART) (?P<day>ORD) {_YP}", h_first_of_the_year),
    ("ordinal-day", "(?P<art>ART) (?P<day>ORD)", h_ordinal_day),
    ("day-number", "(?P<art>ARTX) (?P<pre>PAST|NEXT)? (?P<day>DAYNUM) (?!(?:DE|DEL)? MON)", h_day_number),
    ("month-year", f"(?P<art>ARTX)? (?:(?P<mesw>UNIT) DE)? (?:(?P<month>MONTH)|(?P<mabbr>MONTHABBR)(?P<dot>STOP)?) (?:{_YP}|(?P<yr2>YEARNUM))", h_month_year),
    ("month", "(?P<art>ARTX)? (?P<pre>PAST|NEXT|THIS|THAT)? (?:(?P<mesw>UNIT) DE)? (?P<month>MONTH) (?P<post>PAST|NEXT)?", h_month),
    ("nth-weekday-every", "(?P<art>ARTX)? (?P<ord>ORD|LAST|PAST) (?P<wd>WEEKDAY) DE (?P<every>EVERY) (?P<u>UNITX)", h_nth_weekday_every),
    ("nth-weekday-of-month", f"(?P<art>ARTX)? (?:(?P<ord>ORD)|(?P<lst>LAST|PAST)) (?P<wd>WEEKDAY) (?:DE|EN) (?P<month>MONTH) {_YEAR_OPT}", h_nth_weekday_of_month),
    ("nth-weekday-of-unit", "(?P<art>ARTX)? (?:(?P<ord>ORD)|(?P<lst>LAST|PAST)) (?P<wd>WEEKDAY) (?:DE|DEL|EN) (?P<m1>THIS|NEXT|PAST)? ART? (?P<u>UNIT) (?P<m2>PAST (?!UNITX)|NEXT)?",
     h_nth_weekday_of_unit),
    ("nth-week-of-month", f"(?P<art>ARTX)? (?:(?P<ord>ORD)|(?P<lst>LAST|PAST)) (?P<u>UNIT) (?:DE|EN) (?P<month>MONTH) {_YEAR_OPT}", h_nth_week_of_month),
    ("weekday-day", "(?P<art>ARTX)? (?P<pre>PAST|NEXT|THIS)? (?P<wd>WEEKDAY) COMMA? (?:(?P<dayw>UNIT)|ART)? (?P<day>DAYNUM|ORD) (?!(?:DE|DEL)? MON)", h_weekday_day),
    ("weekday", "(?P<art>ARTX)? (?P<pre>THIS NEXT|PAST|LAST|NEXT|THIS|THAT|PREVIOUS|FOLLOWING)? (?P<wd>WEEKDAY) (?P<post>PAST (?!UNITX)|NEXT (?!UNITX)|PREVIOUS (?!UNITX|A|AL|DE|DEL)|FOLLOWING (?!UNITX|A|AL|DE|DEL))?", h_weekday),
    ("year", "(?P<art>ARTX)? (?P<yw>YEARWORD)? (?P<year>YEARNUM)", h_year),
    ("year-span-end", "(?<=YEARNUM (?:HYPHEN|SLASH)) (?P<y2>DAYNUM|INT)", h_year_span_end),
    ("decade", "(?P<art>ARTX)? (?P<dw>YEARWORD) (?P<dec>NUMWORD|INT|YEARNUM)", h_decade),
    ("decade-bare", "(?P<art>ART) (?P<dec>NUMWORD|INT|YEARNUM)", h_decade_bare),
    ("decade-of", "(?P<art>ARTX)? (?P<dw>UNIT) DE ART? (?P<dec>NUMWORD|INT|YEARNUM)", h_decade),
    ("century", "(?P<art>ARTX)? (?P<cw>UNIT) (?P<c>ROMAN|ORD|DAYNUM) (?P<era>ERA)?", h_century),
    ("era-year", "(?P<art>ARTX)? (?P<yw>YEARWORD)? (?:(?P<year>YEARNUM|DAYNUM|INT) (?P<era>ERA)|(?P<era0>ERA) (?P<year0>YEARNUM|DAYNUM|INT))", h_era_year),
    ("season", f"(?P<art>ARTX)? (?P<pre>PAST|NEXT|THIS|THAT)? (?P<s>SEASON) (?P<post>PAST|NEXT)? {_YEAR_OPT}", h_season),
    ("quarter", f"(?P<art>ARTX)? (?:(?P<ord>ORD)|(?P<lst>LAST|PAST)) HYPHEN? (?P<u>UNIT|HALFNOUN) {_YEAR_OPT}", h_quarter),
    ("month-quarter", f"(?P<art>ART) (?P<month>MONTH) (?P<u>UNIT) {_YEAR_OPT}", h_month_quarter),
    ("quarter-code", f"(?P<art>ARTX)? (?P<pc>PERIODCODE) {_YEAR_OPT}", h_period_code),
    ("fiscal-quarter", "(?P<art>ARTX)? (?:(?P<f>FISCAL) (?P<year>YEARNUM)?)? (?P<ord>ORD) (?P<f2>FISCAL)? HYPHEN? (?P<u>UNIT|HALFNOUN) (?:(?:DE|DEL) (?P<f3>FISCAL) (?P<year3>YEARNUM))?", h_fiscal_quarter),
    ("fiscal", "(?P<art>ARTX)? (?P<pre>NEXT|PAST|PREVIOUS|THIS|LAST|CURRENT)? (?P<f>FISCAL) (?:(?P<year>YEARNUM)|(?P<yr2>DAYNUM)|(?P<post>PAST|NEXT|PREVIOUS|CURRENT|VAGUE))?", h_fiscal),
    ("holiday", f"(?P<art>ARTX)? (?P<pre>PAST|NEXT|THIS)? (?P<h>HOLIDAY) (?P<post>PAST (?!UNITX|ART)|NEXT (?!UNITX|ART))? {_YEAR_OPT}", h_holiday),
    ("deictic", "(?P<art>ARTX)? (?P<d>DEICTIC)", h_deictic),
    ("tomorrow", "(?P<m>MANANA)", h_tomorrow),
    ("this-pod", "(?P<this>THIS|THAT) SAME? (?P<pod>PODX)", h_this_pod),
    ("following-pod", "(?P<art>ARTX)? (?:(?:FOLLOWING|NEXT) (?P<pod>PODX)|(?P<pod2>PODX) FOLLOWING)", h_following_pod),
    ("past-pod", "(?:ART|THIS) (?:PAST (?P<pod>POD)|(?P<pod2>POD) PAST)", h_past_pod),
    ("previous-pod", "ART (?:PREVIOUS (?P<pod>POD)|(?P<pod2>POD) (?P<s>SIGNAL)|(?P<pod3>PODX) PREVIOUS (?!A|AL|DE|DEL))", h_previous_pod),
    ("deictic-pod", "(?P<d>DEIX) (?:POR|EN|DE|A) ART (?P<pod>PODX)", h_deictic_pod),
    ("pod-of-deictic", "(?P<art>ART) (?P<pod>PODX) (?:DE|DEL) (?P<d>DEIX)", h_deictic_pod),
    ("pod", "(?P<art>ART) (?P<pod>PODX)", h_pod),
    ("mid-part-of-day", "(?P<mid>HALFWORD) (?P<pod>PODX)", h_mid_pod),
    ("first-hour", "(?<=A) (?P<pos>POSITION) (?!DE|DEL)", h_first_hour),
    ("bracket-clock", "(?<=LPAREN) (?:(?P<c>CLOCK|CLOCKDOT) (?:HOURWORD|(?P<mer>MERIDIAN))?|(?P<h>DAYNUM) (?P<mer2>MERIDIAN)) (?=EN)", h_bracket_clock),
    ("clock", "(?P<art>ARTX)? (?P<c>CLOCK|CLOCKDOT) (?P<hw>HOURWORD)? (?P<mer>MERIDIAN)? (?:DE ART (?P<pod>PODX))?"
              f" {_TZ}", h_clock),
    ("hour", "(?P<art>ART) (?P<h>DAYNUM|NW) (?:AND (?P<frac>HALFWORD|ORD|NUMWORD|DAYNUM|INT)|(?P<cf>CLOCKFRAC))?"
             " (?:(?P<hw>HOURWORD)|DE ART (?P<pod>PODX)|DEL (?P<cw>CLOCKWORD)|(?P<mer>MERIDIAN))?"
             f" {_TZ}", h_hour),
    ("clock-word", "(?P<art>ARTX)? (?P<twelve>DAYNUM)? (?P<cw>CLOCKWORD) (?P<tz>TZ)?", h_clockword),
    ("ago", f"(?P<ago>AGO) (?P<today>DEICTIC)? (?P<f>INTENS|VAGUE)? INTENS? (?P<q>QMOD)? (?P<cnt>{_COUNT}|HALFWORD|VAGUECOUNT)? (?P<u>UNITX) (?:AND (?P<half>HALFWORD))?", h_ago),
    ("within", f"(?P<w>WITHIN) (?P<q>QMOD)? (?P<cnt>{_COUNT}|VAGUECOUNT)? (?P<u>UNITX)", h_within),
    ("day-to-come", "(?P<d>UNO|QMOD) (?P<fine>OTHER)? (?P<u>UNIT)", h_day_to_come),
    ("duration", f"(?P<art>ARTX)? (?P<q>QMOD)? (?:(?P<lm>LAST|NEXT|FOLLOWING|PAST)|(?P<first0>ORD|POSITION))? (?P<cnt>{_COUNT}|HALFWORD|VAGUECOUNT)?"
                 f" (?:(?P<lm2>LAST|NEXT)|(?P<first>ORD|POSITION))? CONSEC? (?P<u>UNITX) (?:AND (?P<half>HALFWORD))? (?P<post>LATER|EARLIER)?", h_duration),
    ("every", f"(?P<every>EVERY) (?:(?P<cnt>{_COUNT})|(?P<half>HALFWORD|HALFNOUN))? (?:(?P<mesw>UNIT) DE (?=MONTH))? (?P<u>UNITX|WEEKDAY|MONTH|PODX|SEASON)", h_every),
    ("all", "WHOLE (?P<art>ART) (?P<u>UNITX|WEEKDAY|PODX|SEASON)", h_all),
    ("times-per", f"(?P<cnt>{_COUNT}) TIMES (?:POR|AL|A ART|EVERY)? (?P<u>UNITX)", h_times_per),
    ("rate", "(?:AL|POR) (?P<u>UNITX)", h_rate),
    ("freq", "(?:(?P<cnt>NW|DAYNUM)? (?P<t>TIMES))? (?P<f>FREQ)", h_freq),
    ("rel", f"(?:(?P<art>ARTX)|(?P<un>UNO))? (?P<m1>THIS|THAT|NEXT|PAST|LAST|WHOLE ART?|SAME|PREVIOUS|FOLLOWING|CURRENT)? (?P<m1b>SAME|NEXT|PAST)?"
            f" (?P<u>UNITX) (?:HYPHEN (?=VAGUE))? (?P<m2>{_TWO_AWAY}|PAST (?!UNITX)|NEXT (?!UNITX)|PREVIOUS|FOLLOWING|CURRENT|SAME|LAST (?!UNITX)|VAGUE)? (?:{_YP})?", h_rel),
    ("position-unit", "(?P<art>ART)? INTENS? (?P<pos>POSITION) (?:DE ART? | DEL) (?P<u>UNITX) (?!PAST|NEXT)", h_position_unit),
    ("unit-end", "(?P<u>UNITX) HYPHEN (?P<pos>POSITION) (?P<year>YEARNUM)?", h_unit_end),
    ("position-hyphen-unit", "(?P<pos>POSITION) HYPHEN (?P<u>UNITX)", h_position_hyphen_unit),
    ("unit-end-phrase", "(?P<art>ART)? (?P<ue>UNITEND)", h_unit_end_phrase),
    ("vague", "(?P<i>INTENS)? (?P<v>VAGUE)", h_vague),
    ("then", "(?P<that>THAT)? (?P<t>THEN)", h_then),
    ("eve", "(?P<art>ARTX)? (?P<e>EVE)", h_eve),
    ("day-beside", "(?P<art>ART) (?P<u>UNIT|YEARWORD) (?P<s>SIGNAL)", h_day_beside),
    ("later", "(?P<l>LATER)", h_later_alone),
    ("rest-of", "(?P<r>RESTOF) (?:ART|THIS)? (?P<u>UNITX)", h_rest_of),
    ("later-in", "(?P<r>LATER|EARLIER) EN ART (?P<u>UNITX)", h_rest_of),
    ("rest-of-term", "(?P<r>RESTOF) (?:(?P<v>VAGUE)|(?P<art>ART)? (?=OTHER))", h_rest_of_term),
    ("consecutive", "(?P<ord>ORD) (?P<u>UNITX) CONSEC", h_consecutive),
    ("unit-end-clause", "(?P<art>ART) (?P<u>UNIT|YEARWORD)", h_unit_end_clause),
    ("during-day", "(?P<art>ART)? (?P<u>UNIT|YEARWORD)", h_during_day),
    ("day-object", "(?P<art>ART) (?P<u>UNIT|YEARWORD)", h_day_object),
    ("record-unit", "(?<=OTHER) (?P<u>UNIT|YEARWORD)", h_record_unit),
    ("named-date", "(?P<art>ARTX)? (?P<n>NAMEDDATE)", h_named_date),
]

# Rules for word orders that only some languages have; a language enables them
# in its grammar.toml ([rules] optional = [...]). Each is inserted before the
# shared rule named second, which fixes its priority.
OPTIONAL_RULES: list[tuple[str, str, str, Handler]] = [
    ("month-day", "dmy", "(?P<pre>PAST|NEXT|THIS)? (?:(?P<month>MONTH)|(?P<mabbr>MONTHABBR)(?P<dot>STOP)?) (?P<day>DAYNUM|ORD)"
                  f" (?:COMMA? (?P<yr2>YEARNUM)|{_YP})?", h_month_day),
    ("weeks-before-weekday", "ago", f"(?P<cnt>{_COUNT}) (?P<u>UNIT) (?:AGO|(?P<fr>SINCE)|(?P<on>EN)) (?P<wd>WEEKDAY)", h_weeks_before_weekday),
    ("month-span", "month-quarter", f"(?P<art>ART)? (?P<m1>MONTH) HYPHEN (?P<m2>MONTH) (?P<n>UNIT|OTHER)? {_YEAR_OPT}", h_month_span),
    ("first-months", "quarter", f"(?P<art>ART) (?:(?P<first0>ORD|POSITION) (?P<cnt>{_COUNT})|(?P<cnt2>{_COUNT}) (?P<first>ORD|POSITION)) (?P<u>UNIT)"
                     f" (?:{_YP}|(?P<yr2>YEARNUM))", h_first_months),
    ("week-number", "day-of-month", f"(?P<art>ARTX) (?P<u>UNIT) (?P<n>DAYNUM|INT) {_YEAR_OPT}", h_week_number),
    ("units-ago", "ago", f"(?P<q>QMOD)? (?P<cnt>{_COUNT}|VAGUECOUNT|HALFNOUN UNO)? (?P<u>UNITX) (?:AND (?P<half>HALFWORD))? (?P<ago>AGO)", h_units_ago),
    ("weekdays-ago", "ago", f"(?P<cnt>{_COUNT}) (?P<wd>WEEKDAY) (?:AGO|(?P<fn>FROMNOW))", h_weekdays_ago),
    ("units-from-now", "ago", f"(?P<q>QMOD)? (?P<cnt>{_COUNT}) (?P<u>UNITX) (?P<w>FROMNOW)", h_from_now),
    ("in-units", "ago", f"EN (?P<q>QMOD)? (?P<cnt>{_COUNT}) (?P<u>UNITX)", h_in_units),
    ("after-tomorrow-elided", "tomorrow", "(?<=MANANA AND) (?P<p>PAST)", h_elided_after_tomorrow),
    ("bare-part-of-day", "pod", "(?P<pod>POD)", h_bare_pod),
    ("last-part-of-day", "this-pod", "PAST (?P<pod>POD)", h_last_pod),
    ("hour-meridian", "clock", f"(?P<h>DAYNUM|NW) (?:(?P<mer>MERIDIAN)|(?P<hw>HOURWORD)) {_TZ}", h_hour_meridian),
    ("hour-fraction", "clock", f"(?P<cf>CLOCKFRAC) (?P<h>DAYNUM|NUMWORD|UNO|CLOCKWORD) (?P<mer>MERIDIAN)? {_TZ}", h_hour_fraction),
    ("spoken-clock", "clock", "(?<=A) (?:(?P<hf>HALFNOUN) (?P<h>DAYNUM|NUMWORD|UNO) | (?P<mn>DAYNUM) (?P<dir>PAST|A) (?P<h2>DAYNUM|NUMWORD|UNO)"
                              f" | (?P<h3>NUMWORD|UNO) (?P<tens>NUMWORD) (?:HYPHEN (?P<ones>NUMWORD))?) (?P<mer>MERIDIAN)? {_TZ}", h_spoken_clock),
    ("hour-at-day", "clock", "(?<=A) (?P<h>DAYNUM) (?=EN WEEKDAY PODX|THIS PODX|PAST POD|DEICTIC|EN ART POD)", h_hour_at_day),
    ("military-hours", "duration", "(?<=A) (?P<c>INT|YEARNUM) (?P<hw>HOURWORD)", h_military_hours),
    ("military-time", "clock", "(?P<c>INT|YEARNUM) (?P<tz>LPAREN TZ (?:(?:PLUS|HYPHEN) (?:DAYNUM|CLOCK|INT))? RPAREN | TZ (?:(?:PLUS|HYPHEN) (?:DAYNUM|CLOCK|INT))?)", h_military),
    ("rate-a", "duration", "UNO (?P<u>UNITX)", h_rate_a),
    ("times-a", "times-per", f"(?P<cnt>{_COUNT})? (?P<t>TIMES) (?:POR|UNO|EVERY)? (?P<u>UNITX)", h_times_a),
    ("compound-duration", "duration", f"(?P<cnt>{_COUNT}) (?P<hy>HYPHEN)? (?P<u>UNITX)", h_compound_duration),
    ("decade-number", "decade", "(?P<art>ARTX)? (?P<q>OTHER)? (?P<dec>DECADENUM)", h_decade_number),
    ("ordinal-century", "century", "(?P<art>ARTX)? (?P<c>ORD) HYPHEN? (?P<cw>UNIT) (?P<era>ERA)?", h_century),
    ("ordinal-consecutive", "consecutive", "UNO? (?P<ord>ORD) CONSEC (?P<u>UNITX)", h_consecutive),
    ("plural-weekday", "weekday", "(?P<wd>WEEKDAY)", h_plural_weekday),
    ("unit-long", "duration", "(?P<u>UNITX) HYPHEN (?P<l>OTHER)", h_unit_long),
    ("and-a-half", "duration", "(?:(?P<cnt>NUM|NW) AND UNO (?P<hf>HALFNOUN) (?P<u>UNITX) | (?P<cnt2>UNO) (?P<u2>UNITX) AND UNO (?P<hf2>HALFNOUN)"
                   " | (?P<hf3>HALFNOUN) UNO (?P<u3>UNITX))", h_and_a_half),
]


# A rule is only run on a text whose class string holds one of these classes
# (its core): most articles have no season, holiday or clock time.
REQUIRES: dict[str, str] = {
    "dmy": "MONTH MONTHABBR", "dmy-hyphen": "MONTH MONTHABBR", "numdate": "NUMDATE",
    "range-first-day": "MONTH MONTHABBR", "day-of-month": "UNIT", "weekend-of-days": "UNIT", "ordinal-day": "ORD", "ordinal-day-of-the-month": "ORD", "first-of-the-year": "ORD", "day-number": "DAYNUM", "month-year": "MONTH MONTHABBR",
    "month": "MONTH", "nth-weekday-every": "WEEKDAY", "nth-weekday-of-month": "WEEKDAY", "nth-week-of-month": "MONTH", "nth-weekday-of-unit": "WEEKDAY", "weekday-day": "WEEKDAY", "weekday": "WEEKDAY", "year": "YEARNUM", "year-span-end": "DAYNUM INT",
    "decade": "YEARWORD", "decade-of": "UNIT", "decade-bare": "NUMWORD INT YEARNUM", "century": "UNIT", "era-year": "ERA", "season": "SEASON", "quarter": "ORD LAST PAST", "month-quarter": "MONTH",
    "quarter-code": "PERIODCODE", "fiscal": "FISCAL", "fiscal-quarter": "FISCAL", "holiday": "HOLIDAY", "deictic": "DEICTIC", "tomorrow": "MANANA",
    "this-pod": "POD MANANA", "following-pod": "POD MANANA", "previous-pod": "POD MANANA", "past-pod": "POD", "deictic-pod": "POD MANANA", "pod-of-deictic": "POD MANANA",
    "pod": "POD MANANA", "bracket-clock": "CLOCK CLOCKDOT DAYNUM", "clock": "CLOCK CLOCKDOT", "hour": "DAYNUM NUMWORD UNO MULT", "clock-word": "CLOCKWORD",
    "ago": "AGO", "within": "WITHIN", "day-to-come": "UNIT", "duration": "UNIT YEARWORD HOURWORD", "every": "EVERY",
    "all": "WHOLE", "times-per": "TIMES", "rate": "UNIT YEARWORD HOURWORD", "freq": "FREQ",
    "rel": "UNIT YEARWORD HOURWORD", "position-unit": "POSITION", "unit-end": "POSITION", "position-hyphen-unit": "POSITION", "unit-end-phrase": "UNITEND", "vague": "VAGUE", "then": "THEN",
    "eve": "EVE", "day-beside": "UNIT SIGNAL", "later": "LATER", "rest-of": "RESTOF", "rest-of-term": "RESTOF", "later-in": "LATER EARLIER", "unit-end-clause": "UNIT YEARWORD", "during-day": "UNIT YEARWORD", "mid-part-of-day": "HALFWORD", "first-hour": "POSITION", "consecutive": "CONSEC", "day-object": "UNIT YEARWORD", "record-unit": "UNIT YEARWORD",
    "named-date": "NAMEDDATE",
    "month-day": "MONTH MONTHABBR", "weeks-before-weekday": "WEEKDAY", "month-span": "MONTH", "units-ago": "AGO", "weekdays-ago": "WEEKDAY", "units-from-now": "FROMNOW", "in-units": "UNIT YEARWORD HOURWORD",
    "after-tomorrow-elided": "PAST", "bare-part-of-day": "POD", "last-part-of-day": "POD", "hour-meridian": "MERIDIAN HOURWORD", "hour-fraction": "CLOCKFRAC", "spoken-clock": "HALFNOUN DAYNUM NUMWORD", "hour-at-day": "POD DEICTIC", "military-time": "TZ", "military-hours": "HOURWORD",
    "rate-a": "UNIT YEARWORD HOURWORD", "times-a": "TIMES", "compound-duration": "UNIT YEARWORD HOURWORD",
    "decade-number": "DECADENUM", "ordinal-century": "ORD", "ordinal-consecutive": "CONSEC", "plural-weekday": "WEEKDAY",
    "unit-long": "UNIT YEARWORD HOURWORD", "and-a-half": "HALFNOUN", "first-months": "UNIT", "week-number": "UNIT",
}


_UNBOUNDED = 1 << 30  # a pattern with an unbounded repeat: no window is wide enough


@dataclass
class CompiledRule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    priority: int
    requires: tuple[str, ...]

    @functools.cached_property
    def reach(self) -> int:
        """How far past its start a match attempt can read: the longest match with
        lookarounds counted as consumed, plus the character a repeat peeks at."""
        pattern = self.regex.pattern
        if re.search(r"(?<!\\)[\^$]|\\[bBAZ]", pattern):  # reads the window's end: never reuse a search
            return _UNBOUNDED
        consumed = re.sub(r"(?<!\\)\(\?<?[=!]", "(?:", pattern)
        width = _regex_parser.parse(consumed).getwidth()[1]
        return width + 1 if width < _UNBOUNDED else _UNBOUNDED

    @functools.cached_property
    def groups(self) -> frozenset[str]:
        """The names of the pattern's groups."""
        return frozenset(self.regex.groupindex)

    @functools.cached_property
    def cores(self) -> re.Pattern[str]:
        """The classes every match of the rule holds (at or after its start)."""
        return re.compile("[" + "".join(re.escape(c) for c in self.requires) + "]")


def _ordered_rules() -> list[tuple[str, str, Handler]]:
    """Shared and optional rules in one priority order."""
    ordered = list(RULES)
    for name, before, pattern, handler in OPTIONAL_RULES:
        index = next(i for i, rule in enumerate(ordered) if rule[0] == before)
        ordered.insert(index, (name, pattern, handler))
    return ordered


ALL_RULES: list[CompiledRule] = [
    CompiledRule(name, compile_pattern(pattern), handler, i, tuple(CHAR[c] for c in REQUIRES[name].split()))
    for i, (name, pattern, handler) in enumerate(_ordered_rules())
]
_OPTIONAL_NAMES = frozenset(rule[0] for rule in OPTIONAL_RULES)
COMPILED: list[CompiledRule] = [rule for rule in ALL_RULES if rule.name not in _OPTIONAL_NAMES]


@functools.cache
def rules_for(enabled: frozenset[str]) -> tuple[CompiledRule, ...]:
    """The rules a language runs: the shared ones plus the optional ones it enables."""
    unknown = enabled - _OPTIONAL_NAMES
    if unknown:
        raise ValueError(f"unknown optional rules in grammar.toml: {sorted(unknown)}")
    return tuple(rule for rule in ALL_RULES if rule.name not in _OPTIONAL_NAMES or rule.name in enabled)

# Token classes no pattern mentions: a run of them is one character in the
# string the patterns scan (fewer positions to try).
INERT = frozenset(CHAR[name] for name in ("WORD", "NAME", "OTHER", "CODE", "QUOTE", "AMOUNT", "CURRENCY", "PCT"))

# ---------------------------------------------------------------------------
# scanning


# Classes that can carry a temporal expression; the function words and counts
# around them matter only near one (no pattern reaches further than the window).
CORE = frozenset(
    CHAR[name]
    for name in (
        "MONTH", "MONTHABBR", "WEEKDAY", "SEASON", "HOLIDAY", "UNIT", "YEARWORD", "HOURWORD", "HALFNOUN",
        "FISCAL", "DEICTIC", "MANANA", "POD", "CLOCKWORD", "TZ", "CLOCK", "CLOCKDOT", "NUMDATE", "YEARNUM",
        "DAYNUM", "VAGUE", "FREQ", "THEN", "EVE", "LATER", "TIMES", "EVERY", "POSITION", "ROMAN", "NUMWORD",
        "RESTOF", "CONSEC", "NAMEDDATE", "DECADENUM", "INT", "ORD", "PERIODCODE", "UNITEND",
        "CLOCKFRAC", "HALFWORD",  # "a la una menos cuarto", "a la una y media": "una" is no core class
        "ERA",
    )
)
_WINDOW_BEFORE, _WINDOW_AFTER = 8, 6
_INERT_CHAR = CHAR["OTHER"]


def compress(classes: str) -> tuple[str, list[int]]:
    """The class string with every run of tokens that no pattern can use (inert
    classes, and anything farther than the window from a core class) reduced to
    one inert character, and the token index of every position (plus the end).
    Only the stretches around core classes are looked at, a run at a time."""
    n = len(classes)
    chars: list[str] = []
    index: list[int] = []
    inert = False  # the last character is the inert one
    done = 0  # end of what is done
    for cluster in _CLUSTERS.finditer(classes):
        lo, hi = cluster.span()
        lo, hi = max(0, lo - _WINDOW_BEFORE), min(n, hi - 1 + _WINDOW_AFTER + 1)
        if lo > done and not inert:  # out of every window since `done`
            chars.append(_INERT_CHAR)
            index.append(done)
            inert = True
        at = lo
        for run in _INERT_RUNS.finditer(classes, lo, hi):
            start, end = run.span()
            if start > at:
                chars.append(classes[at:start])
                index.extend(range(at, start))
                inert = False
            if not inert:
                chars.append(_INERT_CHAR)
                index.append(start)
                inert = True
            at = end
        if at < hi:
            chars.append(classes[at:hi])
            index.extend(range(at, hi))
            inert = False
        done = hi
    if done < n and not inert:
        chars.append(_INERT_CHAR)
        index.append(done)
    index.append(n)
    return "".join(chars), index


_CORE_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(CORE)) + "]")
_NOT_CORE = "[^" + "".join(re.escape(c) for c in sorted(CORE)) + "]"
# Core classes close enough that their windows touch: one stretch to look at.
_CLUSTERS = re.compile(f"{_CORE_CHARS.pattern}(?:{_NOT_CORE}{{0,{_WINDOW_BEFORE + _WINDOW_AFTER}}}{_CORE_CHARS.pattern})*")
_INERT_RUNS = re.compile("[" + "".join(re.escape(c) for c in sorted(INERT)) + "]+")


def candidates(tokens: Tokens, classes: str, lex: Lexicon) -> list[Candidate]:
    m: re.Match[str] | None  # the search below may find none
    found: list[Candidate] = []
    classes, index = compress(classes)
    length = len(classes)
    present = set(classes)
    core_positions: dict[tuple[str, ...], list[int]] = {}  # rules that share core classes share their positions
    for rule in rules_for(lex.rules):
        if present.isdisjoint(rule.requires):  # requires: one character per class
            continue
        search, reach = rule.regex.search, rule.reach
        position = 0
        # What earlier searches proved, valid for every later (wider) window: no
        # match starts in [search start, known), and `ahead` is the first match
        # from `known` on. An attempt at s reads nothing at or past s + reach, so
        # its outcome no longer depends on the window's end once s + reach <= end.
        known, ahead, ahead_start = 0, None, 0
        # Every match starts at most _BACK classes before one of the rule's core
        # classes and ends well within _AHEAD after it: search only around them,
        # taking matches in the order a scan of the whole string finds them.
        cores = core_positions.get(rule.requires)
        if cores is None:
            cores = core_positions[rule.requires] = [core.start() for core in rule.cores.finditer(classes)]
        i, count = 0, len(cores)
        while i < count:
            c = cores[i]
            floor = position if position > known else known
            if c < floor:  # a core before both: nothing to take there (see above)
                i = bisect.bisect_left(cores, floor, i + 1)
                continue
            i += 1
            window_end = c + _AHEAD if c + _AHEAD < length else length
            while True:
                # (comparisons, not max() and min(), and each match's start read once: this
                # runs for every expression of dense text)
                start = c - _BACK
                if position > start:
                    start = position
                if known > start:
                    start = known
                if ahead is not None and ahead_start >= start:
                    m, m_start = ahead, ahead_start  # what this search would find again
                elif start > c:
                    break  # only a match starting after the core could be found
                else:
                    m = search(classes, start, window_end)
                    ahead = None
                    if m is None:
                        if window_end - reach + 1 > known:
                            known = window_end - reach + 1
                        break
                    m_start = m.start()
                    if m_start + reach <= window_end:
                        known, ahead, ahead_start = m_start, m, m_start
                    else:
                        bound = m_start if m_start < window_end - reach + 1 else window_end - reach + 1
                        if bound > known:
                            known = bound
                if m_start > c:
                    break
                if m.end() == m_start:
                    position = m_start + 1
                    continue
                position = _take(m, rule, tokens, index, lex, found)
    return found


_BACK, _AHEAD = 14, 32


def _take(m: re.Match[str], rule: CompiledRule, tokens, index: list[int], lex: Lexicon, found: list[Candidate]) -> int:
    """Run the rule's handler on a match; the position to search from next."""
    match = Match(m, index, rule.groups, tokens, lex)
    spec = rule.handler(match)
    if spec is None:  # a shorter match at a later start may still hold
        return m.start() + 1
    if spec.rule == "":
        spec.rule = rule.name
    lo, hi = match.lo, match.hi
    cand = Candidate(lo, hi, spec, rule.priority)
    if "needs-month" in spec.notes:  # "el 15 [de este mes]"
        cand.needs_day = True
    elif rule.name == "season" and hi < len(tokens) and tokens[hi].low in lex.word_list("temporal", "season_rules", "span_nouns"):
        cand.hi = hi + 1  # "over the winter months": the season, its noun included
    elif spec.rule == "day-of-every-month":
        cand.hi = hi + 3  # "el día 15 de cada mes": the words _day_of_every_month read after the match
    elif rule.name == "quarter" and spec.rule == "fiscal-quarter":
        # "el tercer trimestre fiscal (de 2025)": the adjective (and year) h_quarter read after the match
        cand.hi = hi + (1 if spec.fiscal is not None and "XXXX" in spec.fiscal else 3)
    elif rule.name == "rest-of-term" and not match.has("v"):
        cand.hi = hi + 1  # "lo que va de temporada": the term h_rest_of_term read after the match
    elif rule.name == "record-unit" and not lex.options.get("record_unit_alone"):
        cand.lo = lo - 2 if tokens[lo - 2].cls == "ART" else lo - 1  # "la mejor semana": the words h_record_unit read, the article too
    elif rule.name == "bracket-clock":  # "(17.45 en Canarias)": the place is the clock's
        cand.hi = _bracketed_place_end(tokens, hi)  # type: ignore[assignment]  # h_bracket_clock saw its end
    elif rule.name == "bare-part-of-day":
        prev = tokens[lo - 1] if lo > 0 else None
        after_preposition = prev is not None and tokens[lo].low in lex.word_list("temporal", "parts_after_preposition", prev.low)
        position = lo - 1 if lo >= 1 and tokens[lo - 1].cls == "POSITION" else lo - 2 if lo >= 2 and tokens[lo - 1].cls == "HYPHEN" and tokens[lo - 2].cls == "POSITION" else None
        # "by mid-afternoon", "in the late evening" ("an early morning person": a kind)
        positioned = position is not None and not (position >= 1 and tokens[position - 1].cls == "UNO")
        cand.needs_day = tokens[lo].low not in lex.word_list("temporal", "adverbial_parts_of_day") and not after_preposition and not positioned
        if after_preposition and prev is not None and prev.cls == "AL":
            cand.lo = lo - 1  # "al amanecer": the contraction holds the article, as "del jueves"
        elif prev is not None and prev.cls == "WHOLE" and tokens.lows[lo] not in lex.word_list("temporal", "weekly", "plural_parts_of_day"):
            # "Protesters stayed all night", "the whole morning": the whole part of day, as "toda la noche"
            cand.lo, cand.needs_day = lo - 1 - (lo >= 2 and tokens.classes[lo - 2] == CHAR["ART"]), False
    elif rule.name == "pod":
        prev = tokens[lo - 1] if lo > 0 else None
        cand.needs_day = not (
            prev is not None
            and (prev.cls in ("POR", "EN", "A", "TOWARD", "SINCE", "UNTIL") or prev.cls == "SIGNAL" and prev.info[0] == "during"
                 or prev.cls == "DE" and lo > 1 and tokens[lo - 2].cls == "POSITION")  # "a primera hora de la mañana"
        )
        if prev is not None and prev.cls == "WHOLE" and not _is_plural_article(tokens[lo], lex):
            cand.lo, cand.needs_day = lo - 1, False  # "se prolongaron toda la noche": the whole night, as "toda la jornada"
    found.append(cand)
    return m.end()


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest first, then rule priority; no two chosen candidates overlap."""
    chosen: list[Candidate] = []
    taken = bytearray(max((cand.hi for cand in found), default=0))  # 1: a chosen candidate's token
    for cand in sorted(found, key=lambda c: (-(c.hi - c.lo), c.priority, c.lo)):
        lo, hi = cand.lo, cand.hi
        if taken.find(1, lo, hi) >= 0:
            continue
        chosen.append(cand)
        taken[lo:hi] = b"\x01" * (hi - lo)
    chosen.sort(key=lambda c: c.lo)
    return chosen


def _gap(tokens: Tokens, lo: int, hi: int, allowed: set[str] | frozenset[str]) -> bool:
    """Are the tokens lo..hi (at most two) all of the allowed classes?"""
    if hi <= lo:
        return True
    if hi - lo > 2 or NAME_OF_CHAR[tokens.classes[lo]] not in allowed:
        return False
    return hi - lo == 1 or NAME_OF_CHAR[tokens.classes[lo + 1]] in allowed


def _take_day(spec: Spec, source: Spec) -> None:
    """`spec` names the day `source` names ("hoy a las 15.00", "3 p.m. on Sunday")."""
    spec.year, spec.month, spec.day, spec.weekday = source.year, source.month, source.day, source.weekday
    spec.unit, spec.offset, spec.anchor, spec.direction, spec.year_rel = source.unit, source.offset, source.anchor, source.direction, source.year_rel
    spec.holiday, spec.day_shift = source.holiday, source.day_shift


def _share_day_across_parenthesis(chosen: list[Candidate], tokens: Tokens) -> None:
    """"a las 15.00 horas (14.00 GMT) del jueves", "2 a.m. local time (0600 GMT) on Monday":
    both clock times are of the day after the brackets.
    A day inside the brackets is the bracketed time's (see `_local_day_from_bracket`)."""
    for i in range(len(chosen) - 2):
        first, inner, day = chosen[i], chosen[i + 1], chosen[i + 2]
        a, b, c = first.spec, inner.spec, day.spec
        if not (a.kind == b.kind == "time" and a.hour is not None and b.hour is not None and a.unit is None and b.unit is None):
            continue
        if not (c.has_day() and c.hour is None and c.pod is None):
            continue
        if not (_gap(tokens, first.hi, inner.lo, {"LPAREN"}) and first.hi < inner.lo and _gap(tokens, inner.hi, day.lo, {"RPAREN", "DE", "EN"})):
            continue
        if not any(NAME_OF_CHAR[tokens.classes[k]] == "RPAREN" for k in range(inner.hi, day.lo)):
            continue
        for spec in (a, b):
            _take_day(spec, c)
            spec.rule += "+" + c.rule
        b.day_shift = -_zone_shift(a, b)  # "3 a.m. local time (1900 GMT) on Monday": GMT's Sunday


_ZONE_AHEAD, _ZONE_BEHIND = 14 * 60, 10 * 60  # minutes a local time is at most ahead of or behind GMT (news places)


def _zone_shift(local: Spec, other: Spec) -> int:
    """The days the local clock time's day lies after the other zone's (+1, 0, -1):
    the one that keeps the zones at most 14 hours ahead of GMT or 10 behind."""
    apart = (local.hour * 60 + (local.minute or 0)) - (other.hour * 60 + (other.minute or 0))  # type: ignore[operator]  # two clock times
    return 1 if apart < -_ZONE_BEHIND else -1 if apart > _ZONE_AHEAD else 0


def _local_day_from_bracket(first: Candidate, inner: Candidate, tokens: Tokens) -> None:
    """"a las 3.15 hora local (20.15 GMT del domingo)": a weekday inside the brackets is
    the bracketed time's; the local time before them falls on it or on a day next to it,
    the one that puts the two zones at most 14 hours ahead or 10 behind (Monday's here).
    Without a weekday in the brackets the local time's day is the one told, and the
    bracketed time moves instead ("3 a.m. local time (1900 GMT)": the day before)."""
    a, b = first.spec, inner.spec
    if not (a.kind == b.kind == "time" and a.hour is not None and b.hour is not None):
        return
    if b.day is not None or not _gap(tokens, first.hi, inner.lo, {"LPAREN"}) or first.hi == inner.lo:
        return
    shift = _zone_shift(a, b)
    if b.weekday is not None:
        if a.has_day():
            return
        a.weekday = (b.weekday - 1 + shift) % 7 + 1
        a.rule += "+bracket-day"
    elif shift and not b.has_day():
        b.day_shift = -shift
        b.rule += "+bracket-day"


_LINKS = {"AND", "COMMA", "HYPHEN", "A", "AL", "ART", "UNTIL"}


def date_groups(chosen: list[Candidate], tokens: Tokens) -> list[list[Candidate]]:
    """Runs of days with their month joined only by "y", ",", "al", "-" ("del 4 al 10
    de noviembre", "el 14 y el 15 de abril"): dates that share a year."""
    def member(cand: Candidate) -> bool:
        spec = cand.spec
        return (spec.kind in ("date", "time") and spec.day is not None and spec.month is not None
                and spec.year_rel is None and spec.unit is None)

    return _runs(chosen, member, lambda left, right: _gap(tokens, left.hi, right.lo, _LINKS))


_PERIOD_LINKS = {"HYPHEN", "A", "AL", "UNTIL"}
_PERIOD_MODS = frozenset({None, Mod.START, Mod.MID, Mod.END})  # "de mediados de septiembre a finales de octubre"


def year_periods(chosen: list[Candidate], tokens: Tokens) -> list[list[Candidate]]:
    """Years that bound one period ("el periodo 2026-2030", "de 2026 a 2030")."""
    def member(cand: Candidate) -> bool:
        spec = cand.spec
        return (spec.kind == "date" and spec.year is not None and spec.month is None and spec.season is None
                and spec.quarter is None and spec.half is None and spec.unit is None)

    return _runs(chosen, member, lambda left, right: _gap(tokens, left.hi, right.lo, _PERIOD_LINKS))


def month_periods(chosen: list[Candidate], tokens: Tokens) -> list[list[Candidate]]:
    """Months that bound one period ("de septiembre a junio", "from November through
    February"): the end comes after the start, and a year written at one end is the
    other's too ("from mid-September to late October 2023")."""
    def member(cand: Candidate) -> bool:
        spec = cand.spec
        return (spec.kind == "date" and spec.month is not None and spec.day is None
                and spec.year_rel is None and spec.unit is None and spec.weekday is None and spec.mod in _PERIOD_MODS)

    return [run for run in _runs(chosen, member, lambda left, right: _gap(tokens, left.hi, right.lo, _PERIOD_LINKS)) if len(run) == 2]


_AND_LINK = frozenset({"AND"})


def coordinated_months(chosen: list[Candidate], tokens: Tokens) -> list[list[Candidate]]:
    """Months joined by "and" ("Retail sales in November and December rose"): one year
    for both, each still its own expression (no stretch: each keeps its anchor)."""
    def member(cand: Candidate) -> bool:
        spec = cand.spec
        return (spec.kind == "date" and spec.month is not None and spec.day is None and spec.year_rel is None
                and spec.unit is None and spec.weekday is None and spec.direction is None and spec.mod in _PERIOD_MODS)

    return [run for run in _runs(chosen, member, lambda left, right: _gap(tokens, left.hi, right.lo, _AND_LINK)) if len(run) > 1]


_WEEKDAY_LINKS = frozenset({"AND", "COMMA", "HYPHEN", "A", "AL", "UNTIL"})
_LINK_OPENER_CHARS = frozenset(CHAR[name] for name in ("A", "AL"))  # "al jueves": the link opens the date
_RANGE_LINKS = _WEEKDAY_LINKS - {"COMMA"}  # a list's comma joins no range
_RUN_MAX = 7


_WEEKLY = re.compile(r"XXXX-WXX-\d")


def shared_weekly(chosen: list[Candidate], tokens: Tokens) -> None:
    """"cada martes y viernes", "los martes y viernes", "every Tuesday and Friday": a bare
    weekday coordinated after a weekly one is weekly too."""
    for cand, nxt in zip(chosen, chosen[1:]):
        spec, other = cand.spec, nxt.spec
        if not (spec.kind == "set" and spec.symbolic is not None and _WEEKLY.fullmatch(spec.symbolic)):
            continue
        if other.rule == "weekday" and nxt.hi - nxt.lo == 1 and _gap(tokens, cand.hi, nxt.lo, {"AND", "COMMA"}) and nxt.lo > cand.hi:
            nxt.spec = Spec("set", spec.rule, symbolic=f"XXXX-WXX-{other.weekday}", quant=spec.quant)


def habitual_weekdays(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> None:
    """Opening hours: clock times right after a weekly habit ("los domingos, de 10.00
    a 14.00 horas") or right before one ("de 9.00 a 21.00 horas durante los fines de
    semana", "9 a.m. to 5 p.m. every Saturday") are that habit's hours, not times of the
    DCT or of the narrative's day. Weekdays written
    without an article between the language's span words ("de martes a domingo")
    are such a habit when clock times follow them; without the hours they stay a
    stretch of days ("se celebrará de lunes a jueves": next week's)."""
    bare = _bare_weekday

    def span_of_weekdays(k: int) -> bool:
        return k + 1 < len(chosen) and bare_weekday_span(chosen[k], chosen[k + 1], tokens, lex)

    def days_of_period(k: int) -> bool:
        """"hasta el 6 de enero, de martes a domingo", "through Jan. 6, Tuesday through
        Sunday", "del 1 al 20 de diciembre, de martes a domingo": two weekdays right
        after the end of a period longer than a week are the days it opens each week
        ("del 1 al 3 de diciembre, de lunes a miércoles" restates its days)."""
        if k == 0 or k + 1 >= len(chosen):
            return False
        end, left, right = chosen[k - 1], chosen[k], chosen[k + 1]
        if not (bare(left) and bare(right) and right.lo == left.hi + 1 and NAME_OF_CHAR[tokens.classes[left.hi]] in _SPAN_LINKS
                and end.spec.day is not None and end.spec.month is not None and end.hi < left.lo
                and tokens.classes[end.hi] == CHAR["COMMA"] and _gap(tokens, end.hi, left.lo, _PERIOD_DAYS_GAP)):
            return False
        if end.lo > 0 and tokens.classes[end.lo - 1] == CHAR["UNTIL"]:
            return True  # a bound: the period runs from now
        start = chosen[k - 2].spec if k >= 2 else None
        return (start is not None and start.day is not None and start.month in (None, end.spec.month)
                and end.spec.day - start.day >= 7)

    for k, head in enumerate(chosen):
        # a weekly habit, or a daily one ("todos los días de 10.00 a 20.00 horas", "open daily from 9 a.m. to 5 p.m.")
        weekly = head.spec.kind == "set" and ((head.spec.symbolic or "").startswith("XXXX-WXX-") or head.spec.symbolic == "P1D")
        opening_days = not weekly and days_of_period(k)
        if not weekly and not opening_days and not span_of_weekdays(k):
            continue
        days = [head] if weekly else chosen[k : k + 2]
        hours: list[Candidate] = []
        for j in range(k + len(days), len(chosen)):  # by index: a slice per head copies the rest
            cand = chosen[j]
            spec = cand.spec
            if not (spec.kind == "time" and spec.hour is not None and not spec.has_day()
                    and _gap(tokens, (hours or days)[-1].hi, cand.lo, _HABIT_CLOCK_LINKS)):
                break
            hours.append(cand)
        right = head.lo
        for j in range(k - 1, -1, -1) if weekly else ():
            cand = chosen[j]
            spec = cand.spec
            if not (spec.kind == "time" and spec.hour is not None and not spec.has_day() and _gap(tokens, cand.hi, right, _HABIT_CLOCK_BEFORE)):
                break
            hours.append(cand)
            right = cand.lo
        if not hours and not opening_days:
            continue
        for cand in days:
            if cand.spec.kind == "date":
                cand.spec = habitual_weekday(cand.spec)
        for cand in hours:
            spec = cand.spec
            cand.spec = Spec("set", "habitual-clock", symbolic=f"XXXX-XX-XXT{spec.hour:02d}:{spec.minute or 0:02d}", quant="EVERY")


def _bare_weekday(cand: Candidate) -> bool:
    return cand.hi - cand.lo == 1 and cand.spec.kind == "date" and cand.spec.rule == "weekday"


def bare_weekday_span(left: Candidate, right: Candidate, tokens: Tokens, lex: Lexicon) -> bool:
    """"de lunes a viernes", "Monday through Friday": two weekdays with no article,
    opened and joined by the language's span words (lang grammar habitual_weekday_openers,
    none needed when that list is empty, and habitual_weekday_links), the form of a
    weekly habit."""
    links = lex.word_list("grammar", "habitual_weekday_links")
    if not links or not (_bare_weekday(left) and _bare_weekday(right) and right.lo == left.hi + 1):
        return False
    lows, openers = tokens.lows, lex.word_list("grammar", "habitual_weekday_openers")
    return lows[left.hi] in links and (not openers or left.lo > 0 and lows[left.lo - 1] in openers)


def habitual_weekday(spec: Spec) -> Spec:
    """The weekday of a weekly habit: every such weekday (XXXX-WXX-1)."""
    return Spec("set", "habitual-weekday", symbolic=f"XXXX-WXX-{spec.weekday}", quant="EVERY")


def weekly_parts_of_day(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """A part of the day of a weekly habit is that habit's ("los domingos por la tarde",
    "Sunday afternoons": every Sunday afternoon, XXXX-WXX-7TAF), not a part of the DCT's
    day or of a single Sunday."""
    plural = lex.word_list("temporal", "weekly", "plural_parts_of_day")
    result: list[Candidate] = []
    for cand in chosen:
        spec = cand.spec
        if spec.kind in ("date", "time") and spec.weekday is not None and spec.pod is not None and spec.day is None and spec.hour is None and tokens.lows[cand.hi - 1] in plural:
            cand.spec = Spec("set", "weekday-parts-of-day", symbolic=f"XXXX-WXX-{spec.weekday}T{spec.pod}", quant="EVERY")
        elif (result and spec.rule == "part-of-day"
              and _weekly(result[-1].spec) and "T" not in result[-1].spec.symbolic and result[-1].hi < cand.lo  # type: ignore[operator]  # weekly: a symbolic value
              and _gap(tokens, result[-1].hi, cand.lo, {"POR", "EN", "COMMA"})):
            weekly = result[-1]
            weekly.spec.symbolic += f"T{spec.pod}"  # type: ignore[operator]  # weekly: a symbolic value
            weekly.spec.rule += "+part-of-day"
            result[-1] = Candidate(weekly.lo, cand.hi, weekly.spec, weekly.priority)
            continue
        result.append(cand)
    return result


def _weekly(spec: Spec) -> bool:
    """Is the spec a weekly set ("los domingos", "every Monday")?"""
    return spec.kind == "set" and (spec.symbolic or "").startswith("XXXX-WXX-")


def yearly_dates(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> None:
    """"cada 25 de noviembre", "every Nov. 11", "todos los 12 de octubre", "every
    Christmas": a day of the year in every year, a set (no one year is meant); "every
    Easter", "cada Semana Santa": a movable feast's day changes, so the set is yearly (P1Y)."""
    for cand in chosen:
        spec = cand.spec
        if spec.kind != "date" or spec.year is not None or spec.year_rel is not None or spec.hour is not None or spec.direction is not None:
            continue
        day = (spec.month, spec.day) if spec.holiday is None else (spec.holiday.get("month"), spec.holiday.get("day"))
        movable = spec.holiday is not None and None in day
        months = spec.holiday is None and spec.month is not None and spec.day is None and _months_of(cand, tokens, lex)
        if None in day and not (movable or months) or spec.weekday is not None:
            continue
        before = tokens[cand.lo - 1] if cand.lo else None
        if before is None or not (before.cls == "EVERY" or before.cls == "WHOLE" and _is_plural_article(tokens[cand.lo], lex)):
            continue
        cand.lo -= 1
        symbolic = duration_value("year", 1) if movable else f"XXXX-{day[0]:02d}" if months else f"XXXX-{day[0]:02d}-{day[1]:02d}"
        cand.spec = Spec("set", "every-date", symbolic=symbolic, quant=_every_quant(before.info or 1))


def _months_of(cand: Candidate, tokens: Tokens, lex: Lexicon) -> bool:
    """Does the month's expression open with its article and the plural unit ("los meses de
    agosto": every August after "todos")?"""
    if cand.hi - cand.lo < 3:
        return False
    unit = tokens[cand.lo + 1]
    return unit.cls == "UNIT" and unit.info == "month" and _unit_plural(unit, lex)


def yearly_months(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"cada año en mayo", "todos los años el 15 de mayo", "en mayo de cada año", "todos
    los años por Navidad": a month, day, season or fixed feast in every year is one yearly
    set (XXXX-05), as "cada mayo" is, not every year and one May."""
    out: list[Candidate] = []
    k = 0
    while k < len(chosen):
        cand = chosen[k]
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        if nxt is not None:
            if _yearly_set(cand.spec) and _gap(tokens, cand.hi, nxt.lo, _YEARLY_LINKS_BEFORE):
                symbolic = _yearly_symbolic(nxt.spec)
            elif _yearly_set(nxt.spec) and nxt.lo == cand.hi + 1 and tokens.classes[cand.hi] in _OF_CHARS:
                symbolic = _yearly_symbolic(cand.spec)
            else:
                symbolic = None
            if symbolic is not None:
                out.append(Candidate(cand.lo, nxt.hi, Spec("set", "yearly-date", symbolic=symbolic, quant="EVERY"), max(cand.priority, nxt.priority)))
                k += 2
                continue
        out.append(cand)
        k += 1
    return out


_YEARLY_LINKS_BEFORE = frozenset({"EN", "COMMA", "POR", "A"})  # "por Navidad", "at Christmas"
_OF_CHARS = frozenset(CHAR[name] for name in ("DE", "DEL"))


def _yearly_set(spec: Spec) -> bool:
    """Is the spec every year ("cada año", "todos los años")?"""
    return spec.kind == "set" and spec.symbolic == "P1Y" and spec.quant == "EVERY" and spec.freq is None


def _yearly_symbolic(spec: Spec) -> str | None:
    """The yearly value of a bare month, day of a month or season ("mayo": XXXX-05), or None."""
    if spec.kind != "date" or spec.year is not None or spec.year_rel is not None or spec.weekday is not None or spec.hour is not None:
        return None
    if spec.unit is not None or spec.anchor is not None or spec.mod is not None or spec.direction is not None:
        return None
    if spec.holiday is not None:  # "todos los años por Navidad": a feast on a fixed day; "cada año por Semana Santa": a movable one's is the year (P1Y)
        if spec.holiday.keys() == {"month", "day"}:
            return f"XXXX-{spec.holiday['month']:02d}-{spec.holiday['day']:02d}"
        return duration_value("year", 1) if None in (spec.holiday.get("month"), spec.holiday.get("day")) else None
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}" if spec.day is None else f"XXXX-{spec.month:02d}-{spec.day:02d}"
    return f"XXXX-{spec.season}" if spec.season is not None else None


_HABIT_CLOCK_LINKS = frozenset({"COMMA", "DE", "A", "AND", "HYPHEN", "UNTIL", "SINCE"})  # "daily from 9 a.m. to 5 p.m."
_HABIT_CLOCK_BEFORE = _HABIT_CLOCK_LINKS | {"SIGNAL", "EN"}
_SPAN_LINKS = frozenset({"A", "UNTIL", "HYPHEN"})
_PERIOD_DAYS_GAP = frozenset({"COMMA", "DE", "SINCE"})  # "... horas durante los fines de semana", "... on weekends"


def weekday_runs(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[list[Candidate]]:
    """Weekdays joined only by "y", ",", "a", "al", "hasta", "-" ("del lunes al
    jueves", "entre el viernes y el domingo", "el lunes, el martes y el miércoles"),
    or by a night's link ("Thursday into Saturday"): one stretch of consecutive days,
    to be dated together."""
    into = frozenset(lex.word_list("temporal", "relative", "night_links"))
    def member(cand: Candidate) -> bool:
        spec = cand.spec
        return (spec.kind == "date" and spec.weekday is not None and spec.day is None and spec.month is None
                and spec.anchor is None and spec.unit is None and spec.year is None)

    def linked(left: Candidate, right: Candidate) -> bool:
        end = right.lo + (right.lo < len(tokens.classes) and tokens.classes[right.lo] in _LINK_OPENER_CHARS)
        joined = _gap(tokens, left.hi, end, _WEEKDAY_LINKS) or end == left.hi + 1 and tokens.lows[left.hi] in into
        return end > left.hi and joined and right.spec.direction == left.spec.direction

    return [run for run in _runs(chosen, member, linked) if len(run) <= _RUN_MAX]


def _runs(chosen: list[Candidate], member: Callable[[Candidate], bool], linked: Callable[[Candidate, Candidate], bool]) -> list[list[Candidate]]:
    """The runs of two or more members in a row, each linked to the one before."""
    runs: list[list[Candidate]] = []
    run: list[Candidate] = []
    for cand in chosen:
        is_member = member(cand)  # (asked once: four passes ask it of every expression)
        if run and is_member and linked(run[-1], cand):
            run.append(cand)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [cand] if is_member else []
    if len(run) > 1:
        runs.append(run)
    return runs


_SECOND_DAY_LINKS = frozenset({"AND", "HYPHEN", "A", "UNTIL"})
# after "April 14 and 15": what makes the 15 a count or a measure, not a day
_NOT_AFTER_DAY = frozenset({"UNIT", "YEARWORD", "HOURWORD", "PCT", "CURRENCY", "AMOUNT", "MONTH", "MONTHABBR", "DE", "COLON", "HYPHEN"})


def second_days(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"April 14 and 15", "April 14-15", "June 4 through 8", "Nov. 24, 25 and 26", "los
    días 24 y 25": where the month comes first, or none is written, each bare day after
    it is another date of the same month (the year, if it follows the last day, belongs
    to all: see `date_groups`)."""
    result: list[Candidate] = []
    taken: set[int] = set()  # ids of the years a second day took ("April 14 and 15, 2024")
    count = len(tokens)
    for k, cand in enumerate(chosen):
        if id(cand) in taken:
            continue
        result.append(cand)
        spec = cand.spec
        if not spec.rule.startswith(("month+day", "day-of-month")) or spec.year is not None or spec.hour is not None:
            continue
        nxt = chosen[k + 1] if k + 1 < len(chosen) else None
        link, last = cand.hi, spec.day
        while (following := _next_day(tokens, link, last, nxt, lex)) is not None:  # type: ignore[arg-type]  # a day of a month: its day
            day, hi, year = following
            rule = "day-of-month+second-day" if spec.month is None else "month+day+second-day"
            date = Spec("date", rule, day=tokens[day].info, month=spec.month, year=year, direction=spec.direction)
            if not _valid_day(date):
                break
            if nxt is not None and nxt.lo < hi:
                taken.add(id(nxt))
            result.append(Candidate(day, hi, date, cand.priority))
            if year is not None or hi >= count:
                break
            link, last = hi, date.day
    return result


def _next_day(tokens: Tokens, link: int, last: int, nxt: Candidate | None, lex: Lexicon) -> tuple[int, int, int | None] | None:
    """The bare day after token `link` that continues a list or stretch of days of one
    month, after the day `last`: (its token, the end of its span, a year written after
    it), or None. A comma joins a day only inside a list ("Nov. 24, 25 and 26"; "Dec.
    24, 25 people" is a count)."""
    count = len(tokens)
    day = link + 1
    if day >= count or tokens[day].cls != "DAYNUM" or nxt is not None and nxt.lo <= day:
        return None
    if tokens[link].cls not in _SECOND_DAY_LINKS and not (tokens[link].cls == "COMMA" and day + 1 < count and tokens[day + 1].cls in ("COMMA", "AND")):
        return None
    value = tokens[day].info
    if not isinstance(value, int) or not last < value <= 31:
        return None
    hi, year = day + 1, None
    if hi + 1 < count and tokens[hi].cls == "COMMA" and tokens[hi + 1].cls == "YEARNUM":
        hi, year = hi + 2, tokens[hi + 1].info
    elif hi < count and (tokens[hi].cls in _NOT_AFTER_DAY or tokens[hi].low in lex.measures):
        return None
    if nxt is not None and nxt.lo < hi and not (nxt.hi <= hi and nxt.spec.kind == "date" and nxt.spec.year == year):
        return None
    return day, hi, year


_CLOCK_OPENER_CHARS = frozenset(CHAR[name] for name in ("DE", "DEL", "SINCE"))  # "de 9 a", "from 9 to"
_CLOCK_DAY_START = 6  # "de 3 a 5 horas" counts hours; opening hours start in the morning
_RATE_AFTER = frozenset({"FREQ", "POR", "AL", "EVERY"})
_CLOCK_LINK_CHARS = frozenset(CHAR[name] for name in ("A", "AND"))


def clock_ranges(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"de 9 a 14 horas", "de 9.00 a 14.00 horas": two clock times, the first
    written bare. What reads as "14 horas" of duration after "de 9 a" is the
    second end, and the bare first end is the start."""
    result: list[Candidate] = []
    previous_hi = 0
    skip: Candidate | None = None
    for index, cand in enumerate(chosen):
        if cand is skip:
            continue
        spec = cand.spec
        lo = cand.lo
        start = _clock_range_start(tokens, lo, previous_hi)
        if start is not None:
            first, written = start
            if spec.kind == "duration" and spec.symbolic is not None and re.fullmatch(r"PT\d+H", spec.symbolic) and spec.mod is None:
                hour = int(spec.symbolic[2:-1])
                # a working day on the 24-hour clock ("de 9 a 14 horas"), not a count
                # of hours ("se retrasaron de 3 a 5 horas", "de 2 a 14 horas diarias")
                rate = cand.hi < len(tokens) and tokens[cand.hi].cls in _RATE_AFTER
                if _CLOCK_DAY_START <= first < 13 <= hour <= 24 and hour - first <= 12 and tokens[lo].cls == "DAYNUM" and not rate:
                    spec = cand.spec = Spec("time", "hour-range-end", hour=hour, minute=0, anchor="refdct")
                    day = chosen[index + 1] if index + 1 < len(chosen) else None
                    if day is not None and day.spec.has_day() and day.spec.hour is None and day.spec.pod is None and _gap(tokens, cand.hi, day.lo, {"DE", "EN"}):
                        _take_day(spec, day.spec)  # "de 9 a 14 horas del jueves": the day is the range's
                        spec.rule += "+" + day.spec.rule
                        cand = Candidate(cand.lo, day.hi, spec, cand.priority)
                        skip = day
            if spec.kind == "time" and spec.hour is not None and spec.unit is None:
                minute = written[1]
                hour = first
                shown = tokens[lo].info if tokens[lo].cls == "DAYNUM" else None
                if isinstance(shown, int) and spec.hour == shown + 12 and first + 12 < spec.hour:
                    hour = first + 12  # "from 1 to 3 p.m.": both after noon
                overnight = hour >= _NIGHT_FROM and spec.hour < _MORNING_UNTIL
                if hour < spec.hour or hour == spec.hour and minute < (spec.minute or 0) or overnight:
                    opening = Spec("time", "hour-range-start", hour=hour, minute=minute, anchor="refdct", tz=spec.tz)
                    if spec.has_day():
                        _take_day(opening, spec)  # "de 9.00 a 20.00 horas del domingo": Sunday's opening too
                        opening.day_shift = -1 if overnight else 0  # "de 22.00 a 6.00 horas del sábado": Friday's evening
                    elif overnight:  # "de 22.00 a 6.00 horas": the morning after
                        spec.day_shift, spec.rule = 1, spec.rule + "+overnight"
                    result.append(Candidate(lo - 2, lo - 1, opening, cand.priority))
        elif result and _day_ends_clock_range(result[-1], cand, tokens):
            _take_day(result[-1].spec, spec)  # "from 7 a.m. to 8 p.m. Wednesday": both Wednesday's
            result[-1].spec.rule += "+range-day"
            if result[-1].spec.hour >= _NIGHT_FROM and spec.hour < _MORNING_UNTIL:  # type: ignore[operator]  # two clock times
                result[-1].spec.day_shift = -1  # "from 10 p.m. to 6 a.m. on Saturday": Friday's evening
        elif result and _overnight_range(result[-1], cand, tokens):
            spec.day_shift, spec.rule = 1, spec.rule + "+overnight"  # "from 10 p.m. to 6 a.m.": the morning after
        result.append(cand)
        previous_hi = cand.hi
    return result


_CLOCK_RANGE_LINKS = {"A", "UNTIL", "HYPHEN"}
_NIGHT_FROM, _MORNING_UNTIL = 18, 12  # a range from the evening to the morning runs overnight


def _overnight_range(first: Candidate, second: Candidate, tokens: Tokens) -> bool:
    """Are `first` and `second` the ends of a range of clock times from the evening to
    the next morning, neither with a day ("from 10 p.m. to 6 a.m.")?"""
    a, b = first.spec, second.spec
    return (a.kind == b.kind == "time" and a.hour is not None and b.hour is not None and a.hour >= _NIGHT_FROM
            and b.hour < _MORNING_UNTIL and not a.has_day() and not b.has_day() and not b.day_shift and first.hi < second.lo
            and _gap(tokens, first.hi, second.lo, _CLOCK_RANGE_LINKS))


def _day_ends_clock_range(first: Candidate, second: Candidate, tokens: Tokens) -> bool:
    """Is `first` a clock time with no day and `second` a clock time with one, linked as
    a range ("7 a.m. to 8 p.m. Wednesday")?"""
    a, b = first.spec, second.spec
    if not (a.kind == b.kind == "time" and a.hour is not None and b.hour is not None and not a.has_day() and b.has_day()
            and (b.day is not None or b.weekday is not None) and first.hi < second.lo):
        return False
    between = first.lo > 0 and tokens.classes[first.lo - 1] == CHAR["TOWARD"]  # "entre las 8.00 y las 10.00 horas del jueves"
    return _gap(tokens, first.hi, second.lo, _CLOCK_RANGE_LINKS | {"AND"} if between else _CLOCK_RANGE_LINKS)


# the unit a modifier alone stands for ("este año y el próximo"): what it means, from where
_ELIDED = {"NEXT": ("next-unit", 1, "dct"), "PAST": ("past-unit", -1, "dct"),
           "FOLLOWING": ("following-unit", 1, "ref"), "PREVIOUS": ("previous-unit", -1, "ref")}
_ELIDED_FROM = frozenset({"this-unit", "next-unit", "past-unit", "previous-unit", "following-unit"})
_ELIDED_REACH = 6  # tokens from the unit's expression to the modifier standing for it
_ELIDED_ENDS = frozenset({"STOP", "COMMA", "AND"})


def elided_units(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"crecerá un 2,5 % este año y un 2 % el próximo", "this year and next": a modifier
    standing alone after an expression of a unit stands for that unit ("el próximo" is
    next year, "el anterior" the year before the one named)."""
    result: list[Candidate] = []
    count = len(tokens)
    for k, cand in enumerate(chosen):
        result.append(cand)
        spec = cand.spec
        if spec.rule not in _ELIDED_FROM or spec.unit not in ("year", "month", "week", "quarter"):
            continue
        limit = min(cand.hi + _ELIDED_REACH, chosen[k + 1].lo if k + 1 < len(chosen) else count, count - 1)
        for j in range(cand.hi, limit):
            if tokens[j].cls == "STOP":
                break
            meaning = _ELIDED.get(tokens[j].cls)
            if meaning is None or j == cand.hi:
                continue
            lo = j - 1 if tokens[j - 1].cls == "ART" else j
            # alone: a mark or "and" after it ("y el próximo presidente" names a president)
            if tokens[j + 1].cls in _ELIDED_ENDS:
                rule, offset, anchor = meaning
                result.append(Candidate(lo, j + 1, Spec("date", "elided+" + rule, unit=spec.unit, offset=offset, anchor=anchor), cand.priority))
                break
    return result


# "de tres a cuatro meses", "3-4 days", "three to four months"; "y"/"and" only after
# "entre"/"between" ("dos y cuatro años" alone may be two ages)
_COUNT_RANGE_LINKS = frozenset({"A", "HYPHEN", "UNTIL"})
_COUNT_TOKENS = frozenset({"NUMWORD", "UNO", "DAYNUM", "INT"})


def count_ranges(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"entre cuatro y seis semanas": the bare count before a duration is a duration of
    the same unit, two values as a stretch of days has two dates."""
    result: list[Candidate] = []
    free_from = 0
    for cand in chosen:
        first = cand.lo - 2
        spec = cand.spec
        if spec.kind == "duration" and spec.rule == "duration" and spec.mod is None and first >= free_from:
            link = tokens[first + 1].cls
            bounded = link in _COUNT_RANGE_LINKS or link == "AND" and first > 0 and tokens[first - 1].cls == "TOWARD"
            unit = tokens[cand.hi - 1].info
            if bounded and tokens[first].cls in _COUNT_TOKENS and unit in _DURATION_LETTER:
                low, high = number_value([tokens[first]]), number_value(tokens[cand.lo : cand.hi - 1])
                if low is not None and high is not None and 0 < low < high:
                    result.append(Candidate(first, first + 1, Spec("duration", "duration-range-start", symbolic=duration_value(unit, low)), cand.priority))
        result.append(cand)
        free_from = cand.hi
    return result


def _clock_range_start(tokens: Tokens, lo: int, free_from: int) -> tuple[int, tuple[int, int]] | None:
    """The first end of a clock range before token `lo` ("de 9 a", "from 9.00 to"),
    as (hour, (hour, minute)) when tokens lo-3 .. lo-1 read so and are free."""
    classes = tokens.classes  # read as characters: this runs before every expression
    if lo - 3 < free_from or classes[lo - 1] not in _CLOCK_LINK_CHARS or classes[lo - 3] not in _CLOCK_OPENER_CHARS:
        return None
    number = tokens[lo - 2]
    if number.cls == "DAYNUM" and isinstance(number.info, int) and number.info <= 24:
        return number.info, (number.info, 0)
    if number.cls in ("CLOCK", "CLOCKDOT"):
        parts = [int(x) for x in re.findall(r"\d+", number.text)]
        if len(parts) == 2 and parts[0] <= 24 and parts[1] <= 59:
            return parts[0], (parts[0], parts[1])
    return None


def combine(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """Join neighbours that form one expression, by explicit rules:
    weekday + date ("el lunes, 18 de noviembre"), day + part of day ("el jueves
    por la noche", "la noche del jueves"), day + clock time ("hoy a las 15.00")."""
    _share_day_across_parenthesis(chosen, tokens)
    result: list[Candidate] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        merged = _merge(cand, nxt, tokens) if nxt is not None else None
        if merged is not None:
            chosen[i + 1] = merged
            i += 1
            continue
        result.append(cand)
        i += 1
    _share_day_across_parts(result, tokens)
    _share_week_across_range(result, tokens)
    for first, inner in zip(result, result[1:]):
        _local_day_from_bracket(first, inner, tokens)
    return [c for c in result if not c.needs_day]


def _share_day_across_parts(chosen: list[Candidate], tokens: Tokens) -> None:
    """"la tarde y la noche del 29 de octubre", "the afternoon and night of Oct. 29":
    the first part of day is of the day the second names, not of the narrative's."""
    for cand, nxt in zip(chosen, chosen[1:]):
        spec, named = cand.spec, nxt.spec
        if not (spec.rule == "part-of-day" and named.rule.startswith("part-of-day+") and nxt.lo == cand.hi + 1):
            continue
        if tokens.classes[cand.hi] != CHAR["AND"]:
            continue
        cand.spec = dataclasses.replace(named, pod=spec.pod, rule=named.rule.replace("+", "+shared-day+", 1), notes=list(named.notes))
        cand.needs_day = False


def _share_week_across_range(chosen: list[Candidate], tokens: Tokens) -> None:
    """"del lunes al miércoles de la semana pasada", "from Monday to Wednesday next week":
    the first weekday is of the week the second is named with."""
    for cand, nxt in zip(chosen, chosen[1:]):
        spec, named = cand.spec, nxt.spec
        if not (spec.rule == "weekday" and spec.weekday is not None and spec.direction is None and spec.unit is None and spec.day is None):
            continue
        if not (named.unit == "week" and named.offset is not None and named.weekday is not None and named.rule.startswith("weekday+") and named.weekday > spec.weekday):
            continue
        end = nxt.lo + (nxt.lo < len(tokens.classes) and tokens.classes[nxt.lo] in _LINK_OPENER_CHARS)
        if not (end > cand.hi and _gap(tokens, cand.hi, end, _RANGE_LINKS)):
            continue
        cand.spec = dataclasses.replace(named, weekday=spec.weekday, rule=named.rule.replace("weekday+", "weekday+shared-week+", 1), notes=list(named.notes))


_WEEK_UNITS = frozenset(("week", "weekend"))
_ENDED_UNITS = frozenset(("week", "quarter"))  # "the week ending Nov. 7", "the quarter ended Sept. 30"


def week_of(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"la semana del 24 de noviembre", "the weekend of Nov. 22", "the weekend of
    Thanksgiving", "the Thanksgiving weekend": the week or weekend that holds a day,
    one expression (a bare weekend's own candidate joins it)."""
    classes, lows = tokens.classes, tokens.lows
    de, del_, unit, art = CHAR["DE"], CHAR["DEL"], CHAR["UNIT"], CHAR["ART"]
    result: list[Candidate] = []
    covered = -1  # "the Thanksgiving weekend" took the bare weekend after it
    weekend_words = lex.word_list("temporal", "holiday_weekend_words")  # (read once, not per expression)
    for cand in chosen:
        spec, k = cand.spec, -1
        if cand.lo < covered:
            continue
        one_day = spec.day is not None and spec.month is not None or spec.holiday is not None and "grain" not in spec.holiday
        w = cand.hi + (cand.hi + 1 < len(classes) and lows[cand.hi] in weekend_words)  # "the Memorial Day holiday weekend"
        # ("Thanksgiving week": the week that holds it, as its weekend)
        # ("the July 4 weekend": a month's day written before it, as a holiday's name)
        named_day = spec.holiday is not None or spec.rule in ("month+day", "day+month") and w == cand.hi < len(classes) and tokens.infos[w] == "weekend"
        if (spec.kind == "date" and one_day and spec.relation is None and named_day and w < len(classes) and classes[w] == unit and tokens.infos[w] in _WEEK_UNITS
                and lows[w] not in lex.plural_units):
            spec.holding = str(tokens.infos[w])
            spec.rule = f"{spec.holding}-of+{spec.rule}"
            cand = Candidate(cand.lo, w + 1, spec, cand.priority)
            covered = cand.hi
        elif spec.kind == "date" and one_day and spec.relation is None:
            if classes[cand.lo] == del_:  # "la semana del 24"
                k = cand.lo - 1
            elif cand.lo >= 2 and classes[cand.lo - 1] == de:  # "the week of Nov. 24"
                k = cand.lo - 2
            elif (cand.lo >= 2 and lows[cand.lo - 1] in lex.word_list("temporal", "week_end_links") and classes[cand.lo - 2] == unit and tokens.infos[cand.lo - 2] in _ENDED_UNITS
                    and (tokens.infos[cand.lo - 2] == "week" or spec.month is not None and spec.month % 3 == 0 and spec.day in (30, 31))):
                # "the week ended Nov. 1", "the quarter ended Sept. 30": the unit given by its
                # last day ("the quarter ended Oct. 31" is a fiscal one, no calendar quarter)
                k = cand.lo - 2
            # a range's first day names the weekend ("el fin de semana del 22 y 23"), not
            # the week ("la semana del 24 al 28" is the range)
            if (k >= 0 and classes[k] == unit and (tokens.infos[k] in _WEEK_UNITS or tokens.infos[k] in _ENDED_UNITS and k == cand.lo - 2 and classes[k + 1] != de)
                    and lows[k] not in lex.plural_units
                    and (tokens.infos[k] == "weekend" or not spec.rule.startswith("range"))):
                if result and result[-1].hi > k:
                    # "the week through Nov. 8": a bare "the week" taken alone joins its day
                    bare_unit = result[-1].hi == k + 1 and result[-1].lo >= k - 1 and classes[result[-1].lo] in (art, unit)
                    if not bare_unit and (not result[-1].spec.weekend or result[-1].lo > k):
                        result.append(cand)
                        continue
                    result.pop()  # "el fin de semana": the weekend named by its day
                lo = k - 1 if k and classes[k - 1] == art else k
                spec.holding = tokens.infos[k] if classes[k + 1] == de or classes[cand.lo] == del_ else tokens.infos[k] + "-ending"
                spec.rule = f"{spec.holding}-of+{spec.rule}"
                hi = cand.hi
                second_end = _weekend_second_day(cand, chosen, tokens, lex) if spec.holding == "weekend" else None
                if second_end is not None:  # "the weekend of Dec. 6-7": the second day is of the same weekend
                    hi = covered = second_end
                cand = Candidate(lo, hi, spec, cand.priority)
        result.append(cand)
    return result


def outside_work_titles(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"Su última película, «Los domingos», se estrenará", "the novel "Last Summer"": time
    words inside a quoted title, capitalised, right after the noun of the work it names
    (a comma may stand between), are the title's, no time."""
    nouns = lex.word_list("temporal", "work_nouns")
    classes, lows, quote = tokens.classes, tokens.lows, CHAR["QUOTE"]
    # the quotes found once (dense text has none), not looked for around every expression
    quotes: list[int] = []
    for _ in range(classes.count(quote)):  # (C scans: an article's tokens are not walked one by one)
        quotes.append(classes.index(quote, quotes[-1] + 1 if quotes else 0))
    if not quotes:
        return list(chosen)
    result: list[Candidate] = []
    for cand in chosen:
        i = bisect.bisect_left(quotes, cand.lo) - 1  # the last quote before the expression, within reach
        opening = quotes[i] if i >= 0 and quotes[i] >= cand.lo - _TITLE_REACH else None
        i = bisect.bisect_left(quotes, cand.hi)  # the first one after it
        closing = quotes[i] if i < len(quotes) and quotes[i] < cand.hi + _TITLE_REACH else None
        if opening is not None and closing is not None and opening >= 1 and tokens.text[tokens.starts[opening + 1]].isupper():
            noun = opening - 2 if classes[opening - 1] == CHAR["COMMA"] and opening >= 2 else opening - 1
            if lows[noun] in nouns and not any(classes[k] == CHAR["STOP"] for k in range(opening, closing)):
                continue
        result.append(cand)
    return result


_TITLE_REACH = 6  # tokens from a title's quote to a time word inside it


def weeks_ended_on_weekday(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"the week ended Saturday", "the week ending Friday", "the week through Sunday": the
    week a bare weekday ends, one expression, as "the week ended Nov. 8" (week_of);
    "ended" tells a week gone, the last such weekday ("Claims for the week ended Saturday
    will be released Thursday"). A bare "the week" taken before the link joins it."""
    links = lex.word_list("temporal", "week_end_links")
    past_links = lex.word_list("temporal", "week_end_past_links")
    classes, lows, unit = tokens.classes, tokens.lows, CHAR["UNIT"]
    result: list[Candidate] = []
    for cand in chosen:
        spec, k = cand.spec, cand.lo - 2
        before = result[-1] if result else None
        if before is not None and before.hi == k + 1 and before.spec.rule == "unit-object" and before.lo >= k - 1:
            before = result[-2] if len(result) > 1 else None  # "the week through Sunday": "the week" was taken alone
        if ((before is None or before.hi <= k) and spec.rule == "weekday" and spec.kind == "date" and spec.direction is None
                and classes[cand.lo] == CHAR["WEEKDAY"] and k >= 0
                and classes[k] == unit and tokens.infos[k] == "week" and lows[k] not in lex.plural_units and lows[k + 1] in links):
            if result and result[-1].hi == k + 1:
                result.pop()
            cand.lo = k - 1 if k and classes[k - 1] == CHAR["ART"] else k
            spec.holding, spec.rule = "week-ending", "week-ending+weekday"
            if lows[k + 1] in past_links:
                spec.direction = "past"
        result.append(cand)
    return result


def fiscal_years_ending(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"the fiscal year ending June 30, 2026", "the fiscal year ended March 31, 2025": a
    fiscal year is named for the calendar year it ends in (FY2026), one expression; with
    no year written the day stays its own."""
    links = lex.word_list("temporal", "week_end_links")
    result: list[Candidate] = []
    for cand in chosen:
        before = result[-1] if result else None
        end = cand.spec
        if (before is not None and before.spec.rule == "fiscal-year" and before.spec.fiscal == "FY" and before.hi + 1 == cand.lo
                and tokens.lows[before.hi] in links and end.kind == "date" and end.year is not None and end.day is not None and end.relation is None):
            spec = Spec("date", "fiscal-year-ending", fiscal=f"FY{end.year}")
            result[-1] = Candidate(before.lo, cand.hi, spec, cand.priority)
            continue
        result.append(cand)
    return result


def fiscal_years_spanning(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"del ejercicio 2024-25", "fiscal 2024/25": a fiscal year written as the two
    calendar years it spans is one expression, named for the year it ends in (FY2025),
    as "the fiscal year ending June 30, 2025"; not the fiscal year 2024 and a year 2025."""
    joiners = (CHAR["HYPHEN"], CHAR["SLASH"])
    result: list[Candidate] = []
    for cand in chosen:
        before = result[-1] if result else None
        if before is not None and before.spec.rule == "fiscal-year-span" and cand.lo < before.hi:
            continue  # "fiscal 2024-5 year's": the digit the fiscal year took opens no other expression
        if (before is not None and before.spec.rule == "fiscal-year" and (before.spec.fiscal or "FY")[2:].isdigit()
                and cand.spec.rule == "year" and cand.lo == before.hi + 1 and tokens.classes[before.hi] in joiners
                and cand.spec.year == int((before.spec.fiscal or "FY0")[2:]) + 1):
            result[-1] = Candidate(before.lo, cand.hi, Spec("date", "fiscal-year-span", fiscal=f"FY{cand.spec.year}"), cand.priority)
            continue
        result.append(_fiscal_year_short_end(cand, tokens, joiners))
    return result


def _fiscal_year_short_end(cand: Candidate, tokens: Tokens, joiners: tuple[str, str]) -> Candidate:
    """"fiscal 2024-5": the second year written as its last digit, a number no rule takes
    for a year, ends the fiscal year as "fiscal 2024-25" does (FY2025)."""
    fiscal = cand.spec.fiscal or "FY"
    end = cand.hi + 1
    if cand.spec.rule != "fiscal-year" or not fiscal[2:].isdigit() or end >= len(tokens) or tokens.classes[cand.hi] not in joiners:
        return cand
    digits, following = tokens.lows[end], tokens.lows[end + 1] if end + 1 < len(tokens) else ""
    if (len(digits) == 1 and digits.isdigit() and tokens.starts[end] == tokens.ends[cand.hi] and int(digits) == (int(fiscal[2:]) + 1) % 10
            and not (following[:1].isdigit() or tokens.classes[end + 1] in (*joiners, CHAR["PCT"]) if following else False)):
        return Candidate(cand.lo, end + 1, Spec("date", "fiscal-year-span", fiscal=f"FY{int(fiscal[2:]) + 1}"), cand.priority)
    return cand


def fiscal_quarters_coded(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"Q3 FY25", "FY2025 Q3", "Q4 fiscal 2024": a quarter or half written as a code beside
    a fiscal year is that fiscal year's (FY2025-Q3), as "the third quarter of fiscal 2025"."""
    result: list[Candidate] = []
    for cand in chosen:
        before = result[-1] if result else None
        if before is not None and before.hi == cand.lo:
            pair = (before, cand) if cand.spec.rule == "fiscal-year" else (cand, before)
            period, fiscal = pair[0].spec, pair[1].spec
            if (pair[1].spec.rule == "fiscal-year" and (fiscal.fiscal or "FY")[2:].isdigit() and period.rule in ("quarter", "half")
                    and tokens.classes[pair[0].lo] == CHAR["PERIODCODE"] and pair[0].hi == pair[0].lo + 1
                    and period.year is None and period.year_rel is None):
                code = f"Q{period.quarter}" if period.quarter is not None else f"H{period.half}"
                result[-1] = Candidate(before.lo, cand.hi, Spec("date", "fiscal-quarter", fiscal=f"{fiscal.fiscal}-{code}"), cand.priority)
                continue
        result.append(cand)
    return result


def fiscal_possessive_quarters(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"fiscal 2025's fourth quarter": the fiscal year's quarter or half, one expression
    (FY2025-Q4), as "the fourth quarter of fiscal 2025" (h_fiscal_quarter)."""
    endings = lex.word_list("grammar", "possessive_endings")
    result: list[Candidate] = []
    for cand in chosen:
        before = result[-1] if result else None
        spec = cand.spec
        if (before is not None and before.spec.rule == "fiscal-year" and (before.spec.fiscal or "FY")[2:].isdigit() and cand.lo == before.hi + 2
                and spec.rule in ("quarter", "half") and spec.year is None and spec.year_rel is None and tokens.classes[cand.lo] != CHAR["ART"]
                and tokens.ends[before.hi - 1] == tokens.starts[before.hi] and tokens.lows[before.hi] + tokens.lows[before.hi + 1] in endings):
            code = f"Q{spec.quarter}" if spec.quarter is not None else f"H{spec.half}"
            result[-1] = Candidate(before.lo, cand.hi, Spec("date", "fiscal-quarter", fiscal=f"{before.spec.fiscal}-{code}"), cand.priority)
            continue
        result.append(cand)
    return result


def weekdays_beside_holidays(chosen: list[Candidate], tokens: Tokens) -> list[Candidate]:
    """"the Tuesday after Labor Day", "the Sunday before Christmas", "the Monday after Nov.
    3": the first such weekday after or before a holiday or a date, one expression (the note "weekday-after-2" says
    which; `resolve.weekday_beside` finds it once the holiday's year is known)."""
    result: list[Candidate] = []
    signal, art = CHAR["SIGNAL"], CHAR["ART"]
    for cand in chosen:
        before = result[-1] if result else None
        day = cand.spec
        if (before is not None and before.spec.rule == "weekday" and before.spec.direction is None and tokens.classes[before.lo] == art
                and before.hi + 1 == cand.lo and tokens.classes[before.hi] == signal and tokens.infos[before.hi][0] in ("after", "before")
                and day.kind == "date" and (day.holiday is not None and "grain" not in day.holiday or day.month is not None and day.day is not None and day.weekday is None)
                and day.relation is None and not day.day_shift and day.holding is None):
            side = tokens.infos[before.hi][0]
            spec = dataclasses.replace(day, notes=[*day.notes, f"weekday-{side}-{before.spec.weekday}"])
            spec.rule = f"weekday-{side}+{day.rule}"
            result[-1] = Candidate(before.lo, cand.hi, spec, cand.priority)
            continue
        result.append(cand)
    return result


# the months a count of months to a month's end makes one unit of, by their count
_MONTHS_UNIT = {"P3M": ("quarter", 3), "P6M": ("half", 6), "P12M": ("year", 12), "P1Y": ("year", 12)}
_QUARTER_END_DAYS = {3: 31, 6: 30, 9: 30, 12: 31}


def months_ending(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"the three months ended Sept. 30" (2025-Q3), "the six months through June"
    (2025-H1), "the 12 months to Dec. 31": months counted back from a month's last day
    that make one calendar unit are that unit, one expression; others ("the nine months to
    September", "the three months ended Oct. 31", a fiscal quarter) stay the length and
    the day, as TimeML writes a span with its end point."""
    links = lex.word_list("temporal", "months_end_links")
    if not links:
        return chosen
    art, lows = CHAR["ART"], tokens.lows
    result: list[Candidate] = []
    for cand in chosen:
        before = result[-1] if result else None
        if before is not None and before.hi + 1 == cand.lo and lows[before.hi] in links and tokens.classes[before.lo] == art:
            joined = _months_to_unit(before.spec, cand.spec)
            if joined is not None:
                result[-1] = Candidate(before.lo, cand.hi, joined, cand.priority)
                continue
        result.append(cand)
    return result


def _months_to_unit(length: Spec, end: Spec) -> Spec | None:
    """The end's spec held by the unit the months make ("quarter-ending"), or None."""
    unit = _MONTHS_UNIT.get(length.symbolic or "") if length.kind == "duration" and length.rule == "duration" else None
    if unit is None or end.kind != "date" or end.month is None or end.relation is not None or end.weekday is not None:
        return None
    name, months = unit
    if end.month % months or end.day is not None and end.day != _QUARTER_END_DAYS[end.month]:
        return None  # "the three months ended Oct. 31": a fiscal quarter, no calendar one
    spec = dataclasses.replace(end, holding=f"{name}-ending", notes=list(end.notes))
    spec.rule = f"{name}-ending+{end.rule}"
    return spec


_WEEKEND_LINKS = frozenset(CHAR[name] for name in ("HYPHEN", "AND", "AL", "UNTIL"))


def _weekend_second_day(first: Candidate, chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> int | None:
    """The end (token index) of the day right after a weekend's first day that names its
    next day ("Dec. 6-7", "del 6 y 7 de diciembre", "del 6 al 7"), or None. A bare day
    number is no candidate yet (`second_days` runs later)."""
    classes, first_day = tokens.classes, first.spec.day
    k = first.hi
    if k + 1 >= len(classes) or classes[k] not in _WEEKEND_LINKS:
        return None
    nxt = next((c for c in chosen if c.lo >= k), None)
    if nxt is not None and nxt.lo <= k + 1:
        b = nxt.spec
        same_month = b.month is None or b.month == first.spec.month
        ok = b.kind == "date" and b.day is not None and same_month and b.day - first_day in (1, 2)  # type: ignore[operator]  # a weekend's day: its day
        return nxt.hi if ok else None
    if classes[k - 1] != CHAR["DAYNUM"]:
        return None  # "del 6 de diciembre y 7": the month closed the date
    following = _next_day(tokens, k, first_day, nxt, lex)  # type: ignore[arg-type]  # a bare day, as `second_days` reads one
    if following is None or following[2] is not None or tokens.infos[following[0]] - first_day not in (1, 2):
        return None
    return following[1]


def overnight(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"la noche del domingo al lunes", "Sunday night into Monday": one night, the
    first day's (TNI); the next day says where it ends, it is no second date. So too
    "la medianoche del jueves al viernes": the first day's 24:00."""
    links = frozenset(lex.word_list("temporal", "relative", "night_links"))
    result: list[Candidate] = []
    for cand in chosen:
        if result and links and _night_into(result[-1], cand, tokens, links):
            result[-1].hi = cand.hi
            result[-1].spec.rule += "+into-next-day"
            continue
        result.append(cand)
    return result


def _night_into(night: Candidate, day: Candidate, tokens: Tokens, links: frozenset[str]) -> bool:
    a, b = night.spec, day.spec
    if a.kind != "time" or a.weekday is None or a.day is not None:
        return False
    if not (a.pod == "NI" and a.hour is None or a.hour == 24 and not a.minute):
        return False
    if b.kind != "date" or b.weekday != a.weekday % 7 + 1 or b.day is not None or b.pod is not None:
        return False
    last = day.hi - 1  # the weekday; "al" may open its candidate
    if tokens.classes[last] != CHAR["WEEKDAY"] or not night.hi < last < night.hi + 3:
        return False
    return all(tokens.lows[i] in links for i in range(night.hi, last))


_NAMED_WEEKS = frozenset({"past-unit", "next-unit", "this-unit", "previous-unit", "following-unit"})
_DEICTIC_NAMED = frozenset({"deictic-day", "tomorrow", "deictic-day+weekday", "tomorrow+weekday"})


def _merge(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """The one expression two neighbours form, by the first joining rule that takes them,
    or None. This runs for every two neighbours: a rule is called only when a field it
    needs is set (the position rule, which needs no weekday on the left, cannot take a
    pair the weekday rules take, so it follows them)."""
    if right.lo - left.hi > 2:
        return None  # every rule joins neighbours at most two tokens apart (see `_gap`)
    a, b = left.spec, right.spec
    if b.rule == "era-year" and (joined := _date_of_era_year(left, right, tokens)) is not None:
        return joined
    if a.weekday is not None and (b.day is not None or b.holiday is not None):
        joined = _weekday_then_date(left, right, tokens) or _weekday_then_feast(left, right, tokens) or _clock_weekday_then_date(left, right, tokens)
        if joined is not None:
            return joined
    if a.rule == "position+unit" and (joined := _day_position_then_weekday(left, right, tokens)) is not None:
        return joined
    if a.rule in _DEICTIC_NAMED and (joined := _deictic_day_named_again(left, right, tokens)) is not None:
        return joined
    if a.unit == "week" or b.unit == "week":
        joined = _weekday_of_named_week(left, right, tokens) or _clock_weekday_of_named_week(left, right, tokens)
        if joined is not None:
            return joined
    if (b.pod is not None and b.hour is None) or (a.pod is not None and a.hour is None):
        joined = _day_then_part_of_day(left, right, tokens) or _part_of_day_then_day(left, right, tokens)
        if joined is not None:
            return joined
    if a.rule == "half-of-month" and (joined := _half_of_named_month(left, right, tokens)) is not None:
        return joined
    if a.rule in _UNIT_JOINING_RULES or b.rule == "ago" or "needs-month" in a.notes:
        joined = (_whole_named_day(left, right, tokens) or _same_unit_year_away(left, right, tokens) or _day_of_named_month(left, right, tokens)
                  or _years_ago_today(left, right, tokens) or _years_ago_this_unit(left, right, tokens))
        if joined is not None:
            return joined
    if b.kind == "time" and b.hour is not None and (joined := _day_then_clock(left, right, tokens)) is not None:
        return joined
    if a.decade is not None and b.century is not None and (joined := _decade_of_century(left, right, tokens)) is not None:
        return joined
    if a.kind == "time" and a.hour is not None:
        if b.pod is not None:
            joined = _clock_then_part_of_day(left, right, tokens) or _clock_then_named_part_of_day(left, right, tokens)
            if joined is not None:
                return joined
        return _clock_then_day(left, right, tokens)
    return None


# the rules on the left of a named unit's joins: "todo el día de ayer", "the same month a
# year ago", "a year ago today", "25 years ago this month" (see `_merge`)
_UNIT_JOINING_RULES = frozenset({"whole-unit", "course-of-unit", "same-unit", "ago"})


def _date_of_era_year(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"el 15 de marzo del 44 a. C.", "March 15, 44 BC": a day or month of the year written
    after it with its era."""
    a, b = left.spec, right.spec
    if a.kind != "date" or a.month is None or a.year is not None or a.year_rel is not None or a.unit is not None:
        return None
    if not _gap(tokens, left.hi, right.lo, {"DE", "DEL", "COMMA"}):
        return None
    joined = dataclasses.replace(a, year=b.year, era=b.era, rule=a.rule + "+era-year", notes=list(a.notes))
    return Candidate(left.lo, right.hi, joined, min(left.priority, right.priority))


def _decade_of_century(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"los años veinte del siglo XXI" (202), "the twenties of the 19th century" (182): a
    decade named by its tens is of the century written after it (alone it is the last
    century's)."""
    a, b = left.spec, right.spec
    if a.rule != "decade" or b.rule != "century" or b.mod is not None or not _gap(tokens, left.hi, right.lo, {"DE", "DEL"}):
        return None
    decade = dataclasses.replace(a, decade=(b.century - 1) * 10 + a.decade % 10, rule="decade+century", notes=list(a.notes))  # type: ignore[operator]  # (both set: checked by the caller)
    return Candidate(left.lo, right.hi, decade, min(left.priority, right.priority))


def _weekday_then_date(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"el lunes, 18 de noviembre": a weekday + an explicit date; the date decides, the
    weekday confirms."""
    a, b = left.spec, right.spec
    if a.rule.startswith("weekday") and a.weekday is not None and a.day is None and b.kind == "date" and b.day is not None and b.month is not None:
        if _gap(tokens, left.hi, right.lo, {"COMMA"}):
            b.rule = "weekday+" + b.rule
            b.weekday = a.weekday  # picks the year when none is written
            return Candidate(left.lo, right.hi, b, min(left.priority, right.priority))
    return None


def _day_position_then_weekday(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"by the end of the day Wednesday", "at the start of the day on Monday": the end of
    the day + the day (a weekday of the same sentence names the day)."""
    a, b = left.spec, right.spec
    if a.rule == "position+unit" and a.unit == "day" and b.kind == "date" and b.rule.startswith("weekday") and b.weekday is not None and b.mod is None and b.hour is None and b.pod is None:
        if _gap(tokens, left.hi, right.lo, {"EN"}):
            b.mod = a.mod
            b.rule = "position+" + b.rule
            return Candidate(left.lo, right.hi, b, right.priority)
    return None


def _weekday_then_feast(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"Friday, the day after Thanksgiving", "el jueves, día de Navidad": a weekday + a
    feast or a day beside one (the feast decides)."""
    a, b = left.spec, right.spec
    if (a.weekday is not None and a.day is None and a.month is None and a.unit is None and a.holiday is None
            and b.kind == "date" and b.holiday is not None and b.holiday.get("grain") is None and b.hour is None and b.pod is None and b.relation is None):
        listed = right.hi < len(tokens.classes) and NAME_OF_CHAR[tokens.classes[right.hi]] in ("AND", "COMMA")  # "el lunes, Navidad y Año Nuevo"
        if not listed and right.lo > left.hi and _gap(tokens, left.hi, right.lo, {"COMMA"}):
            if a.kind == "time":  # "1 p.m. on Friday, the day after Thanksgiving"
                _take_day(a, b)
                a.rule += "+" + b.rule
                return Candidate(left.lo, right.hi, a, min(left.priority, right.priority))
            if a.rule.startswith("weekday") and a.pod is None:
                b.rule = "weekday+" + b.rule
                return Candidate(left.lo, right.hi, b, min(left.priority, right.priority))
    return None


def _clock_weekday_then_date(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"10 a.m. on Monday, Dec. 1": a clock time on a weekday + its date (the date decides)."""
    a, b = left.spec, right.spec
    if (a.kind == "time" and a.weekday is not None and a.day is None and a.month is None and a.unit is None
            and b.kind == "date" and b.day is not None and b.month is not None and b.hour is None and b.pod is None):
        if _gap(tokens, left.hi, right.lo, {"COMMA"}):
            a.year, a.month, a.day, a.year_rel = b.year, b.month, b.day, b.year_rel
            a.anchor = a.direction = None
            a.rule += "+" + b.rule
            return Candidate(left.lo, right.hi, a, min(left.priority, right.priority))
    return None


def _deictic_day_named_again(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"hoy martes", "ayer, lunes", "hoy, 11 de noviembre", "hoy martes 11 de noviembre":
    one day named twice."""
    a, b = left.spec, right.spec
    if a.rule in _DEICTIC_NAMED and b.kind == "date" and b.hour is None and b.pod is None and (
        b.rule.startswith("weekday") and not a.rule.endswith("+weekday") or b.day is not None and b.month is not None
    ):
        if _gap(tokens, left.hi, right.lo, {"COMMA"}):
            if b.day is not None and b.month is not None:
                b.rule = a.rule + "+" + b.rule
                return Candidate(left.lo, right.hi, b, left.priority)
            a.rule += "+weekday"
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def _weekday_of_named_week(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"el jueves de la semana que viene", "Thursday next week", "next week on Thursday",
    "la semana pasada, el lunes": a weekday of a named week."""
    a, b = left.spec, right.spec
    week, day, gap = (b, a, {"DE", "DEL", "COMMA"}) if a.unit is None else (a, b, {"EN", "COMMA"})
    if (week.unit == "week" and week.offset is not None and week.kind == "date" and week.weekday is None and week.mod is None
            and day.rule == "weekday" and day.direction is None and day.weekday is not None and day.day is None):
        if _gap(tokens, left.hi, right.lo, gap):
            week.weekday = day.weekday
            week.rule = "weekday+" + week.rule
            return Candidate(left.lo, right.hi, week, min(left.priority, right.priority))
    return None


def _clock_weekday_of_named_week(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"at midnight on Wednesday of last week", "a las 10 del jueves de la semana que
    viene": a clock time on a weekday of a named week."""
    a, b = left.spec, right.spec
    if (a.kind == "time" and a.hour is not None and a.weekday is not None and a.day is None and a.unit is None and a.holiday is None
            and b.kind == "date" and b.unit == "week" and b.offset is not None and b.weekday is None and b.mod is None and b.rule in _NAMED_WEEKS):
        if _gap(tokens, left.hi, right.lo, {"DE", "DEL"}):
            _take_day(a, dataclasses.replace(b, weekday=a.weekday, notes=list(b.notes)))
            a.rule += "+" + b.rule
            return Candidate(left.lo, right.hi, a, min(left.priority, right.priority))
    return None


def _day_then_part_of_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"el jueves por la noche", "mañana por la tarde": a day + a part of day."""
    a, b = left.spec, right.spec
    if b.kind == "time" and b.pod is not None and b.hour is None and b.anchor == "ref" and b.offset == 0 and a.has_day() and a.pod is None and a.hour is None:
        if _gap(tokens, left.hi, right.lo, {"POR", "EN", "A", "DE", "COMMA"}):
            a.kind, a.pod = "time", b.pod
            a.rule += "+part-of-day"
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def _part_of_day_then_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"la noche del jueves", "la mañana del 5 de mayo", "dawn on Oct. 10": a part of day +
    a day."""
    a, b = left.spec, right.spec
    if a.kind == "time" and a.pod is not None and a.anchor == "ref" and a.offset == 0 and a.hour is None and b.has_day() and b.pod is None and b.hour is None:
        if _gap(tokens, left.hi, right.lo, {"DE", "EN"}):
            b.kind, b.pod = "time", a.pod
            b.rule = "part-of-day+" + b.rule
            return Candidate(left.lo, right.hi, b, right.priority)
    return None


def _whole_named_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"toda la jornada del martes", "todo el día de ayer", "durante la jornada de ayer":
    the whole of a named day."""
    a, b = left.spec, right.spec
    if a.rule in ("whole-unit", "course-of-unit") and a.unit == "day" and b.has_day() and b.pod is None and b.hour is None:
        of = right.lo - left.hi == 1 and tokens.classes[left.hi] == CHAR["DE"] or right.lo == left.hi and tokens.classes[right.lo] == CHAR["DEL"]
        if of:
            b.rule = "whole-day+" + b.rule
            return Candidate(left.lo, right.hi, b, right.priority)
    return None


def _same_unit_year_away(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"the same month a year ago", "the same week last year": the same unit a year away."""
    a, b = left.spec, right.spec
    if a.rule == "same-unit" and a.year_rel is None and b.unit == "year" and b.offset == -1 and b.rule in ("ago", "past-unit", "previous-unit", "last-unit") and b.mod is None:
        if _gap(tokens, left.hi, right.lo, {"DE"}):
            a.year_rel = ("ref" if b.rule == "previous-unit" else "dct", -1)
            a.rule += "+" + b.rule
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def _day_of_named_month(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"el 15 de este mes", "el 30 del mes que viene", "the 30th of next month": a day of a
    named month."""
    a, b = left.spec, right.spec
    if "needs-month" in a.notes and b.unit == "month" and b.offset is not None and b.kind == "date" and b.day is None and b.mod is None:
        if _gap(tokens, left.hi, right.lo, {"DE", "DEL"}):
            b.day = a.day
            b.rule = "day-of+" + b.rule
            return Candidate(left.lo, right.hi, b, min(left.priority, right.priority))
    return None


def _half_of_named_month(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"la segunda mitad de enero", "the first half of next month": the month, at its end or
    start (see h_quarter)."""
    a, b = left.spec, right.spec
    month = b.month is not None or b.unit == "month" and b.offset is not None
    if b.kind != "date" or not month or b.day is not None or b.weekday is not None or b.mod is not None:
        return None
    if not _gap(tokens, left.hi, right.lo, {"DE", "DEL"}):
        return None
    b.mod = a.mod
    b.rule = "half-of+" + b.rule
    return Candidate(left.lo, right.hi, b, min(left.priority, right.priority))


def _years_ago_today(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"a year ago today", "hoy hace un año": years ago, on this very day (the day, that year)."""
    a, b = left.spec, right.spec
    ago, today = (a, b) if a.rule == "ago" else (b, a) if b.rule == "ago" else (None, None)
    if (ago is not None and today is not None and ago.unit == "year" and ago.mod is None and ago.offset is not None and today.rule == "deictic-day"
            and today.offset == 0 and today.year_rel is None and _gap(tokens, left.hi, right.lo, set())):
        today.year_rel = ("dct", ago.offset)
        today.rule = "ago+" + today.rule
        return Candidate(left.lo, right.hi, today, left.priority)
    return None


def _years_ago_this_unit(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"25 years ago this month": years ago, in the current month or week."""
    a, b = left.spec, right.spec
    if a.rule == "ago" and a.unit == "year" and a.mod is None and b.rule == "this-unit" and b.unit in ("month", "week") and b.year_rel is None:
        if _gap(tokens, left.hi, right.lo, set()):
            b.year_rel = ("dct", a.offset)  # type: ignore[assignment]  # "ago": an offset
            b.rule = "ago+" + b.rule
            return Candidate(left.lo, right.hi, b, left.priority)
    return None


def _day_then_clock(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"hoy a las 15.00 horas", "el lunes a las 10": a day + a clock time."""
    a, b = left.spec, right.spec
    if b.kind == "time" and b.hour is not None and b.unit is None and a.has_day() and a.hour is None:
        if _gap(tokens, left.hi, right.lo, {"A", "COMMA"}) and not (right.lo > left.hi and _closes_weekday_span(left, tokens)):
            _take_day(b, a)
            if a.pod is not None:
                b.hour = _apply_meridian(b.hour, None, a.pod)  # "el sábado por la noche a las 10": 22.00
            b.rule = a.rule + "+" + b.rule
            return Candidate(left.lo, right.hi, b, left.priority)
    return None


_SPAN_LINK_CHARS = frozenset(CHAR[name] for name in ("UNTIL", "A", "HYPHEN"))


def _closes_weekday_span(cand: Candidate, tokens: Tokens) -> bool:
    """"Monday through Friday, 9 a.m. to 5 p.m.": a bare weekday that closes a span from
    another; the hours after its comma are every day's of the span (see habitual_weekdays),
    not this one's."""
    lo = cand.lo
    return (_bare_weekday(cand) and lo >= 2 and tokens.classes[lo - 1] in _SPAN_LINK_CHARS
            and tokens.classes[lo - 2] == _WEEKDAY_CHAR)


def _clock_then_part_of_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"4:30 on Sunday afternoon", "las 4.30 del domingo por la tarde": a clock time on a
    day + its part of day ("4:30 in the afternoon", "las 4.30 por la tarde": with no day,
    the part of the day after "in"/"por")."""
    a, b = left.spec, right.spec
    if (a.kind == "time" and a.hour is not None and a.unit is None and a.pod is None
            and b.kind == "time" and b.pod is not None and b.hour is None and b.anchor == "ref" and b.offset == 0):
        if _gap(tokens, left.hi, right.lo, {"POR", "EN", "A", "DE", "COMMA"} if a.has_day() else {"EN", "POR"}):
            a.hour = _apply_meridian(a.hour, None, b.pod)
            a.rule += "+part-of-day"
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def _clock_then_named_part_of_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"8:30 this evening", "7 p.m. tonight", "a las 8 de esta tarde": a clock time + a
    named day's part."""
    a, b = left.spec, right.spec
    if (a.kind == "time" and a.hour is not None and a.unit is None and a.pod is None and not a.has_day()
            and b.kind == "time" and b.pod is not None and b.hour is None and b.anchor == "dct" and b.has_day()):
        if _gap(tokens, left.hi, right.lo, {"DE"}):
            _take_day(a, b)
            a.hour = _apply_meridian(a.hour, None, b.pod)
            a.rule += "+" + b.rule
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def _clock_then_day(left: Candidate, right: Candidate, tokens: Tokens) -> Candidate | None:
    """"las 10 del lunes", "las 15.00 horas de hoy", "3 p.m. on Sunday": a clock time + a
    day (a weekday does not replace its day: "la medianoche del jueves al viernes")."""
    a, b = left.spec, right.spec
    if a.kind == "time" and a.hour is not None and a.unit is None and b.has_day() and b.hour is None and b.pod is None and not (
        b.weekday is not None and b.day is None and a.has_day()
    ):
        if _gap(tokens, left.hi, right.lo, {"DE", "EN"}):
            weekday = a.weekday  # "las 00.00 horas del viernes 7 de noviembre": the weekday picks the year
            _take_day(a, b)
            a.weekday = b.weekday or weekday
            a.rule += "+" + b.rule
            return Candidate(left.lo, right.hi, a, left.priority)
    return None


def extend_positions(chosen: list[Candidate], tokens: Tokens, lex: Lexicon | None = None) -> None:
    """"a principios de abril", "a mediados de 2011", "a finales del año pasado",
    "early 2009", "mid-2011": the position word joins the expression (the
    preposition "a" does not) and sets its mod. "earlier today", "later this
    year": the adverb joins the expression and leaves its value."""
    options = lex.options if lex is not None else {}
    before, adverb_before = options.get("position_before"), options.get("adverb_before")
    approx = frozenset(lex.word_list("grammar", "point_approx")) if lex is not None else frozenset()
    clock_approx = frozenset(lex.word_list("grammar", "clock_approx")) if lex is not None else frozenset()
    year_approx = frozenset(lex.word_list("grammar", "year_approx")) if lex is not None else frozenset()
    clock_after = frozenset(lex.word_list("grammar", "clock_after")) if lex is not None else frozenset()
    positions_after = frozenset(lex.word_list("grammar", "day_positions_after")) if lex is not None else frozenset()
    unarticled = frozenset(lex.word_list("grammar", "positions_without_article")) if lex is not None else frozenset()
    determiners = frozenset(lex.word_list("grammar", "position_determiners")) if lex is not None else frozenset()
    position_nouns = lex.data["grammar"].get("position_nouns", {}) if lex is not None else {}
    same_time = [tuple(phrase.split()) for phrase in lex.word_list("grammar", "same_time_phrases")] if lex is not None else []
    same_time_after = [tuple(phrase.split()) for phrase in lex.word_list("grammar", "same_time_after_phrases")] if lex is not None else []
    day_positions = frozenset(lex.word_list("grammar", "positions_before_day")) if lex is not None and before else None
    into = frozenset(lex.data["temporal"].get("into_positions", {})) if lex is not None else frozenset()
    adverb_positions = frozenset(lex.data["temporal"].get("adverb_positions", ())) if lex is not None else frozenset()
    timed_verbs = frozenset(_verb_forms(lex.data["temporal"]["relative"].get("day_object_verbs", ()))) if lex is not None and adverb_positions else frozenset()
    classes = tokens.classes  # class names read off the lists: no Token objects

    def cls(i: int) -> str:
        return NAME_OF_CHAR[classes[i]]

    previous: Candidate | None = None
    for index, cand in enumerate(chosen):
        spec = cand.spec
        lo = cand.lo
        prior_hi = previous.hi if previous is not None else 0
        if positions_after and _position_after_day(cand, chosen[index + 1] if index + 1 < len(chosen) else None, tokens, positions_after):
            previous = cand
            continue
        if same_time and _same_time_years_ago(cand, prior_hi, tokens, same_time):
            previous = cand
            continue
        if same_time_after and _same_time_after_years_ago(cand, chosen[index + 1].lo if index + 1 < len(chosen) else len(classes), tokens, same_time_after):
            previous = cand
            continue
        if adverb_before and lo >= 1 and cls(lo - 1) in ("LATER", "EARLIER") and (spec.kind in ("date", "time") or spec.symbolic == "PRESENT_REF"):
            if spec.anchor in ("dct", "ref") and spec.offset == 0 and spec.unit is not None or spec.symbolic == "PRESENT_REF":  # "later this year", "Later that week"
                if previous is not None and previous.hi == lo and previous.spec.rule in ("n-units-later", "n-units-earlier"):
                    # "missed six weeks earlier this season": a length, and the adverb is the season's
                    previous.hi, previous.spec = lo - 1, as_duration(previous.spec)
                    prior_hi = previous.hi
                if lo - 1 >= prior_hi:  # (an adverb the expression before keeps is not taken again)
                    cand.lo = lo - 1
                    spec.rule = "adverb+" + spec.rule
                    previous = cand
                    continue
        previous = cand
        if (spec.kind in ("date", "time") and spec.mod is None and lo - 1 >= prior_hi and lo >= 1 and spec.relation is None
                and (tokens.lows[lo - 1] in approx or spec.hour is not None and tokens.lows[lo - 1] in clock_approx or spec.rule == "year" and tokens.lows[lo - 1] in year_approx)):
            cand.lo = lo - 1  # "at around 6:30 a.m.", "alrededor de las 18.00": the point, roughly
            spec.mod = Mod.APPROX
            spec.rule = "approx+" + spec.rule
            continue
        if spec.kind == "time" and spec.hour is not None and spec.mod is None and lo - 1 >= prior_hi and lo >= 1 and tokens.lows[lo - 1] in clock_after:
            cand.lo = lo - 1  # "pasadas las diez de la noche": just after the point
            spec.mod = Mod.AFTER
            spec.rule = "after+" + spec.rule
            continue
        part_of_day = spec.kind == "time" and spec.pod is not None and spec.hour is None  # "early Sunday morning"
        if not (spec.kind == "date" or part_of_day) or spec.mod is not None:
            continue
        first = cls(lo)
        if first in ("DEL",) and lo >= 1 and cls(lo - 1) == "POSITION":
            k = lo - 1
        elif lo >= 2 and cls(lo - 1) == "DE" and cls(lo - 2) == "POSITION":
            k = lo - 2
        elif lo >= 3 and tokens.lows[lo - 1] in determiners and cls(lo - 2) == "DE" and cls(lo - 3) == "POSITION":
            k = lo - 3  # "by the end of its fiscal year": a possessive between
        elif before and lo >= 1 and cls(lo - 1) == "POSITION" and first != "ART":
            if day_positions is not None and tokens.lows[lo - 1] not in day_positions and (spec.has_day() or spec.rule.startswith("weekday") or _unit_from_dct(spec)):
                continue  # "The cuts will start Friday", "Beginning Monday, ...", "will start this weekend": a verb, no position
            if (lo >= 2 and tokens.lows[lo - 1] in adverb_positions and tokens.lows[lo - 2] in timed_verbs and tokens.lows[lo - 2].endswith("ed")
                    and _unit_from_dct(spec) and spec.unit in _YEARLY_UNITS):
                # "Sales started early this year": told done, sooner than usual, no start of
                # the year ("will start early next year" is early in it)
                continue
            k = lo - 1
        elif before and lo >= 2 and cls(lo - 1) == "HYPHEN" and cls(lo - 2) == "POSITION" and tokens.starts[lo - 1] == tokens.ends[lo - 2]:
            k = lo - 2
        elif before and lo >= 2 and cls(lo - 1) == "EN" and tokens.lows[lo - 2] in adverb_positions and first != "ART" and not (lo >= 3 and tokens.lows[lo - 3] in timed_verbs):
            k = lo - 2  # "late on Monday", "early in March": as "late Monday" ("will close early on Friday": earlier than usual)
        elif lo >= 1 and tokens.lows[lo - 1] in into:
            k = lo - 1  # "bien entrada la noche": late in it; "bien entrado diciembre": only into it
            if not part_of_day:
                cand.lo = k
                spec.rule = "into+" + spec.rule
                continue
        elif before and lo >= 1 and first == "ART" and cls(lo - 1) == "POSITION":
            continue  # "late the ..." is not English
        else:
            continue
        if k < prior_hi:
            continue  # the position word is the expression's before: no overlap
        if k >= 1 and cls(k - 1) == "ART" and tokens.lows[k] in unarticled:
            continue  # "The first thing Monday's meeting did": a noun phrase
        if k >= 1 and tokens.lows[k - 1] in position_nouns.get(tokens.lows[k], ()):
            continue  # "la final del domingo": the match, not the end of the day
        spec.mod = Mod(tokens.infos[k])
        spec.rule = "position+" + spec.rule
        if k >= 2 and cls(k - 1) == "INTENS" and cls(k - 2) == "ART" and k - 2 >= prior_hi:
            k -= 1  # "the very end of the year": the intensifier and its article join too
        if k >= 1 and cls(k - 1) == "ART":
            k -= 1
        cand.lo = k


_YEARLY_UNITS = frozenset(("year", "season"))  # "started early this year"; "started early Sunday" is early in the day


def _unit_from_dct(spec: Spec) -> bool:
    """"this weekend", "next week", "last year": a unit counted from the DCT, which a
    position word right before it does not take but as an adverb ("early next week";
    "will start next week" is a verb)."""
    return spec.anchor == "dct" and spec.unit is not None and spec.offset is not None or spec.weekend and spec.rule.startswith("weekend")


def _position_after_day(cand: Candidate, following: Candidate | None, tokens: Tokens, positions: frozenset[str]) -> bool:
    """"mañana a primera hora", "el lunes a última hora": the position after the day, joined
    by "a", is the day's start or end ("a primera hora de la tarde" is its own expression)."""
    spec, hi = cand.spec, cand.hi
    if spec.mod is not None or spec.hour is not None or spec.pod is not None or not spec.has_day():
        return False
    if hi + 1 >= len(tokens.classes) or NAME_OF_CHAR[tokens.classes[hi]] != "A" or tokens.lows[hi + 1] not in positions:
        return False
    if following is not None and following.lo <= hi + 1 or hi + 2 < len(tokens.classes) and NAME_OF_CHAR[tokens.classes[hi + 2]] in ("DE", "DEL"):
        return False
    cand.hi = hi + 2
    spec.mod = Mod(tokens.infos[hi + 1])
    spec.rule += "+position-after"
    return True


def units_with_time(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"in two weeks' time", "in a year's time": the possessive and "time" after an
    expression that ends in its unit join it (the value stays the unit's)."""
    words = frozenset(lex.word_list("grammar", "possessive_time_words"))
    if not words:
        return chosen
    count, classes = len(tokens), tokens.classes
    for cand in chosen:
        hi = cand.hi
        if hi + 1 < count and NAME_OF_CHAR[classes[hi]] == "QUOTE" and NAME_OF_CHAR[classes[hi - 1]] in ("UNIT", "YEARWORD"):
            after = hi + 2 if tokens.lows[hi + 1] == "s" and hi + 2 < count else hi + 1
            if tokens.lows[after] in words:
                cand.hi = after + 1
    return chosen


def same_time_before_years(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"At this time last year": a vague phrase that is a same-time phrase ("at this time",
    PRESENT_REF) right before a year counted from now is left out, so that
    `_same_time_years_ago` joins its words to the year."""
    phrases = frozenset(lex.word_list("grammar", "same_time_phrases"))
    return [cand for cand, nxt in zip(chosen, [*chosen[1:], None])
            if not (nxt is not None and nxt.lo == cand.hi == cand.lo + 1 and tokens.lows[cand.lo] in phrases and nxt.spec.unit == "year" and nxt.spec.offset)]


def _same_time_spec(rule: str, years: int) -> Spec:
    """The DCT's day, `years` back or ahead, told roughly ("this time last year", "hace
    dos años por estas fechas"); `rule` is the years' own."""
    return Spec("date", "same-time+" + rule, unit="day", offset=0, anchor="dct", year_rel=("dct", years), mod=Mod.APPROX)


def _same_time_years_ago(cand: Candidate, prior_hi: int, tokens: Tokens, phrases: list[tuple[str, ...]]) -> bool:
    """"this time last year", "por estas fechas del año pasado", "this time two years ago":
    about the DCT's day, that many years back."""
    spec = cand.spec
    # ("This time next year, the plant will be open": a year ahead as well)
    if not (spec.unit == "year" and spec.offset and spec.mod is None and spec.rule in ("past-unit", "ago", "last-unit", "next-unit")):
        return False
    lows = tokens.lows
    for phrase in phrases:
        lo = cand.lo - len(phrase)
        if lo >= prior_hi and tuple(lows[lo : cand.lo]) == phrase or cand.lo > prior_hi and lows[cand.lo - 1] == " ".join(phrase):
            lo = lo if lo >= prior_hi and tuple(lows[lo : cand.lo]) == phrase else cand.lo - 1  # "at this time", one token
            cand.lo = lo
            cand.spec = _same_time_spec(spec.rule, spec.offset)
            return True
    return False


def _same_time_after_years_ago(cand: Candidate, next_lo: int, tokens: Tokens, phrases: list[tuple[str, ...]]) -> bool:
    """"Hace dos años por estas fechas", "el año pasado por estas fechas": the phrase
    after the years back makes them about the DCT's day, as before them."""
    spec = cand.spec
    if not (spec.unit == "year" and spec.offset is not None and spec.offset < 0 and spec.mod is None and spec.rule in ("past-unit", "ago", "last-unit")):
        return False
    lows = tokens.lows
    for phrase in phrases:
        hi = cand.hi + len(phrase)
        if hi <= next_lo and tuple(lows[cand.hi : hi]) == phrase:
            cand.hi = hi
            cand.spec = _same_time_spec(spec.rule, spec.offset)
            return True
    return False


def _verb_forms(lemmas) -> list[str]:
    """The forms of regular verbs a position adverb may follow ("close", "closes", "closed", "closing")."""
    forms = []
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms += [lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"]
    return forms


def attributive_articles(chosen: list[Candidate], tokens: Tokens, lex: Lexicon, event_nouns: frozenset[str]) -> set[int]:
    """English: "the December meeting", "The Monday meeting", "the July-September period":
    before a date that modifies a noun, the article is the noun's, not the date's. The
    ids of the candidates whose first token is such an article (left out of the text of
    the expression only: the rules that read the words around a date read it as written)."""
    if lex.options.get("article_with_year") is not False:
        return set()
    heads = event_nouns | frozenset(lex.word_list("grammar", "attributive_heads"))
    found = set()
    for cand, nxt in zip(chosen, [*chosen[1:], None]):
        if cand.hi - cand.lo < 2 or tokens.classes[cand.lo] != _ART or cand.hi >= len(tokens):
            continue
        # "the July-September period": the noun after the second end
        hi = nxt.hi if nxt is not None and nxt.lo == cand.hi + 1 and tokens.classes[cand.hi] == _HYPHEN else cand.hi
        # ... or after one more noun before it: "the September jobs report"
        if hi < len(tokens) and (tokens.lows[hi] in heads or tokens.classes[hi] == CHAR["WORD"] and hi + 1 < len(tokens) and tokens.lows[hi + 1] in heads):
            found.add(id(cand))
    return found


_DAY_BESIDE = frozenset({"following-unit", "previous-unit", "eve"})
_DAY_LINKS = frozenset({"DE", "DEL", "A", "AL"})  # "al día siguiente de", "el día anterior a"


def _beside_link(cand: Candidate, tokens: Tokens) -> int | None:
    """The token after the word that links a day to what it is after or before ("al día
    siguiente [de] la sentencia", "the day [after] Christmas"), or None."""
    spec = cand.spec
    if spec.rule not in _DAY_BESIDE or spec.unit not in _BESIDE_UNITS or cand.hi + 1 >= len(tokens):
        return None
    if tokens[cand.hi - 1].cls == "SIGNAL":
        return cand.hi
    return cand.hi + 1 if tokens[cand.hi].cls in _DAY_LINKS else None


def _counted_shift(cand: Candidate, tokens: Tokens, counted_from: tuple[str, ...]) -> int | None:
    """The days a length of time before a signal moves a date by ("two days before
    Christmas": -2, "una semana después del 5 de mayo", "a week from Tuesday": +7), or None."""
    spec = cand.spec
    if spec.kind != "duration" or spec.mod is not None or spec.symbolic is None or cand.hi >= len(tokens):
        return None
    signal = tokens[cand.hi]
    span = duration_days(spec.symbolic)
    if span is None or span[0] != span[1]:
        return None  # (a month or a year is no exact number of days)
    if signal.low in counted_from:
        return span[0]
    if signal.cls != "SIGNAL" or signal.info[0] not in ("before", "after"):
        return None
    return span[0] if signal.info[0] == "after" else -span[0]


def _weekday_then_week(cand: Candidate, tokens: Tokens, nxt: Candidate | None) -> bool:
    """Is the bare weekday followed by "week" alone, as British news counts a week from the
    coming one ("The vote is Friday week"; "Sunday week 12", "the Monday week after" are not)?"""
    spec, hi = cand.spec, cand.hi
    if spec.kind != "date" or spec.day is not None or spec.month is not None or spec.mod is not None or spec.direction is not None or spec.day_shift or spec.hour is not None or spec.pod is not None:
        return False
    if hi >= len(tokens) or tokens[hi].cls != "UNIT" or tokens[hi].info != "week" or tokens[hi].low != "week" or tokens[cand.lo].cls != "WEEKDAY":
        return False
    if nxt is not None and nxt.lo <= hi + 1:
        return False  # the week, or what follows it, is an expression's
    if hi + 1 < len(tokens) and tokens.classes[hi + 1] == CHAR["WORD"] and (cand.lo == 0 or tokens.classes[cand.lo - 1] == CHAR["STOP"]):
        # "Tuesday week is the deadline": the sentence's subject, its verb after ("Sunday Week magazine" is a name)
        return tokens.text[tokens.starts[hi]] == "w"
    return hi + 1 == len(tokens) or tokens[hi + 1].cls in _AFTER_WEEKDAY_WEEK


_AFTER_WEEKDAY_WEEK = frozenset(("STOP", "COMMA", "EN", "SIGNAL"))  # "Friday week.", "Friday week, when", "on Friday week at ..."


def days_within_dates(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"some day next week", "un día de la próxima semana": a day left unsaid inside the
    week, month or year told right after it is no length; that date alone says when."""
    return [cand for cand, nxt in zip(chosen, chosen[1:] + [None]) if nxt is None or not _unsaid_day_in(cand, nxt, tokens, lex)]


def _unsaid_day_in(day: Candidate, date: Candidate, tokens: Tokens, lex: Lexicon) -> bool:
    """Whether `day` is "some day", "one day", "un día", "on a day" ("work a day next week"
    is a length) and `date` a wider date after it, at most a "de"/"in" between ("un día
    de marzo", "one day in March")."""
    lo, unit = day.lo, day.hi - 1
    if day.spec.kind != "duration" or unit != lo + 1 or tokens.classes[unit] != CHAR["UNIT"] or tokens.infos[unit] != "day":
        return False
    det, prev = tokens.lows[lo], tokens.lows[lo - 1] if lo > 0 else ""
    if det not in lex.word_list("temporal", "day_to_come", "determiners") and (tokens.classes[lo] != CHAR["UNO"] or (
            det in lex.word_list("numerals", "lists", "indefinite_articles") and prev not in lex.word_list("temporal", "placing_prepositions"))):
        return False
    if prev in lex.word_list("grammar", "span_prepositions") or lo > 0 and tokens.classes[lo - 1] == CHAR["SIGNAL"] and tokens.infos[lo - 1][0] == "during":
        return False  # "for one day next week", "durante un día de la próxima semana": a length
    gap = date.lo - day.hi
    if gap > 1 or gap == 1 and tokens.classes[day.hi] not in (CHAR["DE"], CHAR["EN"]):
        return False
    spec = date.spec
    bare_unit = tokens.classes[date.hi - 1] == CHAR["UNIT"] and date.hi - date.lo <= 1 + (tokens.classes[date.lo] in (CHAR["ART"], CHAR["DEL"]))
    return spec.kind == "date" and not spec.has_day() and spec.symbolic is None and spec.relation is None and not bare_unit  # "un día de la semana": any


def beside_dates(chosen: list[Candidate], tokens: Tokens, lex: Lexicon) -> list[Candidate]:
    """"the day after Christmas", "al día siguiente del 5 de mayo", "two days before
    Christmas": one day, the date written next shifted, not a day from the narrative's
    date; "the week after Thanksgiving": the week that holds it shifted."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if cand.spec.weekday is not None and _weekday_then_week(cand, tokens, nxt):
            cand.spec.day_shift, cand.spec.direction = 7, "future"  # "The vote is Friday week": a week from the coming Friday
            cand.spec.rule = "7-days-after+" + cand.spec.rule
            out.append(Candidate(cand.lo, cand.hi + 1, cand.spec, cand.priority, cand.needs_day))
            i += 1
            continue
        # (a clock time on that date moves with it: "the day after Thanksgiving, at 1 p.m.")
        if nxt is not None and (nxt.spec.kind == "date" or nxt.spec.kind == "time" and cand.spec.unit == "day") and nxt.spec.has_day() and not nxt.spec.day_shift:
            link = _beside_link(cand, tokens)
            unit = cand.spec.unit
            shift = cand.spec.offset * _BESIDE_UNITS[unit] if link is not None and nxt.lo in (link, link - 1) else None  # type: ignore[operator, index]  # a link: a day's unit and offset; the date may hold the link: "[del 5 de mayo]"
            if shift is None and nxt.lo == cand.hi + 1:
                counted_from = lex.word_list("grammar", "counted_from")
                shift = _counted_shift(cand, tokens, counted_from)
                if shift and tokens[cand.hi].low in counted_from and nxt.spec.weekday is not None and nxt.spec.direction is None:
                    nxt.spec.direction = "future"  # "a week from Sunday": counted on from the coming Sunday
            if shift:
                nxt.spec.day_shift = shift
                side = "after" if shift > 0 else "before"
                if cand.spec.kind == "duration":
                    nxt.spec.rule = f"{abs(shift)}-days-{side}+{nxt.spec.rule}"
                else:
                    nxt.spec.rule = f"{unit}-{side}+{nxt.spec.rule}"
                    if unit == "week":
                        nxt.spec.holding = "week"
                out.append(Candidate(cand.lo, nxt.hi, nxt.spec, nxt.priority, nxt.needs_day))
                i += 2
                continue
        out.append(cand)
        i += 1
    return out


def attach_relations(chosen: list[Candidate], tokens: Tokens) -> None:
    """"menos de una semana después de participar en la cumbre": a duration
    measured from an event. The event phrase runs from the signal to the clause end."""
    starts = {cand.lo for cand in chosen}
    for cand in chosen:
        spec = cand.spec
        if spec.rule in _DAY_BESIDE:
            # "al día siguiente de la sentencia", "the day before the vote", "la víspera de
            # la cumbre": a day after or before an event, not the narrative's date
            link = _beside_link(cand, tokens)
            if link is not None and link not in starts and link - 1 not in starts and tokens[link].cls not in grammar.PUNCTUATION_CLASSES:
                of = tokens[link - 1]
                after = spec.offset > 0  # type: ignore[operator]  # a day beside: an offset
                spec.anchor, spec.rule = "event", f"{spec.unit}-{'after' if after else 'before'}-event"
                spec.relation = (of.text, "after" if after else "before", of.end, -1)
                if of.cls == "SIGNAL":
                    cand.hi -= 1  # "[el día] antes de la votación": the signal is the relation's, as with "[dos días] después de"
            continue
        if spec.kind != "duration" or spec.anchor is not None:
            continue
        if cand.hi >= len(tokens):
            continue
        signal = tokens[cand.hi]
        if signal.cls != "SIGNAL" or signal.info[0] not in ("after", "before"):
            continue
        spec.relation = (signal.text, signal.info[0], signal.end, -1)
