"""Running the pipeline over many articles and writing their files safely.

Nothing here prints: the CLI reports what `run` returns. Files are written to a
temporary name and renamed, so an interrupted run leaves no half-written file. A
file that timeline did not write (or that was edited since) is never overwritten
without `force`: OUTDIR/.timeline-manifest.json records the hash of each file written.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from timeline import export
from timeline.errors import DctError, TimelineError, UsageError, describe
from timeline.models import Timeline

MANIFEST = ".timeline-manifest.json"
MERGED_CALENDAR = "timeline-merged.ics"
ERRORS = "errors.jsonl"


@dataclass(frozen=True)
class Article:
    name: str  # output name without extension, relative to OUTDIR ("sub/stem")
    source: str  # as shown to the user and recorded in the JSON
    path: Path | None = None
    data: bytes | None = None  # standard input, read once

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()


@dataclass(frozen=True)
class Options:
    dct: dt.date | None = None
    lang: str | None = None
    formats: tuple[str, ...] = export.DEFAULT_FORMATS
    dct_optional: bool = False
    force: bool = False
    merge: bool = False  # also write MERGED_CALENDAR: all articles, same events merged

    @classmethod
    def create(
        cls,
        dct: str | None = None,
        lang: str = "auto",
        formats: str = ",".join(export.DEFAULT_FORMATS),
        dct_optional: bool = False,
        force: bool = False,
        merge: bool = False,
    ) -> Options:
        """Validate option values; a bad one is a UsageError (exit code 2)."""
        from timeline import lang as languages
        from timeline.pipeline import parse_dct

        if lang not in ("auto", *languages.available()):
            raise UsageError(f"unsupported --lang {lang!r} (choose from: auto, {', '.join(languages.available())})")
        return cls(
            dct=parse_dct(dct),
            lang=None if lang == "auto" else lang,
            formats=tuple(export.parse_formats(formats)),
            dct_optional=dct_optional,
            force=force,
            merge=merge,
        )


def collect_inputs(inputs: list[str], recursive: bool = False) -> list[Article]:
    """Expand files, folders (their *.txt), globs and "-" into articles, in the
    order given (folders sorted). Two articles may not share an output name."""
    articles: list[Article] = []
    for item in inputs:
        if item == "-":
            articles.append(Article("stdin", "<stdin>", data=sys.stdin.buffer.read()))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(path.rglob("*.txt") if recursive else path.glob("*.txt"))
            found = [p for p in found if p.is_file()]
            if not found:
                raise UsageError(f"{item}: no *.txt files in this folder" + ("" if recursive else " (try --recursive)"))
            articles += [Article(p.relative_to(path).with_suffix("").as_posix(), str(p), path=p) for p in found]
        elif path.is_file():
            articles.append(Article(path.stem, str(path), path=path))
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=recursive) if Path(p).is_file())
            if not matches:
                raise UsageError(f"{item}: no file matches this pattern")
            articles += [Article(p.stem, str(p), path=p) for p in matches]
        else:
            raise UsageError(f"{item}: no such file or folder")
    seen: dict[str, str] = {}
    for article in articles:
        if article.name in seen and seen[article.name] != article.source:
            raise UsageError(
                f"{seen[article.name]} and {article.source} would both be written as {article.name}.*; "
                "run them separately or into different --out-dir"
            )
        seen[article.name] = article.source
    unique = {article.source: article for article in articles}
    return list(unique.values())


def process(article: Article, options: Options) -> Timeline:
    from timeline.pipeline import extract

    return extract(
        article.read(), dct=options.dct, lang=options.lang, source=article.source, dct_optional=options.dct_optional
    )


class OutputDir:
    """A folder timeline writes into, remembering what it wrote (see module doc)."""

    def __init__(self, root: Path, force: bool = False) -> None:
        self.root = root
        self.force = force
        self.manifest: dict[str, str] = {}
        manifest = root / MANIFEST
        if manifest.is_file():
            try:
                self.manifest = json.loads(manifest.read_text("utf-8"))
            except (ValueError, OSError):
                self.manifest = {}

    def check(self, relative: str, data: bytes) -> None:
        """Raise if writing `relative` would destroy something timeline did not write."""
        target = self.root / relative
        if self.force or not target.exists():
            return
        if target.is_dir():
            raise TimelineError(f"{target} is a folder; will not replace it")
        current = _digest(target.read_bytes())
        if current != self.manifest.get(relative) and current != _digest(data):
            raise TimelineError(
                f"{target} exists and was not written by timeline (or was edited since); use --force to overwrite"
            )

    def write(self, relative: str, data: bytes) -> Path:
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, data)
        self.manifest[relative] = _digest(data)
        return target

    def close(self) -> None:
        if self.manifest:
            self.root.mkdir(parents=True, exist_ok=True)
            text = json.dumps(dict(sorted(self.manifest.items())), indent=1) + "\n"
            _atomic_write(self.root / MANIFEST, text.encode("utf-8"))


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass
class Row:
    name: str
    language: str = "-"
    dct: str = "-"
    timexes: int = 0
    events: int = 0
    status: str = "ok"


@dataclass
class Failure:
    name: str
    reason: str
    error: str  # the exception class, for errors.jsonl
    exit_code: int = 1


@dataclass
class Report:
    out_dir: Path
    rows: list[Row] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def exit_code(self) -> int:
        """0 all written; 2 if an article lacked a date (rerun with --dct); else 1 on failures."""
        if not self.failures:
            return 0
        return max(failure.exit_code for failure in self.failures)


def render_all(timeline: Timeline, formats: tuple[str, ...]) -> dict[str, bytes]:
    return {fmt: export.render(timeline, fmt) for fmt in formats}


def run(articles: list[Article], out_dir: Path, options: Options) -> Report:
    """Process every article; one failure never stops the others."""
    report = Report(out_dir)
    output = OutputDir(out_dir, options.force)
    done: list[Timeline] = []
    try:
        for article in articles:
            row = Row(article.source)
            report.rows.append(row)
            try:
                timeline = process(article, options)
                files = render_all(timeline, options.formats)
                names = {fmt: f"{article.name}.{export.extension(fmt)}" for fmt in files}
                for fmt, data in files.items():
                    output.check(names[fmt], data)
                for fmt, data in files.items():
                    output.write(names[fmt], data)
            except Exception as error:  # noqa: BLE001 - reported per article, the batch goes on
                failure = Failure(article.source, describe(error), type(error).__name__)
                if isinstance(error, DctError):
                    failure.exit_code = 2
                report.failures.append(failure)
                row.status = "failed"
                continue
            document = timeline.document
            row.language = document.language
            row.dct = document.dct.isoformat() if document.dct else "-"
            row.timexes = sum(1 for t in timeline.timexes if t.function is None)
            row.events = len(timeline.events)
            done.append(timeline)
        if options.merge and done:
            _write_merged(output, done, report)
    finally:
        output.close()
        _write_errors(out_dir, report.failures)
    return report


def _write_merged(output: OutputDir, timelines: list[Timeline], report: Report) -> None:
    from timeline.export.to_ics import render_merged

    try:
        data = render_merged(timelines)
        output.check(MERGED_CALENDAR, data)
        output.write(MERGED_CALENDAR, data)
    except Exception as error:  # noqa: BLE001 - the per-article files are already written
        report.failures.append(Failure(MERGED_CALENDAR, describe(error), type(error).__name__))


def _write_errors(out_dir: Path, failures: list[Failure]) -> None:
    target = out_dir / ERRORS
    if not failures:
        if target.exists():
            target.unlink()
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = "".join(
        json.dumps({"source": f.name, "error": f.error, "reason": f.reason}, ensure_ascii=False) + "\n"
        for f in failures
    )
    _atomic_write(target, lines.encode("utf-8"))


def convert(inputs: list[Path], out_dir: Path | None, options: Options) -> list[tuple[str, str]]:
    """Re-export saved JSON files; returns (file, reason) for each failure."""
    from timeline.export.to_json import load

    failures: list[tuple[str, str]] = []
    outputs: dict[Path, OutputDir] = {}
    try:
        for path in inputs:
            try:
                timeline = load(path.read_bytes())
                root = out_dir if out_dir is not None else path.parent
                output = outputs.setdefault(root, OutputDir(root, options.force))
                stem = path.name[: -len(".json")] if path.name.endswith(".json") else path.stem
                files = render_all(timeline, options.formats)
                for fmt, data in files.items():
                    output.check(f"{stem}.{export.extension(fmt)}", data)
                for fmt, data in files.items():
                    output.write(f"{stem}.{export.extension(fmt)}", data)
            except Exception as error:  # noqa: BLE001 - reported per file
                from pydantic import ValidationError

                reason = "not a timeline JSON file" if isinstance(error, (ValidationError, ValueError)) else describe(error)
                failures.append((str(path), reason))
    finally:
        for output in outputs.values():
            output.close()
    return failures
