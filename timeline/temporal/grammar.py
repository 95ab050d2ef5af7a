"""The tagger's grammar: a tokenizer, a lexicon built from language data, and
token-class patterns compiled to regular expressions.

The text is scanned once by one tokenizer regex. Each token gets one class
(a single character), looked up in a lexicon built from `timeline/lang/<code>/*.toml`;
multi-word phrases ("pasado mañana", "fin de semana", "hora de Moscú") are merged
first, longest match wins. The classes of a text form a short string ("aWdMdy"
for "el lunes 3 de mayo de 2025") on which the extraction patterns run: they are
ordinary regexes over classes, written with class names ("ART? DAYNUM DE MONTH"),
so they are linear in the number of tokens and know no words. Words live in data;
patterns are rules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import Any

from timeline import lang as lang_data
from timeline.reading.letters import LETTERS

# Token classes. Each gets one character in the class string. Punctuation keeps
# a fixed readable character; words and numbers get letters.
CLASS_NAMES = (
    # function words
    "ART", "DEL", "AL", "DE", "EN", "A", "POR", "AND", "QUE", "SINCE", "UNTIL", "TOWARD",
    # calendar
    "MONTH", "MONTHABBR", "WEEKDAY", "SEASON", "HOLIDAY", "UNIT", "YEARWORD", "HOURWORD",
    "HALFNOUN", "FISCAL", "PERIODCODE", "UNITEND",
    # modifiers
    "THIS", "THAT", "PAST", "NEXT", "FOLLOWING", "PREVIOUS", "LAST", "SAME", "WHOLE",
    "EVERY", "CURRENT", "POSITION", "QMOD", "INTENS", "EVE",
    # relative
    "DEICTIC", "MANANA", "POD", "CLOCKWORD", "CLOCKFRAC", "MERIDIAN", "TZ", "AGO", "SINCEAGO",
    "WITHIN", "LATER", "EARLIER", "SIGNAL", "THEN", "VAGUE", "FREQ", "TIMES", "NOT", "RESTOF",
    "CONSEC", "NAMEDDATE", "ERA",
    # numbers
    "DAYNUM", "INT", "YEARNUM", "AMOUNT", "NUMDATE", "CLOCK", "CLOCKDOT", "ORD", "NUMWORD",
    "UNO", "MULT", "HALFWORD", "VAGUECOUNT", "ROMAN", "CODE", "DECADENUM", "FROMNOW",
    # other words
    "WORD", "NAME",
)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789αβγδεζηθικλμνξπρστυφχψω"
_PUNCT = {
    "COMMA": ",", "STOP": ".", "LPAREN": "(", "RPAREN": ")", "HYPHEN": "-", "SLASH": "/",
    "PLUS": "+", "PCT": "%", "CURRENCY": "$", "QUOTE": '"', "COLON": ":", "OTHER": "_",
}
PUNCTUATION_CLASSES = frozenset(_PUNCT)
CHAR: dict[str, str] = {name: _LETTERS[i] for i, name in enumerate(CLASS_NAMES)}
CHAR.update(_PUNCT)
NAME_OF_CHAR = {char: name for name, char in CHAR.items()}

# Unions used by the patterns.
UNIONS: dict[str, tuple[str, ...]] = {
    "ARTX": ("ART", "DEL", "AL"),
    "UNITX": ("UNIT", "YEARWORD", "HOURWORD"),
    "NUM": ("DAYNUM", "INT", "YEARNUM"),
    "NW": ("NUMWORD", "UNO", "MULT"),
    "DEIX": ("DEICTIC", "MANANA"),
    "PODX": ("POD", "MANANA"),
    "MON": ("MONTH", "MONTHABBR"),
    "PREP": ("EN", "DE", "A", "POR", "SINCE", "UNTIL", "TOWARD", "DEL", "AL"),
}

_PATTERN_NAME = re.compile(r"(?<![?\w])[A-Z][A-Z0-9]*\b")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A regex over class names -> a compiled regex over the class string.

    Class names are upper case words; everything else is regex syntax; spaces
    are ignored. Group names are lower case: (?P<day>DAYNUM).
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group()
        if name in UNIONS:
            return "[" + "".join(re.escape(CHAR[n]) for n in UNIONS[name]) + "]"
        if name not in CHAR:
            raise ValueError(f"unknown token class {name!r} in pattern {pattern!r}")
        return re.escape(CHAR[name])

    return re.compile(re.sub(r"\s+", "", _PATTERN_NAME.sub(replace, pattern)))


# One tokenizer for every language: numbers (with their inner punctuation: dates,
# clock times, amounts), words, punctuation. Numbers are classified by shape after.
TOKEN = re.compile(r"(?P<num>\d+(?:[.,:/h-]\d+)*(?:\.?[ºª]|°)?)|(?P<word>[^\W\d_]+)|(?P<punct>[^\w\s]|_)")
# The same, with the blank before each token: findall gives every offset in one call.
# Words first: the alternatives start with disjoint characters, so the order changes
# no match, and the commonest is tried first.
_SPACED = re.compile(rf"(\s*)({LETTERS}|\d+(?:[.,:/h-]\d+)*(?:\.?[ºª]|°)?|[^\w\s]|_)")
# The same on text as written, for a text whose letters each lower to one letter: the
# tokens of its lower case, as written ("15H30" is one number, as "15h30" is; the
# classes of the other characters are those of their lower case: see test_temporal).
# Words first (ASCII letters before the rest: see LETTERS): the commonest is tried first.
_AS_WRITTEN = re.compile(rf"(?=\S)({LETTERS}|\d+(?:[.,:/hH-]\d+)*(?:\.?[ºª]|°)?|[^\w\s]|_)")
_NUMDATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")  # "12/12": a day and a month, or a score or a fraction
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_CLOCKDOT = re.compile(r"\d{1,2}[.h]\d{2}")
_ORDINAL = re.compile(r"(\d{1,3})\.?[ºª°]")  # "1.º", "1º"
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+[.,]\d+")
_HYPHENATED = re.compile(r"\d+(?:-\d+)+")
_YEAR_PAIR = re.compile(r"(\d{4})/(\d{2}|\d{4})")  # "2024/25", "2024/2025": a season or a school year


def _year_pair(piece: str) -> bool:
    """Two years in a row around a slash ("2024/25"); any other pair is a code
    ("Reglamento 2024/1689", "Directiva 2019/1937")."""
    m = _YEAR_PAIR.fullmatch(piece)
    if m is None:
        return False
    first, second = int(m.group(1)), m.group(2)
    return int(second) == (first + 1 if len(second) == 4 else (first + 1) % 100)

_PUNCT_CLASS = {
    ",": "COMMA", ".": "STOP", ";": "STOP", "!": "STOP", "?": "STOP", "…": "STOP", "¿": "STOP",
    "¡": "STOP", ":": "COLON", "(": "LPAREN", ")": "RPAREN", "[": "LPAREN", "]": "RPAREN",
    "-": "HYPHEN", "–": "HYPHEN", "—": "STOP", "/": "SLASH", "+": "PLUS", "%": "PCT",
    "$": "CURRENCY", "€": "CURRENCY", "£": "CURRENCY", "¥": "CURRENCY", '"': "QUOTE",
    "«": "QUOTE", "»": "QUOTE", "“": "QUOTE", "”": "QUOTE", "'": "QUOTE", "‘": "QUOTE",
    "’": "QUOTE", "`": "QUOTE",
}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str
    cls: str  # class name
    info: Any = None
    capital: bool = False
    length: int = 1  # source tokens merged into this one (phrases)


class Tokens:
    """The tokens of a text as parallel lists; `Token` objects are built on access
    (patterns run on the class string, so most tokens are never looked at)."""

    __slots__ = ("text", "starts", "ends", "lows", "classes", "infos", "lengths", "_cache")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.lows: list[str] = []
        self.classes: list[str] = []  # class characters
        self.infos: list[Any] = []
        self.lengths: list[int] = []
        self._cache: dict[int, Token] = {}

    def append(self, start: int, end: int, low: str, char: str, info: Any = None, length: int = 1) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.lows.append(low)
        self.classes.append(char)
        self.infos.append(info)
        self.lengths.append(length)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index):
        if index.__class__ is int:
            token = self._cache.get(index)
            if token is not None:
                return token
            if 0 <= index < len(self.starts):  # the common case: no more checks
                return self._build(index)
        elif isinstance(index, slice):
            get = self._cache.get
            return [get(i) or self._build(i) for i in range(*index.indices(len(self.starts)))]
        if index < 0:
            index += len(self.starts)
        if not 0 <= index < len(self.starts):
            raise IndexError(index)
        return self._cache.get(index) or self._build(index)

    def at(self, index: int) -> Token:
        """The token at a valid index >= 0 (what handlers ask for, without the checks)."""
        return self._cache.get(index) or self._build(index)

    def run(self, lo: int, hi: int) -> list[Token]:
        """The tokens lo..hi, valid indexes with lo <= hi."""
        get, build = self._cache.get, self._build
        return [get(i) or build(i) for i in range(lo, min(hi, len(self.starts)))]

    def _build(self, index: int) -> Token:
        start, end = self.starts[index], self.ends[index]
        piece = self.text[start:end]
        token = self._cache[index] = Token(
            start, end, piece, self.lows[index], NAME_OF_CHAR[self.classes[index]], self.infos[index],
            piece[:1].isupper(), self.lengths[index],
        )
        return token

    def class_string(self) -> str:
        return "".join(self.classes)


@functools.lru_cache(maxsize=4096)
def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ñ", "n")


@dataclass(frozen=True)
class Lexicon:
    """Words and phrases of one language, mapped to (class, info)."""

    code: str
    words: dict[str, tuple[str, Any]]
    phrases: dict[tuple[str, ...], tuple[str, Any]]
    phrase_starts: frozenset[str]
    max_phrase: int
    data: Any = field(repr=False)  # the Language object, for rules that need lists
    phrase_prefixes: frozenset[tuple[str, ...]] = frozenset()
    phrase_pairs: frozenset[tuple[str, ...]] = frozenset()  # first two words of every phrase  # the Language object, for rules that need lists
    measures: frozenset[str] = frozenset()
    number_heads: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()
    weekday_epithets: frozenset[str] = frozenset()  # "Bloody Sunday", "Super Tuesday": names, not the weekday
    weekday_date_cues: frozenset[str] = frozenset()  # "said Monday Jones would": a date before the name
    date_openers: frozenset[str] = frozenset()  # "Starting Monday, ...": a sentence's first word, no name with the weekday
    currencies: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    roman: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    then_prepositions: frozenset[str] = frozenset()
    past_cues: frozenset[tuple[str, ...]] = frozenset()
    future_cues: frozenset[tuple[str, ...]] = frozenset()
    anterior_infinitive: frozenset[tuple[str, ...]] = frozenset()
    # calendar names that are only dates when capitalised ("May", not the modal "may"; "AD", not "ad")
    capitalised: frozenset[str] = frozenset()
    # suffixes glued to a number: "21st" (ordinal), "1990s" (decade)
    ordinal_suffixes: frozenset[str] = frozenset()
    decade_suffixes: frozenset[str] = frozenset()
    plural_units: frozenset[str] = frozenset()
    options: Any = field(default_factory=dict)  # grammar.toml [options]: word-order facts
    rules: frozenset[str] = frozenset()  # the optional extraction rules this language uses

    def phrase_set(self, stem: str, *path: str) -> frozenset[str]:
        """A list from the language data as token texts are written: "o ' clock"."""
        return frozenset(" ".join(_words_of(w)) for w in self.word_list(stem, *path))

    def word_list(self, stem: str, *path: str) -> tuple[str, ...]:
        """A list from the language data (`word_list("grammar", "hour_articles")`), empty when absent."""
        key = (id(self), stem, path)  # handlers ask in their inner loops: read the data once
        found = _WORD_LISTS.get(key)
        if found is None:
            found = _WORD_LISTS[key] = self._word_list(stem, path)
        return found

    def _word_list(self, stem: str, path: tuple[str, ...]) -> tuple[str, ...]:
        node: Any = self.data.get(stem)
        for key in path:
            node = node.get(key, {}) if hasattr(node, "get") else {}
        return tuple(node) if isinstance(node, (list, tuple)) else ()


_WORD_LISTS: dict[tuple, tuple[str, ...]] = {}  # lexicons live as long as the process (see lexicon())


def _words_of(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN.finditer(phrase))


@functools.cache
def lexicon(code: str) -> Lexicon:
    """Build (once per language) the lexicon from the language's data files."""
    # the loops below reuse these names for values of several types
    phrase: Any; value: Any; key: Any; word: Any; cls: Any; kind: Any; mod: Any; name: Any; names: Any; number: Any; unit: Any
    data = lang_data.load(code)
    entries: dict[tuple[str, ...], tuple[str, Any]] = {}

    def add(phrase: str, cls: str, info: Any = None, override: bool = True) -> None:
        key = _words_of(phrase)
        if not key:
            return
        if override or key not in entries:
            entries[key] = (cls, info)
        plain = tuple(strip_accents(w) for w in key)
        if plain != key and plain not in entries:
            entries[plain] = (cls, info)

    calendar = data["calendar"]
    for number, names in calendar["months"].items():
        for i, name in enumerate(names):
            add(name, "MONTH" if i == 0 or len(name) > 4 else "MONTHABBR", int(number))
    for number, names in calendar["weekdays"].items():
        for name in names:
            add(name, "WEEKDAY", int(number))

    numerals = data.get("numerals")
    cardinals = {k: int(v) for k, v in numerals.get("cardinals", {}).items()}
    for word, value in cardinals.items():
        add(word, "UNO" if value == 1 else "NUMWORD", value)
    multipliers = {k: int(v) for k, v in numerals.get("multipliers", {}).items()}
    for word, value in multipliers.items():
        add(word, "MULT", value)
    for word in numerals.get("lists", {}).get("conjunctions", ()):
        add(word, "AND")
    for phrase, value in numerals.get("count_phrases", {}).items():
        add(phrase, "NUMWORD", int(value))
    for phrase in numerals.get("lists", {}).get("vague_counts", ()):
        add(phrase, "VAGUECOUNT")
    for word in numerals.get("lists", {}).get("halves", ()):
        add(word, "HALFWORD")
    for word, value in numerals.get("ordinals", {}).items():
        add(word, "ORD", int(value))
    roman = {k: int(v) for k, v in numerals.get("roman", {}).items()}
    for phrase, value in numerals.get("decades", {}).items():  # "the nineties"
        add(phrase, "DECADENUM", int(value))

    units = data.get("units")
    for word, kind in units.get("words", {}).items():
        cls = "UNIT"
        if kind == "year":
            cls = "YEARWORD"
        elif kind == "hour":
            cls = "HOURWORD"
        add(word, cls, kind)
    for word in units.get("lists", {}).get("hour_abbreviations", ()):
        add(word, "HOURWORD", "hour", override=False)
    for word in units.get("lists", {}).get("half_nouns", ()):
        add(word, "HALFNOUN")
    for phrase in units.get("lists", {}).get("fiscal", ()):
        add(phrase, "FISCAL", " " in phrase)
    for period, (kind, ordinal) in units.get("period_codes", {}).items():
        add(period, "PERIODCODE", (kind, int(ordinal)))
    for phrase, unit in units.get("unit_ends", {}).items():
        add(phrase, "UNITEND", unit)
    for phrase, unit in units.get("units_to_date", {}).items():
        add(phrase, "UNITEND", (unit, None))  # "quarter to date": the unit so far, no part of it

    temporal = data.get("temporal")
    for phrase, value in temporal.get("deictic_days", {}).items():
        info = value if isinstance(value, dict) else {"offset": int(value)}
        add(phrase, "DEICTIC", dict(info))
    for phrase, value in temporal.get("tomorrow", {}).items():
        add(phrase, "MANANA", dict(value))
    for phrase, code_ in temporal.get("parts_of_day", {}).items():
        if _words_of(phrase) not in entries:
            add(phrase, "POD", code_)
    for phrase, value in temporal.get("clock_words", {}).items():
        add(phrase, "CLOCKWORD", tuple(value))
    for phrase, minutes in temporal.get("clock_fractions", {}).items():
        add(phrase, "CLOCKFRAC", int(minutes))
    for phrase, value in temporal.get("meridians", {}).items():
        add(phrase, "MERIDIAN", value)
    modifiers = temporal.get("modifiers", {})
    for key, cls in (
        ("this", "THIS"), ("that", "THAT"), ("past", "PAST"), ("next", "NEXT"),
        ("following", "FOLLOWING"), ("previous", "PREVIOUS"), ("last", "LAST"),
        ("same", "SAME"), ("whole", "WHOLE"), ("every", "EVERY"), ("current", "CURRENT"),
    ):
        for phrase in modifiers.get(key, ()):
            add(phrase, cls)
    for phrase in modifiers.get("before_last", ()):  # "antepasado": two units back
        add(phrase, "PAST", 2)
    for phrase in modifiers.get("every_other", ()):  # "every other week": every second one
        add(phrase, "EVERY", 2)
    for phrase in modifiers.get("eve", ()):
        add(phrase, "EVE")
    for table in ("positions", "into_positions"):
        for phrase, mod in temporal.get(table, {}).items():
            add(phrase, "POSITION", mod)
    for phrase, mod in temporal.get("quantity_mods", {}).items():
        add(phrase, "QMOD", mod)
    relative = temporal.get("relative", {})
    for phrase in relative.get("intensifiers", ()):
        add(phrase, "INTENS", override=False)
    for phrase in relative.get("focus_adverbs", ()):
        add(phrase, "INTENS", override=False)
    for phrase in relative.get("ago", ()):
        add(phrase, "AGO")
    for phrase in relative.get("since_ago", ()):
        add(phrase, "SINCEAGO")
    for phrase in relative.get("within", ()):
        add(phrase, "WITHIN")
    for phrase in relative.get("from_now", ()):
        add(phrase, "FROMNOW")
    for phrase in relative.get("rest_of", ()):
        add(phrase, "RESTOF")
    for phrase in relative.get("consecutive", ()):
        add(phrase, "CONSEC")
    for phrase, value in temporal.get("named_dates", {}).items():
        add(phrase, "NAMEDDATE", value)
    for phrase in relative.get("later", ()):
        add(phrase, "LATER")
    for phrase in relative.get("earlier", ()):
        add(phrase, "EARLIER")
    for direction, signal_phrases in temporal.get("signals", {}).items():
        for phrase in signal_phrases:
            add(phrase, "SIGNAL", (direction, phrase))
    for phrase, value in temporal.get("vague", {}).items():
        add(phrase, "VAGUE", value)
    for phrase in temporal.get("then", {}).get("words", ()):
        add(phrase, "THEN")
    for phrase in temporal.get("exclusions", {}).get("not_temporal", ()):
        add(phrase, "NOT")
    for phrase, value in temporal.get("frequency_words", {}).items():
        add(phrase, "FREQ", value)
    for phrase in temporal.get("frequency", {}).get("times_words", ()):
        add(phrase, "TIMES")
    for phrase, count in temporal.get("frequency", {}).get("multiplicatives", {}).items():
        add(phrase, "TIMES", int(count))  # "twice": the count is in the word
    for phrase, value in temporal.get("seasons", {}).items():
        add(phrase, "SEASON", value)
    for phrase, value in temporal.get("holidays", {}).items():
        add(phrase, "HOLIDAY", dict(value))
    for phrase, value in temporal.get("timezones", {}).items():
        add(phrase, "TZ", value)
    for era, era_phrases in temporal.get("eras", {}).items():
        for phrase in era_phrases:
            add(phrase, "ERA", era)

    grammar = data.get("grammar")
    for key, cls in (
        ("articles", "ART"), ("del", "DEL"), ("al", "AL"), ("de", "DE"), ("en", "EN"),
        ("a", "A"), ("por", "POR"), ("que", "QUE"), ("since", "SINCE"), ("until", "UNTIL"),
        ("toward", "TOWARD"),
    ):
        for word in grammar.get(key, ()):
            add(word, cls, override=False)

    words = {key[0]: value for key, value in entries.items() if len(key) == 1}
    phrases: dict[tuple[str, ...], tuple[str, Any]] = {}
    for key, value in entries.items():  # phrases are looked up accent-stripped
        if len(key) > 1:
            plain = tuple(strip_accents(w) for w in key)
            if plain == key or plain not in phrases:
                phrases[plain] = value
    prefixes = frozenset(key[:k] for key in phrases for k in range(1, len(key)))
    negatives = data.get("negatives")
    shapes = numerals.get("shapes", {})
    grammar_rules = grammar.get("rules", {})
    capitalised = frozenset(CHAR[c] for c in ("MONTH", "MONTHABBR", "WEEKDAY", "ERA")) if calendar.get("capitalised") else frozenset()
    plural_units = {w for w, _ in units.get("words", {}).items() if w.endswith("s")}
    plural_units -= set(units.get("lists", {}).get("singular_in_s", ()))
    plural_units |= set(units.get("lists", {}).get("plural_not_in_s", ()))
    plural_units |= {w for w in units.get("lists", {}).get("hour_abbreviations", ()) if len(w) > 1 and w.endswith("s")}
    return Lexicon(
        code=code,
        words=words,
        phrases=phrases,
        phrase_starts=frozenset(key[0] for key in phrases),
        phrase_prefixes=prefixes,
        phrase_pairs=frozenset(key[:2] for key in phrases),
        max_phrase=max((len(k) for k in phrases), default=1),
        data=data,
        measures=frozenset(negatives.get("measures", ())),
        number_heads=frozenset(negatives.get("number_heads", ())),
        name_heads=frozenset(negatives.get("name_heads", ())),
        name_links=frozenset(negatives.get("name_links", ())),
        weekday_epithets=frozenset(negatives.get("weekday_epithets", ())),
        weekday_date_cues=frozenset(negatives.get("weekday_date_cues", ())),
        date_openers=frozenset(negatives.get("date_openers", ())),
        currencies=frozenset(negatives.get("currencies", ())),
        stopwords=frozenset(data.get("language").get("stopwords", ())),
        roman=roman,
        cardinals=cardinals,
        multipliers=multipliers,
        then_prepositions=frozenset(temporal.get("then", {}).get("prepositions", ())),
        past_cues=frozenset(_words_of(p) for p in temporal.get("direction_cues", {}).get("past", ())),
        future_cues=frozenset(_words_of(p) for p in temporal.get("direction_cues", {}).get("future", ())),
        anterior_infinitive=frozenset(
            _words_of(p) for p in temporal.get("direction_cues", {}).get("anterior_infinitive", ())
        ),
        capitalised=capitalised,
        ordinal_suffixes=frozenset(shapes.get("ordinal_suffixes", ())),
        decade_suffixes=frozenset(shapes.get("decade_suffixes", ())),
        plural_units=frozenset(plural_units),
        options=dict(grammar.get("options", {})),
        rules=frozenset(grammar_rules.get("optional", ())),
    )


