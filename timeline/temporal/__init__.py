"""Temporal tagging: find TIMEX3 expressions and resolve them against the DCT.

    grammar.py  tokenizer, lexicon (from timeline/lang/<code>/*.toml), class patterns
    extract.py  rules: candidates, longest-match selection, combination, rejection
    resolve.py  Spec -> TIMEX3 value, with the DCT, tense direction and narrative date
    tense.py    the direction a verb gives an open weekday or month
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import Literal

from timeline import collector
from timeline.models import Document, Grain, Interval, Span, Timex, TimexRelation, TimexType
from timeline.temporal import extract, grammar, tense
from timeline.temporal import resolve
from timeline.temporal.resolve import Resolver
from timeline.temporal.spec import Spec
from timeline.reading import verbs


def dct_timex(document: Document) -> Timex:
    """t0: the document creation time, with the dateline's span when the article has one
    (also when --dct overrides its value: the dateline is still the text that dates it)."""
    span = document.dct_span
    interval = None
    if document.dct is not None:
        interval = Interval(earliest=document.dct, latest=document.dct, grain=Grain.DAY)
    return Timex(
        id="t0",
        text=span.text if span else "",
        start=span.start if span else None,
        end=span.end if span else None,
        type=TimexType.DATE,
        function="CREATION_TIME",
        interval=interval,
        symbolic=None if interval else "XXXX-XX-XX",
        sentence=None,
        rule="dct:" + (document.dct_source or "none"),
    )


def tokens_of(document: Document, lex: grammar.Lexicon) -> grammar.Tokens:
    """Tokens of every sentence, with a boundary token after each sentence so no
    pattern runs across sentences (or across the title and the body)."""
    tokens = grammar.Tokens(document.text)
    spans = [(sentence.start, sentence.end) for sentence in document.sentences]
    grammar.tokenize_spans(document.text, lex, spans, tokens, boundary=grammar.CHAR["STOP"])
    return tokens


_CHOICE = {"past": "last", "future": "next", "nearest": "nearest", "onward": "onward", "past_strict": "last", "future_strict": "next"}
_UNTIL = grammar.CHAR["UNTIL"]
_COMMA, _EN = grammar.CHAR["COMMA"], grammar.CHAR["EN"]
_FUTURE_CUES = frozenset({"future-verb", "going_to-verb"})  # not the conditional: a future seen from the past


def tag(document: Document) -> list[Timex]:
    """All temporal expressions of the document, t0 (the DCT) first, then in text order."""
    with collector.paused(len(document.text) >= _PAUSE_AT):  # see timeline/collector.py
        return _tag(document)


# Tagging dense text keeps objects for every few characters (tokens, candidates,
# timexes) alive until it is done: the collector's walks over them cost more than
# the tagging itself well below the pipeline's megabyte.
_PAUSE_AT = collector.LARGE // 16


def _tag(document: Document) -> list[Timex]:
    timexes = [dct_timex(document)]
    lex = grammar.lexicon(document.language)
    tokens = tokens_of(document, lex)
    if not tokens:
        return timexes
    chosen = _chosen_expressions(tokens, lex)
    narrative = _Narrative(document, tokens, lex, chosen)
    _whole_text_passes(chosen, narrative)
    for cand in chosen:
        if "needs-day-object-verb" in cand.spec.notes and not tense.day_object_verb(document, tokens, cand.lo, lex):
            continue
        reading = _reading_of(cand, narrative)
        _closed_unit(reading, narrative)
        _final_part_ahead(reading, narrative)
        _from_date_before(reading, narrative)
        _dated_weekday_run(reading, narrative)
        _span_or_date_ahead(reading, narrative)
        _text_direction(reading, narrative)
        _bound_after_date(reading, narrative)
        _bound_of_period_to_date(reading, narrative)
        _midnight_gone(reading, narrative)
        _night_gone(reading, narrative)
        _dawn_ahead(reading, narrative)
        _past_told_time(reading, narrative)
        _echoed_weekday(reading, narrative)
        incident = _incident(reading, narrative)
        result = _resolved(reading, narrative)
        timex = _timex(reading, result, f"t{len(timexes)}", narrative)
        timexes.append(timex)
        _remember(reading, result, timex, incident, narrative)
    return timexes


def _chosen_expressions(tokens: grammar.Tokens, lex: grammar.Lexicon) -> list[extract.Candidate]:
    """The expressions of the text, in text order: the candidates of the rules, the
    longest chosen, then joined, extended and marked by the passes of extract.py."""
    classes = grammar.class_string(tokens)
    chosen = extract.beside_dates(extract.days_within_dates(extract.select(extract.candidates(tokens, classes, lex)), tokens, lex), tokens, lex)
    chosen = extract.overnight(extract.week_of(extract.combine(chosen, tokens), tokens, lex), tokens, lex)
    chosen = extract.fiscal_years_ending(extract.months_ending(chosen, tokens, lex), tokens, lex)
    chosen = extract.fiscal_quarters_coded(extract.fiscal_years_spanning(chosen, tokens), tokens)
    chosen = extract.weekdays_beside_holidays(extract.fiscal_possessive_quarters(chosen, tokens, lex), tokens)
    chosen = extract.outside_work_titles(extract.weeks_ended_on_weekday(chosen, tokens, lex), tokens, lex)
    chosen = extract.count_ranges(extract.clock_ranges(extract.second_days(chosen, tokens, lex), tokens), tokens)
    chosen = extract.same_time_before_years(extract.units_with_time(extract.elided_units(chosen, tokens), tokens, lex), tokens, lex)
    extract.extend_positions(chosen, tokens, lex)
    extract.attach_relations(chosen, tokens)
    extract.zones_after_comma(chosen, tokens)
    extract.habitual_weekdays(chosen, tokens, lex)
    extract.shared_weekly(chosen, tokens)
    chosen = extract.weekly_parts_of_day(chosen, tokens, lex)
    extract.yearly_dates(chosen, tokens, lex)
    return extract.yearly_months(chosen, tokens)


class _Narrative:
    """What the steps of `_tag` share: the document and its readers, the stretches of
    days found before the loop over the expressions, and what one expression leaves to
    the next (the date before, the narrative's last sentence, the weekdays written with
    their day)."""

    __slots__ = ("document", "tokens", "lex", "resolver", "directions", "nouns_articles", "sentence_ends", "stretch_first",
                 "first_days", "runs", "previous", "directed", "narrated_in", "narrated_lo", "named_weekdays",
                 "today_marks")

    def __init__(self, document: Document, tokens: grammar.Tokens, lex: grammar.Lexicon, chosen: list[extract.Candidate]) -> None:
        self.document, self.tokens, self.lex = document, tokens, lex
        self.resolver = Resolver(document.dct)
        self.directions = tense.Directions(document, tokens, lex)
        self.nouns_articles = extract.attributive_articles(chosen, tokens, lex, self.directions.cues.event_nouns)
        self.sentence_ends = [sentence.end for sentence in document.sentences]
        self.stretch_first: dict[int, int] = {}  # last day of a stretch -> its first day (candidates' ids)
        self.first_days: dict[int, dt.date] = {}
        self.runs: dict[int, list[extract.Candidate]] = {}  # first weekday of a run -> the run
        self.previous: tuple[extract.Candidate, Timex] | None = None
        self.directed: tuple[extract.Candidate, str] | None = None  # the last expression the text gave a direction, and it
        self.narrated_in: int | None = None  # the sentence of the narrative's last date
        self.narrated_lo: int | None = None  # and its first token
        self.named_weekdays: dict[int, tuple[dt.date, int]] = {}  # weekday -> the day it was written with, and the sentence
        self.today_marks: dict[int, tuple[int, int, dict[int, int], int]] = {}  # sentence -> see `_today_marks`


@dataclasses.dataclass(slots=True)
class _Reading:
    """One chosen expression as the steps of `_tag` read it: its spec (a step that gives
    it a day of its own replaces it), its span and sentence, and the direction and cue
    the text gives it."""

    cand: extract.Candidate
    spec: Spec
    start: int
    end: int
    sentence: int | None
    direction: str | None = None
    cue: str = ""
    future_plan: bool = False  # told with a future verb: see `_resolved`


def _whole_text_passes(chosen: list[extract.Candidate], n: _Narrative) -> None:
    """The rules that read all the expressions before any is resolved: years written
    once for a date written again, years fronted in a sentence, days named in a
    quotation, the year shared by a stretch of days, and the stretches and runs of
    weekdays the loop reads one by one."""
    document, tokens, directions, sentence_ends = n.document, n.tokens, n.directions, n.sentence_ends
    _repeat_written_years(chosen, directions, document, sentence_ends, tokens)
    _fronted_year_frames(chosen, directions, document, sentence_ends, tokens)
    _named_week_frames(chosen, directions, document, sentence_ends, tokens)
    _year_before_month(chosen, directions, document, sentence_ends, tokens)
    _year_after_month(chosen, tokens)
    _written_year_frames(chosen, directions, document, sentence_ends, tokens, n.lex)
    _quoted_days(chosen, directions, document, sentence_ends, tokens)
    for group in extract.date_groups(chosen, tokens):
        _share_year(group, n.resolver, directions, document, sentence_ends, tokens)
        n.stretch_first[id(group[-1])] = id(group[0])
    for period in extract.year_periods(chosen, tokens):
        n.stretch_first[id(period[-1])] = id(period[0])
    for period in extract.month_periods(chosen, tokens):
        _share_year(period, n.resolver, directions, document, sentence_ends, tokens)
        n.stretch_first[id(period[-1])] = id(period[0])
    for start, end, sentence in _begun_and_ended_months(chosen, n):
        _end_after_start(start, end, sentence, n)
    for months in extract.coordinated_months(chosen, tokens):
        _share_coordinated_year(months, n, directions)
    n.runs = {id(run[0]): run for run in extract.weekday_runs(chosen, tokens, n.lex)}


_AND = grammar.CHAR["AND"]


def _end_after_start(start: extract.Candidate, end: extract.Candidate, sentence: int, n: _Narrative) -> None:
    """The start month takes its own verb's direction ("empezaron en septiembre": 2025-09),
    the end month the first such month after it, whatever its verb ("y terminarán en junio")."""
    first, last = start.spec.month, end.spec.month
    result = n.resolver.resolve(start.spec, n.directions.at(start, sentence)[0])
    if result.interval is None or result.interval.grain is not Grain.MONTH or first is None or last is None:
        return
    year = result.interval.first_day().year
    start.spec.year = year
    end.spec.year = year + (last <= first)
    start.spec.notes.append("year-shared")
    end.spec.notes.append("year-shared")


def _begun_and_ended_months(chosen: list[extract.Candidate], n: _Narrative) -> list[tuple[extract.Candidate, extract.Candidate, int]]:
    """"El curso empieza en septiembre y termina en junio", "arranca en octubre y se
    prolonga hasta marzo": two bare months of one sentence, the second of a verb of ending
    coordinated after the first, bound one period (June after that September)."""
    ends = n.lex.word_list("temporal", "direction_cues", "period_end_verbs")
    if not ends:
        return []
    tokens, pairs = n.tokens, []
    for left, right in zip(chosen, chosen[1:]):
        if not (_bare_month(left.spec) and _bare_month(right.spec) and 2 <= right.lo - left.hi <= 4 and tokens.classes[left.hi] == _AND):
            continue
        sentence = _sentence_at(n.sentence_ends, n.document.sentences, tokens.starts[right.lo])
        if sentence is None or sentence != _sentence_at(n.sentence_ends, n.document.sentences, tokens.starts[left.lo]):
            continue
        verb = n.directions._governing_verb(n.directions._verb_index(sentence), right)
        if verb is not None and verb.lemma in ends and tokens.starts[left.hi] < verb.start:
            pairs.append((left, right, sentence))
    return pairs


def _bare_month(spec: Spec) -> bool:
    """A month with no year, day or other unit of its own ("en septiembre")."""
    return (spec.kind == "date" and spec.month is not None and spec.day is None and spec.year is None
            and spec.year_rel is None and spec.unit is None and spec.weekday is None)


def _reading_of(cand: extract.Candidate, n: _Narrative) -> _Reading:
    """The expression's span ("the March 3 vote": from "March" when the article is the
    noun's) and its sentence."""
    tokens = n.tokens
    start, end = tokens.starts[cand.lo + (id(cand) in n.nouns_articles)], tokens.ends[cand.hi - 1]
    return _Reading(cand, cand.spec, start, end, _sentence_at(n.sentence_ends, n.document.sentences, start))


