"""The direction that the text gives an open weekday, month or day of a month.

The rule (tested in tests/corpus/es/temporal/tense.toml):
1. A modifier decides first: "pasado" -> the last one strictly before the DCT,
   "próximo"/"que viene" -> the next one strictly after it, "este" -> the DCT's own
   week or year (handled by extraction, so no verb is consulted).
2. A cue right before the expression: "desde noviembre" -> past (future when a
   future verb governs it: "reunirá obras desde el 4"); "para/previsto para/a
   partir de" -> future. A month or quarter a statistic is of ("el IPC de
   octubre", "the October inflation figures") -> nearest.
3. The governing verb (`reading.verbs`: the nearest finite verb in the
   expression's clause; for a fronted adverbial with no verb in its clause, "El
   lunes, Apple anunció...", the nearest verb of the sentence): future,
   conditional, "ir a + infinitive" or present subjunctive -> future (the next
   occurrence; for a weekday, strictly after the DCT, but the DCT's own weekday under
   a future or "ir a" is today: "El Consejo de Ministros del martes aprobará el
   decreto" told on a Tuesday, see temporal._todays_weekday_ahead); preterite, imperfect,
   perfect, pluperfect, imperfect subjunctive ("antes de que votara el jueves")
   -> past (the last occurrence, the DCT itself included: a weekday equal to the
   DCT's in past narration is the DCT). A clause opened by "según" + verb
   ("según anunció el presidente este lunes") is governed by that verb. A date
   before a plan opened by a past forward verb ("on Tuesday agreed to hear")
   is the forward verb's: past. But an imperfect subjunctive in a hypothesis
   ("si votara el jueves") or after a forward verb ("pidió que votara el
   jueves") gives no direction (rule 6). A past verb that moves an event
   ("aplazó la votación al jueves", "postponed the vote to Thursday") with the
   expression after its target word -> future, as "para"; after its origin word
   ("delayed the launch from Nov. 20") -> the nearest (the old plan's day). A past
   verb that sets a state for a while with the expression after "hasta"/"until"
   ("suspendió las operaciones hasta el 30 de noviembre") -> the nearest. A date named
   as one set ("a trial date of Feb. 9") -> the nearest, whatever the verb. With "este"
   ("este martes") the tense only breaks the tie of the DCT's week. A past verb
   that looks ahead ("instó a los vecinos a no acercarse hasta el jueves",
   "urged residents to stay away until Thursday") with the expression in its
   infinitive clause -> the DCT or after (the plan follows the asking). After a
   verb of deciding ("Pfizer agreed to buy Metsera on Monday", "acordó comprar
   ... el lunes") the date is the deciding's or the plan's: the nearest
   occurrence, unless a deadline word ("by Monday") makes it the plan's; so too
   after the object of a verb of calling ("convocaron paros los días 24 y 25",
   "citó a declarar a X el 5 de diciembre": the called event's days). A verb
   of forecasting in the present ("la Aemet prevé lluvias durante el fin de
   semana", "rain is expected through the weekend") -> future. "due" before the
   expression ("the decision due Wednesday") -> future, unless a past verb links
   it ("was due Monday") -> past.
   An expression in a short aside after a date, with no verb of its own ("para el 19
   de diciembre, en plena operación salida de Navidad"), takes that date's direction
   (in temporal/__init__.py, which knows the expression before).
4. With no past verb, a participle right before the expression ("el acuerdo,
   firmado el 3 de diciembre, entra en vigor", "The deal, announced in March,
   closes on Friday") -> past, unless it is one of a plan ("previsto", "aplazado";
   lang temporal.toml), the expression starts with "al/del", an article makes it a
   noun ("al acusado"), or its sentence does not read it as a verb ("a rate cut").
5. A present-tense main verb with "después de/tras + infinitive" before the
   expression ("es el segundo modelo ... después de presentarse el Shuffle en
   enero") -> past: the infinitive's event precedes the present.
6. Otherwise (present tense, which in Spanish news is both historical and
   scheduled, or no verb): the occurrence nearest to the DCT in either direction;
   for a weekday, up to three days back, else forward. A present of a scheduled act
   in a story's body ("arranca", "juega"; "se celebra", "tiene lugar" with a weekday
   only) -> the DCT or after ("El lunes se celebra la reunión"). But after "hasta" right
   after a word ("tienen de plazo hasta el 30 de junio", "permanece cerrado hasta el
   lunes") the present tells a state that holds now: the DCT or after.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, fields

from timeline import lang as lang_data
from timeline.models import Document
from timeline.temporal.grammar import CHAR, Lexicon, Tokens
from timeline.temporal.spec import Spec

from timeline.reading import verbs as _verbs


def needs_direction(spec: Spec) -> bool:
    if spec.kind not in ("date", "time") and spec.months is None:  # ("the first nine months of the year": as its months)
        return False
    if spec.year is not None or spec.year_rel is not None and spec.year_rel != ("ref", 0) or spec.fiscal or spec.decade or spec.century:
        return False  # ("del año" is the narrative's year, or the DCT's: a tense may put it across, see resolve._year_across)
    if spec.unit is not None and spec.offset is not None and (spec.weekday is None or spec.unit == "week") and (spec.day is None or spec.unit == "month"):
        return False  # (a weekday of a named week, a day of a named month: "el 30 del mes que viene")
    if spec.weekday is not None or spec.day is not None and spec.month is None:
        return spec.anchor not in ("ref", "unsaid")
    return (
        spec.month is not None or spec.season is not None or spec.quarter is not None or spec.half is not None
        or spec.holiday is not None or spec.weekend
    )


_CLAUSE_ENDS = frozenset(CHAR[name] for name in ("STOP", "COMMA", "COLON"))
_SIGNAL = CHAR["SIGNAL"]
_COMMA, _STOP = CHAR["COMMA"], CHAR["STOP"]
_ASIDE_MAX = 8  # tokens from a date to an expression in an aside after it
_AL_DEL = (CHAR["AL"], CHAR["DEL"])
_ART = CHAR["ART"]
_QUOTE = CHAR["QUOTE"]  # the possessive's mark ("Sunday's race")
_NEXT = CHAR["NEXT"]
_UNTIL, _EN, _DE = CHAR["UNTIL"], CHAR["EN"], CHAR["DE"]
_WORD = CHAR["WORD"]
_PAST_MARKS = frozenset((CHAR["PAST"], CHAR["AGO"]))  # "el verano pasado", "hace un mes"
_DEICTIC, _YEARNUM, _SINCE = CHAR["DEICTIC"], CHAR["YEARNUM"], CHAR["SINCE"]
_SINCE_REACH = 3  # "desde el verano pasado": tokens before a past word searched for "desde"
_PLAN_FORMS = frozenset({_verbs.Tense.PARTICIPLE, _verbs.Tense.PRETERITE})
_WORDS = frozenset((CHAR["WORD"], CHAR["NAME"]))
_WORDS_OR_ART = _WORDS | {CHAR["ART"]}
_PHRASE_WORDS_AFTER_LEMMA = 3  # the longest phrase of a verb in the data: "declarar ante el juez"


@dataclass(frozen=True)
class _Cues:
    """The word lists of lang temporal.toml [direction_cues] that `Directions` reads,
    and the events data's reporting verbs and "según"-like words."""

    participle_gap: frozenset[str]
    clock_participle_gap: frozenset[str]  # "at", "a": only before a clock time ("aplazada a la semana que viene" is a move)
    participle_plans: frozenset[str]
    aside_act_participles: frozenset[str]  # plans' acts: "convocada" in an aside is the calling ("La huelga, convocada el lunes, se celebrará")
    forward_verbs: frozenset[str]
    deciding_verbs: frozenset[str]
    deadline_giving_verbs: frozenset[str]  # "gave the parties until Friday to settle": a deadline ahead
    calling_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    calling_targets: frozenset[str]
    setting_verbs: frozenset[str]
    headline_infinitive: frozenset[str]
    period_openers: frozenset[str]
    period_nouns: frozenset[str]
    deadline_words: frozenset[str]
    revised_plan_words: frozenset[str]
    infinitive_markers: frozenset[str]
    infinitive_auxiliaries: frozenset[str]
    hypothesis_openers: frozenset[str]
    move_verbs: frozenset[str]
    move_phrases: frozenset[str]  # a verb's lemma and its particle that move an event as move_verbs do ("put off")
    forecast_verbs: frozenset[str]
    prospective_verbs: frozenset[str]  # "tener" (que), "deber", "querer": in the present, their infinitive lies ahead
    obligation_modals: frozenset[str]  # "must": the act it binds to lies ahead ("The city must act in May")
    anticipation_signals: frozenset[str]  # "ahead of": what a past act came before may be still to come
    ahead_event_cues: frozenset[str]  # phrases, as written: "ruled out for" (Sunday's game), "tickets for": the event is still to come
    scheduled_verbs: frozenset[str]
    scheduled_weekday_verbs: frozenset[str]  # with a weekday only ("se celebra el lunes"); lemma and complement: "entrar en vigor"; with "se" before: "manifestarse"
    scheduled_phrases: frozenset[str]  # a verb's lemma and the words after it ("take effect"): a schedule, as "begin"
    result_verbs: frozenset[str]  # "gana", "crece": in the present, a result reported, of a time begun
    hosting_verbs: frozenset[str]  # "recibir": scheduled when it hosts someone ("El Barça recibe el sábado al Athletic")
    hosting_objects: frozenset[str]  # the words that open the one hosted ("a", "al")
    saying_verbs: frozenset[str]
    record_nouns: frozenset[str]
    record_links: frozenset[str]
    date_nouns: frozenset[str]
    date_links: frozenset[str]
    due_words: frozenset[str]
    due_gap: frozenset[str]
    move_targets: frozenset[str]
    move_origins: frozenset[str]
    point_bounds: frozenset[str]  # phrases, as written: "no earlier than"
    span_verbs: frozenset[str]
    span_bounds: frozenset[str]
    perfect_span_bounds: frozenset[str]  # more bounds of a state set today, in the present perfect ("durante")
    reporting: frozenset[str]
    according_to: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    noun_determiners: frozenset[str]  # the events data's possessives, demonstratives and "un": a noun follows ("su partido")
    coordinators: frozenset[str]  # the events data's "and"/"or": ", and ..." opens a clause, no aside
    onset_cues: frozenset[str]  # future cues a past verb sends back ("swept the Midwest starting late Wednesday")
    event_nouns: frozenset[str]  # one-word event nouns, singular and plural ("reunión", "partido")
    occasion_nouns: frozenset[str]  # more nouns of a planned occasion, for "ser" + its day ("La cita es el sábado")
    state_verbs: frozenset[str]  # the events data's state verbs ("face", "remain")
    copulas: frozenset[str]  # the events data's "be", "ser", "estar"
    open_outcomes: frozenset[str]
    role_words: frozenset[str]  # "como": a participle after it is a role ("citado a declarar como investigado el 2 de diciembre")
    agent_markers: frozenset[str]  # the verbs data's "by": "filed by shareholders in June"
    # does any present verb before a weekday schedule it (lang temporal.toml)?
    present_schedules_weekday: bool = False
    # is a preterite form also the participle ("scheduled", "set")? (lang temporal.toml)
    preterite_is_participle: bool = False
    # does the present perfect tell today's act (a past day takes the preterite), so that a
    # day and month after its object is the object's ("ha reforzado los trenes entre el 4 y
    # el 9 de diciembre")? (the events data's options.hodiernal_perfect)
    perfect_is_today: bool = False


