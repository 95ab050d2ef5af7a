"""Running the pipeline over many articles and writing their files safely.

Nothing here prints: the CLI reports what `run` returns (and what it passes to the
`progress` callback). Files are written to a temporary name and renamed, so an
interrupted run leaves no half-written file. A file that timeline did not write (or
that was edited since) is never overwritten without `force`:
OUTDIR/.timeline-manifest.json records the hash of each file written.

Archive scale: inputs are streamed (a JSON Lines file is read line by line), at most
a small window of articles is in flight, workers return rendered bytes and only the
parent writes, in input order, so `jobs=N` writes exactly what `jobs=1` writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import itertools
import json
import os
import re
import signal
import sys
import tempfile
import threading
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Generator, Iterable, Iterator

from timeline import collector, export
from timeline.errors import DctError, InputError, TimelineError, UsageError, describe

if TYPE_CHECKING:
    from timeline.models import Timeline

MANIFEST = ".timeline-manifest.json"
MERGED_CALENDAR = "timeline-merged.ics"
ERRORS = "errors.jsonl"
TABLE_LIMIT = 50  # above this many articles the CLI prints a compact summary
FAILURES_KEPT = 20  # failures kept in memory for the summary; all go to errors.jsonl
# A news article is a few kilobytes; one of many megabytes is a dump or a mistake,
# and would hold a batch for minutes. Refused (clearly) unless --max-size says so.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    name: str  # output name without extension, relative to OUTDIR ("sub/stem")
    source: str  # recorded in the JSON (path as given, URL, or FILE#id)
    path: Path | None = None
    data: bytes | str | None = None  # standard input (read once), or a JSONL article's text
    # JSON Lines input: `line` is the 1-based line number; until parsed, `data` is the raw line.
    line: int | None = None
    parsed: bool = True
    id: str | None = None
    url: str | None = None
    dct: dt.date | None = None
    lang: str | None = None
    title: str | None = None

    def size(self) -> int:
        """Bytes of the article (for a JSON Lines text, its UTF-8 length), without reading a file."""
        if self.data is None:
            assert self.path is not None
            return self.path.stat().st_size
        return len(self.data) if isinstance(self.data, bytes) else len(self.data.encode("utf-8", "surrogatepass"))

    def read(self) -> bytes | str:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    @property
    def label(self) -> str:
        """How messages name the article: its path, or FILE:LINE (id) for JSON Lines."""
        if self.line is None:
            return self.source
        where = f"{self.path or '<stdin>'}:{self.line}"
        return f"{where} ({self.id})" if self.id is not None else where


@dataclass(frozen=True)
class Options:
    dct: dt.date | None = None
    lang: str | None = None
    formats: tuple[str, ...] = export.DEFAULT_FORMATS
    dct_optional: bool = False
    force: bool = False
    merge: bool = False  # also write MERGED_CALENDAR: all articles, same events merged
    max_bytes: int | None = DEFAULT_MAX_BYTES  # larger articles are refused (None: no limit)
    dateline_year: int | None = None  # the year of datelines that write none

    @classmethod
    def create(
        cls,
        dct: str | None = None,
        lang: str = "auto",
        formats: str = ",".join(export.DEFAULT_FORMATS),
        dct_optional: bool = False,
        force: bool = False,
        merge: bool = False,
        max_size: str | None = None,
        dateline_year: str | None = None,
    ) -> Options:
        """Validate option values; a bad one is a UsageError (exit code 2)."""
        from timeline import lang as languages
        from timeline.pipeline import parse_dct, parse_year

        if lang not in ("auto", *languages.available()):
            raise UsageError(f"unsupported --lang {lang!r} (choose from: auto, {', '.join(languages.available())})")
        return cls(
            dct=parse_dct(dct),
            lang=None if lang == "auto" else lang,
            formats=tuple(export.parse_formats(formats)),
            dct_optional=dct_optional,
            force=force,
            merge=merge,
            max_bytes=DEFAULT_MAX_BYTES if max_size is None else parse_size(max_size),
            dateline_year=parse_year(dateline_year),
        )


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*", re.I)
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}


def parse_size(value: str) -> int | None:
    """--max-size: "10MB", "500KB", "2000000"; 0 means no limit (None)."""
    match = _SIZE.fullmatch(value)
    if not match:
        raise UsageError(f"invalid --max-size {value!r}: expected a size such as 10MB, 500KB, or 0 for no limit")
    size = int(float(match.group(1)) * _UNITS[(match.group(2) or "").lower()])
    return size or None


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB" if size >= 1024**2 / 10 else f"{size / 1024:.1f} KB"


# --- Inputs ---------------------------------------------------------------------


def collect_inputs(inputs: list[str], recursive: bool = False) -> list[Article]:
    """Expand files, folders (their *.txt), globs and "-" into articles, in the
    order given (folders and glob matches sorted). Articles from a folder or a glob
    keep their subfolders in their output names ("2024/05/a" -> OUTDIR/2024/05/a.json).
    Two articles may not share an output name."""
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
            articles += [Article(_output_name(p, path), str(p), path=p) for p in found]
        elif path.is_file():
            articles.append(Article(path.stem, str(path), path=path))
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=recursive) if Path(p).is_file())
            if not matches:
                raise UsageError(f"{item}: no file matches this pattern")
            base = _glob_base(item)
            articles += [Article(_output_name(p, base), str(p), path=p) for p in matches]
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


def _glob_base(pattern: str) -> Path:
    """The folder a glob starts from: its parts before the first wildcard."""
    parts = Path(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts[:-1]))
    return Path(*fixed) if fixed else Path(".")


def _output_name(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).with_suffix("").as_posix()
    except ValueError:
        return path.stem


def check_jsonl_inputs(paths: list[str]) -> None:
    """Fail early (usage error) on a --jsonl file that cannot be opened."""
    for item in paths:
        if item != "-" and not Path(item).is_file():
            raise UsageError(f"{item}: no such file" + (" (it is a folder)" if Path(item).is_dir() else ""))


def read_jsonl(item: str) -> Iterator[Article]:
    """The articles of a JSON Lines file ("-": standard input), one per non-blank
    line, lazily: the file is never held in memory. Lines are parsed by the worker
    that processes them (`parse_jsonl`), so a bad line fails alone."""
    path = None if item == "-" else Path(item)
    stream = sys.stdin.buffer if path is None else path.open("rb")
    try:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield Article("", str(path or "<stdin>"), path=path, data=raw, line=number, parsed=False)
    finally:
        if path is not None:
            stream.close()


def count_articles(articles: list[Article], jsonl: list[str]) -> int | None:
    """How many articles a run will see (for the progress bar and the number of
    workers): one quick pass over each JSON Lines file; None for standard input."""
    if "-" in jsonl:
        return None
    total = len(articles)
    for item in jsonl:
        with open(item, "rb") as stream:
            total += sum(1 for raw in stream if raw.strip())
    return total


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_NAME_MAX = 100


def safe_name(identifier: str) -> str:
    """A file name for an article id: the id itself when it is already a plain
    name; otherwise its plain characters plus a short hash of the id, so that ids
    differing only in unsafe characters ("a/b", "a?b") still get distinct files."""
    safe = _UNSAFE.sub("_", identifier).strip("._-")[:_NAME_MAX]
    if safe and safe == identifier:
        return safe
    digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{safe}-{digest}" if safe else f"id-{digest}"


def parse_jsonl(article: Article) -> Article:
    """Turn a raw JSON Lines article into one the pipeline can read. Fields: `id`,
    `text` (required), `dct`, `url`, `title`, `lang`. Raises InputError."""
    if article.parsed:
        return article
    assert isinstance(article.data, bytes)
    try:
        record = json.loads(article.data)
    except UnicodeDecodeError:
        raise InputError("the line is not valid UTF-8") from None
    except ValueError as error:
        message = getattr(error, "msg", str(error))
        raise InputError(f"the line is not valid JSON ({message}, column {getattr(error, 'colno', '?')})") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with 'id' and 'text', got a JSON {type(record).__name__}")
    identifier = record.get("id")
    if identifier is None or isinstance(identifier, (dict, list, bool)) or str(identifier).strip() == "":
        identifier = f"line-{article.line}"
    identifier = str(identifier)
    article = replace(article, id=identifier)
    try:
        return _parse_fields(article, record, identifier)
    except InputError as error:
        raise LineError(str(error), article) from None


class LineError(InputError):
    """A JSON Lines article whose fields are wrong; carries the article (with its id)."""

    def __init__(self, message: str, article: Article) -> None:
        super().__init__(message)
        self.article = article


def _parse_fields(article: Article, record: dict, identifier: str) -> Article:
    def optional_text(key: str) -> str | None:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string")
        return value or None

    if "text" not in record:
        raise InputError("the line has no 'text' field")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError("'text' must be a string")
    url = optional_text("url")
    dct_text = optional_text("dct")
    dct = None
    if dct_text is not None:
        try:
            # A timestamp ("2025-11-11T08:30:00Z") dates the article by its day.
            dct = dt.date.fromisoformat(dct_text.strip()[:10])
        except ValueError:
            raise InputError(f"'dct' {dct_text!r} is not a date YYYY-MM-DD") from None
    language = optional_text("lang")
    if language is not None:
        from timeline import lang as languages

        language = language.strip().lower()
        if language == "auto":
            language = None
        elif language not in languages.available():
            raise InputError(f"'lang' {language!r} is not supported (choose from: {', '.join(languages.available())})")
    return replace(
        article,
        name=safe_name(identifier),
        source=url or f"{article.path or '<stdin>'}#{identifier}",
        data=text,
        parsed=True,
        url=url,
        dct=dct,
        lang=language,
        title=optional_text("title"),
    )


# --- Processing -------------------------------------------------------------------


def process(article: Article, options: Options) -> Timeline:
    """One article through the pipeline. Command-line options win over an article's
    own fields (JSON Lines `dct`, `lang`), which win over what the text says."""
    from timeline.pipeline import extract

    article = parse_jsonl(article)
    if options.max_bytes is not None:
        size = article.size()
        if size > options.max_bytes:
            raise InputError(
                f"the article is {_megabytes(size)}, over the limit of {_megabytes(options.max_bytes)} per article; "
                "pass --max-size with a larger size (or 0 for no limit) to process it"
            )
    timeline = extract(
        article.read(),
        dct=options.dct or article.dct,
        lang=options.lang or article.lang,
        source=article.source,
        dct_optional=options.dct_optional,
        dateline_year=options.dateline_year,
    )
    if article.title:
        timeline.document.title = article.title
    return timeline


def render_all(timeline: Timeline, formats: tuple[str, ...]) -> dict[str, bytes]:
    return {fmt: export.render(timeline, fmt) for fmt in formats}


def jsonl_record(timeline: Timeline, identifier: str | None, url: str | None) -> bytes:
    """One line of --jsonl-out: the input's `id` and `url`, then the canonical JSON
    of the timeline (same fields and order as the .json file), on one line."""
    body = timeline.model_dump_json()
    head = json.dumps({"id": identifier, "url": url}, ensure_ascii=False, separators=(",", ":"))
    return (head[:-1] + "," + body[1:] + "\n").encode("utf-8")


@dataclass(frozen=True)
class Job:
    """What every worker needs to know, sent once per worker process."""

    options: Options
    jsonl_out: bool = False


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
    id: str | None = None
    line: int | None = None


@dataclass
class Outcome:
    """What a worker sends back for one article: rendered bytes, never objects."""

    article: Article
    row: Row
    files: dict[str, bytes] = field(default_factory=dict)  # relative file name -> bytes
    record: bytes | None = None  # the --jsonl-out line
    failure: Failure | None = None
    timeline: Timeline | None = None  # kept only for --merge (one calendar for all articles)


def work(article: Article, job: Job) -> Outcome:
    """Process and render one article; every error becomes a Failure."""
    row = Row(article.label)
    outcome = _outcome(article, job, row)
    if row.language != "-":  # (read: its lexicons are loaded)
        collector.settle(row.language)
    # The text is not sent back to the parent: it only needs names and ids.
    outcome.article = replace(outcome.article, data=None) if outcome.article.line is not None else outcome.article
    return outcome


def _outcome(article: Article, job: Job, row: Row) -> Outcome:
    try:
        try:
            article = parse_jsonl(article)
        except LineError as error:
            article = error.article
            raise
        finally:
            row.name = article.label
        timeline = process(article, job.options)
        outcome = Outcome(article, row)
        if job.jsonl_out:
            identifier = article.id if article.id is not None else article.name
            outcome.record = jsonl_record(timeline, identifier, article.url)
        else:
            rendered = render_all(timeline, job.options.formats)
            outcome.files = {f"{article.name}.{export.extension(fmt)}": data for fmt, data in rendered.items()}
            if job.options.merge:
                outcome.timeline = timeline
    except Exception as error:  # noqa: BLE001 - reported per article, the batch goes on
        return Outcome(article, replace(row, status="failed"), failure=_failure(article, error))
    document = timeline.document
    row.language = document.language
    row.dct = document.dct.isoformat() + (" (year guessed)" if document.dct_year_guessed else "") if document.dct else "-"
    row.timexes = sum(1 for t in timeline.timexes if t.function is None)
    row.events = len(timeline.events)
    return outcome


def _failure(article: Article, error: BaseException) -> Failure:
    if isinstance(error, RecursionError):
        reason = "the article is too deeply nested to process (recursion limit)"
    elif isinstance(error, MemoryError):
        reason = "out of memory while processing this article"
    else:
        reason = describe(error)
    kind = "InputError" if isinstance(error, LineError) else type(error).__name__
    return Failure(
        article.label,
        reason,
        kind,
        exit_code=2 if isinstance(error, DctError) else 1,
        id=article.id,
        line=article.line,
    )


def _work_chunk(articles: list[Article]) -> list[Outcome]:
    assert _WORKER_JOB is not None
    return [work(article, _WORKER_JOB) for article in articles]


_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    global _WORKER_JOB
    # Ctrl-C reaches the whole process group: the parent alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_JOB = job


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def outcomes(articles: Iterable[Article], job: Job, jobs: int = 1, chunksize: int | None = None) -> Generator[Outcome, None, None]:
    """`work` over the articles, in input order; `jobs` > 1 uses that many processes."""
    if jobs <= 1:
        # No pool, no pickling: one article at a time in this process.
        for article in articles:
            yield work(article, job)
        return
    pool = _Pool(jobs, job)
    try:
        yield from pool.map(articles, chunksize or 8)
    except BaseException:
        pool.close(abort=True)
        raise
    pool.close()


class _Pool:
    """Worker processes fed in chunks with a bounded window of chunks in flight
    (Pool.imap would read the whole input ahead). A worker that dies (killed,
    out of memory) fails only the article it was processing: the unfinished
    articles of the window are retried one by one in a fresh pool."""

    def __init__(self, jobs: int, job: Job) -> None:
        self.jobs = jobs
        self.job = job
        self.window = 4 * jobs
        self.executor = self._start()

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import timeline.pipeline  # noqa: F401 - imported once here, inherited by forked workers

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker, initargs=(self.job,))

    def map(self, articles: Iterable[Article], chunksize: int) -> Iterator[Outcome]:
        pending: deque = deque()
        iterator = iter(articles)
        while True:
            chunk = list(itertools.islice(iterator, chunksize))
            if chunk:
                pending.append((chunk, self.executor.submit(_work_chunk, chunk)))
            while pending and (len(pending) >= self.window or not chunk):
                yield from self._next(pending)
            if not chunk:
                return

    def _next(self, pending: deque) -> list[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # Keep what finished before the break; redo the rest alone, in order.
        retry = [(chunk, None)] + [(c, f if _succeeded(f) else None) for c, f in pending]
        pending.clear()
        self._restart()
        results: list[Outcome] = []
        for chunk, done in retry:
            if done is not None:
                results += done.result()
                continue
            for article in chunk:
                results.append(self._alone(article))
        return results

    def _alone(self, article: Article) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_work_chunk, [article]).result()[0]
        except BrokenProcessPool:
            self._restart()
            error = InputError("the worker process died while processing this article (out of memory?)")
            return Outcome(article, Row(article.label, status="failed"), failure=_failure(article, error))

    def _restart(self) -> None:
        self.close(abort=True)
        self.executor = self._start()

    def close(self, abort: bool = False) -> None:
        if abort:
            # Stop at once: running articles are abandoned (nothing of theirs is written).
            for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=abort)


def _succeeded(future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


# --- Writing ----------------------------------------------------------------------


class OutputDir:
    """A folder timeline writes into, remembering what it wrote (see module doc)."""

    def __init__(self, root: Path, force: bool = False) -> None:
        self.root = root
        self.force = force
        self.manifest: dict[str, str] = {}
        self.changed = False
        manifest = root / MANIFEST
        if manifest.is_file():
            try:
                self.manifest = json.loads(manifest.read_text("utf-8"))
            except (ValueError, OSError):
                self.manifest = {}

    def check(self, relative: str, data: bytes | None) -> None:
        """Raise if writing `relative` would destroy something timeline did not write.
        `data` None: the content is not known yet (a streamed file)."""
        target = self.root / relative
        if self.force or not target.exists():
            return
        if target.is_dir():
            raise TimelineError(f"{target} is a folder; will not replace it")
        current = _file_digest(target)
        if current != self.manifest.get(relative) and (data is None or current != _digest(data)):
            raise TimelineError(
                f"{target} exists and was not written by timeline (or was edited since); use --force to overwrite"
            )

    def owns(self, relative: str) -> bool:
        target = self.root / relative
        return target.is_file() and self.manifest.get(relative) == _file_digest(target)

    def write(self, relative: str, data: bytes) -> Path:
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, data)
        self.record(relative, _digest(data))
        return target

    def record(self, relative: str, digest: str | None) -> None:
        if digest is None:
            self.manifest.pop(relative, None)
        else:
            self.manifest[relative] = digest
        self.changed = True

    def close(self) -> None:
        if self.changed:
            self.root.mkdir(parents=True, exist_ok=True)
            text = json.dumps(dict(sorted(self.manifest.items())), indent=1) + "\n"
            _atomic_write(self.root / MANIFEST, text.encode("utf-8"))
            self.changed = False


class StreamedFile:
    """A file written piece by piece to a temporary name, renamed into place by
    `commit` (recorded in the manifest), or removed by `discard`."""

    def __init__(self, output: OutputDir, relative: str) -> None:
        self.output = output
        self.relative = relative
        self.target = output.root / relative
        self.stream: IO[bytes] | None = None
        self.temporary: str | None = None
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        if self.stream is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            handle, self.temporary = tempfile.mkstemp(
                dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part"
            )
            self.stream = os.fdopen(handle, "wb")
        self.stream.write(data)
        self.digest.update(data)

    def commit(self) -> None:
        if self.stream is None:
            return
        self.stream.close()
        assert self.temporary is not None
        try:
            os.chmod(self.temporary, 0o666 & ~_UMASK)
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        self.stream = None
        self.output.record(self.relative, self.digest.hexdigest())

    def discard(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.temporary is not None:
            Path(self.temporary).unlink(missing_ok=True)


def _current_umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _current_umask()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- Running a batch --------------------------------------------------------------


@dataclass
class Report:
    out_dir: Path | None
    rows: list[Row] = field(default_factory=list)  # the first TABLE_LIMIT + 1 only
    failures: list[Failure] = field(default_factory=list)  # the first FAILURES_KEPT only
    articles: int = 0
    failed: int = 0
    events: int = 0
    timexes: int = 0
    languages: Counter = field(default_factory=Counter)
    worst_exit: int = 0
    errors_file: Path | None = None
    jsonl_out: Path | None = None

    @property
    def written(self) -> int:
        return self.articles - self.failed

    def exit_code(self) -> int:
        """0 all written; 2 if an article lacked a date (rerun with --dct); else 1 on failures."""
        return self.worst_exit

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        if len(self.rows) <= TABLE_LIMIT:
            self.rows.append(outcome.row)
        failure = outcome.failure
        if failure is not None:
            self.failed += 1
            self.worst_exit = max(self.worst_exit, failure.exit_code)
            if len(self.failures) < FAILURES_KEPT:
                self.failures.append(failure)
            return
        self.events += outcome.row.events
        self.timexes += outcome.row.timexes
        self.languages[outcome.row.language] += 1


def run(
    articles: Iterable[Article],
    out_dir: Path | None,
    options: Options,
    *,
    jobs: int = 1,
    jsonl_out: Path | IO[bytes] | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> Report:
    """Process every article; one failure never stops the others.

    Writes OUTDIR/<name>.<ext> per article, or with `jsonl_out` one line per
    article to that file (or binary stream). Failures go to OUTDIR/errors.jsonl
    (no OUTDIR: only into the report). `progress` is called after each article.
    An interrupt (KeyboardInterrupt) keeps every file already completed and
    records it in the manifest; a --jsonl-out file is only ever complete or absent.
    """
    job = Job(options, jsonl_out=jsonl_out is not None)
    report = Report(out_dir, jsonl_out=jsonl_out if isinstance(jsonl_out, Path) else None)
    outputs = _Outputs(out_dir, options.force, jsonl_out)
    outputs.prepare()
    report.errors_file = outputs.errors.target if outputs.errors is not None else None
    seen: set[str] = set()
    merged: list[Timeline] = []
    committed = False
    stream = outcomes(articles, job, jobs)
    try:
        for outcome in stream:
            if outcome.timeline is not None and outcome.failure is None:
                merged.append(outcome.timeline)
                outcome.timeline = None
            with interrupts_deferred():  # an article's files are all written, or none
                if outcome.failure is None:
                    try:
                        outputs.deliver(outcome, seen)
                    except Exception as error:  # noqa: BLE001 - e.g. a file we may not overwrite
                        outcome.failure = _failure(outcome.article, error)
                        outcome.row.status = "failed"
                if outcome.failure is not None:
                    outputs.fail(outcome)
            report.add(outcome)
            if progress is not None:
                progress(outcome)
        if merged and outputs.dir is not None:
            _write_merged(outputs.dir, merged, report)
        committed = True
    finally:
        stream.close()  # stops the workers at once when interrupted
        with interrupts_deferred():
            outputs.close(committed)
    if report.failed == 0:
        report.errors_file = None
    return report


def _write_merged(output: OutputDir, timelines: list[Timeline], report: Report) -> None:
    from timeline.export.to_ics import render_merged

    try:
        data = render_merged(timelines)
        with interrupts_deferred():
            output.check(MERGED_CALENDAR, data)
            output.write(MERGED_CALENDAR, data)
    except Exception as error:  # noqa: BLE001 - the per-article files are already written
        report.failed += 1
        report.worst_exit = max(report.worst_exit, 1)
        report.failures.append(Failure(MERGED_CALENDAR, describe(error), type(error).__name__))


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block is done, then deliver it: files are
    renamed into place and recorded in the manifest together, never half."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            signal.raise_signal(signal.SIGINT)


class _Outputs:
    """Where a run writes: per-article files in OUTDIR, or one JSON Lines file;
    plus errors.jsonl and the manifest."""

    def __init__(self, out_dir: Path | None, force: bool, jsonl_out: Path | IO[bytes] | None) -> None:
        self.out_dir = out_dir
        self.dir = OutputDir(out_dir, force) if out_dir is not None else None
        self.errors = StreamedFile(self.dir, ERRORS) if self.dir is not None else None
        self.stream: IO[bytes] | None = None
        self.lines: StreamedFile | None = None
        self.lines_dir: OutputDir | None = None
        if isinstance(jsonl_out, Path):
            if self.dir is not None and jsonl_out.parent.resolve() == self.dir.root.resolve():
                self.lines_dir = self.dir
            else:
                self.lines_dir = OutputDir(jsonl_out.parent, force)
            self.lines = StreamedFile(self.lines_dir, jsonl_out.name)
        elif jsonl_out is not None:
            self.stream = jsonl_out
        self.failed = 0

    def prepare(self) -> None:
        """Refuse before any work if a file we will replace is not ours."""
        if self.errors is not None:
            self.errors.output.check(ERRORS, None)
        if self.lines is not None:
            self.lines.output.check(self.lines.relative, None)

    def deliver(self, outcome: Outcome, seen: set[str]) -> None:
        if outcome.record is not None:
            if self.lines is not None:
                self.lines.write(outcome.record)
            elif self.stream is not None:
                self.stream.write(outcome.record)
                self.stream.flush()
            return
        assert self.dir is not None
        name = outcome.article.name
        if name in seen:
            raise InputError(f"another article was already written as {name}.* (duplicate id?); this one was skipped")
        seen.add(name)
        for relative, data in outcome.files.items():
            self.dir.check(relative, data)
        for relative, data in outcome.files.items():
            self.dir.write(relative, data)

    def fail(self, outcome: Outcome) -> None:
        failure = outcome.failure
        assert failure is not None
        self.failed += 1
        entry: dict[str, str | int | None] = {"source": failure.name, "error": failure.error, "reason": failure.reason}
        if failure.line is not None:
            entry.update(line=failure.line, id=failure.id)
        if self.errors is not None:
            self.errors.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
        if self.lines is not None or self.stream is not None:
            # One line per input article, failed ones included, so outputs align with inputs.
            article = outcome.article
            identifier = article.id if article.id is not None else (article.name or None)
            record = {"id": identifier, "url": article.url, "error": failure.error, "reason": failure.reason}
            line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            if self.lines is not None:
                self.lines.write(line)
            else:
                assert self.stream is not None
                self.stream.write(line)
                self.stream.flush()

    def close(self, completed: bool) -> None:
        try:
            if self.lines is not None:
                if completed:
                    if self.lines.stream is None:
                        self.lines.write(b"")  # no article at all: still an (empty) file
                    self.lines.commit()
                else:
                    self.lines.discard()
            if self.errors is not None:
                if self.failed:
                    self.errors.commit()  # what failed so far is true even after an interrupt
                else:
                    self.errors.discard()
                    if completed and self.dir is not None and self.dir.owns(ERRORS):
                        (self.dir.root / ERRORS).unlink()  # from an earlier run; all is well now
                        self.dir.record(ERRORS, None)
        finally:
            if self.lines_dir is not None and self.lines_dir is not self.dir:
                self.lines_dir.close()
            if self.dir is not None:
                self.dir.close()


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