def _closed_unit(r: _Reading, n: _Narrative) -> None:
    """"El Ibex 35 cerró la semana con una subida": a unit closed in the past is the one
    under way only near its end (told on Friday); told early in the next ("cerró el año",
    on 2 January) it is the last one (resolve: the rule "unit-object+closed")."""
    spec = r.spec
    if spec.rule == "unit-object" and spec.unit in _CLOSABLE_UNITS and tense.unit_closing_verb(n.document, n.tokens, r.cand.lo, n.lex):
        r.spec = dataclasses.replace(spec, rule="unit-object+closed")
    elif spec.rule == "record-unit" and r.sentence is not None and n.directions.at(r.cand, r.sentence)[0] == "past":
        r.spec = dataclasses.replace(spec, rule="record-unit+closed")  # "The index posted its best week in five months" told on a Tuesday: last week


_CLOSABLE_UNITS = frozenset({"week", "month", "year"})


def _final_part_ahead(r: _Reading, n: _Narrative) -> None:
    """"La economía se acelerará en el último trimestre", "will accelerate in the last
    quarter": under a future the last quarter (half) is the year's final one, as "the
    final quarter" (no quarter before the DCT is still to come), left to the tense."""
    spec = r.spec
    if spec.rule != "last-unit" or spec.unit not in ("quarter", "half") or r.sentence is None:
        return
    direction, cue = n.directions.at(r.cand, r.sentence)
    if direction == "future" and cue in _FUTURE_CUES:
        final = Spec("date", "last-unit+final")
        if spec.unit == "quarter":
            final.quarter = 4
        else:
            final.half = 2
        r.spec = final


def _from_date_before(r: _Reading, n: _Narrative) -> None:
    """"Al día siguiente, el 6 de marzo," (_appositive_year), "Las rebajas de enero
    empiezan el día 7" (_day_of_month_before): a day that takes its year or month from
    the date just before it."""
    if n.previous is None:
        return
    spec = r.spec
    if spec.day is not None and spec.month is not None:
        _appositive_year(spec, r.cand, *n.previous, n.tokens)
    elif spec.day is not None and spec.month is None and spec.weekday is None and spec.direction is None:
        r.spec = _day_of_month_before(spec, r.cand, *n.previous, n.tokens)


def _dated_weekday_run(r: _Reading, n: _Narrative) -> None:
    """"del lunes al jueves": the weekdays of a run that opens here are dated together
    (_date_weekday_run); "La oficina abre de lunes a viernes": a span with no articles
    told in a present of habit is every such week's, a weekly set (in the past or the
    future, or with an occasion's noun, it stays one week's days)."""
    run = n.runs.get(id(r.cand))
    if run is None:
        return
    if len(run) == 2 and extract.bare_weekday_span(run[0], run[1], n.tokens, n.lex) and n.directions.tells_habit(r.cand, r.sentence):
        for cand in run:
            cand.spec = extract.habitual_weekday(cand.spec)
        r.spec = r.cand.spec
        return
    _date_weekday_run(run, n.resolver, n.directions, r.sentence)


def _span_or_date_ahead(r: _Reading, n: _Narrative) -> None:
    """"in three days": a date ahead, or a span in past narration ("obligó a cancelar
    1.200 trenes en dos días": counted from the past order, not from today)."""
    if "future-or-duration" not in r.spec.notes:
        return
    cand, tokens = r.cand, n.tokens
    span_direction, span_cue = n.directions.at(cand, r.sentence)
    if _span_not_ahead(span_direction, cand, tokens, n.lex) or span_cue == "forward-verb" or span_cue == "present-verb" and _of_result_verb(r, n) or _count_within_span(r, n):
        # ("La incidencia de la gripe se duplica en una semana": a result's span)
        r.spec = extract.as_duration(r.spec)
        r.start = tokens.starts[cand.lo + 1]


def _text_direction(r: _Reading, n: _Narrative) -> None:
    """The direction the text gives an expression, or the day it is counted from, by the
    first of `_DIRECTION_STEPS` that reads it (each says whether it did)."""
    r.direction, r.cue = r.spec.direction, ""
    for step in _DIRECTION_STEPS:
        if step(r, n):
            return


def _open_direction(r: _Reading, n: _Narrative) -> bool:
    """"el lunes", "in March": a weekday or month with no direction of its own takes the
    verb's; "will publish February's jobs report": a possessive's is the nearest, the
    month the report is about, not the verb's time (a weekday's vote or flight keeps the
    verb's: "in Sunday's election"); "para el 19 de diciembre, en plena operación salida
    de Navidad": an aside with no verb of its own is of the date before it."""
    spec, cand, directed = r.spec, r.cand, n.directed
    if r.direction is not None or not tense.needs_direction(spec):
        return False
    if spec.weekday is None and _possessive_after(n.tokens, cand.hi, n.lex):
        r.direction, r.cue = "nearest", "possessive->nearest"
    elif directed is not None and n.directions.in_aside(directed[0], cand, r.sentence):
        r.direction, r.cue = directed[1], "aside-of-date->" + _CHOICE[directed[1]]
    else:
        r.direction, r.cue = _verb_direction(n.directions, cand, r.sentence)
        _todays_weekday_ahead(r, n)
        _completed_period(r, n)
        _period_of_record(r)
        _measured_period(r, n)
        _plan_called_off(r, n)
        _plan_called_off_after_noun(r, n)
        _ticketed_occasion(r, n)
    n.directed = (cand, r.direction)
    return True


def _todays_weekday_ahead(r: _Reading, n: _Narrative) -> None:
    """"El Consejo de Ministros del martes aprobará el decreto", "Tuesday's cabinet meeting
    will approve" told on a Tuesday: a bare weekday of the DCT's under a future is today,
    as the news names it (a week ahead takes "el próximo martes", read before the verb)."""
    spec, dct = r.spec, n.document.dct
    if (r.direction == "future" and spec.weekday is not None and dct is not None and spec.weekday == dct.isoweekday()
            and spec.month is None and spec.day is None and spec.anchor is None and r.cue.split("->", 1)[0] in _FUTURE_CUES
            and not n.resolver.latest_is_ahead() and not _today_named_apart(r, n)):
        # (after a day ahead, "will begin on Monday and continue on Tuesday", the day follows it)
        r.direction, r.cue = "onward", r.cue.split("->", 1)[0] + "->today"