@functools.cache
def _cues(code: str) -> _Cues:
    data = lang_data.load(code)
    lists = dict(data["temporal"]["direction_cues"])
    events = data.get("events")
    lists["reporting"] = events.get("reporting", {}).get("verbs", ())
    lists["according_to"] = events.get("function_words", {}).get("according_to", ())
    lists["definite"] = events.get("function_words", {}).get("definite", ())
    lists["indefinite"] = events.get("function_words", {}).get("indefinite", ())
    lists["noun_determiners"] = [*(word for name in ("possessive", "possessive_first", "demonstrative", "indefinite") for word in events.get("function_words", {}).get(name, ()))]
    lists["coordinators"] = (*events.get("function_words", {}).get("and", ()), *events.get("function_words", {}).get("or", ()))
    lists["state_verbs"] = events.get("states", {}).get("verbs", ())
    lists["copulas"] = events.get("function_words", {}).get("copula", ())
    lists["agent_markers"] = data["verbs"].get("words", {}).get("agent_markers", ())
    nouns = [*events.get("nouns", {}), *(form for forms in events.get("kinds", {}).values() for form in forms)]
    lists["event_nouns"] = [noun for noun in nouns if " " not in noun]
    flags = {name: bool(lists.pop(name, False)) for name in ("present_schedules_weekday", "preterite_is_participle")}
    flags["perfect_is_today"] = bool(events.get("options", {}).get("hodiernal_perfect"))
    words = {f.name: frozenset(lists.get(f.name, ())) for f in fields(_Cues) if f.type == "frozenset[str]"}
    return _Cues(**words, **flags)  # type: ignore[arg-type]  # the fields by name: the lists of words, then the flags


@functools.cache
def _phrase_heads(phrases: frozenset[str]) -> frozenset[str]:
    """What each phrase holds before a blank ("take" and "take into" of "take into
    effect"): a verb's lemma that is none of them opens none of the phrases."""
    return frozenset(phrase[:i] for phrase in phrases for i, char in enumerate(phrase) if char == " ")


@functools.cache
def _pluperfect_auxiliaries(language: str) -> frozenset[str]:
    """The auxiliaries of the pluperfect ("había", "had"), from the verb data."""
    return frozenset(lang_data.load(language)["verbs"].get("auxiliaries", {}).get("pluperfect", ()))


