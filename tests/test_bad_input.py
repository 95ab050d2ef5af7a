"""Bad input: each case has its documented behaviour, at the library level and
through the command line (one clear line, no traceback, the batch goes on).

What we do, case by case:
- empty, whitespace-only, binary (NUL bytes, many control codes) -> InputError, exit 1;
- invalid UTF-8 in the middle of UTF-8 text -> read; the bad bytes become U+FFFD and
  the `encoding` field says how many were replaced;
- UTF-16 with a BOM (or Latin text without one), Latin-1, Windows-1252 -> read, the
  same timeline as the UTF-8 original; the encoding used is recorded;
- a 20 MB article -> read by the library (no limit there); the CLI refuses articles
  over --max-size (default 10 MB: news articles are a few KB, a 20 MB one is a dump
  that would hold an archive run for minutes), --max-size 0 lifts the limit;
- a 1 MB line without spaces -> processed like any other;
- HTML (a page or a fragment) -> its tags are removed, a note says so;
- control characters -> replaced by spaces one for one (offsets stay valid), noted;
- a DCT in 1800 or 2200 -> processed, every export renders;
- an ambiguous numeric dateline (03/04/2025) -> day first unless the article is in
  English (month first); a note in document.notes says which reading was taken.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest
from typer.testing import CliRunner

from conftest import REFERENCE
from timeline import export
from timeline.cli import app
from timeline.errors import InputError
from timeline.pipeline import extract
from timeline.reading import read
from timeline.reading.segment import MAX_SENTENCE

REF_TEXT = REFERENCE.read_text("utf-8")
REF_BYTES = REF_TEXT.encode("utf-8")
BIG = 20 * 1024 * 1024


def big_article() -> bytes:
    body = REF_TEXT.split("\n", 1)[1]
    repeats = BIG // len(body.encode()) + 1
    return ("11/11/2025\n\n" + body * repeats).encode("utf-8")[:BIG].rsplit(b" ", 1)[0]


def damaged_utf8() -> bytes:
    middle = len(REF_BYTES) // 2
    middle = REF_BYTES.index(b" ", middle)
    return REF_BYTES[:middle] + b" \xff\xfe\xc3 " + REF_BYTES[middle:]


def cp1252_text() -> str:
    return REF_TEXT.replace('"El punto', "“El punto").replace("integral\"", "integral”")


UNREADABLE = {
    "empty": (b"", "the file is empty"),
    "whitespace": (b"  \n\t\r\n   \n", "only whitespace"),
    "binary": (bytes(range(256)) * 16, "binary data"),
    "nul-bytes": (b"PK\x03\x04" + b"\x00\x14\x00\x08" * 50, "binary data"),
    "controls": (bytes(range(1, 32)) * 40, "binary data"),
}


@pytest.mark.parametrize("name", UNREADABLE)
def test_unreadable_input_is_a_clear_error(name):
    data, message = UNREADABLE[name]
    with pytest.raises(InputError, match=message) as raised:
        extract(data)
    assert "\n" not in str(raised.value)


def test_damaged_utf8_keeps_the_text():
    timeline = extract(damaged_utf8())
    document = timeline.document
    assert document.encoding == "utf-8 (3 invalid byte sequences replaced by U+FFFD)"
    assert document.text.count("\ufffd") == 3
    assert document.dct == dt.date(2025, 11, 11)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (REF_TEXT.encode("utf-16"), "utf-16"),
        (REF_TEXT.encode("utf-16-le"), "utf-16-le"),
        (REF_TEXT.encode("latin-1"), "iso-8859-1"),
        (cp1252_text().encode("cp1252"), "windows-1252"),
    ],
)
def test_other_encodings_give_the_same_timeline(data, encoding):
    original = extract(cp1252_text() if encoding == "windows-1252" else REF_TEXT)
    timeline = extract(data)
    assert timeline.document.encoding == encoding
    assert timeline.document.text == original.document.text
    assert [t.model_dump() for t in timeline.timexes] == [t.model_dump() for t in original.timexes]
    assert [e.model_dump() for e in timeline.events] == [e.model_dump() for e in original.events]


def test_twenty_megabyte_article_is_read():
    """The reader copes (linear time and memory); the library has no size limit."""
    data = big_article()
    assert len(data) > 19 * 1024 * 1024
    document = read(data)
    assert document.dct == dt.date(2025, 11, 11)
    assert len(document.paragraphs) > 10_000
    last = document.sentences[-1]
    assert document.text[last.start : last.end].strip()


def test_twenty_megabyte_article_is_refused_by_the_batch_with_a_clear_message():
    """A news article is a few KB: the CLI refuses one over --max-size (default 10 MB)
    instead of holding an archive run for minutes; --max-size 0 lifts the limit."""
    from timeline import batch

    article = batch.Article("big", "big.txt", data=big_article())
    with pytest.raises(InputError, match=r"the article is 20.0 MB, over the limit of 10.0 MB .*--max-size"):
        batch.process(article, batch.Options())
    small = batch.Article("ref", str(REFERENCE), path=REFERENCE)
    with pytest.raises(InputError, match="3.5 KB, over the limit of 1.0 KB"):
        batch.process(small, batch.Options.create(max_size="1KB"))
    assert batch.process(small, batch.Options.create(max_size="0")).document.dct == dt.date(2025, 11, 11)


def test_a_megabyte_line_without_spaces():
    for filler in ("x", "1", ".", "de", "á"):
        text = "11/11/2025\n\n" + filler * (1024 * 1024 // len(filler))
        timeline = extract(text)
        assert timeline.document.dct == dt.date(2025, 11, 11)
        assert len(timeline.document.text) > 1_000_000
        sentences = timeline.document.sentences
        if filler == ".":
            assert sentences == []  # no letters, no sentence
            continue
        # one run-on stretch, cut into pieces of at most MAX_SENTENCE that tile it
        assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
        assert [s.start for s in sentences[1:]] == [s.end for s in sentences[:-1]]
        assert (sentences[0].start, sentences[-1].end) == (12, len(timeline.document.text))


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html><head><title>Cumbre</title><style>p{}</style></head><body>"
        "<p>11/11/2025</p><p>El presidente llegó <b>ayer</b> a Moscú.</p><script>var x = '3 de abril';</script></body></html>",
        "<article><p>11/11/2025</p>\n<p>El presidente llegó <b>ayer</b> a Moscú.</p></article>",
    ],
)
def test_html_is_reduced_to_its_text(markup):
    timeline = extract(markup.encode("utf-8"))
    document = timeline.document
    assert "<" not in document.text and "3 de abril" not in document.text and "p{}" not in document.text
    assert "El presidente llegó ayer a Moscú." in document.text
    assert document.dct == dt.date(2025, 11, 11)
    assert any("HTML" in note for note in document.notes)


def test_text_that_mentions_angle_brackets_is_not_html():
    document = read("11/11/2025\n\nSi a < b y c > d, la expresión <x> no es una etiqueta.")
    assert "<x>" in document.text and not document.notes


def test_control_characters_become_spaces_and_offsets_stay_valid():
    text = "11/11/2025\n\nEl Rey\x07 viajó\x1b ayer\x0c a Roma.\x85 Volverá\u2028el jueves.\x00"
    timeline = extract(text)
    document = timeline.document
    assert len(document.text) == len(text)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in document.text)
    assert any("control" in note for note in document.notes)
    for timex in timeline.timexes:
        if timex.start is not None:
            assert document.text[timex.start : timex.end] == timex.text


def test_lone_surrogates_from_a_python_string_do_not_break_json():
    timeline = extract("El Rey \udce9 viajó ayer.", dct="2025-01-01")
    assert "\ufffd" in timeline.document.text
    json.loads(timeline.model_dump_json())


def available_formats() -> list[str]:
    return [f for f, (module, _) in export.FORMATS.items() if importlib.util.find_spec(f"timeline.export.{module}")]


@pytest.mark.parametrize("dct", ["1800-01-01", "1800-02-28", "2200-12-31", "0001-01-01", "9999-12-31"])
def test_far_past_and_future_dct(dct):
    from icalendar import Calendar

    timeline = extract(REF_BYTES, dct=dct)
    assert timeline.document.dct == dt.date.fromisoformat(dct)
    for fmt in available_formats():
        assert export.render(timeline, fmt)
    Calendar.from_ical(export.render(timeline, "ics"))


@pytest.mark.parametrize(
    "text, expected, reading",
    [
        ("03/04/2025\n\nEl Rey viajó ayer a Roma.", dt.date(2025, 4, 3), ("ambigua", "día primero")),
        ("03/04/2025\n\nThe king travelled to Rome yesterday.", dt.date(2025, 3, 4), ("ambiguous", "month first")),
    ],
)
def test_ambiguous_dateline_is_read_by_language_and_noted(text, expected, reading):
    """The note is in the article's language."""
    document = extract(text).document
    assert document.dct == expected
    word, reading = reading
    (note,) = [n for n in document.notes if word in n]
    assert reading in note and "--dct" in note