_ROMAN_SHAPE = re.compile(r"[IVXLCDM]{1,7}")


def tokenize(text: str, lex: Lexicon, start: int = 0, end: int | None = None, into: Tokens | None = None) -> Tokens:
    """Tokens of text[start:end] with their classes, phrases merged (longest first),
    appended to `into` (a new `Tokens` by default)."""
    tokens = into if into is not None else Tokens(text)
    tokenize_spans(text, lex, ((start, len(text) if end is None else end),), tokens)
    return tokens


def tokenize_spans(text: str, lex: Lexicon, spans, tokens: Tokens, boundary: str | None = None) -> None:
    """`tokenize` of each text[start:end] in `spans` in turn, appended to `tokens`, with
    a token of class character `boundary` (if given) after each: one call for all the
    sentences of a text (its setup is paid once, not once per sentence)."""
    spans = list(spans)
    if len(spans) > 1 and all(a[1] <= b[0] for a, b in zip(spans, spans[1:])):
        # in order: the whole stretch at once, when each span's tokens are its own there
        if _written_lowers_alone(text[spans[0][0] : spans[-1][1]]) and _tokenize_stretch(text, lex, spans, tokens, boundary):
            return
    for start, end in spans:
        chunk = text[start:end]
        if _written_lowers_alone(chunk):
            _tokenize_stretch(text, lex, [(start, end)], tokens, boundary)
            continue
        lowered = chunk.lower()
        if len(lowered) != len(chunk):  # a rare letter whose lower case is longer: keep offsets exact
            lowered = "".join(c.lower()[0] for c in chunk)
        _tokenize_slowly(text, lowered, start, lex, tokens)
        if boundary is not None:
            tokens.append(end, end, "", boundary)