class Directions:
    def __init__(self, document: Document, tokens: Tokens, lex: Lexicon) -> None:
        self.document = document
        self.tokens = tokens
        self.lex = lex
        self._verb_indexes: dict[int, _verbs.VerbIndex] = {}
        self._next_phrases: tuple[list[int], list[int]] | None = None  # starts and ends of "que viene" (_drop_next_phrase_verbs)
        self._says: dict[int, bool] = {}  # sentence -> has it a reporting verb
        self._pluperfect_in: dict[int, bool] = {}  # sentence -> has it a pluperfect auxiliary
        self._past_marked: dict[int, bool] = {}  # sentence -> has it a word of the past (see `_preterite_by_past_word`)
        self._verb_marks: dict[int, tuple[frozenset[int], dict[int, int]]] = {}  # sentence -> see `_verb_in_context`
        self._headline_scans: dict[int, tuple[int, int | None]] = {}  # sentence -> (scanned up to, first marker found)
        # the last word of every cue: most expressions follow none, and need no tuples
        self._cue_ends = frozenset(cue[-1] for cue in (*lex.past_cues, *lex.future_cues) if cue)
        self.cues = _cues(lex.code)  # built once per language, not per article
        self._ahead_cue_ends = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in self.cues.ahead_event_cues)

    def at(self, cand, sentence: int | None) -> tuple[str, str]:
        """(direction, cue): past, future or nearest, and what decided it, by the first rule
        that reads it: a cue word right before, the date's own noun, the sentence's verb, a
        participle or "después de" + infinitive before. It runs for every expression: the
        checks that reject most run before any call."""
        lo = cand.lo
        if lo and self.tokens.lows[lo - 1] in self._cue_ends:  # most expressions follow no cue
            cued = self._cue_before(cand, sentence)
            if cued is not None:
                return cued
        if lo and self.tokens.lows[lo - 1] in self._ahead_cue_ends and self._after_ahead_event_cue(lo):
            return "onward", "ahead-event"  # "He was ruled out for Sunday's game": the coming one, whatever the tense
        if self._of_record(cand):
            if sentence is not None and self._record_told_past(cand, sentence):
                return "past", "record-past"  # "The March jobs report was released on Friday": a month already measured
            return "nearest", "record"
        if self._after_noun(cand, self.cues.date_nouns, self.cues.date_links):
            return "nearest", "date-noun"  # "set a trial date of Feb. 9": the date set, on either side
        if sentence is None:
            return "nearest", ""
        if self.cues.headline_infinitive and self.document.is_headline(sentence) and self._headline_plan(sentence, lo):
            return "onward", "headline-infinitive"  # "Apple to unveil new laptops Sunday", "Fed set to cut rates Wednesday"
        index = self._verb_index(sentence)
        verb = self._governing_verb(index, cand)
        if verb is not None and verb.lemma in self.cues.setting_verbs and cand.hi < len(self.tokens.lows) and self.tokens.lows[cand.hi] in self.cues.date_nouns:
            return "nearest", "date-noun"  # "set a Dec. 1 deadline": the date set, on either side ("missed a Nov. 1 deadline" is past)
        due = self._due_before(lo) if self.cues.due_words else None
        if due is not None:
            return self._due_direction(verb, due)
        if verb is not None and verb.tense is _verbs.Tense.PRESENT and self._preterite_by_past_word(verb, sentence):
            return "past", "preterite-past-word"
        if verb is not None:  # (a direction is a verb's)
            told = self._verb_tells(index, verb, cand, sentence)
            if told is not None:
                return told
        # a participle of a done event right before: "firmado el 3 de diciembre"
        if self._after_participle(lo, clock=cand.spec.hour is not None):
            return "past", "participle"
        # "después de" + infinitive before the expression
        if _SIGNAL in self.tokens.classes[max(lo - 7, 0) : lo] and self._after_anterior_infinitive(lo):  # no signal there: nothing to find
            return "past", "after-infinitive"
        return "nearest", ("present-verb" if verb is not None else "no-verb")

    def _cue_before(self, cand, sentence: int | None) -> tuple[str, str] | None:
        """"desde el 4 de diciembre", "until Monday": the direction a cue word right before
        gives ("reunirá 65 obras desde el 4 de diciembre": from then on), or None."""
        lo, lows = cand.lo, self.tokens.lows
        for size in (3, 2, 1):
            if lo - size < 0:
                continue
            words = tuple(lows[lo - size : lo])
            if words in self.lex.past_cues:
                if sentence is not None and self._future_verb(cand, sentence):
                    return "future", "cue-from-future"  # "reunirá 65 obras desde el 4 de diciembre": from then on
                return "past", "cue-past"
            if words in self.lex.future_cues:
                if lo - size > 0 and lows[lo - size - 1] in self.lex.word_list("temporal", "comparison_words"):
                    return None  # "killed more people than expected on Monday": a comparison, no plan
                if self.cues.revised_plan_words.intersection(lows[max(lo - size - 2, 0) : lo - size]):
                    return "nearest", "revised-plan"  # "originally set for Nov. 4": a plan since changed, perhaps past
                if " ".join(words) in self.cues.onset_cues and sentence is not None and self._past_verb(cand, sentence):
                    return "past", "cue-onset-past"  # "The storm swept across the Midwest starting late Wednesday": began then
                # ("was first scheduled for Nov. 3": past an adverb)
                past = lo - size - 2 if lo - size - 1 > 0 and lows[lo - size - 1] in self.lex.word_list("temporal", "direction_cues", "plan_adverbs") else lo - size - 1
                if size > 1 and self._past_word(past):
                    return "nearest", "past-plan"  # "estaba previsto para junio", "was scheduled for June": told as past, either side
                if size == 1 and sentence is not None and self._plan_held_after(cand, sentence):
                    return "past", "plan-held"  # "La protesta convocada para el lunes se celebró sin incidentes": the last Monday
                return "future", "cue-future"
        return None

    def _plan_held_after(self, cand, sentence: int) -> bool:
        """Is the expression the day a plan's participle before its cue word sets, in the
        subject of a past verb that tells the event held, after it ("La protesta convocada
        para el lunes se celebró sin incidentes"; not "se desconvocó ayer", a plan called
        off, nor "criticó la huelga convocada para el lunes", the object)?"""
        k = cand.lo - 2
        tokens = self.tokens
        if k < 1 or not tokens.lows[k].isalpha():
            return False
        found = word_verbs(self.document.text, tokens.starts[k], tokens.ends[k], self.document.language)
        if not any(tense is _verbs.Tense.PARTICIPLE and lemma in self.cues.participle_plans for tense, lemma in found):
            return False
        verb = self._verb_index(sentence).governing(tokens.starts[cand.lo])
        if verb is None or verb.direction != "past" or verb.start < tokens.ends[cand.hi - 1]:
            return False
        return verb.lemma not in self.cues.move_verbs and verb.lemma not in self.lex.word_list("temporal", "direction_cues", "calling_off_noun_verbs")

    def _after_ahead_event_cue(self, lo: int) -> bool:
        """Do words that lead to an event still to come end right before token `lo` ("ruled
        out for", "tickets for" Saturday's concert)?"""
        lows = self.tokens.lows
        return any(" ".join(lows[lo - size : lo]) in self.cues.ahead_event_cues for size in (2, 3) if lo >= size)

    def _governing_verb(self, index: _verbs.VerbIndex, cand) -> _verbs.Verb | None:
        """The verb whose time the expression is of: the one it is attributed to or that
        governs it; "expected to be completed by March": the expecting, as "to end"; a
        reporting verb before it: the told verb."""
        lo = cand.lo
        first_start = self.tokens.starts[lo]
        verb = self._attributed_verb(index, lo) or index.governing(first_start)
        if verb is not None and self._passive_infinitive(verb):
            verb = self._verb_before(index, verb) or verb  # "expected to be completed by March": the expecting's, as "to end"
        if verb is not None and verb.lemma in self.cues.reporting and verb.end < first_start:
            verb = self._told_verb(index, verb, lo) or verb
        return verb

    def _due_direction(self, verb: _verbs.Verb | None, due: int) -> tuple[str, str]:
        """"was due Monday": past; "due on Oct. 3": ahead; "originally due on Oct. 3": either
        side (a plan since changed); `due` is the due word's token."""
        if verb is not None and verb.direction == "past" and self._links(verb, due):
            return "past", "due-past-verb"  # "was due Monday"
        if self.cues.revised_plan_words.intersection(self.tokens.lows[max(due - 2, 0) : due]):
            return "nearest", "revised-plan"  # "the report, originally due on Oct. 3": a plan since changed
        return "future", "due"

    def _verb_tells(self, index: _verbs.VerbIndex, verb: _verbs.Verb, cand, sentence: int) -> tuple[str, str] | None:
        """The direction the governing verb gives, by its tense and its kind (a future, a
        past, a present), or None when it gives none."""
        lo, direction = cand.lo, verb.direction
        if (direction == "future" or verb.tense is _verbs.Tense.PRESENT) and (
                self._after_participle(lo, outside=verb, clock=cand.spec.hour is not None) or self._after_aside_act_participle(cand, verb)):
            # "presentará las cuentas del ejercicio cerrado el 30 de junio", "The deal,
            # announced in March, closes on Friday": the date is the participle's, not the
            # future or scheduling verb's
            return "past", "participle"
        if direction == "future":
            if verb.tense is _verbs.Tense.GOING_TO and cand.spec.weekday is not None and cand.spec.month is None and self._plan_noun_object(index, verb):
                # a bare weekday is the telling's, as after any past verb in the news; a
                # month stays the plan's ("confirmed plans to close the plant in December")
                return "past", "plan-noun"
            return self._future_verb_tells(verb, cand)
        if (direction == "past" or verb.tense is _verbs.Tense.PRESENT) and (verb.lemma in self.cues.move_verbs or self._move_phrase(verb)) and verb.end <= self.tokens.starts[lo]:
            # (a headline's present too: "NASA delays Artemis II launch to February")
            if self._opens_with(lo, self.cues.move_targets):
                return "future", "move-target"
            if self._opens_with(lo, self.cues.move_origins):
                return "nearest", "move-origin"  # "delayed the launch from Nov. 20": the old plan's day
        if direction == "past":
            planned = self._past_verb_plans(verb, cand)
            if planned is not None:
                return planned
        if verb.tense is _verbs.Tense.IMPERFECT_SUBJUNCTIVE:
            looks_ahead = self._subjunctive_looks_ahead(index, verb)
            if looks_ahead:
                return "nearest", looks_ahead
        if direction == "past" and verb.tense is _verbs.Tense.PRETERITE and self._conditional_hypothesis(index, verb):
            # "could fine the company if repairs were not completed by the end of the first
            # quarter": an unreal past, the day on either side
            return "nearest", "hypothesis"
        if direction == "past" and self._reported_state(index, verb, lo):
            # "Powell said a further cut in December was far from a foregone conclusion":
            # the told "is", put in the past by the saying; December on either side
            return "nearest", "reported-state"
        if direction == "past":
            return "past", f"{verb.tense}-verb"
        if verb.tense is _verbs.Tense.PRESENT and (cand.spec.weekday is not None or cand.spec.month is not None) and self._hypothesis_ahead(index, verb):
            return "onward", "hypothesis-present"  # "Si la cumbre del lunes fracasa, habrá nuevas protestas": the coming Monday
        if verb.tense is _verbs.Tense.PRESENT:
            return self._present_verb_tells(verb, cand, sentence)
        return None

    def _future_verb_tells(self, verb: _verbs.Verb, cand) -> tuple[str, str]:
        """"will meet on Monday": ahead; "is going to" after a plan or a decision: "on
        Tuesday agreed to hear" (past), "decided to ... on Monday" (either side), "were set
        to take effect at 12:01 a.m. Tuesday" (either side)."""
        if verb.tense is _verbs.Tense.GOING_TO:
            lo = cand.lo
            head = self._plan_head(verb)
            if head in ("forward", "deciding") and verb.start >= self.tokens.ends[cand.hi - 1]:
                return "past", "past-plan"  # "on Tuesday agreed to hear": the date is the agreeing's
            if head == "deciding" and not self._after_deadline(lo):
                return "nearest", "deciding-verb"
            if head == "past":
                # "the cuts were set to take effect at 12:01 a.m. Tuesday": planned
                # before the DCT, for a day on either side of it
                return "nearest", "past-schedule"
        return "future", f"{verb.tense}-verb"

    def _past_verb_plans(self, verb: _verbs.Verb, cand) -> tuple[str, str] | None:
        """"suspendió las operaciones hasta el 30 de noviembre", "has called a strike for
        Monday": a past verb that sets a state, a plan or a period whose day may lie on
        either side or ahead, or None when the day is the verb's own."""
        lo = cand.lo
        first_start = self.tokens.starts[lo]
        if verb.lemma in self.cues.span_verbs and verb.end <= first_start and (
            self._opens_with(lo, self.cues.span_bounds) or verb.tense is _verbs.Tense.PERFECT and self._opens_with(lo, self.cues.perfect_span_bounds)
        ):
            # "suspendió las operaciones hasta el 30 de noviembre": the state may last on;
            # "ha suspendido las clases durante el martes y el miércoles": set today, for days on either side
            return "nearest", "span-bound"
        if self._after_plan_participle(lo):
            return "nearest", "plan-participle"  # "waived fees for flights scheduled between Wednesday and Saturday"
        if self.cues.period_nouns and self._after_noun(cand, self.cues.period_nouns, self.cues.period_openers):
            return "nearest", "noun-period"  # "issued storm warnings from Wednesday evening": the warnings' period, either side
        announced_event = verb.lemma in self.cues.announcing_verbs and self._event_noun_between(verb.end, lo)
        if (verb.lemma in self.cues.calling_verbs or verb.lemma in self.cues.setting_verbs or announced_event) and self._after_object(verb, lo):
            if self._opens_with(lo, self.cues.calling_targets):
                # "has called a strike for Monday", "set sentencing for March 17", "announced
                # (cancelled) a strike for Friday": ahead
                return "onward", "calling-target"
            if (verb.lemma in self.cues.calling_verbs and (self._event_noun_between(verb.end, lo) or self._infinitive_between(verb.end, lo))
                    and not self._after_participle(lo, clock=cand.spec.hour is not None)):  # ("tras un acuerdo firmado el 2 de agosto": the signing's)
                # "convocaron paros los días 24 y 25", "summoned him to testify on Dec. 5": the
                # called event's days, on either side ("called her mother on Sunday" is a past call)
                return "nearest", "calling-verb"
        if verb.lemma in self.cues.forecast_verbs and self._after_object(verb, lo):
            # "The bank predicted rate cuts in December", "warned of delays this winter": the
            # day of what was foreseen, on either side ("predicted on Monday" is the act's)
            return "nearest", "past-forecast"
        if self._perfect_object_date(verb, cand):
            # "Renfe ha reforzado los trenes entre el 4 y el 9 de diciembre": the perfect is
            # today's act (a past day would take the preterite), the days the trains'
            return "nearest", "perfect-object"
        if verb.lemma in self.cues.forward_verbs and self._infinitive_between(verb.end, lo):
            if verb.lemma in self.cues.deciding_verbs and not self._after_deadline(lo):
                return "nearest", "deciding-verb"
            return "onward", "forward-verb"  # the plan follows the asking, which is at most a day or two old
        if verb.end <= first_start and self._after_deadline(lo) and self._infinitive_between(verb.end, lo):
            # "passed a bill on Monday to reopen the government through Jan. 30", "aprobó una
            # ley para reabrir el Gobierno hasta el 30 de enero": what the act is for lasts on
            return "onward", "purpose-deadline"
        if (verb.lemma in self.cues.deadline_giving_verbs and verb.end <= first_start and self._after_deadline(lo)
                and self._infinitive_between(self.tokens.ends[cand.hi - 1], min(cand.hi + 2, len(self.tokens)))):
            # "The court gave the company until Dec. 1 to comply": a deadline given for an
            # act still to come when it was given, on either side of the DCT ("In March, the
            # regulator gave the bank until June")
            return "nearest", "deadline-given"
        if self.cues.infinitive_markers and self._subject_infinitive_clause(verb, cand):
            # "The council approved the deal, construction to start in spring": a plan
            # of its own clause, ahead
            return "future", "subject-infinitive"
        if self.cues.anticipation_signals and self._after_anticipation(cand.lo):
            # "Trading was light ahead of the Thanksgiving holiday": a recent act before
            # an occasion, which may be still to come
            return "nearest", "ahead-of"
        if self._dated_event_after_for(cand):
            # "rejected a challenge, clearing the way for a Dec. 9 runoff": the event the
            # day names, told anew, may lie on either side
            return "nearest", "dated-event-for"
        return None

    def _present_verb_tells(self, verb: _verbs.Verb, cand, sentence: int) -> tuple[str, str] | None:
        """"expects rain on Friday" (ahead), "says on Friday" (past), "Jury selection begins
        Monday" (onward): what a present verb tells, or None."""
        lo = cand.lo
        first_start = self.tokens.starts[lo]
        if verb.lemma in self.cues.forecast_verbs:
            if self.cues.present_schedules_weekday and cand.spec.weekday is not None and not self.document.is_headline(sentence):
                return "onward", "forecast-verb"  # "Rain is expected Tuesday" told on a Tuesday: today, as a schedule's day
            return "future", "forecast-verb"
        if verb.lemma in self.cues.prospective_verbs and verb.end <= first_start and self._infinitive_between(verb.end, lo):
            return "future", "prospective-present"  # "tiene que aprobar el decreto el martes": due ahead, as with "tendrá que"
        if self.cues.obligation_modals and verb.text.split(maxsplit=1)[0].lower() in self.cues.obligation_modals:
            return "future", "obligation-present"  # "it must file by Dec. 10 to put the question on the May ballot": due ahead
        if verb.lemma in self.cues.saying_verbs:
            return "past", "saying-present"  # "He says on Friday the plan failed": no saying is scheduled
        if verb.lemma in self.cues.forward_verbs and verb.end <= first_start and self._event_noun_between(verb.end, lo):
            # "El sindicato amenaza con una huelga el lunes": the day of the event threatened
            # or asked for, ahead of the act, as after its infinitive
            return "onward", "forward-present-noun"
        if verb.lemma in self.cues.state_verbs and verb.end <= first_start and self._after_event_noun(lo):
            # "He faces robbery charges after the arrest Sunday": a state that holds now
            # follows the event, which is done
            return "past", "state-after-event"
        if ((verb.lemma in self.cues.scheduled_verbs or self._schedules_weekday(verb, cand) or self._scheduled_phrase(verb) or self._hosts(verb, cand) or self._schedules_act_weekday(verb, cand))
                and not (cand.spec.month and cand.spec.weekday)
                and not self.document.is_headline(sentence)):
            # "Jury selection begins Monday", the DCT's weekday included (AP names
            # today by its weekday); a headline's present tells the past; a weekday
            # with its day and month pins the year ("arranca el viernes 7 de noviembre")
            return "onward", "scheduled-present"
        if verb.lemma in self.cues.copulas and verb.start >= self.tokens.ends[cand.hi - 1] and not self.document.is_headline(sentence) and self._possessive_occasion(cand, verb):
            return "onward", "occasion-possessive-copula"  # "Sunday's race is the last of the season": the race ahead
        if verb.lemma in self.cues.copulas and verb.end <= first_start and not self.document.is_headline(sentence) and (self._event_noun_subject(verb, sentence) or self._occasion_noun_subject(verb, sentence)):
            return "onward", "scheduled-copula"  # "La reunión es el jueves", "El partido es el domingo": the event's day, ahead
        classes = self.tokens.classes
        if lo > 1 and classes[lo - 1] == _UNTIL and verb.end <= first_start and verb.lemma in self.cues.result_verbs:
            return "past", "result-until"  # "Los beneficios alcanzan los 15.000 millones hasta junio": a total to date
        if lo > 1 and classes[lo - 1] == _UNTIL and classes[lo - 2] == _WORD and verb.end <= first_start:
            # "tienen de plazo hasta el 30 de junio", "está abierto hasta el 8 de marzo": a
            # state that holds now lasts until then (not "desde enero hasta marzo": a stretch)
            return "onward", "present-until"
        return None

    def _event_noun_subject(self, verb: _verbs.Verb, sentence: int) -> bool:
        """Is an event noun among the words of `verb`'s clause before it ("La reunión es el
        jueves"; "El presidente es el lunes el encargado" has none)?"""
        start = self._verb_index(sentence).clause(verb.start)[0]
        return self._event_noun_between(start, bisect.bisect_left(self.tokens.starts, verb.start))

    def _possessive_occasion(self, cand, verb: _verbs.Verb) -> bool:
        """Is the weekday the possessive of a planned occasion's noun right before `verb`
        ("Sunday's race is", "Sunday's election is")?"""
        tokens, hi = self.tokens, cand.hi
        if cand.spec.weekday is None or hi + 2 >= len(tokens.lows) or tokens.classes[hi] != _QUOTE or tokens.lows[hi + 1] != "s":
            return False
        return tokens.lows[hi + 2] in self.cues.occasion_nouns and bisect.bisect_left(tokens.starts, verb.start) == hi + 3

    def _occasion_noun_subject(self, verb: _verbs.Verb, sentence: int) -> bool:
        """Is a noun of a planned occasion among the words of `verb`'s clause before it
        ("La cita es el sábado", "El sorteo es el lunes")?"""
        tokens, nouns = self.tokens, self.cues.occasion_nouns
        start = bisect.bisect_left(tokens.starts, self._verb_index(sentence).clause(verb.start)[0])
        return any(tokens.lows[k] in nouns for k in range(start, bisect.bisect_left(tokens.starts, verb.start)))

    def _after_anterior_infinitive(self, lo: int) -> bool:
        """"después de firmar el 3 de diciembre": is the expression after "después de" +
        an infinitive in its clause ("after Thanksgiving" has none)?"""
        classes, lows = self.tokens.classes, self.tokens.lows
        for k in range(lo - 1, max(lo - 8, -1), -1):
            if classes[k] in _CLAUSE_ENDS:
                break
            if classes[k] == _SIGNAL and tuple(lows[k].split()) in self.lex.anterior_infinitive:
                # (the infinitive before the expression: "after Thanksgiving" is none)
                if k + 1 < lo and _verbs.non_finite_clause_head(lows[k + 1], self.document.language):
                    return True
        return False

    def _reported_state(self, index: _verbs.VerbIndex, verb: _verbs.Verb, lo: int) -> bool:
        """Is the expression in the subject of a past copula that a past reporting verb
        before it governs, with no other verb between, and an open outcome after it
        ("said a cut in December was not assured", "dijo que el recorte de diciembre no
        estaba garantizado")?"""
        if verb.lemma not in self.cues.copulas or verb.start < self.tokens.ends[lo]:
            return False
        before = [other for other in index.verbs if other.end <= self.tokens.starts[lo]]
        if not (before and before[-1].lemma in self.cues.reporting and before[-1].direction == "past"):
            return False
        if any(before[-1].end <= other.start < verb.start for other in index.verbs if other is not verb):
            return False
        # an open outcome follows ("was far from a foregone conclusion"), not a fact ("sales in March were strong")
        k = bisect.bisect_left(self.tokens.starts, verb.end)
        return any(word in self.cues.open_outcomes for word in self.tokens.lows[k : k + 6])

    def _after_event_noun(self, lo: int) -> bool:
        """Is the expression the date of an event noun after "after"/"following"
        ("after the arrest Sunday", "following the raid on Monday")?"""
        classes, lows = self.tokens.classes, self.tokens.lows
        k = lo - 1
        if k > 0 and classes[k] in (_EN, _DE):  # "after the arrest on Sunday", "tras las elecciones de marzo"
            k -= 1
        k = self._before_place_name(k)  # "after the arrest in Ohio on Sunday"
        if k < 1 or lows[k] not in self.cues.event_nouns:
            return False
        for j in range(k - 1, max(k - 4, -1), -1):
            if classes[j] in _CLAUSE_ENDS:
                return False
            if tuple(lows[j].split()) in self.lex.anterior_infinitive:
                return True  # ("following" is tagged as a verb form)
        return False

    def _dated_event_after_for(self, cand) -> bool:
        """Is the expression a day of a month, with no year, written before an event noun
        after "for a" ("for a Dec. 9 runoff", "called for a Nov. 20 vote")?"""
        spec, lows = cand.spec, self.tokens.lows
        if spec.day is None or spec.month is None or spec.year is not None or spec.weekday is not None or cand.lo < 2 or cand.hi >= len(lows):
            return False
        return lows[cand.lo - 1] in self.cues.indefinite and lows[cand.lo - 2] in self.cues.calling_targets and lows[cand.hi] in self.cues.event_nouns

    def _before_place_name(self, k: int) -> int:
        """The token before "in" + a capitalised name of up to three words ending at
        token k ("the arrest in Ohio"), else k."""
        tokens = self.tokens
        j = k
        while j > 0 and k - j < 3 and tokens.text[tokens.starts[j] : tokens.starts[j] + 1].isupper():
            j -= 1
        return j - 1 if j < k and j > 0 and tokens.classes[j] == _EN else k

    def _schedules_act_weekday(self, verb: _verbs.Verb, cand) -> bool:
        """Does a present verb of an act held once, alone or with its complement right
        after it, schedule a weekday ("El lunes se celebra la reunión", "El lunes tiene
        lugar la votación", "La ley entra en vigor el lunes")?"""
        if cand.spec.weekday is None or verb.lemma is None or not self.cues.scheduled_weekday_verbs:
            return False
        if verb.lemma in self.cues.scheduled_weekday_verbs:
            return True
        if verb.lemma + "se" in self.cues.scheduled_weekday_verbs:  # "se manifiestan", not "manifiesta"
            return self.document.text[max(0, verb.start - 4) : verb.start].lower().split()[-1:] == ["se"]
        # the complement right after the verb, or right after the weekday ("El acusado
        # declara el lunes ante el juez")
        after_verb = bisect.bisect_left(self.tokens.starts, verb.end)
        starts = (after_verb, cand.hi) if verb.end <= self.tokens.starts[cand.lo] else (after_verb,)
        return any(self._lemma_phrase_from(verb.lemma, k, self.cues.scheduled_weekday_verbs) for k in starts)

    def _lemma_phrase_from(self, lemma: str, k: int, phrases: frozenset[str]) -> bool:
        """Do a verb's lemma and the words from token k on make one of `phrases` ("take
        effect", "entrar en vigor", "declarar ante el juez"; lang temporal.toml)?"""
        if lemma not in _phrase_heads(phrases):
            return False  # (most verbs open no phrase: no words joined)
        lows = self.tokens.lows
        return any(" ".join((lemma, *lows[k : k + n])) in phrases for n in range(1, _PHRASE_WORDS_AFTER_LEMMA + 1))

    def _hosts(self, verb: _verbs.Verb, cand) -> bool:
        """Does a present verb of receiving host someone on the date, a visit or a match
        planned as with "jugar" ("El Barça recibe el sábado al Athletic", "El Rey recibe al
        presidente el lunes"; "recibe el premio el sábado" hosts no one)?"""
        if verb.lemma not in self.cues.hosting_verbs or verb.end > self.tokens.starts[cand.lo]:
            return False
        lows, objects = self.tokens.lows, self.cues.hosting_objects
        first = bisect.bisect_left(self.tokens.starts, verb.end)
        return any(lows[k] in objects for k in range(first, cand.lo)) or cand.hi < len(lows) and lows[cand.hi] in objects

    def _move_phrase(self, verb: _verbs.Verb) -> bool:
        """Do the verb and its particle move an event as a verb of moving does ("The vote has
        been put off until June"; lang temporal.toml move_phrases)?"""
        if not self.cues.move_phrases or verb.lemma is None:
            return False
        return self._lemma_phrase_from(verb.lemma, bisect.bisect_left(self.tokens.starts, verb.end), self.cues.move_phrases)

    def _scheduled_phrase(self, verb: _verbs.Verb) -> bool:
        """Do the verb and the words after it make a phrase of schedule ("the new rules take
        effect", "goes into effect"; lang temporal.toml)?"""
        if not self.cues.scheduled_phrases or verb.lemma is None:
            return False
        return self._lemma_phrase_from(verb.lemma, bisect.bisect_left(self.tokens.starts, verb.end), self.cues.scheduled_phrases)

    def _schedules_weekday(self, verb: _verbs.Verb, cand) -> bool:
        """Does a present verb before a weekday schedule it ("Voters go to the polls on
        Sunday")? Only where the language tells the past of a story's body in past
        tenses; a fronted weekday ("On Sunday, the countries which use the euro had
        agreed") may have been given another clause's verb, so it keeps the nearest."""
        return self.cues.present_schedules_weekday and cand.spec.weekday is not None and verb.end <= self.tokens.starts[cand.lo]

    def _plan_noun_object(self, index: _verbs.VerbIndex, verb: _verbs.Verb) -> bool:
        """Is the plan's head the object noun of a past verb right before it ("announced
        plans to cut taxes on Monday": the plans announced, no one planning now)?"""
        text = self.document.text
        # only the nearest verb ending before it can have nothing but blanks between
        # (a verb's words lie between any earlier one and it): not a walk over the sentence
        for k in range(bisect.bisect_left(index.verb_starts, verb.start) - 1, -1, -1):
            other = index.verbs[k]
            if other.end < verb.start:
                return other.direction == "past" and not text[other.end : verb.start].strip()
        return False

    def _plan_head(self, verb: _verbs.Verb) -> str | None:
        """How a plan's verb group opens: "deciding" with a past deciding verb ("agreed to
        buy", "decided to close"), "forward" with another past forward verb ("planned to
        hold"), "past" with another past verb ("was set to", "iba a"), else None."""
        head_end = verb.start + len(verb.text.split(None, 1)[0])
        found = word_verbs(self.document.text, verb.start, head_end, self.document.language)
        past = [lemma for tense, lemma in found if _verbs.direction_of(tense) == "past"]
        if any(lemma in self.cues.deciding_verbs for lemma in past):
            return "deciding"
        if any(lemma in self.cues.forward_verbs for lemma in past):
            return "forward"
        return "past" if past else None

    def _directed_verb(self, cand, sentence: int, direction: str) -> tuple[_verbs.Verb, int, int] | None:
        """The governing verb of the expression when it points `direction` ("past",
        "future"), with the bounds of the expression's own clause; else None."""
        index, offset = self._verb_index(sentence), self.tokens.starts[cand.lo]
        verb = index.governing(offset)
        if verb is None or verb.direction != direction:
            return None
        lo, hi = index.clause(offset)
        return verb, lo, hi

    def _future_verb(self, cand, sentence: int) -> bool:
        """Is the governing verb of the expression's own clause one of the future
        ("reunirá 65 obras desde el 4"; not "Courtois, lesionado desde el 10 de enero,
        volverá": the aside has no verb of its own)?"""
        found = self._directed_verb(cand, sentence, "future")
        if found is None:
            return False
        verb, lo, hi = found
        # a fronted "Desde el lunes," has no verb of its own: the sentence's counts
        return lo <= verb.start < hi or not _verbs.verbs(self.document.text, lo, hi, self.document.language)

    def _past_verb(self, cand, sentence: int) -> bool:
        """Is the governing verb of the expression's own clause one of the past (one that
        opens the sentence, "As of Friday,", has no verb of its own: the sentence's counts)?"""
        found = self._directed_verb(cand, sentence, "past")
        if found is None:
            return False
        verb, lo, hi = found
        opening = lo <= self.document.sentences[sentence].start
        # ("Starting Monday, the airline cancelled": the cue's own gerund is no verb of the clause)
        return lo <= verb.start < hi or opening and all(v.text.lower() in self.cues.onset_cues for v in _verbs.verbs(self.document.text, lo, hi, self.document.language))

    def _after_object(self, verb: _verbs.Verb, lo: int) -> bool:
        """Does a word stand between `verb` and token `lo`, in the same clause (the date
        follows the verb's object: "convocaron paros los días 24", not "convocó el lunes")?"""
        tokens = self.tokens
        between = tokens.classes[bisect.bisect_left(tokens.starts, verb.end) : lo]
        return not _CLAUSE_ENDS.intersection(between) and not _WORDS.isdisjoint(between)

    def _event_noun_between(self, offset: int, lo: int) -> bool:
        """Is one of the words from `offset` (a verb's end) to token `lo` an event noun?"""
        tokens, nouns = self.tokens, self.cues.event_nouns
        return any(tokens.lows[k] in nouns for k in range(bisect.bisect_left(tokens.starts, offset), lo))

    def _perfect_object_date(self, verb: _verbs.Verb, cand) -> bool:
        """Whether a day of a month, with no year or weekday, follows the object of a
        present perfect in a language whose perfect tells today's act."""
        spec = cand.spec
        if not self.cues.perfect_is_today or verb.tense is not _verbs.Tense.PERFECT or spec.day is None or spec.month is None or spec.weekday is not None:
            return False
        return verb.end <= self.tokens.starts[cand.lo] and self._after_object(verb, cand.lo)

    def _after_deadline(self, lo: int) -> bool:
        """Does a deadline word ("by Monday", "hasta el lunes", "antes del lunes") open
        the expression at token `lo` or come one or two words before it?"""
        return any(word in self.cues.deadline_words for word in self.tokens.lows[max(lo - 2, 0) : lo + 1])

    def in_aside(self, before, cand, sentence: int | None) -> bool:
        """Is `cand` in a short aside opened by a comma right after the expression
        `before`, with no verb of its own ("el 19 de diciembre, en plena operación salida
        de Navidad"; not "el jueves, según confirmó el sábado", nor after the day a
        reporting verb was said on)?"""
        tokens = self.tokens
        between = tokens.classes[before.hi : cand.lo]
        if sentence is None or not between or between[0] != _COMMA or len(between) > _ASIDE_MAX or between.count(_COMMA) > 1 or _STOP in between:
            return False
        if len(between) > 1 and tokens.lows[before.hi + 1] in self.cues.coordinators:
            return False  # "due on Friday, and retail sales for September are expected": a clause of its own
        if self.reported_on(before, sentence):
            return False  # "forecasters said Tuesday, snarling travel a week before Thanksgiving": no aside of the report's day
        if self.cues.due_words and self._due_before(cand.lo) is not None:
            return False  # "from the Oct. 29 election, with final results due on Friday": "due" looks ahead
        index = self._verb_index(sentence)
        start, end = tokens.starts[before.hi], tokens.starts[cand.lo]
        # the sentence's verbs, read in their context (a fragment hides "closes" in English)
        return bisect.bisect_left(index.verb_starts, start) == bisect.bisect_left(index.verb_starts, end) and self._attributed_verb(index, cand.lo) is None

    def _attributed_verb(self, index: _verbs.VerbIndex, lo: int) -> _verbs.Verb | None:
        """The verb right after "según" opening the expression's clause ("según anunció
        el presidente este lunes"), when that clause has no verb of its own. The verb
        finder reads a verb after "según" as a noun after a preposition (the events
        stage relies on that), so it is looked up here, for the direction only."""
        if not self.cues.according_to:
            return None
        tokens = self.tokens
        clause_lo, clause_hi = index.clause(tokens.starts[lo])
        opener = bisect.bisect_left(tokens.starts, clause_lo)
        if opener + 1 >= lo or tokens.lows[opener] not in self.cues.according_to:
            return None
        if bisect.bisect_left(index.verb_starts, clause_lo) < bisect.bisect_left(index.verb_starts, clause_hi):
            return None  # the clause's own verb governs
        start = tokens.starts[opener + 1]
        found = _verbs.finite_verbs(self.document.text, start, tokens.starts[lo], self.document.language)
        return found[0] if found and found[0].start == start else None

    def _past_word(self, k: int) -> bool:
        """Is token `k` a verb form only of the past ("estaba", "was", "habían")?"""
        tokens = self.tokens
        if k < 0 or not tokens.lows[k].isalpha():
            return False
        found = word_verbs(self.document.text, tokens.starts[k], tokens.ends[k], self.document.language)
        return bool(found) and all(_verbs.direction_of(tense) == "past" for tense, _lemma in found)

    def _told_verb(self, index: _verbs.VerbIndex, saying: _verbs.Verb, lo: int) -> _verbs.Verb | None:
        """The verb of what was told, for an expression in a clause trailing a reporting
        verb after a comma ("A storm will dump snow, forecasters said Tuesday, snarling
        travel a week before Thanksgiving": the storm's "will dump"), or None."""
        tokens = self.tokens
        between = tokens.classes[bisect.bisect_left(tokens.starts, saying.end) : lo]
        if _COMMA not in between:
            return None
        told = [verb for verb in index.verbs if verb.end <= saying.start and verb.lemma not in self.cues.reporting]
        return told[0] if told else None

    def _headline_plan(self, sentence: int, lo: int) -> bool:
        """Does a headline's infinitive marker and a lower-case word stand before token
        `lo` ("Apple to unveil", "Storm expected to hit")? Headlines write plans so."""
        # the first marker of the sentence, found once: each expression of a long headline
        # went over the words before it again
        scanned, found = self._headline_scans.get(sentence, (None, None))
        if found is None and (scanned is None or scanned < lo - 1):
            tokens = self.tokens
            if scanned is None:
                scanned = bisect.bisect_left(tokens.starts, self.document.sentences[sentence].start)
            lows, classes = tokens.lows, tokens.classes
            for k in range(scanned, lo - 1):
                if lows[k] in self.cues.headline_infinitive and classes[k + 1] == _WORD and not lows[k + 1].endswith("ing"):
                    found = k
                    break
            self._headline_scans[sentence] = (max(scanned, lo - 1), found)
        return found is not None and found < lo - 1

    def opens_with_event(self, sentence: int) -> bool:
        """Does the sentence open with an event named as one told before ("El
        encuentro se disputará a las 19.00", "The match will start at 7 p.m.")?"""
        lows = self.tokens.lows
        first = bisect.bisect_left(self.tokens.starts, self.document.sentences[sentence].start)
        return first + 1 < len(lows) and lows[first] in self.cues.definite and lows[first + 1] in self.cues.event_nouns

    def _verb_index(self, sentence: int) -> _verbs.VerbIndex:
        index = self._verb_indexes.get(sentence)
        if index is None:
            bounds = self.document.sentences[sentence]
            index = _verbs.VerbIndex(self.document.text, bounds.start, bounds.end, self.document.language)
            self._drop_next_phrase_verbs(index)
            self._verb_indexes[sentence] = index
        return index

    def _drop_next_phrase_verbs(self, index: _verbs.VerbIndex) -> None:
        """"El año que viene por Navidad viajarán": the verb of a "que viene" that names a
        unit ahead is the expression's own word, no verb that governs the ones after it."""
        if self._next_phrases is None:
            tokens = self.tokens
            classes, phrases, k = tokens.classes, [], -1
            while True:  # (list.index: a scan in C, where most texts have no such phrase)
                try:
                    k = classes.index(_NEXT, k + 1)
                except ValueError:
                    break
                if " " in tokens.lows[k]:  # a phrase ("que viene"), not "próximo"
                    phrases.append(k)
            self._next_phrases = [tokens.starts[k] for k in phrases], [tokens.ends[k] for k in phrases]
        starts, ends = self._next_phrases
        if not index.verbs or bisect.bisect_left(starts, index.start) == bisect.bisect_left(starts, index.end):
            return  # (no such phrase in the sentence)
        kept = [verb for verb in index.verbs
                if (j := bisect.bisect_right(starts, verb.start) - 1) < 0 or verb.start >= ends[j]]
        if len(kept) != len(index.verbs):
            index.verbs = kept
            index.verb_starts = [verb.start for verb in kept]

    def tells_habit(self, cand, sentence: int | None) -> bool:
        """Is the expression governed by a present that tells what is usually done ("La
        oficina abre de lunes a viernes"), not an occasion's day ("La huelga se celebra de
        lunes a viernes", an event noun before the verb) nor a headline's past?"""
        if sentence is None or self.document.is_headline(sentence):
            return False
        index = self._verb_index(sentence)
        verb = self._governing_verb(index, cand)
        return (verb is not None and verb.tense is _verbs.Tense.PRESENT
                and not self._event_noun_subject(verb, sentence) and not self._occasion_noun_subject(verb, sentence))

    def reported_on(self, cand, sentence: int | None) -> bool:
        """"killed two, officials said Monday": is the expression the day a reporting
        verb was said on?"""
        if sentence is None or not self.cues.reporting or not self._reports(sentence):
            return False
        verb = self._verb_index(sentence).governing(self.tokens.starts[cand.lo])
        if verb is None or verb.lemma not in self.cues.reporting:
            return False
        # "pidió evitar las carreteras el viernes": the day of what was asked, not the asking's
        return not (verb.end <= self.tokens.starts[cand.lo] and self._infinitive_between(verb.end, cand.lo))

    def _preterite_by_past_word(self, verb: _verbs.Verb, sentence: int) -> bool:
        """Is a present that is also a preterite ("viajamos", "vivimos") the preterite, by a
        word of the past in its sentence ("El verano pasado viajamos a Perú en julio",
        "Ayer", "hace un mes", a year before the DCT's; not after "desde", a state that
        lasts: "Desde el verano pasado vivimos en Lima")?"""
        if self.document.language != "es" or verb.lemma is None or not _verbs.preterite_too(verb.text.lower(), verb.lemma):
            return False
        marked = self._past_marked.get(sentence)
        if marked is None:  # the sentence's words read once
            bounds, tokens = self.document.sentences[sentence], self.tokens
            lo, hi = bisect.bisect_left(tokens.starts, bounds.start), bisect.bisect_left(tokens.starts, bounds.end)
            dct_year = self.document.dct.year if self.document.dct is not None else None
            classes, infos = tokens.classes, tokens.infos
            marked = self._past_marked[sentence] = any(
                (classes[k] in _PAST_MARKS or classes[k] == _DEICTIC and (infos[k] or {}).get("offset", 0) < 0
                 or classes[k] == _YEARNUM and dct_year is not None and infos[k] < dct_year)
                and _SINCE not in classes[max(lo, k - _SINCE_REACH) : k]
                for k in range(lo, hi))
        return marked

    def told_in_pluperfect(self, cand, sentence: int | None) -> bool:
        """Is the expression's verb a pluperfect ("La víspera, había comparecido ante el
        pleno", "The day before, he had appeared")?"""
        if sentence is None:
            return False
        found = self._pluperfect_in.get(sentence)
        if found is None:  # the sentence's words read once, not for each of its expressions
            bounds, tokens = self.document.sentences[sentence], self.tokens
            words = tokens.lows[bisect.bisect_left(tokens.starts, bounds.start) : bisect.bisect_left(tokens.starts, bounds.end)]
            found = self._pluperfect_in[sentence] = not _pluperfect_auxiliaries(self.document.language).isdisjoint(words)
        if not found:
            return False  # (most sentences have none: no verbs read)
        verb = self._verb_index(sentence).governing(self.tokens.starts[cand.lo])
        return verb is not None and verb.tense is _verbs.Tense.PLUPERFECT

    def told_by_later_report(self, narrated: int, lo: int, sentence: int) -> bool:
        """Is the expression at token `lo` in what a reporting verb says, a verb after the
        narrated date at token `narrated` and not its own ("Lorena, which strengthened on
        Sunday, came ashore ..., the hurricane center said in an advisory issued at 4 a.m.")?"""
        if not self.cues.reporting or not self._reports(sentence):
            return False
        starts, index = self.tokens.starts, self._verb_index(sentence)
        reports = [verb for verb in index.verbs if verb.lemma in self.cues.reporting and starts[narrated] < verb.start and verb.end <= starts[lo]]
        if not reports:
            return False
        saying, own = reports[-1], index.governing(starts[lo])
        return index.governing(starts[narrated]) is not saying and own is not None and own.start >= saying.start

    def _reports(self, sentence: int) -> bool:
        """Has the sentence a finite reporting verb at all? Most have none: then no
        expression of it needs the sentence's clauses indexed to find its verb."""
        says = self._says.get(sentence)
        if says is None:
            bounds, reporting = self.document.sentences[sentence], self.cues.reporting
            found = _verbs.finite_verbs(self.document.text, bounds.start, bounds.end, self.document.language)
            says = self._says[sentence] = any(verb.lemma in reporting for verb in found)
        return says

    def _of_record(self, cand) -> bool:
        """Is the expression a month or a part of a year that a statistic is of: after
        "dato de", "report for" ("el IPC de octubre"), or before the statistic
        ("the October inflation figures")?"""
        spec = cand.spec
        if spec.day is not None or spec.weekday is not None or spec.holiday is not None or spec.season is not None or not self.cues.record_nouns:
            return False  # (a holiday's or a season's sales are told by the verb: "las ventas de Navidad subieron")
        lows, hi = self.tokens.lows, cand.hi
        if self._after_noun(cand, self.cues.record_nouns, self.cues.record_links):
            return True
        # before the statistic only after an article ("the October inflation figures";
        # "In June, sales fell" and "En junio el paro subió" are the month of the act)
        # a quarter or a half needs none: "report third-quarter earnings"
        classes = self.tokens.classes
        period = spec.quarter is not None or spec.half is not None
        opens = cand.lo == 0 or classes[cand.lo - 1] == _STOP  # "October data will be published": a sentence's subject
        if not (period or opens or classes[cand.lo] == _ART or cand.lo > 0 and classes[cand.lo - 1] == _ART) or hi >= len(lows):
            return False
        return lows[hi] in self.cues.record_nouns or lows[hi].isalpha() and hi + 1 < len(lows) and lows[hi + 1] in self.cues.record_nouns

    def _subject_infinitive_clause(self, verb: _verbs.Verb, cand) -> bool:
        """Is the expression in a clause after a comma with no verb of its own that opens
        with a noun and its infinitive (", construction to start in spring", ", the rules
        to take effect in January"; not ", to meet him on Tuesday": a purpose of the act)?"""
        tokens, lo = self.tokens, cand.lo
        sentence = self.document.sentence_at(tokens.starts[lo])
        if sentence is None:
            return False
        start, _end = self._verb_index(sentence).clause(tokens.starts[lo])
        k = bisect.bisect_left(tokens.starts, start)
        if verb.start >= start or k >= lo or tokens.classes[k] != _COMMA:
            return False
        k += 1
        if k >= lo or tokens.lows[k] in self.cues.infinitive_markers or tokens.lows[k] in self.cues.coordinators or tokens.classes[k] not in _WORDS_OR_ART:
            return False
        return self._infinitive_between(tokens.starts[k], lo)

    def _after_anticipation(self, lo: int) -> bool:
        """Does the expression follow "ahead of", perhaps with an article between ("ahead
        of the December meeting", "ahead of Friday's jobs report")?"""
        lows = self.tokens.lows
        k = lo - 1
        if k >= 0 and lows[k] in self.cues.definite:
            k -= 1
        if k < 0:
            return False
        signals = self.cues.anticipation_signals
        return lows[k] in signals or k >= 1 and f"{lows[k - 1]} {lows[k]}" in signals

    def _record_told_past(self, cand, sentence: int) -> bool:
        """Is the statistic the expression is of told in a past verb of its clause ("The
        March jobs report was released on Friday", "the report for March showed")? A
        record noun read as a verb ("report") gives way to the verb after it."""
        index, offset = self._verb_index(sentence), self.tokens.starts[cand.lo]
        lo, hi = index.clause(offset)
        verb = index.governing(offset)
        if verb is not None and verb.text.lower() in self.cues.record_nouns:
            k = bisect.bisect_right(index.verb_starts, verb.start)  # the verb after it (sorted: not a walk from the first)
            verb = index.verbs[k] if k < len(index.verbs) and index.verbs[k].start < hi else None
        return verb is not None and lo <= verb.start < hi and verb.direction == "past"

    def _after_noun(self, cand, nouns: frozenset[str], links: frozenset[str]) -> bool:
        """Does the expression follow one of `nouns` and one of `links` ("dato de
        octubre", "a trial date of Feb. 9"; "del tercer trimestre": the link opens it)?"""
        lows, lo = self.tokens.lows, cand.lo
        if lows[lo] in links:
            lo += 1
        return lo >= 2 and lows[lo - 1] in links and lows[lo - 2] in nouns

    def _due_before(self, lo: int) -> int | None:
        """The token of "due" right before token `lo` ("due Wednesday"), or before a
        preposition there ("due on Monday"), else None."""
        lows = self.tokens.lows
        k = lo - 1
        if k > 0 and lows[k] in self.cues.due_gap:
            k -= 1
        return k if k >= 0 and lows[k] in self.cues.due_words else None

    def _links(self, verb: _verbs.Verb | None, k: int) -> bool:
        """Does `verb` end at most one word before token `k` ("was due", "was
        originally due")?"""
        if verb is None or verb.end > self.tokens.starts[k]:
            return False
        return k - bisect.bisect_left(self.tokens.starts, verb.end) <= 1

    def _opens_with(self, lo: int, words: frozenset[str]) -> bool:
        """Does the expression at token `lo` open with ("al jueves") or follow ("hasta
        el jueves", "to Thursday") one of `words`?"""
        lows = self.tokens.lows
        lo = self._before_point_bound(lo)
        return lows[lo] in words or lo > 0 and lows[lo - 1] in words

    def _before_point_bound(self, lo: int) -> int:
        """Where the expression at token `lo` would open without a bound before it ("to
        no earlier than Dec. 4", "a no antes del 4 de diciembre": where "no" is)."""
        lows = self.tokens.lows
        for size in (4, 3, 2, 1):  # (tokens: a signal such as "después de" is one)
            if lo >= size and " ".join(lows[lo - size : lo]) in self.cues.point_bounds:
                return lo - size
        return lo

    def _subjunctive_looks_ahead(self, index: _verbs.VerbIndex, verb: _verbs.Verb) -> str:
        """Why an imperfect subjunctive does not look back, or "": its clause is a
        hypothesis ("si votara") or the verb before it looks ahead ("pidió que votara")."""
        if self._in_hypothesis(index, verb):
            return "hypothesis"
        before = bisect.bisect_left(index.verb_starts, verb.start) - 1
        if before >= 0 and index.verbs[before].lemma in self.cues.forward_verbs:
            return "forward-verb"
        return ""

    def _conditional_hypothesis(self, index: _verbs.VerbIndex, verb: _verbs.Verb) -> bool:
        """Is `verb` a preterite in an "if" clause after a conditional ("would pay a fine
        if it missed the deadline on Friday")? ("asked if they voted" has none before.)"""
        if not self._in_hypothesis(index, verb):
            return False
        k = bisect.bisect_left(index.verb_starts, verb.start)
        return any(v.tense is _verbs.Tense.CONDITIONAL for v in index.verbs[:k])

    def _hypothesis_ahead(self, index: _verbs.VerbIndex, verb: _verbs.Verb) -> bool:
        """Is `verb` a present in an "if" clause whose outcome a future after it tells ("Si
        la cumbre del lunes fracasa, habrá nuevas protestas"): a condition still to come?"""
        if not self._in_hypothesis(index, verb):
            return False
        k = bisect.bisect_right(index.verb_starts, verb.start)
        return any(v.direction == "future" for v in index.verbs[k:])

    def _in_hypothesis(self, index: _verbs.VerbIndex, verb: _verbs.Verb) -> bool:
        """Does `verb`'s clause open with "si", "if"?"""
        tokens = self.tokens
        opener = bisect.bisect_left(tokens.starts, index.clause(verb.start)[0])
        return opener < len(tokens.starts) and tokens.lows[opener] in self.cues.hypothesis_openers

    @staticmethod
    def _verb_before(index: _verbs.VerbIndex, verb: _verbs.Verb) -> _verbs.Verb | None:
        """The verb before `verb` in its clause, or None."""
        k = bisect.bisect_left(index.verb_starts, verb.start) - 1
        return index.verbs[k] if k >= 0 and index.verbs[k].start >= index.clause(verb.start)[0] else None

    def _passive_infinitive(self, verb: _verbs.Verb) -> bool:
        """Is the verb the participle of a passive infinitive ("to be completed")?"""
        if not self.cues.infinitive_auxiliaries:
            return False
        k = bisect.bisect_left(self.tokens.starts, verb.start)
        lows = self.tokens.lows
        return k >= 2 and lows[k - 1] in self.cues.infinitive_auxiliaries and lows[k - 2] in self.cues.infinitive_markers

    def _infinitive_between(self, offset: int, lo: int) -> bool:
        """Does an infinitive clause open between `offset` (a verb's end) and token `lo`,
        in the same clause ("urged residents to stay away until ...")?"""
        tokens, language = self.tokens, self.document.language
        for k in range(bisect.bisect_left(tokens.starts, offset), lo):
            if tokens.classes[k] in _CLAUSE_ENDS:
                return False
            word = tokens.lows[k]
            if self.cues.infinitive_markers:
                if word in self.cues.infinitive_markers and k + 1 < lo and (
                    tokens.lows[k + 1] in self.cues.infinitive_auxiliaries or word_verbs(self.document.text, tokens.starts[k + 1], tokens.ends[k + 1], language)
                ):
                    return True
            elif _verbs.non_finite_clause_head(word, language):
                return True
        return False

    def _verb_in_context(self, offset: int, end: int) -> bool:
        """Does the verb reader, reading the whole sentence, find a verb at the word
        `offset`..`end`? A participle may carry its adverb ("first announced")."""
        sentence = self.document.sentence_at(offset)
        if sentence is None:
            return True
        marks = self._verb_marks.get(sentence)
        if marks is None:  # the sentence's verbs read once, not for each expression after a verb form
            span = self.document.sentences[sentence]
            found = _verbs.verbs(self.document.text, span.start, span.end, self.document.language)
            first_by_end: dict[int, int] = {}  # a participle's end -> the first start of one ending there
            for verb in found:
                if verb.tense is _verbs.Tense.PARTICIPLE and verb.start < first_by_end.get(verb.end, verb.start + 1):
                    first_by_end[verb.end] = verb.start
            marks = self._verb_marks[sentence] = (frozenset(verb.start for verb in found), first_by_end)
        starts, first_by_end = marks
        return offset in starts or first_by_end.get(end, offset) < offset

    def _after_plan_participle(self, lo: int) -> bool:
        """Is the word before the expression a plan's participle reducing a relative
        clause ("flights scheduled between Wednesday and Saturday", "the meeting planned
        for Friday"; not "was scheduled")? The plan's day may lie on either side."""
        tokens, k = self.tokens, lo - 1
        if k >= 0 and (tokens.lows[k] in self.cues.participle_gap or tokens.lows[k] in self.cues.period_openers):
            k -= 1
        if k < 1 or not tokens.lows[k].isalpha() or not tokens.lows[k - 1].isalpha():
            return False
        text, language = self.document.text, self.document.language
        found = word_verbs(text, tokens.starts[k], tokens.ends[k], language)
        forms = _PLAN_FORMS if self.cues.preterite_is_participle else (_verbs.Tense.PARTICIPLE,)
        if not any(tense in forms and lemma in self.cues.participle_plans for tense, lemma in found):
            return False
        return not word_verbs(text, tokens.starts[k - 1], tokens.ends[k - 1], language)

    def _after_aside_act_participle(self, cand, verb: _verbs.Verb) -> bool:
        """Is the expression the whole of an aside after a plan's act's participle, between
        commas ("La huelga, convocada el lunes, se celebrará el 2 de diciembre", "La cumbre,
        anunciada en marzo, reunirá": the calling's Monday, the announcing's March; not
        "convocada para el lunes", a cue, "la huelga convocada el lunes", the plan's, nor an
        aside after the verb, "mantienen la huelga, convocada el 2 de diciembre")?"""
        if not self.cues.aside_act_participles:
            return False
        tokens, k = self.tokens, cand.lo - 1
        closing = next((i for i in range(cand.hi, min(cand.hi + _ASIDE_MAX, len(tokens.lows))) if tokens.classes[i] in (_COMMA, _STOP)), None)
        if closing is None or tokens.classes[closing] != _COMMA or verb.start < tokens.ends[closing]:
            return False  # ("convocada el lunes por los sindicatos, se celebrará": closed a few words on)
        if k >= 0 and tokens.lows[k] in self.cues.participle_gap:
            k -= 1
        if k < 1 or tokens.classes[k - 1] != _COMMA:
            return False
        if not tokens.lows[k].isalpha():
            return False
        found = word_verbs(self.document.text, tokens.starts[k], tokens.ends[k], self.document.language)
        return any(tense is _verbs.Tense.PARTICIPLE and lemma in self.cues.aside_act_participles for tense, lemma in found)

    def _past_place(self, k: int) -> int:
        """The token before a place named right before token k + 1 ("en Lisboa", "in
        Lisbon"): a participle's place between it and its date; else k."""
        tokens, text = self.tokens, self.document.text
        j = k
        while k - j < 3 and j > 0 and text[tokens.starts[j]].isupper() and tokens.lows[j].isalpha():
            j -= 1
        if j < k and j > 0 and tokens.lows[j] in self.cues.participle_gap and tokens.classes[j] != _ART:
            return j - 1
        return k

    def _after_participle(self, lo: int, outside: _verbs.Verb | None = None, clock: bool = False) -> bool:
        """Is the word before the expression a participle of a done event ("firmado el 3
        de diciembre", "announced in March": a form only of the past, as English -ed
        forms are preterite and participle)? With `outside`, one that is not part of that
        verb ("será inaugurado el lunes" is the future verb's)."""
        tokens, k = self.tokens, lo - 1
        if tokens.classes[lo] in _AL_DEL:
            return False  # "aplazado al domingo": a move to a date
        if k >= 0 and (tokens.lows[k] in self.cues.participle_gap or clock and tokens.lows[k] in self.cues.clock_participle_gap):
            k -= 1  # "firmado el 3 de diciembre"; a clock time's "difundido a las 11.30"
        k = self._past_place(k)  # "detenido en Lisboa el lunes"
        agent = self.cues.agent_markers and k > 1 and self._participle_before_agent(k)
        if agent:
            k = agent  # "A lawsuit filed by shareholders in June"
        if k < 0 or not tokens.lows[k].isalpha():
            return False
        if k > 0 and (tokens.classes[k - 1] == _ART or tokens.classes[k - 1] in _AL_DEL):
            return False  # "juzgará al acusado el lunes": a noun, the accused
        if k > 0 and (tokens.lows[k - 1] in self.cues.noun_determiners or tokens.classes[k - 1] == _NEXT):
            return False  # "jugará su próximo partido el 22 de noviembre": a noun, the match
        if k > 0 and tokens.lows[k - 1] in self.cues.role_words:
            return False  # "a declarar como investigado el 2 de diciembre": a role, no act done
        text, language = self.document.text, self.document.language
        if outside is not None:
            if outside.start <= tokens.starts[k] < outside.end:
                return False
            # a participle after a verb ("será inaugurado", "va a ser aprobado") is that verb's
            if k > 0 and tokens.lows[k - 1].isalpha() and word_verbs(text, tokens.starts[k - 1], tokens.ends[k - 1], language):
                return False
        found = word_verbs(text, tokens.starts[k], tokens.ends[k], language)
        if not found:
            return False  # (most words before a date are no verb: no generators below)
        if agent and any(lemma == tokens.lows[k] for _tense, lemma in found):
            return False  # "The rate cut by the Fed in December": the bare form, a noun's as well
        if not self._verb_in_context(tokens.starts[k], tokens.ends[k]):
            return False  # "expect a rate cut in December": "cut" is a noun in its sentence
        # a move's participle with no target word before the date tells when it was moved
        # ("la junta, aplazada en octubre, se celebrará": October gone by)
        if any(tense is _verbs.Tense.PARTICIPLE and (lemma not in self.cues.participle_plans or lemma in self.cues.move_verbs) for tense, lemma in found):
            return True
        return all(tense is _verbs.Tense.PRETERITE and lemma not in self.cues.participle_plans for tense, lemma in found)


    def _participle_before_agent(self, k: int) -> int:
        """The token before the agent ending at token k, a "by" and up to three words
        ("filed by shareholders in June": "filed"), else 0."""
        lows, floor = self.tokens.lows, max(k - 4, 0)
        if self.cues.agent_markers.isdisjoint(lows[floor + 1 : k + 1]):
            return 0  # (most expressions have none before them: one C-level test)
        for j in range(k, floor, -1):
            if lows[j] in self.cues.agent_markers:
                return j - 1 if j < k else 0
            if not lows[j].isalpha():
                break
        return 0


