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
import re
from dataclasses import dataclass, field

from timeline.events.lexicon import Entity, Lexicon, fold
from timeline.reading.verbs import Tense, Verb, verbs as find_verbs

_TOKEN = re.compile(
    r"[A-ZÁÉÍÓÚÑ]{1,3}\.(?:\s?[A-ZÁÉÍÓÚÑ]{1,3}\.)+"  # EE.UU., EE. UU.
    r"|[^\W\d_]+(?:-[^\W\d_]+|['’](?![sS]\b)[^\W\d_]+)*"  # "O'Brien", but "Tokayev" + "'s"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\w\s]"
)
_BOUNDARY_MARKS = frozenset(',;:()[]"«»“”—–')
_COORDINATORS = frozenset({"y", "e", "o", "u", "ni"})
_NOT_OPENERS = frozenset({"y", "e", "o", "u", "como", "cual", "cuales", "según"})
_PURPOSE = frozenset({"para", "sin"})  # "para fabricar baterías en Valencia": a clause of its own
RELATIVE = frozenset({"que", "quien", "quienes", "donde", "cuyo", "cuya", "cuyos", "cuyas"})
_NAME_CONNECTORS = (("de", "las"), ("de", "los"), ("de", "la"), ("de",), ("del",), ("da",), ("do",), ("dos",), ("van", "der"), ("van",), ("von", "der"), ("von",), ("di",), ("bin",), ("ben",))
_PARTICLES = frozenset({"da", "do", "dos", "van", "von", "der", "di", "bin", "ben"})


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
    in_quote: list[bool] = field(default_factory=list)

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        return bisect.bisect_right(self.ends, offset)

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
        members = self.clause_segments(segment)
        return self.segments[members[0]].t0, self.segments[members[-1]].t1


def analyse(text: str, index: int, paragraph: int, start: int, end: int, lexicon: Lexicon, language: str, timex_spans: list[tuple[int, int]] = ()) -> Sentence:
    matches = list(_TOKEN.finditer(text, start, end))
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    words = [m.group() for m in matches]
    low = [w.lower() for w in words]
    if lexicon.function_roles:  # the function words as the roles the rules know ("the" -> "el")
        roles = lexicon.function_roles
        low = [roles.get(w, w) for w in low]
    found = [v for v in find_verbs(text, start, end, language) if not any(a <= v.start < b for a, b in timex_spans)]
    verb_at: dict[int, Verb] = {}
    verb_token: dict[int, int] = {}
    sentence = Sentence(index, paragraph, start, end, text, starts, ends, words, low, found, verb_at, verb_token, [], {}, [], [])
    for verb in found:
        first = sentence.token_at(verb.start)
        verb_at[first] = verb
        i = first
        while i < len(starts) and starts[i] < verb.end:
            verb_token[i] = first
            i += 1
    for a, b in timex_spans:
        t = sentence.token_at(a)
        while t < len(starts) and starts[t] < b:
            sentence.timex_tokens.add(t)
            t += 1
    sentence.in_quote = _quotes(words) if any(q in text[start:end] for q in '"«“') else [False] * len(words)
    sentence.chunks, sentence.chunk_at = _chunks(sentence, lexicon)
    inside = [t for t in verb_at if t in sentence.chunk_at]
    if inside:  # "Lula da Silva": "da" is part of a name, not a verb
        for t in inside:
            verb = verb_at.pop(t)
            found.remove(verb)
            for k in [k for k, first in verb_token.items() if first == t]:
                del verb_token[k]
    sentence.segments, sentence.segment_of = _segments(sentence, lexicon)
    return sentence


def _quotes(words: list[str]) -> list[bool]:
    inside = False
    result = []
    for word in words:
        if word in ("«", "“"):
            inside = True
        elif word in ("»", "”"):
            result.append(inside)
            inside = False
            continue
        elif word == '"':
            inside = not inside
        result.append(inside)
    return result


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 1 and word[0].isdigit() and word[-1].isupper())


def _chunks(s: Sentence, lexicon: Lexicon) -> tuple[list[Chunk], dict[int, int]]:
    chunks: list[Chunk] = []
    chunk_at: dict[int, int] = {}
    n = len(s.words)
    capitals = [i for i, word in enumerate(s.words) if word[0].isupper()]
    position = 0
    for i in capitals:
        if i < position or not s.words[i][0].isalpha():
            continue
        if not _name_start(s, i, lexicon):
            continue
        j = i + max(1, _entity_length(s, i, lexicon))
        while j < n:
            if _capitalised(s.words[j]) and s.words[j][0].isalpha() and j not in s.verb_token:
                j += 1
                continue
            # hyphen glued to both sides: "EE.UU.-Asia Central"
            if s.words[j] in ("-", "–") and j + 1 < n and s.starts[j] == s.ends[j - 1] and s.starts[j + 1] == s.ends[j] and _capitalised(s.words[j + 1]):
                j += 2
                continue
            linked = False
            for connector in _NAME_CONNECTORS:
                k = j + len(connector)
                if tuple(s.low[j:k]) == connector and k < n and _capitalised(s.words[k]) and s.words[k][0].isalpha() and (connector[0] in _PARTICLES or _joins(s, i, j, k, lexicon)):
                    j = k + 1
                    linked = True
                    break
            if not linked:
                break
        if lexicon.names_before_nouns:  # "Kazakh President Kassym-Jomart Tokayev": the name is the end
            while i < j - 1 and (s.low[i] in lexicon.demonyms or s.low[i] in lexicon.title_role_words):
                i += 1
        chunk = Chunk(i, j, s.starts[i], s.ends[j - 1], s.span_text(i, j), _parts(s, i, j, lexicon))
        for t in range(i, j):
            chunk_at[t] = len(chunks)
        chunks.append(chunk)
        position = j
    return chunks, chunk_at


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