def _today_named_apart(r: _Reading, n: _Narrative) -> bool:
    """Does the sentence name today otherwise, by "este" and the expression's weekday or
    by "hoy" ("aprobará el martes la declaración, según anunció este martes el ministro",
    "aprueba hoy el anteproyecto, que el Consejo aprobará el martes": the bare one is
    another Tuesday)?"""
    if r.sentence is None:
        return False
    lo, hi, this_weekdays, todays = _today_marks(r.sentence, n)
    weekday = r.spec.weekday
    named = this_weekdays.get(weekday, 0) + todays  # type: ignore[arg-type]  # the caller's spec has a weekday
    if not named:
        return False
    classes, infos = n.tokens.classes, n.tokens.infos
    own = sum(1 for k in range(max(lo, r.cand.lo), min(hi, r.cand.hi))
              if classes[k] == _WEEKDAY and infos[k] == weekday and k > 0 and classes[k - 1] == _THIS
              or classes[k] == _DEICTIC and infos[k]["offset"] == 0)
    return named > own  # one outside the expression


def _today_marks(sentence: int, n: _Narrative) -> tuple[int, int, dict[int, int], int]:
    """The sentence's tokens (lo, hi), how many times it writes "este" before each
    weekday, and how many "hoy": counted once per sentence (each expression of dense
    text scanned its whole sentence again)."""
    marks = n.today_marks.get(sentence)
    if marks is None:
        tokens, bounds = n.tokens, n.document.sentences[sentence]
        classes, infos = tokens.classes, tokens.infos
        lo, hi = bisect.bisect_left(tokens.starts, bounds.start), bisect.bisect_left(tokens.starts, bounds.end)
        this_weekdays: dict[int, int] = {}
        todays = 0
        for k in range(lo, hi):
            if classes[k] == _WEEKDAY and k > 0 and classes[k - 1] == _THIS:
                this_weekdays[infos[k]] = this_weekdays.get(infos[k], 0) + 1
            elif classes[k] == _DEICTIC and infos[k]["offset"] == 0:
                todays += 1
        marks = n.today_marks[sentence] = (lo, hi, this_weekdays, todays)
    return marks


_WEEKDAY, _THIS, _DEICTIC = grammar.CHAR["WEEKDAY"], grammar.CHAR["THIS"], grammar.CHAR["DEICTIC"]


def _plan_called_off(r: _Reading, n: _Narrative) -> None:
    """"The Dec. 12 meeting was canceled", "Officials postponed the Dec. 12 vote": a date
    that names a plan, called off or moved in the past, may lie on either side: the
    nearest (Dec. 12, 2025 told in November; "The Dec. 2 meeting was tense" stays past)."""
    spec, cand, tokens = r.spec, r.cand, n.tokens
    if r.direction != "past" or spec.day is None or spec.month is None or spec.weekday is not None or r.sentence is None:
        return
    if cand.hi >= len(tokens.classes) or tokens.classes[cand.hi] != grammar.CHAR["WORD"]:
        return  # (no noun after the date: "was canceled on Dec. 12" is the canceling's day)
    directions = n.directions
    verb = directions._governing_verb(directions._verb_index(r.sentence), cand)
    if verb is not None and verb.lemma in n.lex.word_list("temporal", "direction_cues", "calling_off_verbs"):
        r.direction, r.cue = "nearest", "plan-called-off->nearest"


def _plan_called_off_after_noun(r: _Reading, n: _Narrative) -> None:
    """"Los sindicatos suspendieron ayer la protesta del 2 de diciembre", "aplazaron ayer el
    concierto del sábado": the day after "de" of an event noun that a past verb calls off or
    moves is the plan's, still ahead of the act, which the news tells days after at most: a
    date the nearest (2025-12-02 told in November, not 2024), a bare weekday the DCT or after."""
    spec, cand, lows = r.spec, r.cand, n.tokens.lows
    if r.sentence is None or r.direction not in ("past", "nearest") or spec.year is not None:
        return
    cues = n.directions.cues
    k = cand.lo + 1 if lows[cand.lo] in cues.move_origins else cand.lo  # ("del 2 de diciembre": the timex holds its "del")
    if k < 2 or lows[k - 1] not in cues.move_origins or lows[k - 2] not in cues.event_nouns:
        return
    verb = n.directions._governing_verb(n.directions._verb_index(r.sentence), cand)
    if verb is None or verb.end > n.tokens.starts[k - 2]:
        return
    # the verb calls it off, or a noun of calling off does, whatever its verb ("La lluvia
    # forzó la suspensión del concierto del sábado", "piden la suspensión del concierto del sábado")
    off_nouns = n.lex.word_list("temporal", "direction_cues", "calling_off_nouns")
    if not (verb.direction == "past" and verb.lemma in n.lex.word_list("temporal", "direction_cues", "calling_off_noun_verbs")
            or any(word in off_nouns for word in lows[max(k - 6, 0) : k - 2])):
        return
    v = bisect.bisect_left(n.tokens.starts, verb.start)
    negation = n.lex.word_list("events", "signals", "negation")
    if any(word in negation for word in lows[max(v - 2, 0) : v]):
        return  # "Los sindicatos no suspendieron la huelga del lunes": nothing called off, held as told
    if spec.weekday is not None and spec.day is None:
        r.direction, r.cue = "onward", "plan-called-off-after-noun->onward"
    else:
        r.direction, r.cue = "nearest", "plan-called-off-after-noun->nearest"


def _period_of_record(r: _Reading) -> None:
    """"The company reported strong first-quarter results" told in November: results are
    of a quarter or half already begun (2025-Q1), not of the nearest one (2026-Q1, closer
    ahead); "will report fourth-quarter results in January": the running one, 2025-Q4."""
    spec = r.spec
    if r.cue == "record->nearest" and (spec.quarter is not None or spec.half is not None):
        r.direction, r.cue = "past", "record->begun"


def _ticketed_occasion(r: _Reading, n: _Narrative) -> None:
    """"Las entradas para el concierto del 20 de junio se agotaron": tickets are sold for
    an occasion ahead, whatever the verb about them tells (2026-06-20 in November)."""
    if r.direction != "past" or r.cand.lo < 2:
        return
    tickets, lows, classes = n.lex.word_list("temporal", "direction_cues", "ticket_nouns"), n.tokens.lows, n.tokens.classes
    if not tickets or classes[r.cand.lo] not in _OF and classes[r.cand.lo - 1] not in _OF:
        return  # (the date complements a noun: "del 20 de junio")
    for k in range(r.cand.lo - 1, max(r.cand.lo - 6, -1), -1):
        if lows[k] in tickets:
            r.direction, r.cue = "future", "tickets->next"
            return
        if classes[k] in _CLAUSE_BREAKS:
            return


_OF = frozenset(grammar.CHAR[name] for name in ("DE", "DEL"))
_CLAUSE_BREAKS = frozenset(grammar.CHAR[name] for name in ("COMMA", "STOP"))


def _measured_period(r: _Reading, n: _Narrative) -> None:
    """"Inditex gana un 4,6 % más en el primer semestre" told in November: a result told
    in the present is of a quarter or half already begun (2025-H1), not of the nearest
    one ahead (2026-H1); "Las obras empiezan en el primer trimestre" keeps the nearest."""
    spec = r.spec
    if r.cue == "present-verb->nearest" and (spec.quarter is not None or spec.half is not None) and _of_result_verb(r, n):
        r.direction, r.cue = "past", "result-present->begun"


def _of_result_verb(r: _Reading, n: _Narrative) -> bool:
    """Is the expression's governing verb one of a result or a measure's move ("gana",
    "crece", "se duplica")?"""
    if r.sentence is None:
        return False
    directions = n.directions
    verb = directions._governing_verb(directions._verb_index(r.sentence), r.cand)
    return verb is not None and verb.lemma in n.lex.word_list("temporal", "direction_cues", "result_verbs")


def _completed_period(r: _Reading, n: _Narrative) -> None:
    """"Sales rose in the fourth quarter" told in November: a quarter or half told in the
    simple past is the last one over (2024-Q4), not the one still running; "so far in the
    fourth quarter" and "have risen in the fourth quarter" keep the running one."""
    spec, lo, dct = r.spec, r.cand.lo, n.document.dct
    if r.direction != "past" or not r.cue.startswith("preterite-verb") or dct is None:
        return
    if spec.quarter != (dct.month - 1) // 3 + 1 and spec.half != (dct.month - 1) // 6 + 1:
        return  # (not the running one: the last is over)
    lows = n.tokens.lows
    if any(" ".join(lows[max(lo - len(opener.split()), 0) : lo]) == opener for opener in n.lex.word_list("temporal", "running_period_openers")):
        return
    r.direction, r.cue = "past_strict", "preterite-verb->completed"


def _unit_end_direction(r: _Reading, n: _Narrative) -> bool:
    """"a finales de mes" after a bare year: the verb's direction (see Resolver._date),
    and whether it tells a plan (see `_resolved`)."""
    spec = r.spec
    if r.direction is not None or spec.anchor != "refdct" or spec.kind != "date" or spec.unit is None:
        return False
    r.direction, verb_cue = n.directions.at(r.cand, r.sentence)
    r.future_plan = verb_cue in _FUTURE_CUES
    return True


