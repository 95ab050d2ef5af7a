"""English finite verbs and their tense, for `reading.verbs` (registered for "en").

The rule, as implemented here (data in `lang/en/verbs.toml`):
- Forms come from the lemmas listed as data: regular spelling (-s/-es/-ies,
  -ed/-d/-ied, -ing, doubled consonants where marked) and a table of irregular
  verbs, so "met", "held", "arrives", "signed" are found by lookup.
- Compounds are one verb: will/shall/'ll + verb -> future; would/could/should/
  might + verb -> conditional (a future seen from the past); have/has + participle
  -> perfect; had + participle -> pluperfect; will have + participle -> future
  perfect; would have + participle -> conditional perfect (past); did + verb ->
  past; was/were + -ing or + participle -> past; am/is/are + -ing or participle ->
  present; be + going/due/set/scheduled/expected... + to + verb, and plan/intend/
  hope... + to + verb -> a plan (future).
- A simple past (-ed, or an irregular past) is past; a base or -s form is
  present. Unknown words in -ed (five letters or more) are taken for pasts.
- A word is not a finite verb after a determiner or a preposition ("the planned
  visit", "for talks"), after "to" (an infinitive), right after another verb (an
  object: "held talks"), or when capitalised inside a sentence (a name). An -s form
  opening a sentence before a preposition is a plural noun ("Shares of Tesla"); a
  base form after "the + Name" is a noun ("The House vote followed").
- A past form after the first comma of a sentence with no verb yet, when a verb
  follows, is an aside's participle ("The vote, scheduled for last week, passed").
- Direction (as in Spanish): future, conditional, going-to -> forward; past,
  perfect, pluperfect -> back; present -> ambiguous (nearest).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline import lang
from timeline.reading.letters import LETTERS

_CONSONANTS = set("bcdfghjklmnpqrstvwxz")

# The shared tense names and verb record of `timeline.reading.verbs`, bound by the first
# `find_verbs` (that module imports this one): its parts read them per word, where an
# import in each would cost more than the part.
if TYPE_CHECKING:
    from timeline.reading.verbs import Tense, Verb
else:
    Tense = Verb = None


@dataclass(frozen=True)
class EnglishLexicon:
    forms: dict[str, tuple[str | None, Tense]]  # form -> (lemma, tense)
    lemmas: frozenset[str]
    bases: frozenset[str]  # base forms (infinitives)
    participles: dict[str, str]  # participle -> lemma
    gerunds: dict[str, str]
    aux: dict[str, str]  # auxiliary form -> role
    future_links: frozenset[str]
    future_verbs: frozenset[str]
    object_future_verbs: frozenset[str]  # verbs whose object is expected to do the act of "to" + verb after it
    bare_future_links: frozenset[str]  # links that make a schedule with no "is" before them (headlines)
    adverbs: frozenset[str]
    not_verbs: frozenset[str]
    capitalised_names: frozenset[str]
    auxiliary_only: frozenset[str]  # bare forms that are verbs only after an auxiliary ("could last")
    ordinal_adverbs: frozenset[str]
    ranking_modifiers: frozenset[str]
    participle_degrees: frozenset[str]
    date_openers: frozenset[str]  # words that open a date after a participle ("signed last month")
    determiners: frozenset[str]
    prepositions: frozenset[str]
    infinitive_marks: frozenset[str]
    gerund_openers: frozenset[str]  # prepositions a gerund clause may follow ("before moving")
    calendar_words: frozenset[str]  # month and weekday names: a date ahead in a gerund's clause
    pronouns: frozenset[str]
    clause_openers: frozenset[str]
    clause_verbs: frozenset[str]  # verbs whose object may be a clause without "that" ("said Russia attacks")
    noun_object_clause_verbs: frozenset[str]  # of those, the ones a compound noun may follow ("announced budget cuts")
    coordinators: frozenset[str]
    verb_prefixes: frozenset[str]
    intransitive: frozenset[str]
    agent_markers: frozenset[str]
    measured_adjectives: dict[str, frozenset[str]]  # "clear" -> nouns of a margin before it ("six points clear")
    noun_modifiers: dict[str, frozenset[str]]  # "appeals" -> nouns it names ("appeals court")
    prepositional_participles: dict[str, frozenset[str]]  # "compared" -> prepositions after it ("compared with")
    noun_pasts: frozenset[str]  # pasts that are also nouns ("a rate cut")
    nominal_gerunds: frozenset[str]  # -ing forms that open a sentence as a noun ("Fighting broke out")
    possessives: frozenset[str]  # determiners naming an owner ("its previous forecast")
    hyphened_nouns: frozenset[str]  # last words of hyphened nouns ("a 49-year-old")
    schedule_dates: frozenset[str]  # after a bare link, what a date is set for ("set for March")
    particles: frozenset[str]  # adverbs completing a verb ("drag on")
    agent_openers: frozenset[str]
    third: dict[str, str]
    perfect_adverbs: frozenset[str] = frozenset()  # adverbs only a perfect takes before its participle ("has since hired")
    participle_links: frozenset[str] = frozenset()  # verbs a participle completes ("got injured", "became known")
    absolute_openers: frozenset[str] = frozenset()  # words opening a subject + gerund after a comma (", with England hosting Serbia")
    ly_nouns: frozenset[str] = frozenset()  # nouns ending like an adverb ("The family gathered": no "the recently announced")


def third_person(lemma: str, table: dict[str, str] | None = None) -> str:
    if table and lemma in table:
        return table[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] in _CONSONANTS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str, double: bool) -> str:
    if double:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] in _CONSONANTS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _gerund(lemma: str, double: bool) -> str:
    if double:
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    return lemma + "ing"


@functools.cache
def lexicon() -> EnglishLexicon:
    from timeline.reading.verbs import Tense  # the shared tense names

    data = lang.load("en")["verbs"]
    third_table = dict(data.get("third", {}))
    forms: dict[str, tuple[str | None, Tense]] = {}
    participles: dict[str, str] = {}
    gerunds: dict[str, str] = {}
    bases: set[str] = set()

    def add(form: str, lemma: str, tense: Tense) -> None:
        forms.setdefault(form, (lemma, tense))

    entries: list[tuple[str, bool]] = []
    for entry in data["regular"]:
        lemma, _, mark = entry.partition(":")
        entries.append((lemma, mark == "double"))
    for lemma, double in entries:
        past = _past(lemma, double)
        add(past, lemma, Tense.PRETERITE)
        participles.setdefault(past, lemma)
        gerunds.setdefault(_gerund(lemma, double), lemma)
    for lemma, (past, participle) in data["irregular"].items():
        if lemma == "be":
            continue
        add(past, lemma, Tense.PRETERITE)
        participles.setdefault(participle, lemma)
        if participle != past:
            add(participle, lemma, Tense.PARTICIPLE)
        gerunds.setdefault(_gerund(lemma, False), lemma)
    for lemma, double in [*entries, *((l, False) for l in data["irregular"])]:
        if lemma == "be":
            continue
        bases.add(lemma)
        add(third_person(lemma, third_table), lemma, Tense.PRESENT)
        add(lemma, lemma, Tense.PRESENT)
    for form in data["extra"]["present"]:
        add(form, "be", Tense.PRESENT)
    for form in data["extra"]["past"]:
        add(form, "be", Tense.PRETERITE)
    participles.setdefault("been", "be")
    gerunds.setdefault("being", "be")
    for gerund, lemma in gerunds.items():
        add(gerund, lemma, Tense.GERUND)

    aux_data = data["auxiliaries"]
    aux: dict[str, str] = {}
    for role in ("future", "conditional", "modal_present", "perfect", "pluperfect", "do_present", "do_past", "be_present", "be_past"):
        for form in aux_data[role]:
            aux.setdefault(form, role)
    words = data["words"]
    return EnglishLexicon(
        forms=forms,
        lemmas=frozenset(bases | {"be"}),
        bases=frozenset(bases | {"be"}),
        participles=participles,
        gerunds=gerunds,
        aux=aux,
        future_links=frozenset(aux_data["future_links"]),
        future_verbs=frozenset(aux_data["future_verbs"]),
        object_future_verbs=frozenset(aux_data.get("object_future_verbs", ())),
        bare_future_links=frozenset(aux_data["bare_future_links"]),
        adverbs=frozenset(aux_data["adverbs"]),
        not_verbs=frozenset(words["not_verbs"]),
        capitalised_names=frozenset(words["capitalised_names"]),
        auxiliary_only=frozenset(words["auxiliary_only"]),
        ordinal_adverbs=frozenset(words["ordinal_adverbs"]),
        ranking_modifiers=frozenset(words["ranking_modifiers"]),
        participle_degrees=frozenset(words["participle_degrees"]),
        date_openers=frozenset(words.get("date_openers", ())),
        determiners=frozenset(words["determiners"]),
        prepositions=frozenset(words["prepositions"]),
        infinitive_marks=frozenset(words["infinitive_marks"]),
        gerund_openers=frozenset(words.get("gerund_openers", ())),
        calendar_words=frozenset(name for table in ("months", "weekdays") for names in lang.load("en")["calendar"][table].values() for name in names),
        pronouns=frozenset(words["pronouns"]),
        clause_openers=frozenset(words["clause_openers"]),
        clause_verbs=frozenset(words["clause_verbs"]),
        noun_object_clause_verbs=frozenset(words["noun_object_clause_verbs"]),
        coordinators=frozenset(words["coordinators"]),
        verb_prefixes=frozenset(words["verb_prefixes"]),
        intransitive=frozenset(words["intransitive"]),
        agent_markers=frozenset(words["agent_markers"]),
        measured_adjectives={word: frozenset(nouns) for word, nouns in words.get("measured_adjectives", {}).items()},
        noun_modifiers={word: frozenset(nouns) for word, nouns in words.get("noun_modifiers", {}).items()},
        prepositional_participles={word: frozenset(after) for word, after in words.get("prepositional_participles", {}).items()},
        noun_pasts=frozenset(words.get("noun_pasts", ())),
        nominal_gerunds=frozenset(words.get("nominal_gerunds", ())),
        possessives=frozenset(words.get("possessives", ())),
        hyphened_nouns=frozenset(words.get("hyphened_nouns", ())),
        schedule_dates=frozenset(aux_data.get("schedule_dates", ())),
        particles=frozenset(words.get("particles", ())),
        agent_openers=frozenset(words["agent_openers"]),
        third=third_table,
        perfect_adverbs=frozenset(aux_data.get("perfect_adverbs", ())),
        participle_links=frozenset(words.get("participle_links", ())),
        absolute_openers=frozenset(words.get("absolute_openers", ())),
        ly_nouns=frozenset(words.get("ly_nouns", ())),
    )


# Words with an apostrophe are one token ("won't", "he'll", "it's").
# a model's code is one word ("The A380 landed": no article "a" before the verb)
_WORD = re.compile(rf"{LETTERS}(?:\d[^\W_]*)?(?:['’]{LETTERS})?")
_SENTENCE_OPENING = re.compile(r"[\s\"'«“‘(\[—–-]*")
_PAST_SHAPE = re.compile(r"[^\W\d_]{3}(?:[^e]ed|ied|eed)$")
_FIGURE_AHEAD = re.compile(r"\s*[\d$€£]")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])(\d[\d,.]*)[ \u00a0]+$")  # a figure right before a word ("10,000 job")
_YEAR_FIGURE = re.compile(r"1\d{3}|20\d{2}")
_FIGURE_OR_BLANK = re.compile(r" (?:[\d][\d,.]* )?")
_POSSESSIVE = "<'s>"
_S_IS = frozenset(("it", "he", "she", "that", "there", "what", "who", "here", "where", "this", "let"))
_CLAUSE_MARKS = frozenset(",;:()—–")
_CLAUSE_MARK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
_AFTER_PRONOUN_DETERMINER = frozenset(("be_present", "be_past", "perfect", "pluperfect"))
_CONTRACTIONS = {"'ll": "'ll", "'d": "'d", "'s": "'s", "'re": "'re", "'ve": "'ve", "'m": "'m"}


def _split(surface: str) -> list[tuple[int, str]]:
    """A token as (offset, word) pieces: "he'll" -> [(0, "he"), (2, "'ll")]."""
    low = surface.lower().replace("’", "'")
    index = low.find("'")
    if index > 0:
        suffix = low[index:]
        if suffix == "'s" and low[:index] not in _S_IS:
            return [(0, low[:index]), (index, _POSSESSIVE)]  # "Monday's vote": a determiner
        if suffix in _CONTRACTIONS:
            return [(0, low[:index]), (index, suffix)]
        if suffix == "'t" and low.endswith("n't"):  # "didn't" -> did + n't; "won't", "can't" stay whole
            if low in ("won't", "can't", "shan't"):
                return [(0, low)]
            return [(0, low[: index - 1]), (index - 1, "n't")]
    return [(0, low)]


def _past_after_name_ending(tokens: list[tuple[int, int, str, bool]], i: int, lex) -> bool:
    """Whether the past form at token i, after a capitalised name's "'s", is that
    name's verb: "Moody's downgraded the bonds", "McDonald's said on Monday"
    (the "'s" is the name's own); "Russia's proposed deal" is a possessive."""
    from timeline.reading.verbs import Tense

    if i < 2 or not tokens[i - 2][3] or lex.forms.get(tokens[i][2], (None, None))[1] is not Tense.PRETERITE:
        return False
    following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    return following in lex.determiners or following in lex.prepositions or following in lex.pronouns or following in lex.clause_openers


class _VerbScan:
    """One sentence as `find_verbs` reads it: its words, the verbs read so far, and
    where the last verb ended (one per sentence, so no object per word)."""

    __slots__ = ("text", "start", "tokens", "n", "lex", "result", "asides", "breaks", "previous_verb_end")

    def __init__(self, text: str, start: int, end: int, lex: EnglishLexicon) -> None:
        self.text = text
        self.start = start
        self.tokens = _word_tokens(text, start, end)
        self.n = len(self.tokens)
        self.lex = lex
        self.result: list = []
        self.asides: list = []  # participles set off after the subject ("The vote, scheduled for ...,")
        # where clauses may open, for `_inside_object` (found once: long sentences stay linear)
        self.breaks = sorted([m.start() for m in _CLAUSE_MARK.finditer(text, start, end)] + [lo for lo, _hi, word, _capital in self.tokens if word in lex.clause_openers])
        self.previous_verb_end = -2  # token index of the last verb's last word


def _clause_mark_between(text: str, lo: int, hi: int) -> bool:
    """Whether a clause mark stands in text[lo:hi], not counting the comma inside a
    figure ("announced 10,000 job cuts")."""
    mark = _CLAUSE_MARK.search(text, lo, hi)
    while mark is not None and text[mark.start()] == "," and text[mark.start() - 1].isdigit() and text[mark.end() : mark.end() + 1].isdigit():
        mark = _CLAUSE_MARK.search(text, mark.end(), hi)
    return mark is not None


def _headline_infinitive(scan: _VerbScan, i: int) -> bool:
    """Whether "to" at token i tells a schedule, as a headline writes it with no "is":
    a short bare noun phrase before it, a bare verb after it, in a line that opens the
    text and ends with no stop ("Pilots to strike Thursday")."""
    text, tokens, lex = scan.text, scan.tokens, scan.lex
    if i > 5 or i + 1 >= scan.n or tokens[i + 1][2] not in lex.bases or tokens[i + 1][2] not in lex.forms or not _noun_before_link(text, tokens, i, lex):
        return False
    if any(tokens[k][2] in lex.determiners for k in range(i)):
        return False  # "The decision to strike Thursday": a noun's purpose, headlines drop the article
    end = tokens[-1][1]
    return not text[end : end + 1] in (".", "?", "!") and not text[: scan.start].strip()


def _word_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """The words of text[start:end] as (start, end, lower word, capitalised), a
    contraction split in two ("he'll" -> "he", "'ll")."""
    tokens: list[tuple[int, int, str, bool]] = []
    for m in _WORD.finditer(text, start, end):
        for offset, piece in _split(m.group()):
            lo = m.start() + offset
            tokens.append((lo, lo + len(piece), piece, m.group()[offset:offset + 1].isupper()))
    return tokens


def _skip_adverbs(scan: _VerbScan, k: int) -> int:
    """The first token from k on that is no adverb ("will soon be held")."""
    tokens, n, adverbs = scan.tokens, scan.n, scan.lex.adverbs
    while k < n and tokens[k][2] in adverbs and tokens[k][2] not in ("be", "been", "have", "being"):
        k += 1
    return k


def _emit(scan: _VerbScan, lo_index: int, hi_index: int, tense, lemma) -> None:
    """Read tokens lo_index to hi_index as one verb."""
    lo, hi = scan.tokens[lo_index][0], scan.tokens[hi_index][1]
    scan.result.append(Verb(lo, hi, scan.text[lo:hi], tense, lemma))
    scan.previous_verb_end = hi_index


def _bind_verb_types() -> None:
    global Tense, Verb
    from timeline.reading.verbs import Tense, Verb


@functools.cache
def _plan_words() -> frozenset[str]:
    """The words that may open a plan (`_planned_act`): most words need no check."""
    lex = lexicon()
    return lex.future_links | lex.bare_future_links | lex.future_verbs | lex.object_future_verbs


def find_verbs(text: str, start: int, end: int) -> list:
    """The verbs of text[start:end], each with its tense, in order. Each word is read
    in turn: a name or half of a compound is skipped, an auxiliary takes the verb
    after it (`_auxiliary_compound`), a plan takes its infinitive (`_planned_act`),
    a bare verb after "and" shares the last verb's tense (`_coordinated_bare_verb`);
    otherwise a word is no verb where its neighbours say so (`_not_finite_here`,
    `_noun_by_its_neighbours`), and a present or past form is read by its own checks
    (`_present_is_no_verb`, `_preterite_read`). Asides with no verb after them are
    the sentence's verb (`_asides_read`)."""
    if Verb is None:
        _bind_verb_types()
    lex = lexicon()
    plan_words = _plan_words()
    scan = _VerbScan(text, start, end, lex)
    tokens, n, result = scan.tokens, scan.n, scan.result
    i = 0
    while i < n:
        lo, hi, word, capital = tokens[i]
        previous = tokens[i - 1][2] if i else ""
        if scan.previous_verb_end == i - 1 and _clause_mark_between(text, tokens[i - 1][1], lo):
            scan.previous_verb_end = -2  # "but delayed, passed on Tuesday": a new clause's verb, no object of the last
        if capital and (word in lex.capitalised_names or i and not _SENTENCE_OPENING.fullmatch(text, start, lo) and word not in lex.aux and word != "i"):
            i += 1
            continue  # a capitalised word inside a sentence is a name
        if i and tokens[i - 1][1] == lo - 1 and text[lo - 1] == "-" and previous not in lex.verb_prefixes:
            i += 1
            continue  # "the now-cancelled deal", "state-owned": half of a compound adjective
        role = lex.aux.get(word)
        if role is not None and result and _participle_before_auxiliary(scan, i, previous, lo):
            first = result[0]  # "A lawsuit filed in June will go to trial": the subject's participle, then the verb
            result[0] = Verb(first.start, first.end, first.text, Tense.PARTICIPLE, first.lemma)
        # "the other was released", "many were killed": before be or have a determiner stands for its noun
        if role is not None and (previous not in lex.determiners or role in _AFTER_PRONOUN_DETERMINER):
            following = _auxiliary_compound(scan, i, role)
            if following is not None:
                i = following
                continue
        following = _planned_act(scan, i, word, previous) if word in plan_words else None
        if following is not None:
            i = following
            continue
        planned = _noun_passive_plan(scan, i) if word in lex.infinitive_marks else None
        if planned is not None:
            i = planned
            continue
        if word in lex.infinitive_marks and i and not result and _headline_infinitive(scan, i):
            _emit(scan, i, i + 1, Tense.GOING_TO, lex.forms[tokens[i + 1][2]][0])
            i += 2
            continue
        if previous in lex.coordinators and word in lex.bases and _coordinated_bare_verb(scan, i, word, lo):
            i += 1
            continue
        if _not_finite_here(scan, i, word, previous, lo):
            i += 1
            continue
        known = lex.forms.get(word)
        if known is None:
            if _PAST_SHAPE.search(word) and len(word) >= 5 and scan.previous_verb_end != i - 1:
                _emit(scan, i, i, Tense.PRETERITE, None)
            i += 1
            continue
        lemma, tense = known
        if _noun_by_its_neighbours(text, tokens, i, word, lemma, tense is Tense.GERUND, previous, lo, lex):
            i += 1
            continue
        if tense is Tense.PRESENT:
            if _present_is_no_verb(scan, i, word, lemma, previous, lo):
                i += 1
                continue
        elif tense is Tense.PRETERITE and _preterite_read(scan, i, word, lemma, previous, lo, hi):
            i += 1
            continue
        elif tense is Tense.PRETERITE and previous not in lex.coordinators and result and _participle_before_auxiliary(scan, i, previous, lo):
            first = result[0]  # "An outbreak linked to cucumbers sickened 40 people": the subject's participle, then the verb
            result[0] = Verb(first.start, first.end, first.text, Tense.PARTICIPLE, first.lemma)
        result.append(Verb(lo, hi, text[lo:hi], tense, lemma))
        scan.previous_verb_end = i
        i += 1
    return _absolute_gerunds_read(_asides_read(_opening_noun_read(result, scan), scan.asides), scan)


def _opening_noun_read(result: list, scan: _VerbScan) -> list:
    """"Travel over the Thanksgiving holiday hit a record": a bare form opening the
    sentence with an inflected verb after it in the same clause is that verb's subject,
    a noun, no imperative ("Vote on Friday, officials urged" keeps its comma's verb)."""
    if len(result) < 2 or not scan.tokens or result[0].start != scan.tokens[0][0]:
        return result
    first, second = result[0], result[1]
    if first.tense is not Tense.PRESENT or first.lemma is None or first.text.lower() != first.lemma or second.lemma is None:
        return result
    if second.tense is Tense.PRESENT and second.text.lower() == second.lemma or any(first.end <= mark < second.start for mark in scan.breaks):
        return result  # "Stop and think": a bare verb after it is one more imperative
    if any(scan.tokens[k][2] in scan.lex.coordinators for k in range(1, scan.n) if first.end <= scan.tokens[k][0] < second.start):
        return result
    return result[1:]


def _auxiliary_compound(scan: _VerbScan, i: int, role: str) -> int | None:
    """The verb an auxiliary at token i opens ("will be held", "has since hired",
    "did not sign", "is set to vote"), emitted; the token after it, or None when the
    auxiliary takes no verb here and the word is read on its own."""
    tokens, n = scan.tokens, scan.n
    k = _skip_adverbs(scan, i + 1)
    nxt = tokens[k][2] if k < n else ""
    if role in ("future", "conditional", "modal_present"):
        return _modal_compound(scan, i, role, k, nxt)
    if role in ("perfect", "pluperfect"):
        return _perfect_compound(scan, i, role, k, nxt)
    if role in ("do_present", "do_past"):
        lex = scan.lex
        if nxt in lex.bases or nxt and k < n and not tokens[k][3] and nxt not in lex.determiners:
            _emit(scan, i, k, Tense.PRETERITE if role == "do_past" else Tense.PRESENT, nxt if nxt in lex.bases else None)
            return k + 1
        return None
    if role in ("be_present", "be_past"):
        return _be_compound(scan, i, role, k, nxt)
    return None


def _modal_compound(scan: _VerbScan, i: int, role: str, k: int, nxt: str) -> int | None:
    """will/would/can + verb (k the token after the adverbs, nxt its word)."""
    tokens, n, lex = scan.tokens, scan.n, scan.lex
    tense = {"future": Tense.FUTURE, "conditional": Tense.CONDITIONAL, "modal_present": Tense.PRESENT}[role]
    if nxt == "have" and k + 1 < n and _skip_adverbs(scan, k + 1) < n and tokens[_skip_adverbs(scan, k + 1)][2] in lex.participles:
        j = _skip_adverbs(scan, k + 1)
        if tokens[j][2] == "been":  # "will have been held"
            j2 = _skip_adverbs(scan, j + 1)
            if j2 < n and tokens[j2][2] in lex.participles:
                j = j2
        perfect = {Tense.FUTURE: Tense.FUTURE_PERFECT, Tense.CONDITIONAL: Tense.CONDITIONAL_PERFECT}.get(tense, Tense.PERFECT)
        _emit(scan, i, j, perfect, lex.participles.get(tokens[j][2]))
        return j + 1
    if nxt == "be" and k + 1 < n:  # "will be held", "will be meeting"
        j = _skip_adverbs(scan, k + 1)
        if j + 2 < n and tokens[j][2] in lex.future_links and tokens[j][2] not in lex.participles and tokens[j + 1][2] in lex.infinitive_marks and tokens[j + 2][2] in lex.bases:
            # "would be ready to fly between Dec. 3 and Dec. 10": the act planned
            _emit(scan, i, j + 2, tense, tokens[j + 2][2])
            return j + 3
        if j < n and (tokens[j][2] in lex.participles or tokens[j][2] in lex.gerunds):
            lemma = lex.participles.get(tokens[j][2]) or lex.gerunds.get(tokens[j][2])
            _emit(scan, i, j, tense, lemma)
            return j + 1
        _emit(scan, i, k, tense, "be")
        return k + 1
    if nxt in lex.bases:
        _emit(scan, i, k, tense, nxt)
        return k + 1
    if k < n and not tokens[k][3] and nxt not in lex.determiners and nxt not in lex.prepositions and nxt and role != "modal_present" and len(nxt) > 2:
        _emit(scan, i, k, tense, None)  # "will resume": a verb the lexicon does not list
        return k + 1
    return None


def _perfect_compound(scan: _VerbScan, i: int, role: str, k: int, nxt: str) -> int:
    """have/had + participle; "have" alone otherwise (k the token after the adverbs)."""
    tokens, n, lex = scan.tokens, scan.n, scan.lex
    if nxt in lex.perfect_adverbs and k + 1 < n and tokens[k + 1][2] in lex.participles:
        k, nxt = k + 1, tokens[k + 1][2]  # "The county has since hired an outside firm"
    if nxt in lex.participles or (_PAST_SHAPE.search(nxt) and nxt not in lex.not_verbs):
        j = k
        if nxt == "been":  # "has been held", "had been meeting"
            j2 = _skip_adverbs(scan, k + 1)
            if j2 < n and (tokens[j2][2] in lex.participles or tokens[j2][2] in lex.gerunds):
                j = j2
        lemma = lex.participles.get(tokens[j][2]) or lex.gerunds.get(tokens[j][2])
        _emit(scan, i, j, Tense.PERFECT if role == "perfect" else Tense.PLUPERFECT, lemma)
        return j + 1
    if nxt in lex.infinitive_marks:  # "had to leave": an obligation in the past
        _emit(scan, i, i, Tense.PRETERITE if role == "pluperfect" else Tense.PRESENT, "have")
        return i + 1
    _emit(scan, i, i, Tense.PRETERITE if role == "pluperfect" else Tense.PRESENT, "have")
    return i + 1


def _be_compound(scan: _VerbScan, i: int, role: str, k: int, nxt: str) -> int:
    """be + going/set... to + verb, + -ing, + participle; "be" alone otherwise."""
    tokens, n, lex = scan.tokens, scan.n, scan.lex
    past = role == "be_past"
    if nxt in lex.future_links and k + 2 < n and tokens[k + 1][2] in lex.infinitive_marks:
        target = tokens[k + 2][2]
        passive = _passive_infinitive_end(tokens, k + 2, lex)
        if passive is not None:  # "is scheduled to be sentenced": the plan is the participle's
            _emit(scan, i, passive, Tense.GOING_TO, lex.participles[tokens[passive][2]])
            return passive + 1
        _emit(scan, i, k + 2, Tense.GOING_TO, target if target in lex.bases else None)
        return k + 3
    if nxt in lex.gerunds:
        _emit(scan, i, k, Tense.IMPERFECT if past else Tense.PRESENT, lex.gerunds[nxt])
        return k + 1
    if nxt in lex.participles or (_PAST_SHAPE.search(nxt) and nxt not in lex.not_verbs):
        _emit(scan, i, k, Tense.PRETERITE if past else Tense.PRESENT, lex.participles.get(nxt))
        return k + 1
    _emit(scan, i, i, Tense.PRETERITE if past else Tense.PRESENT, "be")
    return i + 1


def _planned_act(scan: _VerbScan, i: int, word: str, previous: str) -> int | None:
    """A plan at token i and the act it plans, emitted ("a review expected to be
    completed", "strike set to disrupt", "plans to visit", "expect the bank to cut",
    "agreed on Monday to buy"); the token after them, or None."""
    text, tokens, n, lex = scan.text, scan.tokens, scan.n, scan.lex
    # after a noun, a plan's participle with a passive infinitive: "a review expected
    # to be completed by the end of March" (a plan for the review, no act of expecting)
    if word in lex.future_links and word in lex.participles and i + 3 < n and tokens[i + 1][2] in lex.infinitive_marks and scan.previous_verb_end < i - 1 and _noun_before_link(text, tokens, i, lex):
        passive = _passive_infinitive_end(tokens, i + 2, lex)
        if passive is not None:
            _emit(scan, i, passive, Tense.GOING_TO, lex.participles[tokens[passive][2]])
            return passive + 1
    # a headline's schedule without "is": "Transit strike set to disrupt travel"
    if word in lex.bare_future_links and _bare_future_link(text, tokens, i, lex) and scan.previous_verb_end < i - 2:
        target = tokens[i + 2][2]
        _emit(scan, i, i + 2, Tense.GOING_TO, target)
        return i + 3
    # a plan: "plans to visit", "hopes to sign"
    if word in lex.future_verbs and i + 2 < n and tokens[i + 1][2] in lex.infinitive_marks and tokens[i + 2][2] in lex.bases:
        if previous not in lex.determiners and previous not in lex.prepositions and previous != _POSSESSIVE:  # "the administration's plan to cut": a noun
            _emit(scan, i, i + 2, Tense.GOING_TO, tokens[i + 2][2])
            return i + 3
    # "Analysts expect the central bank to cut rates": the act the object is expected to do
    expected_to = _object_infinitive(text, tokens, i, lex) if word in lex.object_future_verbs and previous not in lex.determiners and scan.previous_verb_end != i - 1 else None
    if expected_to is not None:
        _emit(scan, i, i, lex.forms[word][1], lex.forms[word][0])
        _emit(scan, expected_to - 1, expected_to, Tense.GOING_TO, tokens[expected_to][2])
        return expected_to + 1
    # "agreed on Monday to buy": words between the plan and "to" leave the plan
    # told in its own tense, and the infinitive after it names what is planned
    gap_to = _infinitive_after_gap(tokens, i, lex) if word in lex.future_verbs and word in lex.forms and previous not in lex.determiners and scan.previous_verb_end != i - 1 else None
    if gap_to is not None:
        _emit(scan, i, i, lex.forms[word][1], lex.forms[word][0])
        _emit(scan, gap_to, gap_to, Tense.INFINITIVE, tokens[gap_to][2])
        return gap_to + 1
    return None


def _coordinated_bare_verb(scan: _VerbScan, i: int, word: str, lo: int) -> bool:
    """Whether the bare verb at token i, after "and", shares the tense of the verb
    before it (emitted then)."""
    text, tokens, n, lex, result = scan.text, scan.tokens, scan.n, scan.lex, scan.result
    if result and result[-1].tense in _shared() and not any(c in text[result[-1].end : lo] for c in ".;:,"):
        # "will meet this afternoon and sign a declaration": the bare verb shares the future
        _emit(scan, i, i, result[-1].tense, word)
        return True
    if i + 1 < n and tokens[i + 1][3] and _shares_plural_present(text, tokens, i, result, lex):
        # "Arsenal play Bayern on Wednesday, Nov. 26, and face Brentford": a bare verb
        # before a name after a plural present is that present, past the commas of a date
        _emit(scan, i, i, Tense.PRESENT, word)
        return True
    return False


def _not_finite_here(scan: _VerbScan, i: int, word: str, previous: str, lo: int) -> bool:
    """Whether the word before token i leaves it no finite verb: a determiner, a
    preposition, "to", a possessive, a modifier; or the word is never one."""
    text, tokens, lex = scan.text, scan.tokens, scan.lex
    # "Pfizer first announced": an ordinal after no determiner is an adverb, the verb follows
    ordinal_adverb = previous in lex.ordinal_adverbs and i >= 2 and tokens[i - 2][2] not in lex.determiners and tokens[i - 2][2] not in lex.prepositions
    # "the recently announced iPhone", "the long awaited SDK": a participle between a determiner's adverb and its noun
    modified = i >= 2 and (previous.endswith("ly") and previous not in lex.ly_nouns or previous in lex.participle_degrees and word.endswith("ed")) and tokens[i - 2][2] in lex.determiners
    # "founded in 1990, signed": a figure and a comma after the preposition end its phrase
    after_preposition = previous in lex.prepositions and not (i and _CLAUSE_MARK.search(text, tokens[i - 1][1], lo))
    if after_preposition and previous in lex.gerund_openers and lex.forms.get(word, (None, None))[1] is Tense.GERUND and _dated_clause_after(text, tokens, i, lex):
        after_preposition = False  # "before moving to London in 1961": a clause of its own, with its own date
    # "The men, both arrested in March,": a quantifier after a comma floats off the subject
    floating = previous in lex.adverbs and word in lex.participles and i >= 2 and "," in text[tokens[i - 2][1] : tokens[i - 1][0]]
    # "full-year adjusted earnings": a participle between a hyphened modifier and its noun
    modified = modified or word in lex.participles and _after_hyphened_modifier(text, tokens, i, lex)
    # "the employers' request": after a plural's apostrophe, a noun
    # ("The 'nurses' voted": a quote closed, the verb stays)
    modified = modified or i > 0 and previous.endswith("s") and text[tokens[i - 1][1] : tokens[i][0]] in ("' ", "’ ") and text[tokens[i - 1][0] - 1 : tokens[i - 1][0]] not in ("'", "‘")
    if word in lex.not_verbs or word in lex.auxiliary_only or modified or previous in lex.determiners and not ordinal_adverb and not floating or after_preposition or previous in lex.infinitive_marks or previous == _POSSESSIVE and not _past_after_name_ending(tokens, i, lex):
        return True
    return False


def _dated_clause_after(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether a date follows token i within its clause, a few words on: a year, a month
    or a weekday, "last"/"next" ... ("moving to London in 1961", "closing its plant in
    Ohio in March"); an undated "after meeting Xi" stays as it was read."""
    for k in range(i + 1, min(i + 9, len(tokens) + 1)):
        gap = text[tokens[k - 1][1] : tokens[k][0] if k < len(tokens) else len(text)]  # (figures are no tokens here)
        mark = _CLAUSE_MARK.search(gap) or _FULL_STOP.search(gap)
        if _YEAR.search(gap, 0, mark.start() if mark else len(gap)):
            return True
        if mark or k == len(tokens):
            return False
        word = tokens[k][2]
        if word in lex.calendar_words and text[tokens[k][0]].isupper() or word in lex.date_openers:
            return True
    return False


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FULL_STOP = re.compile(r"\.\s")


def _noun_by_its_neighbours(text: str, tokens: list, i: int, word: str, lemma: str | None, gerund: bool, previous: str, lo: int, lex: EnglishLexicon) -> bool:
    """Whether a known verb form at token i is a noun or a modifier by the words
    around it (gerund: whether the form is an -ing form)."""
    n = len(tokens)
    if word == lemma and i >= 2 and tokens[i - 2][2] in lex.determiners and _PAST_SHAPE.search(previous) and not (i + 1 < n and tokens[i + 1][2] in lex.determiners):
        return True  # "an unsolicited bid", "a planned cut": a noun after its adjective
    if previous in lex.measured_adjectives.get(word, ()):
        return True  # "to move six points clear": a margin, no verb
    if i + 1 < n and tokens[i + 1][2] in lex.noun_modifiers.get(word, ()):
        return True  # "a federal appeals court": a noun's modifier
    if i and i + 1 < n and tokens[i + 1][2] in lex.prepositional_participles.get(word, ()) and "," in text[tokens[i - 1][1] : lo]:
        return True  # "rose 1.2%, compared with a drop": a phrase, no verb
    if gerund and i > 1 and tokens[i - 1][3] and tokens[i - 2][2] in lex.determiners:
        return True  # "the December meeting becomes a coin toss": a name after a determiner modifies the noun
    if gerund and i == 0 and word in lex.nominal_gerunds and not (n > 1 and tokens[1][2] in lex.determiners):
        return True  # "Fighting between the army and the RSF intensified": the noun ("Fighting the fire took hours" acts)
    if gerund and previous == "that" and i > 1 and tokens[i - 2][2] in lex.prepositions and "," not in text[tokens[i - 2][1] : lo]:
        return True  # "At that meeting, they agreed": after a preposition "that" is a determiner, then the noun
    return False


def _present_is_no_verb(scan: _VerbScan, i: int, word: str, lemma: str | None, previous: str, lo: int) -> bool:
    """Whether a present form at token i is no verb here: an object, a noun of a
    phrase, a plural noun before its verb (`_present_opens_noun`); a subject's
    participle read before it is marked so (`_present_after_participle`)."""
    text, start, tokens, lex, result = scan.text, scan.start, scan.tokens, scan.lex, scan.result
    previous_verb_end = scan.previous_verb_end
    # a bare present after another verb is its object ("held talks"); after a
    # noun it may be a compound noun: accept it after a subject-like word only
    # ("Voting ends Saturday": a gerund opening the sentence is the subject, its verb follows)
    gerund_subject = previous_verb_end == i - 1 and result[-1].tense is Tense.GERUND and i == 1 and _SENTENCE_OPENING.fullmatch(text, start, tokens[0][0])
    if previous_verb_end == i - 1 and not gerund_subject or word != lemma and _after_figure(text, start, lo):
        return True  # (or a plural after a figure: "251.4 points", "3 votes")
    if word != lemma and i >= 2 and previous in lex.bases and tokens[i - 2][2] in lex.infinitive_marks:
        return True  # "ordered both sides to file briefs": the infinitive's object
    if word != lemma and i >= 1 and _plural_after_counted_modifier(text, start, tokens, i, lex):
        return True  # "announced on Monday 10,000 job cuts": a counted compound noun
    if word != lemma and _infinitive_object_noun(tokens, i, lex):
        return True  # "to turn over her phone records": a noun of the infinitive's object
    if word != lemma and _infinitive_compound_object(text, tokens, i, lex):
        return True  # "agreed to pause output increases": a compound noun, the infinitive's object
    if word != lemma and previous_verb_end == i - 2 and _compound_object_after_finite(scan, i):
        return True  # "announced budget cuts on Monday": a compound noun, the verb's object
    if word == lemma and (_owned_after_adjective(text, tokens, i, lex) or _owned_in_phrase(text, tokens, i, lex)):
        return True  # "Its previous report, on Aug. 27, beat forecasts": an owned noun, no verb
    subject_like = not previous or previous in lex.pronouns or tokens[i - 1][3] or previous.endswith("s")
    if not subject_like and previous in lex.adverbs and i >= 2:
        before = tokens[i - 2][2]  # "Republicans currently hold": the adverb's subject before it
        subject_like = before in lex.pronouns or tokens[i - 2][3] or before.endswith("s") and before not in lex.determiners
    if not subject_like and i >= 3 and tokens[i - 2][2] in lex.prepositions and tokens[i - 3][2].endswith("s") and tokens[i - 3][2] not in lex.prepositions and not previous.endswith(("ed", "ing")):
        # "Tariffs on steel take effect": a plural subject past its one-word complement,
        # opening its phrase ("guilty of three counts of attempted murder" is none)
        subject_like = i == 3 or tokens[i - 4][2] in lex.determiners or tokens[i - 4][3] or tokens[i - 4][2] in lex.clause_openers or previous_verb_end == i - 4
    if not (subject_like or word != lemma):
        return True
    return _present_opens_noun(scan, i, word, lemma, previous, lo) or _present_after_participle(scan, i, word, lemma, previous, lo)


def _present_opens_noun(scan: _VerbScan, i: int, word: str, lemma: str | None, previous: str, lo: int) -> bool:
    """Whether a present form at token i is a noun by the word after it: a plural
    noun or a modifier before the phrase's verb ("Shares of Tesla fell", "talks
    will resume", "The House vote followed")."""
    text, tokens, n, lex = scan.text, scan.tokens, scan.n, scan.lex
    following = tokens[i + 1][2] if i + 1 < n else ""
    prefixed_opening = i == 1 and text[tokens[0][1] : lo] == "-"  # "Pre-orders of the iPhone began"
    if word != lemma and (not previous or prefixed_opening) and following in lex.prepositions:
        return True  # "Shares of Tesla fell", "Talks with Iran resumed": a sentence opens on a plural noun, not an -s verb
    if following in lex.bare_future_links and _bare_future_link(text, tokens, i + 1, lex):
        return True  # "Transit strike set to disrupt": the subject of a headline's schedule
    if word == lemma and tokens[i - 1][3] and i > 1 and tokens[i - 2][2] in lex.determiners and not previous.endswith("s"):
        return True  # "The House vote followed": a name after a determiner modifies the noun after it
    if word == lemma and tokens[i - 1][3] and i > 1 and tokens[i - 2][2] in lex.determiners and (following in lex.aux or lex.forms.get(following, (None, None))[1] is Tense.PRETERITE):
        return True  # "The Paris attack took place": a name in -s too, when a verb follows the noun
    if (word != lemma or not previous) and (following in lex.aux and not _month_before_day(text, tokens, i + 1)
                                            or lex.forms.get(following, (None, None))[1] is Tense.PRETERITE):
        return True  # "Russian forces attacked", "talks will resume", "Travel peaked": a noun, then its verb
    if word != lemma and previous in lex.coordinators and i >= 3 and tokens[i - 3][2] in lex.prepositions and not tokens[i - 2][3] and scan.previous_verb_end < i - 2:
        return True  # "for $34 billion in cash and shares": a plural noun joined to the preposition's noun
    if word == lemma and not previous and following.endswith("s") and following not in lex.forms and i + 2 < n and (
        tokens[i + 2][2] in lex.aux or lex.forms.get(tokens[i + 2][2], (None, None))[1] is Tense.PRETERITE
    ):
        return True  # "Rescue crews pulled 200 people": a noun's modifier opens the sentence, then the noun and its verb
    if word == lemma and following in lex.aux and _after_determiner_phrase(text, tokens, i, lex):
        return True  # "the September jobs report was published": the phrase's noun, then its verb
    if word == lemma and following in lex.participles and _after_determiner_phrase(text, tokens, i, lex) and _participle_before_phrase(tokens, i + 1, lex):
        return True  # "according to the jobs report published on Nov. 7": the phrase's noun, then its participle
    if word != lemma and previous not in lex.pronouns and following not in lex.forms and len(following) >= 5 and _PAST_SHAPE.search(following):
        return True  # "Strong winds hammered the coast": a plural noun, then a past the lexicon lacks
    if word != lemma and i >= 2 and tokens[i - 2][2] in lex.prepositions and following != lex.forms.get(following, (following, None))[0] and lex.forms.get(following, (None, None))[1] is Tense.PRESENT:
        return True  # "The deadline for reimbursement claims expires": a noun in the phrase, then the verb
    if word != lemma and following in lex.bases and _particle_ends_clause(text, tokens, i + 2, lex):
        return True  # "as engine tests drag on": a plural noun, then its verb and particle
    if word == lemma and tokens[i - 1][3] and following.endswith("s") and i + 2 < n and tokens[i + 2][2] in lex.aux:
        return True  # "London Underground train drivers will strike": a noun between a name and its head
    return False


_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")


def _month_before_day(text: str, tokens: list, k: int) -> bool:
    """Is the capitalised word at token k a month before its day ("The festival begins May
    31": no modal after a noun)?"""
    return tokens[k][3] and _DAY_AFTER.match(text, tokens[k][1]) is not None


def _present_after_participle(scan: _VerbScan, i: int, word: str, lemma: str | None, previous: str, lo: int) -> bool:
    """Whether a present form at token i is a noun of the last verb's object; when
    the verb read first was the subject's participle ("The treaty signed on Monday
    takes effect"), it is marked so and the present stays a verb."""
    text, tokens, n, lex, breaks, result = scan.text, scan.tokens, scan.n, scan.lex, scan.breaks, scan.result
    if (word != lemma and previous not in lex.pronouns and not _inside_object(breaks, result, lo, lex) and _no_break_since(breaks, result, lo) and _reduced_relative(tokens, result, lex)
            and (i + 1 == n or tokens[i + 1][2] in lex.prepositions or tokens[i + 1][2] in lex.date_openers)):
        # "The ceasefire agreed in Gaza last month expires on Friday": the subject's
        # participle, then the verb (a verb that may take a clause, so no object was read)
        first = result[0]
        result[0] = Verb(first.start, first.end, first.text, Tense.PARTICIPLE, first.lemma)
    elif previous not in lex.pronouns and (_inside_object(breaks, result, lo, lex) or word != lemma and i >= 2 and tokens[i - 2][2] in lex.prepositions and _inside_object(breaks, result, lo, lex, any_verb=True)):
        if not _reduced_relative(tokens, result, lex):
            return True  # "recalled the September 11th terrorist attacks", "will publish the jobs report": a noun of the last verb's object
        first = result[0]  # "The treaty signed on Monday takes effect": the subject's participle, then the verb
        result[0] = Verb(first.start, first.end, first.text, Tense.PARTICIPLE, first.lemma)
    if word != lemma and _dated_phrase_noun(text, tokens, i, lex):
        return True  # "following the September 11th terrorist attacks": a plural noun
    return False


def _preterite_read(scan: _VerbScan, i: int, word: str, lemma: str | None, previous: str, lo: int, hi: int) -> bool:
    """Whether a past form at token i is read here: skipped as a noun or as the
    participle of the verb before it, or appended as a participle (after a noun,
    scheduled, or an aside's); False when it is a plain past."""
    text, start, tokens, lex, breaks, result, asides = scan.text, scan.start, scan.tokens, scan.lex, scan.breaks, scan.result, scan.asides
    if word in lex.noun_pasts and word == lemma and (_noun_in_object(text, tokens, i, lex, breaks, result) or _owned_noun(text, tokens, i, lex) or _indefinite_modified_noun(text, tokens, i, lex)):
        return True  # "expect a rate cut in December", "cover the extra cost by", "its previous forecast of": a noun
    if word in lex.bare_future_links and scan.previous_verb_end != i - 1 and _set_for(text, tokens, i, lex) and (result or _after_comma(text, tokens, i, lex) is None):
        result.append(Verb(lo, hi, text[lo:hi], Tense.PARTICIPLE, lemma))  # "Sentencing set for March": scheduled, no act
        return True
    if scan.previous_verb_end == i - 1 and word in lex.participles and result[-1].tense is not Tense.GERUND and not _main_verb_after_relative(tokens, i, result, lex):
        return True  # "has said" is taken above; "got elected": the participle of the first verb ("the shooting met": a noun's verb)
    if word in lex.participles and lemma not in lex.intransitive and (_after_object_noun(text, tokens, i, lex, breaks, result) or result and _agent_after_noun(text, tokens, i, lex)):
        # "opened the bridge built in 2020": a participle set after the object's noun
        # (a verb with no object has none: "whose books sold millions, died on Monday")
        result.append(Verb(lo, hi, text[lo:hi], Tense.PARTICIPLE, lemma))
        return True
    if word in lex.participles and (
        not result and _after_comma(text, tokens, i, lex) is not None and text.count(",", start, lo) == 1 or asides and result[-1] is asides[-1] and previous in lex.coordinators
        or not result and i and previous not in lex.pronouns and _agent_follows(text, tokens, i, lex)
    ):
        # "The vote, scheduled for last week but delayed, passed": no verb yet and the
        # first comma after the subject, so an aside's participle (and the one joined
        # to it); "The index, the Dow Jones, plunged" is an apposition, then the verb;
        # "Documents obtained by the AP show": a participle with its agent, then the verb
        # the adverbs before it are the verb's, so the aside opens on it ("first published")
        opening = tokens[_after_comma(text, tokens, i, lex) or i][0]
        asides.append(Verb(opening, hi, text[opening:hi], Tense.PARTICIPLE, lemma))
        result.append(asides[-1])
        scan.previous_verb_end = i
        return True
    return False


def _main_verb_after_relative(tokens: list, i: int, result: list, lex: EnglishLexicon) -> bool:
    """Whether the past form at token i follows a one-word relative clause on the subject
    ("The player who scored signed a contract"): the sentence's verb, no participle of
    the relative's verb."""
    from timeline.reading.verbs import Tense

    if not result or result[-1].tense is not Tense.PRETERITE or result[-1].lemma in lex.participle_links or i < 3 or tokens[i - 1][0] != result[-1].start:
        return False
    relative, antecedent = tokens[i - 2][2], tokens[i - 3][2]
    return relative in lex.pronouns and relative in lex.clause_openers and antecedent not in lex.pronouns and antecedent not in lex.prepositions

def _absolute_gerunds_read(result: list, scan: _VerbScan) -> list:
    """The verbs found, a gerund with a subject of its own after ", with" given the tense
    of the finite verb before it: "will pause until Nov. 22, with England hosting Serbia
    at Wembley on Thursday" tells England will host Serbia (a clause of its own, no
    participle of the noun before it)."""
    from timeline.reading.verbs import Tense

    tokens, text, lex = scan.tokens, scan.text, scan.lex
    starts = {lo: k for k, (lo, _hi, _word, _capital) in enumerate(tokens)}
    read = list(result)
    for index, verb in enumerate(result):
        k = starts.get(verb.start)
        if verb.tense is not Tense.GERUND or k is None:
            continue
        main = next((v for v in reversed(result[:index]) if v.finite), None)  # (only for a gerund: a walk back)
        if main is None:
            continue
        opener = next((j for j in range(k - 2, max(-1, k - 6), -1) if tokens[j][2] in lex.absolute_openers), None)
        if opener is None or opener < 1 or not text[tokens[opener - 1][1] : tokens[opener][0]].rstrip().endswith(","):
            continue
        between = [tokens[j][2] for j in range(opener + 1, k)]
        if any(word in lex.prepositions or word in lex.pronouns and word not in lex.determiners for word in between) or main.end > tokens[opener][0]:
            continue
        read[index] = Verb(verb.start, verb.end, verb.text, main.tense, verb.lemma)
    return read


def _asides_read(result: list, asides: list) -> list:
    """The verbs found, an aside's participle made the sentence's past when no
    finite verb follows it ("The vote, scheduled for last week, passed" keeps it)."""
    if asides and not any(v.finite for v in result[result.index(asides[-1]) + 1 :]):
        # no finite verb after the aside: the participle was the sentence's verb after all
        result = [Verb(v.start, v.end, v.text, Tense.PRETERITE, v.lemma) if v in asides else v for v in result]
    return result


def _after_comma(text: str, tokens: list, i: int, lex: EnglishLexicon) -> int | None:
    """The token after the comma that token i follows past adverbs ("The bill, first
    published in September": "first"), or None."""
    while i and tokens[i - 1][2] in lex.adverbs:
        i -= 1
    return i if i and "," in text[tokens[i - 1][1] : tokens[i][0]] else None


def _object_infinitive(text: str, tokens: list, i: int, lex: EnglishLexicon) -> int | None:
    """The token of the bare verb in "<object> to <verb>" after the verb at i ("expect the
    central bank to cut"): a noun phrase of one to five words, no verb form or mark in it,
    and an act after "to" (no "be", "have"); or None."""
    if i + 1 >= len(tokens) or tokens[i + 1][2] not in lex.determiners and not tokens[i + 1][3]:
        return None
    for j in range(i + 2, min(i + 7, len(tokens) - 1)):
        if tokens[j][2] in lex.infinitive_marks:
            verb = tokens[j + 1][2]
            if verb not in lex.bases or verb in lex.aux or verb in ("be", "have") or _CLAUSE_MARK.search(text, tokens[i][1], tokens[j][0]):
                return None
            return j + 1
        if tokens[j][2] in lex.aux or tokens[j][2] in lex.prepositions and tokens[j][2] != "of":
            return None
    return None


def _infinitive_after_gap(tokens: list, i: int, lex: EnglishLexicon) -> int | None:
    """The token of the bare verb after "to" when one to three words (no verb, no
    determiner: a date, "in principle") stand between the verb at i and "to"; or None."""
    for j in range(i + 2, min(i + 5, len(tokens) - 1)):
        if tokens[j][2] in lex.infinitive_marks:
            between = tokens[i + 1 : j]
            if tokens[j + 1][2] in lex.bases and not any(w in lex.forms or w in lex.determiners or w in lex.infinitive_marks for _lo, _hi, w, _c in between):
                return j + 1
            return None
    return None


def _noun_passive_plan(scan: _VerbScan, i: int) -> int | None:
    """A passive infinitive after a noun, the plan for what the noun names ("Apple's next
    system, to be released in mid-2011", "a bridge to be completed in 2027"), emitted as
    going to; the token after it, or None. After a verb the infinitive is the verb's
    ("wants to be elected")."""
    tokens, lex = scan.tokens, scan.lex
    if i == 0 or i + 2 >= scan.n or scan.previous_verb_end >= i - 1:
        return None
    before = tokens[i - 1][2]
    if before in lex.forms or not _may_end_noun(before, lex):  # (a comma may stand between)
        return None
    if any(tokens[k][2] in lex.ranking_modifiers for k in range(max(0, i - 3), i - 1)):
        return None  # "the first woman to be elected president in 2020": a fact
    passive = _passive_infinitive_end(tokens, i + 1, lex)
    if passive is None:
        return None
    _emit(scan, i, passive, Tense.GOING_TO, lex.participles[tokens[passive][2]])
    return passive + 1


def _passive_infinitive_end(tokens: list, k: int, lex: EnglishLexicon) -> int | None:
    """The participle of "to be" + participle at token k ("is due to be sentenced"), or None."""
    if tokens[k][2] != "be" or k + 1 >= len(tokens):
        return None
    j = k + 1
    while j < len(tokens) - 1 and tokens[j][2] in lex.adverbs and tokens[j][2] not in ("be", "been", "have", "being"):
        j += 1
    return j if tokens[j][2] in lex.participles and not tokens[j][3] else None


def _infinitive_object_noun(tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i ends "<possessive> <noun>" right after "to" + a base form and at
    most one particle or preposition ("to turn over her phone records")."""
    if i < 4 or tokens[i - 2][2] not in lex.possessives:
        return False
    base = i - 3 if tokens[i - 3][2] in lex.bases else i - 4
    if base < 1 or tokens[base][2] not in lex.bases or base == i - 4 and not (tokens[i - 3][2] in lex.particles or tokens[i - 3][2] in lex.prepositions):
        return False
    return tokens[base - 1][2] in lex.infinitive_marks


def _infinitive_compound_object(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the -s form at token i ends "to" + a base form + one bare word, with no
    mark between them ("to pause output increases", "to cut production costs"); after a
    verb that takes a clause the -s form is that clause's verb ("to ensure inflation falls")."""
    if i < 3 or tokens[i - 3][2] not in lex.infinitive_marks or tokens[i - 2][2] not in lex.bases or tokens[i - 2][2] in lex.clause_verbs:
        return False
    noun = tokens[i - 1][2]
    if tokens[i - 1][3] or noun in lex.determiners or noun in lex.pronouns or noun in lex.prepositions or noun.endswith("s"):
        return False
    return text[tokens[i - 3][0] : tokens[i][0]].replace(" ", "").isalpha()


def _compound_object_after_finite(scan: _VerbScan, i: int) -> bool:
    """Whether the -s form at token i ends a verb that takes a clause or a noun + one bare
    word, with no mark between them and no object after them: a compound noun, the
    verb's object ("announced budget cuts on Monday"; any other verb's object is read
    so by `_inside_object`). After "said", or with an object, it is the told clause's
    verb ("said inflation falls", "announced inflation remains high")."""
    text, tokens, lex, result = scan.text, scan.tokens, scan.lex, scan.result
    if not result or not result[-1].finite or result[-1].lemma not in lex.noun_object_clause_verbs:
        return False
    noun = tokens[i - 1][2]
    if tokens[i - 1][3] or noun in lex.determiners or noun in lex.pronouns or noun in lex.prepositions or noun in lex.adverbs or noun.endswith("s"):
        return False
    # "announced 10,000 job cuts": a figure may count the compound
    if not (_FIGURE_OR_BLANK.fullmatch(text, tokens[i - 2][1], tokens[i - 1][0]) and text[tokens[i - 1][1] : tokens[i][0]] == " "):
        return False
    if i + 1 == scan.n:
        return True
    # ("announced job cuts that will take effect in January": a relative on the compound)
    relative = tokens[i + 1][2] in lex.pronouns and tokens[i + 1][2] in lex.clause_openers
    return tokens[i + 1][2] in lex.prepositions or relative or any(c in _CLAUSE_MARKS for c in text[tokens[i][1] : tokens[i + 1][0]])


def _bare_future_link(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i, a link such as "set", opens a schedule without "is": a noun
    before it, no mark between them, "to" and a bare verb after it."""
    if i < 1 or i + 2 >= len(tokens) or tokens[i + 1][2] not in lex.infinitive_marks or tokens[i + 2][2] not in lex.bases:
        return False
    return _noun_before_link(text, tokens, i, lex)


def _set_for(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i, a link such as "set", is a headline's participle without "is":
    a noun before it and "for" after it ("Sentencing set for March")."""
    if not (1 <= i and i + 1 < len(tokens) and tokens[i + 1][2] in lex.schedule_dates):
        return False
    j = i
    while j > 1 and tokens[j - 1][2] in lex.adverbs:
        j -= 1  # "launch slips again, now set for Dec. 4": an aside of the noun before
    return _noun_before_link(text, tokens, j, lex) or j < i and text[tokens[j - 1][1] : tokens[j][0]].strip() == ","


def _noun_before_link(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether a noun may stand right before token i, no mark between them."""
    return _may_end_noun(tokens[i - 1][2], lex) and not _CLAUSE_MARK.search(text, tokens[i - 1][1], tokens[i][0])


def _may_end_noun(word: str, lex: EnglishLexicon) -> bool:
    """Whether a word may end a noun phrase: no determiner, preposition, pronoun,
    auxiliary or adverb."""
    return not (word in lex.determiners or word in lex.prepositions or word in lex.pronouns or word in lex.aux or word in lex.adverbs)


def _after_determiner_phrase(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i ends a phrase a determiner opens two or three words before, with
    only words that are no verb forms between ("the September jobs report")."""
    for k in (i - 2, i - 3):
        if k >= 0 and tokens[k][2] in lex.determiners:
            return text[tokens[k][1] : tokens[i][0]].replace(" ", "").isalpha() and all(tokens[j][2] not in lex.forms for j in range(k + 1, i))
    return False


def _participle_before_phrase(tokens: list, k: int, lex: EnglishLexicon) -> bool:
    """Whether the past form at token k has no object: the clause ends after it, or a
    preposition or a date follows ("the jobs report published on Nov. 7")."""
    return k + 1 == len(tokens) or tokens[k + 1][2] in lex.prepositions or tokens[k + 1][2] in lex.date_openers


def _agent_follows(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether "by" and an agent follow token i ("obtained by the AP", "wounded by
    police"), not an amount ("increased by 5%", "plunged by more than 416 points")."""
    if i + 2 >= len(tokens) or tokens[i + 1][2] not in lex.agent_markers or text[tokens[i + 1][1] : tokens[i + 2][0]].strip():
        return False
    return tokens[i + 2][3] or tokens[i + 2][2] in lex.agent_openers


def _agent_after_noun(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the past form at token i follows a determiner's noun, with its agent
    after it: a participle ("to settle a lawsuit brought by a rival developer"; the
    caller asks only past a verb: "The police stopped by the house" is that verb)."""
    if i < 2 or tokens[i - 1][3] or text[tokens[i - 1][1] : tokens[i][0]].strip():
        return False
    # "according to documents posted Monday by the agency": a bare noun after a
    # preposition heads no clause either, and a day may stand before the agent
    bare_in_phrase = tokens[i - 2][2] in lex.prepositions or tokens[i - 2][2] in lex.infinitive_marks
    if tokens[i - 2][2] not in lex.determiners and not bare_in_phrase:
        return False
    previous = tokens[i - 1][2]
    if previous in lex.pronouns or previous in lex.adverbs:
        return False
    k = i
    if bare_in_phrase and k + 1 < len(tokens) and tokens[k + 1][2] == "on":
        k += 1
    if bare_in_phrase and k + 1 < len(tokens) and tokens[k + 1][3]:
        k += 1
    return _agent_follows(text, tokens, i, lex) or k > i and _agent_follows(text, tokens, k, lex)


def _inside_object(breaks: list[int], result: list, lo: int, lex: EnglishLexicon, any_verb: bool = False) -> bool:
    """Whether the word at offset lo sits in the object of the sentence's last finite
    verb: none of the clause `breaks` (marks and clause words, sorted offsets) since that
    verb, which takes no clause without "that" (`any_verb`: or does, for a word in a
    prepositional phrase: "ordered the release of emergency funds")."""
    if not result or not result[-1].finite or result[-1].lemma in lex.clause_verbs and not any_verb:
        return False
    k = bisect.bisect_left(breaks, result[-1].end)
    return k == len(breaks) or breaks[k] >= lo


def _dated_phrase_noun(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i ends a noun phrase opened by a preposition and a determiner with
    a date or figure inside it ("following the September 11th terrorist attacks", "of
    the 2001 attacks"): a plural noun, as such a phrase has no subject."""
    k = i - 1
    while k > 0 and i - k <= 5 and tokens[k][2] not in lex.determiners and tokens[k][2] not in lex.prepositions:
        k -= 1
    if k < 1 or tokens[k][2] not in lex.determiners or tokens[k - 1][2] not in lex.prepositions:
        return False
    return any(c.isdigit() for c in text[tokens[k][1] : tokens[i][0]])


def _after_object_noun(text: str, tokens: list, i: int, lex: EnglishLexicon, breaks: list[int], result: list) -> bool:
    """Whether the past form at token i follows a noun of the last verb's object, with a
    preposition or the clause's end after it: a participle ("opened the bridge built in
    2020", "arrested a man wanted for murder", "led the nominations, announced on
    Tuesday, with"); an object would make it a verb ("the man the police arrested took
    his car")."""
    # "completed a deal first announced in May 2023": one adverb between the noun and its participle
    noun = i - 2 if i >= 3 and tokens[i - 1][2] in lex.adverbs and (tokens[i - 1][2] in lex.ordinal_adverbs or tokens[i - 1][2].endswith("ly")) and tokens[i - 3][2] in lex.determiners else i - 1
    previous = tokens[noun][2]
    # "led the nominations, announced on Tuesday, with": set off by a comma, then a preposition
    aside = i + 1 < len(tokens) and tokens[i + 1][2] in lex.prepositions and text[tokens[noun][1] : tokens[i][0]].strip() == ","
    # ("a deal announced in May": a verb's bare form after a determiner is a noun)
    bare_noun = previous in lex.forms and noun >= 1 and tokens[noun - 1][2] in lex.determiners and lex.forms[previous][1] is not Tense.PARTICIPLE
    if not _inside_object(breaks, result, tokens[noun][0] if aside else tokens[i][0], lex) or previous in lex.pronouns or previous in lex.adverbs or previous in lex.forms and not (aside and tokens[noun][3]) and not bare_noun:
        return False
    if aside and _closes_relative_aside(text, tokens, i, result, lex):
        return False  # "Crestline Partners, which owns a stake, said on Tuesday": the main verb after the aside
    # a determiner in the object before the noun; a bare plural noun heads an object too
    # ("covers Trailmark models built between")
    if not (_determiner_since_verb(tokens, noun, result[-1].end, lex) or previous.endswith("s") and not tokens[noun][3]):
        return False
    return _clause_ends_after(text, tokens, i) or tokens[i + 1][2] in lex.prepositions or _to_a_phrase(tokens, i + 1, lex)


def _to_a_phrase(tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether "to" at token i leads to a name or a noun phrase, not an infinitive ("the
    jet built to AirTran Airways", "sold to the highest bidder")."""
    return i + 1 < len(tokens) and tokens[i][2] in lex.infinitive_marks and (tokens[i + 1][3] or tokens[i + 1][2] in lex.determiners)


def _closes_relative_aside(text: str, tokens: list, i: int, result: list, lex: EnglishLexicon) -> bool:
    """Whether the only verb before token i opens a relative clause set off by a comma
    after the subject (", which owns a stake,"), so the verb after the closing comma is
    the sentence's own."""
    if len(result) != 1:
        return False
    k = i - 1
    while k > 0 and tokens[k][0] > result[0].start:
        k -= 1
    return k > 0 and tokens[k][0] == result[0].start and tokens[k - 1][2] in lex.pronouns and tokens[k - 1][2] in lex.clause_openers and text[tokens[k - 2][1] : tokens[k - 1][0]].strip() == ","


def _determiner_since_verb(tokens: list, i: int, verb_end: int, lex: EnglishLexicon) -> bool:
    """Whether a determiner stands before token i and after the verb ending at
    `verb_end`: looked for back to the verb only (a scan of the whole sentence for every
    word would make run-on text quadratic)."""
    k = i - 1
    while k >= 0 and tokens[k][0] >= verb_end and tokens[k][2] not in lex.determiners:
        k -= 1
    return k >= 0 and tokens[k][0] >= verb_end


def _noun_in_object(text: str, tokens: list, i: int, lex: EnglishLexicon, breaks: list[int], result: list) -> bool:
    """Whether the past-or-bare form at token i ("cut", "cost") heads a noun of the last
    verb's object: a determiner before it since that verb and no object after it ("expect
    a rate cut in December"); an object or an amount makes it a clause's verb ("said the
    bank cut rates", "cut by 25 basis points")."""
    if not _inside_object(breaks, result, tokens[i][0], lex, any_verb=True) or not _determiner_since_verb(tokens, i, result[-1].end, lex):
        return False
    return _noun_phrase_ends(text, tokens, i, lex)


def _after_hyphened_modifier(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether token i stands between a hyphened modifier and a common noun: "full-year
    adjusted earnings", "third-quarter reported sales" (a hyphened noun before it is its
    subject: "a 49-year-old resigned", "the 23-year-old killed his mother")."""
    if i < 2 or i + 1 >= len(tokens) or text[tokens[i - 2][1] : tokens[i - 1][0]] != "-" or tokens[i - 1][2] in lex.hyphened_nouns:
        return False
    if text[tokens[i - 1][1] : tokens[i][0]].strip():
        return False  # "John McCain (R-AZ) entered them": the modifier's phrase has ended
    following = tokens[i + 1][2]
    return not tokens[i + 1][3] and following not in lex.determiners and following not in lex.prepositions and following not in lex.pronouns and following != _POSSESSIVE


def _owned_noun(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the past-or-bare form at token i ("forecast", "cut") heads a noun its
    owner names, one word at most between them: "its previous forecast of $6.60",
    "the Fed's forecast on Wednesday" ("Moody's cut its rating": an object, the verb)."""
    owner = any(k >= 0 and (tokens[k][2] in lex.possessives or tokens[k][2] == _POSSESSIVE) for k in (i - 1, i - 2))
    # "a December cut was not a foregone conclusion", "A rate cut is likely": a determiner,
    # a modifier, the noun (then its verb)
    def words_only(k: int) -> bool:  # only words between token k and token i
        return text[tokens[k][1] : tokens[i][0]].replace(" ", "").isalpha()

    modified = any(k >= 0 and tokens[k][2] in lex.determiners and words_only(k) and all(tokens[j][2] not in lex.forms for j in range(k + 1, i)) for k in (i - 2, i - 3))
    named = i >= 2 and tokens[i - 1][3] and tokens[i - 2][2] in ("a", "an") and words_only(i - 2)
    return (owner or named) and _noun_phrase_ends(text, tokens, i, lex) or modified and i + 1 < len(tokens) and tokens[i + 1][2] in lex.aux


def _owned_after_adjective(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the bare form at token i follows a possessive and one word that is no
    plural noun ("its previous report,", "their annual report in"; "its workers strike
    on Monday" has a plural subject, then the verb) where a noun phrase may end."""
    if i < 2 or tokens[i - 2][2] not in lex.possessives or tokens[i - 1][3]:
        return False
    between = tokens[i - 1][2]
    if between in lex.forms or between.endswith("s") and not between.endswith("ous"):
        return False  # "its workers strike", "its previous" ends as adjectives in -ous do
    return _noun_phrase_ends(text, tokens, i, lex)


def _owned_in_phrase(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the bare form at token i ends a phrase a preposition and a possessive open
    two to four words before, with words that are no verb forms between, where a noun
    phrase may end or a date follows: "said in its third-quarter earnings report last
    month" (such a phrase has no subject, so no verb)."""
    for k in (i - 2, i - 3, i - 4):
        if k >= 1 and tokens[k][2] in lex.possessives and tokens[k - 1][2] in lex.prepositions:
            between = text[tokens[k][1] : tokens[i][0]]
            if not between.replace(" ", "").replace("-", "").isalpha() or any(tokens[j][2] in lex.forms or tokens[j][3] for j in range(k + 1, i)):
                return False
            return _noun_phrase_ends(text, tokens, i, lex) or tokens[i + 1][2] in lex.date_openers
    return False


def _indefinite_modified_noun(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the past-or-bare form at token i follows "a"/"an" and one modifier that
    is no verb, where a noun phrase may end: "a further cut in December was far from
    a foregone conclusion" (a noun; "A judge cut the sentence" has a verb form between)."""
    if i < 2 or tokens[i - 2][2] not in ("a", "an") or tokens[i - 1][3] or tokens[i - 1][2] in lex.forms:
        return False
    return text[tokens[i - 2][1] : tokens[i][0]].replace(" ", "").isalpha() and _noun_phrase_ends(text, tokens, i, lex)


def _noun_phrase_ends(text: str, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether a noun phrase may end at token i: the clause ends or a preposition
    follows ("a rate cut in December"), not "by" before a figure ("cut by 25 points")."""
    if _clause_ends_after(text, tokens, i):
        return True
    following = tokens[i + 1][2]
    return following in lex.prepositions and not (following in lex.agent_markers and _FIGURE_AHEAD.match(text, tokens[i + 1][1]))


def _participle_before_auxiliary(scan: _VerbScan, i: int, previous: str, lo: int) -> bool:
    """Whether the sentence's only verb so far is a participle set after the subject and
    the auxiliary or past at token i opens the sentence's verb: "A lawsuit filed in June
    will go to trial in March", "A fire linked to a heater killed two" (only a complement between, no noun phrase of its own: "Officials
    said on Monday the vote will be held" is no participle; nor a verb of saying)."""
    tokens, lex, result = scan.tokens, scan.lex, scan.result
    if previous in lex.pronouns or not _no_break_since(scan.breaks, result, lo) or not _reduced_relative(tokens, result, lex) or result[0].lemma in lex.clause_verbs:
        return False
    k = bisect.bisect_left(tokens, result[0].end, key=lambda token: token[1])
    # (a determiner right after a preposition opens its object: "linked to a faulty heater killed")
    return all(tokens[j][2] not in lex.determiners and tokens[j][2] not in lex.pronouns or tokens[j - 1][2] in lex.prepositions or tokens[j - 1][2] in lex.infinitive_marks for j in range(k + 1, i))


def _reduced_relative(tokens: list, result: list, lex: EnglishLexicon) -> bool:
    """Whether the sentence's only verb so far is a participle set after the subject
    with no object ("The treaty signed on Monday takes effect"), so a present after it
    is the sentence's verb: a one-word past of a transitive verb, a noun before it and a
    preposition after it."""
    from timeline.reading.verbs import Tense

    if len(result) != 1 or result[0].tense is not Tense.PRETERITE or result[0].lemma in lex.intransitive:
        return False
    k = bisect.bisect_left(tokens, result[0].start, key=lambda token: token[0])
    if k < 1 or k + 1 >= len(tokens) or tokens[k][1] != result[0].end or tokens[k][2] not in lex.participles:
        return False
    after = tokens[k + 1][2]
    # ("An outbreak linked to cucumbers has sickened": "to" before no bare verb is a preposition)
    to_noun = after in lex.infinitive_marks and k + 2 < len(tokens) and tokens[k + 2][2] not in lex.bases
    return tokens[k - 1][2] not in lex.pronouns and tokens[k - 1][2] not in lex.determiners and (after in lex.prepositions or after in lex.date_openers or to_noun)


def _no_break_since(breaks: list[int], result: list, lo: int) -> bool:
    """Whether no clause break (a mark or a clause word) stands between the last verb and offset lo."""
    if not result:
        return False
    k = bisect.bisect_left(breaks, result[-1].end)
    return k == len(breaks) or breaks[k] >= lo


def _particle_ends_clause(text: str, tokens: list, k: int, lex: EnglishLexicon) -> bool:
    """Whether token k is a particle ("on", "off") that ends its clause: the text's end,
    or a mark after it."""
    if k >= len(tokens) or tokens[k][2] not in lex.particles:
        return False
    return _clause_ends_after(text, tokens, k) or "." in text[tokens[k][1] : tokens[k + 1][0]]


def _clause_ends_after(text: str, tokens: list, i: int) -> bool:
    """Whether the clause ends after token i: the text's end, or a mark before the next token."""
    return i + 1 == len(tokens) or bool(_CLAUSE_MARK.search(text, tokens[i][1], tokens[i + 1][0]))


def _plural_after_counted_modifier(text: str, start: int, tokens: list, i: int, lex: EnglishLexicon) -> bool:
    """Whether the plural at token i follows one lowercase modifier right after a figure
    that is no year ("10,000 job cuts", "3 budget cuts"; "in 2026 inflation rises" keeps
    its verb): a counted compound noun."""
    previous = tokens[i - 1]
    if previous[3] or previous[2] in lex.pronouns or previous[2] in lex.determiners or previous[2] in lex.prepositions or previous[2] in lex.adverbs or previous[2] in lex.coordinators:
        return False
    figure = _FIGURE_BEFORE.search(text[max(start, previous[0] - 24) : previous[0]])
    return figure is not None and not _YEAR_FIGURE.fullmatch(figure.group(1))


def _after_figure(text: str, start: int, lo: int) -> bool:
    """Whether a digit comes right before `lo`, past blanks (not past `start`)."""
    k = lo - 1
    while k >= start and text[k] in " \u00a0":
        k -= 1
    return k >= start and text[k].isdigit()


def _shares_plural_present(text: str, tokens: list, i: int, result: list, lex) -> bool:
    """Whether the last verb is a present in its bare form ("play") with no sentence
    mark but commas since, and the word at token i after the coordinator is in lower case
    ("and face Brentford"; "and March" is a month)."""
    from timeline.reading.verbs import Tense

    if not result or result[-1].tense is not Tense.PRESENT or result[-1].text.lower() != result[-1].lemma:
        return False
    return not tokens[i][3] and not any(c in text[result[-1].end : tokens[i][0]] for c in ";:\"“”")  # a "." inside the sentence ends an abbreviation ("Nov.")


def _shared():
    from timeline.reading.verbs import Tense

    return frozenset({Tense.FUTURE, Tense.CONDITIONAL, Tense.GOING_TO})


_BE = frozenset(("am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m", "isn't", "aren't", "wasn't", "weren't"))


def is_passive(text: str) -> bool:
    """"was signed", "will be held", "has been approved": be + a participle."""
    words = text.lower().replace("’", "'").split()
    if len(words) < 2 or words[-1].endswith("ing") or words[-1] in _BE:
        return False
    return any(w in _BE for w in words[:-1]) and words[-1] in lexicon().participles


def is_passive_participle(word: str) -> bool:
    """A participle that can be passive: "charged", not "resigned"."""
    lex = lexicon()
    lemma = lex.participles.get(word.lower())
    return lemma is not None and lemma not in lex.intransitive


def infinitive_after_mark(word: str) -> bool:
    """A base form after "to": "ordered both sides to file briefs"."""
    return word.lower() in lexicon().bases


def non_finite_head(word: str) -> bool:
    """A gerund opens the clause after "after"/"before" ("after launching the phone")."""
    return word.endswith("ing") and len(word) > 4


@functools.cache
def _participle_of() -> dict[str, str]:
    table: dict[str, str] = {}
    for participle, lemma in lexicon().participles.items():
        table.setdefault(lemma, participle)
    return table


def passive_present(lemma: str, plural: bool) -> str | None:
    """"is elected", "are arrested": the present passive, as headlines write it."""
    participle = _participle_of().get(lemma)
    if participle is None or lemma not in lexicon().bases:
        return None
    return ("are " if plural else "is ") + participle


def present_third(lemma: str, plural: bool) -> str | None:
    lex = lexicon()
    if lemma not in lex.bases:
        return None
    if plural:
        return "are" if lemma == "be" else lemma
    return third_person(lemma, lex.third)
