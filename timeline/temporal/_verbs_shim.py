"""TEMPORARY stand-in for `timeline.reading.verbs` (the lead's module), with the
same API, used only until it lands on main. Remove after `git merge main`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Tense(StrEnum):
    FUTURE = "future"
    CONDITIONAL = "conditional"
    PRETERITE = "preterite"
    IMPERFECT = "imperfect"
    PLUPERFECT = "pluperfect"
    PERFECT = "perfect"
    PRESENT = "present"
    SUBJUNCTIVE = "subjunctive"
    PERIPHRASTIC_FUTURE = "periphrastic-future"


_DIRECTION = {
    Tense.FUTURE: "future", Tense.CONDITIONAL: "future", Tense.PERIPHRASTIC_FUTURE: "future",
    Tense.PRETERITE: "past", Tense.IMPERFECT: "past", Tense.PLUPERFECT: "past", Tense.PERFECT: "past",
    Tense.PRESENT: "present", Tense.SUBJUNCTIVE: None,
}


@dataclass
class Verb:
    start: int
    end: int
    text: str
    tense: Tense

    @property
    def direction(self) -> str | None:
        return _DIRECTION[self.tense]


_WORD = re.compile(r"[^\W\d_]+")
_PERFECT_AUX = {"he", "has", "ha", "hemos", "habéis", "han"}
_PLUPERFECT_AUX = {"había", "habías", "habíamos", "habían", "hubo"}
_GO = {"voy", "vas", "va", "vamos", "vais", "van", "iba", "iban"}
_PRETERITE = {
    "fue", "fueron", "hizo", "hicieron", "dijo", "dijeron", "tuvo", "tuvieron", "hubo", "estuvo",
    "estuvieron", "pudo", "pudieron", "puso", "pusieron", "vino", "vinieron", "quiso", "supo",
    "dio", "dieron", "vio", "vieron", "trajo", "condujo", "murió", "murieron",
}
_PRESENT = {
    "es", "son", "está", "están", "hay", "tiene", "tienen", "va", "van", "dice", "dicen", "hace",
    "puede", "pueden", "quiere", "sigue", "siguen", "viene", "vienen", "llega", "llegan",
    "presenta", "viaja", "prevé", "planea", "figura", "mantiene", "cuenta", "califica",
}
_NOT_VERBS = {
    "economía", "compañía", "energía", "categoría", "mayoría", "minoría", "batería", "policía",
    "secretaría", "tecnología", "soberanía", "geografía", "día", "vía", "tía", "garantía",
    "librería", "ría", "sería",
}


def _tense(word: str, previous: str | None) -> Tense | None:
    w = word.lower()
    if w in _PRETERITE:
        return Tense.PRETERITE
    if w in _PRESENT:
        return Tense.PRESENT
    if w in _NOT_VERBS or len(w) < 4:
        return None
    if re.search(r"(?:ré|rás|rá|remos|réis|rán)$", w):
        return Tense.FUTURE
    if re.search(r"r(?:ía|ías|íamos|íais|ían)$", w):
        return Tense.CONDITIONAL
    if re.search(r"(?:aron|ieron|yeron|ió|aste|iste)$", w) or re.search(r"[^aeiou]ó$", w):
        return Tense.PRETERITE
    if re.search(r"(?:aba|abas|ábamos|aban)$", w):
        return Tense.IMPERFECT
    return None


def finite_verbs(text: str, start: int, end: int, language: str = "es") -> list[Verb]:
    verbs: list[Verb] = []
    words = list(_WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        w = m.group().lower()
        nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
        nxt2 = words[i + 2].group().lower() if i + 2 < len(words) else ""
        if w in _PERFECT_AUX and re.search(r"(?:ado|ido|to|cho|sto)$", nxt):
            verbs.append(Verb(m.start(), words[i + 1].end(), text[m.start() : words[i + 1].end()], Tense.PERFECT))
            continue
        if w in _PLUPERFECT_AUX and re.search(r"(?:ado|ido|to|cho)$", nxt):
            verbs.append(Verb(m.start(), words[i + 1].end(), text[m.start() : words[i + 1].end()], Tense.PLUPERFECT))
            continue
        if w in _GO and nxt == "a" and re.search(r"(?:ar|er|ir)$", nxt2):
            verbs.append(Verb(m.start(), words[i + 2].end(), text[m.start() : words[i + 2].end()], Tense.PERIPHRASTIC_FUTURE))
            continue
        if i > 0 and words[i - 1].group().lower() in _PERFECT_AUX | _PLUPERFECT_AUX:
            continue
        tense = _tense(m.group(), None)
        if tense is not None:
            verbs.append(Verb(m.start(), m.end(), m.group(), tense))
    return verbs


_BOUNDARY = re.compile(r"[;:.()\"«»“”]|,|\b(?:que|cuando|donde|mientras|aunque|porque|pero|y|e)\b", re.IGNORECASE)


def clause_bounds(text: str, offset: int, start: int, end: int, language: str = "es") -> tuple[int, int]:
    lo, hi = start, end
    for m in _BOUNDARY.finditer(text, start, end):
        if m.end() <= offset:
            lo = m.end()
        elif m.start() >= offset:
            hi = m.start()
            break
    return lo, hi


def governing_verb(text: str, offset: int, start: int, end: int, language: str = "es") -> Verb | None:
    lo, hi = clause_bounds(text, offset, start, end, language)
    verbs = finite_verbs(text, lo, hi, language)
    if not verbs:
        return None
    return min(verbs, key=lambda v: abs(v.start - offset))
