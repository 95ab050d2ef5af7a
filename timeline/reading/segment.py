"""Paragraphs and sentences, as offsets into the text.

A sentence ends at . ! ? or … (plus closing quotes or brackets) followed by space
and something that can open a sentence. Not at: a known abbreviation ("Sr.",
"núm.", "EE.UU." before a lower-case word), an initial ("J. Smith"), a dot inside a
number ("30.000"). A line break ends a sentence unless it only wraps a long line.
A run-on stretch longer than MAX_SENTENCE characters (ten times the longest
sentence of our corpora) is cut at its last comma or blank before the limit: later
stages compare the clauses of a sentence pairwise, and a megabyte with no full stop
must not make them quadratic.
"""

from __future__ import annotations

import functools
import re

from timeline import lang
from timeline.lang import Language
from timeline.models import Segment, Sentence

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TERMINATOR = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)")
_OPENER = re.compile(r"\s+[\"'«“‘¿¡(\[—–-]*[A-ZÁÉÍÓÚÑÜ0-9]")
# the last word before a stop, in one match from the window's start (the greedy .* backs
# up to the last blank): a search for (\S+)$ would try every position of the window
_WORD_BEFORE = re.compile(r"(?:.*\s)?(\S+)$", re.S)
_NOT_BLANK = re.compile(r"\S")
_NEXT_WORD = re.compile(r"\s*(\S+)")  # matched in place: slicing the rest of the paragraph per stop is quadratic
_WRAP_WIDTH = 60  # a line at least this long that runs on lower-case is a wrapped line
MAX_SENTENCE = 5000


def paragraphs(text: str, start: int = 0, skip: tuple[int, int] | None = None) -> list[Segment]:
    """Blocks separated by blank lines, trimmed, from `start`; `skip` (the dateline)
    is left out of whatever block holds it."""
    result: list[Segment] = []
    position = start
    bounds = [m.start() for m in _BLANK_LINE.finditer(text, start)] + [len(text)]
    for boundary in bounds:
        pieces = [(position, boundary)]
        if skip and position <= skip[0] < boundary:
            pieces = [(position, skip[0]), (skip[1], boundary)]
        for lo, hi in pieces:
            segment = _trim(text, lo, hi)
            if segment:
                result.append(segment)
        position = boundary
    return result


def _trim(text: str, lo: int, hi: int) -> Segment | None:
    bounds = _trimmed(text, lo, hi)
    return Segment(start=bounds[0], end=bounds[1]) if bounds else None


_EDGES = " \t\n.-–—:"
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts, one character


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """text[lo:hi] without blanks and stray marks at its edges; None when it has no
    letter or digit (found in place: dense text has a sentence every few characters)."""
    if _ALNUM.search(text, lo, hi) is None:
        return None
    chunk = text[lo:hi]
    return lo + len(chunk) - len(chunk.lstrip(_EDGES)), lo + len(chunk.rstrip())


@functools.cache
def _days_and_zones(code: str) -> frozenset[str]:
    """Weekdays, deictic days and named time zones (not the local one) as single words,
    once per language."""
    language = lang.load(code)
    temporal = language["temporal"]
    words = [name for names in language["calendar"]["weekdays"].values() for name in names]
    words += [*temporal.get("deictic_days", {}), *(zone for zone, value in temporal.get("timezones", {}).items() if value)]
    return frozenset(word for word in words if " " not in word)


@functools.cache
def _month_words(code: str) -> frozenset[str]:
    """Month names and their abbreviations as single words, once per language: a date
    goes on after a clock's abbreviation ("at 10 a.m. Dec. 2")."""
    return frozenset(name for names in lang.load(code)["calendar"]["months"].values() for name in names if " " not in name)


@functools.cache
def _zone_phrases(code: str) -> tuple[str, ...]:
    """Named time zones of several words ("eastern time", "new york time"), once per language."""
    zones = lang.load(code)["temporal"].get("timezones", {})
    return tuple(zone for zone, value in zones.items() if value and " " in zone)


def _zone_phrase_at(text: str, position: int, phrases: tuple[str, ...]) -> bool:
    """Does a zone of several words open at `position` (past blanks)?"""
    ahead = text[position : position + 40].lstrip().lower()
    return any(ahead.startswith(phrase) and not ahead[len(phrase) : len(phrase) + 1].isalpha() for phrase in phrases)


def _inside_spaced_abbreviation(text: str, dot: int, start: int, spaced: tuple[str, ...]) -> bool:
    """Is the dot at `dot` one before the last of an abbreviation written with blanks
    ("a. C.", "d. de C."), that starts a word?"""
    for phrase in spaced:
        k = phrase.find(".")
        while 0 <= k < len(phrase) - 1:
            lo = dot - k
            if lo >= start and (lo == start or text[lo - 1].isspace()) and text[lo : lo + len(phrase)].lower() == phrase:
                return True
            k = phrase.find(".", k + 1)
    return False