def _written_lowers_alone(chunk: str) -> bool:
    """Does every letter of `chunk` lower to one letter on its own (no "İ", no final
    sigma, which reads its neighbours)? Then the text as written splits into the tokens
    of its lower case, and each token's lower case is its own: what a token is alone
    can be looked up by the token as written (see _AS_WRITTEN)."""
    return "Σ" not in chunk and len(chunk.lower()) == len(chunk)


def _tokenize_stretch(text: str, lex: Lexicon, spans: list[tuple[int, int]], tokens: Tokens, boundary: str | None) -> bool:
    """tokenize_spans of spans in order, split as one stretch of text (from the first
    span's start to the last one's end) whose letters lower alone: False, with nothing
    appended, when a token of the stretch runs across a span's edge (then the spans'
    tokens are not the stretch's). The lists are filled a run of tokens at a time,
    between the few tokens that may join their neighbours (phrases, "21st") or become
    several."""
    entries = _ENTRIES.get(id(lex))
    if entries is None:
        entries = _ENTRIES[id(lex)] = {}
    first = spans[0][0]
    flat = _AS_WRITTEN.split(text[first : spans[-1][1]])  # blank, token, blank, token, ..., blank
    offsets = list(accumulate(map(len, flat), initial=first))
    starts, ends, pieces = offsets[1:-1:2], offsets[2::2], flat[1::2]
    # the tokens of each span: from the first starting in it to the first starting after it
    bounds = list(zip(map(partial(bisect_left, starts), [s for s, _ in spans]), map(partial(bisect_left, starts), [e for _, e in spans])))
    for (a, b), (start, end) in zip(bounds, spans):
        if a and ends[a - 1] > start or b and ends[b - 1] > end:
            return False
    found = list(map(entries.get, pieces))
    if None in found:
        for k, entry in enumerate(found):
            if entry is None:  # (a token seen earlier in the stretch is known by now)
                found[k] = entries.get(pieces[k]) or _entry(pieces[k], lex, entries)
    n = len(found)
    # the fields of the entries, one list each (not zip(*found): an iterator per token
    # would be as many objects for the garbage collector to count)
    classes, infos, flags, keys, lows = (list(map(field, found)) for field in _ENTRY_FIELDS)  # type: ignore[arg-type]  # no None left: filled above
    specials = list(compress(range(n), flags))  # numbers to look at again
    # where the first two words of a phrase are: a phrase may start there
    pairs, suffixes = lex.phrase_pairs, lex.ordinal_suffixes | lex.decade_suffixes
    phrases = list(compress(range(n - 1), map(pairs.__contains__, zip(keys, keys[1:]))))
    if phrases:
        specials = sorted({*specials, *phrases}) if specials else phrases
    specials.append(n)  # past the last span
    p = 0  # the next special token
    for (a, b), (_, end) in zip(bounds, spans):
        done = a  # tokens of the span before this one are appended
        while specials[p] < a:  # between spans
            p += 1
        while specials[p] < b:
            k = specials[p]
            p += 1
            if k < done:  # inside a phrase merged before
                continue
            merged = _phrase_at(starts, ends, keys, k, b, lex) if k + 1 < b and (keys[k], keys[k + 1]) in pairs else None
            if merged is not None:
                if done < k:
                    _extend(tokens, starts, ends, lows, classes, infos, done, k)
                size, (cls, info) = merged
                done = k + size
                tokens.append(starts[k], ends[done - 1], " ".join(lows[k:done]), CHAR[cls], info, size)
                continue
            flag = flags[k]
            if flag & _DIGITS and k + 1 < b and starts[k + 1] == ends[k] and lows[k + 1] in suffixes:
                _extend(tokens, starts, ends, lows, classes, infos, done, k)
                done = k
                if _suffixed(tokens, starts[k], ends[k + 1], lows[k], lows[k + 1], lex):
                    done = k + 2
            elif flag & _SEVERAL:
                _extend(tokens, starts, ends, lows, classes, infos, done, k)
                _number(tokens, starts[k], ends[k], lows[k])
                done = k + 1
        if done < b:
            _extend(tokens, starts, ends, lows, classes, infos, done, b)
        if boundary is not None:
            tokens.append(end, end, "", boundary)
    return True


