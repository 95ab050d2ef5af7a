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
from dataclasses import dataclass, field
from typing import Any

from timeline import lang as lang_data

# Token classes. Each gets one character in the class string. Punctuation keeps
# a fixed readable character; words and numbers get letters.
CLASS_NAMES = (
    # function words
    "ART", "DEL", "AL", "DE", "EN", "A", "POR", "AND", "QUE", "SINCE", "UNTIL", "TOWARD",
    # calendar
    "MONTH", "MONTHABBR", "WEEKDAY", "SEASON", "HOLIDAY", "UNIT", "YEARWORD", "HOURWORD",
    "HALFNOUN", "FISCAL",
    # modifiers
    "THIS", "THAT", "PAST", "NEXT", "FOLLOWING", "PREVIOUS", "LAST", "SAME", "WHOLE",
    "EVERY", "CURRENT", "POSITION", "QMOD", "INTENS", "EVE",
    # relative
    "DEICTIC", "MANANA", "POD", "CLOCKWORD", "MERIDIAN", "TZ", "AGO", "SINCEAGO",
    "WITHIN", "LATER", "EARLIER", "SIGNAL", "THEN", "VAGUE", "FREQ", "TIMES", "NOT",
    # numbers
    "DAYNUM", "INT", "YEARNUM", "AMOUNT", "NUMDATE", "CLOCK", "CLOCKDOT", "ORD", "NUMWORD",
    "UNO", "MULT", "HALFWORD", "VAGUECOUNT", "ROMAN", "CODE",
    # other words
    "WORD", "NAME",
)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789αβγδεζηθικλμνξπρστυφχψω"
_PUNCT = {
    "COMMA": ",", "STOP": ".", "LPAREN": "(", "RPAREN": ")", "HYPHEN": "-", "SLASH": "/",
    "PLUS": "+", "PCT": "%", "CURRENCY": "$", "QUOTE": '"', "COLON": ":", "OTHER": "_",
}
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