def test_unambiguous_numeric_dateline_has_no_note():
    assert not extract("25/04/2025\n\nEl Rey viajó ayer a Roma.").document.notes


# --- the same inputs through the command line, in one batch ---------------------------


def test_command_line_processes_the_rest_of_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in UNREADABLE.items():
        (folder / f"{name}.txt").write_bytes(data)
    (folder / "huge.txt").write_bytes(big_article())
    readable = {
        "a-good": REF_BYTES,
        "damaged-utf8": damaged_utf8(),
        "utf16": REF_TEXT.encode("utf-16"),
        "latin1": REF_TEXT.encode("latin-1"),
        "cp1252": cp1252_text().encode("cp1252"),
        "long-line": b"11/11/2025\n\n" + b"x" * (1024 * 1024),
        "html": b"<html><body><p>11/11/2025</p><p>Hoy llueve.</p></body></html>",
        "controls-few": "11/11/2025\n\nHoy\x07 llueve\x1b.".encode(),
        "ambiguous": b"03/04/2025\n\nHoy llueve en Madrid.",
    }
    for name, data in readable.items():
        (folder / f"{name}.txt").write_bytes(data)
    lines = [
        json.dumps({"id": "ok", "text": REF_TEXT}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text", "title": "x"}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")

    result = CliRunner().invoke(
        app, ["extract", str(folder), "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "-j", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert "Traceback" not in result.output
    assert len(errors) == len(UNREADABLE) + 3
    assert any(line.startswith(f"timeline: {folder / 'huge.txt'}: the article is 20.0 MB") for line in errors)
    for name, (_, message) in UNREADABLE.items():
        assert any(line.startswith(f"timeline: {folder / name}.txt: ") and message in line for line in errors)
    assert any(":2 (" not in line and "in.jsonl:2: the line is not valid JSON" in line for line in errors)
    assert any("in.jsonl:3 (no-text): the line has no 'text' field" in line for line in errors)
    out = tmp_path / "out"
    for name in [*readable, "ok"]:
        assert (out / f"{name}.json").is_file(), name
    ambiguous = json.loads((out / "ambiguous.json").read_text())
    assert ambiguous["document"]["dct"] == "2025-04-03" and ambiguous["document"]["notes"]
    recorded = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert len(recorded) == len(UNREADABLE) + 3


@pytest.mark.parametrize("dct", ["1800-06-15", "2200-01-01"])
def test_command_line_far_dct_with_every_format(tmp_path, dct):
    formats = ",".join(available_formats())
    result = CliRunner().invoke(
        app, ["extract", str(REFERENCE), "--dct", dct, "-o", str(tmp_path), "--format", formats],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / f"{REFERENCE.stem}.json").read_text())["document"]["dct"] == dct
