"""One sentence, read once for the events stage: tokens, verbs, name chunks and
clause segments. Everything later works on token indices into this view.

Clause segments: a sentence is cut at , ; : ( ) quotes and dashes, before a
clause-opening word (que, quien, donde, cuando, si, ...), and before y/e/o when
both sides hold a finite verb ("se reunirán esta tarde y el miércoles celebrarán").
A segment without a finite verb belongs to a neighbour ("Con respecto a la visita,"
to the clause after it; ", portavoz presidencial," to the clause before it).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from timeline.events.lexicon import Entity, Lexicon, fold
from timeline.reading.letters import LETTERS
from timeline.reading.verbs import Tense, Verb, share_tokens, verbs as find_verbs

_TOKEN = re.compile(
    r"[A-ZÁÉÍÓÚÑ]{1,3}\.(?:\s?[A-ZÁÉÍÓÚÑ]{1,3}\.)+"  # EE.UU., EE. UU.
    rf"|{LETTERS}(?:-{LETTERS}|['’](?![sS]\b){LETTERS})*"  # "O'Brien", but "Tokayev" + "'s"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\w\s]"
)
# split() keeps the tokens and the gaps between; every token opens with neither a blank
# nor "_", so a lookahead turns a gap character away in one test, not by failing the
# four alternatives (the same split)
_TOKEN_SPLIT = re.compile(f"(?=[^\\s_])({_TOKEN.pattern})")
_BOUNDARY_MARKS = frozenset(',;:()[]"«»“”—–')


@dataclass(slots=True)
class Chunk:
    """A run of capitalised words: a name ("Donald Trump", "EE.UU.-Asia Central")."""

    t0: int
    t1: int  # token indices, end exclusive
    start: int
    end: int
    text: str
    parts: list[tuple[int, int, Entity | None, str]]  # (t0, t1, entity, text) pieces


@dataclass(slots=True)
class Segment:
    t0: int
    t1: int
    opener: str | None
    verbs: list[Verb]
    host: int = -1  # index of the segment whose clause this one belongs to


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str  # the whole document text (offsets are absolute)
    starts: list[int]
    ends: list[int]
    words: list[str]  # surface forms
    low: list[str]  # folded forms
    verbs: list[Verb]
    verb_at: dict[int, Verb]  # token index of a verb's first token -> verb
    verb_token: dict[int, int]  # token index covered by a verb -> index of its first token
    chunks: list[Chunk]
    chunk_at: dict[int, int]  # token index -> chunk index
    segments: list[Segment]
    segment_of: list[int]  # token index -> segment index
    timex_tokens: set[int] = field(default_factory=set)
    duration_tokens: set[int] = field(default_factory=set)  # the timex tokens of durations ("20 años")
    in_quote: list[bool] = field(default_factory=list)
    common: CommonWords | frozenset[str] = frozenset()  # words the document writes in lower case
    # computed on demand, once per sentence (segments do not change after analyse)
    clause_ranges: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)  # host -> token range
    host_places: dict[int, list] = field(default_factory=dict, repr=False, compare=False)  # host -> places named in its clause

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def host_at(self, offset: int) -> int:
        """The clause (host segment) that holds character `offset`."""
        return self.segments[self.segment_of[min(self.token_at(offset), len(self.segment_of) - 1)]].host

    def clause_verbs(self, offset: int) -> list[Verb]:
        """The verbs of the clause that holds character `offset` (its host segment's)."""
        host = self.host_at(offset)
        return [verb for verb in self.verbs if self.host_at(verb.start) == host]

    def verb_of(self, t: int) -> Verb | None:
        """The verb token t is part of, if any."""
        return self.verb_at.get(self.verb_token[t]) if t in self.verb_token else None

    def participle_at(self, t: int) -> bool:
        """Is token t a participle ("detenido en marzo")?"""
        verb = self.verb_of(t)
        return verb is not None and verb.tense is Tense.PARTICIPLE

    def span_text(self, t0: int, t1: int) -> str:
        if t0 >= t1:
            return ""
        return self.text[self.starts[t0] : self.ends[t1 - 1]]

    def clause_segments(self, segment: int) -> list[int]:
        host = self.segments[segment].host
        return [i for i, s in enumerate(self.segments) if s.host == host]

    def clause_range(self, segment: int) -> tuple[int, int]:
        """Token range of the clause (host segment plus its attached segments), which
        may be discontinuous; the range covers the first to the last."""
        ranges = self.clause_ranges
        if not ranges:  # every clause's, in one pass: from its first segment to its last
            for seg in self.segments:
                first = ranges.get(seg.host)
                ranges[seg.host] = (seg.t0 if first is None else first[0], seg.t1)
        return ranges[self.segments[segment].host]


def _covering(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the disjoint stretches that `spans` cover, in order."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


_LOWER_WORD = re.compile(r"\b[a-zß-ÿ]+\b")
# a capitalised word after a lowercase letter or a comma and a blank: inside a sentence
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ,] ([A-ZÀ-Þ][a-zß-ÿ]*)")


class CommonWords:
    """Words the text writes in lower case and never capitalised inside a sentence:
    written capitalised at the start of one ("Inflation rose", "Markets rallied"),
    such a word is the common word, not a name ("Guerra" stays a name where the text
    also writes "el ministro Guerra"). The first few words asked are looked up one
    by one; past them the whole text is read once, so time stays linear."""

    _LOOKUPS = 16

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked: dict[str, bool] = {}
        self.words: frozenset[str] | None = None
        self.inner: frozenset[str] | None = None  # words written capitalised inside a sentence, read once when asked

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        known = self.asked.get(word)
        if known is None:
            if len(self.asked) >= self._LOOKUPS:
                lower = set(_LOWER_WORD.findall(self.text))
                self.words = frozenset(lower.difference(w.lower() for w in _INNER_CAPITAL.findall(self.text)))
                return word in self.words
            inner = any(i > 1 and self.text[i - 1] == " " and (self.text[i - 2] == "," or self.text[i - 2].islower()) for i in _whole_word_at(self.text, word[:1].upper() + word[1:]))
            known = self.asked[word] = not inner and next(_whole_word_at(self.text, word), None) is not None
        return known

    def capitalised_inside(self, word: str) -> bool:
        """Whether the text writes `word` capitalised inside a sentence ("Bernie Sanders")."""
        if self.inner is None:
            self.inner = frozenset(w.lower() for w in _INNER_CAPITAL.findall(self.text))
        return word in self.inner


def capitalised_inside(common: CommonWords | frozenset[str], word: str) -> bool:
    """Whether the document writes `word` capitalised inside a sentence (no text, no)."""
    return isinstance(common, CommonWords) and common.capitalised_inside(word)


def _whole_word_at(text: str, word: str):
    """Offsets where `word` is written as a whole word (str.find: no pattern to compile)."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield i
        i = text.find(word, end)


def analyse(text: str, index: int, paragraph: int, start: int, end: int, lexicon: Lexicon, language: str, timex_spans: Sequence[tuple[int, int]] = (), duration_spans: Sequence[tuple[int, int]] = (), common: CommonWords | frozenset[str] = frozenset()) -> Sentence:
    # [gap, token, gap, token, ..., gap] (gaps are blanks and "_"): offsets are the
    # running sums of the lengths
    view = text[start:end]
    parts = _TOKEN_SPLIT.split(view)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=start))
    starts, ends = bounds[1:-1:2], bounds[2::2]
    low = list(map(str.lower, words))
    share_tokens(text, start, end, language, words, starts, ends, low)  # the verb reader need not split the words again
    found = find_verbs(text, start, end, language)
    if timex_spans:
        # by bisection: a run-on sentence may hold thousands of verbs and dates
        covered_starts, covered_ends = _covering(timex_spans)
        found = [v for v in found if (i := bisect.bisect_right(covered_starts, v.start) - 1) < 0 or v.start >= covered_ends[i]]
    verb_at: dict[int, Verb] = {}
    verb_token: dict[int, int] = {}
    sentence = Sentence(index, paragraph, start, end, text, starts, ends, words, low, found, verb_at, verb_token, [], {}, [], [])
    n = len(starts)
    for verb in found:
        first = bisect.bisect_right(ends, verb.start)  # sentence.token_at, inlined
        verb_at[first] = verb
        i = first
        verb_end = verb.end
        while i < n and starts[i] < verb_end:
            verb_token[i] = first
            i += 1
    if timex_spans:
        durations = set(duration_spans)
        timex_tokens, duration_tokens = sentence.timex_tokens, sentence.duration_tokens
        for a, b in timex_spans:
            t = bisect.bisect_right(ends, a)
            covered = range(t, bisect.bisect_left(starts, b, t))  # the tokens starting before b
            timex_tokens.update(covered)
            if (a, b) in durations:
                duration_tokens.update(covered)
    sentence.in_quote = _quotes(words) if any(q in view for q in '"«“') else [False] * len(words)
    sentence.common = common
    sentence.chunks, sentence.chunk_at = _chunks(sentence, lexicon)
    # "Lula da Silva": "da" is part of a name, not a verb; "el acusado": a role noun
    inside = [t for t in verb_at if t in sentence.chunk_at or _role_after_article(sentence, t, lexicon)]
    if inside:
        for t in inside:
            verb = verb_at.pop(t)
            found.remove(verb)
            for k in [k for k, first in verb_token.items() if first == t]:
                del verb_token[k]
    sentence.segments, sentence.segment_of = _segments(sentence, lexicon)
    return sentence


def _role_after_article(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Is the participle at token t a role noun after an article ("el acusado")?"""
    return t > 0 and s.low[t] in lexicon.roles and s.low[t - 1] in lexicon.fw.article and s.verb_at[t].tense is Tense.PARTICIPLE


def _quotes(words: list[str]) -> list[bool]:
    """Whether each word is inside a quotation (its marks included): the words
    between two marks are filled a run at a time."""
    result = [False] * len(words)
    inside = False
    at = 0  # the first word after the last mark
    for k in [k for k, word in enumerate(words) if word in _QUOTE_MARKS]:
        if inside:
            result[at:k] = [True] * (k - at)
        word = words[k]
        if word in ("«", "“"):
            inside = True
            result[k] = True
        elif word in ("»", "”"):
            result[k] = inside
            inside = False
        else:  # '"' opens or closes
            inside = not inside
            result[k] = inside
        at = k + 1
    if inside:
        result[at:] = [True] * (len(words) - at)
    return result


_QUOTE_MARKS = frozenset('«“»”"')


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 1 and word[0].isdigit() and word[-1].isupper())