def day_object_verb(document: Document, tokens, lo: int, lex: Lexicon) -> bool:
    """Is the word before token `lo` a finite verb whose object "el día"/"la
    jornada" names the narrative's day (cerrar, terminar, ...)?"""
    lemmas = lex.data["temporal"]["relative"].get("day_object_verbs", ())
    return any(lemma in lemmas for _, lemma in _readings_of_word_before(document, tokens, lo))


def unit_closing_verb(document: Document, tokens, lo: int, lex: Lexicon) -> bool:
    """Is the word before token `lo` a past verb of closing ("cerró la semana", "ha
    cerrado el año", "Stocks ended the week higher")?"""
    lemmas = lex.data["temporal"]["relative"].get("unit_closing_verbs", ())
    return any(lemma in lemmas and tense in _CLOSED_FORMS for tense, lemma in _readings_of_word_before(document, tokens, lo))


def _readings_of_word_before(document: Document, tokens, lo: int) -> tuple[tuple[_verbs.Tense, str | None], ...]:
    """The verb readings (tense, lemma) of the word before token `lo`; none at the start."""
    if lo == 0:
        return ()
    return word_verbs(document.text, tokens.starts[lo - 1], tokens.ends[lo - 1], document.language)


_CLOSED_FORMS = frozenset({_verbs.Tense.PRETERITE, _verbs.Tense.PARTICIPLE})