def sentences(text: str, paragraph_list: list[Segment], language: Language) -> list[Sentence]:
    data = language["language"]
    abbreviations = frozenset(data.get("abbreviations", ()))
    final_abbreviations = frozenset(data.get("final_abbreviations", ()))
    # a day or a zone goes on after any final abbreviation ("at 10 a.m. Wednesday",
    # "the U.S. Monday"), a title after one that is no clock's ("U.S. President")
    times = _days_and_zones(language.code) if data.get("days_and_zones_after_abbreviation") else frozenset()
    zone_phrases = _zone_phrases(language.code) if times else ()
    titles = frozenset(data.get("title_after_abbreviation", ())) | times
    clocks = frozenset(data.get("clock_abbreviations", ()))
    after_clock = times | _month_words(language.code) if times else times
    captions = _caption_pattern(tuple(data.get("caption_words", ())), tuple(data.get("caption_of", ())))
    openers = frozenset(data.get("openers_after_initial", ()))
    spaced = tuple(data.get("spaced_abbreviations", ()))
    result: list[Sentence] = []
    for index, paragraph in enumerate(paragraph_list):
        cuts = sorted(
            _line_cuts(text, paragraph) | _punctuation_cuts(text, paragraph, abbreviations, final_abbreviations, titles, clocks, after_clock, zone_phrases, openers, spaced)
        )
        lo = paragraph.start + _caption_length(text, paragraph.start, paragraph.end, captions)
        for cut in cuts + [paragraph.end]:
            for piece_end in _run_on_cuts(text, lo, cut) + [cut]:
                bounds = _trimmed(text, lo, piece_end) if piece_end > lo else None
                if bounds:
                    result.append(Sentence(start=bounds[0], end=bounds[1], paragraph=index))
                lo = piece_end
    return result


# an image's width left from a wiki's markup before a paragraph: "150px Airbus, ..."
_IMAGE_WIDTH = re.compile(r"\d{2,4}px\s+")


@functools.cache
def _caption_pattern(words: tuple[str, ...], of_words: tuple[str, ...]) -> re.Pattern[str] | None:
    """An image's caption left before a paragraph, whose name the text then repeats:
    "Logotipo de General Motors General Motors Corporation (GM) ha publicado"."""
    if not words or not of_words:
        return None
    alternatives = "|".join(map(re.escape, words))
    of = "|".join(map(re.escape, of_words))
    return re.compile(rf"(?:{alternatives})\s+(?:{of})\s+([^\W\d_][^\n.,;:]{{0,60}}?)\s+(?=\1\b)")


def _caption_length(text: str, start: int, end: int, captions: re.Pattern[str] | None) -> int:
    """The characters of wiki leftovers opening the paragraph at `start`: an image's width,
    an image's caption (left out of its first sentence); 0 when there are none."""
    width = _IMAGE_WIDTH.match(text, start, end)
    length = width.end() - start if width else 0
    caption = captions.match(text, start + length, end) if captions is not None else None
    return caption.end() - start if caption else length


def _run_on_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Where to cut a stretch longer than MAX_SENTENCE: after its last comma, else
    its last blank, before each limit (hard at the limit when it has neither)."""
    cuts: list[int] = []
    while hi - lo > MAX_SENTENCE:
        limit = lo + MAX_SENTENCE
        cut = text.rfind(",", lo + MAX_SENTENCE // 2, limit) + 1 or text.rfind(" ", lo + MAX_SENTENCE // 2, limit) + 1 or limit
        cuts.append(cut)
        lo = cut
    return cuts


def _opener_after(text: str, position: int, end: int, openers: frozenset[str]) -> bool:
    """Whether the word after `position` is one that opens a sentence and no name ("En")."""
    if not openers:
        return False
    following = _NEXT_WORD.match(text, position, end)
    return following is not None and following.group(1).lower() in openers


def _line_cuts(text: str, paragraph: Segment) -> set[int]:
    cuts = set()
    position = text.find("\n", paragraph.start, paragraph.end)
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        line = text[max(line_start, paragraph.start) : position].rstrip()
        following = _NOT_BLANK.search(text, position + 1, paragraph.end)  # not a copy of the rest
        wrapped = len(line) >= _WRAP_WIDTH and line[-1:] not in ".!?…:\"»”" and following is not None and following.group().islower()
        if not wrapped:
            cuts.add(position)
        position = text.find("\n", position + 1, paragraph.end)
    return cuts


def _punctuation_cuts(
    text: str, paragraph: Segment, abbreviations: frozenset[str], final_abbreviations: frozenset[str],
    titles: frozenset[str] = frozenset(), clocks: frozenset[str] = frozenset(), times: frozenset[str] = frozenset(),
    zone_phrases: tuple[str, ...] = (), openers: frozenset[str] = frozenset(), spaced: tuple[str, ...] = (),
) -> set[int]:
    cuts = set()
    for match in _TERMINATOR.finditer(text, paragraph.start, paragraph.end):
        end = match.end()
        if not _OPENER.match(text, end, paragraph.end):
            continue
        if text[match.start()] == "." and spaced and _inside_spaced_abbreviation(text, match.start(), paragraph.start, spaced):
            continue  # "en el año 44 a. C.": the dot inside the era's abbreviation
        if text[match.start()] == ".":
            word = _WORD_BEFORE.match(text, max(paragraph.start, match.start() - 40), match.start() + 1)
            token = word.group(1).lower().lstrip("(\"'«“¿¡") if word else ""
            if token in abbreviations and token not in final_abbreviations:
                continue
            following = _NEXT_WORD.match(text, end, paragraph.end) if token in final_abbreviations else None
            if following and following.group(1)[:1] == "(":
                continue  # "at 6:40 p.m. (GMT +8)": a bracket goes on the sentence
            if following and following.group(1).lower().strip(",.;:") in (times if token in clocks else titles):
                continue  # "U.S. President Donald Trump", "at 10 a.m. Wednesday"
            if following and token in clocks and _zone_phrase_at(text, end, zone_phrases):
                continue  # "at 9:30 a.m. Eastern time"
            if word and len(word.group(1)) == 2 and word.group(1)[0].isupper() and not _opener_after(text, end, paragraph.end, openers):
                continue  # an initial: "J. Smith" ("Mac OS X. En el día de hoy" ends)
        cuts.add(end)
    return cuts