def _extend(tokens: Tokens, starts, ends, lows, classes, infos, lo: int, hi: int) -> None:
    """Append tokens lo..hi of a stretch, each one source token of the class it has alone."""
    if lo < hi:  # (slices, not loops: most of a text is these runs)
        tokens.starts += starts[lo:hi]
        tokens.ends += ends[lo:hi]
        tokens.lows += lows[lo:hi]
        tokens.classes += classes[lo:hi]
        tokens.infos += infos[lo:hi]
        tokens.lengths += repeat(1, hi - lo)


# What a number needs besides the class it has alone (flags of an entry):
_DIGITS = 1  # digits: a suffix glued to them may make an ordinal or a decade ("21st")
_SEVERAL = 2  # a number that becomes other tokens ("2008-2009", a long code)

# lexicon id -> token as written -> (class character, info, flags, lower case without accents, lower case)
_ENTRIES: dict[int, dict[str, tuple[str | None, Any, int, str, str]]] = {}
_ENTRIES_MAX = 100_000
_ENTRY_LONGEST = 64
_ENTRY_FIELDS = tuple(itemgetter(i) for i in range(5))


def _entry(piece: str, lex: Lexicon, entries: dict) -> tuple[str | None, Any, int, str, str]:
    """What a token as written is, alone (see tokenize_spans); remembered per lexicon
    (text repeats its words)."""
    low = piece.lower()
    key = low if low.isascii() else strip_accents(low)
    flags = 0
    known = _known(lex)
    if low[0].isdecimal():  # what the tokenizer's \d matched (not "²")
        char, info = known.get(low) or known.get(key) or (None, None)
        if char is None:
            alone = Tokens(piece)
            _number(alone, 0, len(low), low)
            if len(alone) == 1 and alone.lows[0] == low:
                char, info = alone.classes[0], alone.infos[0]
                if low.isdigit():
                    flags |= _DIGITS
            else:
                flags |= _SEVERAL
    else:
        char, info = _classify(piece, low, key, known, lex.capitalised)
    entry = (char, info, flags, key, low)
    if len(piece) <= _ENTRY_LONGEST:  # (a run-on "word" or code of a megabyte is not kept)
        if len(entries) >= _ENTRIES_MAX:
            entries.clear()
        entries[piece] = entry
    return entry