def _chunks(s: Sentence, lexicon: Lexicon) -> tuple[list[Chunk], dict[int, int]]:
    chunks: list[Chunk] = []
    chunk_at: dict[int, int] = {}
    words, low, starts, ends, verb_token = s.words, s.low, s.starts, s.ends, s.verb_token
    n = len(words)
    position = 0
    connectors, particles = lexicon.fw.name_connectors, lexicon.fw.name_particle
    connector_first = _connector_first(connectors)
    entity_starts = lexicon.entity_starts
    # the words a name may hold: capitalised, or after an elided article ("l'Horta");
    # a name starts at one of them: visit only those (inline: this runs for every word)
    name_words = [i for i, word in enumerate(words) if word[0].isupper() and word[0].isalpha() or ("'" in word or "’" in word) and word[1:2] in ("'", "’") and word[2:3].isupper()]
    in_name = set(name_words)
    for i in name_words:
        if i < position:
            continue
        if low[i] in lexicon.honorifics and i + 2 < n and words[i + 1] == "." and _capitalised(words[i + 2]):
            continue  # "met Dr. Jones": the title is no name, the name starts after its dot
        longest = entity_starts.get(fold(words[i]), 0)
        length = _entity_length(s, i, lexicon, longest) if longest else 0
        if not length and i in s.timex_tokens:
            continue  # "Monday", "September": a date is no name
        if i and starts[i] == ends[i - 1] and words[i - 1][-1].isdigit():
            continue  # "el 777-200LR": the letters glued to a number end a model's code
        if not length and not _name_start(s, i, lexicon):
            continue
        j = i + max(1, length)
        while j < n:
            word = words[j]
            if low[j] in lexicon.honorifics and j + 1 < n and words[j + 1] == ".":
                break  # "Republican Lt. Gov. Winsome Earle-Sears": the title's dot ends the name before it
            if j in in_name and j not in verb_token:
                j += 1
                continue
            # hyphen glued to both sides: "EE.UU.-Asia Central"
            if word in ("-", "–") and j + 1 < n and starts[j] == ends[j - 1] and starts[j + 1] == ends[j] and _capitalised(words[j + 1]):
                j += 2
                continue
            if low[j] in lexicon.fw.and_ and j > i:
                spelled = _spelled_name_end(s, i, j, lexicon)
                if spelled is not None:
                    j = spelled  # "Organización de Consumidores y Usuarios (OCU)": one name
                    break
                if _paired_field(s, i, j, lexicon):
                    j += 2  # "la Federación de Municipios y Provincias de la Comunitat Valenciana"
                    continue
                body = _body_of_two_fields(s, i, j, lexicon)
                if body is not None:
                    j = body  # "the Securities and Exchange Commission": one name
                    break
            linked = False
            if low[j] in connector_first:
                for connector in connectors:
                    k = j + len(connector)
                    if tuple(low[j:k]) == connector and k < n and _capitalised(words[k]) and words[k][0].isalpha() and (connector[0] in particles or _joins(s, i, j, k, lexicon)):
                        j = k + 1
                        linked = True
                        break
            if not linked:
                break
        if length and j - i - length >= 2 and _role_of_before(s, i, lexicon) and fold(s.span_text(i, j)) not in lexicon.entities:
            j = i + length  # "el juez del Tribunal Supremo Ángel Hurtado": the body, then the person
        elif not length and j - i >= 3:
            j = _person_after_body(s, i, j, lexicon) or j  # "la ministra de Sanidad Mónica García"
        if j < n and words[j] == "." and len(words[j - 1]) == 1 and j - 1 > i and starts[j] == ends[j - 1]:
            j += 1  # "Karim B.": an initial keeps its dot
        elif j + 1 < n and words[j] == "." and j - 1 > i and starts[j] == ends[j - 1] and low[j - 1] in lexicon.company_endings:
            j += 1  # "Northrop Grumman Corp. and EADS": a company's suffix keeps its dot (a sentence's own full stop is none)
        if lexicon.names_before_nouns:  # "Kazakh President Kassym-Jomart Tokayev": the name is the end
            while i < j - 1:
                # "Secretary of State Marco Rubio": a role of several words, whole
                size = _role_length(low, i, j - 1, lexicon)
                country = _entity_length(s, i, lexicon)
                if country > 1 and (low[i] in lexicon.roles or low[i] in lexicon.title_role_words):
                    break  # "General Motors": a known name that opens with a role word
                if size > 1:
                    i += size
                elif country and i + country < j - 1 and _role_length(low, i + country, j - 1, lexicon):
                    i += country  # "U.S. Secretary of State ...": the country, then the role
                elif low[i] in lexicon.title_role_words or low[i] in lexicon.demonyms and low[i + 1] not in lexicon.institution_words:
                    i += 1
                else:
                    break
        chunk = Chunk(i, j, starts[i], ends[j - 1], s.text[starts[i] : ends[j - 1]], _parts(s, i, j, lexicon))
        number = len(chunks)
        for t in range(i, j):
            chunk_at[t] = number
        chunks.append(chunk)
        position = j
    return chunks, chunk_at


