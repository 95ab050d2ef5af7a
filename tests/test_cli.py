"""The command line: options, exit codes, one-line errors, summaries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REFERENCE, ROOT
from timeline import batch
from timeline.cli import app

runner = CliRunner()
NO_DATE = "El Gobierno aprobó hoy el plan de vivienda.\n"


def cli(*args: str, input: str | bytes | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("timeline: ")
    return lines[0]


@pytest.mark.parametrize("command", ["extract", "show", "convert", "schema"])
def test_help_explains_with_an_example(command):
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_extract_help_lists_the_batch_options():
    output = cli("extract", "--help").output
    for option in ("--recursive", "--jsonl", "--jsonl-out", "--jobs", "--quiet", "--dct-optional", "--dateline-year", "--force"):
        assert option in output


def test_reference_article(tmp_path):
    result = cli("extract", REFERENCE, "-o", tmp_path)
    assert result.exit_code == 0
    assert {p.suffix for p in tmp_path.iterdir() if not p.name.startswith(".")} == {".json", ".ics", ".md"}
    assert "1 article," in result.stdout and "2025-11-11" in result.stdout


def test_invalid_dct_is_one_line_and_exit_2(tmp_path):
    result = cli("extract", REFERENCE, "-o", tmp_path, "--dct", "2025-13-45")
    assert result.exit_code == 2
    assert "2025-13-45" in one_line(result.stderr) and "YYYY-MM-DD" in result.stderr
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_no_dateline_asks_for_dct(tmp_path):
    article = tmp_path / "nodate.txt"
    article.write_text(NO_DATE)
    result = cli("extract", article, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "pass --dct" in one_line(result.stderr)


def test_dct_optional_leaves_relative_dates_unresolved(tmp_path):
    article = tmp_path / "nodate.txt"
    article.write_text(NO_DATE)
    result = cli("extract", article, "-o", tmp_path / "out", "--dct-optional")
    assert result.exit_code == 0
    data = json.loads((tmp_path / "out" / "nodate.json").read_text())
    assert data["document"]["dct"] is None
    for timex in data["timexes"]:
        assert "2025" not in timex["value"]  # nothing resolved against today


def test_dct_option_dates_an_article_without_dateline(tmp_path):
    article = tmp_path / "nodate.txt"
    article.write_text(NO_DATE)
    assert cli("extract", article, "-o", tmp_path / "out", "--dct", "2025-11-11").exit_code == 0
    assert json.loads((tmp_path / "out" / "nodate.json").read_text())["document"]["dct_source"] == "option"


YEARLESS = "Madrid, 11 nov (EFE).- El Gobierno aprobó hoy el plan de vivienda, informaron este martes fuentes del Ejecutivo.\n"


def test_yearless_dateline_asks_for_dct_or_dateline_year(tmp_path):
    article = tmp_path / "efe.txt"
    article.write_text(YEARLESS)
    result = cli("extract", article, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 2
    assert "gives no year" in one_line(result.stderr) and "--dateline-year YYYY" in result.stderr


def test_dateline_year_dates_a_yearless_dateline(tmp_path):
    article = tmp_path / "efe.txt"
    article.write_text(YEARLESS)
    assert cli("extract", article, "-o", tmp_path / "out", "-q", "--dateline-year", "2025").exit_code == 0
    document = json.loads((tmp_path / "out" / "efe.json").read_text())["document"]
    assert document["dct"] == "2025-11-11" and document["dct_source"] == "dateline"
    assert document["dct_year_guessed"] is False and any("--dateline-year" in note for note in document["notes"])


def test_dateline_year_leaves_a_written_year_alone(tmp_path):
    article = tmp_path / "efe.txt"
    article.write_text("Madrid, 11 nov 2024 (EFE).- El Gobierno aprobó hoy el plan.\n")
    assert cli("extract", article, "-o", tmp_path / "out", "-q", "--dateline-year", "2025").exit_code == 0
    assert json.loads((tmp_path / "out" / "efe.json").read_text())["document"]["dct"] == "2024-11-11"


@pytest.mark.parametrize("year", ["25", "20x5", "0000", "-2025", "12345"])
def test_invalid_dateline_year_is_one_line_and_exit_2(tmp_path, year):
    article = tmp_path / "efe.txt"
    article.write_text(YEARLESS)
    result = cli("extract", article, "-o", tmp_path / "out", "--dateline-year", year)
    assert result.exit_code == 2
    assert "--dateline-year" in one_line(result.stderr) and "YYYY" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "--jsonl"),
        (["--jobs", "-1", "x"], "--jobs"),
        (["--lang", "xx", "x"], "--lang"),
        (["--format", "pdf", "x"], "format"),
        (["--jsonl-out", "o.jsonl", "--format", "ics", "x"], "JSON only"),
        (["--jsonl-out", "o.jsonl", "--merge", "x"], "--merge"),
        (["--max-size", "lots", "x"], "--max-size"),
        (["missing-file.txt"], "no such file"),
        (["--jsonl", "missing.jsonl"], "no such file"),
    ],
)
def test_usage_errors(tmp_path, args, message):
    result = cli("extract", *args)
    assert result.exit_code == 2
    assert message in one_line(result.stderr)


def test_standard_input(tmp_path):
    result = cli("extract", "-", "-o", tmp_path, input=REFERENCE.read_bytes())
    assert result.exit_code == 0 and (tmp_path / "stdin.json").is_file()


def test_jsonl_from_standard_input_to_standard_output(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": REFERENCE.read_text(), "url": "https://x/a"}),
        "garbage",
        json.dumps({"id": "b", "text": "Hoy llueve.", "dct": "2025-01-02"}),
    ]
    result = cli("extract", "--jsonl", "-", "--jsonl-out", "-", "-j", "1", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "b"]
    assert out[0]["document"]["dct"] == "2025-11-11" and "error" in out[1]
    assert "<stdin>:2" in result.stderr and "not valid JSON" in result.stderr
    assert "3 articles" in result.stderr  # the summary stays off the data stream


def test_jsonl_out_file_puts_errors_beside_it(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Hoy llueve.", "dct": "2025-01-02"}) + "\n{}\n")
    result = cli("extract", "--jsonl", source, "--jsonl-out", tmp_path / "res" / "out.jsonl")
    assert result.exit_code == 1
    assert len((tmp_path / "res" / "out.jsonl").read_text().splitlines()) == 2
    assert "no 'text'" in (tmp_path / "res" / "errors.jsonl").read_text()


def test_jobs_give_the_same_files(tmp_path):
    archive = tmp_path / "in"
    archive.mkdir()
    for index in range(9):
        (archive / f"a{index}.txt").write_text(f"{index + 1}/05/2024\n\nEl ministro llegó ayer a Lima.\n")
    assert cli("extract", archive, "-o", tmp_path / "one", "-j", "1", "-q").exit_code == 0
    assert cli("extract", archive, "-o", tmp_path / "three", "-j", "3", "-q").exit_code == 0
    for path in (tmp_path / "one").iterdir():
        assert path.read_bytes() == (tmp_path / "three" / path.name).read_bytes()


def test_failures_are_reported_in_one_line_each_and_exit_1(tmp_path):
    archive = tmp_path / "in"
    archive.mkdir()
    (archive / "good.txt").write_bytes(REFERENCE.read_bytes())
    (archive / "empty.txt").write_bytes(b"")
    (archive / "binary.txt").write_bytes(bytes(range(256)) * 4)
    result = cli("extract", archive, "-o", tmp_path / "out")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("timeline: ") for line in errors)
    assert any("binary.txt: this looks like binary data" in line for line in errors)
    assert "2 failed (see" in result.stdout
    assert (tmp_path / "out" / "good.json").is_file()


def test_many_articles_get_a_compact_summary(tmp_path):
    archive = tmp_path / "in"
    archive.mkdir()
    count = batch.TABLE_LIMIT + 5
    for index in range(count):
        (archive / f"a{index:03d}.txt").write_text(f"{index % 28 + 1}/02/2025\n\nHoy llueve.\n")
    result = cli("extract", archive, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) <= 4 and f"{count} articles in" in lines[0] and "articles/s" in lines[0]
    assert "languages: es" in result.stdout


def test_quiet_prints_nothing_on_success(tmp_path):
    result = cli("extract", REFERENCE, "-o", tmp_path, "-q")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


def test_entry_point_never_shows_a_traceback(tmp_path):
    """The real entry point (`python -m timeline`), in a subprocess, on unreadable input."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    process = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(bad), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert process.returncode == 1
    assert "Traceback" not in process.stderr
    assert process.stderr.startswith(f"timeline: {bad}: this looks like binary data")