def _time_from_dct(r: _Reading, n: _Narrative) -> bool:
    """"ha decretado tres días de luto a partir de la medianoche", "will speak at 3 p.m.",
    "aftershocks could occur over the next week": counted from the DCT, not from a day
    narrated in an earlier sentence ("abrirá el jueves de 9 a 14 horas" keeps its
    Thursday; "Al día siguiente" in past narration too; "se aplaza al 17 de diciembre. El
    encuentro se disputará a las 19.00": the event just dated, ahead, keeps its day)."""
    spec, resolver = r.spec, n.resolver
    if not ((spec.anchor == "refdct" and spec.kind == "time" and not spec.has_day() or spec.rule == "following-unit")
            and n.narrated_in != r.sentence and resolver.latest_is_not_dct()):
        return False
    verb_direction, verb_cue = n.directions.at(r.cand, r.sentence)
    if (verb_direction == "future" or verb_cue == "perfect-verb" and spec.kind == "time") and not (
        verb_direction == "future" and resolver.latest_is_ahead() and r.sentence is not None and n.directions.opens_with_event(r.sentence)
    ) and not _day_after_plan(r, n):
        spec.anchor = "dct"
        r.cue = verb_cue + "->dct"
    elif verb_direction == "past" and spec.kind == "time" and resolver.day_reference_is_ahead():
        # "... una segunda vuelta el 14 de diciembre. Montalvo, que depositó su voto poco
        # después de las 9.00": a clock told as past is on no day still ahead
        spec.anchor = "dct"
        r.cue = verb_cue + "->dct"
    return True


def _day_after_plan(r: _Reading, n: _Narrative) -> bool:
    """"La cantante actuará en Madrid el 14 de febrero. La artista ofrecerá un segundo
    concierto al día siguiente": the day after a day ahead just told is that day's next,
    a plan's (a day narrated in the past still leaves "over the next week" the DCT's)."""
    return r.spec.rule == "following-unit" and n.resolver.latest_is_ahead()


def _report_time(r: _Reading, n: _Narrative) -> bool:
    """"Lorena, which strengthened on Sunday, came ashore ..., the hurricane center said
    in an advisory issued at 4 a.m.": the report's hour, not the narrated day's."""
    spec = r.spec
    if not (spec.anchor == "refdct" and spec.kind == "time" and not spec.has_day() and n.narrated_in == r.sentence and n.narrated_lo is not None
            and n.resolver.latest_is_not_dct() and r.sentence is not None and n.directions.told_by_later_report(n.narrated_lo, r.cand.lo, r.sentence)):
        return False
    spec.anchor = "dct"
    r.cue = "reported-time->dct"
    return True


def _this_side(r: _Reading, n: _Narrative) -> bool:
    """"this Monday", "este verano", "this Ramadan": the side of the DCT the verb puts it on."""
    spec = r.spec
    if not (r.direction == "this" and (spec.weekday is not None or spec.weekend or spec.season is not None or spec.holiday is not None)):
        return False
    verb_direction, r.cue = n.directions.at(r.cand, r.sentence)
    if verb_direction == "onward" and (spec.season is not None or spec.holiday is not None):
        verb_direction = "future"  # "Classes resume this spring" told in November: a schedule, the coming spring
    if verb_direction in ("past", "future"):
        r.direction = f"this_{verb_direction}"
    return True


def _week_ending_direction(r: _Reading, n: _Narrative) -> bool:
    """"Jobless claims in the week ending Saturday fell": the week a weekday ends takes the
    direction the weekday alone would ("ending" is no verb of its own)."""
    if r.direction is not None or not r.spec.rule.startswith("week-ending+weekday"):
        return False
    weekday = dataclasses.replace(r.cand, lo=r.cand.hi - 1)
    r.direction, r.cue = _verb_direction(n.directions, weekday, r.sentence)
    return True


_DIRECTION_STEPS = (_week_ending_direction, _open_direction, _unit_end_direction, _time_from_dct, _report_time, _this_side)


def _bound_after_date(r: _Reading, n: _Narrative) -> None:
    """"begins next Tuesday and runs through Thursday": the bound follows the date before it
    ("desde las 6.00 hasta las 21.00 horas del jueves": the start took this day; "abierto
    hasta el 19 de noviembre, y ... podrán solicitarla hasta el jueves": a bound follows no bound)."""
    spec, cand, tokens, previous = r.spec, r.cand, n.tokens, n.previous
    if (spec.weekday is not None and spec.day is None and spec.anchor is None and n.narrated_in == r.sentence and cand.lo and tokens.classes[cand.lo - 1] == _UNTIL
            and not (previous is not None and ("+range-day" in previous[0].spec.rule or previous[0].lo and tokens.classes[previous[0].lo - 1] == _UNTIL))):
        r.spec = dataclasses.replace(spec, anchor="ref")
        r.direction, r.cue = "future_strict", "bound-after-date"


_FIGURES = frozenset((grammar.CHAR["PCT"], grammar.CHAR["AMOUNT"], grammar.CHAR["CURRENCY"]))
# Numbers a scale word after makes a figure ("sold 3 million phones", "three million").
_SCALED_NUMBERS = frozenset(grammar.CHAR[c] for c in ("DAYNUM", "INT", "YEARNUM", "AMOUNT", "NUMWORD"))


def _bound_of_period_to_date(r: _Reading, n: _Narrative) -> None:
    """"Shares are down 10% this year through Friday": a weekday bounding the period that
    holds the DCT ("this year", "year-to-date", "this month"), after a figure, ends the
    figures told so far: the last such day, the DCT's own included (a figure is measured
    up to a day gone; "The festival runs this week through Sunday", no figure, looks ahead)."""
    spec, cand, tokens, previous = r.spec, r.cand, n.tokens, n.previous
    if spec.weekday is None or spec.day is not None or previous is None or cand.lo < 2 or previous[0].hi != cand.lo - 1:
        return  # (the period right before the bound's word, checked before the words are read)
    if tokens.lows[cand.lo - 1] not in n.lex.word_list("temporal", "to_date_bounds"):
        return
    period = previous[0]
    if period.spec.anchor != "dct" or period.spec.offset != 0 or period.spec.unit not in ("year", "quarter", "month", "week"):
        return
    classes = tokens.classes
    k = period.lo - 1
    scales = n.lex.word_list("temporal", "figure_scales")
    while k >= 0 and classes[k] != grammar.CHAR["STOP"] and classes[k] not in _FIGURES:
        if k and tokens.lows[k] in scales and classes[k - 1] in _SCALED_NUMBERS:
            break
        k -= 1
    # ("Prices will rise 3% this year through Friday": a forecast, no figure measured)
    if k >= 0 and classes[k] != grammar.CHAR["STOP"] and n.directions.at(cand, r.sentence)[1] not in _FUTURE_CUES:
        r.spec = dataclasses.replace(r.spec, anchor=None)
        r.direction, r.cue = "past", "bound-of-period-to-date"


def _midnight_gone(r: _Reading, n: _Narrative) -> None:
    """"llegó a medianoche": a midnight already gone (_past_midnight)."""
    spec = r.spec
    if r.direction is None and spec.hour == 24 and spec.anchor == "refdct" and not spec.has_day():
        r.direction, r.cue = _past_midnight(n.directions, r.cand, r.sentence, n.tokens)


def _night_gone(r: _Reading, n: _Narrative) -> None:
    """"Rescue teams worked through the night", "police had arrested four people
    overnight": a night with no day, told in the past on the DCT's day (or after a day
    ahead), is the one the DCT's morning ended, the day before's, as "last night"."""
    spec, tokens = r.spec, n.tokens
    if spec.pod != "NI" or r.direction is not None or not _narrative_time(spec):
        return
    if tokens.lows[r.cand.hi - 1] not in n.lex.word_list("temporal", "nights_gone"):
        return  # "la pasada madrugada": the DCT's own early hours
    resolver = n.resolver
    if resolver.latest_is_not_dct() and not resolver.latest_is_ahead():
        return  # "The quake hit late Monday ... aftershocks overnight": Monday's night
    if n.directions.at(r.cand, r.sentence)[0] not in ("past", "past_strict"):
        return
    r.spec = dataclasses.replace(spec, unit="day", offset=-1, anchor="dct", rule=spec.rule + "+past-verb->last-night", notes=list(spec.notes))


def _dawn_ahead(r: _Reading, n: _Narrative) -> None:
    """"Troops will attack by dawn", "La huelga comenzará durante la madrugada": a dawn
    or the small hours with no day told in the future on the DCT's day are the next ones,
    the day after's (the DCT's have gone by the time one reads); told in the past ("had
    withdrawn by dawn") they stay the DCT's."""
    spec = r.spec
    if spec.pod not in _DAWN_PARTS or r.direction is not None or not _narrative_time(spec):
        return
    if n.tokens.lows[r.cand.hi - 1] not in n.lex.word_list("temporal", "dawns_ahead") or n.resolver.latest_is_not_dct():
        return
    if n.directions.at(r.cand, r.sentence)[0] != "future":
        return
    r.spec = dataclasses.replace(spec, unit="day", offset=1, anchor="dct", rule=spec.rule + "+future-verb->next-dawn", notes=list(spec.notes))


_DAWN_PARTS = frozenset({"MO", "NI"})  # "dawn"; "la madrugada", the small hours (NI)


def _past_told_time(r: _Reading, n: _Narrative) -> None:
    """"imposed a curfew until 6 a.m. Thursday, saying police had arrested four people
    overnight": a time told in the past is on no day after the DCT."""
    if _narrative_time(r.spec) and n.resolver.latest_is_ahead() and n.directions.at(r.cand, r.sentence)[0] in ("past", "past_strict"):
        r.spec.anchor = "dct"
        r.cue = (r.cue + "+" if r.cue else "") + "past-verb->dct"


def _echoed_weekday(r: _Reading, n: _Narrative) -> None:
    """"el viernes 5 ... el viernes entre las 15.00 y las 21.00": a bare weekday soon after
    the same weekday written with its day is that day (_repeated_weekday)."""
    spec, named = r.spec, n.named_weekdays
    if named and spec.weekday in named and spec.day is None and spec.anchor in (None, "refdct") and spec.unit is None:
        r.spec = _repeated_weekday(spec, r.direction, *named[spec.weekday], r.sentence, n.document.dct)


