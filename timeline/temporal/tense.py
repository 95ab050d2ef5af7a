"""The direction that the text gives an open weekday, month or day of a month.

The rule (tested in tests/corpus/es/temporal/tense.toml):
1. A modifier decides first: "pasado" -> the last one strictly before the DCT,
   "próximo"/"que viene" -> the next one strictly after it, "este" -> the DCT's own
   week or year (handled by extraction, so no verb is consulted).
2. A cue right before the expression: "desde noviembre" -> past; "para/previsto
   para/a partir de" -> future.
3. The governing verb (the nearest finite verb in the expression's clause; for a
   fronted adverbial with no verb in its clause, "El lunes, Apple anunció...", the
   first verb after it in the sentence): future, conditional or "ir a + infinitive"
   -> future (the next occurrence; for a weekday, strictly after the DCT);
   preterite, imperfect, perfect, pluperfect -> past (the last occurrence, the DCT
   itself included: a weekday equal to the DCT's in past narration is the DCT).
4. A present-tense main verb with "después de/tras + infinitive" before the
   expression ("es el segundo modelo ... después de presentarse el Shuffle en
   enero") -> past: the infinitive's event precedes the present.
5. Otherwise (present tense, which in Spanish news is both historical and
   scheduled, or no verb): the occurrence nearest to the DCT in either direction;
   for a weekday, up to three days back, else forward.
"""

from __future__ import annotations

import re

from timeline.models import Document
from timeline.temporal.grammar import Lexicon, Token
from timeline.temporal.spec import Spec

try:  # the lead's verb module; the shim stands in until it lands on main
    from timeline.reading import verbs as _verbs  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - removed after the merge
    from timeline.temporal import _verbs_shim as _verbs


def needs_direction(spec: Spec) -> bool:
    if spec.kind not in ("date", "time"):
        return False
    if spec.year is not None or spec.year_rel is not None or spec.fiscal or spec.decade or spec.century:
        return False
    if spec.unit is not None and spec.offset is not None and spec.weekday is None:
        return False
    if spec.weekday is not None or spec.day is not None and spec.month is None:
        return spec.anchor != "ref"
    return any(x is not None for x in (spec.month, spec.season, spec.quarter, spec.half, spec.holiday)) or spec.weekend


_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?$")


class Directions:
    def __init__(self, document: Document, tokens: list[Token], lex: Lexicon) -> None:
        self.document = document
        self.tokens = tokens
        self.lex = lex

    def at(self, cand, sentence: int | None) -> tuple[str, str]:
        """(direction, cue): past, future or nearest, and what decided it."""
        tokens = self.tokens
        lo = cand.lo
        first = tokens[lo]
        # 2. a cue word right before
        for size in (3, 2, 1):
            if lo - size < 0:
                continue
            words = tuple(t.low for t in tokens[lo - size : lo])
            if words in self.lex.past_cues:
                return "past", "cue-past"
            if words in self.lex.future_cues:
                return "future", "cue-future"
        if sentence is None:
            return "nearest", ""
        bounds = self.document.sentences[sentence]
        text = self.document.text
        language = self.document.language
        verb = _verbs.governing_verb(text, first.start, bounds.start, bounds.end, language)
        if verb is None:
            lo_clause, hi_clause = _verbs.clause_bounds(text, first.start, bounds.start, bounds.end, language)
            later = [v for v in _verbs.finite_verbs(text, tokens[cand.hi - 1].end, bounds.end, language)]
            if later:
                verb = later[0]
        direction = verb.direction if verb is not None else None
        if direction == "future":
            return "future", f"{verb.tense}-verb"
        if direction == "past":
            return "past", f"{verb.tense}-verb"
        # 4. "después de + infinitive" before the expression
        for k in range(lo - 1, max(lo - 8, -1), -1):
            token = tokens[k]
            if token.cls in ("STOP", "COMMA", "COLON"):
                break
            if token.cls == "SIGNAL" and token.info[1] and tuple(token.low.split()) in self.lex.anterior_infinitive:
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                if nxt is not None and _INFINITIVE.search(nxt.low):
                    return "past", "after-infinitive"
        return "nearest", ("present-verb" if verb is not None else "no-verb")


_PHRASE_END = re.compile(r"[;:,()«»\"“”]|\.(?=\s|$)|\s(?:y|pero|mientras|cuando)\s")


def phrase_end(text: str, start: int, limit: int) -> int:
    """End of the event phrase after a signal: the clause end (punctuation or a
    coordinating word), a dot inside an abbreviation ("EE.UU.") does not end it."""
    m = _PHRASE_END.search(text, start, limit)
    end = m.start() if m else limit
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
