"""`timeline evaluate`: TempEval-3 figures on a tiny synthetic corpus with known scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import evaluate
from timeline.cli import app

ARTICLE = "Cumbre en Moscú\n11 de noviembre de 2025\n\nTokáyev llega hoy a Moscú y el miércoles se reunirá con Putin. Costó 30 millones.\n"


def _gold(text: str, *spans: tuple[str, str, str]) -> list[dict]:
    result = []
    for piece, kind, value in spans:
        start = text.index(piece)
        result.append({"start": start, "end": start + len(piece), "text": piece, "type": kind, "value": value})
    return result


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = _gold(
        ARTICLE,
        ("11 de noviembre de 2025", "DATE", "2025-11-11"),  # the dateline: t0 matches it exactly
        ("hoy", "DATE", "2025-11-11"),  # exact match
        ("miércoles", "DATE", "2025-11-19"),  # relaxed only (ours: "el miércoles"), wrong value
        ("30 millones", "DURATION", "P30Y"),  # a miss (and a silly one)
    )
    record = {"doc": "a", "dct": "2025-11-11", "timexes": gold}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_known_scores(corpus):
    report = evaluate.evaluate(corpus)
    assert report.documents == 1
    # predicted: t0, hoy, el miércoles = 3; gold = 4
    assert (report.relaxed.correct, report.relaxed.predicted, report.relaxed.gold) == (3, 3, 4)
    assert report.strict.correct == 2
    assert report.value.correct == 2
    assert report.type.correct == 3
    assert report.relaxed.precision == 1.0 and report.relaxed.recall == 0.75
    assert round(report.strict.f1, 4) == round(2 * (2 / 3) * (2 / 4) / ((2 / 3) + (2 / 4)), 4)
    kinds = sorted(p.kind for p in report.problems)
    assert kinds == ["miss", "span", "value"]


def test_cli_prints_figures_and_errors(corpus):
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--errors"])
    assert result.exit_code == 0, result.output
    assert "strict" in result.output and "relaxed" in result.output and "value" in result.output
    assert "miss" in result.output and "30 millones" in result.output
    assert "[el miércoles]" in result.output


def test_cli_json(corpus):
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--json"])
    data = json.loads(result.output)
    assert data["relaxed"]["correct"] == 3 and data["strict"]["gold"] == 4


def test_offsets_off_by_a_bom_and_crlf_are_realigned(tmp_path):
    raw = "\ufeff" + ARTICLE.replace("\n", "\r\n")  # gold offsets count the BOM and the CRs
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    gold = _gold(raw, ("11 de noviembre de 2025", "DATE", "2025-11-11"), ("hoy", "DATE", "2025-11-11"))
    record = {"doc": "a", "dct": "2025-11-11", "timexes": gold}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate.evaluate(tmp_path)
    assert report.strict.correct == 2 and report.realigned == 2 and report.dropped == 0


def test_bad_inputs_give_one_line_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code != 0 and "not a folder" in result.output
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code != 0 and "no gold file" in result.output
    (tmp_path / "gold.jsonl").write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code != 0 and "invalid gold line" in result.output
    assert "Traceback" not in result.output


def test_missing_article_is_reported_not_fatal(corpus):
    with open(corpus / "gold.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"doc": "ghost", "timexes": []}) + "\n")
    result = CliRunner().invoke(app, ["evaluate", str(corpus)])
    assert result.exit_code == 1
    assert "ghost" in result.output
