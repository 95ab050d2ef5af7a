"""Events: who did what, where and when, built from clauses and event nouns.

Stages (each a function below):
1. read the sentences that hold a trigger word (one set lookup per word);
2. find mentions: event verbs, event nouns, light verb + noun, reporting verbs;
3. date each mention from its own expression ("la cumbre del lunes"), its
   clause's expression, or a relation ("menos de una semana después de X");
4. resolve actors (names, roles such as "los líderes kazajo y ruso", possessives,
   dropped subjects) and merge mentions of one event;
5. propagate dates between events: "durante X", "tras X", "también", a visit
   opened by an arrival and spanned by its activities;
6. keep what belongs in a chronology and build titles from the parts.

An event with no date stays undated; nothing is ever dated by the DCT alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from timeline import lang
from timeline.events import lexicon as lexicon_module
from timeline.events.dating import Window, daily_window, envelope, from_timex, inside, relation_window, trace_amount
from timeline.events.lexicon import LASTING_KINDS, ONE_DAY_KINDS, PLACE_TYPES, Entity, Lexicon, fold, fold_text
from timeline.events.mentions import _CALLED_OFF, _PUT_OFF_NOUN_KINDS, _SUBJECT_AFTER, Mention, Ref, _begins_another_verb, _negated, _place_complement, _place_phrase_start, _until_date_after, _visiting_aside_end, common_word, extract, not_until, resumes_after_relative
from timeline.events.mentions import _adjective_of_name, _complement_of_head, _signal_ending_at, _thing_pronoun_before, moves_by_particle, stance_before
from timeline.events.mentions import _token_before_phrase, opens_on_its_verb
from timeline.events.sentence import CommonWords, Sentence, analyse, implied_complementiser
from timeline.events.titles import _MOTION, _NAMED, Actor, _plural_subject, _plural_word, title
from timeline.events.titles import _head as _phrase_head
from timeline.models import Certainty, Document, Event, Grain, Interval, Mod, Span, Status, Timex, TimexRelation, TimexType, days_reached, duration_days, duration_parts
from timeline.reading import verbs as verb_forms
from timeline.reading.letters import LETTERS
from timeline.reading.verbs import Tense, Verb, infinitive_after_mark, is_passive, non_finite_clause_head
from timeline.temporal.resolve import add_months, unit_interval

__all__ = ["build"]

_FUTURE = frozenset({Tense.FUTURE, Tense.CONDITIONAL, Tense.GOING_TO, Tense.FUTURE_PERFECT, Tense.SUBJUNCTIVE})
_SUBJUNCTIVES = frozenset({Tense.SUBJUNCTIVE, Tense.IMPERFECT_SUBJUNCTIVE})  # "aunque llueva": even if
_WILL = frozenset({Tense.FUTURE, Tense.GOING_TO})  # the future proper (a conditional may report a past plan)
# ("después de que se lesionara el jueves": the imperfect subjunctive tells a past)
_PAST = frozenset({Tense.PRETERITE, Tense.IMPERFECT, Tense.PERFECT, Tense.PLUPERFECT, Tense.RECENT_PAST, Tense.CONDITIONAL_PERFECT, Tense.IMPERFECT_SUBJUNCTIVE})
# the tenses of a plan: "desde el miércoles" after them is when it begins ("reforzará desde el miércoles")
_AHEAD_TENSES = frozenset({Tense.FUTURE, Tense.GOING_TO})
_DATED = frozenset({TimexType.DATE, TimexType.TIME})
_DAY_LINKS = frozenset({"-", "–"})  # punctuation that joins two days as one stretch (the words are the lexicon's range_end)
_CLOCK_RUN = 4  # clock times walked back to the set they follow ("de 9.00 a 20.00": one)
_LISTED_DATING = ("clause timex", "own timex")  # the datings `_listed_days` carries on a list from
_LISTED_GRAINS = (Grain.DAY, Grain.MONTH)  # ... and the grains of the dates it lists
_YEAR_LINKS = frozenset({"-", "–", "/"})  # written right between two years of one span: "2024/25"
# between a date and its restatement: a comma and at most two function words ("hace dos años, en diciembre")
_APPOSITION = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,2}")
ANAPHORA_REACH = 1000  # mentions: far more than an article holds, and a bound on run-on text
# How many recent events a mention is compared with (merging, "también", arrivals).
_NEARBY = 60
_TITLE_REACH = 4  # tokens between a title and its name ("la ministra de Hacienda, X"), or a pronoun and its verb
_PRONOUN_REACH = 3  # sentences before a gendered pronoun where the person it names is looked for
_CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*")
_WORDS = re.compile(LETTERS)
# a figure of three digits or more, group separators kept: "180,000", "1.200"
_BIG_FIGURE = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d{3,}")
_EVENT_ID = re.compile(r"\be\d+\b")


def build(document: Document, timexes: list[Timex]) -> list[Event]:
    """The events of the document, each dated as precisely as the text allows."""
    lexicon = lexicon_module.load(document.language)
    if lexicon is None or not document.sentences:
        return []
    return _Builder(document, _placed_lengths_as_dates(timexes), lexicon).run()


def _placed_lengths_as_dates(timexes: list[Timex]) -> list[Timex]:
    """A length placed in its months ("rose 5% in the first nine months of the year":
    P9M over January to September) dates its clause as a month range does."""
    if not any(t.type is TimexType.DURATION and t.interval is not None for t in timexes):
        return timexes
    return [t.model_copy(update={"type": TimexType.DATE}) if t.type is TimexType.DURATION and t.interval is not None else t for t in timexes]


class _DateProbe(NamedTuple):
    """The fields of an Event that chronology.dates.phrase reads."""

    start: dt.date
    end: dt.date
    granularity: Grain | None
    time: dt.time | None
    part_of_day: str | None
    certainty: Certainty | None


@dataclass
class _Cluster:
    mentions: list[Mention]
    window: Window | None = None
    actors: list[Actor] = field(default_factory=list)
    place: Ref | None = None
    frame_of: list[_Cluster] = field(default_factory=list)
    # derived from the mentions, kept up to date by add() (not part of equality)
    kinds: set[str] = field(init=False, compare=False, repr=False)
    names: set[str] = field(init=False, compare=False, repr=False)  # folded name complements
    objects: set[str] = field(init=False, compare=False, repr=False)  # heads of objects
    clauses: set[tuple[int, int]] = field(init=False, compare=False, repr=False)  # (sentence, segment)
    sentences: set[int] = field(init=False, compare=False, repr=False)
    placed_in: set[int] = field(init=False, compare=False, repr=False)  # sentences of its mentions told after "tras", "antes de"
    actor_keys: set[str] = field(init=False, compare=False, repr=False)  # kept by _merge
    articles: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # skipped by _head
    _best: Mention | None = field(init=False, compare=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self.kinds, self.names, self.objects, self.clauses, self.sentences, self.placed_in = set(), set(), set(), set(), set(), set()
        for m in self.mentions:
            self._index(m)
        self.actor_keys = {a.key for a in self.actors}

    def _index(self, m: Mention) -> None:
        self.kinds.add(m.kind)
        if m.name:
            self.names.add(fold(m.name))
        if m.obj:
            self.objects.add(_head(m.obj, self.articles))
        self.clauses.add((m.sentence, m.segment))
        self.sentences.add(m.sentence)
        if _placed_by_relation(m):
            self.placed_in.add(m.sentence)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def kind(self) -> str:
        return self.best.kind

    def absorb(self, other: _Cluster) -> None:
        """Take in another cluster told of the same event: its mentions, its actors not
        named yet, and the more specific of the two places."""
        for m in other.mentions:
            self.add(m)
        for actor in other.actors:
            if actor.key not in self.actor_keys:
                self.actors.append(actor)
                self.actor_keys.add(actor.key)
        self.place = _more_specific(self.place, other.place)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._index(m)
        # max() keeps the first of equals: a later mention wins only with a higher score
        # (scores read fields fixed before merging, so this equals a fresh max())
        if self._best is not None and _score(m) > _score(self._best):
            self._best = m

    @property
    def best(self) -> Mention:
        best = self._best
        if best is None:
            best = self._best = self._choose()
        return best

    def _choose(self) -> Mention:
        """The mention that names the event best (see `_score`)."""
        return max(self.mentions, key=_score)


def _score(m: Mention) -> tuple:
    """How well a mention names its event: a named noun, a verb with its actor, a
    noun with complements, in that order."""
    return (
        m.name is not None,
        m.source == "verb" and bool(m.subject),
        m.source in ("noun", "light") and (m.kind in ("summit", "conference") or m.occasion),
        m.specific,
        -m.start,
    )


class _Builder:
    def __init__(self, document: Document, timexes: list[Timex], lexicon: Lexicon):
        self.document = document
        self.text = document.text
        self.lexicon = lexicon
        self.dct = document.dct
        self.timexes = [t for t in timexes if t.start is not None and t.function != "CREATION_TIME"]
        self.timex_by_id = {t.id: t for t in timexes}
        self.moved_acts: set[int] = set()  # ids of acts of moving whose date was the moved event's ("se aplaza al 17")
        self.ended_clusters: set[int] = set()  # ids of clusters told opened and then ended ("comenzó el 3 ... quedó hoy visto para sentencia")
        self.phrases = lang.load(document.language)["phrases"]
        self.language = lang.load(document.language)
        self.sentences: dict[int, Sentence] = {}
        self.unread: dict[int, Sentence] = {}  # sentences `_read` skipped, analysed once when a pronoun looks back (`_named_in_unread`)
        self.date_phrases: dict[tuple, str] = {}
        self.first_verbs: dict[int, int] = {}  # sentence -> token of its first finite verb
        self.subjects: dict[tuple[int, int], list[Ref]] = {}
        self.earlier_subjects: dict[int, list[list[Ref]]] = {}  # sentence -> per segment, see _coordinated
        self.company_names: dict[str, str | None] = {}  # company noun -> the name first written after it, see _company_named_as
        self.timexes_by_host: dict[int, tuple[list[Timex], dict[int, list[Timex]]]] = {}  # see _host_timexes
        self.timexes_in: dict[int, list[Timex]] = {}  # sentence -> its timexes, filled by _read
        self.timex_ends: dict[int, tuple[Sequence[Timex], list[int]]] = {}  # id of a clause's timexes -> them, their ends (`_hours_of_a_set`)
        self.since_clauses: dict[int, list[int]] = {}  # sentence -> tokens of its "desde que"/"hasta que" (`_since_clause_between`)
        self.signalled_gerunds: dict[int, list[int]] = {}  # sentence -> tokens of its "before"/"after" + gerund (`_signalled_gerund_between`)
        self.passive_plans: dict[int, list[int]] = {}  # sentence -> tokens of its "to" read as a going-to verb (`_passive_plan_between`)
        self.carried_on: set[tuple[int, int]] = set()  # (sentence, segment) of clauses that only carry an event on to its end (`_lasting_until`)
        self.countdowns: set[str] = set()  # ids of the lengths counted down from the DCT ("faltan diez días para"): see `_countdown`
        self.lengths_before: dict[str, Timex] | None = None  # date id -> the length of months it ends, see `_months_ending_at`
        self.months_end_links = frozenset(fold(w) for w in self.language["temporal"].get("months_end_links", ()))  # "terminados", see `_participle_date`
        self._surnames: dict[str, str | None] = {}  # see _surname_alone
        self.relations = self._relations()
        self.relation_ids = {timex.id for timex in self.relations}
        self.relations_in: dict[int, list[Timex]] = {}
        self.anchors_in: dict[int, list[tuple[int, int]]] = {}  # sentence -> (start, end) of its relations' anchors
        for timex in self.relations:
            index = document.sentence_at(timex.start)  # type: ignore[arg-type]
            if index is not None:
                self.relations_in.setdefault(index, []).append(timex)
                if timex.relation:
                    self.anchors_in.setdefault(index, []).append((timex.relation.anchor.start, timex.relation.anchor.end))

    # -- 1. sentences ---------------------------------------------------------
    def _read(self) -> list[Mention]:
        lexicon = self.lexicon
        by_sentence = self.timexes_in
        for timex in self.timexes:
            index = self.document.sentence_at(timex.start)  # type: ignore[arg-type]
            if index is not None:
                by_sentence.setdefault(index, []).append(timex)
        mentions: list[Mention] = []
        text = self.text
        strong, reporting = lexicon.strong_words, lexicon.reporting_words
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters grow in lower case: keep offsets
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        common = CommonWords(text)
        fw = lexicon.fw
        determiners = fw.possessive | fw.possessive_first | fw.anaphoric  # written before an event's phrase
        for index, bounds in enumerate(self.document.sentences):
            sentence_timexes = by_sentence.get(index, [])
            if mentions and any(t.type is TimexType.DURATION for t in sentence_timexes):
                sentence_timexes = by_sentence[index] = self._stretch_pointed_back(sentence_timexes, mentions, index)
            # any dated clause may be an event; otherwise a sentence without an event
            # word has no event, and a reporting verb makes one only when the sentence
            # dates it (its words are read only when no date already decides)
            if not any(t.type in _DATED for t in sentence_timexes) and not self._length_ahead(sentence_timexes):
                if not _writes_any(lowered, bounds.start, bounds.end, strong, reporting if sentence_timexes else _NO_WORDS) and not self._also_with_subject_verb(lowered, bounds.start, bounds.end):
                    continue
            spans = [(t.start, t.end) for t in sentence_timexes]
            # a duration that relates two events ("dos días después de X") ends a noun phrase as a date does
            durations = [(t.start, t.end) for t in sentence_timexes if t.type is TimexType.DURATION and t.id not in self.relation_ids]
            s = analyse(text, index, bounds.paragraph, bounds.start, bounds.end, lexicon, self.document.language, spans, durations, common)  # type: ignore[arg-type]
            self.sentences[index] = s
            relations = self.relations_in.get(index, [])
            own: set[int] | Timex | None  # the ids of the sentence's timexes, then each mention's own one
            own = {id(t) for t in sentence_timexes}  # by identity: a relation read here is a new copy
            found = extract(s, lexicon, sentence_timexes + [r for r in relations if id(r) not in own])
            found += self._ended_by_pronoun(s, found, mentions, sentence_timexes)
            # "tras la reunión del lunes": that date is the meeting's, not its clause's
            self.claimed = [(m.start, max(m.end, m.np_end)) for m in found if m.signal is not None and m.signal[0] in ("after", "before")]
            self.claimed += [(m.start, m.claims_until) for m in found if m.claims_until]  # "before joining the bank in 2019"
            # "Este acuerdo sustituye al acuerdo de 1991": a date a noun owns dates no other noun
            self.owned = {}
            owns = [self._own_timex(m, s, sentence_timexes) for m in found]
            dated = _dated(sentence_timexes)
            for m, own in zip(found, owns):
                if own is not None:
                    self.owned[own.id] = m
                    stretch = self._stretch_window(own, dated, "own timexes")
                    for timex_id in stretch.timex_ids if stretch is not None else ():
                        self.owned[timex_id] = m  # "convocaron paros los días 25 y 26": both days the stoppages'
                    if stretch is not None and len(stretch.timex_ids) == 2:
                        for timex_id in self._listed_between(dated, stretch.timex_ids):
                            self.owned[timex_id] = m  # "los días 9, 10 y 11": the 10th too
            for m, own in zip(found, owns):
                self._date_mention(m, s, sentence_timexes, own)
                first = s.token_at(m.start)
                if first > 0 and s.low[first - 1] in determiners:
                    first -= 1
                m.phrase = text[s.starts[first] : max(m.end, m.np_end)]
                mentions.append(m)
                mentions += [replace(m, window=w) for w in self._listed_days(m, sentence_timexes)]
        # "comenzará el 20 de noviembre y deberá concluir antes del 20 de diciembre": the
        # end is the event's, told once
        return [m for m in mentions if not (m.source == "verb" and m.generic and (m.sentence, m.segment) in self.carried_on)] if self.carried_on else mentions

    def _ended_by_pronoun(self, s: Sentence, found: list[Mention], before: list[Mention], timexes: list[Timex]) -> list[Mention]:
        """The end of the lasting event told last before, in this sentence or the one before
        it, that "it" stands for as the subject of a closing verb with no object and a date
        in its clause: "The strike began on Monday. Union leaders said it would end on
        Friday" (the strike's end, one strike from Monday to Friday)."""
        lex = self.lexicon
        result = []
        for vt, verb in s.verb_at.items():
            if verb.lemma not in lex.closing or not verb.finite or not _thing_pronoun_before(s, vt, lex) or any(m.verb is verb for m in found):
                continue
            vt_end = s.token_at(verb.end - 1) + 1
            if vt_end < len(s.low) and vt_end not in s.timex_tokens and s.words[vt_end][0].isalnum() and s.low[vt_end] not in lex.prepositions:
                continue  # "it would end production on Friday": what it ends, an act of whoever "it" is
            seg = s.segment_of[vt]
            if not any(t.interval is not None and s.segment_of[s.token_at(t.start)] == seg for t in timexes):  # type: ignore[arg-type]
                continue
            told = [m for m in before if m.sentence == s.index - 1 and m.paragraph == s.paragraph] + [m for m in found if m.end <= verb.start]
            last = max((m for m in told if m.kind in LASTING_KINDS and m.source in ("noun", "light")), key=lambda m: m.start, default=None)
            if last is None:
                continue
            result.append(Mention(
                sentence=s.index, paragraph=s.paragraph, start=s.starts[vt - 1], end=s.ends[vt - 1], kind=last.kind, source="light", lemma=last.lemma, noun=last.noun,
                verb=verb, tense=verb.tense, segment=seg, light_start=verb.start, own_subject=True, in_quote=s.in_quote[vt - 1], np_end=s.ends[vt - 1],
            ))
        return result

    def _relations(self) -> list[Timex]:
        """Timexes linked to an event, from the tagger or read here when the tagger
        left a duration right before "después de" / "antes de" without a link."""
        result = []
        for timex in self.timexes:
            if timex.relation is not None:
                result.append(timex)
                continue
            if timex.type is not TimexType.DURATION or timex.end is None:
                continue
            countdown = self._countdown(timex)
            if countdown is not None:
                self.countdowns.add(timex.id)
                result.append(countdown)
                continue
            rest = self.text[timex.end : timex.end + 14].lstrip().lower()
            direction: Literal["after", "before"]
            for signals, direction in ((self.lexicon.duration_after, "after"), (self.lexicon.duration_before, "before")):
                signal = next((w for w in signals if rest.startswith(w)), None)
                if signal is None:
                    continue
                index = self.document.sentence_at(timex.start)  # type: ignore[arg-type]
                if index is None:
                    continue
                anchor_start = self.text.index(signal, timex.end, timex.end + 16) + len(signal) if signal in self.text[timex.end : timex.end + 16] else timex.end
                anchor = self._anchor_phrase(anchor_start, index)
                result.append(timex.model_copy(update={"relation": TimexRelation(signal=signal, direction=direction, anchor=anchor)}))
                break
        return result

    def _anchor_phrase(self, start: int, sentence: int) -> Span:
        """The event phrase a relation's signal opens at `start` (blanks skipped): up to
        the next comma, semicolon or colon of the sentence, or its end."""
        text = self.text
        while start < len(text) and text[start] == " ":
            start += 1
        sentence_end = self.document.sentences[sentence].end
        cut = min([p for p in (text.find(c, start, sentence_end) for c in ",;:") if p >= 0] + [sentence_end])
        return Span(text=text[start:cut], start=start, end=cut)

    # -- 2./3. dating one mention ---------------------------------------------
    def _date_mention(self, m: Mention, s: Sentence, timexes: list[Timex], own: Timex | None) -> None:
        """Date one mention: `own` is its own timex (`_own_timex`), else its clause's."""
        m_windows: list[Window] = []
        anchors = self.anchors_in.get(m.sentence, ())
        in_anchor = any(a <= m.start < b for a, b in anchors) or (m.light_start is not None and any(a <= m.light_start < b for a, b in anchors))
        ended = self._ended_state_window(m, s, timexes)
        if ended is not None:
            m.window, m.in_anchor = ended, in_anchor
            return
        until = self._until_timex(m, s, timexes) if m.source in ("noun", "light") else None
        until = until or m.deadline_end  # "tienen hasta el 15 de diciembre para presentar": no noun, the verb gives it
        if until is not None:
            # "Las partes tienen de plazo hasta el 15 de enero": the deadline's last day
            window = from_timex(until, "deadline end timex")
            if window is not None:
                m_windows.append(window)
        elif own is not None:
            dated = _dated(timexes)
            moved_to = self._moved_to(s, own, dated)
            if moved_to is not None:  # "retrasó el lanzamiento del 20 de noviembre al 4 de diciembre": now on the 4th
                window = from_timex(moved_to, "own timex")
            else:
                window = self._stretch_window(own, dated, "own timexes") or self._own_since_window(s, own) or from_timex(own, "own timex")
            if window is not None and (m.several or m.plural or m.noun is not None and _plural_word(m.noun.split(" ", 1)[0], self.lexicon)):
                window = self._series_begun(s, own, window) or window
            if window is not None and window.time is None and window.start == window.end and m.source == "light" and m.verb is not None and m.verb.lemma not in self.lexicon.closing:
                window = self._hour_of_own_day(m, s, timexes, window) or window
            if window is not None:
                m_windows.append(window)
        elif m.clause_dated and (not in_anchor or self._finite_anchor_clause(m, s)) and (m.signal is None or self._told_in_relative(m, s)) and not self._matter_noun(m, s) and not self._own_date_unknown(m, s, timexes) and not (m.source == "noun" and self._announced_plan(s, m)):
            window = self._clause_window(m, s, timexes)
            if window is not None:
                m_windows.append(window)
        if not m_windows and m.clause_dated and m.signal is None:
            daily = self._daily(m, s, timexes)
            if daily is not None:
                m_windows.append(daily)
        if not m_windows and m.clause_dated and m.signal is None and not in_anchor:
            within = self._within_length(m, s, timexes) or self._coming_period(m, s, timexes)
            if within is not None:
                m_windows.append(within)
        window = m_windows[0] if m_windows else None
        if window is not None and len(window.timex_ids) == 1:
            window = self._months_ending_at(window) or window
        if window is None and m.clause_dated and m.signal is None and not in_anchor and m.source in ("verb", "light") and m.verb is not None:
            window = self._occasion_window(m, s)  # "sufrió una lesión en el partido del domingo": during the match
        if (window is None or window.start == window.end) and m.source == "light" and m.verb is not None and not in_anchor:
            window = self._lasted_to_end(m.verb, s, timexes) or window
        if window is None and (m.kind == "absence" or m.kind in self.lexicon.states_until.values() and m.source == "verb" and (m.lemma in self.lexicon.fw.copula or m.lemma in self.lexicon.lasting_state_verbs)):
            window = self._absence_window(m, s, timexes)  # "will be out until mid-December": from now until then
        if window is None and m.time_allowed is not None and not in_anchor:
            window = self._time_allowed_window(m.time_allowed)
        if window is None and m.signal is not None and m.signal[0] == "after" and m.source == "noun":
            window = self._lasted_before(m, s, timexes)  # "tras un juicio que se prolongó durante seis semanas"
        if window is not None and m.source in ("light", "verb") and m.verb is not None and m.verb.lemma in self.lexicon.opening:
            window = self._lasting_until(m, s, timexes, window) or self._lasting_for(m, s, timexes, window) or window
        if window is not None and window.start == window.end and len(window.timex_ids) == 1:
            window = self._lasting_from(m, s, timexes, window) or window
        if window is not None and window.certainty is Certainty.EXACT and len(window.timex_ids) == 1:
            near = self._near_phrase(s, self.timex_by_id[window.timex_ids[0]])
            if near is not None:  # "llegó poco antes de las 10.00": about then
                window = replace(window, certainty=Certainty.APPROXIMATE, reason=near)
        if window is not None and window.certainty is Certainty.EXACT and window.grain is Grain.DAY and m.kind in ONE_DAY_KINDS:
            window = self._window_between(window) or window
        m.window = window
        m.in_anchor = in_anchor
        meeting = self._meeting_of_act(m, s, window)
        if meeting is not None:
            meeting.corefers = m  # one event: the act done at the meeting that dates it

    def _window_between(self, window: Window) -> Window | None:
        """A stretch of days opened by "between" ("between Dec. 3 and Dec. 10", "entre el
        3 y el 10"), for an event done on one day: that day somewhere in it, the window
        bounded; None for any other window."""
        if len(window.timex_ids) != 2 or window.start == window.end:
            return None
        first, second = (self.timex_by_id[i] for i in window.timex_ids)
        before = fold(self.text[max(0, first.start - 12) : first.start]).split()  # type: ignore[operator]
        if not before or before[-1] not in self.lexicon.fw.between:
            return None
        return replace(window, certainty=Certainty.BOUNDED, reason=self.text[first.start - len(before[-1]) - 1 : second.end])  # type: ignore[operator]

    def _hour_of_own_day(self, m: Mention, s: Sentence, timexes: list[Timex], day: Window) -> Window | None:
        """"Las inundaciones del martes comenzaron hacia las 16.00": the clock time its
        verb is told at, on the noun's own day, is the event's hour (not a closing verb's:
        "terminó a las 14.00" is its end)."""
        verb = m.verb
        assert verb is not None
        segment = s.segment_of[s.token_at(verb.start)]
        for timex in timexes:
            if (timex.type is TimexType.TIME and timex.start is not None and timex.start >= verb.end and timex.interval is not None
                    and s.segment_of[s.token_at(timex.start)] == segment and timex.interval.first_day() == day.start):
                window = from_timex(timex, f"{day.dated_by}, hour of its clause")
                return window if window is not None and window.time is not None else None
        return None

    def _months_ending_at(self, window: Window) -> Window | None:
        """"Net income rose in the nine months ended Sept. 30": a count of months written
        right before the date they end on (lang temporal months_end_links) dates the event
        over them, January to September (the tagger keeps the length and the day, as TimeML
        writes a span with its end point; months that make a unit are one: "the three months
        ended Sept. 30", 2025-Q3)."""
        if self.lengths_before is None:
            self.lengths_before = self._lengths_before_dates()
        if not self.lengths_before:
            return None
        end = self.timex_by_id.get(window.timex_ids[0])
        length = self.lengths_before.get(window.timex_ids[0])
        if end is None or length is None or end.interval is None or window.start != end.interval.first_day():
            return None
        parts = duration_parts(length.symbolic)
        if parts is None or parts[0] or parts[2] or parts[3] or not 2 <= parts[1] <= 24 or length.mod is not None:
            return None
        last = window.end
        first = add_months(last + dt.timedelta(days=1), -parts[1])
        grain = Grain.MONTH if first.day == 1 and (last + dt.timedelta(days=1)).day == 1 else Grain.DAY
        return replace(window, start=first, grain=grain, dated_by=f"clause timexes {length.id}-{end.id}", timex_ids=(length.id, end.id))

    def _lengths_before_dates(self) -> dict[str, Timex]:
        """The lengths named right before a date by a link of months ending (date id ->
        "the nine months" of "the nine months ended Sept. 30"): see `_months_ending_at`."""
        links = self.months_end_links
        found: dict[str, Timex] = {}
        if not links:
            return found
        timexes = self.timexes
        for length, end in zip(timexes, timexes[1:]):
            if length.type is not TimexType.DURATION or length.end is None or end.start is None or not length.end < end.start <= length.end + 12:
                continue
            if fold(self.text[length.end : end.start]).strip() in links and fold(length.text).split()[0] in self.lexicon.fw.definite:
                found[end.id] = length  # (not "jailed for nine months to September": how long, no stretch named)
        return found

    def _told_in_relative(self, m: Mention, s: Sentence) -> bool:
        """Whether a signalled noun is told by a relative clause of its own right after it
        ("votarán tras una campaña que arrancó el 18 de octubre"): that clause's date is
        the noun's, though the signal makes it another event's reference."""
        if m.source != "light" or m.light_start is None or m.light_start < m.end:
            return False
        k = s.token_at(max(m.end, m.np_end) - 1) + 1
        return k < len(s.low) and s.low[k] in self.lexicon.fw.relative and s.token_at(m.light_start) in (k + 1, k + 2) and s.segment_of[k] == s.segment_of[s.token_at(m.light_start)]

    def _finite_anchor_clause(self, m: Mention, s: Sentence) -> bool:
        """Whether `m` is the finite verb of a relation's anchor clause with a subject of
        its own ("for three weeks after he injured his knee on Sunday"): its clause's
        date is its own, as outside an anchor."""
        if m.source != "verb" or m.verb is None or not m.verb.finite or not m.subject_text:
            return False
        t = s.token_at(m.verb.start)
        return t > 0 and s.segment_of[t - 1] == s.segment_of[t] and s.low[t - 1] in self.lexicon.person_gender.pronouns

    def _ended_state_window(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"El delantero estuvo de baja hasta marzo", "dio clases en Salamanca hasta 1979": a
        state of the past told only by its end, a window ending with the date after "hasta"
        whose start the text does not give (both ends told, "entre 2011 y 2019", is a stretch)."""
        lexicon, fw = self.lexicon, self.lexicon.fw
        if not lexicon.ended_states or m.source != "verb" or m.verb is None or m.tense not in _PAST:
            return None
        state = m.lemma in fw.copula or m.lemma in lexicon.lasting_state_verbs and m.lemma not in lexicon.state_onset_verbs
        if not (state and (m.kind == "absence" or m.kind in lexicon.states_until.values()) or m.kind in lexicon.office_terms.values()):
            return None
        vt = s.token_at(m.verb.start)
        host = s.segments[m.segment].host
        after = [x for x in timexes if x.interval is not None and x.start is not None and s.token_at(x.start) > vt and s.segments[s.segment_of[s.token_at(x.start)]].host == host]
        before = [s.low[s.token_at(x.start) - 1] for x in after]  # type: ignore[arg-type]
        if any(word in fw.from_ or word in fw.between for word in before):
            return None
        bound = next((x for x, word in zip(after, before) if word in fw.until), None)
        window = from_timex(bound, "until timex") if bound is not None else None
        if window is None:
            return None
        reason = lexicon.reasons.get("ended_state", "{date}").format(date=bound.text)  # type: ignore[union-attr]
        return replace(window, certainty=Certainty.BOUNDED, reason=reason, open_start=True)

    def _absence_window(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"Gabriel ... will be out until mid-December": an absence from the DCT to the
        date after "until" (certainty bounded: when it ends, the date says)."""
        if self.dct is None or m.verb is None:
            return None
        vt = s.token_at(m.verb.start)
        bound = next((x for x in timexes if x.interval is not None and x.start is not None and s.token_at(x.start) > vt and s.low[s.token_at(x.start) - 1] in self.lexicon.fw.until), None)
        if bound is None or bound.interval.last_day() < self.dct:  # type: ignore[union-attr]
            return None
        reason = self.lexicon.reasons.get("absence", "{date}").format(date=bound.text)
        return Window(self.dct, bound.interval.last_day(), Grain.DAY, Certainty.BOUNDED, reason, f"from the DCT until {bound.id}", (bound.id,))  # type: ignore[union-attr]

    def _time_allowed_window(self, length: Timex) -> Window | None:
        """"El condenado tiene diez días para ingresar en prisión": done between the DCT
        and the end of the length given (certainty bounded; when, the text does not say)."""
        if length.type is not TimexType.DURATION:
            return self._allowed_until_window(length)
        return self._length_from_dct(length, "allowed time")

    def _length_from_dct(self, length: Timex, rule: str) -> Window | None:
        """From the DCT to the end of a length of days or more (bounded), or None."""
        span = duration_days(length.symbolic) if self.dct is not None else None
        if span is None or self.dct is None or span[1] < 1:  # (no span without a DCT)
            return None
        return Window(self.dct, self.dct + dt.timedelta(days=span[1]), Grain.DAY, Certainty.BOUNDED, length.text, f"{rule} {length.id}", (length.id,))

    def _allowed_until_window(self, last_day: Timex) -> Window | None:
        """"Prosecutors have until Friday to file formal charges": done between the DCT
        and that day (certainty bounded)."""
        if self.dct is None or last_day.interval is None or last_day.interval.last_day() < self.dct:
            return None
        last = last_day.interval.last_day()
        return Window(self.dct, last, Grain.DAY, Certainty.BOUNDED if last != self.dct else Certainty.EXACT, last_day.text, f"deadline timex {last_day.id}", (last_day.id,))

    def _stretch_pointed_back(self, timexes: list[Timex], mentions: list[Mention], index: int) -> list[Timex]:
        """"Adif cortará la circulación del 1 al 14 de diciembre. Durante esas dos semanas,
        Renfe ofrecerá ...": a length after a demonstrative that measures the stretch of
        days dated in the sentence before is that stretch, and dates its clause."""
        stretch = None
        for m in reversed(mentions):  # (the sentence before's only: back no further, so many sentences stay linear)
            if m.sentence < index - 1:
                break
            w = m.window
            if m.sentence == index - 1 and w is not None and w.start < w.end and w.grain is Grain.DAY and w.certainty is Certainty.EXACT and len(w.timex_ids) > 1:
                stretch = w
                break
        if stretch is None:
            return timexes
        replaced = list(timexes)
        for k, timex in enumerate(timexes):
            days = duration_days(timex.symbolic) if timex.type is TimexType.DURATION and timex.interval is None and timex.mod is None else None
            before = self.text[max(0, timex.start - 12) : timex.start].split() if days is not None and timex.start is not None else []
            if days is None or not before or fold(before[-1]) not in self.lexicon.fw.demonstrative or not days[0] - 1 <= stretch.days <= days[1] + 1:
                continue
            interval = Interval(earliest=stretch.start, latest=stretch.end, grain=Grain.DAY)
            replaced[k] = self.timex_by_id[timex.id] = timex.model_copy(update={"type": TimexType.DATE, "interval": interval})
        return replaced

    def _length_ahead(self, timexes: list[Timex]) -> bool:
        """Whether a length after a word of `within_length` may date the sentence's clause
        ("Airbus recortará 10.000 puestos de trabajo en los próximos cuatro años"), as a
        date does: its words are read."""
        for timex in timexes:
            if timex.type is TimexType.DURATION and timex.start is not None and timex.id not in self.relation_ids:
                before = self.text[max(0, timex.start - 12) : timex.start].split()
                if before and fold(before[-1]) in self.lexicon.within_length:
                    return True
                after = self.text[timex.end : timex.end + 8].split() if timex.end is not None else []
                if after and fold(after[0]) in self.lexicon.time_allowed_purpose:
                    return True  # "El exalcalde tiene diez días para ingresar en prisión": the time given (`_time_given`)
        return False

    def _within_length(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"said he would appeal the sentence within the next two weeks": a length after
        "within", in a clause still to come, holds the event from the DCT to that length
        after it (bounded); a past clause counts from a day the text does not give."""
        tense = m.tense if m.tense is not None and m.tense is not Tense.INFINITIVE else m.clause_tense
        if self.dct is None or tense not in _FUTURE:
            return None
        host = s.segments[s.segment_of[s.token_at(m.start)]].host
        for timex in self._host_timexes(s, timexes).get(host, ()):
            k = s.token_at(timex.start)  # type: ignore[arg-type]
            if timex.type is not TimexType.DURATION or timex.id in self.relation_ids or timex.mod not in (None, Mod.LESS_THAN, Mod.EQUAL_OR_LESS) or k == 0 or s.low[k - 1] not in self.lexicon.within_length:
                continue
            if timex.start < m.start or duration_days(timex.symbolic) is None:  # type: ignore[operator]
                continue
            return self._length_after_told_day(s, timex) or self._length_from_dct(timex, "deadline timex")
        return None

    def _coming_period(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"La Aemet ha activado el aviso rojo para las próximas 48 horas": a coming length
        after "para"/"durante" in the clause is the period the act holds for, from the DCT
        to that length after it (bounded), whatever the tense."""
        if self.dct is None or m.source == "verb" and m.lemma not in self.lexicon.period_setting_verbs or m.tense is Tense.PRETERITE or not self.lexicon.coming_words:
            return None  # ("aprobó un plan para los próximos cinco años": the plan's term)
        host = s.segments[s.segment_of[s.token_at(m.start)]].host
        for timex in self._host_timexes(s, timexes).get(host, ()):
            k = s.token_at(timex.start)  # type: ignore[arg-type]
            if timex.type is not TimexType.DURATION or timex.id in self.relation_ids or timex.mod is not None or k == 0 or s.low[k - 1] not in self.lexicon.coming_period_links:
                continue
            if timex.start < m.start or not any(w in self.lexicon.coming_words for w in s.low[k : k + 2]):  # type: ignore[operator]
                continue
            days = days_reached(timex.symbolic)
            if days is None or days < 1:
                return None
            return Window(self.dct, self.dct + dt.timedelta(days=days), Grain.DAY, Certainty.BOUNDED, timex.text, f"coming period {timex.id}", (timex.id,))
        return None

    def _length_after_told_day(self, s: Sentence, length: Timex) -> Window | None:
        """"La Asamblea se constituirá el 13 de enero de 2026. El debate de investidura
        deberá celebrarse en los quince días siguientes": a length with a word after it that
        counts it from the day told before ([signals] length_after_told) runs from the day
        after the last day written before it in the paragraph (bounded), not from the DCT."""
        after = s.token_at(length.end - 1) + 1  # type: ignore[operator]
        if after >= len(s.low) or s.low[after] not in self.lexicon.length_after_told:
            return None
        span = duration_days(length.symbolic)
        paragraph = self.document.sentences[s.index].paragraph
        told = [t for t in self.timexes if t.end is not None and t.end <= length.start and t.type is TimexType.DATE and t.interval is not None and t.interval.grain is Grain.DAY  # type: ignore[operator]
                and self._paragraph_of(t) == paragraph]
        if span is None or span[1] < 1 or not told:
            return None
        day = told[-1].interval.last_day()  # type: ignore[union-attr]
        return Window(day + dt.timedelta(days=1), day + dt.timedelta(days=span[1]), Grain.DAY, Certainty.BOUNDED, length.text, f"deadline timex {length.id} after timex {told[-1].id}", (length.id, told[-1].id))

    def _paragraph_of(self, timex: Timex) -> int | None:
        """The paragraph of the sentence a timex is written in."""
        index = self.document.sentence_at(timex.start) if timex.start is not None else None
        return self.document.sentences[index].paragraph if index is not None else None

    def _listed_days(self, m: Mention, timexes: list[Timex]) -> list[Window]:
        """"Cerrará el 24 y el 25 de diciembre y el 1 de enero": days listed after the
        ones that date an event, each run of days in a row one more occurrence of it
        (months too: "sus reuniones de julio, septiembre y octubre"); a call for them
        ("convocaron huelga los días 3 y 10") is one act."""
        window = m.window
        if m.source == "verb" and m.lemma in self.lexicon.scheduling:
            return []
        if window is None or window.grain not in _LISTED_GRAINS or window.certainty is not Certainty.EXACT or not window.dated_by.startswith(_LISTED_DATING):
            return []
        how = window.dated_by.split()[0]  # "clause" or "own"
        dated = _dated(timexes)
        k = next((i for i, t in enumerate(dated) if t.id == window.timex_ids[-1]), None)
        more: list[Window] = []
        end = window.end
        while k is not None and k + 1 < len(dated):
            listed = dated[k + 1]
            gap = fold(self.text[dated[k].end : listed.start]).strip()  # type: ignore[index]
            if not (gap == "," or gap in self.lexicon.fw.coordinator) or listed.interval.grain is not window.grain or listed.interval.first_day() <= end:  # type: ignore[union-attr]
                break
            run = self._stretch_window(listed, dated, f"{how} timexes") or from_timex(listed, f"{how} timex")
            if run is None:
                break
            more.append(run)
            end = run.end
            k = next(i for i, t in enumerate(dated) if t.id == run.timex_ids[-1])
        return more

    def _lasting_until(self, m: Mention, s: Sentence, timexes: list[Timex], opened: Window) -> Window | None:
        """"El festival arrancó el viernes y se prolongará hasta el 15 de noviembre":
        the next clause, joined by a coordinator with no subject of its own, carries
        the event its verb opened on to the date after "hasta", or closes it on its
        date ("arrancará el 26 de febrero y terminará el 12 de marzo")."""
        fw = self.lexicon.fw
        k = s.segment_of[s.token_at(m.verb.start)] + 1  # type: ignore[union-attr]
        if k >= len(s.segments) or not s.segments[k].verbs:
            return None
        # ("The strike, which began on Oct. 1, ended on Nov. 12": the main clause after the relative that opened the event)
        if not (s.segments[k].opener in fw.coordinator or s.segments[k].opener in fw.relative or resumes_after_relative(s, k, self.lexicon)):
            return None
        # "que podrá visitarse hasta el 28 de junio": past a modal, the verb that carries it on
        seg = s.segments[k]
        in_clause = [v for v in (s.verb_of(t) for t in range(seg.t0, seg.t1)) if v is not None]
        verb = next((v for v in in_clause if v.lemma in self.lexicon.lasting or v.lemma in self.lexicon.closing), seg.verbs[0])
        if seg.verbs[0].lemma in self.lexicon.obligation and seg.verbs[0].tense in _PAST:
            return None  # "comenzaron en septiembre de 2024 y debían concluir en junio": a plan of the past, not the end
        vt = s.token_at(verb.start)
        closing = verb.lemma in self.lexicon.closing
        if not (closing or verb.lemma in self.lexicon.lasting) or any(s.low[t] not in fw.clitic and s.verb_of(t) is None for t in range(seg.t0 + 1, vt)):
            return None
        bound = next((x for x in timexes if x.interval is not None and vt < s.token_at(x.start) < seg.t1 and (  # type: ignore[arg-type]
            closing or s.low[s.token_at(x.start) - 1] in fw.until or _until_clause_end(s, x, vt, fw.until))), None)  # type: ignore[arg-type]
        last = from_timex(bound, "clause timexes") if bound is not None else None
        if last is not None and _at_midnight(bound) and last.end - dt.timedelta(days=1) >= opened.end:  # type: ignore[arg-type]
            # "se mantendrá hasta las 24.00 horas del lunes" (the 18th at 00:00): through Monday
            last = replace(last, end=last.end - dt.timedelta(days=1))
        if last is None or last.end < opened.end or len(opened.timex_ids) != 1:
            return None
        grain = opened.grain if opened.grain == last.grain else Grain.DAY
        self.carried_on.add((s.index, k))
        # "arrancará el jueves por la tarde y se mantendrá hasta el lunes": the afternoon
        # is the opening's, no part of every day of the window
        part = opened.part_of_day if last.end == opened.end else None
        return replace(opened, end=last.end, grain=grain, part_of_day=part, dated_by=f"clause timexes {opened.timex_ids[0]}-{bound.id}", timex_ids=opened.timex_ids + (bound.id,))  # type: ignore[union-attr]

    def _lasting_for(self, m: Mention, s: Sentence, timexes: list[Timex], opened: Window) -> Window | None:
        """"the thefts began in 2016 and continued for nearly seven years": the next
        clause, joined by a coordinator with no subject of its own, carries the event
        its verb opened on for a length: it ends at most that long after the opening
        date's last day (2023), about then when the length is approximate. So a relative
        of the subject and the main clause around it ("El juicio, que durará tres
        semanas, comenzará el 2 de febrero", "..., que comenzará el 2, durará ...")."""
        fw = self.lexicon.fw
        if len(opened.timex_ids) != 1:
            return None
        at = s.segment_of[s.token_at(m.verb.start)]  # type: ignore[union-attr]
        k = at + 1
        if k < len(s.segments) and s.segments[k].opener in fw.coordinator and s.segments[k].verbs:
            verb = s.segments[k].verbs[0]
            vt = s.token_at(verb.start)
            if any(s.low[t] not in fw.clitic for t in range(s.segments[k].t0 + 1, vt)):
                return None
        elif k < len(s.segments) and s.segments[at].opener in fw.relative and resumes_after_relative(s, k, self.lexicon):
            verb = s.segments[k].verbs[0]  # "El juicio, que comenzará el 2 de febrero, | durará tres semanas"
        elif at > 0 and resumes_after_relative(s, at, self.lexicon) and opens_on_its_verb(s, s.segments[at - 1], self.lexicon):
            k = at - 1  # "El juicio, que durará tres semanas, | comenzará el 2 de febrero"
            verb = s.segments[k].verbs[0]
        else:
            return None
        seg = s.segments[k]
        if verb.lemma not in self.lexicon.lasting:
            return None
        length = self._length_after(s, s.token_at(verb.end - 1) + 1, seg.t1, timexes)
        window = self._carried_for(opened, length) if length is not None else None
        if window is not None:
            self.carried_on.add((s.index, k))
        return window

    def _carried_for(self, opened: Window, length: Timex) -> Window | None:
        """The window of an event opened in `opened` and lasting `length`: it ends at most
        that long after the opening's last day, about then when the length is approximate."""
        parts = duration_parts(length.symbolic)
        if parts is None:
            return None
        end = _after_length(opened.end, *parts)
        if opened.grain is Grain.YEAR:
            end, grain = dt.date(end.year, 12, 31), Grain.YEAR
        elif opened.grain is Grain.MONTH and parts[2] == parts[3] == 0:
            end, grain = _month_end(end), Grain.MONTH
        else:
            grain = Grain.DAY
        part = opened.part_of_day if end == opened.end else None  # "began on Monday morning and lasted three days": the opening's morning
        window = replace(opened, end=end, grain=grain, part_of_day=part, dated_by=f"{opened.dated_by}+{length.id}", timex_ids=opened.timex_ids + (length.id,))  # type: ignore[union-attr]
        if length.mod is not None:  # type: ignore[union-attr]
            window = replace(window, certainty=Certainty.APPROXIMATE, reason=length.text)  # type: ignore[union-attr]
        return window

    def _closed_on(self, cluster: _Cluster) -> bool:
        """Whether the cluster's day is the one a closing verb told ("La feria cierra el
        domingo"): its last day, not one a length runs on from."""
        return any(m.window is cluster.window and m.verb is not None and m.verb.lemma in self.lexicon.closing for m in cluster.mentions)

    def _length_of_subject(self, m: Mention) -> Timex | None:
        """The length a lasting verb gives the event noun that is its subject ("La vista
        oral se prolongará durante tres semanas", "La vista oral, que durará tres
        semanas, ..."); None otherwise."""
        s = self.sentences[m.sentence]
        verb = m.verb if m.source == "light" and m.verb is not None and m.verb.start > m.start else None
        if verb is None or verb.lemma not in self.lexicon.lasting:
            # "La vista oral, que se prolongará durante tres semanas, comenzará": its relative's
            k = s.token_at(max(m.end, m.np_end) - 1) + 2
            seg = s.segments[s.segment_of[k]] if k < len(s.low) and s.words[k - 1] == "," else None
            if seg is None or seg.t0 != k or seg.opener not in self.lexicon.fw.relative or not opens_on_its_verb(s, seg, self.lexicon):
                return None
            verb = seg.verbs[0]
            if verb.lemma not in self.lexicon.lasting:
                return None
        vt_end = s.token_at(verb.end - 1) + 1
        return self._length_after(s, vt_end, s.segments[s.segment_of[vt_end - 1]].t1, self.timexes_in.get(m.sentence, []))

    def _lasted_before(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"Fue condenado el martes tras un juicio que se prolongó durante seis semanas": an
        event noun after "tras" whose length is told (a relative of lasting, "de seis
        semanas") was over by the day of the clause it is told in; when it began, the text
        does not say (its length is in the reason, no start is made up from it)."""
        k = s.token_at(m.end - 1) + 1
        if k >= len(s.low):
            return None
        length = None
        if s.low[k] in self.lexicon.fw.relative:
            seg = s.segments[s.segment_of[k]]
            lasting = seg.verbs[0] if seg.t0 == k and opens_on_its_verb(s, seg, self.lexicon) else None
            if lasting is not None and lasting.lemma in self.lexicon.lasting:
                length = self._length_after(s, s.token_at(lasting.end - 1) + 1, seg.t1, timexes)
        elif s.low[k] in self.lexicon.fw.of:
            length = next((x for x in timexes if x.type is TimexType.DURATION and x.id not in self.relation_ids and s.token_at(x.start) == k + 1), None)  # type: ignore[arg-type]
        if length is None or duration_days(length.symbolic) is None:
            return None
        told = self._clause_window(m, s, timexes)
        if told is None or told.open_start:
            return None
        template = self.lexicon.reasons.get("lasted_before") or self.lexicon.reasons.get("ended_state", "{date}")
        reason = template.format(length=length.text, date=self._date_phrase(told))
        return Window(told.start, told.end, told.grain if told.grain in _PERIOD_GRAINS or told.grain is Grain.WEEK else Grain.DAY, Certainty.BOUNDED, reason,
                      f"before {told.dated_by}, lasting {length.id}", told.timex_ids + (length.id,), open_start=True)

    def _length_after(self, s: Sentence, after: int, limit: int, timexes: list[Timex]) -> Timex | None:
        """The length a verb of lasting ending before token `after` gives: "lasted three
        days", "continued for nearly seven years"."""
        at = after + 1 if after < limit and s.low[after] in self.lexicon.prepositions else after
        length = next((x for x in timexes if x.type is TimexType.DURATION and x.id not in self.relation_ids and s.token_at(x.start) == at), None)  # type: ignore[arg-type]
        if length is None and at > after:
            # "is expected to last at least three days": the length opens on its own "at"
            length = next((x for x in timexes if x.type is TimexType.DURATION and x.id not in self.relation_ids and x.mod is not None and s.token_at(x.start) == after), None)  # type: ignore[arg-type]
        return length

    def _lasted_to_end(self, verb: Verb, s: Sentence, timexes: list[Timex]) -> Window | None:
        """"The shutdown, which lasted 43 days and ended on Nov. 12": a length told by a
        verb of lasting and a day told by the closing verb coordinated after it span the
        event back from that day (1 Oct to 12 Nov), whichever of the two verbs the event
        was read with (`verb`)."""
        fw = self.lexicon.fw
        k = s.segment_of[s.token_at(verb.start)]
        if verb.lemma in self.lexicon.lasting:
            k += 1
        elif verb.lemma not in self.lexicon.closing:
            return None
        if not 0 < k < len(s.segments) or not s.segments[k].verbs or not s.segments[k - 1].verbs:
            return None
        lasting, closing = s.segments[k - 1].verbs[-1], s.segments[k].verbs[0]
        # "which lasted 43 days and ended", "La huelga, que duró 43 días, terminó": the closing
        # verb coordinated, or the main clause's right after the relative
        if s.segments[k].opener not in fw.coordinator and not resumes_after_relative(s, k, self.lexicon):
            return None
        if lasting.lemma not in self.lexicon.lasting or closing.lemma not in self.lexicon.closing:
            return None
        ended = next((x for x in timexes if x.interval is not None and x.interval.grain is Grain.DAY and s.segments[k].t0 <= s.token_at(x.start) < s.segments[k].t1), None)  # type: ignore[arg-type]
        length = self._length_after(s, s.token_at(lasting.end - 1) + 1, s.segments[k].t0, timexes)
        if ended is None or length is None:
            return None
        parts, closed = duration_parts(length.symbolic), from_timex(ended, "clause timexes")
        if parts is None or closed is None:
            return None
        years, months, weeks, days = parts
        start = add_months(closed.end, -(12 * years + months)) - dt.timedelta(days=weeks * 7 + days - 1)
        window = replace(closed, start=start, grain=Grain.DAY, part_of_day=None, dated_by=f"clause timexes {length.id}-{ended.id}", timex_ids=(length.id, ended.id))
        if length.mod is not None:
            window = replace(window, certainty=Certainty.APPROXIMATE, reason=length.text)
        return window

    def _series_begun(self, s: Sentence, own: Timex, window: Window) -> Window | None:
        """"diez subidas consecutivas iniciadas en julio de 2022": a series (a plural noun)
        whose own date follows a participle of beginning began then and runs on, its end
        untold: from the date's first day to the DCT (certainty bounded)."""
        k = s.token_at(own.start) - 1  # type: ignore[arg-type]  # a timex of the text: its span
        while k > 0 and k not in s.verb_at and (s.low[k] in self.lexicon.prepositions or s.low[k] in self.lexicon.fw.of_any):
            k -= 1
        begun = s.verb_at.get(k)
        if begun is None or begun.tense is not Tense.PARTICIPLE or begun.lemma not in self.lexicon.opening or self.dct is None or window.start > self.dct:
            return None
        return Window(window.start, self.dct, Grain.DAY, Certainty.BOUNDED, self.text[begun.start : own.end], f"{window.dated_by}, a series begun then", window.timex_ids)  # type: ignore[index]

    def _lasting_from(self, m: Mention, s: Sentence, timexes: list[Timex], opened: Window) -> Window | None:
        """"tres días de luto a partir del día 12", "durará tres días desde el 12": a
        day that opens the event, with a length of whole days that measures it (the
        length right before "de" + the noun, or after a verb of lasting), spans that
        many days from it."""
        start_timex = self.timex_by_id[opened.timex_ids[0]]
        fw = self.lexicon.fw
        k = s.token_at(start_timex.start)  # type: ignore[arg-type]
        # "desde el 12", "a partir del día 12" (the date may hold the "del")
        opens = k > 0 and s.low[k - 1] in fw.from_ or self._deadline_words(s, start_timex)[1] == "after" or s.low[k] in fw.of_any and self.lexicon.deadline_before(s.low, k + 1)[1] == "after"
        if opened.grain is not Grain.DAY or not opens:
            return None
        t = s.token_at(m.start)
        for length in timexes:
            if length.type is not TimexType.DURATION or length.id in self.relation_ids:
                continue
            days = duration_days(length.symbolic)
            if days is None or days[0] != days[1] or days[0] < 2 or length.mod is not None:
                continue
            end = s.token_at(length.end - 1) + 1  # type: ignore[operator]
            measures_noun = m.source == "noun" and end + 1 == t and s.low[end] in fw.of_any
            # "durará tres días", "decretó tres días de luto": the verb's length, or its object's
            after_verb = m.source in ("verb", "light") and m.verb is not None and s.token_at(m.verb.end - 1) + 1 == s.token_at(length.start)  # type: ignore[arg-type]
            measures_verb = after_verb and (m.verb.lemma in self.lexicon.lasting or end < len(s.low) and s.low[end] in fw.of_any)  # type: ignore[union-attr, operator]
            if measures_noun or measures_verb:
                last = opened.start + dt.timedelta(days=days[0] - 1)
                return replace(opened, end=last, dated_by=f"{opened.dated_by}+{length.id}", timex_ids=opened.timex_ids + (length.id,))
        return None

    def _own_timex(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Timex | None:
        """A date written on the noun phrase: "la cumbre del lunes", "las elecciones
        de 2023", "la reunión prevista para el jueves"."""
        if m.source == "verb" or m.source == "reporting":
            return None
        first = s.token_at(m.start)
        if s.low[first] in self.lexicon.elided_event_words:
            # "a rally at O'Hare on Friday and another in Los Angeles on Saturday": the date after it, in its segment
            return next((t for t in timexes if t.start is not None and t.start >= m.end and t.interval is not None and s.segment_of[s.token_at(t.start)] == s.segment_of[first]), None)
        end = max(m.end, m.np_end)
        for timex in timexes:
            if self.lexicon.names_before_nouns and (self._date_before_noun(s, timex, m) or self._possessive_day_before_noun(s, timex, m)) and not self._closed_on_clause_date(s, m, timexes):
                return timex  # "following the September 11th terrorist attacks": the attacks' date
            if timex.start is None or timex.start < m.end or timex.interval is None:
                continue
            if m.kind in self.lexicon.year_covered and timex.interval.grain is Grain.YEAR:
                if timex.start < end:
                    self.owned[timex.id] = m  # no other event's date either ("adelantó estas elecciones, tras ... los presupuestos de 2025")
                continue  # "los presupuestos de 2026": the year they cover, not their date
            inside = timex.start < end  # the noun phrase took the date in: "la cumbre del lunes"
            if inside and m.kind in _PUT_OFF_NOUN_KINDS and self._inner_event_before(s, m, timex):
                continue  # "la suspensión del concierto del sábado": the concert's day
            if inside and m.kind in self.lexicon.named_by_period:
                continue  # "las vacaciones de Navidad comenzarán el 22 de diciembre": which holidays, not their date
            if inside and self._year_of_covered_complement(s, m, timex):
                continue  # "la negociación de los presupuestos para 2026": the budget's year
            gap = self.text[m.end if inside else end : timex.start]
            words = gap.lower().split()
            if m.topic and stance_before(s, s.token_at(m.start), self.lexicon) and not self._of_date(words, timex):
                return None  # "votó a favor de la huelga entre el 20 y el 24 de octubre": the vote's date ("de la huelga del 12" is the strike's)
            bare = self._bare_date_after(words, timex)
            called = (bare or self._place_gap(words)) and self._called(s, m, timexes)
            if bare or called:
                if m.topic and not called and self._dated_topic_verb_before(s, m):
                    return None  # "The minister rejected the agreement on Monday": the rejection's date
                if not called and self._announced_plan(s, m):
                    return None  # "announced 10,000 job cuts on Monday": the announcing's date, the cuts to come
                if not m.clause_dated and not m.held_for:
                    return timex  # "desde la invasión de Ucrania en febrero de 2022": the bound's own date
                if m.signal is None and self._after_a_verb(s, m) and not called:
                    return None  # "appealed the ruling on Monday", "recurrió la sentencia el lunes": the verb's date
                if called:
                    return timex  # "convocaron paros ... y una huelga (en la empresa) el 2 de diciembre": the strike's day
            if inside:
                return timex
            if self._deadline(s, timex) is not None:
                return None  # "dictará sentencia antes del 4 de diciembre": a bound of the clause, no date of the noun's
            first = s.token_at(end)
            participle = s.verb_at.get(first)
            if participle is None and first + 1 in s.verb_at and _adjective_of_name(s, range(first, first + 1), self.lexicon):
                participle = s.verb_at[first + 1]  # "diez subidas consecutivas iniciadas en julio de 2022"
            if participle is not None and participle.tense is Tense.PARTICIPLE and len(words) <= 3 and "," not in gap:
                return timex  # "el acuerdo firmado en 2019": the noun's own date
            comma = first + 1 if first + 1 < len(s.words) and s.words[first + 1] == "," and s.words[first].isalpha() and s.words[first].islower() and (s.participle_at(first) or first not in s.verb_token) else first
            # past one adjective of the noun: "El último debate televisado, celebrado el 4 de noviembre"
            apposed = s.verb_at.get(comma + 1) if comma + 1 < len(s.words) and s.words[comma] == "," else None
            if apposed is not None and apposed.tense is Tense.PARTICIPLE and apposed.lemma in self.lexicon.move_verbs and not self._new_date_of_moved(s, s.token_at(timex.start)):
                return None  # "La cumbre, aplazada el lunes, se celebrará el 18": the move's date
            if apposed is not None and apposed.tense is Tense.PARTICIPLE and apposed.lemma in self.lexicon.light and len(words) - (s.token_at(timex.start) - self._day_lead(s, s.token_at(timex.start))) <= 4 and gap.count(",") == 1:  # type: ignore[arg-type]  # a timex of the text: its span
                if self._scheduling_aside_date(s, m, s.token_at(timex.start)):  # type: ignore[arg-type]  # a timex of the text: its span
                    return None  # "La huelga, convocada el lunes, ...": the call's date, not the strike's
                return timex  # "La huelga, celebrada el lunes, provocó": the noun's date ("El acuerdo, firmado el 3": the signing's)
            if (m.signal is not None or self._plan_acted_on(s, s.token_at(timex.end - 1) + 1) or self._plan_kept(s, s.token_at(timex.start))) and gap.count(",") == 1 and self._planned_aside(s, first, self._day_lead(s, s.token_at(timex.start))):  # type: ignore[operator, arg-type]  # a timex of the text: its span
                # "reaparecer en el derbi ante el Sevilla, previsto para el 4 de enero": the
                # match's day (a subject's plan may have changed: "La votación, prevista
                # para el viernes, se celebró el martes")
                return timex
            if _visiting_aside_end(s, first, self.lexicon) == s.token_at(timex.start):
                return timex  # "La exposición, que podrá visitarse del 18 de noviembre al 8 de marzo": open then
            if words and words[0] in self.lexicon.fw.article:
                return None  # "revisó durante la reunión el dato de marzo": a new phrase holds the date
            if len(words) == 1 and words[0] in self.lexicon.move_origins and self._moved_to(s, timex, _dated(timexes)):
                return timex  # "delayed the launch from Nov. 20 to Dec. 4": the launch's old and new dates
            # words that end a noun phrase before a date: the date then belongs to the clause
            if len(words) <= 3 and "," not in gap and all(w.isalpha() and w not in self.lexicon.fw.gap_stop for w in words) and not any(s.verb_at.get(s.token_at(self.text.find(w, end))) is not None and s.verb_at[s.token_at(self.text.find(w, end))].finite for w in words):
                if self._infinitive_between(s, s.token_at(m.end - 1), s.token_at(timex.start)):
                    return None  # "llega al derbi después de ganar el domingo": the win's date
                return timex
        return None

    def _reference_value_date(self, s: Sentence, t: int) -> bool:
        """Whether the date at token t, past "on"/"of", is the day of a value something is
        measured against ("a premium of 31% to its closing price on Friday"): no day of
        what the clause tells."""
        k = t - 1
        if k > 0 and (s.low[k] in self.lexicon.fw.in_ or s.low[k] in self.lexicon.fw.of_any):
            k -= 1
        return any(k + 1 >= len(words) and tuple(s.low[k + 1 - len(words) : k + 1]) == words for words in self.lexicon.reference_values)

    def _plan_acted_on(self, s: Sentence, after: int) -> bool:
        """Whether the aside ending before token `after` closes on a comma and the verb
        of its noun, one that calls off or confirms a plan ("El concierto, programado
        para el sábado, se suspendió ayer"): the plan's date is the noun's, the verb's
        date the act's (a verb that moves it gives it another: "El juicio, previsto para
        el 3 de diciembre, se aplaza al 17")."""
        if after >= len(s.words) or s.words[after] != ",":
            return False
        k = after + 1
        while k < len(s.low) and s.low[k] in self.lexicon.fw.clitic:
            k += 1
        verb = s.verb_of(k)
        return verb is not None and verb.lemma in self.lexicon.scheduling and verb.lemma not in self.lexicon.move_verbs

    def _occasion_window(self, m: Mention, s: Sentence) -> Window | None:
        """The day of the event noun after "en" and its article right after the verb of `m`
        in its clause, a date of its own ("Pedri sufrió una lesión en el partido del
        domingo"): what the verb tells happened there, then."""
        fw = self.lexicon.fw
        k = s.token_at(max(m.end, m.np_end) - 1) + 1 if m.source == "light" else s.token_at(m.verb.end - 1) + 1  # type: ignore[union-attr]
        while m.source == "light" and k < len(s.low) and k < s.token_at(m.end - 1) + 3 and s.words[k].isalpha() and s.words[k].islower() and s.low[k] not in self.lexicon.prepositions and s.verb_of(k) is None:
            k += 1  # "una lesión muscular en el partido"
        if k + 2 >= len(s.low) or s.low[k] not in fw.in_ or s.low[k + 1] not in fw.definite or s.segment_of[k] != s.segment_of[s.token_at(m.verb.start)]:  # type: ignore[union-attr]
            return None
        occasion_start = s.starts[k + 2]
        # (a frame's kind is read as one: "trabajan en la cumbre, fijada para el 3": during it)
        timex_id = next((i for i, n in self.owned.items() if n is not m and n.start == occasion_start and n.kind not in self.lexicon.frames), None)
        return from_timex(self.timex_by_id[timex_id], "occasion timex") if timex_id is not None else None

    def _listed_between(self, dated: list[Timex], ends: tuple[str, ...]) -> list[str]:
        """The ids of the dated timexes between the first and the last of a stretch ("los
        días 9, 10 y 11": the 10th)."""
        first, last = self.timex_by_id[ends[0]], self.timex_by_id[ends[1]]
        return [t.id for t in dated if t.start is not None and first.start < t.start < last.start]  # type: ignore[operator]

    def _day_lead(self, s: Sentence, t: int) -> int:
        """The token of the article before the day nouns before the date at token t ("para
        los días 9 y 10 de diciembre": "los"), else t."""
        if t >= 2 and s.low[t - 1] in self.lexicon.days_before_dates and s.low[t - 2] in self.lexicon.fw.article:
            return t - 2
        return t

    def _plan_kept(self, s: Sentence, date: int) -> bool:
        """Whether the aside with the date at token `date` closes on a comma before the verb
        of its noun, one that moves nothing, and no date comes after ("La cumbre, prevista
        para los días 9 y 10 de diciembre, se celebrará en Lima"): the plan is told as
        kept, its date the noun's ("se celebró el martes" gives another)."""
        close = next((k for k in range(date, len(s.low)) if s.words[k] == "," and k + 1 not in s.timex_tokens), None)
        if close is None or any(k in s.timex_tokens and k not in s.duration_tokens for k in range(close + 1, len(s.low))):
            return False
        k = close + 1
        while k < len(s.low) and s.low[k] in self.lexicon.fw.clitic:
            k += 1
        verb = s.verb_of(k)
        return verb is not None and verb.finite and verb.lemma not in self.lexicon.move_verbs

    def _planned_aside(self, s: Sentence, first: int, date: int) -> bool:
        """Whether the tokens from `first` to the date at token `date` are at most three
        words of the noun's (its opponent: "ante el Sevilla"), a comma and a participle of
        a plan with at most two words after it ("el derbi ante el Sevilla, previsto para
        el 4 de enero")."""
        comma = next((k for k in range(first, date) if s.words[k] == ","), None)
        if comma is None or comma - first > 3 or date - comma > 4 or any(s.verb_of(k) is not None for k in range(first, comma)):
            return False
        participle = s.verb_at.get(comma + 1)
        return participle is not None and participle.tense is Tense.PARTICIPLE and participle.lemma in self.lexicon.plan_participles

    def _names_noun_after(self, s: Sentence, timex: Timex) -> bool:
        """A date written between a determiner and a common noun, where the language puts
        a noun's modifiers before it: it names the noun ("the Christmas recess"), no time
        of the clause when the clause gives another."""
        if not self.lexicon.names_before_nouns:
            return False
        first, after = s.token_at(timex.start), s.token_at(timex.end - 1) + 1  # type: ignore[arg-type, operator]
        if first == 0 or after >= len(s.low) or not (s.low[first - 1] in self.lexicon.fw.np_articles or s.low[first - 1] in self.lexicon.determiners):
            return False
        word = s.words[after]
        return word.isalpha() and word.islower() and after not in s.verb_token and after not in s.timex_tokens and s.low[after] not in self.lexicon.function_words

    def _stands_for_a_noun(self, s: Sentence, timex: Timex) -> bool:
        """A date with a possessive ending and no noun after it stands for a thing, not
        a time: "compared the results with last year's on Monday"."""
        after = s.token_at(timex.end - 1) + 1  # type: ignore[operator]
        if not (after + 1 < len(s.low) and s.words[after] in ("'", "’") and s.low[after + 1] in self.lexicon.fw.genitive):
            return False
        k = after + 2
        while k + 1 < len(s.low) and (s.words[k][:1].isdigit() or s.words[k] in ("-", "–")):
            k += 1  # "in Sunday's 2-2 draw": a score or a figure before the noun
        return k >= len(s.low) or not s.words[k].isalpha() or s.low[k] in self.lexicon.prepositions

    def _bare_date_after(self, gap_words: list[str], timex: Timex) -> bool:
        """Whether a date follows the noun with no more than "in" before it and no other
        preposition opening it: "the ruling on Monday", "la sentencia el lunes" (not
        "del lunes", nor the target of "aplazó la votación al jueves")."""
        if gap_words:
            return len(gap_words) == 1 and gap_words[0] in self.lexicon.fw.in_
        opening = self.text[timex.start : timex.end].split(maxsplit=1)  # type: ignore[index]
        return bool(opening) and opening[0].lower() not in self.lexicon.prepositions and opening[0].lower() not in self.lexicon.fw.contraction

    def _called(self, s: Sentence, m: Mention, timexes: list[Timex]) -> bool:
        """Whether the noun is one more thing a calling verb of its clause calls, after
        a date of another ("convocaron paros los días 25 y 26 y una huelga el 2 de
        diciembre"): a date after the noun is then its own, not the clause's first."""
        verb = next((v for v in s.clause_verbs(m.start) if v.start < m.start and v.lemma in self.lexicon.calling_verbs), None)
        return verb is not None and any(t.start is not None and verb.end <= t.start and t.end <= m.start and t.type in _DATED for t in timexes)  # type: ignore[operator]

    def _place_gap(self, words: list[str]) -> bool:
        """A short place between a noun and its date: "en la empresa", "en Madrid"."""
        fw = self.lexicon.fw
        return 2 <= len(words) <= 3 and words[0] in fw.in_ and (len(words) == 2 or words[1] in fw.article) and words[-1].isalpha()

    def _announced_plan(self, s: Sentence, m: Mention) -> bool:
        """Whether the noun of `m` is of a kind told as a plan ([noun_rules] announced_plans)
        after a verb of its clause that announces or reports it ("The company announced
        10,000 job cuts on Monday", "reported job cuts on Friday": the cuts still to come)."""
        if m.kind not in self.lexicon.announced_plans:
            return False
        segment = s.segments[s.segment_of[s.token_at(m.start)]]
        return any(verb.start < m.start and (verb.lemma in self.lexicon.scheduling or verb.lemma in self.lexicon.reporting) for verb in segment.verbs)

    def _after_a_verb(self, s: Sentence, m: Mention) -> bool:
        """Whether a verb of the noun's clause comes before it: the noun is then a
        complement ("appealed the ruling", "a man wanted for murder"), not the subject."""
        segment = s.segments[s.segment_of[s.token_at(m.start)]]
        return any(verb.start < m.start for verb in segment.verbs)

    def _of_date(self, words: list[str], timex: Timex) -> bool:
        """Whether a date is joined to the noun before it by "de" ("la huelga del 12 de
        noviembre", "de 2023"): `words` are those between them."""
        of = self.lexicon.fw.of_any
        if words:
            return all(w in of for w in words)
        first = self.text[timex.start : timex.end].split(None, 1)[:1] if timex.start is not None and timex.end is not None else []
        return bool(first) and first[0].lower() in of

    def _dated_topic_verb_before(self, s: Sentence, m: Mention) -> bool:
        """Whether the nearest verb before the noun in its clause is a topic verb that is an
        act of its own when dated ("rejected the agreement on Monday", "will debate the
        treaty on Tuesday"): a bare date after the noun is then the verb's."""
        segment = s.segments[s.segment_of[s.token_at(m.start)]]
        before = [verb for verb in segment.verbs if verb.start < m.start]
        return bool(before) and before[-1].lemma in self.lexicon.dated_topic_events

    def _date_before_noun(self, s: Sentence, timex: Timex, m: Mention) -> bool:
        """Whether a date stands between a determiner and the noun of `m`, with at most
        two modifiers and no verb after it: "the September 11th terrorist attacks", "the
        2001 attacks", "Monday's vote" ("the" or a possessive first)."""
        if timex.start is None or timex.end is None or timex.interval is None or timex.end > m.start:
            return False
        first, last, noun = s.token_at(timex.start), s.token_at(timex.end - 1), s.token_at(m.start)
        if first is None or last is None or noun is None or first == 0 or not 0 < noun - last <= 3:
            return False
        if not self._after_determiner(s, first):
            return False
        between = range(last + 1, noun)
        return all(s.words[k].isalpha() and s.words[k].islower() and s.verb_of(k) is None for k in between)

    def _date_of_event_noun_before(self, s: Sentence, timex: Timex, t: int) -> bool:
        """Whether a date after a determiner stands right before an event noun, the two
        before the verb at token t ("The report of the Dec. 9-10 meeting will be released
        on Dec. 30"): the noun's date, no verb's after it."""
        if timex.start is None or timex.end is None or timex.interval is None:
            return False
        first, k = s.token_at(timex.start), s.token_at(timex.end - 1) + 1
        while first > 1 and s.words[first - 1] in "-–" and first - 2 in s.timex_tokens:
            first -= 2  # "10" of "Dec. 9-10": from the range's first day
            while first > 0 and first - 1 in s.timex_tokens:
                first -= 1
        if first < 1 or not self._after_determiner(s, first):
            return False
        while k < t and (k in s.timex_tokens or s.words[k] in "-–"):
            k += 1  # "Dec. 9-10": the range's other end
        # (a span's noun is no event: "In the 2024-25 season the team won the FA Cup")
        return k < t and s.low[k] in self.lexicon.nouns and self.lexicon.nouns[s.low[k]][1] not in self.lexicon.needs_bound_date and s.verb_of(k) is None

    def _closed_on_clause_date(self, s: Sentence, m: Mention, timexes: list[Timex]) -> bool:
        """Whether the noun of `m` is the subject of a closing verb with a date of its clause
        after it: the date before the noun tells which one, the clause's the closing ("The
        2024 strike ended on Friday": the end on Friday)."""
        if m.source != "light" or m.verb is None or m.verb.lemma not in self.lexicon.title_words.get("closing_nouns", {}) or m.verb.start < m.start:
            return False
        segment = s.segment_of[s.token_at(m.verb.start)]
        return any(t.start is not None and t.start >= m.verb.end and t.interval is not None and s.segment_of[s.token_at(t.start)] == segment for t in timexes)

    def _harm_of_dated_subject(self, s: Sentence, m: Mention, timex: Timex, t: int) -> bool:
        """Whether the verb at token t is a harm done by the event noun right before it,
        the date before that noun: the toll is the event's, on its date ("The Nov. 2
        attack killed five people")."""
        if m.lemma not in self.lexicon.harm_by_dated_subject or timex.end is None:
            return False
        k = s.token_at(timex.end - 1) + 1
        # ("The Nov. 2 attack killed a man on Monday": the clause's own date is the killing's)
        return k + 1 == t and s.low[k] in self.lexicon.nouns and not any(j > t for j in s.timex_tokens)

    def _date_before_object_noun(self, s: Sentence, timex: Timex) -> bool:
        """Whether a date stands between a determiner and a lower-case noun after it, at
        most two words on and the phrase ending there ("set a Dec. 1 deadline", "condemned
        the 2001 attacks"): the noun's date, no verb's before it."""
        if timex.start is None or timex.end is None or timex.interval is None:
            return False
        first, last = s.token_at(timex.start), s.token_at(timex.end - 1)
        if first < 1 or not self._after_determiner(s, first) or last + 1 >= len(s.words):
            return False
        article = first if s.low[first] in self.lexicon.fw.np_articles else first - 1
        if article < 1 or s.verb_of(article - 1) is None:
            return False  # the object right after its verb ("before the July 4 holiday" is a deadline's)
        k = last + 1
        while k < len(s.words) and k <= last + 3 and s.words[k].isalpha() and s.words[k].islower() and s.verb_of(k) is None and s.low[k] not in self.lexicon.function_words:
            k += 1
        return k > last + 1 and (k >= len(s.words) or not s.words[k].isalpha() or s.low[k] in self.lexicon.prepositions)

    def _possessive_day_before_noun(self, s: Sentence, timex: Timex, m: Mention) -> bool:
        """Whether a date with a possessive ending stands right before the noun of `m`, at
        most two lower-case words between: "after Sunday's attack", "condemned Monday's
        vote", "the minutes of this week's meeting" (the noun's date, not its clause's;
        "Sunday's 2-2 draw" is read by its clause)."""
        if timex.start is None or timex.end is None or timex.interval is None or timex.end > m.start:
            return False
        after, noun = s.token_at(timex.end - 1) + 1, s.token_at(m.start)
        if not (after + 1 < noun and s.words[after] in ("'", "’") and s.low[after + 1] in self.lexicon.fw.genitive):
            return False
        between = range(after + 2, noun)
        if len(between) > 2 or not all(s.words[k].isalpha() and s.words[k].islower() and s.verb_of(k) is None for k in between):
            return False
        # a subject keeps its clause's date, shared with what it did ("Sunday's attack killed five people")
        # ("the minutes of this week's meeting will be released": the meeting's own, as a complement)
        return m.signal is not None or self._after_a_verb(s, m) or _complement_of_head(s, noun, self.lexicon)

    def _own_date_unknown(self, m: Mention, s: Sentence, timexes: list[Timex]) -> bool:
        """Whether the noun of `m` carries a date of its own before it that gives no day:
        an unresolved date ("victims of the December 14 shooting met on Monday") or a
        period word ("charged Wednesday in a weekend shooting"); the clause's is not its."""
        if m.source not in ("noun", "light"):
            return False
        noun = s.token_at(m.start)
        if noun is not None and 0 < noun < len(s.low) and s.low[noun - 1] in self.lexicon.period_modifiers:
            return True
        for timex in timexes:
            if timex.interval is not None or timex.type is not TimexType.DATE or timex.start is None or timex.end is None or timex.end > m.start:
                continue
            first, last = s.token_at(timex.start), s.token_at(timex.end - 1)
            if noun is not None and first and last is not None and 0 < noun - last <= 2 and self._after_determiner(s, first) and all(s.words[k].isalpha() and s.words[k].islower() for k in range(last + 1, noun)):
                return True
        return False

    def _host_timexes(self, s: Sentence, timexes: list[Timex]) -> dict[int, list[Timex]]:
        """`timexes` of sentence `s` by the clause (host segment) they sit in, in order;
        built once per sentence, so that a run-on sentence stays linear."""
        cached = self.timexes_by_host.get(s.index)
        if cached is not None and cached[0] is timexes:
            return cached[1]
        by_host: dict[int, list[Timex]] = {}
        for timex in timexes:
            tt = s.token_at(timex.start)  # type: ignore[arg-type]
            if tt < len(s.segment_of):
                by_host.setdefault(s.segments[s.segment_of[tt]].host, []).append(timex)
        self.timexes_by_host[s.index] = (timexes, by_host)
        return by_host

    def _clause_window(self, m: Mention, s: Sentence, timexes: list[Timex], host: int | None = None, depth: int = 0) -> Window | None:
        anchor_ranges = self.anchors_in.get(m.sentence, ())
        trigger = m.light_start if m.light_start is not None else m.start
        t = s.token_at(trigger)
        if host is None:
            host = s.segments[s.segment_of[min(t, len(s.segment_of) - 1)]].host
        else:
            trigger = s.starts[s.segments[host].t0]
        infinitive_start = m.obj_infinitive_start if m.obj_infinitive_start is not None else self._borrowed_infinitive(m, s, host)
        candidates = []
        object_dated = False
        in_host = self._host_timexes(s, timexes).get(host, ())
        anchor_clause = bool(anchor_ranges) and self._finite_anchor_clause(m, s)  # "after he injured his knee on Sunday": its own date
        for timex in in_host:
            if timex.interval is None or timex.type not in (TimexType.DATE, TimexType.TIME):
                continue
            if any(a <= timex.start < b and not (a <= m.start < b and anchor_clause) for a, b in anchor_ranges):  # type: ignore[operator]
                continue
            tt = s.token_at(timex.start)  # type: ignore[arg-type]
            if any(a <= timex.start < b for a, b in self.claimed) and not (m.start <= timex.start < max(m.end, m.np_end, m.claims_until)):  # type: ignore[operator]
                continue
            owner = self.owned.get(timex.id)
            if owner is not None and owner is not m and (m.source not in ("verb", "reporting") or owner.signal is None or owner.signal[0] != "during") and not self._at_its_object(m, owner) and not self._in_its_meeting(m, s, timex) and not self._harm_of_dated_subject(s, m, timex, t) and not self._participle_of_owner(s, m, owner, tt):
                continue
            if infinitive_start is not None and timex.start > infinitive_start and m.tense in _PAST and self.dct is not None and timex.interval.first_day() > self.dct:  # type: ignore[operator]
                continue  # "ordered troops to leave Syria on Monday" (to come): the leaving's date
            if tt > t and self._passive_plan_between(s, t, tt):
                continue  # "approved a new bridge to be completed in 2027": the completion's date
            if m.due_from is not None and timex.start < m.due_from:  # type: ignore[operator]
                continue  # "ordered the company to pay a fine by Friday and to close the plant by March 1": the closing's is March 1
            if self._given_up_plan(s, tt):
                continue  # "estaba previsto inicialmente para junio, pero se aplazó": no date of what happens
            if m.source in ("verb", "reporting") and tt < t and self._subject_participle_date(s, tt):
                continue  # "The agreement signed on Monday expires on Friday": the signing's date, the subject's participle
            if m.source == "verb" and tt > t and self._new_date_of_moved(s, tt) and (self._moves_its_object(m) or self._move_infinitive_before(s, t, tt)):
                self.moved_acts.add(id(m))
                object_dated = True
                continue  # "El juicio se aplaza al 17 de diciembre": the trial's new date, not the postponing's
            if m.source == "verb" and m.lemma in self.lexicon.scheduling and m.kind not in self.lexicon.convening and not self._service_called_off(m) and (self._future_cue(s, tt) or m.tense in _PAST and self.dct is not None and timex.interval.first_day() > self.dct):
                continue  # "convocaron una huelga a partir del 5 de mayo", "convocó una reunión el próximo 18": the strike's, the meeting's date
            if m.source == "verb" and m.lemma in self.lexicon.warning_verbs and tt > t and self._warned_of_before(s, t, tt):
                continue  # "advirtieron de retrasos este invierno": the date of what is feared
            if m.source == "noun" and self._scheduling_aside_date(s, m, tt):
                continue  # "La huelga, anunciada en septiembre, protestaba": the announcement's date
            if m.source == "noun" and self.dct is not None and timex.interval.last_day() < self.dct and self._planned_by_past_act(s, m):
                continue  # "adelantó las elecciones en octubre": the calling's date, not the elections'
            if m.source == "noun" and self.dct is not None and timex.interval.last_day() < self.dct and self._moved_in_passive(s, m):
                continue  # "The launch was delayed for a second time on Monday": the delay's date, not the launch's
            if m.tense in _WILL and self.dct is not None and timex.interval.last_day() < self.dct and not self._opens_stretch_to_come(timex, in_host):
                continue  # "debatirán el plan presentado hace dos semanas": what is to come has no past date
            seg_t0 = s.segments[s.segment_of[tt]].t0
            if s.segment_of[tt] != s.segment_of[t] and s.low[seg_t0] in self.lexicon.fw.according_to:
                continue  # "según anticiparon ayer fuentes": the date of the attribution
            noun_segment = s.segment_of[s.token_at(m.start)] if m.source in ("noun", "light") else None
            if noun_segment is not None and s.segment_of[tt] != noun_segment and s.low[s.segments[noun_segment].t0] in self.lexicon.fw.according_to:
                continue  # "será presentado el jueves, según informó el club en un comunicado": the statement tells, it is not then
            if m.source in ("verb", "reporting") and s.segment_of[tt] != s.segment_of[t] and s.participle_at(seg_t0):
                continue  # "El acusado, detenido en marzo de 2024, declarará": the arrest's date
            if m.source in ("verb", "reporting") and tt < t and self.lexicon.names_before_nouns and self._date_of_event_noun_before(s, timex, t) and not self._harm_of_dated_subject(s, m, timex, t):
                continue  # "The report of the Dec. 9-10 meeting will be released on Dec. 30": the meeting's days, not the release's
            if m.source in ("verb", "reporting") and tt > t and self.lexicon.names_before_nouns and self._date_before_object_noun(s, timex):
                continue  # "The EU set a Dec. 1 deadline on Monday": the deadline's date, not the setting's
            if m.source == "noun" and tt < t and self._infinitive_object(s, t):
                continue  # "advanced a bill on Monday to end the government shutdown": the advancing's date
            if self._term_of_object(m, s, t, tt, timex):
                object_dated = True
                continue  # "presentó su plan para el periodo 2026-2030": the plan's years
            if tt > t and self._today_by_perfect(m) and timex.interval.first_day() > self.dct and not self._infinitive_in(s, t + 1, tt):  # type: ignore[operator]
                # "ha reforzado los trenes entre el 4 y el 9 de diciembre": an act done today,
                # the days ahead its object's ("ha citado a declarar el 28": the infinitive's)
                object_dated = True
                continue
            if m.source in ("verb", "reporting", "noun") and self._infinitive_between(s, t, tt):
                continue  # "confirmó la condena por adjudicar contratos entre 2010 y 2012": the contracts' years; "llega al derbi tras ganar el domingo": the win's
            if m.source == "verb" and m.tense in _PAST and m.lemma in self.lexicon.aspect and tt > t and self.dct is not None and timex.interval.first_day() > self.dct and self._to_infinitive_in(s, t + 1, tt):  # type: ignore[operator]
                continue  # "The Rapids have agreed to pay $5 million a year starting in 2029": the paying's date, ahead of an agreement told done
            if m.source in ("verb", "reporting") and t < tt and self._plan_clause_between(s, t, tt):
                continue  # "Council approves stadium deal, construction to start in spring": the start's date
            if m.source in ("verb", "reporting") and t < tt and self._signalled_gerund_between(s, t, tt):
                continue  # "served 14 months before opening Lantern Capital in 2021": the opening's year
            if (m.source in ("verb", "reporting") or m.source == "light" and m.start < trigger) and self._participle_date(s, t, tt) and not self._held_at_date(s, t, tt):
                continue  # "confirmó el dato adelantado a finales de octubre", "la investigación se inició tras una denuncia presentada en 2020": the participle's date
            if m.source == "noun" and t < tt and self._participle_date(s, t, tt):
                continue  # "In a 5-2 ruling, the court overturned a decision issued on Oct. 30": the decision's date
            if t < tt and self._since_clause_between(s, t, tt):
                continue  # "celebra elecciones ... desde que se aprobó su Estatuto en 1983": the date counted from
            if t < tt and self._ranked_since_between(s, t, tt):
                continue  # "la peor riada desde la pantanada de Tous, en octubre de 1982": the reference's date
            if _comparison_base(s, tt, self.lexicon.fw) and self._deadline_words(s, timex)[1] is None or self._stands_for_a_noun(s, timex) or self._reference_value_date(s, tt):
                continue  # "subieron un 5 % respecto al mismo mes del año pasado", "with last year's": what is compared with
            if timex.type is TimexType.TIME and self._hours_of_a_set(timex, in_host):
                continue  # "funcionarán todos los días de 9.00 a 20.00": the hours of every day, no day of their own
            candidates.append(timex)
        named = [c for c in candidates if self._names_noun_after(s, c)]
        if named and len(named) < len(candidates):
            candidates = [c for c in candidates if c not in named]  # "will rise for the Christmas recess on Dec. 18": Dec. 18
        # a participle aside's date ("The summit, scheduled for next week, will ...") is
        # the noun's it is set off from, unless the clause dates that noun itself ("The
        # vote, scheduled for last week but delayed, passed on Tuesday"), and never a
        # later noun's ("Musk, asked on Monday, said talks continued")
        aside_of = {}
        for c in candidates:
            segment = s.segment_of[s.token_at(c.start)]  # type: ignore[arg-type]
            if segment != s.segment_of[t] and self._aside_at(s, s.segments[segment].t0):
                aside_of[c.id] = segment
        ranked = [c for c in candidates if s.segment_of[s.token_at(c.start)] != s.segment_of[t] and self._ranking_aside_at(s, s.segments[s.segment_of[s.token_at(c.start)]].t0)] if len(candidates) > 1 else []  # type: ignore[arg-type]
        if ranked and len(ranked) < len(candidates):
            candidates = [c for c in candidates if c not in ranked]  # "The strike, the third this year, begins on Thursday": Thursday
        if aside_of and m.source == "noun":
            # "The lawsuit, filed in June, will go to trial in March": the noun's making is its date
            made = [c for c in candidates if c.id in aside_of and self._aside_makes_noun(s, m, aside_of[c.id])]
            candidates = made or candidates
            aside_of = {} if made else aside_of
        if aside_of and m.source == "noun":
            # "The summit, scheduled for next week, was postponed on Monday": the plan's date, given
            # up (Monday is the move's)
            given_up = [c for c in candidates if c.id in aside_of and self._plan_aside_moved(s, aside_of[c.id], c)]
            given_up = given_up if any(c.id not in aside_of for c in candidates) else []  # (no other date: none, as before)
            candidates = given_up or candidates
            aside_of = {} if given_up else aside_of
        if aside_of:
            outside = [c for c in candidates if c.id not in aside_of]
            # an aside after a verb's clause is on its object ("declared a dividend, payable on Dec. 15")
            # (past a relative set off by commas: "retrasa el lanzamiento de la misión, que llevará a cuatro astronautas, hasta febrero")
            following = next((i for i in range(s.segment_of[t] + 1, len(s.segments)) if s.segments[i].host == s.segments[s.segment_of[t]].host), None)
            candidates = outside or [c for c in candidates if aside_of[c.id] == following and m.source not in ("verb", "reporting") and not self._moved_after(s, c)]
        fw = self.lexicon.fw
        # "publicará el dato de marzo el 31 de marzo": a date after "noun + de" dates the noun,
        # no other event ("celebra elecciones fuera del calendario de mayo")
        candidates = [c for c in candidates if not self._noun_complement(s, c) or self._at_its_object(m, self.owned.get(c.id)) or self._of_its_event(m, s, c) or self._during_its_noun(s, c) or self._in_its_meeting(m, s, c) or self._at_its_occasion(m, s, c) or self._deadline_words(s, c)[1] is not None]
        if not candidates and object_dated and self._today_by_perfect(m):
            # "La Aemet ha activado el aviso naranja para la madrugada del miércoles": today's act
            reason = self.lexicon.reasons.get("news_perfect", "«{verb}»").format(verb=m.verb.text if m.verb is not None else m.lemma)
            return Window(self.dct, self.dct, Grain.DAY, Certainty.APPROXIMATE, reason, "present perfect: the article's day")  # type: ignore[arg-type]
        if not candidates:
            return self._borrowed_window(m, s, timexes, host, depth)
        seg = s.segments[host]
        if len(candidates) >= 2 and seg.opener in fw.relative and seg.t0 > 0 and s.low[seg.t0 - 1] in self.lexicon.time_antecedents:
            # "la última vez que se celebraron elecciones en verano fue en junio de
            # 1993": the main clause's date is the event's
            return from_timex(candidates[-1], "clause timex")
        dated = [c for c in candidates if c.interval is not None]
        moved = self._moved_to(s, dated[0], dated) if dated and m.source != "verb" else None
        if moved is not None:
            return from_timex(moved, "clause timex")  # "was delayed from Nov. 20 until Dec. 4": the new date
        if dated:
            stretch = self._stretch_window(dated[0], dated, "clause timexes")
            if stretch is not None:
                return stretch
        if self._state_begun(m):  # "está en libertad desde diciembre": released then
            since = next((c for c in candidates if s.low[s.token_at(c.start) - 1] in fw.from_), None)  # type: ignore[arg-type]
            return from_timex(since, "clause timex") if since is not None else None
        # ("ha convocado una reunión ..., donde se han registrado cinco robos desde el
        # verano": the "since" of another verb's clause is that clause's)
        own_clause = self._in_verb_clause(m, s, candidates)
        going_on = self._going_on_since(m, s, own_clause, in_host) or self._done_since(m, s, own_clause)
        if going_on is not None:
            return going_on
        onset = self._onset_window(m, s, candidates)
        if onset is not None:
            return onset
        # "el terremoto más fuerte desde 1960", "en libertad desde el verano": a bound,
        # not the event's date
        unbounded = [c for c in candidates if not self._bound(s, c)]
        if not unbounded:
            return self._deadline_window(m, s, candidates)
        nearest = min(unbounded, key=lambda c: abs(c.start - trigger))  # type: ignore[operator]
        nearest = self._most_precise_apposition(nearest, dated)
        if nearest in dated:
            stretch = self._stretch_window(nearest, dated, "clause timexes")
            if stretch is not None:
                return stretch
        return from_timex(nearest, "clause timex")

    def _infinitive_object(self, s: Sentence, t: int) -> int | None:
        """Whether the noun at token t is the object of an infinitive after "to" ("a
        bill to end the shutdown"): the token of that infinitive, or None."""
        fw = self.lexicon.fw
        k = t - 1
        while k > max(t - 5, 0) and (s.low[k] in fw.article or s.low[k] in self.lexicon.determiners or s.low[k] in fw.possessive or s.words[k].isalpha() and s.words[k].islower() and not infinitive_after_mark(s.low[k], self.lexicon.language)) and s.verb_of(k) is None:
            k -= 1  # past the noun's article and modifiers ("the government shutdown")
        return k if k > 0 and s.low[k - 1] in fw.to and infinitive_after_mark(s.low[k], self.lexicon.language) else None

    def _since_clause_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether a clause opened by "desde que"/"hasta que" starts between tokens t and tt."""
        fw = self.lexicon.fw
        return _marked_between(self.since_clauses, s, t, tt, lambda: [k for k in range(1, len(s.low)) if s.low[k] in fw.complementiser and (s.low[k - 1] in fw.from_ or s.low[k - 1] in fw.until)])

    def _planned_by_past_act(self, s: Sentence, m: Mention) -> bool:
        """Whether the noun is the object of a scheduling verb told as done ("convocó
        las elecciones", "adelantó estas elecciones"): what it plans is not then."""
        segment = s.segments[s.segment_of[s.token_at(m.start)]]
        before = [v for v in segment.verbs if v.start < m.start]
        if not before or not (before[-1].lemma in self.lexicon.scheduling or before[-1].lemma in self.lexicon.move_verbs) or before[-1].tense not in _PAST:
            return False
        k0, k1 = s.token_at(before[-1].start), s.token_at(before[-1].end - 1)
        return not any(s.low[k] in self.lexicon.negation for k in range(max(k0 - 1, 0), k1 + 1))  # "did not cancel the summit on Monday": it stands

    def _moved_in_passive(self, s: Sentence, m: Mention) -> bool:
        """Whether the noun is the subject of a passive verb that schedules or moves it,
        told as done ("The launch was delayed on Monday", "The election was called on
        Monday"): what it plans is not then."""
        verbs = [v for v in s.clause_verbs(m.start) if v.start > m.start]
        if not verbs or not (verbs[0].lemma in self.lexicon.scheduling or verbs[0].lemma in self.lexicon.move_verbs) or verbs[0].tense not in _PAST:
            return False
        k0, k1 = s.token_at(verbs[0].start), s.token_at(verbs[0].end - 1)
        return is_passive(verbs[0], self.lexicon.language) and not any(s.low[k] in self.lexicon.negation for k in range(k0, k1 + 1))

    def _until_timex(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Timex | None:
        """The date after "hasta" that ends a deadline noun (`needs_until`): "plazo hasta
        el 15 de enero"."""
        t = s.token_at(m.start)
        phrase = " ".join(s.low[t : s.token_at(m.end - 1) + 1])  # "comment period"
        if fold(s.low[t]) not in self.lexicon.needs_until and s.low[t] not in self.lexicon.needs_until and phrase not in self.lexicon.needs_until:
            return None
        k = _until_date_after(s, s.token_at(m.end - 1) + 1, self.lexicon)
        return next((x for x in timexes if x.interval is not None and s.token_at(x.start) == k), None) if k is not None else None  # type: ignore[arg-type]  # a timex of the text: its span

    @staticmethod
    def _infinitive_in(s: Sentence, t0: int, t1: int) -> bool:
        """Whether an infinitive stands among tokens t0 to t1 (excluded)."""
        return any((v := s.verb_of(k)) is not None and v.tense is Tense.INFINITIVE for k in range(t0, t1))

    def _today_by_perfect(self, m: Mention) -> bool:
        """Whether an act told in the present perfect is today's, where the language's
        news perfect is (`hodiernal_perfect`): "ha activado el aviso para el miércoles"."""
        return self.lexicon.hodiernal_perfect and self.dct is not None and m.source == "verb" and m.tense is Tense.PERFECT and not m.hypothetical

    def _moves_its_object(self, m: Mention) -> bool:
        """Whether the verb of `m` moves an event ("aplazar", "slip"), not one that plans
        it ("schedule for November": the scheduling verbs of no moving kind)."""
        lex = self.lexicon
        return m.lemma in lex.move_verbs and not (m.lemma in lex.scheduling and m.kind not in lex.scheduling_kinds)

    def _move_infinitive_before(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether a move verb's infinitive after the trigger (token t) stands right
        before the target word of the date at tt: "ha decidido adelantar al 1 de
        diciembre la segunda fase" (the phase's new day, not the deciding's)."""
        k = tt - 1
        while k > t and (s.low[k] in self.lexicon.fw.clitic or fold(s.low[k]) in self.lexicon.move_targets):
            k -= 1
        verb = s.verb_of(k) if k > t else None
        return verb is not None and verb.tense is Tense.INFINITIVE and verb.lemma in self.lexicon.move_verbs

    def _matter_noun(self, m: Mention, s: Sentence) -> bool:
        """Whether the noun is the matter a trial, a charge or a ruling concerns ("el
        juicio por el incendio de la fábrica se celebrará el 20 de enero"): an event of
        its own time, not of the clause's date."""
        if m.source not in ("noun", "light"):
            return False
        fw, lex = self.lexicon.fw, self.lexicon
        told = m.verb is not None and m.verb.lemma not in fw.copula  # ("del incendio, que estaba previsto para el lunes": the trial's plan)
        if m.source == "light" and told and m.light_start is not None and m.light_start > m.end and any(s.low[j] in fw.relative for j in range(s.token_at(m.end - 1) + 1, s.token_at(m.light_start))):
            return False  # "el autor del atentado que causó dos muertos el 1 de octubre": its own clause
        k = s.token_at(m.start) - 1
        while k > 0 and (s.low[k] in fw.np_articles or s.low[k] in fw.demonstrative):
            k -= 1
        return k > 0 and s.low[k] in lex.matter_links and s.low[k - 1] in lex.matter_heads

    def _anterior_tense(self, m: Mention) -> Tense | None:
        """The past tense of the clause an infinitive after "tras"/"después de" comes
        before ("anunció este martes la medida tras reunirse con los consejeros": the
        meeting is done, not ongoing), else None."""
        s = self.sentences.get(m.sentence)
        if s is None or m.verb is None:
            return None
        t = s.token_at(m.verb.start)
        if not any(t >= len(words) and tuple(s.low[t - len(words) : t]) == words for words in self.lexicon.signals.get("after", ())):
            return None
        verbs = s.segments[s.segments[s.segment_of[t]].host].verbs
        finite = next((v for v in verbs if v.finite), None)
        return finite.tense if finite is not None and finite.tense in _PAST else None

    @staticmethod
    def _whole_from_first_day(day: Window, stretch: Window) -> bool:
        """Whether `stretch` is days told exactly that open on the one day `day` is."""
        return (day.grain is Grain.DAY and stretch.grain is Grain.DAY and day.start == day.end == stretch.start < stretch.end
                and stretch.certainty is Certainty.EXACT and day.certainty is Certainty.EXACT)

    def _new_date_of_moved(self, s: Sentence, tt: int) -> bool:
        """Whether the date at token tt follows a move target ("al", "hasta", "to"): the
        moved event's new date ("se aplaza al 17 de diciembre")."""
        targets = self.lexicon.move_targets
        return fold(s.low[tt]) in targets or tt > 0 and fold(s.low[tt - 1]) in targets

    def _moved_after(self, s: Sentence, aside_date: Timex) -> bool:
        """Whether a move verb of the aside's clause comes after the aside's date: the
        date is the plan given up ("His trial, first scheduled for June, was postponed")."""
        return any(v.lemma in self.lexicon.move_verbs and v.start > aside_date.end for v in s.clause_verbs(aside_date.start))  # type: ignore[arg-type, operator]

    def _ranking_aside_at(self, s: Sentence, t: int) -> bool:
        """Whether an aside set off by commas opening at token t ranks the noun before it
        among others of a period: "The strike, the third this year, is set to begin on
        Thursday" (this year counts the strikes; Thursday dates this one)."""
        if t < len(s.low) and s.words[t] == ",":
            t += 1
        lex = self.lexicon
        return t + 1 < len(s.low) and s.low[t] in lex.fw.definite and (s.low[t + 1] in lex.ordinals or s.low[t + 1] in lex.since_rankings)

    def _aside_at(self, s: Sentence, t: int) -> bool:
        """Whether an aside set off by commas opens at token t: a participle ("scheduled
        for next week") or an adjective that stands as one ("payable on Dec. 15")."""
        if s.low[t] in self.lexicon.fw.coordinator and t + 1 < len(s.low):
            t += 1  # the second of two joined asides: "detenido el lunes y trasladado a Madrid el martes"
        return s.participle_at(t) or s.low[t] in self.lexicon.aside_adjectives or t > 0 and s.words[t] == "," and t + 1 < len(s.low) and s.low[t + 1] in self.lexicon.aside_adjectives

    def _time_spent(self, m: Mention) -> bool:
        """Whether `m` is a verb of spending time before a length of it ("pasó dos meses")
        or, with no kind of its own, before a stretch of the calendar ("pasaron la noche
        del domingo en pabellones"; "pasó el domingo a cuartos", "pasó el lunes el
        trámite" go somewhere, do something then)."""
        if m.source != "verb" or m.verb is None or m.lemma not in self.lexicon.time_spending:
            return False
        s = self.sentences[m.sentence]
        after = s.token_at(m.verb.end)
        if after in s.duration_tokens:
            return True
        if not m.generic or after not in s.timex_tokens:
            return False
        while after in s.timex_tokens:
            after += 1
        return after >= len(s.low) or not s.words[after].isalpha() or s.low[after] in self.lexicon.prepositions and s.low[after] not in self.lexicon.fw.to_any

    def _onset_window(self, m: Mention, s: Sentence, candidates: list[Timex]) -> Window | None:
        """"A winter storm will sweep across the Midwest starting late Wednesday", "Rail
        workers will strike starting Monday": a lasting event, the clause's subject or
        verb, begins on the date after an onset word (a floor for any other event:
        "will announce the plan starting Tuesday")."""
        # ("The airline will operate a reduced schedule starting Monday": a clause act with no
        # kind takes effect on that day, as a state it sets begins)
        taking_effect = self._act_taking_effect(m) or m.source == "verb" and self._service_called_off(m)
        if m.source not in ("noun", "light", "verb") or not (m.kind in LASTING_KINDS or m.kind in self.lexicon.impersonal or taking_effect) or not self.lexicon.onsets:
            return None
        verbs = s.clause_verbs(m.start)
        if m.source != "verb" and (not verbs or verbs[0].start < m.start):
            return None  # "closed schools starting Wednesday because of the storm": no subject
        onsets = self.lexicon.onsets | self.lexicon.future_onsets if m.tense in _AHEAD_TENSES or self._able_from_now(m, s) else self.lexicon.onsets
        for c in candidates:
            k = s.token_at(c.start)  # type: ignore[arg-type]
            first = next((k - len(words) for words in onsets if k >= len(words) and tuple(s.low[k - len(words) : k]) == words), None)
            window = from_timex(c, "clause timex") if first is not None and c.mod in (None, Mod.START, Mod.END, Mod.MID) else None
            if window is not None:
                return replace(window, reason=self.text[s.starts[first] : c.end])  # type: ignore[index]
        return None

    def _able_from_now(self, m: Mention, s: Sentence) -> bool:
        """Whether `m` is a present act under a modal of ability, open from a date on
        as a future one is: "Owners can check ... from Wednesday"."""
        if m.tense is not Tense.PRESENT or m.verb is None or not self.lexicon.ability:
            return False
        t = s.token_at(m.verb.start)
        return s.low[t] in self.lexicon.ability or t > 0 and s.low[t - 1] in self.lexicon.ability

    def _service_called_off(self, m: Mention) -> bool:
        """Whether `m` calls off a service, no event noun ("cancelled 200 flights starting
        Monday": the date is when the cancellations take effect; "cancelled the strike
        starting Monday" is the strike's)."""
        words = (m.obj or "").lower().split()
        return m.kind in self.lexicon.onset_kinds and bool(words) and words[-1] not in self.lexicon.nouns

    def _act_taking_effect(self, m: Mention) -> bool:
        """Whether `m` is a clause act with no kind whose subject is no event noun ("The
        company will raise prices starting Jan. 1"; "A winter storm will sweep ... starting
        late Wednesday" is the storm's onset, told by its noun)."""
        if m.source != "verb" or not m.generic or m.noun_subject:
            return False
        words = (m.subject_text or "").lower().split()
        # the noun ends an English phrase ("A powerful winter storm"), opens a Spanish one
        head = (words[-1] if self.lexicon.names_before_nouns else _head(m.subject_text, self.lexicon.fw.np_articles)) if words else ""
        return head not in self.lexicon.nouns

    def _state_begun(self, m: Mention) -> bool:
        """Whether `m` is the act that began a state its copula tells ("está en libertad":
        a release): it happened only on the date after "desde"."""
        return m.source == "verb" and m.lemma in self.lexicon.fw.copula

    def _in_verb_clause(self, m: Mention, s: Sentence, candidates: list[Timex]) -> list[Timex]:
        """The candidates in the clause of the mention's verb (all, with no verb)."""
        if m.verb is None:
            return candidates
        host = s.segments[s.segment_of[s.token_at(m.verb.start)]].host
        return [c for c in candidates if s.segments[s.segment_of[s.token_at(c.start)]].host == host]  # type: ignore[arg-type]

    def _going_on_since(self, m: Mention, s: Sentence, candidates: list[Timex], in_host: Sequence[Timex]) -> Window | None:
        """"las inundaciones que azotan desde el sábado": a lasting event told in the
        present since a past date runs from that date to the DCT (held "cada verano
        desde 1998", it recurs: no one stretch)."""
        if m.kind not in LASTING_KINDS or not (m.tense is Tense.PRESENT or self._perfect_state(m, s) or self._perfect_progressive(m)) or self.dct is None or any(t.type is TimexType.SET for t in in_host):
            return None
        for c in candidates:
            k = s.token_at(c.start)  # type: ignore[arg-type]
            if s.low[k - 1] in self.lexicon.fw.from_ and c.interval is not None and c.mod is None and c.interval.first_day() <= self.dct:
                # "desde 2022": when in that year it began is not told; "had been on strike
                # since Oct. 3": until a past moment the text may not date
                certainty = Certainty.EXACT if c.interval.first_day() == c.interval.last_day() and m.tense is not Tense.PLUPERFECT else Certainty.BOUNDED
                return Window(c.interval.first_day(), self.dct, Grain.DAY, certainty, self.text[s.starts[k - 1] : c.end], f"clause timex {c.id}", (c.id,))  # type: ignore[index]
        return None

    def _own_since_window(self, s: Sentence, own: Timex) -> Window | None:
        """"cinco reuniones celebradas desde septiembre": a noun's own past date after
        "desde" is a bound; the events fall between it and the DCT (certainty bounded),
        never on that date."""
        k = s.token_at(own.start)  # type: ignore[arg-type]  # a timex of the text: its span
        if self.dct is None or k == 0 or s.low[k - 1] not in self.lexicon.fw.from_ or own.interval is None or own.mod not in (None, Mod.START, Mod.MID, Mod.END) or own.interval.first_day() > self.dct:
            return None
        return Window(own.interval.first_day(), self.dct, Grain.DAY, Certainty.BOUNDED, self.text[s.starts[k - 1] : own.end], f"own timex {own.id}", (own.id,))  # type: ignore[index]

    def _done_since(self, m: Mention, s: Sentence, candidates: list[Timex]) -> Window | None:
        """"The stock has lost a fifth of its value since Monday": an act told in the
        present perfect since a past day happened between that day and the DCT (certainty
        bounded; the day is a bound, not its date)."""
        # ("Las partes han mantenido cinco reuniones desde septiembre": a light verb's noun likewise)
        if m.source not in ("verb", "light") or m.tense not in (Tense.PERFECT, Tense.PLUPERFECT) or m.verb is None or m.verb.lemma in self.lexicon.fw.copula or self.dct is None:
            return None  # ("Shares had fallen 20% since Monday": between then and a past moment)
        vt = s.token_at(m.verb.start)
        for c in candidates:
            k = s.token_at(c.start)  # type: ignore[arg-type]
            if k > vt and any(s.words[t] == "," or self._ranking_at(s, t) for t in range(vt, k)):
                continue  # "ha terminado en 7.223, una subida de 54 puntos desde el 12 de marzo": the rise's bound
            # ("han celebrado doce actos desde finales de octubre": from the month, a part of it)
            if s.low[k - 1] in self.lexicon.fw.from_ and c.interval is not None and c.mod in (None, Mod.START, Mod.MID, Mod.END) and c.interval.first_day() <= self.dct:
                return Window(c.interval.first_day(), self.dct, Grain.DAY, Certainty.BOUNDED, self.text[s.starts[k - 1] : c.end], f"clause timex {c.id}", (c.id,))  # type: ignore[index]
        return None

    def _ranked_since_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether a ranking's "since" stands between the trigger at t and a date at tt
        that does not follow it at once ("la peor riada desde la pantanada de Tous, en
        octubre de 1982", "el peor incendio desde el de 2012"): the date is the reference
        the event is ranked against, not its own (a date right after "desde" is a bound,
        read elsewhere)."""
        from_ = self.lexicon.fw.from_
        if from_.isdisjoint(s.low[t + 1 : tt - 1]):
            return False
        for k in range(t + 1, tt - 1):
            if s.low[k] in from_ and any(self._ranking_at(s, r) for r in range(max(0, t - 3), k)):
                return True
        return False

    def _ranking_at(self, s: Sentence, t: int) -> bool:
        """Whether token t is a ranking word that makes a later "since" its bound ("its
        first annual loss since 1992"), not a count's ("has killed at least 12 people since
        Monday", "más de 120 personas", "al menos a 120 personas": a number follows, maybe
        after "de", "a" or "than")."""
        lex = self.lexicon
        if s.low[t] not in lex.since_rankings:
            return False
        k = t + 1
        while k < min(len(s.low), t + 3) and (s.low[k] in lex.prepositions or s.low[k] in lex.tally_count_words):
            k += 1
        return not (k < len(s.low) and (s.words[k][:1].isdigit() or s.low[k] in lex.cardinals))

    def _perfect_progressive(self, m: Mention) -> bool:
        """Whether `m` is a verb in the English perfect progressive, going on over the
        span it is told for: "The union has been negotiating since March" (until now),
        "had been negotiating since March" (until a past moment)."""
        if m.source != "verb" or m.tense not in (Tense.PERFECT, Tense.PLUPERFECT) or m.verb is None or self.lexicon.language != "en":
            return False
        words = m.verb.text.lower().split()
        return len(words) >= 3 and words[-1].endswith("ing")

    def _perfect_state(self, m: Mention, s: Sentence) -> bool:
        """Whether `m` is a state its clause's copula tells in the present perfect right
        before its preposition, still holding: "The union has been on strike since
        Monday", "han estado en huelga desde el lunes" (on strike until now)."""
        t = s.token_at(m.start)  # ("Workers had been on strike since Oct. 3": still then)
        if m.tense not in (Tense.PERFECT, Tense.PLUPERFECT) or m.source not in ("noun", "light") or t < 2 or s.low[t - 1] not in self.lexicon.prepositions:
            return False  # ("Ha sido la peor huelga desde 1990": a ranking, no state)
        verb = s.verb_of(t - 2)  # ("Workers have gone on strike since Monday": entered, still in it)
        return verb is not None and (verb.lemma in self.lexicon.fw.copula or verb.lemma in self.lexicon.holding)

    def _borrowed_infinitive(self, m: Mention, s: Sentence, host: int) -> int | None:
        """Where the infinitive told to an object opens in the clause `host` that a
        coordinated verb borrows its date from ("urged passengers to work from home on
        Nov. 18 and warned": the date is the working's, for neither verb)."""
        seg = s.segments[host]
        if m.segment == host or not seg.verbs or seg.verbs[0].lemma not in self.lexicon.object_infinitive:
            return None
        for k in range(s.token_at(seg.verbs[0].end - 1) + 2, seg.t1 - 1):
            if s.low[k] in self.lexicon.fw.to and infinitive_after_mark(s.low[k + 1], self.lexicon.language):
                return s.starts[k]
        return None

    def _passive_plan_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether a passive plan after a noun ("a bridge to be completed") stands between
        the trigger (token t) and a date after it (token tt): the date is the plan's."""
        fw = self.lexicon.fw
        return _marked_between(self.passive_plans, s, t, tt, lambda: sorted(k for k, v in s.verb_at.items() if v.tense is Tense.GOING_TO and s.low[k] in fw.to))

    def _to_infinitive_in(self, s: Sentence, t0: int, t1: int) -> bool:
        """Whether "to" + an infinitive stands among tokens t0 to t1 (excluded), however the
        verb reader took the verb ("agreed to pay the city")."""
        return any(s.low[k] in self.lexicon.fw.to and infinitive_after_mark(s.low[k + 1], self.lexicon.language) for k in range(t0, t1 - 1))

    def _signalled_gerund_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether "before" or "after" and a gerund stand between the trigger (token t) and
        a date after it (token tt): the date is the gerund's act, which only bounds the
        trigger's ("served 14 months before opening Lantern Capital in 2021")."""
        signals, language = self.lexicon.signals, self.lexicon.language

        def marks() -> list[int]:
            relations = {words[0] for words in signals.get("before", ()) + signals.get("after", ()) if len(words) == 1}
            return [k for k in range(len(s.low) - 1) if s.low[k] in relations and s.words[k + 1].islower() and non_finite_clause_head(s.low[k + 1], language)]

        return _marked_between(self.signalled_gerunds, s, t, tt - 1, marks)  # (the gerund before the date)

    def _plan_clause_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether a clause of a noun and "to" + infinitive, a plan with no finite verb,
        opens after a comma between the trigger (token t) and a date after it (token tt):
        "Council approves stadium deal, construction to start in spring", "work to begin
        in March" (the date is the plan's)."""
        for k in range(t + 1, tt - 2):
            if s.words[k] != ",":
                continue
            j = k + 1
            while j < min(tt, k + 6) and s.words[j].isalpha() and s.low[j] not in self.lexicon.fw.to and j not in s.verb_token:
                j += 1
            if j > k + 1 and j + 1 < tt and s.low[j] in self.lexicon.fw.to and infinitive_after_mark(s.low[j + 1], self.lexicon.language):
                return True
        return False

    def _infinitive_between(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether an infinitive clause opens between the trigger (token t) and a
        date after it (token tt): "tras reunirse", "por adjudicar" (the signals
        infinitive_events and infinitive_clauses); the date is that clause's."""
        signals = self.lexicon.signals
        for k in range(t + 1, tt):
            verb = s.verb_at.get(k)
            if verb is None or verb.tense is not Tense.INFINITIVE:
                continue
            if any(k >= len(words) and tuple(s.low[k - len(words) : k]) == words for name in ("infinitive_events", "infinitive_clauses") for words in signals[name]):
                return True
        return False

    def _plan_aside_moved(self, s: Sentence, segment: int, aside_date: Timex) -> bool:
        """Whether the aside at `segment` opens with a plan's word ("scheduled", "first
        set") and a move verb of its clause comes after it: the aside's date is the plan
        given up ("The summit, scheduled for next week, was postponed on Monday")."""
        t0 = s.segments[segment].t0
        if not any(s.low[k] in self.lexicon.plan_words_after_noun for k in range(t0, min(t0 + 2, len(s.low)))):
            return False
        # the clause's own move, out of the aside ("The vote, scheduled for last week but delayed, passed on Tuesday": passed then)
        after_date = s.token_at(aside_date.end - 1) + 1  # type: ignore[operator]
        close = next((k for k in range(after_date, len(s.words)) if s.words[k] == ","), None)
        return close is not None and any(v.lemma in self.lexicon.move_verbs and s.token_at(v.start) > close for v in s.clause_verbs(aside_date.start))  # type: ignore[arg-type]

    def _aside_makes_noun(self, s: Sentence, m: Mention, segment: int) -> bool:
        """Whether the aside at `segment` opens with a participle that makes the event noun
        of `m` set off before it, its [verb_objects] kind with the noun ("The lawsuit, filed
        in June, ...": "file lawsuit")."""
        seg = s.segments[segment]
        participle = s.verb_at.get(seg.t0)
        if participle is None or participle.tense is not Tense.PARTICIPLE or seg.t0 < 2 or s.words[seg.t0 - 1] != ",":
            return False
        frames = self.lexicon.verb_objects.get(participle.lemma or "")
        return bool(frames) and frames.get(m.lemma) == m.kind and s.token_at(max(m.end, m.np_end) - 1) == seg.t0 - 2  # type: ignore[union-attr]

    def _participle_of_owner(self, s: Sentence, m: Mention, owner: Mention, tt: int) -> bool:
        """Whether `m` is a participle set off after the event noun that owns the date at
        token tt, in its own clause: the act done to the noun then ("The agreement, signed
        in June, will take effect in January": signed in June)."""
        if m.source != "verb" or m.tense is not Tense.PARTICIPLE or m.obj is None or m.lemma in self.lexicon.scheduling or m.kind in self.lexicon.scheduling_kinds:
            return False  # ("La huelga, convocada para los días 9, 10 y 11": the strike's days, no calling then)
        return owner.start < m.start and s.segment_of[tt] == m.segment

    def _at_its_object(self, m: Mention, owner: Mention | None) -> bool:
        """"won the election on Thursday": a verb whose object is an event it takes
        place at (a victory in an election) happens when that event does."""
        return (
            owner is not None and owner is not m and m.source == "verb" and owner.start > m.start
            and owner.kind in self.lexicon.happens_at.get(m.kind, ())
        )

    def _of_its_event(self, m: Mention, s: Sentence, timex: Timex) -> bool:
        """"ganó las elecciones del domingo": the date of an event noun after the verb
        that the verb's event takes place at."""
        k = self._complemented_noun(s, timex)
        if k is None or m.source != "verb" or s.starts[k] < m.end:
            return False
        entry = self.lexicon.nouns.get(s.low[k]) or self.lexicon.nouns.get(fold(s.words[k]))  # keyed with accents: "sesión"
        return entry is not None and entry[0] in self.lexicon.happens_at.get(m.kind, ())

    def _during_its_noun(self, s: Sentence, timex: Timex) -> bool:
        """"se lesionó durante el partido del sábado": the date of the noun the clause's
        event happens during (a weak signal, "en", "de", is no such frame)."""
        k = self._complemented_noun(s, timex)
        if k is None:
            return False
        k -= 1
        while k >= 0 and (s.low[k] in self.lexicon.fw.np_articles or s.low[k] in self.lexicon.determiners):
            k -= 1  # "durante el mismo puente del año pasado"
        return k >= 0 and (s.low[k],) in self.lexicon.signals["during"] and s.low[k] not in self.lexicon.weak_signals

    def _warned_of_before(self, s: Sentence, t: int, tt: int) -> bool:
        """Whether the link of what a verb of warning (token t) warns of ("de") stands
        between it and token tt, past the verb's own date ("advirtió el lunes de lluvias")."""
        k = t + 1
        while k < tt and k in s.timex_tokens:
            k += 1
        return k < tt and s.low[k] in self.lexicon.warning_links

    def _in_its_meeting(self, m: Mention, s: Sentence, timex: Timex) -> bool:
        """"El pleno debatirá la norma en la sesión del jueves": a verb's act done in a
        meeting named after it by its day ("in"/"en" + meeting noun + date) is done then."""
        k = self._complemented_noun(s, timex)
        if k is None or m.source != "verb":
            return False
        before = s.starts[k] < m.end  # "En la sesión de ayer, las acciones subieron": a setting put first
        if before and self.owned.get(timex.id) is not None:
            return False  # "En la reunión del jueves, acordaron": the meeting told frames the act (`_frames`)
        nouns = self.lexicon.nouns
        if nouns.get(s.low[k], ("",))[0] != "meeting":
            if not (k > 0 and nouns.get(s.low[k - 1], ("",))[0] == "meeting"):
                return False
            k -= 1  # "en la sesión plenaria del jueves"
        k -= 1
        while k >= 0 and (s.low[k] in self.lexicon.fw.np_articles or s.low[k] in self.lexicon.determiners):
            k -= 1
        if before and k != 0:
            return False
        return k >= 0 and (s.low[k] in self.lexicon.fw.in_ or (s.low[k],) in self.lexicon.signals["during"] and s.low[k] not in self.lexicon.weak_signals)

    def _meeting_of_act(self, m: Mention, s: Sentence, window: Window | None) -> Mention | None:
        """"El BCE mantendrá los tipos en su reunión del 18 de diciembre", "will hold rates at
        its meeting on Dec. 18": the meeting noun whose date dates a verb's act, after the
        verb in its clause and opened by "en"/"at" + article or possessive, is where the act
        is done (one event, told by the act), or None."""
        if window is None or m.source != "verb" or m.hypothetical or len(window.timex_ids) != 1:
            return None
        meeting = self.owned.get(window.timex_ids[0])
        if meeting is None or meeting is m or meeting.source != "noun" or meeting.kind != "meeting" or meeting.corefers is not None:
            return None
        if meeting.sentence != m.sentence or meeting.start < m.end or s.segments[meeting.segment].host != s.segments[m.segment].host:
            return None
        k = s.token_at(meeting.start)
        while k > 0 and k - 1 in s.timex_tokens:
            k -= 1  # its date may stand before it: "at its Dec. 18 meeting"
        k = _token_before_phrase(s, k, self.lexicon)
        return meeting if k >= 0 and s.low[k] in self.lexicon.fw.in_ else None

    def _scheduling_aside_date(self, s: Sentence, m: Mention, tt: int) -> bool:
        """Whether the date at token tt is in an aside right after the noun of `m` opened by
        a participle of a scheduling verb, with another date after the aside ("La huelga,
        convocada el lunes, se celebrará el 2 de diciembre"): the date of the call, not of
        the event."""
        end = s.token_at(max(m.end, m.np_end) - 1) + 1
        if end + 1 >= len(s.low) or s.words[end] != "," or not end + 1 < tt <= end + 4:
            return False
        participle = s.verb_at.get(end + 1)
        if participle is None or participle.tense is not Tense.PARTICIPLE or participle.lemma not in self.lexicon.scheduling or participle.lemma in self.lexicon.move_verbs:
            return False  # ("La reunión, aplazada a la semana que viene": a move, read on its own)
        if self._future_cue(s, tt) or self._new_date_of_moved(s, tt):
            return False  # "The summit, scheduled for next week": its date
        # only with a date of its own after the aside ("La última huelga, convocada en junio
        # de 2024, obligó a cancelar": called then, held then as far as the text tells)
        close = next((k for k in range(tt, len(s.low)) if s.words[k] == ","), len(s.low))
        return any(k in s.timex_tokens and k not in s.duration_tokens for k in range(close + 1, len(s.low)))

    def _at_its_occasion(self, m: Mention, s: Sentence, timex: Timex) -> bool:
        """"El ministro anunció la subida en la rueda de prensa del lunes": what a reporting
        verb tells at an occasion ("en" + occasion + date) after it is told on that day."""
        k = self._complemented_noun(s, timex)
        if k is None or not (m.source == "reporting" or m.source == "verb" and m.lemma in self.lexicon.dated_topic_events) or s.starts[k] < m.end:
            return False
        fw = self.lexicon.fw
        for occasion in self.lexicon.occasions:
            words = occasion.split()
            first = k - len(words) + 1
            if first > 0 and s.low[first : k + 1] == words:
                j = first - 1
                while j >= 0 and (s.low[j] in fw.np_articles or s.low[j] in fw.possessive):
                    j -= 1
                return j >= 0 and s.low[j] in fw.in_
        return False

    def _closes_list(self, dated: list[Timex], lo: int, hi: int) -> bool:
        """Whether the dates lo..hi, set off by commas, go on after a coordinator to one more,
        all of one grain and each after the one before ("sus reuniones de julio, septiembre y
        octubre"): a list of times, not one time told twice."""
        if hi + 1 >= len(dated):
            return False
        run = dated[lo : hi + 2]
        if any(t.interval is None or t.interval.grain is not run[0].interval.grain for t in run):  # type: ignore[union-attr]
            return False
        gap = fold(self.text[dated[hi].end : dated[hi + 1].start]).strip()  # type: ignore[index]
        return gap in self.lexicon.fw.coordinator and all(a.interval.last_day() < b.interval.first_day() for a, b in zip(run, run[1:]))  # type: ignore[union-attr]

    def _apposed(self, first: Timex, second: Timex) -> bool:
        """Only a comma and prepositions or articles between two dates ("hace dos
        años, en diciembre de 2023", "a finales de mes, entre el 27 ...")."""
        gap = self.text[first.end : second.start]  # type: ignore[index]
        if not _APPOSITION.fullmatch(gap):
            return False
        fw = self.lexicon.fw
        return all(w in self.lexicon.prepositions or w in fw.article or w in fw.contraction for w in fold(gap).replace(",", " ").split())

    def _bound(self, s: Sentence, timex: Timex) -> bool:
        """Is the date a bound ("desde 1960", "hasta el jueves", "antes del 4 de
        julio"), not a time of its own?"""
        k = s.token_at(timex.start)  # type: ignore[arg-type]
        fw = self.lexicon.fw
        limit = next((len(p) for p in self.lexicon.bound_limits if k > len(p) and tuple(s.low[k - len(p) : k]) == p), 0)
        if limit and s.low[k - limit - 1] in fw.from_:
            return True  # "operaba desde al menos 2022": still a bound
        if k > 0 and (s.low[k - 1] in fw.from_ or s.low[k - 1] in fw.until and not self._moved_in(s, k) and not self._not_until(s, k)) or self._deadline(s, timex) is not None:
            return True
        # "taught at Leeds until her retirement in 1979": the date of what ends the state
        phrase = self._until_phrase(s, k)
        return phrase is not None and not self._moved_in(s, phrase)

    def _until_phrase(self, s: Sentence, k: int) -> int | None:
        """The first token of a noun phrase after "until" that a date at token k
        completes with its preposition ("until her retirement in 1979"), or None."""
        fw = self.lexicon.fw
        if k < 4 or s.low[k - 1] not in self.lexicon.prepositions or s.low[k - 1] in fw.until:
            return None
        for j in range(k - 2, max(0, k - 8), -1):
            if j in s.timex_tokens or j in s.verb_at or not s.words[j].isalpha():
                return None  # ("hasta un 35% en enero": a figure reached, no phrase)
            if s.low[j - 1] in fw.until:
                return j if s.low[j] in fw.article or s.low[j] in fw.possessive else None
        return None

    def _not_until(self, s: Sentence, k: int) -> bool:
        """Whether the date at token k follows "hasta"/"until" after a negated verb of its
        clause, which then happens on it ("el episodio no terminará hasta el fin de semana":
        the end at the weekend, no bound)."""
        vt = next((t for t in range(k - 2, -1, -1) if t in s.verb_at and s.segment_of[t] == s.segment_of[k]), None)
        return vt is not None and not_until(s, vt, self.lexicon) == k

    def _moved_in(self, s: Sentence, k: int) -> bool:
        """Whether a move verb's target word ("until") before token k sends the event
        there ("was postponed until Dec. 4": the hearing's new date, no bound)."""
        lex = self.lexicon
        host = s.segments[s.segment_of[k]].host
        return fold(s.low[k - 1]) in lex.move_targets and any(v.lemma in lex.move_verbs or moves_by_particle(s, v, lex) for v in s.segments[host].verbs)

    def _deadline(self, s: Sentence, timex: Timex) -> str | None:
        """Whether the date bounds the event: "before" ("before July 4"), "by" ("by
        July 4": on it at the latest) or "after" ("after Tuesday"); None if not."""
        side = self._deadline_words(s, timex)[1]
        return None if side == "near" else side  # "shortly before midnight": about then, no bound

    def _near_phrase(self, s: Sentence, timex: Timex) -> str | None:
        """"poco antes de las 10.00", "shortly before midnight": the text from the
        words that put an event close to a date to the date's end, or None."""
        first, side = self._deadline_words(s, timex)
        return self.text[s.starts[first] : timex.end] if side == "near" else None  # type: ignore[index]

    def _deadline_words(self, s: Sentence, timex: Timex) -> tuple[int, str | None]:
        """(first token, side) of the deadline words right before a date, "near" ones
        ("poco antes de") included."""
        k = s.token_at(timex.start)  # type: ignore[arg-type]
        if k + 1 < len(s.low) and s.low[k] in self.lexicon.fw.contraction:
            # "no más tarde del 31 de diciembre": the date's span opens with "del" (the "by"
            # side only: before "a partir del" the span is the date alone)
            found = self.lexicon.deadline_before(s.low, k + 1)
            if found[1] == "by":
                return found
        if k > 0 and (s.low[k - 1] in self.lexicon.fw.definite or s.low[k - 1] in self.lexicon.fw.indefinite):
            k -= 1  # "before the July 4 holiday", "arrested after a Nov. 2 incident"
        return self.lexicon.deadline_before(s.low, k)

    def _deadline_window(self, m: Mention, s: Sentence, candidates: list[Timex], side_of: str | None = None) -> Window | None:
        """"firmará la ley antes del 4 de julio": an event still to come lies between
        the DCT and its deadline (what is past has no known start). `side_of` gives a
        date's side when the deadline words are not its own (`_clause_deadline`)."""
        if self.dct is None:
            return None
        denied = self._denied_verb(m, s)
        if m.tense in _PAST:
            return None if denied else self._done_by_window(m, s, candidates)
        for timex in candidates:
            side = side_of or self._deadline(s, timex) or self._last_day_allowed(m, s, timex)
            if side == "from" or denied and side == "before":
                # "despegará no antes de 2027", "won't launch before Dec. 5": from then on
                return self._floor_window(timex)
            if denied:
                continue
            if side not in ("before", "by") or timex.interval is None or timex.mod not in (None, Mod.END):
                continue
            # "antes de final de año": before the year's last part is by its end at the latest
            by = side == "by" or timex.mod is Mod.END
            last = timex.interval.last_day() if by else timex.interval.first_day() - dt.timedelta(days=1)
            if last < self.dct:
                continue
            return Window(self.dct, last, Grain.DAY, Certainty.BOUNDED if last != self.dct else Certainty.EXACT, timex.text, f"deadline timex {timex.id}", (timex.id,))
        return None

    def _floor_window(self, timex: Timex) -> Window | None:
        """The window of an event ahead told only by its earliest date: from the date's
        first day, with no end the text gives (the date's period kept as the window's for
        merging and order, as an ended state keeps its end's)."""
        window = from_timex(timex, "floor timex")
        if window is None or timex.mod is not None or window.end < self.dct:  # type: ignore[operator]
            return None
        reason = self.lexicon.reasons.get("floor", "{date}").format(date=timex.text)
        return replace(window, certainty=Certainty.BOUNDED, reason=reason, open_end=True)

    def _done_by_window(self, m: Mention, s: Sentence, candidates: list[Timex]) -> Window | None:
        """"By Friday, one person had died", "As of Friday, 40 people had been sickened": a
        past act told by the day it had come by, a window ending then whose start the text
        does not give (certainty bounded)."""
        t = s.token_at(m.verb.start) if m.verb is not None else s.token_at(m.start)
        for timex in candidates:
            first, side = self._deadline_words(s, timex)
            if first > t and self._to_infinitive_in(s, t + 1, first):
                continue  # "ordered the company to pay the fine by Jan. 31": the paying's deadline
            if not (side == "by" or side == "after" and " ".join(s.low[first : s.token_at(timex.start)]) in self.lexicon.tally_by):  # type: ignore[arg-type]
                continue
            window = from_timex(timex, "by timex") if timex.mod in (None, Mod.END) else None
            if window is None or window.end > self.dct:  # type: ignore[operator]
                continue
            reason = self.lexicon.reasons.get("done_by", "{date}").format(date=timex.text)
            return replace(window, certainty=Certainty.BOUNDED, reason=reason, open_start=True)
        return None

    def _denied_verb(self, m: Mention, s: Sentence) -> bool:
        """Whether the verb that tells `m` is negated ("no se celebrará"); for a noun no
        verb took, its clause's first verb ("El juicio no se celebrará": its subject)."""
        verb = m.verb
        if verb is None:
            verb = next(iter(s.clause_verbs(m.start)), None)
        if verb is None:
            return False
        return _negated(s, s.token_at(verb.start), s.token_at(verb.end - 1) + 1, self.lexicon)

    def _last_day_allowed(self, m: Mention, s: Sentence, timex: Timex) -> str | None:
        """"by" when the date follows "hasta" in the clause of a verb of obligation or
        permission: "podrán solicitarlo hasta el 31 de diciembre" is done by then."""
        if m.lemma not in self.lexicon.obligation:
            return None
        k = s.token_at(timex.start)  # type: ignore[arg-type]
        return "by" if k > 0 and s.low[k - 1] in self.lexicon.fw.until else None

    def _opens_stretch_to_come(self, first: Timex, timexes: Sequence[Timex]) -> bool:
        """Does `first` open a stretch that ends on or after the DCT ("se celebrará del 7
        al 15 de noviembre", told on the 11th)?"""
        dated = [t for t in timexes if t.interval is not None and t.type in (TimexType.DATE, TimexType.TIME)]
        window = self._stretch_window(first, dated, "clause timexes")
        return window is not None and window.end >= self.dct  # type: ignore[operator]  # asked only with a DCT

    def _stretch_window(self, first: Timex, dated: list[Timex], how: str) -> Window | None:
        """The window of a stretch that `first` opens, with the dates after it in
        `dated`: "del 30 de noviembre al 2 de diciembre", "desde el lunes hasta el
        jueves", "entre el 4 y el 10" (the words may sit inside the expressions or
        between them), or days joined by a link alone ("el 14 y 15 de diciembre",
        "April 14-15", "el lunes, el martes y el miércoles")."""
        k = next((i for i, t in enumerate(dated) if t is first), None)
        if k is None or k + 1 >= len(dated):
            return None
        fw = self.lexicon.fw
        second = dated[k + 1]
        between = (fold(self.text[first.end : second.start]) + " " + fold(second.text)).split()  # type: ignore[index]
        before_first = (fold(self.text[max(0, first.start - 8) : first.start]) + " " + fold(first.text).split()[0]).split()  # type: ignore[operator]
        linked = self._linked_days(first, second)
        if len(between) > 1 and between[0] in fw.and_ and between[1] in fw.until:
            between = between[1:]  # "desde el lunes y hasta el jueves": the "y" adds the bound
        openers = [w for w in before_first[-2:] if w in fw.range_start]
        # "and" closes only what "between" opens: "las huelgas del 3 y el 10" are two days
        closed = bool(between) and between[0] in fw.range_end and bool(openers) and (between[0] not in fw.and_ or any(w in fw.between for w in openers))
        # (the closing word next to the second date: "since October to force a referendum ...
        # by Dec. 10" is no stretch)
        closed = closed and len(between) - len(fold(second.text).split()) <= 3  # type: ignore[arg-type]
        if not (linked or closed):
            return None
        last = k + 1
        while linked and last + 1 < len(dated) and self._linked_days(dated[last], dated[last + 1]):
            last += 1
        second = dated[last]
        w1, w2 = from_timex(first, how), from_timex(second, how)
        if not (w1 and w2 and w1.start <= w2.end):
            return None
        return Window(w1.start, w2.end, w1.grain if w1.grain == w2.grain else Grain.DAY, Certainty.EXACT, None, f"{how} {first.id}-{second.id}", (first.id, second.id))

    def _after_move_target(self, since: int, timex: Timex) -> bool:
        """Whether a date is named after "hasta después de", "until after" written after
        character `since`: the move is past it, to a day not written ("hasta después de las
        elecciones del 21 de diciembre")."""
        assert timex.start is not None
        head = fold(self.text[since : timex.start]).split()
        move_targets = self.lexicon.move_targets
        for words in self.lexicon.signals.get("after", ()) + self.lexicon.signals.get("before", ()):
            folded = fold(" ".join(words)).split()
            for k in range(1, len(head) - len(folded) + 1):
                if head[k - 1] in move_targets and head[k : k + len(folded)] == folded:
                    return True
        return False

    def _moved_to(self, s: Sentence, first: Timex, dated: list[Timex]) -> Timex | None:
        """The new date of an event a verb moves from `first` to the next date: "retrasó
        el lanzamiento del 20 de noviembre al 4 de diciembre", "pushed back the launch
        from Dec. 4 to early February" (the old date is the plan given up)."""
        lex = self.lexicon
        k = next((i for i, t in enumerate(dated) if t is first), None)
        if not lex.move_verbs or k is None or k + 1 >= len(dated) or first.start is None:
            return None
        second = dated[k + 1]
        before_first = fold(self.text[max(s.start, first.start - 8) : first.start]).split()[-1:] + fold(first.text).split()[:1]
        between = (fold(self.text[first.end : second.start]) + " " + fold(second.text)).split()  # type: ignore[index]
        if not (any(w in lex.move_origins for w in before_first) and between and between[0] in lex.move_targets):
            return None
        if self._after_move_target(first.end, second):  # type: ignore[arg-type]
            return None  # "hasta después de las elecciones del 21 de diciembre": after that day, not on it
        if not any(v.lemma in lex.move_verbs and v.end <= first.start for v in s.clause_verbs(first.start)):
            return None
        return second

    def _most_precise_apposition(self, chosen: Timex, dated: list[Timex]) -> Timex:
        """A date restated in apposition names the same time more precisely: "a
        finales de mes, entre el 27 y el 28 de marzo", "hace dos años, en diciembre
        de 2023". The narrowest of the chain of dates set off by commas wins."""
        k = next((i for i, t in enumerate(dated) if t is chosen), None)
        if k is None:
            return chosen
        lo = hi = k
        while lo > 0 and self._apposed(dated[lo - 1], dated[lo]):
            lo -= 1
        while hi + 1 < len(dated) and self._apposed(dated[hi], dated[hi + 1]):
            hi += 1
        if lo == hi or self._closes_list(dated, lo, hi):
            return chosen

        def days(t: Timex) -> int:
            return (t.interval.last_day() - t.interval.first_day()).days  # type: ignore[union-attr]

        narrowest = min(days(t) for t in dated[lo : hi + 1])
        ties = [t for t in dated[lo : hi + 1] if days(t) == narrowest]
        # of dates as narrow, a later one that opens a stretch restates the first: "las
        # fiestas de Navidad, del 24 al 26 de diciembre"
        return next((t for t in ties[1:] if self._stretch_window(t, dated, "clause timexes") is not None), ties[0])

    def _linked_days(self, first: Timex, second: Timex) -> bool:
        """Two days with only a link between them ("y", "and", "al", "-", ","), two
        years in a row written as one span ("la temporada 2024/25", "2024-2025"), or two
        months joined by a hyphen ("enero-septiembre")."""
        if first.interval is None or second.interval is None:
            return False
        if first.interval.grain is Grain.YEAR and second.interval.grain is Grain.YEAR:
            gap = self.text[first.end : second.start]  # type: ignore[index]
            return gap in _YEAR_LINKS and second.interval.first_day().year == first.interval.first_day().year + 1
        if first.interval.grain is Grain.MONTH and second.interval.grain is Grain.MONTH:
            # "en enero-septiembre", "in January-September": the months between, one stretch
            # (written so only; "in January and September" are two months)
            return self.text[first.end : second.start] in _DAY_LINKS and first.interval.last_day() < second.interval.first_day()  # type: ignore[index]
        if first.interval.grain is not Grain.DAY or second.interval.grain is not Grain.DAY:
            return False
        if not first.interval.last_day() < second.interval.first_day():
            return False
        gap = fold(self.text[first.end : second.start]).strip()  # type: ignore[index]
        if gap == "," or gap in self.lexicon.fw.coordinator:
            # a list is a stretch only when its days follow on: "el 9 y el 16" are two days
            return second.interval.first_day() == first.interval.last_day() + dt.timedelta(days=1)
        return gap in _DAY_LINKS or gap in self.lexicon.fw.range_end

    def _subject_participle_date(self, s: Sentence, tt: int) -> bool:
        """Is the date at token tt that of a participle set after the subject, with no
        preposition before it in the clause ("The agreement signed on Monday expires on
        Friday"; "En un evento celebrado el miércoles, Apple presentó" is the setting of
        what is told)?"""
        if not self._participle_date(s, -1, tt):
            return False
        k = tt - 1
        while k > 0 and not s.participle_at(k):
            k -= 1
        t0 = s.segments[s.segment_of[tt]].t0
        return not any(s.low[j] in self.lexicon.prepositions for j in range(t0, k))

    def _given_up_plan(self, s: Sentence, t: int) -> bool:
        """Whether the date at token t is a plan since changed: a word of revision right
        before its future cue ("prevista inicialmente para el 4", "originally set for"),
        or a later clause that puts it off ("estaba previsto para el sábado, pero se canceló")."""
        k = self._future_cue_start(s, t)
        if k is None:
            k = self._due_start(s, t)  # "originally due later this year"
        if k is None:
            return False
        if not self.lexicon.revised_plan_words.isdisjoint(s.low[max(k - 2, 0) : k]):
            return True
        lex = self.lexicon
        return any(
            seg.t0 > t and s.low[seg.t0] in lex.fw.but and any(v.lemma in lex.scheduling or v.lemma in lex.move_verbs for v in seg.verbs if v.tense in _PAST)
            for seg in s.segments
        )

    def _year_of_covered_complement(self, s: Sentence, m: Mention, timex: Timex) -> bool:
        """Whether a year inside the phrase of the event noun m follows a noun of a kind
        whose year names what it covers, in its complement ("la negociación de los
        presupuestos para 2026": the year the budget covers, not the talks')."""
        if m.kind in self.lexicon.year_covered or timex.interval is None or timex.interval.grain is not Grain.YEAR or timex.start is None:
            return False
        nouns = self.lexicon.nouns
        return any(
            s.words[k].islower() and (entry := nouns.get(fold(s.low[k]))) is not None and entry[0] in self.lexicon.year_covered
            for k in range(s.token_at(m.end - 1) + 1, s.token_at(timex.start))
        )

    def _future_cue(self, s: Sentence, t: int) -> bool:
        """Whether the words before token t announce a planned date ("para", "a partir de"),
        also over a date right before it ("para toda la jornada del martes")."""
        return self._future_cue_start(s, t) is not None

    def _due_start(self, s: Sentence, t: int) -> int | None:
        """The token of a word of due dates right before the date at token t, past one
        preposition ("due in June", "due later this year"), or None."""
        k = t - 1 if t > 0 and s.low[t - 1] in self.lexicon.prepositions else t
        return k - 1 if k > 0 and s.low[k - 1] in self.lexicon.due_words else None

    def _future_cue_start(self, s: Sentence, t: int) -> int | None:
        """The token where the future cue before token t starts (`_future_cue`)."""
        cues = self.lexicon.future_cues
        low = s.low
        while t > 0 and t - 1 in s.timex_tokens and t in s.timex_tokens:
            t -= 1
        first = low[t] if t < len(low) else ""
        for size in (1, 2, 3, 4):
            if t - size >= 0 and (tuple(low[t - size : t]) in cues or first in self.lexicon.fw.contraction_of and any(tuple(low[t - size : t]) + (of,) in cues for of in self.lexicon.fw.of)):
                return t - size
        return None

    def _term_of_object(self, m: Mention, s: Sentence, t: int, tt: int, timex: Timex) -> bool:
        """Is a date after "noun + para" the term of what the act names ("presentó su plan
        estratégico para el periodo 2026-2030", "los presupuestos para 2026"), not the
        act's date?"""
        if m.source != "verb" or tt <= t:
            return False
        fw = self.lexicon.fw
        k = tt - 1
        if k - 1 in s.timex_tokens and (s.low[k] in _YEAR_LINKS or s.low[k] in fw.range_end):
            k -= 1  # "2030" of "2026-2030", "de 2026 a 2030": the range's
            while k > t and k in s.timex_tokens:
                k -= 1
        if s.low[k] in fw.range_start:
            k -= 1
        if k > 0 and s.low[k] in fw.term_noun:
            k -= 2 if s.low[k - 1] in fw.definite else 1
        if not (k > t + 1 and s.low[k] in fw.for_):
            return False
        # "el aviso naranja en Galicia para el miércoles": the warning's, past its place
        noun = _place_phrase_start(s, t + 1, k, self.lexicon) - 1
        return s.words[noun].isalpha() and s.words[noun].islower() and s.verb_of(noun) is None and s.low[noun] not in self.lexicon.prepositions

    def _noun_complement(self, s: Sentence, timex: Timex) -> bool:
        """Whether a date is the complement of a common noun: "el dato de marzo",
        "el partido del domingo" (not "a primera hora del martes")."""
        return self._complemented_noun(s, timex) is not None

    def _complemented_noun(self, s: Sentence, timex: Timex) -> int | None:
        """The token of the common noun a date is the complement of, or None."""
        fw = self.lexicon.fw
        k = s.token_at(timex.start)  # type: ignore[arg-type]
        if k > 2 and (s.low[k - 1] in fw.to or s.low[k - 1] in fw.until) and k - 2 in s.timex_tokens:
            # "the budget for 2028 to 2034": the end of a period is the noun's with its start
            first = next((t for t in self.timexes_in.get(s.index, ()) if t.end is not None and s.token_at(t.end - 1) == k - 2), None)
            if first is not None and s.low[s.token_at(first.start) - 1] in self.lexicon.noun_periods:  # type: ignore[arg-type]
                return self._complemented_noun(s, first)
        if k > 1 and s.low[k - 1] in self.lexicon.noun_periods:
            # "its revenue forecast for 2026": the forecast's year (an event noun's date, "set
            # sentencing for March 17", and a pronoun's, "scheduled it for Friday", are theirs)
            word = s.words[k - 2]
            plain = word.isalpha() and word.islower() and s.low[k - 2] not in fw.object_pronoun and s.verb_of(k - 2) is None
            return k - 2 if plain and fold(word) not in self.lexicon.nouns else None
        if self.lexicon.names_before_nouns and not (k > 1 and s.low[k - 1] in fw.of_any):
            return self._modified_noun(s, timex, k)  # "the October figures"; "a target of September" below
        if k < len(s.low) and s.low[k] in fw.contraction_of:
            if self._opens_stretch(s, timex):
                return None  # "cerrará la línea del 1 al 14 de diciembre": the days the act lasts
            k -= 1  # the date starts with "del"
        elif k > 0 and (s.low[k - 1] in fw.of_any):
            k -= 2
        else:
            return None
        if k < 0:
            return None
        word = s.words[k]
        verb = s.verb_of(k)
        if verb is not None and verb.tense is not Tense.PARTICIPLE:
            return None  # "a partir de marzo"; a participle may be a noun ("el partido")
        if word.isalpha() and word.islower() and k not in s.timex_tokens and s.low[k] not in fw.time_noun and s.low[k] not in self.lexicon.prepositions and s.low[k] not in fw.article:
            return k
        return None

    def _opens_stretch(self, s: Sentence, timex: Timex) -> bool:
        """Whether a date is closed right after it by another, after "al", "hasta", "to"
        (no "y": "las huelgas del 3 y el 10" are two days): "del 1 al 14 de diciembre"."""
        fw = self.lexicon.fw
        k = s.token_at(timex.end - 1) + 1  # type: ignore[operator]
        if k >= len(s.low) or s.low[k] not in fw.range_end or s.low[k] in fw.and_:
            return False
        k += 1 if s.low[k] not in fw.contraction_to else 0
        return k < len(s.low) and (k in s.timex_tokens or s.low[k] in fw.article and k + 1 in s.timex_tokens)

    def _participle_date(self, s: Sentence, verb: int, t: int) -> bool:
        """Is the date at token t, after the verb at `verb`, that of a participle set
        after a noun ("el dato adelantado a finales de octubre", "the bridge built in
        2020")? Prepositions and articles between them are skipped."""
        k = t - 1
        while k > verb and (s.low[k] in self.lexicon.prepositions or s.low[k] in self.lexicon.fw.article):
            k -= 1
        if k - 1 > verb and s.low[k] in self.lexicon.fw.range_end and k - 1 in s.timex_tokens:
            k = self._range_start_before(s, verb, k)  # "models built between March 2023 and August 2025": the range's second end too
        if not (k > verb + 1 and s.participle_at(k) and s.verb_of(k - 1) is None):
            return False
        if k - 1 in s.timex_tokens and fold(s.low[k]) in self.months_end_links:
            return False  # "en los nueve meses terminados el 30 de septiembre": the months' last day, no act of its own
        if s.verb_of(k).lemma in self.lexicon.state_participles:  # type: ignore[union-attr, operator]
            return False  # "los trabajadores afectados la próxima semana": a state, no act of that date
        fw = self.lexicon.fw
        # ("a deal first announced in May 2023": the adverb is the participle's, the noun before it)
        before = s.low[k - 2] if k - 2 > verb and s.low[k - 1] in fw.skip_adverb else s.low[k - 1]
        # after a noun; right after an article or a count the participle is the noun ("el partido", "los dos acusados");
        # after "como" it tells what someone is ("citado a declarar como investigado el 28 de octubre")
        return before.isalpha() and before not in fw.np_articles and before not in fw.quantifier and before not in self.lexicon.determiners and before not in fw.demonstrative and before not in fw.np_stop

    def _range_start_before(self, s: Sentence, verb: int, k: int) -> int:
        """The token before a range's first end and its prepositions, the word at k joining
        its second end ("built between March 2023 and August 2025": "built")."""
        k -= 1
        while k > verb and k in s.timex_tokens:
            k -= 1
        while k > verb and (s.low[k] in self.lexicon.prepositions or s.low[k] in self.lexicon.fw.article):
            k -= 1
        return k

    def _held_at_date(self, s: Sentence, verb: int, t: int) -> bool:
        """Is the date at token t, after the verb at `verb`, that of a gathering held then
        where the act took place ("aprobó la reforma en el Consejo de Ministros celebrado
        el martes"): the act's date too?"""
        k = t - 1
        while k > verb and (s.low[k] in self.lexicon.prepositions or s.low[k] in self.lexicon.fw.article):
            k -= 1
        held = s.verb_of(k)
        if held is None or held.lemma not in self.lexicon.held_participles:
            return False
        return any(s.low[j] in self.lexicon.fw.in_ for j in range(verb + 1, k)) and not any(j in s.verb_at for j in range(verb + 1, k))

    def _after_determiner(self, s: Sentence, first: int) -> bool:
        """Is a date that opens at token `first` written after a determiner, its own or
        the one before it ("the October figures", "their January sales")? The date then
        modifies the noun after it."""
        articles = self.lexicon.fw.np_articles
        return s.low[first] in articles or first > 0 and s.low[first - 1] in articles

    def _modified_noun(self, s: Sentence, timex: Timex, k: int) -> int | None:
        """The noun a month or a year written before it names, after a determiner: "the
        October figures", "their January sales" (the figures' month, not the verb's; a
        day so placed is the thing's day: "in a Wednesday media event")."""
        fw = self.lexicon.fw
        if timex.interval is None or timex.interval.grain not in _PERIOD_GRAINS:
            return None
        after = s.token_at(timex.end - 1) + 1  # type: ignore[operator]
        possessive = after + 1 < len(s.low) and s.words[after] in ("'", "’") and s.low[after + 1] in fw.genitive
        if possessive and k > 0 and s.verb_of(k - 1) is not None:
            after += 2  # "will publish February's jobs report": the object's determiner ("October's sales rose" keeps it)
        elif not self._after_determiner(s, k) and timex.interval.grain not in (Grain.QUARTER, Grain.HALF) and not self._year_before_bare_nouns(s, timex, k, after):
            return None  # a quarter needs none: "reported third-quarter earnings"
        return after if common_word(s, after, len(s.low), self.lexicon) and s.low[after] not in fw.time_noun else None

    def _year_before_bare_nouns(self, s: Sentence, timex: Timex, k: int, after: int) -> bool:
        """A year after a preposition and before two or three nouns that end the clause:
        "retrial in 2019 bank fraud case" (a headline without its article: the case's
        year); "in 2019 police arrested him" goes on to a verb."""
        if timex.interval.grain is not Grain.YEAR or k == 0 or s.low[k - 1] not in self.lexicon.prepositions:  # type: ignore[union-attr]
            return False
        end = after
        while end < len(s.low) and end - after < 4 and common_word(s, end, len(s.low), self.lexicon):
            end += 1
        return 2 <= end - after <= 3 and (end == len(s.low) or not s.words[end].isalpha())

    def _borrowed_window(self, m: Mention, s: Sentence, timexes: list[Timex], host: int, depth: int) -> Window | None:
        """A clause without a date of its own takes one from its neighbour:
        "desde 1960, cuando un seísmo destruyó la ciudad" (the expression the
        "cuando" clause explains); "un seísmo destruyó ... y mató a 12.000
        personas" (the clause it is coordinated with, sharing its subject)."""
        if depth > 2:
            return None
        fw = self.lexicon.fw
        seg = s.segments[host]
        if seg.opener in fw.when and seg.t0 > 0:
            k = seg.t0 - 1
            while k > 0 and s.words[k] in ",;:":
                k -= 1
            for timex in timexes:
                if timex.interval is not None and timex.type in _DATED and s.token_at(timex.end - 1) == k:  # type: ignore[operator]
                    return self._when_after_since(s, timex, host) or from_timex(timex, "clause timex")
            return self._when_of_clause_before(m, s, timexes, host, depth)
        deadline = self._clause_deadline(m, s, timexes, host)
        if deadline is not None:
            return deadline
        if seg.opener in fw.where and m.passive and self._done_there(m, s, host):
            # "lo localizaron el martes en Sestao, donde fue arrestado": then and there
            previous = self._coordinated_clause(m, s, host)
            if previous is not None:
                return self._clause_window(m, s, timexes, previous, depth + 1)
        if (seg.opener in fw.although or seg.opener in fw.while_) and m.source == "verb" and m.tense not in _SUBJUNCTIVES and m.tense is not Tense.PLUPERFECT:
            # ("Norvik shares jumped 24% on Monday, while Halden stock fell 6%": then too)
            granted = self._granted_clause(m, s, host)
            window = self._clause_window(m, s, timexes, granted, depth + 1) if granted is not None else None
            if window is not None and self.dct is not None and not (m.tense in _PAST and window.start > self.dct or m.tense in _FUTURE and window.end < self.dct):
                return window  # "Nevará el miércoles, aunque las temperaturas bajarán": then too
        if seg.opener in fw.coordinator and m.source in ("verb", "reporting") and m.subject and m.subject[0].pronoun == "coordinated":
            previous = self._coordinated_clause(m, s, host)
            if previous is not None and not (m.tense is Tense.PERFECT and s.segments[previous].verbs[0].tense is Tense.PRETERITE):
                # ("arrancó el 1 de octubre y ya ha vacunado": the perfect tells where things stand now)
                return self._clause_window(m, s, timexes, previous, depth + 1)
        paired = self._paired_clause(m, s, host)
        if paired is not None:
            return self._clause_window(m, s, timexes, paired, depth + 1)  # "Un trabajador murió y otro resultó herido el lunes": both then
        fronted = self._fronted_date_clause(m, s, timexes, host)
        if fronted is not None:
            return self._clause_window(m, s, timexes, fronted, depth + 1)  # "On Monday, the union struck and the airline cancelled flights": both then
        return self._told_as_going_on(m, s, timexes, host)

    def _when_after_since(self, s: Sentence, since: Timex, host: int) -> Window | None:
        """"Workers had been on strike since Oct. 3 when the deal was reached": a "when"
        clause right after the day a pluperfect span is told from (no comma: not that
        day's aside, as in "since Monday, when a report linked ...") is the moment the span
        ran to, after that day and before the DCT (certainty bounded)."""
        k = s.token_at(since.start)  # type: ignore[arg-type]
        if self.dct is None or since.interval is None or s.words[s.segments[host].t0 - 1] == "," or k == 0 or s.low[k - 1] not in self.lexicon.fw.from_:
            return None
        told = s.segments[s.segments[s.segment_of[k]].host].verbs
        if not told or told[0].tense is not Tense.PLUPERFECT or since.interval.last_day() > self.dct:
            return None
        return Window(since.interval.first_day(), self.dct, Grain.DAY, Certainty.BOUNDED, self.text[s.starts[k - 1] : since.end], f"after clause timex {since.id}", (since.id,))  # type: ignore[index]

    def _when_of_clause_before(self, m: Mention, s: Sentence, timexes: list[Timex], host: int, depth: int) -> Window | None:
        """"La ley superó en julio el debate de totalidad, cuando el pleno rechazó las
        enmiendas": a past "cuando" clause set off after a past clause tells what happened
        at that clause's date; a pluperfect one ("cuando ya había dimitido") was earlier."""
        if m.source != "verb" or m.tense not in (Tense.PRETERITE, Tense.IMPERFECT) or s.words[s.segments[host].t0 - 1] != ",":
            return None
        previous = self._coordinated_clause(m, s, host)
        if previous is None or s.segments[previous].verbs[0].tense not in (Tense.PRETERITE, Tense.PERFECT):
            return None
        return self._clause_window(m, s, timexes, previous, depth + 1)

    def _paired_clause(self, m: Mention, s: Sentence, host: int) -> int | None:
        """The clause right after this one that tells the other of a pair in the same
        tense ("Un trabajador murió y otro resultó herido el lunes en Bilbao": the one
        and the other then), or None."""
        lex = self.lexicon
        if not lex.paired_subjects or m.source != "verb" or m.tense is None:
            return None
        index = next((i for i in range(host + 1, len(s.segments)) if s.segments[i].host == i), None)
        seg = s.segments[index] if index is not None else None
        if seg is None or seg.opener not in lex.fw.coordinator or not seg.verbs or seg.verbs[0].tense is not m.tense:
            return None
        return index if seg.t0 + 1 < len(s.low) and s.low[seg.t0 + 1] in lex.paired_subjects else None

    def _fronted_date_clause(self, m: Mention, s: Sentence, timexes: list[Timex], host: int) -> int | None:
        """The first clause of the sentence when it opens with a date set off by a comma
        and this clause (host) is joined to it by "and" in the same tense ("On Monday, the
        union struck and the airline cancelled flights": the date frames both), or None."""
        seg = s.segments[host]
        if m.source not in ("verb", "reporting") or seg.opener not in self.lexicon.fw.and_ or not seg.verbs:
            return None
        first = next((i for i in range(host) if s.segments[i].verbs and s.segments[i].host == i), None)
        if first is None or s.segments[first].verbs[0].tense is not seg.verbs[0].tense:
            return None
        if any(s.segments[i].host == i and s.segments[i].verbs and s.segments[i].opener not in self.lexicon.fw.and_ for i in range(first + 1, host)):
            return None  # only a chain of "and" clauses
        for timex in self._host_timexes(s, timexes).get(first, ()):
            t0, t1 = s.token_at(timex.start), s.token_at(timex.end - 1) + 1  # type: ignore[arg-type, operator]
            if t0 <= 2 and t1 < len(s.words) and s.words[t1] == "," and timex.type in _DATED:
                return first
        return None

    def _told_as_going_on(self, m: Mention, s: Sentence, timexes: list[Timex], host: int) -> Window | None:
        """"Harlan Motors is recalling 240,000 SUVs, the company said Tuesday", "said
        Monday it is recalling", "said on Tuesday it was pushing back the launch": what the
        English progressive tells (present, or past under the past of reporting) is going
        on when it is told, dated by the reporting verb's own date (a past verb of another
        clause); so is a decision on a plan told in the present ("anunció el martes que
        retrasa el lanzamiento": the delay is the announcement's)."""
        if m.source != "verb" or m.verb is None or self.dct is None:
            return None
        words = m.verb.text.lower().split()
        # (the past progressive only for an act of a kind: "said he was working at the plant" is a state)
        progressive = self.lexicon.language == "en" and len(words) >= 2 and words[-1].endswith("ing") and (m.tense is Tense.PRESENT or m.tense is Tense.IMPERFECT and m.kind != self.lexicon.generic_kind)
        if not progressive and not (m.tense is Tense.PRESENT and m.lemma in self.lexicon.scheduling and m.lemma not in self.lexicon.reporting):
            return None  # "said it appeals every fine" tells a habit, no act then
        by_host = self._host_timexes(s, timexes)
        for verb in s.verbs:
            if verb.lemma not in self.lexicon.reporting or verb.tense not in _PAST:
                continue
            told_by = s.segments[s.segment_of[s.token_at(verb.start)]].host
            if told_by == host:
                continue
            dated = [t for t in by_host.get(told_by, ()) if t.interval is not None and t.type in _DATED and t.interval.last_day() <= self.dct]
            if len(dated) == 1:
                return from_timex(dated[0], "report timex")
        return None

    def _done_there(self, m: Mention, s: Sentence, host: int) -> bool:
        """Whether a passive in a "donde" clause is done to the one the clause before
        named: nothing nominal follows it ("donde fue arrestado sin oponer
        resistencia"; "donde fue asesinado su padre" tells of someone else)."""
        t = s.token_at(m.end - 1) + 1
        if m.passive and t in s.verb_at:
            t = s.token_at(s.verb_at[t].end - 1) + 1  # past the participle
        fw = self.lexicon.fw
        return t >= s.segments[host].t1 or not (s.low[t] in fw.np_articles or s.low[t] in self.lexicon.determiners or t in s.chunk_at or s.words[t][:1].isdigit())

    def _granted_clause(self, m: Mention, s: Sentence, host: int) -> int | None:
        """The main clause an "aunque" clause (host) grants something in: the nearest
        earlier one, else the next ("Aunque bajarán las temperaturas, nevará el miércoles")."""
        before = self._coordinated_clause(m, s, host)
        if before is not None:
            return before
        return next((i for i in range(host + 1, len(s.segments)) if s.segments[i].verbs and s.segments[i].host == i and s.segments[i].opener is None), None)

    def _coordinated_clause(self, m: Mention, s: Sentence, host: int) -> int | None:
        """The clause a coordinated verb's clause (host) is coordinated with: the nearest
        earlier one; for a statement, past what was reported ("recordó que el año
        pasado el festival reunió ... y anunció": the statement's peer is "recordó")."""
        reported = self.lexicon.fw.complementiser if m.source == "reporting" else ()
        return next((i for i in range(host - 1, -1, -1) if s.segments[i].verbs and s.segments[i].host == i and s.segments[i].opener not in reported), None)

    def _clause_deadline(self, m: Mention, s: Sentence, timexes: list[Timex], host: int) -> Window | None:
        """"aprobará el decreto antes de que el Parlamento vote la ley el jueves", "will
        approve the decree before Parliament votes on Thursday": the date of the clause
        that follows "antes de que"/"before" is the deadline of the clause before it
        (a past event gets none: `_deadline_window`)."""
        fw = self.lexicon.fw
        for index in range(host + 1, len(s.segments)):
            seg = s.segments[index]
            if s.segments[s.segment_of[seg.t0 - 1]].host != host:
                return None  # only the clause right after this one
            if seg.host != index:
                continue
            # "antes de" + "que" (the words before the opener), "before" (the opener itself)
            side = self.lexicon.deadline_before(s.low, seg.t0 if seg.opener in fw.complementiser else seg.t0 + 1)[1]
            if side is None or side == "near":
                return None
            # ("before the year ends": "before" is the clause's opener, no bound of "the year")
            dated = [t for t in self._host_timexes(s, timexes).get(index, ()) if t.type in (TimexType.DATE, TimexType.TIME)
                     and (not self._bound(s, t) or self._deadline_words(s, t)[0] == seg.t0 - (seg.opener in fw.complementiser))]
            return self._deadline_window(m, s, dated, side)
        return None

    def _hours_of_a_set(self, timex: Timex, timexes: Sequence[Timex]) -> bool:
        """Whether a clock time follows a set with only a preposition or another clock
        time between: "todos los días de 9.00 a 20.00 horas"."""
        # (a clause's timexes are in text order, apart: the ones before are a prefix, found
        # by halving their ends, read once per list; a run of clock times is walked back a
        # few steps only, so that text made of times stays linear)
        cached = self.timex_ends.get(id(timexes))
        if cached is None or cached[0] is not timexes:  # (the list kept: its id stays its own)
            cached = self.timex_ends[id(timexes)] = (timexes, [t.end if t.end is not None else -1 for t in timexes])
        k = bisect.bisect_right(cached[1], timex.start if timex.start is not None else -1)
        steps = 0
        while k and timexes[k - 1].type is TimexType.TIME:
            if steps == _CLOCK_RUN:
                return False
            k, steps = k - 1, steps + 1
            timex = timexes[k]  # "de 9.00 a 20.00": back over the clock times to what they follow
        if not k:
            return False
        last = timexes[k - 1]
        gap = fold(self.text[last.end : timex.start]).split()  # type: ignore[index]
        return last.type is TimexType.SET and len(gap) <= 1 and all(w in self.lexicon.prepositions for w in gap)

    def _daily(self, m: Mention, s: Sentence, timexes: list[Timex]) -> Window | None:
        if self.dct is None or m.tense in _FUTURE:
            return None
        host = s.segments[m.segment].host
        for timex in timexes:
            if timex.type is not TimexType.SET or timex.symbolic not in ("P1D", "XXXX-XX-XX"):
                continue
            tt = s.token_at(timex.start)  # type: ignore[arg-type]
            if tt < len(s.segment_of) and s.segments[s.segment_of[tt]].host == host:
                reason = self.lexicon.reasons.get("daily", "«{timex}»: la del día de la noticia").format(timex=timex.text)
                return daily_window(timex, self.dct, reason)
        return None

    # -- relation timexes ----------------------------------------------------
    def _date_relations(self, mentions: list[Mention]) -> None:
        if not self.relations:
            return
        # mentions come in sentence order: those before the end of a sentence's own
        upto = {m.sentence: i + 1 for i, m in enumerate(mentions)}
        for timex in self.relations:
            relation = timex.relation
            assert relation is not None
            index = self.document.sentence_at(timex.start)  # type: ignore[arg-type]
            nearby = self.in_sentence.get(index, []) if index is not None else []
            anchored = [m for m in nearby if relation.anchor.start <= m.start < relation.anchor.end or (m.light_start is not None and relation.anchor.start <= m.light_start < relation.anchor.end)]
            if not anchored:
                continue
            s = self.sentences[index]  # type: ignore[index]
            anchored = self._without_subjects_of_begun_acts(s, anchored)
            if not anchored:
                continue
            host = self._relation_host(s, timex, nearby)
            for m in nearby:
                if s.segments[m.segment].host == host and not any(m is a for a in anchored):
                    m.related = True  # "dimitió tres días después de la cumbre": placed by it
            # the anchor event: a noun carried by a light verb first ("participar en la cumbre")
            anchored.sort(key=lambda m: (m.source != "light", m.source != "noun", m.start))
            target = anchored[0]
            if self._date_from_anchor_day(timex, s, anchored, target):
                continue
            if target.window is not None:
                continue
            # "dos días después del ataque": an attack already dated earlier dates the
            # clause, not the other way round
            earlier = self._earlier_event(target, mentions, upto[target.sentence])
            if earlier is not None:
                target.corefers = earlier
                self._date_from_event(timex, earlier, target)
                continue
            reference, label, phrase = self._relation_reference(timex, mentions, upto)
            if reference is None:
                target.window = self._relation_by_months(timex, s, host) or self._relation_by_weeks(timex, s, host)
                continue
            try:
                window = relation_window(timex, reference, label, phrase, self.lexicon.reasons, relation.direction)
            except OverflowError:  # a window past year 1 or 9999: the event stays undated
                window = None
            if window is not None:
                target.window = window

    def _without_subjects_of_begun_acts(self, s: Sentence, anchored: list[Mention]) -> list[Mention]:
        """The anchored mentions but an event noun that is the subject of a verb of beginning
        and an infinitive ("a week after the government shutdown began to strain air traffic
        control"): the strain is what the relation measures from, the shutdown began before;
        it is no anchor (nor kept as one)."""
        kept = []
        for m in anchored:
            after = s.token_at(max(m.end, m.np_end) - 1) + 1
            verb = s.verb_at.get(after) if m.source == "noun" else None
            if verb is not None and verb.lemma is not None and _begins_another_verb(s, verb.lemma, s.token_at(verb.end - 1) + 1, self.lexicon):
                m.in_anchor = False
                continue
            kept.append(m)
        return kept

    def _also_with_subject_verb(self, lowered: str, start: int, end: int) -> bool:
        """Whether a sentence with no date or event word writes "also" and a verb whose
        kind its subject gives ("It also upheld a ban", after "The court on Monday
        rejected the appeal."): read, as the act may be one more of the one before."""
        return _writes_any(lowered, start, end, self.lexicon.also) and _writes_any(lowered, start, end, _subject_verb_words(self.lexicon))

    def _kind_by_resolved_subject(self, m: Mention) -> None:
        """A verb whose kind its subject gives ([verb_subjects]), said by a pronoun that
        names an actor of an earlier sentence, takes the kind that actor gives it ("The
        court on Monday rejected the appeal. It also upheld a ban": a ruling)."""
        if m.source != "verb" or m.kind != self.lexicon.generic_kind or m.verb is None or any(not r.pronoun for r in m.subject) or m.subject_text:
            return
        table = self.lexicon.verb_subjects.get(m.verb.lemma or "")
        if not table:
            return
        kind = next((table[head] for a in m.actors for head in (fold(a.display).split()[-1],) if head in table), None)
        if kind is not None:
            m.kind = kind

    def _date_from_anchor_day(self, timex: Timex, s: Sentence, anchored: list[Mention], target: Mention) -> bool:
        """"Two days after talks collapsed on Monday, the union struck": an anchor that
        writes its own day dates its events on that day, and the clause around the
        relation that far from it (the strike on Wednesday), not the other way round.
        Whether it did."""
        relation = timex.relation
        assert relation is not None
        day = self._anchor_day(s, timex)
        if day is None:
            return False
        window = from_timex(day, "own timex")
        if window is None or window.start != window.end:
            return False
        if target.window is not None and target.window.timex_ids != (day.id,):
            return False  # the anchor dated otherwise: as before
        for m in anchored:
            if m.window is None:
                m.window = window
        if timex.mod in (Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
            self._date_within_length_of_anchor(timex, s, window, target)
        else:
            self._date_from_event(timex, target, target)
        return True

    def _date_within_length_of_anchor(self, timex: Timex, s: Sentence, day: Window, anchor: Mention) -> None:
        """"Less than a week after talks collapsed on Monday, the union struck": the clause
        around the relation between the anchor's day and that length from it, bounded."""
        relation = timex.relation
        span = duration_days(timex.symbolic) if timex.type is TimexType.DURATION else None
        if relation is None or span is None:
            return
        try:
            low, high = (day.start, day.start + dt.timedelta(days=span[1])) if relation.direction == "after" else (day.start - dt.timedelta(days=span[1]), day.start)
        except OverflowError:
            return
        words = relation.anchor.text if anchor.source == "verb" else _frame_words(anchor)
        dated = Window(low, high, Grain.DAY, Certainty.BOUNDED, f"{timex.text} {relation.signal} {words} ({self._date_phrase(day)})",
                       f"relation: {trace_amount(timex)} {relation.direction} the event of {day.dated_by}", (timex.id,) + tuple(day.timex_ids))
        hosts = self._fronted_relation_hosts(s, timex, self._relation_host(s, timex, self.in_sentence.get(s.index, [])))
        for m in self.in_sentence.get(s.index, []):
            if m.window is None and not relation.anchor.start <= m.start < relation.anchor.end and s.segments[m.segment].host in hosts:
                # told in the past: by the day of the article at the latest
                dct = self.dct
                m.window = replace(dated, end=dct) if dct is not None and m.tense in _PAST and low <= dct < high else dated

    def _anchor_day(self, s: Sentence, timex: Timex) -> Timex | None:
        """The one-day date written inside the anchor phrase of relation `timex` ("after
        talks collapsed on Monday"), not a bound ("after talks that had run since Monday")."""
        relation = timex.relation
        assert relation is not None
        for other in self.timexes_in.get(s.index, ()):
            if other is timex or other.id in self.relation_ids or other.type not in _DATED or other.start is None:
                continue
            if not relation.anchor.start <= other.start < relation.anchor.end or self._bound(s, other):
                continue
            interval = other.interval
            if interval is not None and interval.first_day() == interval.last_day():
                return other
        return None

    def _relation_by_months(self, timex: Timex, s: Sentence, host: int) -> Window | None:
        """"arrested in February 2024, two months after auditors flagged irregularities":
        whole months or years from a clause dated by a month put the anchor in the month
        that far off (December 2023), about then: neither end names its day."""
        relation = timex.relation
        parts = duration_parts(timex.symbolic)
        if relation is None or parts is None or parts[2] or parts[3] or timex.mod not in (None, Mod.APPROX):
            return None
        window = next((m.window for m in self.in_sentence.get(s.index, []) if s.segments[m.segment].host == host and not relation.anchor.start <= m.start < relation.anchor.end
                       and m.window is not None and m.window.grain is Grain.MONTH and "relation" not in m.window.dated_by and m.window.start.day == 1 and m.window.end == _month_end(m.window.start)), None)
        if window is None:
            return None
        months = (parts[0] * 12 + parts[1]) * (-1 if relation.direction == "after" else 1)
        index = window.start.year * 12 + window.start.month - 1 + months
        if not 1 <= index // 12 <= 9999:
            return None
        start = dt.date(index // 12, index % 12 + 1, 1)
        template = self.lexicon.reasons.get("relation_after" if relation.direction == "after" else "relation_before", "{timex} {date}")
        reason = template.format(timex=timex.text, date=self._date_phrase(window))
        word = "before" if relation.direction == "after" else "after"
        return Window(start, _month_end(start), Grain.MONTH, Certainty.APPROXIMATE, reason, f"relation: {trace_amount(timex)} {word} {window.timex_ids[0]} ({timex.id})", (timex.id,))

    def _relation_by_weeks(self, timex: Timex, s: Sentence, host: int) -> Window | None:
        """"will resume trade talks next week, two weeks after negotiations broke down":
        whole weeks from a clause dated by a week put the anchor in the week that far off
        (the week of 3 Nov), as months do (`_relation_by_months`)."""
        relation = timex.relation
        parts = duration_parts(timex.symbolic)
        if relation is None or parts is None or parts[0] or parts[1] or parts[3] or timex.mod not in (None, Mod.APPROX):
            return None
        window = next((m.window for m in self.in_sentence.get(s.index, []) if s.segments[m.segment].host == host and not relation.anchor.start <= m.start < relation.anchor.end
                       and m.window is not None and m.window.grain is Grain.WEEK and "relation" not in m.window.dated_by and m.window.days == 7), None)
        if window is None:
            return None
        shift = dt.timedelta(weeks=parts[2] * (-1 if relation.direction == "after" else 1))
        try:
            start, end = window.start + shift, window.end + shift
        except OverflowError:
            return None
        template = self.lexicon.reasons.get("relation_after" if relation.direction == "after" else "relation_before", "{timex} {date}")
        reason = template.format(timex=timex.text, date=self._date_phrase(window))
        word = "before" if relation.direction == "after" else "after"
        return Window(start, end, Grain.WEEK, Certainty.APPROXIMATE, reason, f"relation: {trace_amount(timex)} {word} {window.timex_ids[0]} ({timex.id})", (timex.id,))

    def _earlier_event(self, target: Mention, mentions: list[Mention], upto: int) -> Mention | None:
        """The dated event an anaphoric anchor ("del ataque", "la sentencia") names
        again: the last earlier mention (among the first `upto`) of the same or a
        compatible kind, looked for among the ANAPHORA_REACH mentions before it."""
        s = self.sentences.get(target.sentence)
        if s is None:
            return None
        t = s.token_at(target.start)
        fw = self.lexicon.fw
        before = s.low[t - 1] if t > 0 else ""
        # "después de que el Gobierno aprobara el decreto": a clause names an act again
        # by its verb and object, said by the same actor (or by none)
        restated = target.source == "verb" and target.obj is not None
        # (or a bare noun the mentions stage read as one told: "two weeks before launch")
        if not (restated or target.anaphoric or before in fw.anaphoric or before in fw.contraction or before in fw.possessive):
            return None
        kinds = self.lexicon.compatible_kinds(target.kind)
        for i in range(upto - 1, max(-1, upto - 1 - ANAPHORA_REACH), -1):
            m = mentions[i]
            if m.start >= target.start or m.sentence == target.sentence and restated:
                continue
            if m.kind in kinds and m.window is not None and "relation" not in m.window.dated_by and not self._other_complement(target, m):
                if not restated or self._restates(target, m):
                    return m
        return None

    def _other_complement(self, again: Mention, m: Mention) -> bool:
        """Whether two event nouns each written with a complement name different
        events by them ("el debate de las enmiendas parciales" is not "el debate de
        totalidad" told before)."""
        if again.source not in ("noun", "light") or m.source not in ("noun", "light") or again.np_end <= again.end or m.np_end <= m.end:
            return False
        return fold(self.text[again.end : again.np_end].strip()) != fold(self.text[m.end : m.np_end].strip())

    def _restates(self, again: Mention, m: Mention) -> bool:
        """Whether clause event `again` names the act of `m` once more: the same
        object and no other subject ("el Gobierno aprobó el decreto" / "de que el
        Gobierno aprobara el decreto")."""
        articles = self.lexicon.fw.np_articles
        if m.source != "verb" or m.obj is None or _head(m.obj, articles) != _head(again.obj, articles):
            return False
        written = {fold(r.text) for r in m.subject if not r.pronoun}
        said = {fold(r.text) for r in again.subject if not r.pronoun}
        return not written or not said or bool(written & said)

    def _date_from_event(self, timex: Timex, event: Mention, anchor: Mention) -> None:
        """Date the clause around a relation from its anchor event: "dos días
        después del ataque (1 oct 2017), el Gobierno reforzó..." -> 3 oct 2017."""
        relation = timex.relation
        assert relation is not None
        span = duration_days(timex.symbolic) if timex.type is TimexType.DURATION else (1, 1)
        if span is None or timex.mod in (Mod.MORE_THAN, Mod.EQUAL_OR_MORE, Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
            return
        low, high = span
        window = event.window
        assert window is not None  # an earlier event: dated
        try:
            if relation.direction == "after":
                start, end = window.start + dt.timedelta(days=low), window.end + dt.timedelta(days=high)
            else:
                start, end = window.start - dt.timedelta(days=high), window.end - dt.timedelta(days=low)
        except OverflowError:
            return
        certainty = Certainty.EXACT if start == end else Certainty.BOUNDED
        # a clause names its event whole ("de que el Gobierno aprobara el decreto"), a noun by its phrase
        words = relation.anchor.text if anchor.source == "verb" else _frame_words(anchor)
        reason = f"{timex.text} {relation.signal} {words} ({self._date_phrase(window)})"
        dated = Window(start, end, Grain.DAY, certainty, reason, f"relation: {trace_amount(timex)} {relation.direction} the event of {window.dated_by}", (timex.id,) + tuple(window.timex_ids))
        s = self.sentences[anchor.sentence]
        host = self._relation_host(s, timex, self.in_sentence.get(anchor.sentence, []))
        hosts = self._fronted_relation_hosts(s, timex, host)
        for m in self.in_sentence.get(anchor.sentence, []):
            if m is anchor or relation.anchor.start <= m.start < relation.anchor.end or m.window is not None:
                continue
            if s.segments[m.segment].host in hosts:
                m.window = dated

    def _relation_host(self, s: Sentence, timex: Timex, mentions: list[Mention]) -> int:
        """The clause a relation timex belongs to: its own, or, when no event outside
        the anchor is in it ("mantuvo los tipos, tal y como esperaba el mercado, tres
        semanas después de que..."), that of the last event before it."""
        relation = timex.relation
        assert relation is not None and timex.start is not None
        host = s.host_at(timex.start)
        host = self._clause_after_fronted_anchor(s, timex, host)
        outside = [m for m in mentions if not relation.anchor.start <= m.start < relation.anchor.end]
        if outside and all(s.segments[m.segment].host != host for m in outside) and self._clause_day(s, host, timex) is None:
            before = [m for m in outside if m.start < timex.start]
            if before:
                return s.segments[before[-1].segment].host
        return host

    def _fronted_relation_hosts(self, s: Sentence, timex: Timex, host: int) -> set[int]:
        """The clauses a relation dates: its own (`host`) and, when it opens the sentence
        before that clause, the clauses joined to it by "and" in the same tense ("Two days
        after talks collapsed on Monday, the union struck and the airline cancelled
        flights": both then)."""
        hosts = {host}
        seg = s.segments[host]
        if timex.start is None or timex.start >= s.starts[seg.t0] or not seg.verbs:
            return hosts
        for index in range(host + 1, len(s.segments)):
            other = s.segments[index]
            if other.host != index:
                continue
            if other.opener not in self.lexicon.fw.and_ or not other.verbs or other.verbs[0].tense is not seg.verbs[0].tense:
                break
            hosts.add(index)
        return hosts

    def _clause_after_fronted_anchor(self, s: Sentence, timex: Timex, host: int) -> int:
        """"Two days after talks collapsed on Monday, the union struck": a length read
        as part of the anchor clause it opens the sentence with belongs to the main clause
        after that anchor. `host` otherwise."""
        relation = timex.relation
        assert relation is not None
        seg = s.segments[host]
        if seg.opener is None or s.segment_of[s.token_at(relation.anchor.start)] != host:
            return host  # not the anchor clause itself
        after = s.token_at(relation.anchor.end)
        return next((i for i, other in enumerate(s.segments) if other.t0 >= after and other.host == i and other.opener is None and other.verbs), host)

    def _clause_day(self, s: Sentence, host: int, relation: Timex) -> Timex | None:
        """A one-day date written in the clause of a relation expression, which the
        relation is measured from ("said on Thursday, a day after ...")."""
        for timex in self.timexes_in.get(s.index, ()):  # the sentence's own: a run-on text stays linear
            if timex is relation or timex.id in self.relation_ids or timex.type not in _DATED:
                continue
            interval = timex.interval
            if interval is None or interval.first_day() != interval.last_day() or self._bound(s, timex):
                continue
            if s.host_at(timex.start) == host:  # type: ignore[arg-type]
                return timex
        return None

    def _countdown(self, timex: Timex) -> Timex | None:
        """"Faltan diez días para las elecciones", "a diez días de las elecciones", "with
        ten days to go before the election": a length still to run from the DCT to an
        event, which is then that long after the DCT. The timex with the event as its
        relation's anchor, or None."""
        assert timex.start is not None and timex.end is not None
        before = self.text[max(timex.start - 12, 0) : timex.start].lower().split()
        rest = self.text[timex.end : timex.end + 24].lower()
        stripped = rest.lstrip()
        link = None
        tail = " " + " ".join(before[-3:])
        if any(tail.endswith(" " + verb) for verb in self.lexicon.countdown_verbs):
            link = next((w for w in self.lexicon.countdown_links if stripped.startswith(w + " ")), None)
        elif before and before[-1] in self.lexicon.countdown_at:
            # "a diez días de las elecciones": only before an article ("a dos horas de Madrid" is a distance)
            link = next((w for w in self.lexicon.countdown_at_links if stripped.startswith(w + " ")
                         and stripped[len(w) + 1 :].split(" ", 1)[0] in self.lexicon.fw.definite), None)
        if link is None:
            link = next((w for w in self.lexicon.countdown_after if stripped.startswith(w + " ")), None)
        if link is None:
            return None
        index = self.document.sentence_at(timex.start)
        if index is None:
            return None
        anchor = self._anchor_phrase(timex.end + (len(rest) - len(stripped)) + len(link) + 1, index)
        if not anchor.text:
            return None
        return timex.model_copy(update={"relation": TimexRelation(signal=link, direction="before", anchor=anchor)})

    def _relation_reference(self, timex: Timex, mentions: list[Mention], upto: dict[int, int]) -> tuple[dt.date | None, str, str]:
        """The date the relation is measured from: the date of the clause that holds
        the expression when the text gives one, else the DCT (news report what
        happened up to the day of the article). `upto`: as in `_date_relations`."""
        index = self.document.sentence_at(timex.start)  # type: ignore[arg-type]
        s = self.sentences.get(index) if index is not None else None
        relation = timex.relation
        assert relation is not None
        if timex.id in self.countdowns and self.dct is not None:
            return self.dct, "the DCT", self._day_phrase(self.dct)  # a countdown runs from the day of the article
        if s is not None and index is not None:  # (s: a sentence at an index)
            host = self._relation_host(s, timex, self.in_sentence.get(index, []))
            for m in self.in_sentence.get(index, []):
                if relation.anchor.start <= m.start < relation.anchor.end:
                    continue
                if s.segments[m.segment].host != host:
                    continue
                window = m.window
                if window is None and m.anaphoric:
                    # "The storm came less than a week after ...": the storm dated before
                    earlier = self._earlier_event(m, mentions, upto[index])
                    window = (earlier.window if earlier is not None else None)
                if window is not None and window.start == window.end and "relation" not in window.dated_by:
                    return window.start, window.dated_by.split()[-1], self._day_phrase(window.start)
            day = self._clause_day(s, host, timex)
            if day is not None:  # "Thune said on Thursday, a day after the House approved"
                first = day.interval.first_day()  # type: ignore[union-attr]
                return first, day.id, self._day_phrase(first)
            host_verbs = s.segments[host].verbs
            if host_verbs and host_verbs[0].tense in _FUTURE:
                return None, "", ""
            # only a statement made for the article ("hizo estas afirmaciones menos de
            # una semana después de ...") stands on the DCT; another act has no date
            said = any(
                (m.kind == "statement" or m.source == "reporting") and s.segments[m.segment].host == host
                and not relation.anchor.start <= m.start < relation.anchor.end
                for m in self.in_sentence.get(index, [])
            )
            if not said:
                return None, "", ""
        if self.dct is None:
            return None, "", ""
        return self.dct, "the DCT", self._day_phrase(self.dct)

    def _day_phrase(self, day: dt.date) -> str:
        return f"{day.day} {self.language.month_name(day.month, short=True)}"

    def _date_phrase(self, window: Window) -> str:
        key = (window.start, window.end, window.grain)
        text = self.date_phrases.get(key)
        if text is None:
            from timeline.chronology.dates import phrase

            # phrase() reads only these fields of an Event
            probe = _DateProbe(window.start, window.end, window.grain, None, None, None)
            text = self.date_phrases[key] = phrase(probe, self.document.language)  # type: ignore[arg-type]
        return text

    # -- 4. actors ------------------------------------------------------------
    def _people(self, mentions: list[Mention]) -> None:
        """Index the names of the document: full forms, surnames, and who appears
        most (the article's main actor, for dropped subjects)."""
        entity: Entity | None  # a chunk part may name no entity
        self.full_name: dict[str, str] = {}
        self.person_actors: dict[str, Actor] = {}  # see _person_actor
        self.by_last: dict[str, str] = {}
        self.forms: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        first_seen: dict[str, int] = {}
        # leaders named anywhere in the article (not only in event sentences): every
        # word of a name variant must be among the article's capitalised words
        capitalised = set(map(fold, set(_CAPITALISED.findall(self.text))))  # each word folded once
        self.leaders_in_text: dict[str, str] = {}
        for variant, words, entity in self.lexicon.leader_variants:
            if words <= capitalised:
                best = self.leaders_in_text.get(entity.name)
                if best is None or len(variant) > len(best):
                    self.leaders_in_text[entity.name] = variant
        # people in text order, and the gender a title written before a name gives them
        self.people_named: list[tuple[int, int, str]] = []  # (offset, sentence, key)
        self.gender_of: dict[str, str] = {}
        self.people_of: dict[str, set[str]] = {}  # country -> people the text names with its demonym
        self.acronym_pairs: dict[str, tuple[str, str]] = {}  # a name or its acronym -> (name, acronym)
        for s in self.sentences.values():
            for chunk in s.chunks:
                for t0, _t1, entity, text in chunk.parts:
                    if entity is not None and entity.type != "person":
                        continue
                    key = self._person_key(text, entity)
                    self.people_named.append((s.starts[t0], s.index, key))
                    if key not in self.gender_of:
                        gender = self._title_gender(s, t0)
                        if gender is not None:
                            self.gender_of[key] = gender
                    country = self._demonym_before(s, t0)
                    if country is not None:
                        self.people_of.setdefault(country, set()).add(key)
                    counts[key] = counts.get(key, 0) + 1
                    self._note_acronym(s, _t1, text)
                    first_seen.setdefault(key, chunk.start)
                    self.forms.setdefault(key, set()).add(text)
                    if len(text) > len(self.full_name.get(key, "")):
                        self.full_name[key] = text
        given_names = self.lexicon.person_gender.given_names
        for key, full in self.full_name.items():
            if key not in self.gender_of and fold(full.split()[0]) in given_names:
                self.gender_of[key] = given_names[fold(full.split()[0])]
        subjects = {self._person_key(r.text, r.entity) for m in mentions for r in m.subject if r.name}
        candidates = [k for k, c in counts.items() if c >= 2 and k in subjects and not self._is_org(k)]
        self.main_actor = max(candidates, key=lambda k: (counts[k], -first_seen[k])) if candidates else None

    def _note_acronym(self, s: Sentence, t1: int, name: str) -> None:
        """"El Administrador de Infraestructuras Ferroviarias (Adif)": a name of several
        words with, in brackets after it, one word holding the initials of its capitalised
        words in order, is one actor with it. A name shaped like a person's takes only its
        very initials ("General Motors (GM)", not "Pedro Sánchez (PSOE)": his party)."""
        if not (t1 + 2 < len(s.words) and s.words[t1] == "(" and s.words[t1 + 2] == ")" and " " in name):
            return
        acronym = s.words[t1 + 1]
        if not (acronym[:1].isupper() and acronym.isalpha()) or acronym in self.acronym_pairs:
            return
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        letters = iter(fold(acronym))
        if not all(c in letters for c in fold(initials)):  # in order, as a subsequence
            return
        if _person_shaped(name) and acronym != initials:
            return
        self.acronym_pairs[acronym] = self.acronym_pairs[name] = (name, acronym)

    def _title_gender(self, s: Sentence, t0: int) -> str | None:
        """The gender a title or role written just before the name at token t0 gives
        its person: "la ministra María Jesús Montero", "la portavoz del Gobierno, Pilar
        Alegría", "Queen Camilla", "Ms Smith". A name after "de" is a complement,
        never titled."""
        lexicon = self.lexicon
        gender, fw = lexicon.person_gender, lexicon.fw
        if s.low[t0].rstrip(".") in gender.titles:
            return gender.titles[s.low[t0].rstrip(".")]  # written as part of the name: "Ms Smith"
        t = t0 - 1
        for _ in range(_TITLE_REACH):
            if t < 0:
                return None
            word = s.low[t].rstrip(".")
            if word in gender.titles and t not in s.verb_token:  # "will miss captain Martin Odegaard": a verb, no "Miss"
                return gender.titles[word]
            if t in s.chunk_at:
                first = s.chunks[s.chunk_at[t]].t0
                if first > 0 and s.low[first - 1] in fw.of_any:
                    t = first - 2  # "la ministra de Hacienda, María Jesús Montero"
                    continue
                return None
            if word in fw.of_any or word in fw.coordinator or t in s.verb_token:
                return None
            if word in lexicon.roles and t > 0 and s.low[t - 1] in gender.articles:
                return gender.articles[s.low[t - 1]]
            if not (word == "," or word in fw.article or word in lexicon.roles or word in lexicon.demonyms):
                return None  # "Por primera vez, Pedro Sánchez": only titles and roles stand before a name
            t -= 1
        return None

    def _demonym_before(self, s: Sentence, t0: int) -> str | None:
        """The country of a demonym written just before a name ("el italiano Jannik
        Sinner", "el tenista italiano Jannik Sinner", "the Italian Jannik Sinner")."""
        demonyms = self.lexicon.demonyms
        for t in (t0 - 1, t0 - 2):
            if t < 0:
                return None
            if s.low[t] in demonyms:
                return demonyms[s.low[t]]
            if s.low[t] not in self.lexicon.roles:
                return None
        return None

    def _by_demonym(self, phrase: str) -> list[Ref]:
        """"el italiano", "the Italian" as a subject: the one person the text has named
        with that demonym ("el italiano Jannik Sinner"); none when it named no one, or
        several."""
        words = phrase.lower().split()
        if len(words) != 2 or words[0] not in self.lexicon.fw.definite or words[1] not in self.lexicon.demonyms or _plural_word(words[1], self.lexicon):
            return []
        people = self.people_of.get(self.lexicon.demonyms.get(words[1], ""), ())
        return [Ref(next(iter(people)), None, name=True)] if len(people) == 1 else []

    def _is_org(self, key: str) -> bool:
        entity = self.lexicon.entities.get(fold(key))
        return entity is not None

    def _person_key(self, text: str, entity) -> str:
        if entity is not None and entity.type == "person":
            return entity.name
        folded = fold(text)
        leader = self.lexicon.leaders.get(folded)
        if leader is not None:
            return leader.name
        if not _person_shaped(text, self.lexicon.fw.surname_particle) or self._company_name(text):
            return text  # not shaped like a person's name: "Mac OS X Lion de Apple", "Keystone Brands"
        last = folded.split()[-1] if folded.split() else folded
        known = self.by_last.get(last)
        if known is not None:
            return known
        self.by_last.setdefault(last, text)
        return text

    def _actor(self, ref: Ref) -> list[Actor]:
        lexicon = self.lexicon
        if ref.entity is not None and not ref.entity.is_actor:
            return []
        if ref.role is not None and not ref.name:
            # "los líderes kazajo y ruso": the leaders the article names
            if ref.role.lower() in lexicon.leader_roles and ref.countries:
                people: list[Actor] = []
                for country in ref.countries:
                    name = next((n for n in lexicon.leaders_of.get(country, ()) if n in self.leaders_in_text), None)
                    if name is None:
                        people = []
                        break
                    people.append(self._person_actor(name))
                if people:
                    return people
            text = ref.text
            return [Actor(text, text, "group", ref.countries[0] if len(ref.countries) == 1 else None, ref.article)]
        if ref.entity is not None and ref.entity.type != "person":
            entity = ref.entity
            # "el BCE" and "el Banco Central Europeo" are one actor: an organisation by its name
            display = entity.name if entity.type == "org" else ref.text
            return [Actor(display, entity.short or ref.text, entity.type, entity.country, ref.article)]
        if ref.entity is not None:
            return [self._person_actor(ref.entity.name)]
        if ref.name and ref.text in self.acronym_pairs:
            name, acronym = self.acronym_pairs[ref.text]
            return [Actor(name, acronym, "org", None, None if ref.text == name and not acronym.isupper() else ref.article)]  # titles write the acronym ("Adif", "la RFEF")
        if ref.name and ref.text.lower() in lexicon.demonyms:
            # "Peruvians voted Sunday": a people, not a person's name
            return [Actor(ref.text, ref.text, "group", lexicon.demonyms[ref.text.lower()], ref.article)]
        if ref.name and ref.article and ref.article in self.lexicon.fw.definite:
            # "el Real Madrid", "el Barcelona": a name with an article is no person
            return [Actor(ref.text, ref.text, "org", None, ref.article)]
        if ref.name and (self._company_name(ref.text) or self._institution_name(ref.text)):
            return [Actor(ref.text, ref.text, "org", None, ref.article)]  # "Keystone Brands": no surname to shorten to
        if ref.name:
            key = self._person_key(ref.text, None)
            return [self._person_actor(key)]
        if ref.text:
            return [Actor(ref.text, ref.text, "group", None, ref.article)]
        return []

    def _named_again(self, actors: list[Actor], named_orgs: dict[str, Actor]) -> list[Actor]:
        """An organisation told again by its common noun with an article ("El Tribunal
        Supremo ha confirmado la condena. El alto tribunal notificó hoy el fallo"): the
        last one named whose name opens with that noun."""
        if not named_orgs:
            return actors
        return [named_orgs.get(fold(a.display).split()[-1], a) if a.type == "group" and (a.article is None or a.article in self.lexicon.fw.definite) and a.display[:1].islower() and " " not in a.display else a for a in actors]

    def _institution_name(self, text: str) -> bool:
        """A name of several words that ends on a body's noun ("Supreme Court", "National
        Mediation Board"): an organisation."""
        words = fold(text).split()
        return len(words) > 1 and words[-1] in self.lexicon.institution_nouns

    def _company_name(self, text: str) -> bool:
        """A name that ends as companies' do ("Keystone Brands", "Harbor Foods Inc")."""
        words = fold(text).split()
        return len(words) > 1 and words[-1] in self.lexicon.company_endings

    def _person_actor(self, key: str) -> Actor:
        """A person as listed (the fullest form the article writes) and as titles
        name them (the shortest form the article writes, or the leader's surname).
        Fixed once the names are indexed (`_people`): built once per person."""
        actor = self.person_actors.get(key)
        if actor is None:
            actor = self.person_actors[key] = self._new_person_actor(key)
        return actor

    def _new_person_actor(self, key: str) -> Actor:
        leader = self.lexicon.leader_by_name.get(key)
        forms = set(self.forms.get(key, ()))
        if leader is not None and key in self.leaders_in_text:
            forms.add(self.leaders_in_text[key])
        if not forms:
            forms = {key}
        full = max(forms, key=lambda f: (len(f), f))
        short = min(forms, key=lambda f: (len(f), f))
        if short == full and leader is not None and key in self.lexicon.leader_short:
            short = self.lexicon.leader_short[key]
        elif len(full.split()) >= 2 and (short == full or full.endswith(" " + short) and full[: -len(short) - 1].rsplit(" ", 1)[-1] in self.lexicon.fw.surname_particle):
            # "Lagarde dijo ...": the article's own short form; "Leyen", read apart from its
            # particles, is "von der Leyen" as written
            short = self._surname_alone(full) or short
        return Actor(full, short, "person", leader.country if leader else None, None)

    def _surname_alone(self, full: str) -> str | None:
        """The surname of `full` as the article writes it on its own somewhere, in
        sentences the events stage may not have read ("Lagarde"; "De Guindos" for "Luis
        de Guindos": the particles before the last name go with it), or None."""
        cache = self._surnames
        if full not in cache:
            words = full.split()
            first = len(words) - 1
            connectors = self.lexicon.fw.name_connectors
            # the particles before the last name, each connector whole ("von der Leyen")
            while (size := next((k for k in (2, 1) if first >= k and tuple(w.lower() for w in words[first - k : first]) in connectors), 0)):
                first -= size
            last = words[-1]
            written = self.text.count(full)
            alone = []
            # a surname written as often as the full name is never alone: no search ("De
            # Guindos" is a surname whole: no shorter form)
            if first > 0 and last[:1].isupper() and len(last) >= 3 and self.text.count(last) > written:
                surname = " ".join(words[first:])  # (its particle may open a sentence: "De Guindos dijo")
                pattern = re.escape(surname[:1]) if surname[:1].isupper() else f"[{re.escape(surname[:1])}{re.escape(surname[:1].upper())}]"
                alone = re.findall(rf"(?<![\w-]){pattern}{re.escape(surname[1:])}(?![\w-])", self.text)
            cache[full] = next((form for form in alone if form != surname), alone[0]) if len(alone) > written else None
        return cache[full]

    def _subject_of(self, s: Sentence, segment: int) -> list[Ref]:
        """The subject of the clause a segment belongs to (for "su", dropped subjects)."""
        from timeline.events.mentions import _antecedent, _main_subject, _subject_after, _subject_before

        key = (s.index, s.segments[segment].host)
        if key in self.subjects:
            return self.subjects[key]
        host = s.segments[segment].host
        refs: list[Ref] = []
        seg = s.segments[host]
        if seg.verbs:
            vt = s.token_at(seg.verbs[0].start)
            refs = _subject_before(s, vt, self.lexicon)
            if not refs and seg.opener in self.lexicon.fw.relative and not implied_complementiser(s, seg, self.lexicon):
                refs, _ = _antecedent(s, host, self.lexicon)
            if not refs and seg.opener is None:
                refs = _main_subject(s, host, self.lexicon)
            if not refs and seg.verbs[0].lemma in self.lexicon.reporting:
                refs = _subject_after(s, vt, self.lexicon)
        self.subjects[key] = refs
        return refs

    def _resolve_actors(self, m: Mention, previous: dict[int, list[Ref]]) -> list[Actor]:
        s = self.sentences[m.sentence]
        refs: list[Ref] = []
        for ref in m.subject:
            if ref.pronoun == "3":
                if m.source == "noun" and self._own_clause_subject_phrase(s, m):
                    continue  # "how the lender hid losses before its collapse": the lender's, named by no actor
                refs += [r for r in self._subject_of(s, m.segment) if not r.pronoun] or self._dropped(m, previous)
                if not refs and m.subject_text is None and ref.text.lower() in self.lexicon.fw.thing_possessive:
                    m.subject_text = self._thing_told_before(m)
            elif ref.pronoun == "1":
                refs += self._speaker(m, s, previous)
            elif ref.pronoun == "coordinated":
                carried = self._coordinated(m, s)
                if m.subject_text is not None and m.source != "reporting" and not any(r.text in m.subject_text for r in carried):
                    carried = []  # a shared subject phrase without the name ("services ... were suspended and resumed") names no one
                # "cuando se cancelaron 300 vuelos": a passive with "se" names what is done, no one to recover
                # ("y se desconvocó tres semanas después": what was called off, no one named)
                passive_se = m.reflexive and (m.obj is not None or m.kind in self.lexicon.scheduling_kinds) and m.kind not in ("meeting", "talks") and not m.participants
                refs += carried or ([] if passive_se else self._possessor_of_main_subject(m, s) or self._dropped(m, previous))
                named = [r for r in carried if r.name or r.role]
                if named:  # "Ortega fue detenido y pasó ... El 3 de noviembre comparecerá": still Ortega
                    previous[m.paragraph] = named
            elif ref.role in self.lexicon.company_nouns and ref.text.lower() == ref.role and (company := self._company_named_as(ref.role) or self._company_actor()) is not None:
                refs.append(Ref(company, None, name=True))
            elif ref.name and ref.entity is None and ref.article:
                refs += self._by_demonym(f"{ref.article} {ref.text}") or [ref]  # English writes "the Italian" capitalised
            else:
                refs.append(ref)
        if not m.subject and m.subject_text:
            refs += self._by_demonym(m.subject_text) or self._pronoun_named_before(m)
        # "se firmó un acuerdo" has no agent to recover; "se reunió con Rutte" has one.
        # Nobody holds an election or an earthquake; a noun that is its verb's subject
        # ("la campaña arrancará") and a clause with a written subject have none to recover.
        impersonal = m.kind in self.lexicon.impersonal
        if impersonal:
            refs = [r for r in refs if r.name and r.start >= m.start]  # only "de X" written on the noun
        elif not m.subject and m.source in ("verb", "reporting", "light") and not m.own_subject and not m.subject_text and not m.noun_subject and (
            not m.reflexive or m.kind in ("meeting", "talks") or m.participants or self._pronoun_gender(m) is not None  # "He was sentenced": done to him
        ):
            # only a sentence's first verb carries it: a later clause may have its own
            # subject ("sus abogados anunciaron que recurrirán") or none ("which killed")
            m.subject_carried = bool(previous.get(m.paragraph)) and m.verb is not None and m.verb.start == s.verbs[0].start
            carried = self._dropped(m, previous) if not self._relative_gap(m, s) else []
            if not carried and m.subject_text is None and m.verb is not None and _thing_pronoun_before(s, s.token_at(m.verb.start), self.lexicon):
                m.subject_text = self._thing_told_before(m)  # "... It held rates on Monday": the central bank
            elif (not carried and m.subject_text is None and m.verb is not None and m.generic and m.verb.lemma not in self.lexicon.link_verbs
                  and (t := s.token_at(m.verb.start)) > 0 and s.segment_of[t - 1] == m.segment and s.low[t - 1] in self.lexicon.person_gender.pronouns):
                # "John Smith is a former banker. He rejected a plea offer last week": the one a
                # sentence with no event named; no one named: the act told, by whom the text
                # says ("He rejects a plea offer")
                carried = self._named_in_unread(m, self.lexicon.person_gender.pronouns[s.low[t - 1]])
                if not carried and not m.reflexive:
                    m.subject_text = s.words[t - 1]  # ("He was seen at 4:30": no one named, nothing told of anyone)
            # ("han vencido a Boeing": who the object names is no subject carried from before)
            refs += [r for r in carried if m.obj is None or f" {fold(r.text)} " not in f" {fold(m.obj)} "]
        refs += m.agents
        found = [a for ref in refs for a in self._actor(ref)]
        # the participants' actors are the mention's too, after the others (read in
        # that order: `_person_key` remembers the first form of a surname)
        participants = [a for r in m.participants if r.name or r.entity is not None for a in self._actor(r)]
        m.participant_actors = participants
        actors: list[Actor] = []
        keys: set[str] = set()
        for actor in found + participants:
            if actor.key not in keys:
                keys.add(actor.key)
                actors.append(actor)
        return actors

    def _thing_told_before(self, m: Mention) -> str | None:
        """The subject phrase of the sentence before, in the same paragraph, that a pronoun
        of one thing with no one named stands for: "The central bank" in "The central bank
        has cut rates twice this year. It has held them at its meetings" (a phrase of one
        thing, said by the sentence's first verb in the active voice); else None."""
        before = [x for x in self.in_sentence.get(m.sentence - 1, ()) if x.paragraph == m.paragraph and x.source == "verb" and x.verb is not None]
        first = min(before, key=lambda x: x.start, default=None)
        if first is None or first.subject or not first.subject_text or first.reflexive or first.verb is not self.sentences[first.sentence].verbs[0]:
            return None
        return None if _plural_subject(first.subject_text, self.lexicon) else first.subject_text

    def _own_clause_subject_phrase(self, s: Sentence, m: Mention) -> bool:
        """Whether the finite verb nearest before the event noun of `m`, not the sentence's
        first, has an article and a common noun right before it as its subject: what "its"
        points to ("The jury heard how the lender hid losses before its collapse": the
        lender, no actor)."""
        before = [v for v in s.verbs if v.finite and v.end <= m.start]
        if len(before) < 2:
            return False
        vt = s.token_at(before[-1].start)
        if vt < 2 or vt - 1 in s.chunk_at or not s.words[vt - 1].isalpha() or not s.words[vt - 1].islower():
            return False
        return s.low[vt - 2] in self.lexicon.fw.definite and s.low[vt - 1] not in self.lexicon.fw.subject_pronoun

    def _told_by_nameless(self, m: Mention, s: Sentence) -> bool:
        """Whether the mention's clause is told by a reporting verb right before it whose
        subject is a common noun phrase naming no one ("The safety agency said it would
        hold a hearing": "it" is that agency, not the last actor named)."""
        if m.verb is None:
            return False
        said = next((v for v in reversed(s.verbs) if v.start < m.verb.start), None)
        if said is None or said.lemma not in self.lexicon.reporting:
            return False
        k = s.segment_of[s.token_at(said.start)]
        seg = s.segments[k]
        told_at = s.segment_of[s.token_at(m.verb.start)]
        told = s.segments[told_at]
        fw = self.lexicon.fw
        if self._subject_of(s, k) or seg.t0 >= s.token_at(said.start) or told_at != k + 1 or told.opener is not None and told.opener not in fw.complementiser or s.low[told.t0] in fw.coordinator or s.low[s.token_at(said.start) - 1] in fw.reflexive:
            return False  # ("El fallo no se declaró ... y sólo atrajo la atención": no clause told)
        first = seg.t0 + (1 if seg.opener is not None and s.low[seg.t0] == seg.opener else 0)
        return s.low[first] in self.lexicon.fw.article and all(s.words[t].isalpha() and s.verb_of(t) is None for t in range(first, s.token_at(said.start)))

    def _nameless_reporter_phrase(self, m: Mention, s: Sentence) -> str | None:
        """The common noun phrase that says the clause of `m` (`_told_by_nameless`), as
        written: "The safety agency" in "The safety agency said it would hold a hearing"."""
        said = next((v for v in reversed(s.verbs) if m.verb is not None and v.start < m.verb.start), None)
        if said is None:
            return None
        seg = s.segments[s.segment_of[s.token_at(said.start)]]
        first = seg.t0 + (1 if seg.opener is not None and s.low[seg.t0] == seg.opener else 0)
        return s.span_text(first, s.token_at(said.start)) or None

    def _relative_gap(self, m: Mention, s: Sentence) -> bool:
        """Whether the verb of `m` follows its relative word right away ("an outbreak
        that killed 45 people"): the antecedent is the subject, no one named before."""
        if m.verb is None:
            return False
        seg, fw = s.segments[m.segment], self.lexicon.fw
        vt = s.token_at(m.verb.start)
        if seg.opener in self.lexicon.gap_relatives:
            return s.low[seg.t0] == seg.opener and vt == seg.t0 + 1
        if m.obj is None or vt < 2 or s.low[vt - 1] not in fw.relative or s.low[vt - 1] in fw.where:
            return False
        # with its object written after it, a verb right after "que" has for subject the
        # common noun before ("apoyados por 25 medios aéreos que reanudaron las descargas")
        # or the clause before ("..., lo que facilitaría las tareas"); not what a verb says
        # ("anunció que recortarán")
        before = vt - 2
        if s.low[before] in fw.neuter:
            return True
        return (s.words[before].isalpha() and s.words[before].islower() and before not in s.timex_tokens
                and before not in s.verb_token and s.low[before] not in self.lexicon.function_words)

    def _possessor_of_main_subject(self, m: Mention, s: Sentence) -> list[Ref]:
        """A "cuando" clause with no subject, after a main clause whose subject is a thing
        of someone's ("los ingresos de la aerolínea alcanzaron ..., cuando transportó 5,4
        millones de pasajeros"): that someone did it (the airline, no other company named
        before); else nobody."""
        from timeline.events.mentions import noun_phrase

        fw = self.lexicon.fw
        seg = s.segments[m.segment]
        if seg.opener not in fw.when:
            return []
        main = next((k for k in range(m.segment - 1, -1, -1) if s.segments[k].host == k and s.segments[k].opener is None and s.segments[k].verbs), None)
        if main is None:
            return []
        begin, vt = s.segments[main].t0, s.token_at(s.segments[main].verbs[0].start)
        _end, refs, _text = noun_phrase(s, begin, vt, self.lexicon)
        of = next((k for k in range(begin + 1, vt) if s.low[k] in fw.of_any), None)
        if refs or _end != vt or of is None:
            return []  # a subject of its own ("el Gobierno aprobó ..., cuando"), or no "de" phrase
        _end, owners, _text = noun_phrase(s, of + 1, vt, self.lexicon)
        refs = []
        for ref in owners:
            company = self._company_named_as(ref.role) or self._company_actor() if ref.role in self.lexicon.company_nouns and ref.text.lower() == ref.role else None
            refs.append(Ref(company, None, name=True) if company is not None else ref)
        return [r for r in refs if r.name or r.role]

    def _company_named_as(self, role: str) -> str | None:
        """The name a company noun is first written before in the article ("La
        aerolínea Iberia Express"): who "la aerolínea" is then; None when none."""
        cache = self.company_names
        if role not in cache:
            found = re.search(rf"(?<![\w-]){re.escape(role)}\s+((?:[A-ZÁÉÍÓÚÑ][\w&.-]*)(?:\s+[A-ZÁÉÍÓÚÑ][\w&.-]*)*)", self.text)
            cache[role] = found.group(1).rstrip(".") if found else None
        return cache[role]

    def _company_actor(self) -> str | None:
        """The article's main actor when it is no person: who "la empresa" is."""
        main = self.main_actor
        return main if main is not None and main not in self.gender_of and not self._person_ref(Ref(main, None, name=True)) else None

    def _coordinated(self, m: Mention, s: Sentence) -> list[Ref]:
        """The subject of the nearest earlier clause that has one ("llegó y se reunió")."""
        host = s.segments[m.segment].host
        if host == 0:
            return []
        # found[k]: the subject of the nearest segment at or before k with a verb and
        # a subject; extended as needed, so a run-on sentence stays linear
        found = self.earlier_subjects.setdefault(s.index, [])
        while len(found) < host:
            k = len(found)
            refs = self._subject_of(s, k) if s.segments[k].verbs else []
            found.append(refs or (found[-1] if found else []))
        peer = self._coordinated_clause(m, s, host) if m.source == "reporting" else None
        return found[host - 1 if peer is None else peer]

    def _speaker(self, m: Mention, s: Sentence, previous: dict[int, list[Ref]]) -> list[Ref]:
        """"mi visita" inside a quote: the subject of the reporting verb outside it."""
        for k, seg in enumerate(s.segments):
            if seg.verbs and seg.verbs[0].lemma in self.lexicon.reporting and not s.in_quote[seg.t0 if seg.t0 < len(s.in_quote) else -1]:
                refs = self._subject_of(s, k)
                if refs:
                    return refs
        return self._dropped(m, previous)

    def _dropped(self, m: Mention, previous: dict[int, list[Ref]]) -> list[Ref]:
        """A subject the text leaves out: the last one named in the same paragraph,
        else the article's main actor. A subject written that names nobody ("Markets
        rallied", "La nueva comisión celebrará su reunión") leaves none out."""
        if m.subject_text or self._subject_after_verb(m):
            return []
        if m.verb is not None and m.source == "verb" and is_passive(m.verb, self.lexicon.language):
            # "The votes would be counted on Sunday night": done by someone not told; "He was
            # sentenced on Monday": done to the man named before
            gender = self._pronoun_gender(m)
            return [] if gender is None else self._of_gender(m, [], gender) or self._named_in_unread(m, gender)
        if self._told_by_nameless(m, self.sentences[m.sentence]):
            # "The safety agency said it would hold a hearing": that agency, whom no actor
            # names; the title says it as written
            m.subject_text = self._nameless_reporter_phrase(m, self.sentences[m.sentence])
            return []
        refs = previous.get(m.paragraph) or ([Ref(self.main_actor, None, name=True)] if self.main_actor is not None else [])
        refs = [self._spoken_for(r) for r in refs]
        if len(refs) < 2 and self._both_before_verb(m):
            return []  # "Bruselas respondió ... ambas partes firmaron una tregua": two, not the one named last
        if m.kind in _MOTION:
            refs = [r for r in refs if r.text.split(" ", 1)[0].lower() not in self.lexicon.seated]
        gender = self._pronoun_gender(m)
        if gender is None:
            return refs
        named = self._named_before_in_sentence(m, gender)
        if named is not None and named not in refs:
            refs = [named]  # "Arsenal will be without captain Martin Odegaard ... after he injured his knee": Odegaard
        chosen = self._of_gender(m, refs, gender)
        if chosen is not refs:
            previous[m.paragraph] = chosen  # "Ella anunció ... Después viajó": she is now the one named last
        return chosen

    def _both_before_verb(self, m: Mention) -> bool:
        """Whether "ambos"/"both" opens the subject right before the mention's verb
        ("ambas partes firmaron", "both sides signed")."""
        if m.verb is None:
            return False
        s = self.sentences[m.sentence]
        vt = s.token_at(m.verb.start)
        return any(s.low[k] in self.lexicon.fw.both for k in range(max(0, vt - 3), vt))

    def _pronoun_named_before(self, m: Mention) -> list[Ref]:
        """A subject phrase that is a pronoun of one gender: the person of that gender
        named before it in the sentence ("... Martin Odegaard for three weeks after he
        injured his knee": Odegaard), else nobody."""
        gender = self.lexicon.person_gender.pronouns.get((m.subject_text or "").lower())
        named = self._named_before_in_sentence(m, gender) if gender is not None else None
        return [named] if named is not None else []

    def _named_before_in_sentence(self, m: Mention, gender: str) -> Ref | None:
        """The person of `gender` named last before a subject pronoun in its own sentence
        ("... without Martin Odegaard after he injured his knee"), or None."""
        people = self.people_named
        k = bisect.bisect_left(people, (m.start,)) - 1
        while k >= 0 and people[k][1] == m.sentence:
            if self.gender_of.get(people[k][2]) == gender:
                return Ref(people[k][2], None, name=True)
            k -= 1
        return None

    def _subject_after_verb(self, m: Mention) -> bool:
        """Whether a verb of a kind told with its subject after it ("donde en agosto murió
        un agente") has that noun phrase written as its object: no one else did it."""
        if m.source != "verb" or m.kind not in _SUBJECT_AFTER or not m.obj:
            return False
        fw = self.lexicon.fw
        first = m.obj.split(" ", 1)[0].lower()
        return first in fw.np_articles or first in fw.quantifier

    def _spoken_for(self, ref: Ref) -> Ref:
        """"Fuentes del Ejecutivo": the body the sources speak for does what they tell."""
        words = ref.text.split(" ")
        fw = self.lexicon.fw
        if len(words) < 3 or words[0].lower() not in self.lexicon.sources or words[1].lower() not in fw.of_any:
            return ref
        rest, article = words[2:], fw.contractions.get(words[1].lower())
        if len(rest) > 1 and rest[0].lower() in fw.article:
            rest, article = rest[1:], rest[0].lower()  # "fuentes de la Moncloa"
        body = " ".join(rest)
        return Ref(body, self.lexicon.entities.get(fold(body)), name=body[:1].isupper(), article=article, start=ref.start + len(ref.text) - len(body))

    def _pronoun_gender(self, m: Mention) -> str | None:
        """The gender of a subject pronoun written before the mention's verb ("Ella
        anunció", "She also said"), or None."""
        if m.verb is None:
            return None
        s = self.sentences[m.sentence]
        pronouns, fw = self.lexicon.person_gender.pronouns, self.lexicon.fw
        t = s.token_at(m.verb.start) - 1
        segment = s.segment_of[t + 1]
        for _ in range(_TITLE_REACH):
            if t < 0 or s.segment_of[t] != segment:
                return None
            word = s.low[t]
            if word in pronouns:
                return pronouns[word]
            if not (word in fw.clitic or word in fw.skip_adverb or word in self.lexicon.negation or word in self.lexicon.also or fw.adverb(word)):
                return None
            t -= 1
        return None

    def _of_gender(self, m: Mention, refs: list[Ref], gender: str) -> list[Ref]:
        """Of the people a dropped subject would take (`refs`), those of `gender`;
        when all of them are known to be of the other one, the person of `gender`
        named last, in this sentence before the pronoun or in the few before it.
        Unknown genders keep `refs`."""
        genders = [self._gender(r) for r in refs]
        if gender in genders:
            return [r for r, g in zip(refs, genders) if g == gender]
        # "the government would meet. She will visit": a group ("officials" too) is no
        # "she"; the last person named not known to be of the other gender is, else nobody
        lexicon = self.lexicon
        groups = bool(refs) and all((r.role in lexicon.collective or r.role is not None and _plural_word(r.role, lexicon)) and not r.name for r in refs)
        # (nobody to take: "Anna Smith visited Paris. // She learned ...": the person of
        # that gender named last, if known to be)
        if refs and None in genders and not groups:
            return refs
        people = self.people_named
        k = bisect.bisect_left(people, (m.start,)) - 1
        while k >= 0 and people[k][1] >= m.sentence - _PRONOUN_REACH:
            key = people[k][2]
            if self.gender_of.get(key) == gender or groups and self.gender_of.get(key) is None:
                return [Ref(key, None, name=True)]
            k -= 1
        return [] if groups else refs

    def _named_in_unread(self, m: Mention, gender: str) -> list[Ref]:
        """The person of `gender` named last in the few sentences before the mention's that
        were not read for events (no date, no event word: "John Smith is a former banker. He
        rejected a plea offer last week"), when no sentence read between names one; else nobody."""
        for index in range(m.sentence - 1, max(-1, m.sentence - 1 - _PRONOUN_REACH), -1):
            s = self.sentences.get(index)
            if s is not None:
                bounds = self.document.sentences[index]
                k = bisect.bisect_left(self.people_named, (bounds.start,))  # (in text order: no scan of all the people named)
                if k < len(self.people_named) and self.people_named[k][0] < bounds.end:
                    return []  # the people of a sentence read are `_of_gender`'s
                continue
            s = self.unread.get(index)
            if s is None:
                bounds = self.document.sentences[index]
                timexes = self.timexes_in.get(index, [])
                s = self.unread[index] = analyse(self.text, index, bounds.paragraph, bounds.start, bounds.end, self.lexicon, self.document.language, [(x.start, x.end) for x in timexes])  # type: ignore[misc]
            for chunk in reversed(s.chunks):
                for t0, _t1, entity, text in reversed(chunk.parts):
                    if entity is not None and entity.type != "person" or not _person_shaped(text, self.lexicon.fw.surname_particle):
                        continue
                    key = self._person_key(text, entity)
                    found = self.gender_of.get(key) or self._title_gender(s, t0) or self.lexicon.person_gender.given_names.get(fold(text.split()[0]))
                    if found == gender:
                        return [Ref(text, entity, name=True)]
        return []

    def _gender(self, ref: Ref) -> str | None:
        if ref.entity is not None:
            return self.gender_of.get(ref.entity.name) if ref.entity.type == "person" else None
        return self.gender_of.get(self._person_key(ref.text, None)) if ref.name else None

    # -- 5. merging -------------------------------------------------------------
    def _compatible(self, cluster: _Cluster, m: Mention, keys: set[str], m_name: str | None, m_head: str | None) -> bool:
        """Whether mention `m` (whose actors' keys are `keys`, whose folded name and
        object head are `m_name` and `m_head`, read once per mention) is one more
        mention of `cluster`'s event (the kinds are checked by the caller)."""
        if (m.sentence, m.segment) in cluster.clauses:
            return False
        if m.sentence in cluster.sentences and (m.sentence in cluster.placed_in or _placed_by_relation(m)):
            return False  # "llegan un año después de la dana del 29 de octubre": one placed by the other is another event
        best = cluster.best
        if self._other_round(m, best):
            return False  # "votarán el domingo en unas elecciones ... una segunda vuelta el 14 de diciembre": two rounds
        if m.several != best.several:
            return False  # a series ("tres derrotas este mes") gives no date to one of its events, nor takes one
        if m.generic and m.kind == self.lexicon.generic_kind == best.kind and m.lemma != best.lemma:
            return False  # "the result gives Milei seats" / "we leave behind": a verb with no kind is its own act
        if (id(m) in self.moved_acts or id(best) in self.moved_acts) and m.lemma != best.lemma:
            return False  # "The final was moved to Dec. 17. The coach will speak": the move is its own act
        if m.source == best.source == "verb" and m.sentence == best.sentence and m.lemma != best.lemma:
            return False  # "cuando se cancelaron 300 vuelos ..., y se desconvocó": two verbs of one sentence, two acts
        names = cluster.names
        if m.name and names and m_name not in names:
            return False
        objects = cluster.objects
        again = self._one_person_again(m, cluster)
        if m.obj and objects and m_head not in objects and not again and not self._objects_name_the_event(m, m_head, objects):
            return False
        place_ok = _places_compatible(cluster.place, m.place)
        if place_ok is False:
            return False
        window = m.window
        if window is not None and cluster.window is not None and not window.overlaps(cluster.window):
            return False
        if self._recent_perfect_apart(m, window, best, cluster.window):
            return False
        if window is None or cluster.window is None:  # no overlap to compare: the tenses' statuses
            # a noun has no tense of its own: its clause's tells a window holding the
            # DCT ("ha condenado ..., según la sentencia conocida hoy": done, not ongoing)
            status_m = self._status(m.tense or (m.clause_tense if window is not None else None), window)
            status_c = self._status(best.tense or self._told_tense(best, cluster.window, window), cluster.window)
            if status_m and status_c and status_m != status_c:
                return False
        cluster_keys = cluster.actor_keys
        if cluster_keys and keys and not cluster_keys & keys:
            return False
        # (the cluster's mentions are read only when the cheap fields allow it: a run-on
        # sentence of clauses merges into one cluster, and this stays linear)
        if self._other_subject_phrase(m, keys, cluster.mentions, cluster_keys) or keys and not cluster_keys and not m.subject_text and any(self._other_subject_phrase(x, cluster_keys, [m], keys) for x in cluster.mentions):
            return False  # "La comisión volverá a reunirse el 18" and Codapa's assembly that day: two sittings
        lexicon = self.lexicon
        same_window = window is not None and cluster.window is not None and (window.start, window.end) == (cluster.window.start, cluster.window.end)
        linked = (
            (same_window and m.kind not in lexicon.acts)
            or bool(m.name and m_name in names)
            or bool(m.obj and m_head in objects)
            or (place_ok is True and (not keys or not cluster_keys or bool(keys & cluster_keys)))
            or (bool(keys & cluster_keys) and m.kind not in lexicon.acts)
            # "la dana del 29 de octubre" (a date of its own) is no overflow of another kind told
            # undated sentences before ("ha condenado ..., según una sentencia" is one sentence)
            or m.anaphoric and (m.kind == best.kind or cluster.window is not None or window is None or not window.dated_by.startswith("own") or m.sentence in cluster.sentences)
            or (m.kind == best.kind and window is not None and cluster.window is not None and (_bare(m) or _bare(best)))
            # "The airline said on Tuesday ... and warned": one subject phrase, one day, one sentence
            or (same_window and m.sentence in cluster.sentences and m.subject_text is not None and any(x.subject_text == m.subject_text for x in cluster.mentions))
            or (m.kind == best.kind and window is not None and cluster.window is not None and self._same_event_subject(m, cluster.mentions))
        )
        done_to_noun = bool(m.obj) and m.source == "verb" and any(x.source == "noun" and x.lemma == m_head for x in cluster.mentions)
        linked = linked or done_to_noun  # "The agreement, signed in June": its signing, one event
        if m.kind in lexicon.acts and not (m.anaphoric or (m.obj and m_head in objects)):
            linked = linked and window is not None and cluster.window is not None
        return linked or again

    def _one_person_again(self, m: Mention, cluster: _Cluster) -> bool:
        """Whether `m` is an undated noun of an act done to one person, told of "el/la" + a
        common noun ("La hospitalización del artista"), and the cluster that act, dated, done
        to one person (`one_person_kinds`): the same act named again by a role, not another's."""
        if m.kind not in self.lexicon.one_person_kinds or m.kind != cluster.kind or m.source == "verb" or m.window is not None or cluster.window is None:
            return False
        words = (m.obj or "").split()
        if m.plural or m.several or m.subject or m.actors or len(words) != 2 or words[0].lower() not in self.lexicon.fw.definite or not words[1].islower():
            return False
        return len(cluster.objects) + len(cluster.actor_keys) <= 1 and not any(x.plural or x.several for x in cluster.mentions)

    def _other_round(self, a: Mention, b: Mention) -> bool:
        """Whether one mention names a later round of an election and the other does not."""
        return (a.lemma in self.lexicon.later_rounds) != (b.lemma in self.lexicon.later_rounds)

    def _same_event_subject(self, m: Mention, others: list[Mention]) -> bool:
        """Whether `m` is a verb's whose subject is "the" and an event noun the subject of one
        of the others heads too: "Talks between the union and the airline collapsed on Saturday" and
        "The talks broke down over the weekend" tell the talks' one end."""
        if m.source != "verb" or not m.subject_text:
            return False
        words = m.subject_text.lower().split()
        if len(words) != 2 or words[0] not in self.lexicon.fw.definite:
            return False  # "The talks" points back; "Talks in Doha" are others
        head = words[1]
        return head in self.lexicon.nouns and any(x.source == "verb" and x.subject_text and _head(x.subject_text, self.lexicon.fw.np_articles) == head for x in others)

    def _other_subject_phrase(self, m: Mention, keys: set[str], others: list[Mention], other_keys: set[str]) -> bool:
        """Whether `m` is a verb's act done by a body its subject phrase names (no actor:
        "La comisión volverá a reunirse"), while the others are done by named actors and
        none by that phrase: two events, whoever is named ("Asamblea de la Codapa")."""
        if m.source != "verb" or not m.subject_text or keys or not other_keys or m.anaphoric:
            return False
        if any(x.subject_text for x in others):
            return False
        head = _head(m.subject_text, self.lexicon.fw.np_articles)
        return head not in self.lexicon.nouns  # ("La reunión se celebrará": the event itself)

    def _recent_perfect_apart(self, m: Mention, window: Window | None, best: Mention, other: Window | None) -> bool:
        """Whether one side is an undated act told in the present perfect, news of
        these days ("El Tribunal Supremo ha confirmado la condena"), and the other's
        window ended over a month before the DCT: no mention of the same event ("la
        sentencia se conoció tres meses más tarde", in 2023, is the lower court's)."""
        dct = self.dct
        if dct is None:
            return False
        for undated, tense, dated in ((window, m.tense, other), (other, best.tense, window)):
            if undated is None and tense is Tense.PERFECT and dated is not None and (dct - dated.end).days > 31:
                return True
        return False

    def _objects_name_the_event(self, m: Mention, m_head: str | None, objects: set[str]) -> bool:
        """Whether the objects that differ are each a noun of the very event, of kinds
        that may be one: "ha confirmado la condena" and "ha notificado hoy su fallo"
        tell one ruling, not two things done."""
        nouns, same = self.lexicon.nouns, self.lexicon.same_or_compatible
        kinds = [nouns.get(word, (None,))[0] for word in (m_head or "", *objects)]
        return all(kind is not None and (kind == m.kind or same(kind, m.kind)) for kind in kinds)

    def _merge(self, mentions: list[Mention]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        compatible_kinds = self.lexicon.compatible_kinds
        owner: dict[int, _Cluster] = {}
        for m in mentions:
            actors = m.actors
            keys = {a.key for a in actors}
            kinds = compatible_kinds(m.kind)
            name = fold(m.name) if m.name else None
            head = _head(m.obj, self.lexicon.fw.np_articles) if m.obj else None
            target = None
            if m.hypothetical:  # a wish or a plan is no mention of what happened
                clusters.append(_Cluster([m], m.window, list(actors), m.place, articles=self.lexicon.fw.np_articles))
                owner[id(m)] = clusters[-1]
                continue
            earlier = m.corefers
            if earlier is not None and id(earlier) in owner:
                target = owner[id(earlier)]  # "del ataque": the attack named before
                target.add(m)
                owner[id(m)] = target
                continue
            # mentions of one event sit near each other: the recent clusters only
            candidates = [c for c in clusters[: -_NEARBY - 1 : -1] if not c.kinds.isdisjoint(kinds) and not _asked_outcome(c, m)]
            if m.anaphoric:
                # "la visita": the last event of that very kind first
                kinds_of = [(c, c.kind) for c in candidates]
                same_kind = [c for c, k in kinds_of if k == m.kind]
                # "Typhoon Kalmaegi killed ... Typhoon Fung-wong hit ... The storm": the one named last, no earlier one
                named = next((i for i, c in enumerate(same_kind) if c.names), None)
                candidates = same_kind[: named + 1] if named is not None else same_kind + [c for c, k in kinds_of if k != m.kind]
            for cluster in candidates:
                if self._compatible(cluster, m, keys, name, head):
                    target = cluster
                    break
                moved = self._clock_on(m, cluster)
                if moved is not None:
                    kept, m.window = m.window, moved
                    if self._compatible(cluster, m, keys, name, head):
                        target = cluster
                        break
                    m.window = kept
            if target is not None and _spans_several(m, candidates):
                target = None  # "paros los días 12, 13, 17 y 18" / "La huelga comenzará el miércoles y terminará el martes 18": the whole, not one stretch
            if target is None:
                clusters.append(_Cluster([m], m.window, list(actors), m.place, articles=self.lexicon.fw.np_articles))
                owner[id(m)] = clusters[-1]
                continue
            if self._one_person_again(m, target):
                m.specific = False  # "La hospitalización del artista": the act told again, named best where first told
            target.add(m)
            owner[id(m)] = target
            window = m.window
            timed_end = self._span_end_timed(m, target.window)
            if timed_end == "opening" and window is not None and target.window is not None:
                # "huelga los días 3, 4 y 5 de diciembre" / "los paros comenzarán el 3 de
                # diciembre a las 6.00": the hour its first day opens at; its days kept
                target.window = replace(target.window, time=window.time, timezone=window.timezone,
                                        dated_by=f"{target.window.dated_by}, opening time {window.dated_by}")
            elif timed_end == "closing":
                pass  # "terminarán el 5 de diciembre a las 22.00": its last day; all its days kept
            elif window is not None and (target.window is None or window.narrower(target.window)):
                target.window = window
            elif window is not None and self._whole_from_first_day(target.window, window):  # type: ignore[arg-type]
                # "aplaza al 20 de enero el juicio" / "El juicio se celebrará del 20 al 26 de
                # enero": the day it opens, then all its days
                target.window = window
            elif window is not None and target.window.grain is Grain.SEASON and window.grain is Grain.DAY and window.overlaps(target.window):  # type: ignore[union-attr, arg-type]
                # "su exposición de invierno" / "que podrá visitarse del 18 de noviembre al 8
                # de marzo": a season named loosely; the days told of it are its dates
                target.window = window
            elif window is not None and window.time is not None and target.window.time is None and (window.start, window.end) == (target.window.start, target.window.end):  # type: ignore[union-attr]
                # "el incendio del domingo" and "el fuego se declaró hacia las 23.30 del domingo": the same day, its hour kept
                target.window = window
            elif window is None and target.window is not None and len(target.window.timex_ids) == 1 and target.window.start == target.window.end and not self._closed_on(target):
                # "El juicio comenzará el 2 de febrero. La vista oral se prolongará durante
                # tres semanas": the length told of it later spans it from its day
                length = self._length_of_subject(m)
                target.window = (self._carried_for(target.window, length) if length is not None else None) or target.window
            for actor in actors:
                if actor.key not in target.actor_keys:
                    target.actors.append(actor)
                    target.actor_keys.add(actor.key)
            target.place = _more_specific(target.place, m.place)
        return clusters

    def _span_end_timed(self, m: Mention, span: Window | None) -> str | None:
        """"opening" when `m` opens an event of several days at an hour of its first day
        ("comenzarán el 3 de diciembre a las 6.00"), "closing" when it closes it at an
        hour of its last day; else None."""
        window = m.window
        if (span is None or window is None or window.time is None or m.verb is None or span.grain is not Grain.DAY
                or span.time is not None or span.start == span.end or window.start != window.end):
            return None
        if window.start == span.start and m.verb.lemma in self.lexicon.opening:
            return "opening"
        if window.start == span.end and m.verb.lemma in self.lexicon.closing:
            return "closing"
        return None

    def _told_tense(self, noun: Mention, window: Window | None, other: Window | None) -> Tense | None:
        """The tense of the clause an undated noun is told in, set against a dated
        mention ("La gala inaugural ... contó con" is past, not the awards to come); a
        reporting clause tells nothing of it ("anunció la reunión")."""
        if noun.source != "noun" or window is not None or other is None or noun.clause_tense is None:
            return None
        s = self.sentences[noun.sentence]
        verbs = s.segments[s.segments[noun.segment].host].verbs
        return None if not verbs or verbs[0].lemma in self.lexicon.reporting else noun.clause_tense

    def _clock_on(self, m: Mention, cluster: _Cluster) -> Window | None:
        """"El seísmo se registró a las 23.11": a bare clock time the tagger put on
        the last date mentioned, moved to the day of the event "el seísmo" names
        again (the quake of Friday night)."""
        window = m.window
        frame = cluster.window
        if window is None or frame is None or window.time is None or frame.start != frame.end or window.start == frame.start:
            return None
        s = self.sentences.get(m.sentence)
        t = s.token_at(m.start) if s is not None else 0
        if s is None or t == 0 or s.low[t - 1] not in self.lexicon.fw.anaphoric:
            return None  # only "el seísmo", "este terremoto": a mention of one already named
        timex = self.timex_by_id.get(window.timex_ids[0]) if window.timex_ids else None
        if timex is None or timex.anchor in (None, "t0") or timex.type is not TimexType.TIME:
            return None
        start = frame.start
        if frame.part_of_day == "NI" and window.time.hour < 6:
            start = start + dt.timedelta(days=1)  # "la noche del viernes ... a las 2.00": Saturday
        return replace(window, start=start, end=start, dated_by=window.dated_by + f" on the day of {frame.dated_by}")

    def _headline(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """A headline summarises a body event ("El Real Madrid gana la Supercopa" /
        "El Real Madrid conquistó este domingo su decimotercera Supercopa"): an
        undated headline event joins the dated body event of the same kind or verb
        that shares its actors and place; a dated one, the body event of its very
        dates ("Sánchez comparecerá en el Congreso el 26 de noviembre")."""
        title = self.document.title
        if not title or not self.document.sentences:
            return clusters
        end = self.document.sentences[0].end
        if self.text[self.document.sentences[0].start : end].strip() != title.strip():
            return clusters
        merged: set[int] = set()
        for c in clusters:
            if any(m.start >= end for m in c.mentions):
                continue
            lemmas = {m.lemma for m in c.mentions}
            best = None
            for other in clusters:
                if other is c or id(other) in merged:
                    continue
                if other.window is None:
                    if self._headline_figure_twin(c, other) or self._headline_object_twin(c, other):
                        best = other  # "Carmaker recalls 180,000 SUVs" / "would recall about 180,000 sport utility vehicles"
                        break
                    continue
                if re.search(rf"\b{self._cluster_id(c)}\b", other.window.dated_by or ""):
                    continue  # "Police on Monday arrested a man. Police also arrested a woman": dated by it, another act
                if c.window is not None and (not self._restated_dates(c, other) or any(m.start < end for m in other.mentions)):
                    continue  # a dated headline restates a body event of its dates, not one of its own clauses
                same = self.lexicon.same_or_compatible(other.kind, c.kind) or other.kinds & c.kinds or lemmas & {m.lemma for m in other.mentions}
                # "Sánchez convoca elecciones" / "Sánchez anunció ... la convocatoria de elecciones"
                heads = {_head(m.obj, self.lexicon.fw.np_articles) for m in c.mentions if m.obj} - {""}
                said = bool(c.actor_keys & other.actor_keys) and any(_word_in(fold(m.obj or ""), h) for h in heads for m in other.mentions)
                if not (same or said):
                    continue
                if c.window is not None and c.kind == self.lexicon.generic_kind and not lemmas & {m.lemma for m in other.mentions}:
                    continue  # "was founded in 1998" / "sold 200 units in 1998": two acts
                if any(id(m) in self.moved_acts for m in c.mentions) and not lemmas & {m.lemma for m in other.mentions}:
                    continue  # "The final was moved to Dec. 17." / "The coach will speak": two acts
                if c.actor_keys and other.actor_keys and not any(_name_shortened(h, b) for h in c.actor_keys for b in other.actor_keys):
                    continue
                if _places_compatible(c.place, other.place) is False or self._other_round(c.best, other.best):
                    continue
                best = other
                break
            if best is not None:
                for m in c.mentions:  # the body's mention keeps naming the event
                    best.mentions.append(m)
                    best._index(m)
                best.place = _more_specific(best.place, c.place)
                merged.add(id(c))
        return [c for c in clusters if id(c) not in merged]

    def _undated_headline_pair(self, headline: _Cluster, body: _Cluster) -> bool:
        """Whether both events are undated, of the same or a compatible kind (not the
        generic one) and the body one is told outside the headline's sentence: what a
        headline twin needs before its figure or object is compared."""
        if headline.window is not None or body.window is not None or headline.kind == self.lexicon.generic_kind:
            return False
        return self.lexicon.same_or_compatible(body.kind, headline.kind) and not all(m.sentence == headline.first.sentence for m in body.mentions)

    def _headline_figure_twin(self, headline: _Cluster, body: _Cluster) -> bool:
        """Whether an undated body event is the undated headline one: the same kind, done
        to as many things, a figure of three digits or more ("Carmaker recalls 180,000
        SUVs" / "Halden Motors said it would recall about 180,000 sport utility
        vehicles"), whoever the headline names (its first word is capitalised anyway)."""
        if not self._undated_headline_pair(headline, body):
            return False
        figures = {f for m in headline.mentions if m.obj for f in _BIG_FIGURE.findall(m.obj)}
        return bool(figures) and any(f in figures for m in body.mentions if m.obj for f in _BIG_FIGURE.findall(m.obj)) and _places_compatible(headline.place, body.place) is not False

    def _headline_object_twin(self, headline: _Cluster, body: _Cluster) -> bool:
        """Whether an undated body event is the undated headline one: the same kind, the
        same actor (or the headline's short form of its name) and an object with the same
        head ("Halden Motors recalls SUVs" / "Halden Motors said on Tuesday it would recall
        its Atlas SUVs"; "would also recall sedans" is another recall)."""
        if not self._undated_headline_pair(headline, body):
            return False
        if not headline.actor_keys or not any(_name_shortened(h, b) for h in headline.actor_keys for b in body.actor_keys):
            return False
        heads = {fold(_phrase_head(m.obj, self.lexicon)) for m in headline.mentions if m.obj} - {""}
        return bool(heads) and any(fold(_phrase_head(m.obj, self.lexicon)) in heads for m in body.mentions if m.obj) and _places_compatible(headline.place, body.place) is not False

    def _restated_dates(self, headline: _Cluster, body: _Cluster) -> bool:
        """Whether a body event's dates are the ones a headline gives: the same, or, for
        the same verb, days within the headline's month ("cortará la línea durante el
        puente de diciembre" / "cortará la circulación del 5 al 8 de diciembre"), or the
        same noun ("sentencing set for March" / "set sentencing for March 17")."""
        h, b = headline.window, body.window
        if h is None or b is None or (h.start, h.end) == (b.start, b.end):
            return h is not None and b is not None
        if not (h.grain in (Grain.MONTH, Grain.SEASON) and b.grain is Grain.DAY and h.start <= b.start and b.end <= h.end):
            return False
        words = {(m.source, m.lemma) for m in headline.mentions if m.source in ("verb", "noun")}
        return not words.isdisjoint((m.source, m.lemma) for m in body.mentions)

    # -- 6. propagation between events ------------------------------------------
    def _propagate(self, clusters: list[_Cluster]) -> None:
        # which event may date which depends on fields fixed before propagation
        # (kinds, signals, clauses, actors): those links are found once, and each
        # round only moves windows (and places) along them ("tras X" is looked at
        # only once X is dated: its clause may be a run-on sentence)
        owner = {id(m): c for c in clusters for m in c.mentions}
        frames = self._frame_links(clusters, owner)
        visits = self._visit_links(clusters)
        alsos = self._also_links(clusters)
        for _round in range(4):
            changed = self._frames(frames)
            changed |= self._opens(visits)
            changed |= self._after_before(clusters, owner)
            changed |= self._also(alsos)
            if not changed:
                break

    def _scope(self, frame: Mention) -> list[Mention]:
        """Mentions inside the scope of a frame noun: its clause, or the whole
        sentence when the frame phrase opens the sentence ("Durante su visita a
        EE.UU. acordó...", "Con respecto a la visita, el Kremlin confirmó que...")."""
        s = self.sentences[frame.sentence]
        first_verb = self.first_verbs.get(frame.sentence)
        if first_verb is None:
            first_verb = self.first_verbs[frame.sentence] = min((s.token_at(v.start) for v in s.verbs if v.finite), default=len(s.words))
        leading = s.token_at(frame.start) < first_verb
        host = s.segments[frame.segment].host
        result = []
        for m in self.in_sentence.get(frame.sentence, []):
            if m is frame:
                continue
            if leading or s.segments[m.segment].host == host:
                result.append(m)
        return result

    def _frame_links(self, clusters: list[_Cluster], owner: dict[int, _Cluster]) -> list[tuple[_Cluster, Mention, list[_Cluster]]]:
        """(frame cluster, frame mention, the clusters of the mentions in its scope):
        "durante su visita", and a visit named as a setting (`_copular_frame`)."""
        links = []
        lexicon = self.lexicon
        for frame_cluster in clusters:
            for f in frame_cluster.mentions:
                if f.kind not in lexicon.frames and f.lemma not in lexicon.occasions:
                    continue
                if f.in_anchor:
                    continue  # "después de participar en la cumbre": the summit frames nothing here
                weak_signal = f.signal is not None and f.signal[1] in lexicon.weak_signals
                if weak_signal and f.source == "light":
                    continue  # "participar en la cumbre": a complement, not a setting
                if f.signal is None or f.signal[0] != "during":
                    if not (f.signal is None and f.source == "noun" and f.kind in ("visit", "trip", "summit", "conference") and self._copular_frame(f)):
                        continue
                    weak_signal = True
                if weak_signal and f.kind not in ("visit", "trip", "summit", "conference") and not self._opens_sentence(f):
                    continue  # ("En esa reunión se acordó un calendario": a setting the sentence opens on)
                targets = []
                for m in self._scope(f):
                    target = owner[id(m)]
                    if target is frame_cluster:
                        continue
                    if m.kind == "statement" or m.topic or m.in_anchor:
                        continue
                    if weak_signal and s_host(self, m) != s_host(self, f):
                        continue
                    targets.append(target)
                links.append((frame_cluster, f, targets))
        return links

    def _frames(self, links: list[tuple[_Cluster, Mention, list[_Cluster]]]) -> bool:
        changed = False
        lexicon = self.lexicon
        for frame_cluster, f, targets in links:
            for target in targets:
                if target.window is None and frame_cluster.window is not None:
                    reason = lexicon.reasons.get("during", "durante {frame} ({date})").format(frame=_frame_words(f), date=self._date_phrase(frame_cluster.window))
                    target.window = inside(frame_cluster.window, reason, f"during {self._cluster_id(frame_cluster)}")
                    if target.place is None and frame_cluster.place is not None and _shares(target, frame_cluster):
                        target.place = frame_cluster.place
                    changed = True
                elif target.window is not None and _shares(target, frame_cluster) and target not in frame_cluster.frame_of:
                    frame_cluster.frame_of.append(target)
                    if target.place is None and frame_cluster.place is not None:
                        target.place = frame_cluster.place
                    changed = True
        return changed

    def _opens_sentence(self, f: Mention) -> bool:
        """Whether the noun's signal is the sentence's first word, only articles and
        determiners between them: "En esa reunión, se acordó", "At the meeting, they agreed"
        (a setting put first, no complement of a verb)."""
        s = self.sentences[f.sentence]
        k = s.token_at(f.start) - 1
        while k > 0 and s.low[k] in self.lexicon.fw.before_signal:
            k -= 1
        return k == 0 and (s.low[0],) in self.lexicon.signals["during"]

    def _copular_frame(self, f: Mention) -> bool:
        """"El punto clave de mi visita será la firma...": a visit named as the
        setting of another event in a copular clause."""
        if f.verb is not None:
            return False
        s = self.sentences[f.sentence]
        t = s.token_at(f.start)
        fw = self.lexicon.fw
        before = s.low[t - 1] if t > 0 else ""
        if before in fw.contraction_of:
            return True
        return t > 1 and s.low[t - 2] in fw.of and (before in fw.possessive or before in fw.possessive_first or before in fw.definite)

    def _visit_links(self, clusters: list[_Cluster]) -> list[tuple[_Cluster, list[_Cluster]]]:
        """(visit, the nearby events of a kind that opens it, by an actor it shares)."""
        links = []
        for position, visit in enumerate(clusters):
            if visit.kind not in ("visit", "trip"):
                continue
            openers = [
                other for other in clusters[max(0, position - _NEARBY) : position + _NEARBY]
                if other is not visit and visit.kind in self.lexicon.opens.get(other.kind, ()) and _shares(other, visit, strict=False)
            ]
            links.append((visit, openers))
        return links

    def _opens(self, links: list[tuple[_Cluster, list[_Cluster]]]) -> bool:
        """An arrival opens a visit by the same actor to the same place; the visit
        then spans from the arrival to the last dated activity within it."""
        changed = False
        for visit, openers in links:
            if visit.window is not None and "envelope" not in visit.window.dated_by:
                continue
            parts = [(other, "opener") for other in openers if other.window is not None and _places_compatible(visit.place, other.place) is True]
            parts += [(c, "part") for c in visit.frame_of if c.window is not None]
            if not any(kind == "opener" for _c, kind in parts):
                continue
            windows = [c.window for c, _k in parts if c.window is not None and "envelope" not in c.window.dated_by]
            if not windows:
                continue
            first = min(parts, key=lambda p: p[0].window.start)[0]  # type: ignore[union-attr]
            last = max(parts, key=lambda p: p[0].window.end)[0]  # type: ignore[union-attr]
            reason = self.lexicon.reasons.get("envelope", "de {first} a {last}").format(
                first=f"{self._kind_words(first)} ({self._day_phrase(first.window.start)})",  # type: ignore[union-attr]
                last=f"{self._kind_words(last)} ({self._day_phrase(last.window.end)})",  # type: ignore[union-attr]
            )
            ids = sorted({self._cluster_id(c) for c, _k in parts}, key=lambda x: int(x[1:]))
            window = envelope(windows, reason, "envelope: " + ", ".join(ids))  # type: ignore[arg-type]
            if visit.window != window:
                visit.window = window
                changed = True
        return changed

    def _after_before(self, clusters: list[_Cluster], owner: dict[int, _Cluster]) -> bool:
        """"tras la reunión, firmaron...": after the reference event; closed by the DCT
        when the clause is in the past."""
        changed = False
        for c in clusters:
            for f in c.mentions:
                if c.window is None or self.dct is None:
                    continue
                s = self.sentences[f.sentence]
                host: int | None = s.segments[f.segment].host
                after_clause = f.signal is None or f.signal[0] != "after"
                # "After hearing statements on Monday, the judge left": the act the sentence opens with
                opening_act = after_clause and f.claims_until > 0 and f.segment == 0 and (_signal_ending_at(s, s.token_at(f.start) - 1, self.lexicon) or ("",))[0] == "after"
                if opening_act:
                    host = None
                elif after_clause:
                    # "launched an offensive after it struck a market on Monday": the clause "after" follows
                    if f.source not in ("verb", "light") or (s.segments[f.segment].opener,) not in self.lexicon.signals["after"] or f.segment == 0:
                        continue
                    host = s.segments[f.segment - 1].host
                for m in self.in_sentence.get(f.sentence, []):
                    if m is f or (s.segments[m.segment].host != host if host is not None else m.segment == f.segment or m.verb is None or not m.verb.finite):
                        continue
                    target = owner[id(m)]
                    if target is c or target.window is not None or m.tense not in _PAST:
                        continue
                    if after_clause and target.kind == c.kind and any(x.name for x in target.mentions + c.mentions):
                        continue  # "Typhoon Kalmaegi killed 114 people after it struck": one storm, told twice
                    if c.window.start > self.dct:
                        continue
                    reason = self.lexicon.reasons.get("after", "después de {event} ({date})").format(event=self._kind_words(c) if after_clause and not f.claims_until else _frame_words(f), date=self._date_phrase(c.window))
                    length = self._shortly_after(s, f) if not after_clause and "shortly_after" in self.lexicon.reasons else None
                    if length is not None:
                        # "a statement released hours after the arrest on Saturday": that day or the next
                        reason = self.lexicon.reasons["shortly_after"].format(length=length, event=_frame_words(f), date=self._date_phrase(c.window))
                        end = min(c.window.end + dt.timedelta(days=1), self.dct)
                        target.window = Window(c.window.start, end, Grain.DAY, Certainty.APPROXIMATE, reason, f"after {self._cluster_id(c)}, within a day")
                        changed = True
                        continue
                    target.window = Window(c.window.start, self.dct, Grain.DAY, Certainty.BOUNDED if c.window.start != self.dct else Certainty.EXACT, reason, f"after {self._cluster_id(c)}, before the DCT")
                    changed = True
        return changed

    def _shortly_after(self, s: Sentence, f: Mention) -> str | None:
        """The bare length of less than a day right before the "after" of the noun `f`
        ("released hours after the arrest": "hours"), or None."""
        t = s.token_at(f.start)
        for k in range(t - 1, max(t - 4, 1) - 1, -1):
            if (s.low[k],) in self.lexicon.signals["after"]:
                return s.words[k - 1] if s.low[k - 1] in self.lexicon.short_lengths else None
        return None

    def _also_links(self, clusters: list[_Cluster]) -> list[tuple[_Cluster, list[_Cluster]]]:
        """(a past event said "también", the events before it, nearest first, of the
        same family and by the same sides)."""
        links = []
        family = {"agreement", "signing", "statement", "meeting", "talks", "visit"}
        for i, c in enumerate(clusters):
            m = c.first
            if not m.also or m.tense not in _PAST:
                continue
            like = []
            # who speaks is a person or a body ("The Fed also said" is not Trump's); who
            # signs or meets, a country ("Estados Unidos y Kazajistán también firmaron")
            by_speaker = m.source == "reporting"
            sides_c = {a.key if by_speaker else a.country or a.key for a in c.actors}
            for other in reversed(clusters[max(0, i - _NEARBY) : i]):
                o = other.first
                if m.sentence - o.sentence > 3:
                    break
                if not (self.lexicon.same_or_compatible(o.kind, m.kind) or {o.kind, m.kind} <= family and {o.kind, m.kind} <= {"agreement", "signing"}):
                    continue
                if m.kind == self.lexicon.generic_kind and o.lemma != m.lemma:
                    continue  # "Revenue grew ... It also raised its forecast": a verb with no kind is like only itself
                sides_o = {a.key if by_speaker else a.country or a.key for a in other.actors}
                if sides_c and sides_o and not sides_c & sides_o:
                    continue
                like.append(other)
            links.append((c, like))
        return links

    def _also(self, links: list[tuple[_Cluster, list[_Cluster]]]) -> bool:
        """"Estados Unidos y Kazajistán también firmaron...": another act of the same
        family, by the same sides, in the window of the last one."""
        changed = False
        for c, like in links:
            if c.window is not None:
                continue
            for other in like:
                if other.window is None or self.dct is not None and other.window.start > self.dct:
                    continue  # "The Fed also said", after a forecast for next year: what was done lies before the DCT
                reason = self.lexicon.reasons.get("also", "«también»: como {event} ({date})").format(event=self._kind_words(other), date=self._date_phrase(other.window))
                c.window = inside(other.window, reason, f"also: like {self._cluster_id(other)}")
                changed = True
                break
        return changed

    # -- 7. events ------------------------------------------------------------
    def _cluster_id(self, cluster: _Cluster) -> str:
        return self.cluster_ids.get(id(cluster), "e?")

    def _kind_words(self, cluster: _Cluster) -> str:
        """The event named by its kind, with its article: "la llegada", "las reuniones"."""
        best = cluster.best
        singular, plural = self.lexicon.kind_nouns.get(best.kind, (best.kind, best.kind))
        noun = plural if best.plural else singular
        return f"{self.lexicon.article(noun, best.plural)} {noun}"

    def _title(self, cluster: _Cluster) -> str:
        return title(cluster.best, cluster.actors, cluster.place, self.lexicon, cluster.mentions)

    def _status(self, tense: Tense | None, window: Window | None) -> Status | None:
        dct = self.dct
        if window is not None and dct is not None:
            if window.end < dct:
                return Status.PAST
            if window.start > dct:
                return Status.SCHEDULED
            if window.grain is Grain.DAY and window.certainty is Certainty.EXACT and window.start <= dct <= window.end and window.start != window.end and not (window.start == dct and tense in _FUTURE):
                # days written on both sides of the DCT outweigh the tense: "se celebrará del
                # 7 al 15", "arrancó el día 5 y se prolongará hasta el 15" (one starting on
                # the DCT in the future, "a partir de esta tarde y hasta el jueves", is to come)
                return Status.ONGOING
            if tense is Tense.INFINITIVE and window.certainty is Certainty.BOUNDED and window.start == dct:
                return Status.SCHEDULED  # "ordered Miller to report to prison by Jan. 15": a task still to do
        if tense in _FUTURE:
            return Status.SCHEDULED
        if tense in _PAST:
            return Status.PAST
        if window is not None and dct is not None:
            return Status.ONGOING  # the window holds the DCT and no tense says otherwise
        return None

    def _keep(self, cluster: _Cluster) -> bool:
        mentions = cluster.mentions
        if all(m.hypothetical for m in mentions):
            return False
        if cluster.window is None and any(id(m) in self.moved_acts and (m.subject_text or cluster.actors) for m in mentions):
            return True  # "The final was moved to Dec. 17": the move told, its date the final's
        if all(m.generic for m in mentions) and (cluster.window is None or not (cluster.actors or any(m.subject_text for m in mentions))):
            return False  # a clause event is one only when dated, and needs someone doing it
        if cluster.kind in self.lexicon.recurring and not any(m.name or self._held(m) for m in mentions):
            return False
        if all(self._denied_object(m) for m in mentions):
            return False  # "no aprobó los presupuestos", "tras no lograr aprobarlos": nothing done
        if all(self._time_spent(m) for m in mentions):
            return False  # "pasó dos meses en prisión": time spent, no act (its subject still carries on)
        if cluster.window is not None:
            return True
        if all(m.source == "verb" and m.tense is Tense.PRESENT and m.verb is not None and is_passive(m.verb, self.lexicon.language) for m in mentions):
            return False  # "The plane is built with four Rolls-Royce engines": what it is, no act
        if all(self._state_begun(m) for m in mentions):
            return False  # "estuvo en libertad hasta 2020": a state, no release told
        if all(m.kind == "statement" for m in mentions):
            return False  # undated statements are the article's narration
        if all(self._bare_anchor(m) for m in mentions):
            return False  # "two weeks before launch" with no launch told: nothing to date from
        if any(m.in_anchor or m.related for m in mentions) or cluster.frame_of:
            return True
        if any(m.source in ("verb",) and (m.subject or m.obj or m.subject_carried or any(p.name for p in m.participants)) for m in mentions):
            return True
        if any(m.source == "verb" and m.kind in self.lexicon.scheduling_kinds and m.subject_text and self._with_clitic_se(m) for m in mentions):
            return True  # "el juicio se aplazó": the trial put off, said of it
        if any(m.source == "verb" and m.subject_text and m.verb is not None and m.verb.lemma in self.lexicon.move_verbs and is_passive(m.verb, self.lexicon.language) for m in mentions):
            return True  # "The trial was postponed until after Christmas": as "se aplazó" (a cancellation is told by its noun's status)
        return any((m.specific and not m.anaphoric) or (m.introduced and not self._told_before(m)) for m in mentions if m.source in ("noun", "light"))

    def _denied_object(self, m: Mention) -> bool:
        """Whether the noun of `m` is the object of a negated verb or chain of verbs
        ("no aprobó los presupuestos", "no logró aprobar los presupuestos"), with no date
        of its own; a scheduling verb leaves it standing ("no aplazó la cumbre")."""
        s = self.sentences.get(m.sentence)
        if s is None or m.source != "noun" or m.window is not None and m.window.dated_by.startswith("own"):
            return False
        fw, lex = self.lexicon.fw, self.lexicon
        k = _token_before_phrase(s, s.token_at(m.start), lex)
        chain = []
        while k >= 0 and (k in s.verb_token or s.low[k] in fw.clitic):
            verb = s.verb_of(k)
            if verb is not None:
                chain.append(verb)
            k -= 1
        # the negation opens the verb group ("no aprobó", "tras no lograr aprobar"; in "did not cancel" an auxiliary does)
        return bool(chain) and k >= 0 and s.low[k] in lex.negation and (k == 0 or k - 1 not in s.verb_token) and not any(v.lemma in lex.scheduling or v.lemma in lex.move_verbs for v in chain)

    def _with_clitic_se(self, m: Mention) -> bool:
        """Whether the verb of `m` has the reflexive clitic right before it ("se aplazó")."""
        s = self.sentences.get(m.sentence)
        t = s.token_at(m.verb.start) if s is not None and m.verb is not None else 0
        return t > 0 and s.low[t - 1] in self.lexicon.fw.reflexive  # type: ignore[union-attr]

    def _bare_anchor(self, m: Mention) -> bool:
        """Whether `m` is a bare noun read as one told before, right after "before" or
        "after" ("two weeks before launch")."""
        s = self.sentences.get(m.sentence)
        if s is None or m.source != "noun" or not m.anaphoric:
            return False
        t = s.token_at(m.start)
        return t > 0 and s.low[t - 1] in self.lexicon.fw.time_preposition

    def _quiet_subject(self, s: Sentence, previous: dict[int, list[Ref]]) -> None:
        """A sentence with no event still names who the next dropped subject is, when
        its subject is one person: "Juan Pérez es el alcalde desde 2019. El lunes
        inaugurará el puente" (not a place or a body: "Sevilla es la capital")."""
        if not s.segments or not s.segments[0].verbs:
            return
        refs = self._subject_of(s, 0)
        if len(refs) == 1 and not refs[0].pronoun and (refs[0].role or refs[0].name and self._person_ref(refs[0])):
            previous[s.paragraph] = refs

    def _person_ref(self, ref: Ref) -> bool:
        """A name that is a person's: the gazetteer says so, or a given name or a title does."""
        if ref.entity is not None:
            return ref.entity.type == "person"
        return self._person_key(ref.text, None) in self.gender_of

    def _held(self, m: Mention) -> bool:
        """Whether a verb of occurring says the event takes place: "la feria se
        celebrará el sábado" ("tendrá lugar": the verb of the phrase)."""
        occur = self.lexicon.occur
        return m.source == "light" and m.verb is not None and m.verb.lemma is not None and (m.verb.lemma in occur or any(o.startswith(m.verb.lemma + " ") for o in occur))

    def _told_before(self, m: Mention) -> bool:
        """Whether an event of a kind compatible with `m`'s is mentioned before it:
        then "presidió la cumbre" is that summit, not a new one."""
        here = (m.sentence, m.start)
        return any(self.first_of_kind.get(kind, here) < here for kind in self.lexicon.compatible_kinds(m.kind))

    def _toll_by_bare_name(self, mentions: list[Mention]) -> None:
        """"Typhoon Kalmaegi slammed into ... Kalmaegi killed 188 people": a named kind
        told again by its bare name, as subject of a verb its kind takes, is that event."""
        named: dict[str, Mention] = {}
        for m in mentions:
            if m.kind in _NAMED and m.name:
                named[fold(m.name)] = m  # "Typhoon Kalmaegi": "Kalmaegi"
            elif named and m.source == "verb" and len(m.subject) == 1 and m.subject[0].name and (told := named.get(fold(m.subject[0].text))) is not None and told.sentence < m.sentence:
                if m.lemma in self.lexicon.tells_of_disaster:
                    continue  # "made history": only "made landfall" tells of it (read in the mention)
                table = self.lexicon.verb_subjects.get(m.lemma or "", {})
                if table.get(fold(told.noun or "")) == told.kind:  # "kill typhoon": a storm
                    m.kind, m.name, m.noun, m.subject = told.kind, told.name, told.noun, []

    def run(self) -> list[Event]:
        mentions = self._read()
        if not mentions:
            return []
        self._toll_by_bare_name(mentions)
        self.first_of_kind: dict[str, tuple[int, int]] = {}  # for `_told_before`
        for m in mentions:
            key, first = (m.sentence, m.start), self.first_of_kind.get(m.kind)
            if first is None or key < first:
                self.first_of_kind[m.kind] = key
        self.in_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            self.in_sentence.setdefault(m.sentence, []).append(m)
        self.called_off = self._called_off_nouns(mentions)
        self._move_plans(mentions)
        self._put_off_by_nouns(mentions)
        self._date_relations(mentions)
        self._people(mentions)
        previous: dict[int, list[Ref]] = {}
        named_orgs: dict[str, Actor] = {}  # the last organisation named, by the first word of its name ("tribunal")
        last_sentence = -1
        for m in mentions:
            for k in range(last_sentence + 1, m.sentence):
                if k in self.sentences:  # read for its date or event word: its subject is known
                    self._quiet_subject(self.sentences[k], previous)
            last_sentence = max(last_sentence, m.sentence)
            m.actors = self._named_again(self._resolve_actors(m, previous), named_orgs)
            self._kind_by_resolved_subject(m)
            named_orgs.update((fold(a.display).split()[0], a) for a in m.actors if a.type == "org" and a.display[:1].isupper())
            if self.lexicon.names_before_nouns:  # "Georgia's Supreme Court ... the court": an English name ends on its noun
                named_orgs.update((fold(a.display).split()[-1], a) for a in m.actors if a.type == "org" and a.display[:1].isupper() and " " in a.display)
            named = [r for r in (m.verb_subject if m.source == "light" else m.subject) if r.name or r.role]
            if named and m.source in ("verb", "reporting", "light"):
                previous[m.paragraph] = named
        clusters = self._merge(mentions)
        clusters = self._restated_acts(clusters)
        clusters = self._opened_then_ended(clusters)
        clusters = self._gone_on_later(clusters)
        clusters = self._carried_on_by_second_verb(clusters)
        clusters = self._votes_of_places(clusters)
        self.cluster_ids = {id(c): f"e{i}" for i, c in enumerate(clusters, start=1)}
        self._propagate(clusters)
        clusters = self._headline(clusters)
        kept = [c for c in clusters if self._keep(c)]
        self._name_told_again(kept)
        # ids follow the text; references between events use them
        renumber = {self._cluster_id(c): f"e{n}" for n, c in enumerate(kept, start=1)}
        return [self._event(cluster, number, renumber) for number, cluster in enumerate(kept, start=1)]

    def _restated_acts(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"The court ruled on Tuesday that ... In a 5-2 ruling, the court overturned ...":
        an undated event whose sentence opens with "in" and an indefinite noun of its kind,
        set off by a comma, tells again the dated event of that kind in the sentence
        before, by compatible actors ("In a separate ruling" is another)."""
        merged: set[int] = set()
        for k, c in enumerate(clusters):
            if c.window is not None or k == 0 or id(c) in merged:
                continue
            restating = next((m for m in c.mentions if m.source == "noun" and self._fronted_indefinite(m)), None)
            if restating is None:
                continue
            sentence = restating.sentence
            before = next((o for o in clusters[k - 1 :: -1] if sentence - 1 in o.sentences and o.kind == c.kind), None)
            if before is None or before.window is None or id(before) in merged:
                continue
            # the noun and the clause it opens ("the court overturned"), told in the past,
            # by the actor of the event before, at no other place
            told = [o for o in clusters[k:] if o.window is None and o.kind == c.kind and o.sentences == {sentence}]
            if any(m.tense is not None and m.tense not in _PAST for o in told for m in o.mentions):
                continue
            if not any(before.actor_keys & o.actor_keys for o in told) or any(o.actor_keys and not before.actor_keys & o.actor_keys for o in told):
                continue
            if any(_places_compatible(before.place, o.place) is False for o in told):
                continue
            for o in told:
                before.absorb(o)
                merged.add(id(o))
        return [c for c in clusters if id(c) not in merged] if merged else clusters

    def _fronted_indefinite(self, m: Mention) -> bool:
        """Whether the noun of `m` ends a verbless phrase that opens its sentence with "in"
        and an indefinite article, set off by a comma ("In a 5-2 ruling,"), with no word
        that makes it another event ("In a separate ruling")."""
        s = self.sentences[m.sentence]
        fw = self.lexicon.fw
        noun, end = s.token_at(m.start), s.token_at(max(m.end, m.np_end) - 1)
        if len(s.low) < 4 or s.low[0] not in fw.in_ or s.low[1] not in fw.indefinite or s.segment_of[noun] != 0 or s.segments[0].verbs:
            return False
        if end + 1 >= len(s.words) or s.words[end + 1] != ",":
            return False
        return not any(s.low[k] in self.lexicon.other_event_words for k in range(2, noun))

    def _opened_then_ended(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"La vista oral comenzó el pasado 3 de noviembre" ... "El juicio quedó hoy visto
        para sentencia": a lasting event opened on one past day and told in another
        sentence to have ended on a later one is one event between the two days (only
        when one of each is told of that kind, and no place tells them apart); so is one
        told to end on a day to come ("The strike began on Monday ... would end on Friday")."""
        def day(c: _Cluster, to_come: bool = False) -> bool:
            return c.window is not None and c.window.start == c.window.end and c.window.certainty is Certainty.EXACT and self.dct is not None and (to_come or c.window.end <= self.dct)

        def told(c: _Cluster, ends: bool) -> bool:
            return day(c) and c.kind in LASTING_KINDS and any(self._ended(m) if ends else m.verb is not None and m.verb.lemma in self.lexicon.opening and m.tense in _PAST for m in c.mentions)

        def to_end(c: _Cluster) -> bool:
            # "... It would end on Friday": a closing verb to come, the end planned
            return day(c, True) and all(m.verb is not None and m.verb.lemma in self.lexicon.closing and m.tense in _FUTURE for m in c.mentions)

        for kind in {c.kind for c in clusters if c.kind in LASTING_KINDS}:
            same = [c for c in clusters if c.kind == kind]
            opened, ended = [c for c in same if told(c, False)], [c for c in same if told(c, True)]
            planned = [c for c in same if to_end(c)] if not ended else []
            ended = ended or planned
            if len(opened) != 1 or len(ended) != 1 or opened[0] is ended[0]:
                continue
            first, last = opened[0], ended[0]
            # (an end to come may be told in the same sentence: "began on Monday, and union
            # leaders said it would end on Friday")
            if first.window.end >= last.window.start or first.sentences & last.sentences and not planned:  # type: ignore[union-attr]
                continue
            if first.place is not None and last.place is not None and fold(first.place.text) != fold(last.place.text):
                continue
            a, b = first.window, last.window
            first.absorb(last)
            first.window = replace(a, end=b.end, grain=Grain.DAY, part_of_day=None, time=None, dated_by=f"{a.dated_by}; {b.dated_by}", timex_ids=a.timex_ids + b.timex_ids)  # type: ignore[arg-type, union-attr, type-var]
            clusters = [c for c in clusters if c is not last]
            if not planned:
                self.ended_clusters.add(id(first))
        return clusters

    def _gone_on_later(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"The union went on strike on Monday, and the strike continued on Tuesday": a
        lasting event told on one past day and said to go on on a later one is one event
        between the two days (only when one earlier day of that kind is told, and no place
        tells them apart); the going on told as an act ("The strike continues") is that event."""
        def day(c: _Cluster) -> bool:
            return c.window is not None and c.window.start == c.window.end and c.window.certainty is Certainty.EXACT and self.dct is not None and c.window.end <= self.dct

        def going_on(c: _Cluster) -> list[int]:
            # ("and a strike continued in Chicago": another one)
            verbs = [m.verb if m.source == "light" else self._verb_right_after(m) for m in c.mentions if self._told_before_by_article(m)]
            return [v.start for v in verbs if v is not None and v.lemma in self.lexicon.lasting and v.tense in _PAST]

        for kind in {c.kind for c in clusters if c.kind in LASTING_KINDS}:
            same = [c for c in clusters if c.kind == kind and day(c)]
            later = [c for c in same if going_on(c)]
            if len(later) != 1:
                continue
            last = later[0]
            earlier = [c for c in same if c.window.end < last.window.start]  # type: ignore[union-attr]
            if len(earlier) != 1:
                continue
            first = earlier[0]
            if first.place is not None and last.place is not None and fold(first.place.text) != fold(last.place.text):
                continue
            verbs = set(going_on(last))
            a, b = first.window, last.window
            first.absorb(last)
            first.window = replace(a, end=b.end, grain=Grain.DAY, part_of_day=None, time=None, dated_by=f"{a.dated_by}; {b.dated_by}", timex_ids=a.timex_ids + b.timex_ids)  # type: ignore[arg-type, union-attr, type-var]
            # ("and the strike continued on Tuesday" read as an act of its own as well)
            clusters = [c for c in clusters if c is not last and not all(m.source == "verb" and m.verb is not None and m.verb.start in verbs for m in c.mentions)]
        return clusters

    def _carried_on_by_second_verb(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"The strike began on Monday and continued on Tuesday": a lasting event dated on
        one day by its own verb, whose subject a second verb of lasting carries on to a later
        day, is one event from the first day to at least the later one (the going on is no
        act of its own: was "The strike continues"; "will begin ... and continue" likewise)."""
        lasting = self.lexicon.lasting
        going_on = [c for c in clusters if c.window is not None and all(m.source == "verb" and m.generic and m.verb is not None and m.verb.lemma in lasting and (m.tense in _PAST or m.tense in _FUTURE) and m.subject_text for m in c.mentions)]
        if not going_on:
            return clusters
        dropped: set[int] = set()
        for c in clusters:
            a = c.window
            if c.kind not in LASTING_KINDS or a is None or a.start != a.end or a.certainty is not Certainty.EXACT:
                continue
            told = [m for m in c.mentions if m.source == "light" and m.phrase]
            for other in going_on:
                b = other.window
                if id(other) in dropped or b is None or b.certainty is not Certainty.EXACT or not a.end < b.start:
                    continue
                if any(o.sentence == m.sentence and fold(o.subject_text or "") == fold(m.phrase or "") for o in other.mentions for m in told):
                    c.window = replace(a, end=b.end, grain=Grain.DAY, part_of_day=None, time=None, dated_by=f"{a.dated_by}; {b.dated_by}", timex_ids=a.timex_ids + b.timex_ids)
                    dropped.add(id(other))
                    break
        return [c for c in clusters if id(c) not in dropped]

    def _votes_of_places(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"Extremadura votará el 21 de diciembre" and "las elecciones" of that day: a vote
        by places only (a region, a country), with no object voted on, is the elections held
        that day, with them as where they are held ("El Congreso votará la ley", a body and
        its bill, stays a vote)."""
        votes = [c for c in clusters if c.kind == "vote" and c.window is not None and c.actors and all(a.type in PLACE_TYPES for a in c.actors)
                 and all(m.source == "verb" and not m.obj for m in c.mentions)]
        if not votes:
            return clusters
        dropped: set[int] = set()
        for vote in votes:
            day = vote.window
            election = next((c for c in clusters if c.kind == "election" and c.window is not None and (c.window.start, c.window.end) == (day.start, day.end)), None)  # type: ignore[union-attr]
            where = next((r for m in vote.mentions for r in m.subject if r.entity is not None and r.entity.is_place), None)
            if election is not None and where is not None:
                election.place = _more_specific(election.place, where)
                dropped.add(id(vote))
        return [c for c in clusters if id(c) not in dropped]

    def _told_before_by_article(self, m: Mention) -> bool:
        """Whether the noun of `m` has a definite article or a demonstrative right before
        it, an event already told ("the strike", "esa huelga")."""
        s = self.sentences[m.sentence]
        t = s.token_at(m.start) - 1
        return t >= 0 and (s.low[t] in self.lexicon.fw.definite or s.low[t] in self.lexicon.fw.demonstrative)

    def _verb_right_after(self, m: Mention) -> Verb | None:
        """The verb written right after the noun of `m`, whose subject it is ("the strike
        continued on Tuesday"), or None."""
        s = self.sentences[m.sentence]
        return s.verb_at.get(s.token_at(m.end - 1) + 1)

    def _noun_acted_on(self, s: Sentence, c: Mention, verb: Verb, nouns: list[Mention], reach: int | None) -> Mention | None:
        """The first of `nouns` that the verb of `c` acts on: one in its object, within `reach`
        tokens of the object's first word (past an infinitive of another verb there,
        "obligó a suspender el concierto": the infinitive's object) or, with no reach,
        anywhere in the object's words ("postponed Friday's protest"); with no object, a
        passive's subject before the verb in its clause ("The rally planned for Saturday
        was called off"), a reflexive one's too ("La protesta del 2 se aplazó", "La huelga
        convocada para el lunes se desconvocó ayer")."""
        if c.obj_start is not None:
            if reach is None:
                end = c.obj_start + len(c.obj or "")
                return next((n for n in nouns if c.obj_start <= n.start < end), None)
            k = s.token_at(c.obj_start)
            infinitive = s.verb_at.get(k + 1)
            if infinitive is not None and infinitive.tense is Tense.INFINITIVE and c.lemma != infinitive.lemma:
                k = s.token_at(infinitive.end - 1) + 1
            return next((n for n in nouns if 0 <= s.token_at(n.start) - k <= reach), None)
        if c.passive or c.reflexive or is_passive(verb, self.document.language):
            host = s.segments[c.segment].host
            return next((n for n in nouns if n.start < verb.start and s.segments[n.segment].host == host), None)
        return None

    def _called_off_nouns(self, mentions: list[Mention]) -> set[int]:
        """Ids of the event nouns a verb told as done calls off: its object ("The union
        cancelled the strike planned for Friday", "Se desconvocó la huelga del lunes") or
        a passive's subject before it ("The rally planned for Saturday was called off");
        not one threatened, possible, denied ("did not cancel": no act) or asked about."""
        called_off: set[int] = set()
        for c in mentions:
            if not (c.kind in _CALLED_OFF or c.lemma in self.lexicon.averting) or c.source != "verb" or c.hypothetical or c.verb is None or not (c.tense in _PAST or c.tense is Tense.PRESENT):
                continue
            s = self.sentences.get(c.sentence)
            if s is None or "?" in s.words[s.token_at(c.start) :]:
                continue  # "Did the union cancel the strike?"
            if any(v.lemma in self.lexicon.denying and v.start < c.start for v in s.verb_at.values()):
                continue  # "The union denied that it had cancelled the rally"
            nouns = [n for n in self.in_sentence.get(c.sentence, ()) if n.source == "noun"]
            target = self._noun_acted_on(s, c, c.verb, nouns, reach=2)
            while target is not None:
                if c.lemma in self.lexicon.averting and (target.window is None or not target.window.dated_by.startswith("own")):
                    target.hypothetical = True  # "descartó ayer la suspensión del concierto": none planned (no day of its own), none held
                else:
                    called_off.add(id(target))  # ("evitó la huelga convocada para el lunes": the one planned)
                target = self._next_coordinated_noun(s, target, nouns)
        return called_off

    def _inner_event_before(self, s: Sentence, m: Mention, timex: Timex) -> bool:
        """Whether an event noun stands between the noun of `m` and the date in its phrase
        ("la suspensión del concierto del sábado": the concert's day)."""
        nouns = self.lexicon.nouns
        return any(fold(s.low[k]) in nouns for k in range(s.token_at(m.end - 1) + 1, s.token_at(timex.start)))  # type: ignore[arg-type]

    def _put_off_by_nouns(self, mentions: list[Mention]) -> None:
        """"La lluvia forzó la suspensión del concierto del sábado", "obligó al aplazamiento
        del partido del domingo": a noun of calling off or putting off that a past verb of
        doing it heads calls off or puts off the event noun after its "de", as the verbs do
        (the concert cancelled; the match off its day); not one asked for or ruled out
        ("pidieron la suspensión", "descartó la suspensión")."""
        lex = self.lexicon
        for c in mentions:
            if c.source not in ("noun", "light") or c.kind not in _PUT_OFF_NOUN_KINDS or c.obj_start is None or c.hypothetical:
                continue
            s = self.sentences.get(c.sentence)
            if s is None:
                continue
            host = s.segments[c.segment].host
            verb = c.verb if c.source == "light" else max((v for v in s.segments[host].verbs if v.end <= c.start), key=lambda v: v.start, default=None)
            if verb is None or verb.tense not in _PAST or verb.lemma not in lex.putting_off_noun_verbs:
                continue
            vt = s.token_at(verb.start)
            if vt > 0 and s.low[vt - 1] in lex.negation:
                continue  # "no forzó la suspensión"
            nouns = [n for n in self.in_sentence.get(c.sentence, ()) if n.source == "noun"]
            target = self._noun_acted_on(s, c, verb, nouns, reach=None)  # in its object's words
            if target is None:
                continue
            if c.kind in _CALLED_OFF:
                self.called_off.add(id(target))
            elif target.window is not None and target.window.timex_ids and self._day_given_up(s, target.window.timex_ids[0], target):
                target.window = None  # ("obligó al aplazamiento del partido del domingo": no longer then, no new day told)

    def _move_plans(self, mentions: list[Mention]) -> None:
        """An event noun a move verb sends on ("The union postponed the protest planned
        for Friday until after the elections") is no longer on its old day: the date
        after "until"/"to" is its new one, and a time no date gives ("until after the
        elections", "until further notice") leaves it undated."""
        lex = self.lexicon
        for c in mentions:
            if c.source != "verb" or c.verb is None or c.kind != "postponement" or c.hypothetical:
                continue  # ("A hearing ... is scheduled for Thursday": a plan, nothing moved; "obligó a aplazar": put off too)
            s = self.sentences.get(c.sentence)
            if s is None:
                continue
            # (one a verb of its own dates too: "Adif adelantó al miércoles la reapertura de la vía, que estaba prevista para el viernes")
            nouns = [n for n in self.in_sentence.get(c.sentence, ()) if n.source in ("noun", "light") and n.window is not None and n.window.timex_ids]
            # in the object's words: "postponed Friday's protest", "the Dec. 2 protest", "obligó a aplazar el concierto"
            target = self._noun_acted_on(s, c, c.verb, nouns, reach=None)
            if target is None or target.window is None:
                continue
            old = target.window.timex_ids
            moved_to = []
            words_end = len(s.low)
            for k in range(s.token_at(max(target.end, c.end) - 1) + 1, len(s.low)):
                verb = s.verb_at.get(k)
                if s.words[k] in ",;:" or verb is not None and verb.finite and verb.lemma not in lex.scheduling:
                    words_end = k
                    break  # the move's own words only ("..., a spokeswoman said"; "planned for Friday" is the noun's)
                if fold(s.low[k]) in lex.move_targets:
                    moved_to.append(k)
            # (not the old day: "planned for Friday"; a stretch read "Friday until December 5" ends on the new one)
            # (the timex may hold its target: "se aplazó al 9 de diciembre"; "hasta después de las
            # elecciones del 21 de diciembre" is past that day, not on it)
            new = next((t for t in self.timexes_in.get(s.index, ()) if t.id != old[0] and t.start is not None
                        and (s.token_at(t.start) - 1 in moved_to or t.start > c.verb.end and s.token_at(t.start) < words_end and self._new_date_of_moved(s, s.token_at(t.start)))
                        and not self._after_move_target(c.verb.end, t)), None)
            if new is not None:
                target.window = from_timex(new, "new date of the move")
            elif any(s.low[k] in lex.fw.until and k + 1 not in s.timex_tokens for k in moved_to) or self._day_given_up(s, old[0], target):
                target.window = None  # ("postponed the protest planned for Friday": no longer then, no new day told)
                if c.subject_text is None and c.obj is None:
                    # "The protest planned for Friday was postponed until after the elections": the
                    # move is told of the protest (its plan's words left out of the title)
                    t0 = s.token_at(target.start)
                    first = t0 - 1 if t0 > 0 and s.low[t0 - 1] in lex.fw.np_articles else t0
                    c.subject_text = s.text[s.starts[first] : target.end]

    def _day_given_up(self, s: Sentence, timex_id: str, noun: Mention) -> bool:
        """Whether the date a moved noun was dated by is its plan's, not one a move target
        sends it to: written before the noun ("the Dec. 2 protest", "Friday's protest") or
        after a plan's word ("the protest planned for Friday"); not "until Dec. 4"."""
        timex = self.timex_by_id.get(timex_id)
        if timex is None or timex.start is None or timex.end is None:
            return False
        k = s.token_at(timex.start)
        if self._new_date_of_moved(s, k):
            # ("aplazó al 20 de enero el juicio": the new day; the timex may hold its "al")
            target = k if fold(s.low[k]) in self.lexicon.move_targets else k - 1
            return target > 0 and s.low[target - 1] in self.lexicon.plan_words_after_noun
        # "the Dec. 2 protest", "la protesta del 2 de diciembre": the noun's own date
        after_noun = s.token_at(noun.end - 1) + 1
        return timex.end <= noun.start or k == after_noun and s.low[k] in self.lexicon.fw.contraction_of or k == after_noun + 1 and s.low[after_noun] in self.lexicon.fw.of_any

    def _next_coordinated_noun(self, s: Sentence, noun: Mention, nouns: list[Mention]) -> Mention | None:
        """The event noun joined to `noun` by "and" after it, with no finite verb between
        ("cancelled the rally planned for Saturday and the strike planned for Friday"), or None."""
        fw, lex = self.lexicon.fw, self.lexicon
        t0 = s.token_at(noun.start)
        for other in nouns:
            k = s.token_at(other.start) - 1
            if k <= t0:
                continue
            while k > t0 and (s.low[k] in lex.determiners or s.low[k] in fw.definite):
                k -= 1
            if s.low[k] not in fw.and_ or any(t0 < t < k and v.finite for t, v in s.verb_at.items()):
                return None
            return other
        return None

    def _held_in_past(self, cluster: _Cluster) -> bool:
        """Whether a verb tells the cluster's event as held ("The strike began on
        Monday ... the union suspended the strike"): stopped, not called off."""
        return any(m.source in ("verb", "light") and m.tense in _PAST and id(m) not in self.called_off for m in cluster.mentions)

    def _ended(self, m: Mention) -> bool:
        """Whether the clause of `m`, after it, tells that it ended: a closing verb
        ("El juicio terminó hoy") or the words of an end ("quedó hoy visto para sentencia")."""
        if m.verb is not None and m.verb.lemma in self.lexicon.closing and m.tense in _PAST:
            return True
        s = self.sentences[m.sentence]
        seg = s.segments[s.segments[m.segment].host]
        low = s.low[s.token_at(m.start) : seg.t1]
        return any(tuple(low[k : k + len(words)]) == words for words in self.lexicon.ended for k in range(len(low) - len(words) + 1))

    def _told_by_its_record(self, m: Mention, window: Window | None) -> bool:
        """Whether the noun of `m`, dated over the DCT, is the "of" complement of a record
        of it, whose clause's tense is the record's: "The minutes of this week's meeting will
        be released on Dec. 30" (the release is to come; the meeting has been held or is
        under way, no plan)."""
        if m.source != "noun" or window is None or self.dct is None or not window.start <= self.dct <= window.end:
            return False
        s = self.sentences.get(m.sentence)
        return s is not None and _complement_of_head(s, s.token_at(m.start), self.lexicon)

    def _name_told_again(self, clusters: list[_Cluster]) -> None:
        """"Typhoon Kalmaegi killed 188 people ... The storm struck Vietnam": a named
        kind told again by its bare noun after "the" takes the last name given to it."""
        last_named: dict[str, tuple[Mention, _Cluster]] = {}
        for c in sorted(clusters, key=lambda c: (c.first.sentence, c.first.start)):
            if c.kind not in _NAMED:
                continue
            named = next((m for m in c.mentions if m.name), None)
            if named is not None:
                last_named[c.kind] = (named, c)
                continue
            words = (c.first.phrase or "").lower().split()
            if c.kind in last_named and len(words) == 2 and words[0] in self.lexicon.fw.definite and self.lexicon.nouns.get(fold(words[1]), ("",))[0] == c.kind:
                named, named_cluster = last_named[c.kind]
                if c.first.paragraph > named.paragraph and c.window is not None and named_cluster.window is not None and c.window.end < named_cluster.window.start:
                    # "El temporal obligó el pasado fin de semana", paragraphs after Claudia
                    # and before her days: another storm
                    continue
                c.first.name, c.first.noun = named.name, named.noun  # "Typhoon Kalmaegi"

    def _event(self, cluster: _Cluster, number: int, renumber: dict[str, str]) -> Event:
        best = cluster.best
        window = cluster.window
        dating = best
        for m in cluster.mentions:
            m_window = m.window
            if m_window is not None and (m_window is window or m_window == window):  # the same window, mostly the same object
                dating = m
                break
        sentence = self.document.sentences[dating.sentence]
        evidence = Span(text=self.text[sentence.start : sentence.end], start=sentence.start, end=sentence.end)
        mentions = sorted({(m.start, m.end) for m in cluster.mentions})
        tense = dating.tense or best.tense
        if tense is Tense.INFINITIVE:
            tense = self._anterior_tense(dating) or tense
        if tense is None and not (window is not None and window.start != window.end and cluster.kind in LASTING_KINDS) and not self._told_by_its_record(dating, window):
            tense = dating.clause_tense or best.clause_tense
        status = self._status(tense, window)
        if status is Status.ONGOING and id(cluster) in self.ended_clusters:
            status = Status.PAST  # "quedó hoy visto para sentencia": over, though today
        if any(id(m) in self.called_off for m in cluster.mentions) and not self._held_in_past(cluster):
            status = Status.CANCELLED  # "cancelled the strike planned for Friday": it will not take place
        elif status in (Status.SCHEDULED, Status.ONGOING) and all(m.possible for m in cluster.mentions):
            status = Status.POSSIBLE  # "amenaza con una huelga el lunes": threatened, no plan told
        place = cluster.place
        reason = window.reason if window else None
        dated_by = window.dated_by if window else None
        if dated_by:  # the events it names by their final ids
            dated_by = _EVENT_ID.sub(lambda m: renumber.get(m.group(), m.group()), dated_by)
        if best.several and window is not None:
            # one event standing for a series, over the window of its period
            reason = "; ".join(filter(None, [self.lexicon.reasons["several"], reason]))
        return Event(
            id=f"e{number}",
            title=self._title(cluster),
            kind=cluster.kind,
            actors=[a.display for a in cluster.actors],
            location=(place.entity.name if place.entity is not None and place.entity.type != "country" and False else place.text) if place else None,
            start=window.start if window and not window.open_start else None,
            end=window.end if window and not window.open_end else None,
            granularity=window.grain if window else None,
            part_of_day=window.part_of_day if window else None,
            time=window.time if window else None,
            timezone=window.timezone if window else None,
            certainty=window.certainty if window else None,
            certainty_reason=reason,
            status=status,
            timex_ids=list(window.timex_ids) if window else [],
            dated_by=dated_by,
            trigger=Span(text=self.text[best.start : best.end], start=best.start, end=best.end),
            evidence=evidence,
            mentions=[Span(text=self.text[a:b], start=a, end=b) for a, b in mentions],
            overlaps=[],
        )


def s_host(builder: _Builder, m: Mention) -> int:
    s = builder.sentences[m.sentence]
    return s.segments[m.segment].host


_PERIOD_GRAINS = frozenset({Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON, Grain.YEAR})


def _figure_from_before(s: Sentence, t: int, fw: lexicon_module.FunctionWords) -> bool:
    """Is the date at token t the day of a figure a change starts from ("Turnout reached
    61%, up from 57% four years ago", "fell to $3 billion, down from $4.8 billion in 2024")?"""
    k = t - 1
    if k > 0 and s.low[k] in fw.in_:
        k -= 1
    figure = k
    # the figure: digits, its symbols and a unit word after them ("$4.8 billion")
    while k > 0 and figure - k < 4 and s.low[k] not in fw.from_ and (s.words[k][:1].isdigit() or not s.words[k][:1].isalnum() and s.words[k] not in ',;:' or s.words[k].islower()):
        k -= 1
    between = range(k + 1, figure + 1)
    # (a date is no figure: "desde el 7 hasta el 15 de noviembre")
    return k < figure and s.low[k] in fw.from_ and any(s.words[j][:1].isdigit() for j in between) and not any(j in s.timex_tokens for j in between)


def _comparison_base(s: Sentence, t: int, fw: lexicon_module.FunctionWords) -> bool:
    """Is the date at token t the base of a comparison ("compared with 2019", "than in
    2019", "frente a 2019", "respecto al mismo mes", "seis menos que hace dos años")?
    Its link words are skipped."""
    k = t - 1
    while k > 0 and t - k <= 2 and (s.low[k] in fw.to_any or s.low[k] in fw.with_ or s.low[k] in fw.in_):
        k -= 1
    if k >= 0 and (s.low[k] in fw.comparison or k > 0 and s.low[k] in fw.complementiser and s.low[k - 1] in fw.comparative):
        return True
    if _figure_from_before(s, t, fw):
        return True
    # "rose 7% to $5.2 billion, compared with $4.86 billion in the same quarter last
    # year": a phrase the comparison word opens after a comma holds the base
    opening = s.segments[s.segment_of[t]].t0
    opening += 1 if s.words[opening] == "," else 0
    return opening < t and s.low[opening] in fw.comparison


def _marked_between(cache: dict[int, list[int]], s: Sentence, t: int, tt: int, find: Callable[[], list[int]]) -> bool:
    """Whether a mark of the sentence (the tokens `find` gives, in order, read once per
    sentence into `cache`: each mention asks of each date of its clause) stands strictly
    between tokens t and tt."""
    marks = cache.get(s.index)
    if marks is None:
        marks = cache[s.index] = find()
    return bisect.bisect_right(marks, t) < bisect.bisect_left(marks, tt)


_NO_WORDS: frozenset[str] = frozenset()
_SUBJECT_VERB_WORDS: dict[str, frozenset[str]] = {}  # language -> `_subject_verb_words`


def _subject_verb_words(lexicon: Lexicon) -> frozenset[str]:
    """The written forms of the verbs whose kind their subject gives ([verb_subjects]:
    "upheld"), lower case."""
    words = _SUBJECT_VERB_WORDS.get(lexicon.language)
    if words is None:
        factory = verb_forms._LEXICONS.get(lexicon.language)
        forms = factory().forms.items() if factory is not None else ()
        words = frozenset(form.lower() for form, (lemma, _tense) in forms if lemma in lexicon.verb_subjects)
        _SUBJECT_VERB_WORDS[lexicon.language] = words
    return words


def _writes_any(text: str, start: int, end: int, words: frozenset[str], more: frozenset[str] = _NO_WORDS) -> bool:
    """Whether a run of letters of text[start:end] is in `words` or `more`: a
    blank-separated token of letters only is one run, only the other tokens need the
    regex (faster); the first run found answers, and most sentences read for their words
    write one early (no set of all their runs is built)."""
    for token in text[start:end].split():
        if token.isalpha():
            if token in words or token in more:
                return True
        else:
            for run in _WORDS.findall(token):
                if run in words or run in more:
                    return True
    return False

def _month_end(day: dt.date) -> dt.date:
    return unit_interval("month", day).last_day()


def _after_length(day: dt.date, years: int, months: int, weeks: int, days: int) -> dt.date:
    """The last day of a length counted from `day`: 2016-12-31 + 7 years = 2023-12-30."""
    return add_months(day, 12 * years + months) + dt.timedelta(days=weeks * 7 + days - 1)


def _until_clause_end(s: Sentence, timex: Timex, vt: int, until: frozenset[str]) -> bool:
    """"se prolongó hasta que terminó el año": the end of a unit (mod END) that a clause
    of "until" tells is the bound, with the verb of ending between."""
    return timex.mod is Mod.END and any(s.low[t] in until for t in range(vt + 1, s.token_at(timex.start)))  # type: ignore[arg-type]


def _dated(timexes: list[Timex]) -> list[Timex]:
    """The timexes that resolved to a date or a time: what can date an event."""
    return [t for t in timexes if t.interval is not None and t.type in _DATED]


def _frame_words(f: Mention) -> str:
    """The frame as written, with its determiner: "su visita a EE.UU."."""
    return f.phrase or f.noun or f.lemma


def _person_shaped(text: str, particles: frozenset[str] = frozenset()) -> bool:
    """One to three capitalised words, none all capitals: "Pedro Sánchez" (not "Mac OS X");
    lower-case particles of a surname may stand between them ("Luis de Guindos")."""
    words = text.split()
    named = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in particles)]
    return 1 <= len(named) <= 3 and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in named)


def _spans_several(m: Mention, clusters: list[_Cluster]) -> bool:
    """Whether the window of mention m holds two or more separate windows of events of
    its kind, each shorter than it: it tells the whole ("La huelga comenzará el miércoles
    y terminará el martes 18" after "paros los días 12, 13, 17 y 18"), no one of them."""
    window = m.window
    if window is None:
        return False
    inside = [c.window for c in clusters if c.kind == m.kind and c.window is not None and window.start <= c.window.start and c.window.end <= window.end and c.window.days < window.days]
    return len(inside) >= 2 and any(not a.overlaps(b) for a in inside for b in inside)


def _placed_by_relation(m: Mention) -> bool:
    """Whether `m` is told after "tras", "antes de" and the like: another event is placed by it."""
    return m.signal is not None and m.signal[0] in ("after", "before")


def _bare(m: Mention) -> bool:
    """A mention with nothing of its own but its kind and date ("whose convictions were
    overturned last month"): one more telling of a dated event of that kind it overlaps."""
    return m.source == "verb" and not (m.actors or m.subject or m.subject_text or m.obj or m.name or m.specific or m.place)


def _head(phrase: str | None, articles: frozenset[str]) -> str:
    """The first word of a phrase after its articles and possessives (`articles`), in
    lower case with its accents, as the lexicon's nouns are keyed ("reunión")."""
    words = [w for w in (phrase or "").lower().split() if w not in articles]
    return words[0] if words else ""


def _word_in(text: str, word: str) -> bool:
    start = 0
    while True:
        i = text.find(word, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = i + 1


def _name_shortened(headline_key: str, body_key: str) -> bool:
    """Whether a headline's actor is the body's, or its name with words left out, the
    first one kept: a headline shortens names ("La Audiencia", "La Audiencia de Sevilla" /
    "La Audiencia Provincial de Sevilla")."""
    if body_key == headline_key or body_key.startswith(headline_key + " "):
        return True
    short, full = headline_key.split(), iter(body_key.split())
    return len(short) > 1 and short[0] == body_key.split(" ", 1)[0] and all(word in full for word in short)


def _at_midnight(timex: Timex) -> bool:
    """Whether a clock time is the midnight that opens its day ("las 24.00 horas del
    lunes", "la medianoche del jueves"): a bound that closes the day before."""
    earliest = timex.interval.earliest if timex.interval is not None else None
    return timex.type is TimexType.TIME and isinstance(earliest, dt.datetime) and earliest.hour == 0 and earliest.minute == 0


def _asked_outcome(cluster: _Cluster, m: Mention) -> bool:
    """Whether the cluster is only an outcome asked for, of another kind than `m`: "La
    defensa pidió la libre absolución. La sentencia está prevista para el 19 de
    diciembre" (the ruling to come is no acquittal)."""
    return not m.topic and m.kind not in cluster.kinds and all(x.topic for x in cluster.mentions)


def _places_compatible(a: Ref | None, b: Ref | None) -> bool | None:
    """True when both name the same place (or one lies in the other), False when
    they differ, None when one is missing."""
    if a is None or b is None:
        return None
    if fold(a.text) == fold(b.text):
        return True
    ea, eb = a.entity, b.entity
    if (ea is None) != (eb is None) and (ea or eb).type in ("country", "region"):  # type: ignore[union-attr]
        return None  # a place the gazetteer does not know may lie in that country
    if ea is not None and eb is not None:
        if ea.name == eb.name:
            return True
        if ea.type == "city" and eb.type == "country" and ea.country == eb.name:
            return True
        if eb.type == "city" and ea.type == "country" and eb.country == ea.name:
            return True
    return False


def _more_specific(a: Ref | None, b: Ref | None) -> Ref | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {"city": 0, "country": 2, "region": 3}
    ra = rank.get(a.entity.type, 1) if a.entity else 1
    rb = rank.get(b.entity.type, 1) if b.entity else 1
    return b if rb < ra else a


def _shares(a: _Cluster, b: _Cluster, strict: bool = True) -> bool:
    keys_a, keys_b = a.actor_keys, b.actor_keys  # the keys of their actors, kept by _merge
    if not keys_a or not keys_b:
        return not strict or not keys_b
    return bool(keys_a & keys_b)