def _incident(r: _Reading, n: _Narrative) -> str:
    """"the September 11 attacks": a date that names an incident is dated as one
    (_incident_name, _incident_date); returns the incident's noun, or ""."""
    incident = _incident_name(r.spec, r.cand, n.tokens, n.lex)
    if incident:
        r.spec, r.direction, r.cue = _incident_date(r.spec, incident, n.document.dct, n.lex)
    return incident


def _resolved(r: _Reading, n: _Narrative) -> resolve.Resolved:
    """The expression resolved, then shifted or held as its spec says. "venderá sus
    filiales antes de final de año" after "en 2019": a plan is not framed by a past year;
    this year's end ("will open in 2027 ... by the end of the year" keeps 2027)."""
    spec, resolver, dct = r.spec, n.resolver, n.document.dct
    result = resolver.resolve(spec, r.direction)
    if r.future_plan and result.interval is not None and dct is not None and result.interval.last_day() < dct:
        spec.anchor, r.cue = "dct", "future-verb->dct"
        result = resolver.resolve(spec, r.direction)
    if result.interval is not None and spec.rule.startswith("unit-end-clause") and n.narrated_in == r.sentence:
        result = _unit_end_after_start(r, n, result)
    if result.interval is not None and spec.day_shift:
        result = resolve.day_shifted(result, spec.day_shift)
    if result.interval is not None and spec.rule.startswith(("weekday-after+", "weekday-before+")):
        result = resolve.weekday_beside(result, spec.notes)  # "the Tuesday after Labor Day"
        result = _weekday_beside_on_its_side(r, n, result)
    if result.interval is not None and spec.holding is not None:
        result = resolve.holding(result, spec.holding)
    return result


def _unit_end_after_start(r: _Reading, n: _Narrative, result: resolve.Resolved) -> resolve.Resolved:
    """"La huelga comenzará en marzo y se prolongará hasta que termine el año": the end
    of a unit that closes what a date earlier in the sentence opened is of that date's
    unit (2026, after March 2026), not the DCT's when that one ends before the date."""
    ref = n.resolver.latest()
    if ref is None or result.interval is None or r.spec.unit is None or ref.day <= result.interval.last_day():
        return result
    r.cue = (r.cue + "+" if r.cue else "") + "after-start"
    return dataclasses.replace(result, interval=resolve.unit_interval(r.spec.unit, ref.day), anchor=ref.id)


def _weekday_beside_on_its_side(r: _Reading, n: _Narrative, result: resolve.Resolved) -> resolve.Resolved:
    """"The hearing will be held the Friday after Nov. 10" told on Nov. 11: the tense
    points the day itself, not the date it is counted from (Nov. 10 is gone, the Friday
    after it is ahead: 2025-11-14, not 2026-11-13; "was held the Friday after Nov. 10" is
    2024's). The date, when it has no year of its own, takes the year that puts the day
    on the tense's side of the DCT, nearest it."""
    spec, dct, interval = r.spec, n.document.dct, result.interval
    past, ahead = r.direction in ("past", "past_strict"), r.direction in ("future", "future_strict", "onward")
    if dct is None or interval is None or spec.year is not None or spec.year_rel is not None or not (past or ahead):
        return result
    anchor = n.resolver.resolve(spec, r.direction)
    if anchor.interval is None:
        return result
    year = anchor.interval.first_day().year
    days = [result]
    for other in (year - 1, year + 1):
        moved = n.resolver.resolve(dataclasses.replace(spec, year=other), r.direction)
        if moved.interval is not None:
            days.append(resolve.weekday_beside(moved, spec.notes))
    strict = r.direction in ("past_strict", "future_strict")
    firsts = {id(day): day.interval.first_day() for day in days if day.interval is not None}
    if past:
        gone = [day for day in days if id(day) in firsts and (firsts[id(day)] < dct if strict else firsts[id(day)] <= dct)]
        return max(gone, key=lambda day: firsts[id(day)], default=result)
    coming = [day for day in days if id(day) in firsts and (firsts[id(day)] > dct if strict else firsts[id(day)] >= dct)]
    return min(coming, key=lambda day: firsts[id(day)], default=result)


def _timex(r: _Reading, result: resolve.Resolved, timex_id: str, n: _Narrative) -> Timex:
    """The TIMEX3 of a resolved expression."""
    spec, text = r.spec, n.document.text
    relation = None
    if spec.relation is not None:
        relation = _relation(spec.relation, text, n.document, r.sentence)
    return Timex(
        id=timex_id,
        text=text[r.start:r.end],
        start=r.start,
        end=r.end,
        type=result.type,
        mod=result.mod,
        anchor=result.anchor,
        sentence=r.sentence,
        interval=result.interval,
        symbolic=None if result.interval is not None and result.type is not TimexType.DURATION else (result.symbolic or "XXXX-XX-XX"),
        quant=result.quant,
        freq=result.freq,
        relation=relation,
        rule=spec.rule + (f"+{r.cue}" if r.cue else ""),
    )


def _remember(r: _Reading, result: resolve.Resolved, timex: Timex, incident: str, n: _Narrative) -> None:
    """What the expression leaves to the next: a weekday written with its day ("el
    viernes 5"), the date before, and the narrative's date when it is one: "slammed into
    Luzon late Sunday, officials said Monday": the day of the report is no day of the
    narrative when the sentence has told one already; nor is a time glossed in another
    zone (_gloss) or the date an incident is named by."""
    spec, cand, sentence = r.spec, r.cand, r.sentence
    if spec.weekday is not None and spec.day is not None and result.interval is not None and sentence is not None:
        named = result.closed_day or result.interval.first_day()  # "a medianoche del lunes 8": Tuesday's 00:00 closes Monday
        if named.isoweekday() == spec.weekday:
            n.named_weekdays[spec.weekday] = (named, sentence)
    glossed = n.previous is not None and _gloss(n.previous[0], cand, n.tokens)
    n.previous = (cand, timex)
    reported = n.narrated_in == sentence and n.directions.reported_on(cand, sentence)
    if result.interval is not None and spec.kind in ("date", "time") and not glossed and not reported and not incident:
        stretch_start = None
        if n.stretch_first:  # (most texts name no stretch of days)
            n.first_days[id(cand)] = result.interval.first_day()
            stretch_start = n.first_days.get(n.stretch_first.get(id(cand), -1))
        n.resolver.remember(result.interval, timex.id, stretch_start, result.closed_day, year_chosen=tense.needs_direction(spec), flashback=_flashback(r, result, n))
        n.narrated_in, n.narrated_lo = sentence, cand.lo


def _flashback(r: _Reading, result: resolve.Resolved, n: _Narrative) -> bool:
    """"El 3 de noviembre el alcalde dimitió. La víspera, había comparecido ante el pleno.
    Al día siguiente, ...": a time before the narrative's, told in the pluperfect, looks
    back from it: "the next day" goes on from the narrative's day (the 4th), while "ese
    día" is still the day last told (see `Resolver.remember`)."""
    references = n.resolver.references
    if not references or result.interval is None or result.interval.last_day() >= references[-1].day:
        return False
    return n.directions.told_in_pluperfect(r.cand, r.sentence)


# how many sentences on a weekday written with its day ("el viernes 5") still names it
_WEEKDAY_ECHO_SENTENCES = 3


def _repeated_weekday(spec: Spec, direction: str | None, named: dt.date, named_in: int, sentence: int | None, dct: dt.date | None) -> Spec:
    """"el puente comienza el viernes 5 ... evitar las horas punta: el viernes entre las
    15.00 y las 21.00": a bare weekday soon after the same weekday written with its day
    is that day, when the tense allows (a past verb does not tell of a day ahead)."""
    if sentence is None or dct is None or not 0 <= sentence - named_in <= _WEEKDAY_ECHO_SENTENCES:
        return spec
    ahead = named > dct
    if direction in ("past", "past_strict") and ahead or direction in ("future", "future_strict") and named < dct:
        return spec
    return dataclasses.replace(spec, year=named.year, month=named.month, day=named.day, rule=spec.rule + "+repeats-named-weekday", notes=list(spec.notes))


def _repeat_written_years(chosen, directions, document, sentence_ends, tokens) -> None:
    """"la dana del 29 de octubre de 2024 ... durante la noche del 29 de octubre": a day
    and month written again without a year is the date written before with its year,
    when the tense allows ("subirá el 1 de enero" after "el 1 de enero de 2025" is the
    next one; "el pasado 29 de octubre" names its own)."""
    written: dict[tuple[int, int], int] = {}
    dct = document.dct
    for cand in chosen:
        spec = cand.spec
        if spec.day is None or spec.month is None or spec.year_rel is not None:
            continue
        if spec.year is not None:
            written[spec.month, spec.day] = spec.year
            continue
        year = written.get((spec.month, spec.day))
        if year is None or spec.direction is not None or dct is None:
            continue
        try:
            date = dt.date(year, spec.month, spec.day)
        except ValueError:
            continue
        sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
        direction = directions.at(cand, sentence)[0]
        # the present gives no side ("el 29 de octubre se cumple un año" is this year's)
        if not (direction in ("past", "past_strict") and date <= dct or direction in ("future", "future_strict") and date >= dct):
            continue
        spec.year = year
        spec.rule += "+repeats-written-date"


def _narrative_time(spec: Spec) -> bool:
    """A clock time or part of the day on the narrative's day, with no day of its own
    ("at 3 p.m.", "overnight", "por la tarde")."""
    return (spec.kind == "time" and spec.anchor in ("ref", "refdct") and spec.weekday is None and spec.day is None and spec.month is None
            and (spec.unit is None or spec.unit == "day" and spec.offset == 0))