def _tokenize_slowly(text: str, lowered: str, start: int, lex: Lexicon, tokens: Tokens) -> None:
    """tokenize_spans of the span from `start` whose letters do not all lower on their
    own ("İ", "Σ"), `lowered` its lower case of the same length: token by token."""
    known, starts_, pairs = _known(lex), lex.phrase_starts, lex.phrase_pairs
    starts, ends, lows = [], [], []
    position = start
    for blank, piece in _SPACED.findall(lowered):
        position += len(blank)
        starts.append(position)
        ends.append(position + len(piece))
        lows.append(piece)
        position += len(piece)
    keys = [low if low.isascii() else strip_accents(low) for low in lows]
    i, n = 0, len(lows)
    while i < n:
        lo, hi, low, key = starts[i], ends[i], lows[i], keys[i]
        if key in starts_ and i + 1 < n and (key, keys[i + 1]) in pairs:
            merged = _phrase_at(starts, ends, keys, i, n, lex)
            if merged is not None:
                size, (cls, info) = merged
                tokens.append(lo, ends[i + size - 1], " ".join(lows[i : i + size]), CHAR[cls], info, size)
                i += size
                continue
        if low[0].isdecimal():  # what the tokenizer's \d matched (not "²")
            entry = known.get(low)
            if entry is None and key is not low:
                entry = known.get(key)
            if entry is not None:  # a date named by its digits: "9/11"
                tokens.append(lo, hi, low, entry[0], entry[1])
            elif i + 1 < n and starts[i + 1] == hi and low.isdigit() and _suffixed(tokens, lo, ends[i + 1], low, lows[i + 1], lex):
                i += 1
            else:
                _number(tokens, lo, hi, low)
        else:
            char, info = _classify(text[lo:hi], low, key, known, lex.capitalised)
            tokens.append(lo, hi, low, char, info)
        i += 1