def word_verbs(text: str, start: int, end: int, language: str) -> tuple[tuple[_verbs.Tense, str | None], ...]:
    """(tense, lemma) of the verbs in the one word text[start:end]. The verb finder
    reads nothing outside the span it is given, so what it finds in one word depends
    on the word as written only: asked once per word and language (dense text asks
    for the same few words before every expression)."""
    word = text[start:end]
    key = (language, word)
    found = _WORD_VERBS.get(key)
    if found is None:
        found = _keep(_WORD_VERBS, _WORD_VERBS_MAX, key, tuple((verb.tense, verb.lemma) for verb in _verbs.verbs(text, start, end, language)))
    return found


def _keep(cache: dict, limit: int, key, value):
    """Store `value` under `key` in a cache of at most `limit` entries (emptied when
    full: memory stays flat over an archive) and return it."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value


_WORD_VERBS: dict[tuple[str, str], tuple[tuple[_verbs.Tense, str | None], ...]] = {}
_WORD_VERBS_MAX = 50_000


@functools.cache
def _phrase_end(language: str) -> re.Pattern[str]:
    words = lang_data.load(language).get("grammar").get("phrase_end_words", ())
    joined = "|".join(re.escape(w) for w in words) or "(?!)"
    # a mark, a dot before the end or a blank (unless a lower-case word follows: "EE.UU.
    # bajara" closes an abbreviation, as the sentence splitter already decided), or a
    # blank before a coordinating word; written as one class of first characters, then
    # what each needs, so that the regex engine skips the characters outside that class
    marks = r";:,()«»\"“”"
    return re.compile(r"[" + marks + r".\s](?:(?<=[" + marks + r"])|(?<=\.)(?=$|\s+(?![\s\da-záéíóúüñ]))|(?<=\s)(?:" + joined + r")\s)")


def phrase_end(text: str, start: int, limit: int, language: str = "es") -> int:
    """End of the event phrase after a signal: the clause end (punctuation or a
    coordinating word), a dot inside an abbreviation ("EE.UU.") does not end it."""
    if limit <= start:
        return limit
    if limit - start > _PHRASE_KEPT_LONGEST:
        return start + _phrase_length(text, start, limit, language)
    # what it finds depends on the words from start to limit only: asked once per
    # stretch of text (dense text names the same event phrase after every signal)
    key = (language, text[start:limit])
    length = _PHRASE_LENGTHS.get(key)
    if length is None:
        length = _keep(_PHRASE_LENGTHS, _PHRASE_LENGTHS_MAX, key, _phrase_length(text, start, limit, language))
    return start + length


def _phrase_length(text: str, start: int, limit: int, language: str) -> int:
    m = _phrase_end(language).search(text, start, limit)
    end = m.start() if m else limit
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - start


_PHRASE_LENGTHS: dict[tuple[str, str], int] = {}
_PHRASE_LENGTHS_MAX = 1024
_PHRASE_KEPT_LONGEST = 1000  # characters (the event phrase's stretch is cut at verbs.REACH)