# One tokenizer for every language: numbers by shape, words, punctuation.
TOKEN = re.compile(
    r"""
    (?P<numdate>(?<![\d.,/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/-]|[.,]\d))
    |(?P<clock>(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))
    |(?P<clockdot>(?<![\d.,])\d{1,2}[.h]\d{2}(?![\d]|[.,]\d))
    |(?P<ordinal>(?<![\d.,])\d{1,3}(?:\.?[ºª°]|er(?![^\W\d_])))
    |(?P<amount>\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,4})?(?![\d])|\d{1,9}[.,]\d{1,4}(?![\d.]))
    |(?P<code>[^\W\d_]+\d[^\W_]*|\d+[^\W\d_][^\W_]*)
    |(?P<int>\d{1,9}(?!\d))
    |(?P<word>[^\W\d_]+)
    |(?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)

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
    measures: frozenset[str] = frozenset()
    number_heads: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    roman: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    then_prepositions: frozenset[str] = frozenset()
    past_cues: frozenset[tuple[str, ...]] = frozenset()
    future_cues: frozenset[tuple[str, ...]] = frozenset()
    anterior_infinitive: frozenset[tuple[str, ...]] = frozenset()


def _words_of(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN.finditer(phrase))


@functools.cache
def lexicon(code: str) -> Lexicon:
    """Build (once per language) the lexicon from the language's data files."""
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
    for phrase in modifiers.get("eve", ()):
        add(phrase, "EVE")
    for phrase, mod in temporal.get("positions", {}).items():
        add(phrase, "POSITION", mod)
    for phrase, mod in temporal.get("quantity_mods", {}).items():
        add(phrase, "QMOD", mod)
    relative = temporal.get("relative", {})
    for phrase in relative.get("intensifiers", ()):
        add(phrase, "INTENS", override=False)
    for phrase in relative.get("ago", ()):
        add(phrase, "AGO")
    for phrase in relative.get("since_ago", ()):
        add(phrase, "SINCEAGO")
    for phrase in relative.get("within", ()):
        add(phrase, "WITHIN")
    for phrase in relative.get("later", ()):
        add(phrase, "LATER")
    for phrase in relative.get("earlier", ()):
        add(phrase, "EARLIER")
    for direction, phrases in temporal.get("signals", {}).items():
        for phrase in phrases:
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
    for phrase, value in temporal.get("seasons", {}).items():
        add(phrase, "SEASON", value)
    for phrase, value in temporal.get("holidays", {}).items():
        add(phrase, "HOLIDAY", dict(value))
    for phrase, value in temporal.get("timezones", {}).items():
        add(phrase, "TZ", value)

    grammar = data.get("grammar")
    for key, cls in (
        ("articles", "ART"), ("del", "DEL"), ("al", "AL"), ("de", "DE"), ("en", "EN"),
        ("a", "A"), ("por", "POR"), ("que", "QUE"), ("since", "SINCE"), ("until", "UNTIL"),
        ("toward", "TOWARD"),
    ):
        for word in grammar.get(key, ()):
            add(word, cls, override=False)

    words = {key[0]: value for key, value in entries.items() if len(key) == 1}
    phrases = {key: value for key, value in entries.items() if len(key) > 1}
    negatives = data.get("negatives")
    return Lexicon(
        code=code,
        words=words,
        phrases=phrases,
        phrase_starts=frozenset(key[0] for key in phrases),
        max_phrase=max((len(k) for k in phrases), default=1),
        data=data,
        measures=frozenset(negatives.get("measures", ())),
        number_heads=frozenset(negatives.get("number_heads", ())),
        name_heads=frozenset(negatives.get("name_heads", ())),
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
    )


_ROMAN_SHAPE = re.compile(r"[IVXLCDM]{1,7}")


def tokenize(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with their classes; phrases merged (longest first)."""
    raw: list[Token] = []
    words = lex.words
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        kind = match.lastgroup
        piece = match.group()
        low = piece.lower()
        token = Token(match.start(), match.end(), piece, low, "OTHER")
        if kind == "word":
            token.capital = piece[0].isupper()
            entry = words.get(low)
            if entry is None:
                plain = strip_accents(low)
                entry = words.get(plain)
            if entry is not None:
                token.cls, token.info = entry
            elif _ROMAN_SHAPE.fullmatch(piece) and len(piece) > 1 or piece in ("I", "V", "X"):
                token.cls, token.info = "ROMAN", piece
            else:
                token.cls = "NAME" if token.capital else "WORD"
        elif kind == "int":
            value = int(piece)
            token.info = value
            if len(piece) == 4 and 1000 <= value <= 2199:
                token.cls = "YEARNUM"
            elif 1 <= value <= 31 and len(piece) <= 2:
                token.cls = "DAYNUM"
            else:
                token.cls = "INT"
        elif kind == "numdate":
            token.cls = "NUMDATE"
        elif kind == "clock":
            token.cls = "CLOCK"
        elif kind == "clockdot":
            token.cls = "CLOCKDOT"
        elif kind == "ordinal":
            token.cls, token.info = "ORD", int(re.match(r"\d+", piece).group())
        elif kind == "amount":
            token.cls = "AMOUNT"
        elif kind == "code":
            token.cls = "CODE"
        else:
            token.cls = _PUNCT_CLASS.get(piece, "OTHER")
        raw.append(token)
    return _merge_phrases(raw, lex)


def _merge_phrases(raw: list[Token], lex: Lexicon) -> list[Token]:
    if not lex.phrases:
        return raw
    merged: list[Token] = []
    starts = lex.phrase_starts
    phrases = lex.phrases
    i, n = 0, len(raw)
    while i < n:
        token = raw[i]
        if token.low in starts or strip_accents(token.low) in starts:
            for size in range(min(lex.max_phrase, n - i), 1, -1):
                key = tuple(t.low for t in raw[i : i + size])
                entry = phrases.get(key) or phrases.get(tuple(strip_accents(w) for w in key))
                if entry is not None and _contiguous(raw, i, size):
                    last = raw[i + size - 1]
                    merged.append(
                        Token(token.start, last.end, "", " ".join(key), entry[0], entry[1], token.capital, size)
                    )
                    i += size
                    break
            else:
                merged.append(token)
                i += 1
        else:
            merged.append(token)
            i += 1
    return merged


def _contiguous(raw: list[Token], i: int, size: int) -> bool:
    """A phrase may not span a line break (titles, datelines)."""
    return all(raw[j + 1].start - raw[j].end < 3 for j in range(i, i + size - 1))


def class_string(tokens: list[Token]) -> str:
    return "".join(CHAR[t.cls] for t in tokens)


def roman_value(numeral: str, lex: Lexicon) -> int | None:
    values = [lex.roman.get(c) for c in numeral]
    if not values or None in values:
        return None
    total = 0
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total


def number_value(tokens: list[Token]) -> int | None:
    """The value of a count: digits, or number words ("cuarenta y ocho", "dos mil")."""
    if len(tokens) == 1 and isinstance(tokens[0].info, int) and tokens[0].cls in ("DAYNUM", "INT", "YEARNUM"):
        return tokens[0].info
    total, current = 0, 0
    for token in tokens:
        if token.cls == "AND":
            continue
        if token.cls == "MULT":
            current = (current or 1) * token.info
            total, current = total + current, 0
        elif token.cls in ("NUMWORD", "UNO") and isinstance(token.info, int):
            current += token.info
        else:
            return None
    return total + current