def _entity_length(s: Sentence, i: int, lexicon: Lexicon) -> int:
    """Tokens of the longest gazetteer name starting at i ("Estados Unidos": 2), or 0."""
    longest = lexicon.entity_starts.get(fold(s.words[i]), 0)
    if not longest:
        return 0
    for size in range(min(longest + 2, len(s.words) - i), 0, -1):
        key = fold(s.span_text(i, i + size))
        if key in lexicon.entities or key in lexicon.leaders:
            return size
    return 0


def _name_start(s: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A capitalised word starts a name unless it is a capitalised common word at
    the start of a sentence, a quote or a clause."""
    if _entity_length(s, i, lexicon):
        return True
    if i in s.verb_token:
        return False
    word = s.low[i]
    key = fold(s.words[i])
    first = i == 0 or s.words[i - 1] in _BOUNDARY_MARKS or s.words[i - 1] in ("¿", "¡", "'", ".")
    if not first:
        return True
    if key in lexicon.entities or key in lexicon.leaders:
        return True
    if word in lexicon.stopwords or word in lexicon.prepositions or word in lexicon.determiners or word.endswith("mente"):
        return False
    if word in lexicon.nouns or word in lexicon.roles or word in lexicon.clause_openers or word in lexicon.also:
        return False
    return True


def _parts(s: Sentence, i: int, j: int, lexicon: Lexicon) -> list[tuple[int, int, Entity | None, str]]:
    """Split a chunk at hyphens ("EE.UU.-Asia Central") into names, each a known
    entity or an unknown name. A run is one name: "Real Madrid" is a club, not
    Madrid; "Donald Trump" is the leader Trump."""
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


def _segments(s: Sentence, lexicon: Lexicon) -> tuple[list[Segment], list[int]]:
    n = len(s.words)
    cuts: list[tuple[int, str | None]] = [(0, None)]
    openers = lexicon.clause_openers
    candidates = [t for t, w in enumerate(s.low) if w in _BOUNDARY_MARKS or w in openers or w in _PURPOSE]
    for t in candidates:
        word = s.words[t]
        if word in _BOUNDARY_MARKS:
            # the mark closes the segment before it; an opening mark opens the next
            cuts.append((t if word in "([«“" else t + 1, None))
        elif s.low[t] in lexicon.clause_openers and s.low[t] not in _NOT_OPENERS and t not in s.verb_token:
            if t > 0 and s.low[t] == "que" and s.low[t - 1] in ("ya", "lo", "más", "menos", "antes", "después", "así", "desde", "hasta", "para", "sin"):
                continue
            cuts.append((t, s.low[t]))
        elif s.low[t] in _PURPOSE and t + 1 < n and t + 1 in s.verb_at and s.verb_at[t + 1].tense is Tense.INFINITIVE:
            cuts.append((t, s.low[t]))
    cuts = _dedupe(cuts)
    # y/e/o: a boundary only between two clauses with finite verbs
    bounds = [c[0] for c in cuts] + [n]
    finite = sorted(t for t, v in s.verb_at.items() if v.finite)
    extra = []
    for t in (candidates if len(finite) > 1 else ()):
        if s.low[t] in _COORDINATORS and t not in s.verb_token:
            k = bisect.bisect_right(bounds, t)
            lo, hi = bounds[k - 1], bounds[k] if k < len(bounds) else n
            f = bisect.bisect_left(finite, lo)
            before = f < len(finite) and finite[f] < t
            g = bisect.bisect_right(finite, t)
            after = g < len(finite) and finite[g] < hi
            if before and after:
                extra.append((t, s.low[t]))
    cuts = _dedupe(cuts + extra)
    segments: list[Segment] = []
    for k, (t0, opener) in enumerate(cuts):
        t1 = cuts[k + 1][0] if k + 1 < len(cuts) else n
        if t1 <= t0:
            continue
        seg_verbs = [s.verb_at[t] for t in range(t0, t1) if t in s.verb_at and s.verb_at[t].finite]
        segments.append(Segment(t0, t1, opener, seg_verbs))
    segment_of: list[int] = []
    for index, seg in enumerate(segments):
        segment_of.extend([index] * (seg.t1 - seg.t0))
    with_verbs = [i for i, seg in enumerate(segments) if seg.verbs]
    for index, seg in enumerate(segments):
        if seg.verbs or seg.opener in _PURPOSE:
            seg.host = index
            continue
        before = [i for i in with_verbs if i < index]
        after = [i for i in with_verbs if i > index and segments[i].opener not in RELATIVE]
        previous = segments[index - 1] if index else None
        if seg.opener is not None and after and segments[after[0]].opener is None:
            # "que el lanzamiento, previsto para el verano, incluirá...": the verb of a
            # clause opened here comes after a parenthesis
            seg.host = after[0]
        elif previous is not None and not previous.verbs and previous.opener is not None and previous.host > index:
            seg.host = previous.host  # the parenthesis inside that clause
        elif not before:
            seg.host = after[0] if after else (with_verbs[0] if with_verbs else index)
        else:
            seg.host = before[-1]
    return segments, segment_of