# Years named from the DCT that frame a bare month told with them ("el año pasado en
# mayo", "Hace un año en mayo": May 2024).
_YEARS_FROM_NOW = frozenset({"past-unit", "this-unit", "next-unit", "ago"})


def _fronted_year(cand, tokens, document: Document, sentence_ends) -> int | None:
    """The year a candidate names when it opens its sentence, alone or after "in"/"en",
    and a comma follows it ("Last year,", "In 2023,", "En 2023,"), or None."""
    spec = cand.spec
    if spec.month is not None or spec.day is not None or spec.weekday is not None or spec.quarter is not None or spec.half is not None or spec.season is not None or spec.holiday is not None or spec.mod is not None:
        return None
    if spec.rule == "year" and spec.year is not None:
        year = spec.year
    elif spec.rule in _YEARS_FROM_NOW and spec.unit == "year" and document.dct is not None:
        year = document.dct.year + spec.offset
    else:
        return None
    if not dt.MINYEAR <= year <= dt.MAXYEAR or cand.hi >= len(tokens.starts):
        return None  # ("2025 years ago" told in 1289: no calendar year to frame with)
        return None
    sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
    if sentence is None:
        return None
    first = bisect.bisect_left(tokens.starts, document.sentences[sentence].start)
    if tokens.classes[cand.hi] != _COMMA:
        # "El año pasado la empresa cerró la fábrica en mayo", "En 2024 viajaron a Perú en
        # julio": a year named from now, or after "en"/"in", opens the sentence as an adverb
        # without its comma ("2024 fue un año récord" is a subject)
        if cand.lo == first + 1 and tokens.classes[first] == _EN and spec.rule == "year":
            return year
        return year if cand.lo == first and spec.rule in ("past-unit", "next-unit", "ago") else None
    return year if cand.lo == first or cand.lo == first + 1 and tokens.classes[first] == _EN else None


def _fronted_year_frames(chosen, directions, document, sentence_ends, tokens) -> None:
    """"Last year, Hurricane Beryl struck the Texas coast on July 8", "In 2023, the
    company cut 500 jobs in March": a year set at the head of a sentence is the year of
    the bare months, days and holidays ("In 2023, the family gathered for Christmas")
    after it in that sentence, when the tense allows (a plan
    is not framed by a past year: "In 2024, the company said it will open a plant in
    March" is the next March)."""
    dct = document.dct
    frame: tuple[int | None, int] | None = None  # (sentence, year)
    for cand in chosen:
        spec = cand.spec
        year = _fronted_year(cand, tokens, document, sentence_ends) if dct is not None else None
        if year is not None:
            frame = (_sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo]), year)
            continue
        holiday = _holiday_framed_by_a_year(spec)
        part = _part_framed_by_a_year(spec)
        if frame is None or not (_framed_by_a_year(spec) or holiday or part):
            continue
        sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
        if sentence != frame[0]:
            frame = None
            continue
        if holiday:  # "In 2023, the family gathered for Christmas": that year's
            found = resolve.holiday_first_day(spec.holiday, frame[1])  # type: ignore[arg-type]  # (a holiday: checked above)
            if found is None:
                continue
            first_day = found
        elif part:  # "En 2027, la economía crecerá en el cuarto trimestre": 2027-Q4
            first_day = dt.date(frame[1], 3 * (spec.quarter - 1) + 1 if spec.quarter is not None else 6 * ((spec.half or 1) - 1) + 1, 1)
        else:
            try:
                first_day = dt.date(frame[1], spec.month, spec.day or 1)
            except ValueError:
                continue
        ahead = directions.at(cand, sentence)[0] in ("future", "future_strict", "onward")
        if ahead != (first_day > dct):
            continue
        spec.year = frame[1]
        spec.rule += "+fronted-year"


def _named_week_frames(chosen, directions, document, sentence_ends, tokens) -> None:
    """"La semana pasada viajaron a Madrid el martes", "Next week they will fly to Madrid on
    Wednesday": a bare weekday after a week named from now that opens its sentence is that
    week's day (told on a Tuesday, last week's Tuesday is no today, next week's Wednesday no
    tomorrow), when the tense allows ("La semana pasada anunció que dimitirá el viernes"
    is the coming Friday); a week told inside the sentence may be another clause's or a
    noun's ("filed a motion last week, but the judge denied it on Thursday")."""
    dct = document.dct
    if dct is None:
        return
    frame: tuple[int | None, Spec] | None = None  # (sentence, the week's spec)
    for cand in chosen:
        spec = cand.spec
        sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
        if spec.kind == "date" and spec.unit == "week" and spec.offset and spec.anchor == "dct" and spec.weekday is None and spec.mod is None:
            opening = sentence is not None and cand.lo == bisect.bisect_left(tokens.starts, document.sentences[sentence].start)
            owner = _possessive_after(tokens, cand.hi, directions.lex)  # "Last week's attack was condemned on Monday"
            frame = (sentence, spec) if opening and not owner else None
            continue
        if frame is None or sentence != frame[0] or not (spec.rule == "weekday" and spec.weekday is not None and spec.direction is None and spec.unit is None and spec.day is None):
            frame = None if frame is None or sentence != frame[0] else frame
            continue
        week = frame[1]
        day = dct + dt.timedelta(days=7 * week.offset + spec.weekday - dct.isoweekday())  # type: ignore[operator]  # (a week's offset: checked above)
        if (directions.at(cand, sentence)[0] in ("future", "future_strict", "onward")) != (day > dct):
            continue
        cand.spec = dataclasses.replace(week, weekday=spec.weekday, rule="weekday+week-frame+" + week.rule, notes=list(spec.notes))


def _year_before_month(chosen, directions, document, sentence_ends, tokens) -> None:
    """"La feria se celebró el año pasado en mayo", "en 2023 por Navidad": a year followed
    by "en", "por" or "at" and a bare month or holiday is its year, when the tense allows,
    as a fronted year is (a plan is not put in a past year: "abrirá el año pasado en mayo"
    names no such May)."""
    dct = document.dct
    if dct is None:
        return
    for year_cand, cand in zip(chosen, chosen[1:]):
        named = year_cand.spec
        if cand.lo != year_cand.hi + 1 or tokens.classes[year_cand.hi] not in _YEAR_LINKS:
            continue
        holiday = _holiday_framed_by_a_year(cand.spec)
        if not (holiday or tokens.classes[year_cand.hi] == _EN and _framed_by_a_year(cand.spec)):
            continue
        if named.month is not None or named.mod is not None:
            continue
        if named.rule == "year" and named.year is not None:
            year = named.year
        elif named.rule in _YEARS_FROM_NOW and named.unit == "year" and named.offset is not None:
            year = dct.year + named.offset
        elif named.rule == "ago" and named.unit == "year" and named.offset is not None:
            year = dct.year + named.offset  # "Sales rose a year ago in May"
        else:
            continue
        spec = cand.spec
        if holiday:
            found = resolve.holiday_first_day(spec.holiday, year) if dt.MINYEAR <= year <= dt.MAXYEAR else None  # type: ignore[arg-type]  # (a holiday: checked above)
            if found is None:
                continue
            first_day = found
        else:
            try:
                first_day = dt.date(year, spec.month, spec.day or 1)
            except ValueError:
                continue
        sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
        direction, cue = directions.at(cand, sentence)
        if (direction in ("future", "future_strict", "onward")) != (first_day > dct) and not cue.endswith("present"):
            continue  # (a present names no side: "El año pasado por Navidad viajamos", historic or scheduled, takes the year)
        spec.year = year
        spec.rule += "+year-before"


_YEAR_LINKS = frozenset(grammar.CHAR[name] for name in ("EN", "POR", "A"))  # "en mayo"; a feast's: "por Navidad", "at Christmas"


def _year_after_month(chosen, tokens) -> None:
    """"The plant closed in March in 2023", "gathered for Christmas in 2023": a bare month or
    holiday followed by "in" and a year is of that year, whatever the tense (the year is
    written with it; each stays its own expression)."""
    for cand, year_cand in zip(chosen, chosen[1:]):
        named = year_cand.spec
        if year_cand.lo != cand.hi + 1 or tokens.classes[cand.hi] != _EN or named.rule != "year" or named.year is None:
            continue
        spec = cand.spec
        if _framed_by_a_year(spec) or _holiday_framed_by_a_year(spec):
            spec.year = named.year
            spec.rule += "+year-after"


def _holiday_framed_by_a_year(spec: Spec) -> bool:
    """Is the expression a bare holiday ("Christmas", "Passover"), with nothing of its own
    to place its year, that a year heading its sentence names?"""
    return (spec.kind == "date" and spec.holiday is not None and spec.year is None and spec.year_rel is None and spec.direction is None
            and spec.holding is None and spec.weekday is None and spec.unit is None and not spec.notes)


def _part_framed_by_a_year(spec: Spec) -> bool:
    """Is the expression a bare quarter or half of a year ("el cuarto trimestre", "the
    second half"), with no year or direction of its own, that a year framing its sentence
    names, as it names a bare month?"""
    return (spec.kind == "date" and (spec.quarter is not None or spec.half is not None) and spec.month is None and spec.year is None
            and spec.year_rel is None and spec.direction is None and spec.fiscal is None and spec.mod is None)


def _framed_by_a_year(spec: Spec) -> bool:
    """Is the expression a bare month or day, with nothing of its own to place its year
    (no year, weekday, unit, direction or feast), that a year framing its sentence names?"""
    return (spec.kind in ("date", "time") and spec.month is not None and spec.year is None and spec.year_rel is None
            and spec.unit is None and spec.weekday is None and spec.direction is None and spec.holiday is None)


