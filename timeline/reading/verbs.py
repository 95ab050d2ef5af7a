"""Finite verbs, their tense, and the clause around an offset.

The tagger needs the tense of the verb that governs an expression ("el miércoles
celebrarán" looks forward, "el miércoles celebraron" back); the events stage needs
verbs as triggers and their tense for an event's status.

Spanish rule (DESIGN.md, section 3), as implemented here:
- Forms come from a conjugator over the infinitives in `lang/es/verbs.toml`
  (regular endings, stem changes, spelling changes, irregular verbs listed as data),
  so "celebrarán", "reúne", "tuvieron", "dijo" are found by lookup, not guessed.
- Compound tenses: haber + participle (perfect, pluperfect, future perfect),
  ir a + infinitive (a plan: forward), acabar de + infinitive (recent past).
- Verbs missing from the lexicon are still recognised when the ending cannot be
  anything else: future -ará/-erán/-drá..., preterite -ó/-aron/-ieron, imperfect -aba.
- A form is not a verb after a determiner or a preposition ("su visita", "en
  cuenta"), after la/las/los when the form is also a common noun shape (present or
  subjunctive: "la firma"), or when capitalised inside a sentence (a name).
- Direction: future, conditional, future perfect, ir a + inf., present subjunctive
  -> "future"; preterite, imperfect, perfects, acabar de, imperfect subjunctive
  ("antes de que votara", "hubiera votado": it takes a past main clause's time) ->
  "past"; present -> "present" (ambiguous in news); everything else -> None.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate, compress
from operator import not_
from pathlib import Path
from typing import Callable, NamedTuple, cast

from timeline import cache, lang
from timeline.reading import verbs_en
from timeline.reading.letters import LETTERS


class Tense(StrEnum):
    FUTURE = "future"
    CONDITIONAL = "conditional"
    PRESENT = "present"
    PRETERITE = "preterite"
    IMPERFECT = "imperfect"
    PERFECT = "perfect"
    PLUPERFECT = "pluperfect"
    FUTURE_PERFECT = "future_perfect"
    CONDITIONAL_PERFECT = "conditional_perfect"
    GOING_TO = "going_to"
    RECENT_PAST = "recent_past"
    SUBJUNCTIVE = "subjunctive"
    IMPERFECT_SUBJUNCTIVE = "imperfect_subjunctive"
    INFINITIVE = "infinitive"
    GERUND = "gerund"
    PARTICIPLE = "participle"


_DIRECTION = {
    Tense.FUTURE: "future",
    Tense.CONDITIONAL: "future",
    Tense.FUTURE_PERFECT: "future",
    Tense.GOING_TO: "future",
    Tense.SUBJUNCTIVE: "future",
    Tense.PRETERITE: "past",
    Tense.IMPERFECT: "past",
    Tense.PERFECT: "past",
    Tense.PLUPERFECT: "past",
    Tense.CONDITIONAL_PERFECT: "past",
    Tense.RECENT_PAST: "past",
    Tense.IMPERFECT_SUBJUNCTIVE: "past",
    Tense.PRESENT: "present",
}
NON_FINITE = frozenset({Tense.INFINITIVE, Tense.GERUND, Tense.PARTICIPLE})
# Forms of these tenses are also common noun shapes ("la firma", "la cuenta").
_WEAK = frozenset({Tense.PRESENT, Tense.SUBJUNCTIVE})


@dataclass(frozen=True, slots=True)
class Verb:
    start: int
    end: int
    text: str
    tense: Tense
    lemma: str | None

    @property
    def finite(self) -> bool:
        return self.tense not in NON_FINITE

    @property
    def direction(self) -> str | None:
        return direction_of(self.tense)


def direction_of(tense: Tense) -> str | None:
    """"past", "future", or None for a tense that points neither way (present)."""
    return _DIRECTION.get(tense)


# --- the Spanish conjugator ---------------------------------------------------

_ENDINGS = {
    "ar": {
        Tense.PRESENT: ("o", "as", "a", "amos", "áis", "an"),
        Tense.PRETERITE: ("é", "aste", "ó", "amos", "asteis", "aron"),
        Tense.IMPERFECT: ("aba", "abas", "aba", "ábamos", "abais", "aban"),
        Tense.SUBJUNCTIVE: ("e", "es", "e", "emos", "éis", "en"),
    },
    "er": {
        Tense.PRESENT: ("o", "es", "e", "emos", "éis", "en"),
        Tense.PRETERITE: ("í", "iste", "ió", "imos", "isteis", "ieron"),
        Tense.IMPERFECT: ("ía", "ías", "ía", "íamos", "íais", "ían"),
        Tense.SUBJUNCTIVE: ("a", "as", "a", "amos", "áis", "an"),
    },
    "ir": {
        Tense.PRESENT: ("o", "es", "e", "imos", "ís", "en"),
        Tense.PRETERITE: ("í", "iste", "ió", "imos", "isteis", "ieron"),
        Tense.IMPERFECT: ("ía", "ías", "ía", "íamos", "íais", "ían"),
        Tense.SUBJUNCTIVE: ("a", "as", "a", "amos", "áis", "an"),
    },
}
_FUTURE = ("é", "ás", "á", "emos", "éis", "án")
_CONDITIONAL = ("ía", "ías", "ía", "íamos", "íais", "ían")
_IMPERFECT_SUBJUNCTIVE = ("ra", "ras", "ra", "ramos", "rais", "ran", "se", "ses", "se", "semos", "seis", "sen")
_CLITICS = ("", "se", "lo", "la", "los", "las", "le", "les", "me", "te", "nos")
_STRESSED = (0, 1, 2, 5)  # persons whose stem carries the stress in the present
# tú and vosotros forms are rare in news and collide with plural nouns
# ("avances", "relaciones"): they are not generated for regular verbs.
_GENERATED_PERSONS = (0, 2, 3, 5)
# When two analyses give the same form, keep the least committal one first.
_PRIORITY = [
    Tense.FUTURE, Tense.CONDITIONAL, Tense.PRESENT, Tense.PRETERITE, Tense.IMPERFECT,
    Tense.SUBJUNCTIVE, Tense.IMPERFECT_SUBJUNCTIVE, Tense.INFINITIVE, Tense.GERUND, Tense.PARTICIPLE,
]
_RANK = {tense: rank for rank, tense in enumerate(_PRIORITY)}
_VOWELS = "aeiouáéíóú"


def _replace_last(stem: str, old: str, new: str) -> str:
    index = stem.rfind(old)
    return stem if index < 0 else stem[:index] + new + stem[index + len(old) :]


def _before_front_vowel(stem: str) -> str:
    """Spelling of a stem before e/é: buscar -> busqu-, llegar -> llegu-, empezar -> empec-."""
    if stem.endswith("c"):
        return stem[:-1] + "qu"
    if stem.endswith("g"):
        return stem + "u"
    if stem.endswith("z"):
        return stem[:-1] + "c"
    return stem


def _before_back_vowel(stem: str, infinitive: str) -> str:
    """Spelling of an -er/-ir stem before a/o: dirigir -> dirij-, seguir -> sig-, ofrecer -> ofrezc-."""
    if infinitive.endswith("guir"):
        return stem[:-1]
    if stem.endswith("g"):
        return stem[:-1] + "j"
    if stem.endswith("c"):
        return stem[:-1] + ("zc" if len(stem) > 1 and stem[-2] in _VOWELS else "z")
    return stem


def _stem_change(base: str, change: str | None) -> str:
    """The stressed stem of a stem-changing verb: pens- -> piens-, cont- -> cuent-."""
    if change == "ie":
        # adquirir, inquirir: the stem's i opens ("adquiere"), having no e to change
        return _replace_last(base, "e", "ie") if "e" in base else _replace_last(base, "i", "ie")
    if change == "ue":
        return _replace_last(base, "o", "ue") if "o" in base else _replace_last(base, "u", "ue")
    if change == "i":
        return _replace_last(base, "e", "i")
    if change == "ú":
        return _replace_last(base, "u", "ú")
    if change == "í":
        return _replace_last(base, "i", "í")
    return base


def _conjugate(infinitive: str, change: str | None) -> dict[str, Tense]:
    stem, kind = infinitive[:-2], infinitive[-2:].replace("í", "i")
    forms: dict[str, Tense] = {}

    def add(form: str, tense: Tense) -> None:
        if form not in forms or _RANK[tense] < _RANK[forms[form]]:
            forms[form] = tense

    def changed(base: str) -> str:
        return _stem_change(base, change)

    def narrowed(base: str) -> str:
        """-ir stem changes outside the stressed present: sintió, durmió, pidiendo."""
        if kind != "ir" or change not in ("ie", "ue", "i"):
            return base
        return _replace_last(base, "e", "i") if change in ("ie", "i") else _replace_last(base, "o", "u")

    uir = kind == "ir" and stem.endswith("u") and not stem.endswith("gu") and not stem.endswith("qu")
    ducir = infinitive.endswith("ducir")
    vowel_stem = kind == "er" and stem[-1:] in "aeo"  # creer, leer, caer: creyó

    for tense, endings in _ENDINGS[kind].items():
        for person, ending in enumerate(endings):
            if person not in _GENERATED_PERSONS:
                continue
            base = stem
            if tense is Tense.PRESENT and person in _STRESSED or tense is Tense.SUBJUNCTIVE and person in _STRESSED:
                base = changed(stem)
            elif tense is Tense.SUBJUNCTIVE:
                base = narrowed(stem)
            elif tense is Tense.PRETERITE and person in (2, 5):
                base = narrowed(stem)
            if uir and tense in (Tense.PRESENT, Tense.SUBJUNCTIVE) and not (tense is Tense.PRESENT and person in (3, 4)):
                base = base + "y"
            if (uir or vowel_stem) and tense is Tense.PRETERITE and person in (2, 5):
                ending = {"ió": "yó", "ieron": "yeron"}[ending]
            if ducir and tense is Tense.PRETERITE:
                base = stem[:-1] + "j"
                ending = ("e", "iste", "o", "imos", "isteis", "eron")[person]
            if kind == "ar" and ending[:1] in "eé":
                base = _before_front_vowel(base)
            elif kind != "ar" and ending[:1] in "ao" and not (uir and base.endswith("y")):
                base = _before_back_vowel(base, infinitive)
            add(base + ending, tense)
    for ending in _FUTURE:
        add(infinitive + ending, Tense.FUTURE)
    for ending in _CONDITIONAL:
        add(infinitive + ending, Tense.CONDITIONAL)
    preterite_plural = next(f for f, t in forms.items() if t is Tense.PRETERITE and f.endswith("ron"))
    for ending in _IMPERFECT_SUBJUNCTIVE:
        add(preterite_plural[:-3] + ending, Tense.IMPERFECT_SUBJUNCTIVE)
    for clitic in _CLITICS:
        add(infinitive + clitic, Tense.INFINITIVE)
    gerund_stem = narrowed(stem)
    add(gerund_stem + ("ando" if kind == "ar" else "yendo" if uir or vowel_stem else "iendo"), Tense.GERUND)
    participle = stem + ("ado" if kind == "ar" else "ído" if vowel_stem else "ido")
    for ending in ("o", "a", "os", "as"):
        add(participle[:-1] + ending, Tense.PARTICIPLE)
    return forms


def _irregular(infinitive: str, table: dict, regular: dict[str, Tense]) -> dict[str, Tense]:
    """Replace the regular forms of the tenses an irregular verb lists."""
    forms = {form: tense for form, tense in regular.items()}
    overridden = {Tense(name) for name in ("present", "preterite", "imperfect", "subjunctive") if name in table}
    if "future_stem" in table:
        overridden |= {Tense.FUTURE, Tense.CONDITIONAL}
    if "preterite" in table:
        overridden.add(Tense.IMPERFECT_SUBJUNCTIVE)
    if "gerund" in table:
        overridden.add(Tense.GERUND)
    if "participle" in table:
        overridden.add(Tense.PARTICIPLE)
    forms = {form: tense for form, tense in forms.items() if tense not in overridden}
    for name in ("present", "preterite", "imperfect", "subjunctive"):
        for form in table.get(name, ()):
            forms.setdefault(form, Tense(name))
    for form in table.get("extra_present", ()):
        forms.setdefault(form, Tense.PRESENT)
    if "future_stem" in table:
        for ending in _FUTURE:
            forms.setdefault(table["future_stem"] + ending, Tense.FUTURE)
        for ending in _CONDITIONAL:
            forms.setdefault(table["future_stem"] + ending, Tense.CONDITIONAL)
    if "preterite" in table:
        stem = table["preterite"][5][:-3]
        for ending in _IMPERFECT_SUBJUNCTIVE:
            forms.setdefault(stem + ending, Tense.IMPERFECT_SUBJUNCTIVE)
    if "gerund" in table:
        forms.setdefault(table["gerund"], Tense.GERUND)
    if "participle" in table:
        participle = table["participle"]
        for form in (participle, participle[:-1] + "a", participle + "s", participle[:-1] + "as"):
            forms.setdefault(form, Tense.PARTICIPLE)
    return forms


_ACCENTED = str.maketrans("aeiou", "áéíóú")


def _prefixed(prefix: str, form: str) -> str:
    """A model's form behind a prefix: a monosyllable ending in a vowel, n or s
    becomes a word stressed on its last syllable, written with an accent ("ve" ->
    "prevé", "vio" -> "previó", "pon" -> "compón")."""
    vowels = [k for k, ch in enumerate(form) if ch in "aeiouáéíóú"]
    if not prefix or not vowels or not form.endswith(("a", "e", "i", "o", "u", "n", "s")):
        return prefix + form
    if vowels[-1] - vowels[0] != len(vowels) - 1 or any(ch in "áéíóú" for ch in form):
        return prefix + form  # more than one syllable, or written with its accent
    strong = [k for k in vowels if form[k] in "aeo"]
    if len(strong) > 1:
        return prefix + form  # two strong vowels are two syllables ("veo")
    k = strong[0] if strong else vowels[-1]  # a diphthong's strong vowel, else the last ("fui")
    return prefix + form[:k] + form[k].translate(_ACCENTED) + form[k + 1:]


@dataclass(frozen=True)
class _Lexicon:
    forms: dict[str, tuple[str, Tense]]
    auxiliaries: dict[str, Tense]  # auxiliary form -> tense of the compound
    links: dict[str, str]  # periphrasis auxiliary -> the word linking it to the infinitive
    not_verbs: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    ambiguous_articles: frozenset[str]
    adjective_forms: frozenset[str]
    clause_openers: frozenset[str]
    coordinators: frozenset[str]
    starters: frozenset[str] = frozenset()  # every word that can start a verb: forms, auxiliaries, links
    perfect_modals: frozenset[str] = frozenset()  # "debería haber llegado": the modal's perfect
    perfect_modal_links: frozenset[str] = frozenset()
    perfect_infinitives: frozenset[str] = frozenset()
    pronoun_determiners: frozenset[str] = frozenset()  # determiners that stand alone as a subject ("y otro resultó herido")
    verb_prepositions: frozenset[str] = frozenset()  # prepositions a verb may follow ("según informó")
    noun_adjectives: frozenset[str] = frozenset()  # adjectives only before a noun: the word after them is no verb ("el presunto desvío")
    verbs_before: dict[str, frozenset[str]] = field(default_factory=dict)  # not_verbs that are verbs before these words ("entre en vigor")


def _spanish_forms() -> dict[str, tuple[str, Tense]]:
    """Every conjugated form with its (infinitive, tense): built once per machine (a
    third of a second), then read from `timeline.cache` (`_analysis_table`'s JSON)."""
    table = cache.derived("verb-forms-es", [*lang.sources("es"), Path(__file__).read_bytes()], _analysis_table)
    # one tuple per (lemma, tense), shared by its forms: five times fewer objects for
    # the garbage collector to walk on every full collection
    tenses = {tense.value: tense for tense in Tense}
    analyses = [(infinitive, tenses[tense]) for infinitive, tense in table["analyses"]]
    return dict(zip(table["forms"], map(analyses.__getitem__, table["analysis"])))


def _analysis_table() -> dict[str, list]:
    """The conjugation tables merged, a form's most telling tense first (`_RANK`): the
    distinct (infinitive, tense) analyses, the forms, and each form's analysis."""
    data = lang.load("es")["verbs"]
    changes = _stem_changes()
    conjugated = {infinitive: _conjugate(infinitive, change) for infinitive, change in changes.items()}
    for infinitive, table in data["irregular"].items():
        regular = _conjugate(infinitive, changes.get(infinitive))
        conjugated[infinitive] = _irregular(infinitive, table, regular)
    for derived, model in data["derived"].items():
        prefix = derived[: len(derived) - len(model)]
        conjugated[derived] = {_prefixed(prefix, form): tense for form, tense in conjugated[model].items()}
    forms: dict[str, tuple[str, Tense]] = {}
    for infinitive in sorted(conjugated):
        for form, tense in conjugated[infinitive].items():
            known = forms.get(form)
            if known is None or _RANK[tense] < _RANK[known[1]]:
                forms[form] = (infinitive, tense)
    numbers: dict[tuple[str, Tense], int] = {}
    analysis = [numbers.setdefault(pair, len(numbers)) for pair in forms.values()]
    return {"analyses": [[infinitive, tense.value] for infinitive, tense in numbers], "forms": list(forms), "analysis": analysis}


@functools.cache
def _spanish() -> _Lexicon:
    data = lang.load("es")["verbs"]
    forms = _spanish_forms()
    aux = data["auxiliaries"]
    auxiliaries = {form: Tense.PERFECT for form in aux["perfect"]}
    auxiliaries |= {form: Tense.PLUPERFECT for form in aux["pluperfect"]}
    auxiliaries |= {form: Tense.FUTURE_PERFECT for form in aux["future_perfect"]}
    auxiliaries |= {form: Tense.CONDITIONAL_PERFECT for form in aux["conditional_perfect"]}
    links = {form: aux["going_to_link"] for form in aux["going_to"]}
    links |= {form: aux["recent_past_link"] for form in aux["recent_past"]}
    words = data["words"]
    return _Lexicon(
        forms=forms,
        auxiliaries=auxiliaries,
        links=links,
        not_verbs=frozenset(words["not_verbs"]),
        verbs_before={word: frozenset(after) for word, after in words.get("verbs_before", {}).items()},
        determiners=frozenset(words["determiners"]),
        prepositions=frozenset(words["prepositions"]),
        ambiguous_articles=frozenset(words["ambiguous_articles"]),
        adjective_forms=frozenset(words["adjective_forms"]),
        clause_openers=frozenset(words["clause_openers"]),
        coordinators=frozenset(words["coordinators"]),
        starters=frozenset(forms).union(auxiliaries, links),
        perfect_modals=frozenset(aux.get("perfect_modals", ())),
        perfect_modal_links=frozenset(aux.get("perfect_modal_links", ())),
        perfect_infinitives=frozenset(aux.get("perfect_infinitives", ())),
        pronoun_determiners=frozenset(words.get("pronoun_determiners", ())),
        verb_prepositions=frozenset(words.get("verb_prepositions", ())),
        noun_adjectives=frozenset(words.get("noun_adjectives", ())),
    )


_LEXICONS: dict[str, Callable[[], _Lexicon | verbs_en.EnglishLexicon]] = {"es": _spanish, "en": verbs_en.lexicon}

# Endings that only verbs have, for verbs missing from the lexicon.
_GUESSES = (
    (re.compile(r"(?:[aei]r|[dbr]r)(?:é|ás|á|emos|éis|án)$"), Tense.FUTURE),
    (re.compile(r"[^\W\d_]{2}ó$"), Tense.PRETERITE),
    (re.compile(r"[^\W\d_]{2}(?:aron|ieron|yeron)$"), Tense.PRETERITE),
    (re.compile(r"[^\W\d_]{2}(?:aba|aban|ábamos)$"), Tense.IMPERFECT),
)
_PARTICIPLE_SHAPE = re.compile(r"[^\W\d_]{2}(?:ado|ido|ída|ada|ida|ados|idos|adas|idas|cho|to|so)$")
_INFINITIVE_SHAPE = re.compile(r"[^\W\d_]{2}(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|te|nos)?$")
_WORD = re.compile(f"{LETTERS}(?:-{LETTERS})*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # split() keeps the words and the gaps between
_SENTENCE_OPENING = re.compile(r"[\s\"'«“‘¿¡(\[—–-]*")


# The literal tails each guess's pattern ends with (in _GUESSES order): a word is
# tried only against the guesses whose tails it ends with (same answers, and most
# words, ending in none, skip the searches).
_GUESS_TAILS = (
    ("ré", "rás", "rá", "remos", "réis", "rán"),
    ("ó",),
    ("aron", "ieron", "yeron"),
    ("aba", "aban", "ábamos"),
)
_GUESSES_WITH_TAILS = tuple(zip(_GUESSES, _GUESS_TAILS))
_ANY_GUESS_TAIL = tuple(tail for tails in _GUESS_TAILS for tail in tails)


def _analyse(word: str, lexicon: _Lexicon) -> tuple[str | None, Tense] | None:
    known = lexicon.forms.get(word)
    if known is not None:
        return known
    if len(word) < 5:
        return None
    if not word.endswith(_ANY_GUESS_TAIL):
        return None
    for (pattern, tense), tails in _GUESSES_WITH_TAILS:
        if word.endswith(tails) and pattern.search(word):
            return None, tense
    return None


@functools.cache
def preterite_too(form: str, lemma: str) -> bool:
    """Is a Spanish present also the lemma's preterite ("viajamos", "vivimos": the first
    plural of -ar and -ir verbs; "decimos" is not, the preterite being "dijimos")? The
    conjugation tables keep one tense per form, the present."""
    data = lang.load("es")["verbs"]
    irregular = data["irregular"].get(lemma)
    if irregular is not None and "preterite" in irregular:
        return irregular["preterite"][3] == form
    model = data["derived"].get(lemma)
    if model is not None:
        prefix = lemma[: len(lemma) - len(model)]
        return form.startswith(prefix) and preterite_too(form[len(prefix) :], model)
    kind = lemma[-2:].replace("í", "i")
    if kind not in _ENDINGS or lemma.endswith("ducir"):  # ("condujimos")
        return False
    return form == lemma[:-2] + _ENDINGS[kind][Tense.PRETERITE][3]


def verbs(text: str, start: int, end: int, language: str) -> list[Verb]:
    """Every verb form in text[start:end] (finite or not), compounds as one Verb.
    Cached: the tagger and the events stage ask for the same sentences."""
    return list(_cached_verbs(text, start, end, language))


def _adjective_after_noun(index: int, table: _Words, lexicon: _Lexicon) -> bool:
    """Is the word at `index` an adjective after its noun ("la renovación completa de la
    línea", "la obra completa."): a determiner two words back, and a preposition, a mark
    or nothing after it ("la empresa completa la venta" keeps its verb)?"""
    lows = table.lows
    if index < 2 or any(c in ",;:()" for c in table.gap(index - 1) + table.gap(index)):
        return False
    if lows[index - 2] not in lexicon.determiners and lows[index - 2] not in lexicon.ambiguous_articles:
        return False
    return index + 1 >= len(lows) or not table.gap(index + 1).isspace() or lows[index + 1] in lexicon.prepositions


@functools.lru_cache(maxsize=512)
def _cached_verbs(text: str, start: int, end: int, language: str) -> tuple[Verb, ...]:
    return tuple(_find_verbs(text, start, end, language))


def _find_verbs(text: str, start: int, end: int, language: str) -> list[Verb]:
    if language == "en":
        return verbs_en.find_verbs(text, start, end)
    factory = _LEXICONS.get(language)
    if factory is None:
        return []
    lexicon = cast(_Lexicon, factory())  # English returned above
    told = _TOLD[0]
    if told is not None and told[0] is text and told[1] == start and told[2] == end:
        table = told[3]  # read off the events stage's tokens (`share_tokens`)
        _TOLD[0] = None  # used once: the text is not kept
    else:
        table = _words(text, start, end)
    surfaces, starts, ends, lows = table.words, table.starts, table.ends, table.lows
    forms, auxiliaries, links, not_verbs = lexicon.forms, lexicon.auxiliaries, lexicon.links, lexicon.not_verbs
    n = len(lows)
    result: list[Verb] = []
    skip_until = -1
    # only these words can start a verb (a known form, an auxiliary, a link, or a
    # word with an ending a guess needs): the loop skips the others
    starters, tails = lexicon.starters, _ANY_GUESS_TAIL
    for index in [i for i, w in enumerate(lows) if w in starters or len(w) >= 5 and w.endswith(tails)]:
        lo = starts[index]
        if lo < skip_until:
            continue
        word = lows[index]
        if word in auxiliaries and index + 1 < n and _is_participle(lows[index + 1], lexicon):
            following_end = ends[index + 1]
            lemma = forms.get(lows[index + 1], (None,))[0]
            result.append(Verb(lo, following_end, text[lo:following_end], auxiliaries[word], lemma))
            skip_until = following_end
            continue
        link = links.get(word)
        if link and index + 2 < n and lows[index + 1] == link:
            if _is_infinitive(lows[index + 2], lexicon):
                target_end = ends[index + 2]
                tense = Tense.GOING_TO if link == "a" else Tense.RECENT_PAST
                lemma = forms.get(lows[index + 2], (None,))[0]
                result.append(Verb(lo, target_end, text[lo:target_end], tense, lemma))
                skip_until = target_end
                continue
        if word in not_verbs and not (index + 1 < n and lows[index + 1] in lexicon.verbs_before.get(word, ())):
            continue
        analysis: tuple[str | None, Tense] | None = forms.get(word)
        if analysis is None:
            analysis = _analyse(word, lexicon)
            if analysis is None:
                continue
        lemma, tense = analysis
        surface = surfaces[index]
        if surface[0].isupper() and not _SENTENCE_OPENING.fullmatch(text, start, lo):
            continue  # a capitalised word inside a sentence is a name
        if tense not in NON_FINITE:
            # "en 2024, jugará": a mark between ends the phrase the word before opened, and
            # a number between is what it governs ("Los presupuestos de 2026 llegarán")
            gap = table.gap(index)  # mostly one blank: no mark, no number
            previous = lows[index - 1] if index and (gap == " " or not any(c in ",;:()" or c.isdigit() for c in gap)) else ""
            if previous and index >= 2 and surfaces[index - 1][:1].isupper():
                previous = ""  # "Año Nuevo estarán cerrados": a name's last word, no determiner
            if (previous in lexicon.determiners and not _standalone_subject(previous, lemma, tense, lexicon)) or previous in lexicon.prepositions and not (previous in lexicon.verb_prepositions and tense not in _WEAK):
                continue
            if previous in lexicon.ambiguous_articles and (tense in _WEAK or lemma is None):
                continue
            if word in lexicon.adjective_forms and _adjective_after_noun(index, table, lexicon):
                continue
            if previous in lexicon.noun_adjectives and index >= 2 and lows[index - 2] in lexicon.determiners:
                continue  # "por el presunto desvío de fondos": a noun after its article and adjective
            if tense is Tense.PRESENT and result and result[-1].end == ends[index - 1] and result[-1].tense not in NON_FINITE and gap.isspace():
                continue  # "dictará sentencia", "presentó denuncia": a bare noun right after its verb
        elif tense is Tense.PARTICIPLE and word in lexicon.noun_adjectives and index >= 1 and (lows[index - 1] in lexicon.determiners or lows[index - 1] in lexicon.ambiguous_articles):
            continue  # "el supuesto robo ocurrió el lunes": the adjective before its noun, no "suponer"
        elif tense is Tense.PARTICIPLE and index >= 2 and lows[index - 1] in lexicon.noun_adjectives and (lows[index - 2] in lexicon.determiners or lows[index - 2] in lexicon.ambiguous_articles):
            continue  # "el portavoz del principal partido de la oposición": a noun after its article and adjective
        elif tense is Tense.PARTICIPLE and word.endswith("s") and result and result[-1].tense is Tense.INFINITIVE and result[-1].end == ends[index - 1] and table.gap(index).isspace():
            continue  # "para pedir subidas salariales": a bare plural noun, the infinitive's object
        perfect = _MODAL_PERFECT.get(tense) if lemma in lexicon.perfect_modals else None
        k = index + 1 + (index + 1 < n and lows[index + 1] in lexicon.perfect_modal_links)
        if perfect is not None and k + 1 < n and lows[k] in lexicon.perfect_infinitives and _is_participle(lows[k + 1], lexicon):
            # "debería haberse aprobado": the participle's event, in the modal's perfect
            verb_end = ends[k + 1]
            result.append(Verb(lo, verb_end, text[lo:verb_end], perfect, forms.get(lows[k + 1], (None,))[0]))
            skip_until = verb_end
            continue
        result.append(Verb(lo, ends[index], surface, tense, lemma))
    return result


# the perfect a modal's tense gives "haber" + participle after it
_MODAL_PERFECT = {
    Tense.PRESENT: Tense.PERFECT, Tense.CONDITIONAL: Tense.CONDITIONAL_PERFECT, Tense.FUTURE: Tense.FUTURE_PERFECT,
    Tense.PRETERITE: Tense.PLUPERFECT, Tense.IMPERFECT: Tense.PLUPERFECT,
}


def _standalone_subject(previous: str, lemma: str | None, tense: Tense, lexicon: _Lexicon) -> bool:
    """Whether a determiner before a known verb in the preterite or the future is a
    pronoun, the verb's subject: "Un trabajador murió y otro resultó herido" ("otro
    paso", "otra vuelta" stay nouns: the present reads both ways)."""
    return previous in lexicon.pronoun_determiners and lemma is not None and tense in (Tense.PRETERITE, Tense.FUTURE)


class _Words(NamedTuple):
    """The words of text[start:end] (`_WORD`), one entry per word in each list: as
    written, their offsets, in lower case. The gaps between them are read off the
    text when asked (`gap`): the verb reader asks for a few."""

    text: str
    start: int
    end: int
    words: list[str]
    starts: list[int]
    ends: list[int]
    lows: list[str]

    def gap(self, k: int) -> str:
        """The text before word k (after the last word when k is their number)."""
        return self.text[self.ends[k - 1] if k else self.start : self.starts[k] if k < len(self.starts) else self.end]


# the words of the stretch the events stage is about to ask the verbs of, read off its
# own tokens (`share_tokens`): (text, start, end, words as `_words` gives them)
_TOLD: list[tuple[str, int, int, _Words] | None] = [None]


def share_tokens(text: str, start: int, end: int, language: str, tokens: list[str], starts: list[int], ends: list[int], lows: list[str]) -> None:
    """Hand the verb reader the tokens the events stage split text[start:end] into
    (events/sentence.py: runs of letters joined by hyphens or apostrophes, abbreviations
    such as "EE.UU.", numbers, single marks; only blanks and "_" between them, and no run
    of letters and hyphens cut by two tokens), so that its next `verbs` call on that
    stretch reads the words off them instead of splitting the text again: a word is a
    token of letters only, else the `_WORD` matches inside a token (same words and
    offsets as `_words`: tested in tests/test_verbs.py). Spanish only (the English
    reader splits its own words)."""
    if language == "en" or language not in _LEXICONS:
        return
    alpha = list(map(str.isalpha, tokens))
    # tokens with letters that are not all letters: "EE.UU.", "l'Horta", "x²" (not a
    # number, not a mark); only the tokens not all letters are looked at
    mixed = [i for i in compress(range(len(tokens)), map(not_, alpha)) if not (tokens[i][0].isdecimal() or len(tokens[i]) == 1 and not tokens[i].isalnum())]
    if mixed:
        words: list[str] = []
        word_starts: list[int] = []
        words_lower: list[str] = []
        inside = set(mixed)
        for i, token in enumerate(tokens):
            if alpha[i]:
                words.append(token)
                word_starts.append(starts[i])
                words_lower.append(lows[i])
            elif i in inside:
                for m in _WORD.finditer(token):
                    words.append(m.group())
                    word_starts.append(starts[i] + m.start())
                    words_lower.append(m.group().lower())
        word_ends = [a + len(w) for a, w in zip(word_starts, words)]
    else:  # most sentences: the words are the tokens of letters
        words = list(compress(tokens, alpha))
        word_starts = list(compress(starts, alpha))
        word_ends = list(compress(ends, alpha))
        words_lower = list(compress(lows, alpha))
    _TOLD[0] = (text, start, end, _Words(text, start, end, words, word_starts, word_ends, words_lower))


@functools.lru_cache(maxsize=4)
def _words(text: str, start: int, end: int) -> _Words:
    """The words of text[start:end], for the verb reader and then `VerbIndex` (the
    tagger asks both of a sentence, one after the other). Shared: read, never modify."""
    parts = _WORD_SPLIT.split(text[start:end])  # [gap, word, gap, word, ..., gap]
    bounds = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    return _Words(text, start, end, words, bounds[1:-1:2], bounds[2::2], list(map(str.lower, words)))


def _is_participle(word: str, lexicon: _Lexicon) -> bool:
    known = lexicon.forms.get(word)
    if known is not None:
        return known[1] is Tense.PARTICIPLE
    return bool(_PARTICIPLE_SHAPE.search(word))


def _is_infinitive(word: str, lexicon: _Lexicon) -> bool:
    known = lexicon.forms.get(word)
    if known is not None:
        return known[1] is Tense.INFINITIVE
    return bool(_INFINITIVE_SHAPE.search(word))


_SPANISH_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?$")


def non_finite_clause_head(word: str, language: str) -> bool:
    """Is `word` the non-finite verb that opens a clause after "después de"/"after"
    (a Spanish infinitive, "después de presentarse"; an English gerund, "after launching")?"""
    if language == "en":
        return verbs_en.non_finite_head(word)
    return bool(_SPANISH_INFINITIVE.search(word))


def infinitive_after_mark(word: str, language: str) -> bool:
    """Is `word` an infinitive that a mark ("to") opens? English only: a Spanish
    infinitive is a verb the finder reads."""
    return language == "en" and verbs_en.infinitive_after_mark(word)


def is_passive(verb: Verb, language: str) -> bool:
    """A passive compound ("was signed"): its grammatical subject is what the event
    was done to, like the Spanish "se firmó"."""
    return language == "en" and verb_is_compound(verb) and verbs_en.is_passive(verb.text)


def shares_passive(verb: Verb, previous: Verb, language: str) -> bool:
    """"was arrested in July and charged in November": a lone participle joined to a
    passive shares its auxiliary, and so is a passive too."""
    return language == "en" and not verb_is_compound(verb) and is_passive(previous, language) and verbs_en.is_passive_participle(verb.text)


def may_be_participle(word: str, language: str) -> bool:
    """Can a past form be a participle as well ("issued", "held")? English only: a
    Spanish preterite ("obligó") never is one."""
    return language == "en" and verbs_en.is_passive_participle(word)


def verb_is_compound(verb: Verb) -> bool:
    return " " in verb.text


def finite_verbs(text: str, start: int, end: int, language: str) -> list[Verb]:
    return [verb for verb in verbs(text, start, end, language) if verb.finite]


_BOUNDARY_MARKS = re.compile(r"[;:()\[\]—–\"«»“”,]")


@functools.cache
def _clause_cuts(language: str) -> frozenset[str]:
    """The words that open a clause for the governing verb: the clause openers, and the
    subject pronouns that open a reported clause with no "that" ("told reporters on
    Sunday he would resign": Sunday is the telling's)."""
    factory = _LEXICONS.get(language)
    if factory is None:
        return frozenset()
    return factory().clause_openers | frozenset(lang.load(language)["verbs"]["words"].get("clause_subjects", ()))


@functools.cache
def _obligation_que_verbs(language: str) -> frozenset[str]:
    """Verbs of obligation joined to their infinitive by "que" ("tiene que aprobar"): the
    events data's list."""
    return frozenset(lang.load(language).get("events").get("light", {}).get("obligation_by_que", ()))


class VerbIndex:
    """The verbs and clause boundaries of one sentence, analysed once, so that the
    governing verb of each expression in it is a binary search, not a rescan."""

    def __init__(self, text: str, start: int, end: int, language: str) -> None:
        self.start, self.end = start, end
        self.verbs = finite_verbs(text, start, end, language)
        self.verb_starts = [verb.start for verb in self.verbs]
        factory = _LEXICONS.get(language)
        lexicon = factory() if factory else None
        coordinators = lexicon.coordinators if lexicon else frozenset()
        cuts = [m.start() for m in _BOUNDARY_MARKS.finditer(text, start, end)]
        table = _words(text, start, end)  # as the verb reader split them
        word_starts, lows = table.starts, table.lows
        cuts += compress(word_starts, map(_clause_cuts(language).__contains__, lows))
        obliged = _obligation_que_verbs(language)
        if obliged:  # "que tendrá que cancelar unos vuelos el jueves": that "que" opens no clause
            ends = {verb.end + 1 for verb in self.verbs if verb.lemma in obliged}
            cuts = [cut for cut in cuts if cut not in ends]
        self.cuts = sorted(set(cuts))
        self.joins = list(compress(word_starts, map(coordinators.__contains__, lows)))  # in text order

    def clause(self, offset: int) -> tuple[int, int]:
        """The clause containing `offset`: from the last cut at or before it (the
        cut character or word is part of the clause it opens) to the next cut."""
        index = bisect.bisect_right(self.cuts, offset)
        lo = self.cuts[index - 1] if index else self.start
        hi = self.cuts[index] if index < len(self.cuts) else self.end
        return lo, hi

    def governing(self, offset: int) -> Verb | None:
        """The nearest finite verb in the clause of `offset`, else the nearest one in
        the sentence within REACH characters."""
        if not self.verbs:
            return None
        lo, hi = self.clause(offset)
        for low, high in ((lo, hi), (offset - REACH, offset + REACH)):
            first = bisect.bisect_left(self.verb_starts, low)
            last = bisect.bisect_left(self.verb_starts, high)
            # verbs are sorted and disjoint: the nearest is beside the offset
            split = bisect.bisect_left(self.verb_starts, offset, first, last)
            nearby = self.verbs[max(first, split - 1) : min(last, split + 1)]
            if len(nearby) == 1:
                return nearby[0]
            if nearby:  # the one before and the one after: the nearer, the earlier on a tie
                before, after = nearby
                if self._joined_between(offset, after.start):
                    return before  # "testified on Tuesday and will appear": the after verb opens its own clause
                return before if _distance(before, offset) <= _distance(after, offset) else after
        return None


    def _joined_between(self, lo: int, hi: int) -> bool:
        """Is there a coordinator ("y", "and") between offsets lo and hi?"""
        index = bisect.bisect_right(self.joins, lo)
        return index < len(self.joins) and self.joins[index] < hi


def _distance(verb: Verb, offset: int) -> int:
    return verb.start - offset if verb.start >= offset else max(0, offset - verb.end)


# A governing verb sits near its expression: looking further only costs time.
REACH = 400


def clause_bounds(text: str, offset: int, start: int, end: int, language: str) -> tuple[int, int]:
    """The clause of the sentence text[start:end] that contains `offset`: it ends at
    ; : , ( ) dashes and quotes, and before a clause-opening word (que, donde, y...).
    Clauses longer than REACH characters on either side are cut there."""
    start, end = max(start, offset - REACH), min(end, offset + REACH)
    return VerbIndex(text, start, end, language).clause(offset)


def governing_verb(text: str, offset: int, start: int, end: int, language: str) -> Verb | None:
    """The finite verb that an expression at `offset` most likely depends on: the
    nearest one in its clause, else the nearest one in the sentence text[start:end]
    (within REACH characters). For many expressions in one sentence, build a
    `VerbIndex` once instead."""
    start, end = max(start, offset - REACH), min(end, offset + REACH)
    return VerbIndex(text, start, end, language).governing(offset)


def passive_present(lemma: str, plural: bool, language: str = "es") -> str | None:
    """The present passive ("is elected"), for languages that write passives so;
    None where a title marks them otherwise (Spanish "se")."""
    return verbs_en.passive_present(lemma, plural) if language == "en" else None


@functools.cache
def _stressed_after_prefix(form: str, prefix: str) -> str:
    """A one-syllable present form after a prefix, stressed on its last syllable and so
    written with an accent ("ve" of "ver": "El Ayuntamiento prevé", "prevén")."""
    vowels = [i for i, c in enumerate(form) if c in "aeiou"]
    if not prefix or len(vowels) != 1 or not form.endswith(("a", "e", "i", "o", "u", "n", "s")):
        return form
    i = vowels[0]
    return form[:i] + "áéíóú"["aeiou".index(form[i])] + form[i + 1 :]


@functools.cache
def _stem_changes() -> dict[str, str | None]:
    """The Spanish infinitives with their stem change ("volver:ue"), read once (built per
    title, in `present_third`, it cost a tenth of an article's time)."""
    return {entry.partition(":")[0]: entry.partition(":")[2] or None for entry in lang.load("es")["verbs"]["infinitives"]}


def present_third(lemma: str, plural: bool, language: str = "es") -> str | None:
    """Third person present ("llega", "firman", "reúnen"), as headlines write events.
    None for a verb the lexicon does not know."""
    if language == "en":
        return verbs_en.present_third(lemma, plural)
    if language != "es":
        return None
    data = lang.load("es")["verbs"]
    person = 5 if plural else 2
    model, prefix = lemma, ""
    if lemma in data["derived"]:
        model = data["derived"][lemma]
        prefix = lemma[: len(lemma) - len(model)]
    table = data["irregular"].get(model, {})
    if "present" in table:
        return prefix + _stressed_after_prefix(table["present"][person], prefix)
    changes = _stem_changes()
    if model not in changes and model not in data["irregular"]:
        return None
    stem, kind = model[:-2], model[-2:].replace("í", "i")
    base = _stem_change(stem, changes.get(model))
    if kind == "ir" and stem.endswith("u") and not stem.endswith(("gu", "qu")):
        base += "y"
    ending = ("a", "an") if kind == "ar" else ("e", "en")
    return prefix + base + ending[1 if plural else 0]