_PUNCT_CHAR = {piece: CHAR[cls] for piece, cls in _PUNCT_CLASS.items()}
_OTHER_CHAR = CHAR["OTHER"]
_WORD_CHAR, _NAME_CHAR, _ROMAN_CHAR = CHAR["WORD"], CHAR["NAME"], CHAR["ROMAN"]


def _classify(piece: str, low: str, key: str, known: dict[str, tuple[str, Any]], capitalised: frozenset[str]) -> tuple[str, Any]:
    """(class character, info) of a word or mark (not a number) as written in the text;
    `key` is its lower case without accents."""
    entry = known.get(low)
    if entry is None and key is not low:
        entry = known.get(key)
    if entry is not None and not (capitalised and entry[0] in capitalised and not piece[0].isupper()):
        return entry
    if low[0].isalpha():
        if piece[0].isupper():
            if len(piece) > 1 and _ROMAN_SHAPE.fullmatch(piece) or piece in ("I", "V", "X"):
                return _ROMAN_CHAR, piece
            return _NAME_CHAR, None
        return _WORD_CHAR, None
    return _PUNCT_CHAR.get(low, _OTHER_CHAR), None


_KNOWN: dict[int, dict[str, tuple[str, Any]]] = {}


def _known(lex: Lexicon) -> dict[str, tuple[str, Any]]:
    """Every single word of the lexicon -> (class character, info), built once per lexicon."""
    known = _KNOWN.get(id(lex))
    if known is None:
        known = {word: (CHAR[cls], info) for word, (cls, info) in lex.words.items()}
        for word in lex.data.get("language").get("diacritic_words", ()):
            known.setdefault(word, (_WORD_CHAR, None))  # "él" is no article: never read without its accent
        _KNOWN[id(lex)] = known
    return known