def _spelled_name_end(s: Sentence, i: int, j: int, lexicon: Lexicon) -> int | None:
    """The end of a name from i that goes on past the "y" at j when the acronym in
    brackets after it spells the initials of its capitalised words ("Organización de
    Consumidores y Usuarios (OCU)", "Comisión Nacional de los Mercados y la Competencia
    (CNMC)"); None otherwise ("el Ministerio de Sanidad y Cataluña acordaron")."""
    words, low, n = s.words, s.low, len(s.words)
    connectors = lexicon.fw.name_connectors
    k = j + 1
    if k < n and low[k] in lexicon.fw.definite:
        k += 1  # "y la Competencia"
    if k >= n or not _capitalised(words[k]) or not words[k][0].isalpha():
        return None
    end = k
    while end < n:
        if _capitalised(words[end]) and words[end][0].isalpha():
            end += 1
            continue
        connector = next((c for c in connectors if tuple(low[end : end + len(c)]) == c), None)
        if connector and end + len(connector) < n and _capitalised(words[end + len(connector)]):
            end += len(connector)
            continue
        break
    if end + 2 >= n or words[end] != "(" or words[end + 2] != ")" or not words[end + 1].isupper():
        return None
    initials = "".join(w[0] for w in words[i:end] if _capitalised(w) and w[0].isalpha())
    return end if initials.upper() == words[end + 1] else None


