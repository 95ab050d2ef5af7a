"""Scoring the temporal tagger against a gold corpus, TempEval-3 style.

A corpus is a folder of `NAME.txt` articles plus `gold.jsonl`, one line per article:

    {"doc": "NAME", "dct": "YYYY-MM-DD",
     "timexes": [{"start": 39, "end": 58, "text": "...", "type": "DATE", "value": "2007-01-18"}]}

`start`/`end` are code-point offsets into NAME.txt, end exclusive. `dct` (optional)
is passed to the tagger exactly as `--dct` would be; without it the article's
dateline is used. The gold may annotate the dateline itself: our t0 (the DCT, with
the dateline's span) counts as a prediction like any other timex.

Figures (TempEval-3): strict match = identical spans; relaxed match = overlapping
spans (each gold and each predicted expression matched at most once, largest overlap
first). Precision = matches / predicted, recall = matches / gold. Type and value
F1 count the relaxed matches whose attribute is identical, over all predicted
(precision) and all gold (recall) expressions.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import InputError, TimelineError


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Prf:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Prf") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "correct": self.correct, "predicted": self.predicted, "gold": self.gold,
        }


@dataclass
class Problem:
    kind: str  # miss, false-alarm, value, type, span
    doc: str
    text: str
    context: str
    gold: Annotation | None = None
    ours: Annotation | None = None


@dataclass
class Report:
    folder: str
    documents: int = 0
    strict: Prf = field(default_factory=Prf)
    relaxed: Prf = field(default_factory=Prf)
    type: Prf = field(default_factory=Prf)
    value: Prf = field(default_factory=Prf)
    problems: list[Problem] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    realigned: int = 0
    dropped: int = 0

    def as_dict(self) -> dict:
        return {
            "folder": self.folder,
            "documents": self.documents,
            "strict": self.strict.as_dict(),
            "relaxed": self.relaxed.as_dict(),
            "type": self.type.as_dict(),
            "value": self.value.as_dict(),
            "failures": [{"doc": d, "reason": r} for d, r in self.failures],
            "gold_realigned": self.realigned,
            "gold_dropped": self.dropped,
        }


def load_gold(path: Path) -> list[dict]:
    """The gold file's records, with a clear error for what is malformed."""
    records = []
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except OSError as error:
        raise InputError(f"cannot read the gold file {path}: {error.strerror or error}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or "doc" not in record:
                raise ValueError("each line must be an object with a \"doc\" field")
            for timex in record.get("timexes", []):
                for key in ("start", "end", "type", "value"):
                    if key not in timex:
                        raise ValueError(f"a timex lacks {key!r}")
        except ValueError as error:
            raise InputError(f"{path}:{number}: invalid gold line ({error})") from None
        records.append(record)
    return records


def _align(text: str, timex: dict) -> Annotation | None:
    """The gold span in the text as read; moved to the nearest occurrence of its
    text when offsets are off (a BOM, CRLF line ends); None when not found."""
    start, end = int(timex["start"]), int(timex["end"])
    wanted = timex.get("text")
    if wanted is None or text[start:end] == wanted:
        return Annotation(start, end, text[start:end], str(timex["type"]), str(timex["value"]))
    best = None
    for shift in range(1, 200):
        for candidate in (start - shift, start + shift):
            if candidate >= 0 and text[candidate : candidate + len(wanted)] == wanted:
                best = candidate
                break
        if best is not None:
            break
    if best is None:
        return None
    return Annotation(best, best + len(wanted), wanted, str(timex["type"]), str(timex["value"]))


def _matches(gold: list[Annotation], ours: list[Annotation]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: overlapping spans, identical spans first, then
    the largest overlap, then text order."""
    pairs = []
    for i, g in enumerate(gold):
        for j, o in enumerate(ours):
            overlap = min(g.end, o.end) - max(g.start, o.start)
            if overlap > 0:
                exact = g.start == o.start and g.end == o.end
                pairs.append((not exact, -overlap, i, j))
    pairs.sort()
    used_gold, used_ours, result = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_gold or j in used_ours:
            continue
        used_gold.add(i)
        used_ours.add(j)
        result.append((i, j))
    return sorted(result)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def score_document(name: str, text: str, gold: list[Annotation], ours: list[Annotation], report: Report) -> None:
    strict = Prf(predicted=len(ours), gold=len(gold))
    relaxed = Prf(predicted=len(ours), gold=len(gold))
    typed = Prf(predicted=len(ours), gold=len(gold))
    valued = Prf(predicted=len(ours), gold=len(gold))
    matched = _matches(gold, ours)
    for i, j in matched:
        g, o = gold[i], ours[j]
        relaxed.correct += 1
        if g.start == o.start and g.end == o.end:
            strict.correct += 1
        else:
            report.problems.append(Problem("span", name, o.text, _context(text, o.start, o.end), g, o))
        if g.type == o.type:
            typed.correct += 1
        else:
            report.problems.append(Problem("type", name, o.text, _context(text, o.start, o.end), g, o))
        if g.value == o.value:
            valued.correct += 1
        else:
            report.problems.append(Problem("value", name, o.text, _context(text, o.start, o.end), g, o))
    matched_gold = {i for i, _ in matched}
    matched_ours = {j for _, j in matched}
    for i, g in enumerate(gold):
        if i not in matched_gold:
            report.problems.append(Problem("miss", name, g.text, _context(text, g.start, g.end), g, None))
    for j, o in enumerate(ours):
        if j not in matched_ours:
            report.problems.append(Problem("false-alarm", name, o.text, _context(text, o.start, o.end), None, o))
    report.strict.add(strict)
    report.relaxed.add(relaxed)
    report.type.add(typed)
    report.value.add(valued)


def evaluate(folder: str | Path, gold_path: str | Path | None = None, language: str | None = None) -> Report:
    """Tag every article of the gold file found in `folder` and score the result."""
    from timeline import reading, temporal

    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder (expected NAME.txt files and gold.jsonl)")
    gold_file = Path(gold_path) if gold_path else folder / "gold.jsonl"
    if not gold_file.is_file():
        raise InputError(f"{gold_file}: no gold file (pass --gold FILE, one JSON object per line)")
    report = Report(folder=str(folder))
    for record in load_gold(gold_file):
        name = str(record["doc"])
        path = folder / f"{name}.txt"
        if not path.is_file():
            path = folder / name
        if not path.is_file():
            report.failures.append((name, f"no article {name}.txt in {folder}"))
            continue
        try:
            dct_text = record.get("dct")
            dct = dt.date.fromisoformat(dct_text) if dct_text else None
        except ValueError:
            report.failures.append((name, f"invalid dct {record.get('dct')!r} in the gold file"))
            continue
        try:
            document = reading.read(
                path.read_bytes(), source=str(path), dct=dct, language=language, dct_optional=dct is None
            )
            timexes = temporal.tag(document)
        except (TimelineError, OSError) as error:
            report.failures.append((name, str(error)))
            continue
        text = document.text
        gold = []
        for timex in record.get("timexes", []):
            annotation = _align(text, timex)
            if annotation is None:
                report.dropped += 1
                continue
            if annotation.start != int(timex["start"]):
                report.realigned += 1
            gold.append(annotation)
        ours = [
            Annotation(t.start, t.end, t.text, str(t.type), t.value)
            for t in timexes
            if t.start is not None and t.end is not None and t.end > t.start
        ]
        report.documents += 1
        score_document(name, text, gold, ours, report)
    return report


_KIND_ORDER = {"miss": 0, "false-alarm": 1, "value": 2, "type": 3, "span": 4}


def format_report(report: Report, errors: bool = False) -> str:
    lines = [f"{report.documents} documents in {report.folder}"]
    lines.append(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
    for label, prf in (("strict", report.strict), ("relaxed", report.relaxed), ("type", report.type), ("value", report.value)):
        lines.append(f"{label:10}{prf.precision:8.3f}{prf.recall:8.3f}{prf.f1:8.3f}")
    lines.append(
        f"gold {report.relaxed.gold}, predicted {report.relaxed.predicted}, "
        f"relaxed matches {report.relaxed.correct}, strict matches {report.strict.correct}"
    )
    if report.realigned or report.dropped:
        lines.append(f"gold spans realigned to their text: {report.realigned}; not found, dropped: {report.dropped}")
    for name, reason in report.failures:
        lines.append(f"failed: {name}: {reason}")
    if errors:
        lines.append("")
        for problem in sorted(report.problems, key=lambda p: (_KIND_ORDER[p.kind], p.doc, (p.gold or p.ours).start)):  # type: ignore[union-attr]  # a problem holds one or both
            gold = f"gold {problem.gold.type} {problem.gold.value} {problem.gold.text!r}" if problem.gold else ""
            ours = f"ours {problem.ours.type} {problem.ours.value} {problem.ours.text!r}" if problem.ours else ""
            detail = "; ".join(x for x in (gold, ours) if x)
            lines.append(f"{problem.kind:12}{problem.doc}: {detail}")
            lines.append(f"{'':12}{problem.context}")
    return "\n".join(lines) + "\n"