def _phrase_at(starts: list[int], ends: list[int], keys, i: int, limit: int, lex: Lexicon) -> tuple[int, tuple[str, Any]] | None:
    """The longest phrase starting at token i, before token `limit` (words contiguous
    on one line); `keys` are the tokens' lower case without accents."""
    prefixes, phrases = lex.phrase_prefixes, lex.phrases
    key: tuple[str, ...] = (keys[i],)
    best = None
    j = i + 1
    while j < limit and key in prefixes and starts[j] - ends[j - 1] < 3:
        key = key + (keys[j],)
        j += 1
        entry = phrases.get(key)
        if entry is not None:
            best = (j - i, entry)
    if best is not None and best[1][0] == "VAGUE" and i + best[0] < len(keys) and _counts(keys[i + best[0]], lex):
        return None  # "in the past 24 hours", "in the past few weeks", "in the past year": a span, its words read one by one
    return best


_COUNT_CLASSES = frozenset({"NUMWORD", "UNO", "VAGUECOUNT", "HALFWORD"})
# "in the past year", "in the past week": a unit after the phrase is a span too ("en el
# pasado ejercicio": a fiscal year)
_SPAN_CLASSES = _COUNT_CLASSES | {"UNIT", "YEARWORD", "HOURWORD", "FISCAL"}