def _written_year_frames(chosen, directions, document, sentence_ends, tokens, lex: grammar.Lexicon) -> None:
    """"La última huelga se produjo en julio de 2023, y se desconvocó tras un acuerdo
    firmado el 2 de agosto": a month of a past year, written with its year, frames the
    bare months and days told in the past after it in its sentence: the first such one on
    or after it (2 August 2023, not the last 2 August before the DCT). A bare year frames
    them when a clause of that time follows it ("cayeron en 2020, cuando cerró la fábrica
    en abril": April 2020). The frame carries on through the next sentences while each
    tells its time only from the narrative's ("El 29 de octubre de 2024 ... Al día
    siguiente ... Una semana después ... El 3 de noviembre, el presidente compareció": 3
    November 2024); a time counted from the DCT ends it."""
    dct = document.dct
    if dct is None:
        return
    when = frozenset(lex.word_list("grammar", "time_clause_openers"))
    frame: tuple[int | None, dt.date] | None = None  # (sentence, the framing date's first day)
    carried: int | None = None  # the last sentence the frame reached through anaphors
    frame_days = False  # does the frame's date have its day (so that anaphors may carry it)?
    for cand in chosen:
        spec = cand.spec
        sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[cand.lo])
        if frame is not None and spec.anchor == "ref" and spec.year is None:
            reached = carried if carried is not None else frame[0]
            if reached is not None and sentence is not None and sentence <= reached + 1 and (carried is not None or frame_days):
                carried = sentence  # "Al día siguiente", "Una semana después": still that time
            continue
        if spec.anchor == "dct":
            carried, frame_days = None, False  # "hoy", "hace un año": back to the DCT's time
        if spec.year is not None and spec.month is None:  # another year told: the frame it opens, or none
            framing = spec.rule == "year" and 1 <= spec.year < dct.year and _opens_time_clause(cand, tokens, when)
            frame = (sentence, dt.date(spec.year, 1, 1)) if framing else None
            carried, frame_days = None, False
            continue
        if spec.kind not in ("date", "time") or spec.month is None or spec.unit is not None or spec.year_rel is not None or spec.holiday is not None:
            continue
        if spec.year is not None:
            try:
                first = dt.date(spec.year, spec.month, spec.day or 1)
            except ValueError:
                frame = None
                continue
            frame = (sentence, first) if first.year < dct.year else None
            carried, frame_days = None, frame is not None and spec.day is not None  # (carried on by an anaphor only)
            continue
        if frame is None or not (sentence == frame[0] or carried is not None and sentence is not None and sentence <= carried + 1) or not _framed_by_a_year(spec):
            continue
        if directions.at(cand, sentence)[0] not in ("past", "past_strict"):
            continue
        year = _first_year_on_or_after(spec, frame[1])
        if year is not None and year < dct.year:
            spec.year = year
            spec.rule += "+year-of-date-before"
            if carried is not None:
                carried = sentence


def _first_year_on_or_after(spec: Spec, first: dt.date) -> int | None:
    """The year of the first day or month `spec` names on or after `first` ("el 2 de
    agosto" after July 2023: 2023), or None when that year lacks the day."""
    year = first.year
    try:
        if dt.date(year, spec.month, spec.day or 1) < first:  # type: ignore[arg-type]  # framed: a month
            year += 1
        dt.date(year, spec.month, spec.day or 1)  # type: ignore[arg-type]
    except ValueError:
        return None
    return year


def _opens_time_clause(cand, tokens, when: frozenset[str]) -> bool:
    """Is the expression followed by a comma and a clause of its time ("en 2020, cuando")?"""
    hi = cand.hi
    return hi + 1 < len(tokens.starts) and tokens.classes[hi] == _COMMA and tokens.lows[hi + 1] in when


_DEICTIC_DAYS = frozenset({"deictic-day", "tomorrow"})
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_QUOTE_MARKS = re.compile("[«»“”\"]")


def _count_within_span(r: _Reading, n: _Narrative) -> bool:
    """"convocará ... una nueva reunión, la tercera en dos semanas", "el tercer accidente
    mortal en un mes": an ordinal a few words before "en" + a length, with no verb between,
    counts within that span, a length whatever the tense ("La segunda fase empezará en dos
    semanas" is a date ahead)."""
    counts = n.lex.word_list("temporal", "count_ordinals")
    lows, lo = n.tokens.lows, r.cand.lo
    k = next((k for k in range(lo - 1, max(lo - _ORDINAL_REACH, 0) - 1, -1) if lows[k] in counts), None)
    if k is None or r.sentence is None:
        return False
    first, last = n.tokens.starts[k], n.tokens.starts[lo]
    return not any(first < verb.start < last for verb in n.directions._verb_index(r.sentence).verbs)


def _span_not_ahead(direction: str, cand, tokens, lex: grammar.Lexicon) -> bool:
    """Is "in three days" the length of a span: in past narration ("sold out in 48
    hours"), or, without a future verb, after a record ("the lowest level in more than a
    decade", "la mejor ganancia en cerca de cinco meses") or with a quantity modifier?"""
    if direction == "past":
        return True
    if direction == "future":
        return False
    if any(note.startswith("qmod:") for note in cand.spec.notes):
        return True
    records = lex.word_list("temporal", "record_words")
    return any(low in records for low in tokens.lows[max(cand.lo - _RECORD_REACH, 0) : cand.lo])


_RECORD_REACH = 6  # tokens from a record word to "in three days"
_ORDINAL_REACH = 3  # tokens from an ordinal to "en dos semanas" ("la tercera reunión en dos semanas")


def _quoted_days(chosen, directions, document, sentence_ends, tokens) -> None:
    """"«Mañana firmaremos el acuerdo», dijo el lunes el ministro": a day named from
    today inside a quotation counts from the day the words were said, when the
    sentence dates the saying ("dijo el lunes") to a day other than the DCT."""
    if document.dct is None or not any(c.spec.rule in _DEICTIC_DAYS for c in chosen):
        return  # (most texts name no "hoy")
    quotations = _Quotations(document, sentence_ends)
    said: dict[int | None, dt.date | None] = {}
    for cand in chosen:
        start = tokens.starts[cand.lo]
        if cand.spec.rule not in _DEICTIC_DAYS or not quotations.inside(start):
            continue
        sentence = _sentence_at(sentence_ends, document.sentences, start)
        if sentence not in said:
            said[sentence] = _day_said(chosen, sentence, directions, document, quotations, tokens)
        day = said[sentence]
        if day is None or day == document.dct:
            continue
        spec = cand.spec
        try:
            date = day + dt.timedelta(days=spec.offset or 0)
        except OverflowError:
            continue  # (a DCT at the calendar's end)
        cand.spec = dataclasses.replace(spec, year=date.year, month=date.month, day=date.day, unit=None, offset=None,
                                        anchor=None, rule=spec.rule + "+day-said")


def _day_said(chosen, sentence, directions, document, quotations, tokens) -> dt.date | None:
    """The day a reporting verb of the sentence dates outside any quotation ("dijo el
    lunes", "said on Monday"), resolved against the DCT alone."""
    if sentence is None:
        return None
    bounds = document.sentences[sentence]
    first = bisect.bisect_left(chosen, bounds.start, key=lambda c: tokens.starts[c.lo])
    for cand in chosen[first:]:
        start = tokens.starts[cand.lo]
        if start >= bounds.end:
            break
        if cand.spec.rule in _DEICTIC_DAYS or cand.spec.kind != "date" or quotations.inside(start):
            continue
        if not directions.reported_on(cand, sentence):
            continue
        direction = cand.spec.direction or directions.at(cand, sentence)[0]
        result = Resolver(document.dct).resolve(cand.spec, direction)
        if result.interval is not None and result.interval.grain is Grain.DAY:
            return result.interval.first_day()
    return None


class _Quotations:
    """The quotations of a document («...», “...”, "..."), each closed by the end of
    its sentence at the latest, found a sentence at a time."""

    def __init__(self, document, sentence_ends) -> None:
        self.document, self.sentence_ends = document, sentence_ends
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def inside(self, offset: int) -> bool:
        sentence = _sentence_at(self.sentence_ends, self.document.sentences, offset)
        if sentence is None:
            return False
        spans = self.spans.get(sentence)
        if spans is None:
            spans = self.spans[sentence] = self._find(self.document.sentences[sentence])
        k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        return k >= 0 and spans[k][0] < offset < spans[k][1]

    def _find(self, bounds) -> list[tuple[int, int]]:
        spans, opened, closing = [], 0, None
        for mark in _QUOTE_MARKS.finditer(self.document.text, bounds.start, bounds.end):
            char, k = mark.group(), mark.start()
            if closing is not None:
                if char == closing:
                    spans.append((opened, k))
                    closing = None
            elif char in _QUOTE_PAIRS:
                opened, closing = k, _QUOTE_PAIRS[char]
        if closing is not None:
            spans.append((opened, bounds.end))
        return spans


def _incident_name(spec, cand, tokens, lex: grammar.Lexicon) -> str:
    """"the September 11 attacks", "the July 7 bombings": a month and day with no year
    between the article and an incident noun name a past incident, not a day near the
    DCT; returns the noun ("" when the date is no such name)."""
    if spec.kind != "date" or spec.year is not None or spec.month is None or spec.day is None or spec.weekday is not None:
        return ""
    if cand.lo == 0 or cand.hi >= len(tokens.lows) or tokens.classes[cand.lo - 1] != grammar.CHAR["ART"]:
        return ""
    t = cand.hi
    modifiers = lex.word_list("temporal", "incident_dates", "modifiers")
    while t + 1 < len(tokens.lows) and tokens.lows[t] in modifiers:  # "the Sept. 11 terror attacks"
        t += 1
    return tokens.lows[t] if tokens.lows[t] in lex.word_list("temporal", "incident_dates", "nouns") else ""


