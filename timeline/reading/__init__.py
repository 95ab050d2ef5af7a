"""Reading: bytes to a `Document` (decoding, dateline, language, paragraphs, sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from timeline import lang
from timeline.errors import DctError, InputError, UsageError
from timeline.models import Document, Span
from timeline.reading import segment
from timeline.reading.dateline import find_dateline
from timeline.reading.decode import clean_text, decode, looks_like_html
from timeline.reading.language import detect

_TITLE_MAX = 90


def read(
    data: bytes | str,
    source: str = "<text>",
    dct: dt.date | None = None,
    language: str | None = None,
    dct_optional: bool = False,
    dateline_year: int | None = None,
) -> Document:
    """Read one article. `dct` (the --dct option) wins over the dateline;
    `dateline_year` is the year of a dateline that writes none (--dateline-year).

    Raises InputError (unreadable input) or DctError (no DCT and not `dct_optional`).
    """
    notes: list[str] = []
    if isinstance(data, bytes):
        text, encoding = decode(data)
    else:
        text, encoding = data.replace("\r\n", "\n").replace("\r", "\n"), "unicode"
        if not text.strip():
            raise InputError("the text is empty" if not text else "the text holds only whitespace")
    was_html = False
    if looks_like_html(text):
        from timeline.reading.html import html_to_text

        text = html_to_text(text)
        was_html = True
    text, cleaned = clean_text(text)
    if cleaned:
        notes.append(cleaned)
    if language in (None, "auto"):
        language = detect(text)
    elif language not in lang.available():
        raise UsageError(f"unsupported language {language!r} (choose from: auto, {', '.join(lang.available())})")
    language_data = lang.load(language)
    if was_html:  # told in the article's words, first, once its language is known
        notes.insert(0, language_data["phrases"]["notes"]["html"])

    dateline = find_dateline(text, day_first=language != "en", language=language, given_year=dateline_year)
    dct_span = None
    dct_source: Literal["dateline", "option"] | None = None
    if dateline is not None:
        dct_span = Span(text=text[dateline.start : dateline.end], start=dateline.start, end=dateline.end)
        if dateline.note:
            notes.append(dateline.note)
    if dct is not None:
        dct_source = "option"
    elif dateline is not None and dateline.date is not None:
        dct, dct_source = dateline.date, "dateline"
    elif not dct_optional:
        # (the error is the tool's, in English; the note is the article's language)
        found = f" (the dateline {text[dateline.start : dateline.end]!r} gives no year)" if dateline is not None else ""
        hint = "--dct YYYY-MM-DD or --dateline-year YYYY" if found else "--dct YYYY-MM-DD"
        raise DctError(f"no document date found{found}; pass {hint} (or --dct-optional)")
    else:
        notes.append(language_data["phrases"]["notes"]["no_dct"])

    skip = None
    if dateline is not None:
        line_start = text.rfind("\n", 0, dateline.start) + 1
        skip = (line_start, dateline.body_start)
    paragraph_list = segment.paragraphs(text, 0, skip)
    sentence_list = segment.sentences(text, paragraph_list, language_data)
    return Document(
        source=source,
        language=language,
        encoding=encoding,
        dct=dct,
        dct_source=dct_source,
        dct_year_guessed=dct_source == "dateline" and dateline is not None and dateline.year_guessed,
        dct_span=dct_span,
        title=_title(text, dateline, sentence_list),
        text=text,
        paragraphs=paragraph_list,
        sentences=sentence_list,
        notes=notes,
    )


def _title(text: str, dateline, sentence_list) -> str | None:
    """The headline when the article has one above its dateline, else the start of
    the first sentence, shortened at a word boundary."""
    if dateline is not None and dateline.kind == "dateline" and dateline.line > 0:
        first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
        if first_line and len(first_line) <= 200:
            return first_line
    if not sentence_list:
        return None
    first = text[sentence_list[0].start : sentence_list[0].end].strip().strip("\"«»“”")
    if len(first) <= _TITLE_MAX:
        return first
    cut = first.rfind(" ", 0, _TITLE_MAX)
    return first[: cut if cut > 0 else _TITLE_MAX].rstrip(",;:") + "…"