def _counts(key: str, lex: Lexicon) -> bool:
    """Is the word a count or a unit ("24", "three", "few", "year")?"""
    return key[:1].isdecimal() or lex.words.get(key, ("",))[0] in _SPAN_CLASSES


def _suffixed(tokens: Tokens, lo: int, hi: int, digits: str, suffix: str, lex: Lexicon) -> bool:
    """A number with a suffix glued to it: "21st" (an ordinal), "1990s" or "90s"
    (a decade). False (nothing appended) for any other suffix."""
    if suffix in lex.ordinal_suffixes and len(digits) <= 3:
        tokens.append(lo, hi, digits + suffix, CHAR["ORD"], int(digits))
        return True
    if suffix in lex.decade_suffixes and digits.endswith("0") and len(digits) in (2, 4):
        value = int(digits)
        decade = value // 10 if len(digits) == 4 else (190 + value // 10 if value else 200)
        tokens.append(lo, hi, digits + suffix, CHAR["DECADENUM"], decade)
        return True
    return False


def _int_class(piece: str) -> tuple[str, int]:
    # No date or count has this many digits, and int() refuses "²" (a digit to isdigit()).
    if len(piece) > 18 or not piece.isascii():
        return "INT", -1
    value = int(piece)
    if len(piece) == 4 and 1000 <= value <= 2199:
        return "YEARNUM", value
    if 1 <= value <= 31 and len(piece) <= 2:
        return "DAYNUM", value
    return "INT", value


def _number(tokens: Tokens, lo: int, hi: int, piece: str) -> None:
    if len(piece) > 24:  # no date or count is this long: a code (and no huge int() conversion)
        tokens.append(lo, hi, piece[:24], CHAR["CODE"])
    elif piece.isdigit():
        cls, value = _int_class(piece)
        tokens.append(lo, hi, piece, CHAR[cls], value)
    elif _NUMDATE.fullmatch(piece) or _DAY_MONTH.fullmatch(piece):
        tokens.append(lo, hi, piece, CHAR["NUMDATE"])
    elif _CLOCK.fullmatch(piece):
        tokens.append(lo, hi, piece, CHAR["CLOCK"])
    elif _CLOCKDOT.fullmatch(piece):
        tokens.append(lo, hi, piece, CHAR["CLOCKDOT"])
    elif m := _ORDINAL.fullmatch(piece):
        tokens.append(lo, hi, piece, CHAR["ORD"], int(m.group(1)))
    elif _AMOUNT.fullmatch(piece):
        tokens.append(lo, hi, piece, CHAR["AMOUNT"])
    elif _HYPHENATED.fullmatch(piece) and len(piece) <= 20 or _year_pair(piece):
        # "2008-2009", "10-11", "2024/25": numbers around hyphens or a slash
        link = "/" if "/" in piece else "-"
        position = lo
        for k, part in enumerate(piece.split(link)):
            if k:
                tokens.append(position, position + 1, link, CHAR["SLASH" if link == "/" else "HYPHEN"])
                position += 1
            cls, value = _int_class(part)
            tokens.append(position, position + len(part), part, CHAR[cls], value)
            position += len(part)
    else:
        tokens.append(lo, hi, piece, CHAR["CODE"])


def class_string(tokens: Tokens) -> str:
    return tokens.class_string()


def roman_value(numeral: str, lex: Lexicon) -> int | None:
    values = [lex.roman.get(c) for c in numeral]
    if not values or None in values:
        return None
    total = 0
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value  # type: ignore[operator]  # no None: returned above
    return total


def _place_above(value: int) -> int:
    """The power of ten above `value`: what a number word adds to must be a multiple of
    it ("cuarenta" + "ocho", "ciento" + "veinte")."""
    place = 10
    while place <= value:
        place *= 10
    return place


def number_value(tokens: list[Token]) -> int | None:
    """The value of a count: digits, or number words ("cuarenta y ocho", "dos mil")."""
    if len(tokens) == 1 and isinstance(tokens[0].info, int) and tokens[0].cls in ("DAYNUM", "INT", "YEARNUM"):
        return tokens[0].info if tokens[0].info >= 0 else None  # -1: digits int() does not read ("🯰")
    total, current = 0, 0
    for token in tokens:
        if token.cls in ("AND", "HYPHEN"):  # "cuarenta y ocho", "forty-eight"
            continue
        if token.cls == "MULT":
            current = (current or 1) * token.info
            total, current = total + current, 0
        elif token.cls in ("NUMWORD", "UNO") and isinstance(token.info, int):
            if current % _place_above(token.info):
                return None  # "cuatro y seis", "four and six": two numbers, not one
            current += token.info
        else:
            return None
    return total + current