def _incident_date(spec, noun: str, dct: dt.date | None, lex: grammar.Lexicon) -> tuple[Spec, str | None, str]:
    """(spec, direction, cue) for a date that names an incident: the year the data knows
    for a famous one; else the last such day when it falls in the DCT's year (news writes
    no year for this year's dates); else direction "open": the year is not known."""
    for known in lex.data.get("temporal").get("incident_dates", {}).get("known", ()):
        if (known["month"], known["day"]) == (spec.month, spec.day) and noun in known["nouns"] and (
                dct is None or dt.date(known["year"], spec.month, spec.day) <= dct):
            return dataclasses.replace(spec, year=known["year"]), None, "incident-name"
    if dct is not None and (spec.month, spec.day) <= (dct.month, dct.day):
        return spec, "past", "incident-name->last"
    return spec, "open", "incident-name->open"


_BOUND_CLASSES = frozenset(grammar.CHAR[name] for name in ("SINCE", "UNTIL"))


def _past_midnight(directions, cand, sentence: int | None, tokens) -> tuple[str | None, str]:
    """"llegó a medianoche": a midnight told in the simple past is one already gone (the
    resolver then takes the one that opened the DCT's day); "ha decretado ... a partir de
    la medianoche" and "hasta medianoche" look ahead."""
    verb_direction, cue = directions.at(cand, sentence)
    if verb_direction != "past" or cue == "perfect-verb":
        return None, ""
    if cand.lo and tokens.classes[cand.lo - 1] in _BOUND_CLASSES:
        return None, ""
    return "past", cue


def _gloss(before: extract.Candidate, cand: extract.Candidate, tokens) -> bool:
    """"5:42 a.m. local time (2042 GMT Monday)": a time restated in brackets in
    another zone, whose day is no day of the narrative."""
    return (before.spec.kind == "time" and cand.spec.kind == "time" and cand.lo == before.hi + 1
            and tokens.classes[before.hi] == grammar.CHAR["LPAREN"])


_CLAUSE_GAP = frozenset(grammar.CHAR[name] for name in ("COMMA", "STOP", "COLON", "AND", "QUE", "LPAREN", "RPAREN"))


def _day_of_month_before(spec: Spec, cand, before, timex: Timex, tokens) -> Spec:
    """"Las rebajas de enero empiezan el día 7", "En enero, el día 7,": a bare day a few
    words after a month, in the same clause, is of that month, not of the DCT's or the next."""
    interval = timex.interval
    if interval is None or interval.grain is not Grain.MONTH or timex.mod is not None or not 0 < cand.lo - before.hi <= 4:
        return spec
    apposed = cand.lo == before.hi + 1 and tokens.classes[before.hi] == grammar.CHAR["COMMA"]  # "En enero, el día 7,"
    if not apposed and any(tokens.classes[k] in _CLAUSE_GAP for k in range(before.hi, cand.lo)):
        return spec
    day = interval.first_day()
    try:
        dt.date(day.year, day.month, spec.day)  # type: ignore[arg-type]  # a day of a month: its day
    except ValueError:
        return spec
    return dataclasses.replace(spec, year=day.year, month=day.month, rule=spec.rule + "+month-before", notes=list(spec.notes))


def _appositive_year(spec, cand, before, timex: Timex, tokens) -> None:
    """"Al día siguiente, el 6 de marzo,", "Tres meses después, el 14 de septiembre,":
    a day and month set off by a comma after an anaphoric date names the same time,
    so it takes that date's year."""
    if spec.year is not None or spec.year_rel is not None or spec.day is None or spec.month is None:
        return
    if before.spec.anchor != "ref" or timex.anchor in (None, "t0") or timex.interval is None:
        return
    if timex.interval.grain not in (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.YEAR):
        return
    if not (before.hi < cand.lo and extract._gap(tokens, before.hi, cand.lo, {"COMMA"})):
        return
    day, last = timex.interval.first_day(), timex.interval.last_day()
    options = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            options.append(dt.date(year, spec.month, spec.day))
        except ValueError:
            continue
    if options:
        # inside the anaphoric stretch ("Tres meses después, el 14 de septiembre"), else nearest to it
        spec.year = min(options, key=lambda d: (not day <= d <= last, abs((d - day).days))).year
        spec.notes.append("appositive-year")


_STRETCH_MAX = 12


def _share_year(group, resolver, directions, document, sentence_ends, tokens) -> None:
    """Coordinated or ranged dates ("los días 14 y 15 de abril", "del 28 de diciembre
    al 3 de enero") are one stretch of time: one year for all (the next one after a
    month that goes back), written once or chosen once for the whole stretch."""
    if len(group) > _STRETCH_MAX:  # a run-on list is no stretch of time
        return
    specs = [cand.spec for cand in group]
    steps, step = [], 0
    for k, spec in enumerate(specs):
        if k and spec.month < specs[k - 1].month:
            step += 1
        steps.append(step)
    written = next((k for k, spec in enumerate(specs) if spec.year is not None), None)
    if written is not None:
        base = specs[written].year - steps[written]
    else:
        if resolver.dct is None:
            return
        first = group[0]
        direction = specs[0].direction
        if direction is None:
            sentence = _sentence_at(sentence_ends, document.sentences, tokens.starts[first.lo])
            direction = directions.at(first, sentence)[0]
        base = resolve.group_year([(s.month, s.day) for s in specs], steps, resolver.dct, direction)
        if base is None:
            return
    for spec, step in zip(specs, steps):
        if spec.year is None:
            spec.year = base + step
            spec.notes.append("year-shared")


def _share_coordinated_year(months: list[extract.Candidate], n: _Narrative, directions) -> None:
    """"Retail sales in November and December rose": one year for both months, chosen
    from the DCT when none is written, which each month keeps as its anchor."""
    unwritten = [cand.spec for cand in months if cand.spec.year is None]
    _share_year(months, n.resolver, directions, n.document, n.sentence_ends, n.tokens)
    if len(unwritten) == len(months):
        for spec in unwritten:
            if spec.year is not None:
                spec.anchor = "dct"  # (the resolver's cache reads no notes)
                spec.rule += "+coordinated-year"


def _date_weekday_run(run, resolver, directions, sentence) -> None:
    """"del lunes al jueves", "entre el viernes y el domingo": consecutive weekdays
    of one stretch. The tense picks the end nearest the DCT (the first one ahead,
    the last one behind) and the others follow on from it day by day, so "del lunes
    al jueves" never ends before it starts."""
    first = run[0].spec
    direction, cue = first.direction, ""
    if direction is None:
        direction, cue = _verb_direction(directions, run[0], sentence)
    backwards = direction in ("past", "past_strict")
    anchor = run[-1] if backwards else run[0]
    result = resolver.resolve(anchor.spec, direction)
    if result.interval is None or result.interval.grain is not Grain.DAY:
        return
    day = result.interval.first_day()
    days = []
    for cand in reversed(run) if backwards else run:
        if cand is not anchor:
            weekday = cand.spec.weekday
            step = (day.isoweekday() - weekday) % 7 if backwards else (weekday - day.isoweekday()) % 7
            try:
                day += dt.timedelta(days=-(step or 7) if backwards else step or 7)
            except OverflowError:
                return  # a run past the calendar's end (years 1-9999): each day resolved on its own
        days.append((cand, day))
    for cand, day in days:
        spec = cand.spec
        spec.year, spec.month, spec.day = day.year, day.month, day.day
        spec.rule += "+weekday-run" + (f"+{cue}" if cand is anchor and cue else "")
        spec.notes.append("weekday-run")


def _verb_direction(directions, cand, sentence) -> tuple[str, str]:
    """The direction the text gives an expression, and the rule's note of it
    ("preterite-verb->last")."""
    direction, cue = directions.at(cand, sentence)
    return direction, f"{cue}->{_CHOICE[direction]}" if cue else _CHOICE[direction]


def _possessive_after(tokens, hi: int, lex: grammar.Lexicon) -> bool:
    """Is the expression ending before token `hi` a possessive ("February's")?"""
    endings = lex.word_list("grammar", "possessive_endings")
    if not endings or hi + 1 >= len(tokens.lows):
        return False
    return tokens.ends[hi] == tokens.starts[hi + 1] and tokens.lows[hi] + tokens.lows[hi + 1] in endings


def _sentence_at(ends: list[int], sentences, offset: int) -> int | None:
    """Document.sentence_at with the sentence ends read once per document."""
    index = bisect.bisect_right(ends, offset)
    if index < len(sentences) and sentences[index].start <= offset:
        return index
    return None


def _relation(raw: tuple[str, Literal["after", "before", "during"], int, int], text: str, document: Document, sentence: int | None) -> TimexRelation | None:
    signal, direction, start, _ = raw
    limit = document.sentences[sentence].end if sentence is not None else len(text)
    # A clause is cut at REACH characters, as the verb analysis cuts it: an event
    # phrase never runs on through a whole run-on text (one copy per signal).
    limit = min(limit, start + verbs.REACH)
    end = tense.phrase_end(text, start, limit, document.language)
    while start < end and text[start].isspace():
        start += 1
    if end <= start:
        return None
    return TimexRelation(signal=signal, direction=direction, anchor=Span(text=text[start:end], start=start, end=end))