def _body_of_two_fields(s: Sentence, i: int, j: int, lexicon: Lexicon) -> int | None:
    """The end of a body's name from i that goes on past the "and" at j, where the
    body's noun ends the name ("the Securities and Exchange Commission", "the Food and
    Drug Administration"): the name follows the definite article, no known name stands
    before the "and", and capitalised words after it end on a body's noun. None
    otherwise ("the United States and European Commission", "Procter and Gamble")."""
    words, low, n = s.words, s.low, len(s.words)
    if not lexicon.names_before_nouns or not i or low[i - 1] not in lexicon.fw.definite:
        return None
    if any(fold(words[t]) in lexicon.entity_starts for t in range(i, j)):
        return None
    end = j + 1
    while end < n and end not in s.verb_token and end not in s.timex_tokens and _capitalised(words[end]) and words[end][0].isalpha():
        end += 1
    return end if end > j + 1 and low[end - 1] in lexicon.institution_nouns else None


def _paired_field(s: Sentence, i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether the "y" at j joins a second field to a body's name from i, with no
    acronym after it: "la Organización de Consumidores y Usuarios denunció", "la
    Asociación Valenciana de Consumidores y Usuarios". The name opens with a body's
    word, one capitalised word stands between its connector and the "y", and the word
    after it is no known name ("el Ministerio de Sanidad y Cataluña acordaron": two)."""
    words, low = s.words, s.low
    k = j + 1
    if low[i] not in lexicon.paired_field_heads or k >= len(words) or not _capitalised(words[k]) or not words[k][0].isalpha():
        return False
    if words[k].isupper() or k in s.timex_tokens or k in s.verb_token or fold(words[k]) in lexicon.entity_starts or fold(words[k]) in lexicon.person_gender.given_names:
        return False
    field = j - 1
    if field <= i or not _capitalised(words[field]):
        return False
    return any(field - len(c) > i and tuple(low[field - len(c) : field]) == c and all(_capitalised(w) for w in words[i + 1 : field - len(c)]) for c in lexicon.fw.name_connectors)


def _role_length(low: list[str], k: int, end: int, lexicon: Lexicon) -> int:
    """Words of the longest whole role at k before end ("secretary of state": 3), or 0:
    "Crown" alone is no role ("Manchester Crown Court" is a court)."""
    return next((m for m in range(min(lexicon.role_max_words, end - k), 0, -1) if " ".join(low[k : k + m]) in lexicon.roles), 0)


def _role_of_before(s: Sentence, i: int, lexicon: Lexicon) -> bool:
    """Whether the name at i complements a role: "el juez del ...", "la presidenta de la ..."."""
    k = _of_before_name(s, i, lexicon)
    return k is not None and any(w in lexicon.roles for w in s.low[max(0, k - 2) : k])


def _of_before_name(s: Sentence, i: int, lexicon: Lexicon) -> int | None:
    """The "de" right before the name at i, past its articles ("la ministra de Sanidad",
    "el director del Hospital"), with a word before it; else None."""
    k = i - 1
    while k >= 0 and s.low[k] in lexicon.fw.np_articles:
        k -= 1
    return k if k >= 1 and s.low[k] in lexicon.fw.of_any else None


def _person_after_body(s: Sentence, i: int, j: int, lexicon: Lexicon) -> int | None:
    """Where a person's name starts inside the capitalised run i..j that completes a
    role ("la ministra de Sanidad Mónica García"): at a given name of the role's gender
    with a surname after it, the body before it not a place ("el director del Hospital
    Gregorio Marañón" names a hospital). None when there is no such split."""
    k = _of_before_name(s, i, lexicon)
    if k is None or s.low[i] in lexicon.place_nouns:
        return None
    genders = lexicon.person_gender
    role = next((genders.titles[w] for w in s.low[max(0, k - 2) : k] if w in lexicon.roles and w in genders.titles), None)
    if role is None:
        return None
    return next((t for t in range(i + 1, j - 1) if genders.given_names.get(fold(s.words[t])) == role), None)


def _joins(s: Sentence, i: int, j: int, k: int, lexicon: Lexicon) -> bool:
    """Whether "X de Y" is one name ("Casa Blanca", "Ministerio de Defensa", "Rostov del
    Don") rather than two ("Kazajistán de Tokáyev" is rare; "presidente de Francia" is
    not capitalised). Join when the whole is known, or the part before is not a
    known name on its own (a body: "Banco de España")."""
    left = fold(s.span_text(i, j))
    end = k + 1
    while end < len(s.words) and _capitalised(s.words[end]) and s.words[end][0].isalpha():
        end += 1
    whole = fold(s.span_text(i, end))
    if whole in lexicon.entities:
        return True
    return left not in lexicon.entities and left not in lexicon.leaders


def _entity_length(s: Sentence, i: int, lexicon: Lexicon, longest: int | None = None) -> int:
    """Tokens of the longest gazetteer name starting at i ("Estados Unidos": 2), or 0.
    `longest`: the most words of a name starting with word i, when the caller has it."""
    if longest is None:
        longest = lexicon.entity_starts.get(fold(s.words[i]), 0)
    if not longest:
        return 0
    text, begin, ends = s.text, s.starts[i], s.ends
    entities, leaders = lexicon.entities, lexicon.leaders
    for size in range(min(longest + 2, len(s.words) - i), 0, -1):
        key = fold(text[begin : ends[i + size - 1]])  # s.span_text(i, i + size), inlined
        if key in entities or key in leaders:
            return size
    return 0


def _name_start(s: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A capitalised word that is not the start of a known name starts a name unless
    it is a capitalised common word at the start of a sentence, a quote or a clause
    (the caller tries `_entity_length` first): one the lexicon knows, or one the
    text writes in lower case elsewhere (`CommonWords`)."""
    if i in s.verb_token:
        return False
    word = s.low[i]
    key = fold(s.words[i])
    first = i == 0 or s.words[i - 1] in _BOUNDARY_MARKS or s.words[i - 1] in ("¿", "¡", "'", ".") or _opens_after_dateline(s, i)
    if not first:
        return True
    if key in lexicon.entities or key in lexicon.leaders:
        return True
    if i + 2 < len(s.words) and s.low[i + 1] in lexicon.prepositions and s.words[i + 1][:1].isupper() and s.words[i + 2][:1].isupper() and s.words[i + 2].isalpha():
        return True  # "Doctors Without Borders", "Médicos Sin Fronteras": a preposition in capitals goes on with a name
    if word in lexicon.stopwords or word in lexicon.prepositions or word in lexicon.determiners or lexicon.fw.adverb(word) or word in lexicon.fw.skip_adverb:
        return False
    if word in lexicon.nouns or word in lexicon.roles or word in lexicon.clause_openers or word in lexicon.also:
        return False
    if word in lexicon.collective or word in lexicon.nameless:  # "Fuentes del Ejecutivo", "Markets rallied"
        return False
    if lexicon.plural_agent_endings and word.endswith(lexicon.plural_agent_endings) and word not in lexicon.demonyms and not (i + 1 < len(s.words) and s.words[i + 1][:1].isupper()) and not capitalised_inside(s.common, word):
        return False  # "Technicians will replace the valve": people of a trade, no name ("Bernie Sanders ... Sanders said" stays one)
    if _modifies_common_noun(s, i, word) or word in lexicon.other_event_words and i + 1 < len(s.words) and s.words[i + 1].islower():
        return False  # "Flight attendants will strike" where the text writes "flights"; "Previous talks broke down"
    if i + 2 < len(s.words) and s.low[i + 1] in lexicon.nouns and s.words[i + 1].islower() and i + 1 not in s.verb_token and s.low[i + 2] not in lexicon.fw.to:
        return False  # "Peace talks collapsed": what the talks are about, no one in them ("Smith talks to reporters" speaks)
    if word in s.common:  # "Inflation rose" where the text also writes "inflation" ...
        # ... but a capitalised word after it makes a name: "East Japan Railway" beside "east of"
        return i + 1 < len(s.words) and s.words[i + 1][:1].isupper() and s.words[i + 1].isalpha()
    return True


def _opens_after_dateline(s: Sentence, i: int) -> bool:
    """Whether token i opens the text after a dateline that ends on a hyphen
    ("WASHINGTON (Reuters) - Stocks fell"): capitalised words, figures and marks before
    it, as at the start of a sentence."""
    if not 2 <= i <= 12 or s.words[i - 1] != "-":
        return False
    return all(not w[:1].isalpha() or w[:1].isupper() for w in s.words[: i - 1])


def _modifies_common_noun(s: Sentence, i: int, word: str) -> bool:
    """Whether the capitalised word opening a sentence at token i is a noun the text
    writes in the plural in lower case, never capitalised inside a sentence, before a
    lower-case word that is no verb: "Flight attendants" beside "900 flights"."""
    if i + 1 >= len(s.words) or not s.words[i + 1].isalpha() or not s.words[i + 1].islower() or i + 1 in s.verb_token:
        return False
    return word + "s" in s.common and not capitalised_inside(s.common, word)


def _parts(s: Sentence, i: int, j: int, lexicon: Lexicon) -> list[tuple[int, int, Entity | None, str]]:
    """Split a chunk at hyphens ("EE.UU.-Asia Central") into names, each a known
    entity or an unknown name. A run is one name: "Real Madrid" is a club, not
    Madrid; "Donald Trump" is the leader Trump."""
    text = s.words[i]
    if j - i == 1 and text not in ("-", "–"):  # most names are one word
        key = fold(text)
        return [(i, j, lexicon.entities.get(key) or lexicon.leaders.get(key), text)]
    runs: list[tuple[int, int]] = []
    start = i
    for t in range(i, j):
        if s.words[t] in ("-", "–"):
            if start < t:
                runs.append((start, t))
            start = t + 1
    if start < j:
        runs.append((start, j))
    parts: list[tuple[int, int, Entity | None, str]] = []
    for a, b in runs:
        text = s.span_text(a, b)
        key = fold(text)
        entity = lexicon.entities.get(key) or lexicon.leaders.get(key)
        if entity is None:
            # a first name or title before a known leader: "Vladímir Putin"
            for k in range(a + 1, b):
                leader = lexicon.leaders.get(fold(s.span_text(k, b)))
                if leader is not None:
                    entity = leader
                    break
        parts.append((a, b, entity, text))
    return parts


def _dedupe(cuts: list[tuple[int, str | None]]) -> list[tuple[int, str | None]]:
    """One cut per token, keeping the opener word when a mark and a word cut together."""
    best: dict[int, str | None] = {}
    for t, opener in cuts:
        if best.get(t) is None:
            best[t] = opener
    return sorted(best.items())


@functools.lru_cache(maxsize=8)
@functools.lru_cache(maxsize=8)
def _cutting_words(openers: frozenset[str], purpose: frozenset[str]) -> frozenset[str]:
    """Words and marks that may cut a sentence into segments (a language's: built once,
    not for every sentence)."""
    return _BOUNDARY_MARKS | openers | purpose


@functools.lru_cache(maxsize=8)
def _connector_first(connectors: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(c[0] for c in connectors)


def _close_relatives(cut_at: dict[int, str | None], finite: list[int], s: Sentence, lexicon: Lexicon) -> None:
    """"Los terroristas que mataron a 20 personas el lunes fueron detenidos": a
    relative clause holds one finite verb; a second one, with no word to join
    them, is its main clause going on (the arrest is not Monday's)."""
    fw = lexicon.fw
    bounds = sorted(cut_at)
    for k, t0 in enumerate(bounds):
        if cut_at[t0] not in fw.relative or t0 > 0 and s.low[t0 - 1] in lexicon.time_antecedents:
            continue  # "la última vez que se celebraron elecciones fue en 1993": read as one (see events)
        t1 = bounds[k + 1] if k + 1 < len(bounds) else len(s.low)
        inside = finite[bisect.bisect_left(finite, t0) : bisect.bisect_left(finite, t1)]
        if len(inside) < 2 or s.low[inside[1]] in fw.to:
            continue  # ("they expected the deal to close": what the object is to do, in the clause)
        start = inside[1]
        while start - 1 > inside[0] and (s.low[start - 1] in fw.clitic or s.low[start - 1] in lexicon.negation):
            start -= 1  # "... el lunes no se han presentado": the clitics and "no" go with their verb
        cut_at.setdefault(start, None)


def _cut_reported_clauses(s: Sentence, finite: list[int], cut_at: dict[int, str | None], lexicon: Lexicon) -> None:
    """"said on Monday they would meet": a subject pronoun right after a reporting
    verb (past its dates and adverbs) and before a finite verb opens the reported
    clause, as "that" would."""
    fw = lexicon.fw
    for t in finite:
        lemma = s.verb_at[t].lemma
        if lemma not in lexicon.reporting:
            continue
        k = s.token_at(s.verb_at[t].end)
        while k < len(s.low) and (k in s.timex_tokens or fw.adverb(s.low[k]) or s.low[k] in fw.in_ and k + 1 in s.timex_tokens):
            k += 1
        if lemma in lexicon.listener_reporting:
            k = _reported_after_listener(s, k, lexicon)
        if k + 1 < len(s.low) and s.low[k] in fw.subject_pronoun and k + 1 in s.verb_at and s.verb_at[k + 1].finite and k not in cut_at:
            cut_at[k] = lexicon.implicit_complementiser
        elif k + 1 < len(s.low) and lemma in lexicon.listener_reporting and s.low[k] in fw.definite and k not in cut_at and k != s.token_at(s.verb_at[t].end):
            cut_at[k] = lexicon.implicit_complementiser
        elif k not in cut_at and _possessive_subject(s, k, lexicon):
            cut_at[k] = lexicon.implicit_complementiser  # "said on Tuesday its members had voted"
        elif k not in cut_at and k - 1 in s.timex_tokens and _definite_subject_after_date(s, k, lexicon):
            cut_at[k] = lexicon.implicit_complementiser  # "said Tuesday the company would close"
        elif k not in cut_at and lemma not in lexicon.listener_reporting and _name_subject(s, k):
            cut_at[k] = lexicon.implicit_complementiser  # "said Harlow had turned down an agreement"


def _name_subject(s: Sentence, k: int) -> bool:
    """Whether a name opens at token k right before a finite verb ("said Harlow had
    turned down"): the subject of what was said, as after "that"."""
    chunk = s.chunks[s.chunk_at[k]] if k in s.chunk_at else None
    if chunk is None or chunk.t0 != k:
        return False
    verb = s.verb_at.get(chunk.t1)
    return verb is not None and verb.finite


def _possessive_subject(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether a possessive at token k opens a short subject right before a finite verb
    ("said on Tuesday its members had voted": what was said, as after "that")."""
    if k >= len(s.low) or s.low[k] not in lexicon.fw.possessive:
        return False
    for j in range(k + 1, min(k + 4, len(s.low))):
        if j in s.verb_at:
            return s.verb_at[j].finite and j > k + 1
        if not s.words[j].isalpha():
            return False
    return False


def _definite_subject_after_date(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether a phrase opened by a definite article at token k, right after the date of a
    reporting verb, is the subject of a finite verb a few words on, with no mark between:
    "Smith said Tuesday the company would close" (the closing is said, not Tuesday's)."""
    if k >= len(s.low) or s.low[k] not in lexicon.fw.definite:
        return False
    for j in range(k + 1, min(len(s.low), k + 6)):
        if not s.words[j][:1].isalnum() or j in s.timex_tokens:
            return False
        verb = s.verb_at.get(j)
        if verb is not None:
            return verb.finite and j > k + 1
    return False


def _reported_after_listener(s: Sentence, k: int, lexicon: Lexicon) -> int:
    """The token opening the clause told after the one it is told to, at k ("told
    lawmakers the bill would go": "the"); k itself when no clause follows so."""
    fw = lexicon.fw
    j = k
    while j < min(len(s.low), k + 4) and j not in s.verb_at and s.words[j][:1].isalnum() and not (j > k and (s.low[j] in fw.definite or s.low[j] in fw.subject_pronoun)):
        j += 1  # the listener: "lawmakers", "the committee", "them"
    if j == k or j >= len(s.low):
        return k
    if s.low[j] in fw.subject_pronoun:
        return j  # "told them he would"
    if s.low[j] not in fw.definite:
        return k
    for v in range(j + 1, min(len(s.low), j + 5)):
        if v in s.verb_at:
            return j if s.verb_at[v].finite else k  # "told lawmakers the bill would go"
        if not s.words[v][:1].isalnum():
            break
    return k


def implied_complementiser(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether the segment's opener is the "that" a reported clause left out ("told
    lawmakers the bill would go"): a clause said, never a relative of the noun before."""
    return seg.opener is not None and seg.opener == lexicon.implicit_complementiser and s.low[seg.t0] != seg.opener


def _pair_after_between(low: list[str], verb: int, t: int, between: frozenset[str]) -> bool:
    """Whether the coordinator at t joins the pair a "between" just before opens
    ("services between Tokyo and Aomori were suspended"): two names, not two clauses."""
    return any(low[k] in between for k in range(max(verb + 1, t - 6), t))


def _join_noun_purposes(cut_at: dict[int, str | None], finite: list[int], purpose: frozenset[str], phrase_openers: frozenset[str] = frozenset()) -> None:
    """Drop a purpose cut that follows an opening phrase without a finite verb when a
    finite verb comes after it before the next cut: "El plazo para presentar alegaciones
    termina el 15": the purpose hangs off the noun; the verb is the sentence's. So after
    a relative that opens its own phrase ("cuyo plazo para resolver ... terminó ayer")."""
    bounds = sorted(cut_at)
    lo = bounds[0] if bounds else 0  # the last cut kept before t
    for k in range(1, len(bounds)):
        t = bounds[k]
        if cut_at[t] not in purpose:
            lo = t
            continue
        hi = bounds[k + 1] if k + 1 < len(bounds) else None
        before = bisect.bisect_left(finite, lo) < len(finite) and finite[bisect.bisect_left(finite, lo)] < t
        after = bisect.bisect_left(finite, t)
        if (lo == 0 or cut_at[lo] in phrase_openers) and not before and after < len(finite) and (hi is None or finite[after] < hi):
            del cut_at[t]
        else:
            lo = t


def _obligation_link(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the "que" at t joins a verb of obligation to its infinitive ("tiene que
    aprobar"), which opens no clause."""
    before = s.verb_at.get(t - 1) if t > 0 else None
    after = s.verb_at.get(t + 1)
    return before is not None and before.lemma in lexicon.obligation_by_que and after is not None and after.tense is Tense.INFINITIVE


def _cut_participle_pairs(s: Sentence, candidates: list[int], cut_at: dict[int, str | None], lexicon: Lexicon) -> None:
    """Two participle asides after a noun joined by "y"/"and" are two ("La pintora, nacida
    hacia 1535 y fallecida en Palermo en 1625, ..."): each keeps its own date and place
    (a pair opening the sentence is left as one aside)."""
    bounds = sorted(cut_at)
    for t in candidates:
        if s.low[t] not in lexicon.fw.coordinator or t in cut_at or not s.participle_at(t + 1):
            continue
        lo = bounds[bisect.bisect_right(bounds, t) - 1]
        first = lo + (lo > 0 and s.words[lo] in _BOUNDARY_MARKS)
        if lo > 0 and s.participle_at(first) and not any(k in s.verb_token and not s.participle_at(k) for k in range(first, t)):
            cut_at[t] = s.low[t]


def _dated(s: Sentence, seg: Segment) -> bool:
    return any(t in s.timex_tokens for t in range(seg.t0, seg.t1))


def _segments(s: Sentence, lexicon: Lexicon) -> tuple[list[Segment], list[int]]:
    words, low, verb_at, verb_token = s.words, s.low, s.verb_at, s.verb_token
    n = len(words)
    openers = lexicon.clause_openers
    fw = lexicon.fw
    purpose, not_openers, coordinators, relative = fw.purpose, fw.not_opener, fw.coordinator, fw.relative
    cutting = _cutting_words(openers, purpose)
    candidates = [t for t, w in enumerate(low) if w in cutting]
    # one cut per token, keeping the opener word when a mark and a word cut together
    cut_at: dict[int, str | None] = {0: None}
    for t in candidates:
        word = words[t]
        if word in _BOUNDARY_MARKS:
            # the mark closes the segment before it; an opening mark opens the next
            position = t if word in "([«“" else t + 1
            if position not in cut_at:
                cut_at[position] = None
            continue
        w = low[t]
        if w in openers and w not in not_openers and t not in verb_token:
            if t > 0 and w in fw.complementiser and low[t - 1] in fw.not_before_complementiser:
                continue
            if _obligation_link(s, t, lexicon):
                continue  # "que tiene que aprobar el decreto el martes": one verb, no clause opened
            if w in fw.until and t + 1 in s.timex_tokens:
                continue  # "postponed until Dec. 4, the judge said": a preposition before a date
        elif not (w in purpose and t + 1 < n and t + 1 in verb_at and verb_at[t + 1].tense is Tense.INFINITIVE):
            continue
        if cut_at.get(t) is None:
            cut_at[t] = w
    finite = sorted(t for t, v in verb_at.items() if v.finite)
    if lexicon.implicit_complementiser:
        _cut_reported_clauses(s, finite, cut_at, lexicon)
    # y/e/o: a boundary only between two clauses with finite verbs
    if len(finite) > 1:
        bounds = sorted(cut_at)
        bounds.append(n)
        extra = []
        for t in candidates:
            if low[t] in coordinators and t not in verb_token:
                k = bisect.bisect_right(bounds, t)
                lo, hi = bounds[k - 1], bounds[k] if k < len(bounds) else n
                if lo == t and words[t - 1] == ")":
                    # "abrieron a las 7.00 (12.00 GMT) y cerrarán": the clause before the brackets
                    opening = next((j for j in range(t - 2, -1, -1) if words[j] == "("), 0)
                    lo = bounds[max(bisect.bisect_right(bounds, opening) - 2, 0)]
                f = bisect.bisect_left(finite, lo)
                g = bisect.bisect_right(finite, t)
                # (after a time preposition with no verb of its own, the clause before it
                # goes on: "will testify before the committee next Monday and will meet")
                told = f < len(finite) and finite[f] < t or f > 0 and low[lo] in fw.time_preposition
                if told and g < len(finite) and finite[g] < hi and not _pair_after_between(low, finite[g - 1], t, fw.between):
                    extra.append(t)
        for t in extra:
            if cut_at.get(t) is None:
                cut_at[t] = low[t]
        _close_relatives(cut_at, finite, s, lexicon)
    _cut_participle_pairs(s, candidates, cut_at, lexicon)
    _join_noun_purposes(cut_at, finite, purpose, fw.relative_determiner)
    cuts = sorted(cut_at.items())
    segments: list[Segment] = []
    segment_of: list[int] = []
    last = len(cuts) - 1
    for k, (t0, opener) in enumerate(cuts):
        t1 = cuts[k + 1][0] if k < last else n
        if t1 <= t0:
            continue
        seg_verbs = [verb_at[t] for t in finite[bisect.bisect_left(finite, t0) : bisect.bisect_left(finite, t1)]]
        segment_of += [len(segments)] * (t1 - t0)
        segments.append(Segment(t0, t1, opener, seg_verbs))
    with_verbs = [i for i, seg in enumerate(segments) if seg.verbs]
    for index, seg in enumerate(segments):
        if seg.verbs or seg.opener in purpose:
            seg.host = index
            continue
        before = bisect.bisect_left(with_verbs, index)  # segments with verbs before this one
        after = None  # the first segment with verbs after it that is not a relative clause
        for i in with_verbs[before:]:
            if segments[i].opener not in relative:
                after = i
                break
        previous = segments[index - 1] if index else None
        if previous is not None and previous.verbs and previous.opener in relative and words[seg.t0 - 1] not in _BOUNDARY_MARKS:
            # "The workers, who had been on strike since Oct. 3, returned": a phrase that goes
            # on the relative clause with no mark between is that clause's
            seg.host = previous.host
        elif seg.opener is not None and after is not None and segments[after].opener is None:
            # "que el lanzamiento, previsto para el verano, incluirá...": the verb of a
            # clause opened here comes after a parenthesis
            seg.host = after
        elif previous is not None and not previous.verbs and previous.opener is not None and previous.host > index:
            seg.host = previous.host  # the parenthesis inside that clause
        elif not before:
            seg.host = after if after is not None else (with_verbs[0] if with_verbs else index)
        else:
            nearest = with_verbs[before - 1]
            aside = segments[nearest]
            if aside.opener in relative and nearest > 0 and words[aside.t0 - 1] == "," and words[seg.t0 - 1] == "," and segments[nearest - 1].host < nearest and _dated(s, seg) and not _dated(s, aside):
                # "retrasa el lanzamiento de la misión, que llevará a cuatro astronautas, hasta
                # febrero": a date past an undated relative set off by commas is the clause's
                # before it ("disponible el 17 de junio, dos días antes del lanzamiento": the relative's)
                seg.host = segments[nearest - 1].host
            else:
                seg.host = nearest
    return segments, segment_of
