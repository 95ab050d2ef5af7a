"""Batch runs: folders, globs, JSON Lines in and out, --jobs, failures, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REFERENCE, ROOT
from timeline import batch
from timeline.batch import Article, Options

ARTICLE = "Madrid, 3 de abril de 2025 (EFE).- El Rey viajó ayer a Roma y volverá el jueves.\n"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (manifest included), by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def make_archive(root: Path, count: int = 12) -> Path:
    for index in range(count):
        folder = root / f"{2020 + index % 3}" / f"{index % 2:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{index:03d}.txt").write_text(f"{index % 28 + 1}/11/2025\n\nEl Gobierno aprobó hoy el plan {index}.\n")
    (root / "top.txt").write_text(ARTICLE)
    return root


def write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_articles(articles, out: Path, **kwargs) -> batch.Report:
    return batch.run(articles, out, kwargs.pop("options", Options()), **kwargs)


# --- inputs -------------------------------------------------------------------------


def test_folder_is_flat_unless_recursive(tmp_path):
    archive = make_archive(tmp_path / "in")
    assert [a.name for a in batch.collect_inputs([str(archive)])] == ["top"]
    names = [a.name for a in batch.collect_inputs([str(archive)], recursive=True)]
    assert names[0] == "2020/00/a000" and "top" in names and len(names) == 13


def test_recursive_run_mirrors_subfolders(tmp_path):
    archive = make_archive(tmp_path / "in")
    report = run_articles(batch.collect_inputs([str(archive)], recursive=True), tmp_path / "out")
    assert report.articles == 13 and report.failed == 0
    assert (tmp_path / "out" / "2021" / "01" / "a001.json").is_file()
    assert (tmp_path / "out" / "top.md").is_file()


def test_glob_keeps_the_folders_below_its_fixed_part(tmp_path):
    archive = make_archive(tmp_path / "in")
    names = [a.name for a in batch.collect_inputs([f"{archive}/**/a00*.txt"], recursive=True)]
    assert names[:2] == ["2020/00/a000", "2020/00/a006"] and len(names) == 10
    assert [a.name for a in batch.collect_inputs([f"{archive}/2020/00/*.txt"])] == ["a000", "a006"]


def test_empty_folder_and_unmatched_glob_are_usage_errors(tmp_path):
    with pytest.raises(batch.UsageError, match="no \\*.txt"):
        batch.collect_inputs([str(tmp_path)])
    with pytest.raises(batch.UsageError, match="no file matches"):
        batch.collect_inputs([str(tmp_path / "*.txt")])


def test_safe_names_are_plain_and_distinct():
    assert batch.safe_name("es-2025-0001") == "es-2025-0001"
    unsafe = ["a/b", "a?b", "../etc/passwd", ".hidden", "", "ñandú", "x" * 300]
    names = [batch.safe_name(i) for i in unsafe]
    assert len(set(names)) == len(names)
    for name in names:
        assert name and len(name) <= 120 and "/" not in name and not name.startswith(".")
        assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)


# --- JSON Lines in --------------------------------------------------------------------


def test_jsonl_input_writes_one_output_per_article(tmp_path):
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "one", "text": ARTICLE, "url": "https://example.org/1"},
            {"id": "two", "text": "El Rey viajó ayer a Roma.", "dct": "2024-02-29", "title": "Viaje", "lang": "es"},
            {"id": 3, "text": "The king left for Rome yesterday.", "dct": "2024-03-01T10:00:00Z"},
        ],
    )
    report = run_articles(batch.read_jsonl(str(source)), tmp_path / "out")
    assert (report.articles, report.failed) == (3, 0)
    one = json.loads((tmp_path / "out" / "one.json").read_text())
    two = json.loads((tmp_path / "out" / "two.json").read_text())
    three = json.loads((tmp_path / "out" / "3.json").read_text())
    assert one["document"]["source"] == "https://example.org/1" and one["document"]["dct"] == "2025-04-03"
    assert two["document"]["dct"] == "2024-02-29" and two["document"]["title"] == "Viaje"
    assert two["document"]["source"].endswith("in.jsonl#two")
    assert three["document"]["dct"] == "2024-03-01" and three["document"]["language"] == "en"


def test_command_line_dct_wins_over_the_line(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "El Rey viajó ayer.", "dct": "2024-02-29"}])
    options = Options.create(dct="2020-01-01")
    run_articles(batch.read_jsonl(str(source)), tmp_path / "out", options=options)
    assert json.loads((tmp_path / "out" / "a.json").read_text())["document"]["dct"] == "2020-01-01"


BAD_LINES = [
    ("not json at all", "not valid JSON"),
    ('{"id": "x", "text": "El Rey viajó ayer."', "not valid JSON"),
    ('["a", "list"]', "JSON object"),
    ('{"id": "no-text"}', "no 'text'"),
    ('{"id": "num-text", "text": 42}', "'text' must be a string"),
    ('{"id": "bad-dct", "text": "hoy", "dct": "2025-13-45"}', "'dct'"),
    ('{"id": "bad-lang", "text": "hoy", "dct": "2025-01-01", "lang": "xx"}', "'lang'"),
    ('{"id": "empty", "text": "", "dct": "2025-01-01"}', "empty"),
    ('{"id": "nodate", "text": "El Rey viajó ayer."}', "--dct"),
]


def test_bad_jsonl_lines_fail_alone(tmp_path):
    good = {"id": "good", "text": ARTICLE}
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b"\n".join([json.dumps(good).encode()] + [line.encode() for line, _ in BAD_LINES] + [b'{"id": "caf\xe9", "text": "x"}', b"", b"  "])
        + b"\n"
        + json.dumps({**good, "id": "good2"}).encode()
    )
    report = run_articles(batch.read_jsonl(str(source)), tmp_path / "out")
    assert report.articles == 2 + len(BAD_LINES) + 1
    assert report.failed == len(BAD_LINES) + 1
    assert (tmp_path / "out" / "good.json").is_file() and (tmp_path / "out" / "good2.json").is_file()
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert len(errors) == len(BAD_LINES) + 1
    for entry, (_, reason) in zip(errors, BAD_LINES):
        assert reason in entry["reason"]
        assert entry["source"].startswith(str(source) + ":")
        assert entry["error"] in ("InputError", "DctError")
    assert errors[3]["id"] == "no-text" and errors[3]["line"] == 5
    assert "UTF-8" in errors[-1]["reason"]
    assert report.exit_code() == 2  # one article lacked a date: rerun with --dct


def test_line_without_id_is_named_by_its_line(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "hoy", "dct": "2025-01-01"}])
    run_articles(batch.read_jsonl(str(source)), tmp_path / "out")
    assert (tmp_path / "out" / "line-1.json").is_file()


def test_duplicate_ids_do_not_overwrite_each_other(tmp_path):
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "a", "text": "primero", "dct": "2025-01-01"}, {"id": "a", "text": "segundo", "dct": "2025-01-01"}],
    )
    report = run_articles(batch.read_jsonl(str(source)), tmp_path / "out")
    assert report.failed == 1 and "duplicate" in report.failures[0].reason
    assert json.loads((tmp_path / "out" / "a.json").read_text())["document"]["text"] == "primero"


# --- JSON Lines out -------------------------------------------------------------------


def test_jsonl_out_has_one_canonical_line_per_article_in_order(tmp_path):
    records = [{"id": f"n{i}", "text": ARTICLE.replace("Roma", f"Roma {i}"), "url": f"u{i}"} for i in range(5)]
    records.insert(2, {"id": "broken"})
    source = write_jsonl(tmp_path / "in.jsonl", records)
    run_articles(batch.read_jsonl(str(source)), tmp_path / "files")
    report = run_articles(batch.read_jsonl(str(source)), tmp_path / "out", jsonl_out=tmp_path / "out.jsonl")
    assert report.failed == 1
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert len(lines) == 6
    parsed = [json.loads(line) for line in lines]
    assert [p["id"] for p in parsed] == ["n0", "n1", "broken", "n2", "n3", "n4"]
    assert parsed[2]["error"] == "InputError" and "text" in parsed[2]["reason"]
    first = parsed[0]
    assert list(first)[:2] == ["id", "url"] and first["url"] == "u0"
    canonical = json.loads((tmp_path / "files" / "n0.json").read_text())
    assert {k: v for k, v in first.items() if k not in ("id", "url")} == canonical
    assert not list((tmp_path / "out").glob("[!.]*.json"))  # no per-article files
    assert (tmp_path / "out" / "errors.jsonl").is_file()


def test_jsonl_out_to_a_stream(tmp_path):
    import io

    stream = io.BytesIO()
    articles = [Article("a", "a", data=ARTICLE), Article("b", "b", data=b"")]
    report = batch.run(articles, None, Options(), jsonl_out=stream)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"] and "error" in lines[1]
    assert report.errors_file is None


def test_interrupted_jsonl_out_leaves_no_file(tmp_path):
    articles = [Article(f"a{i}", f"a{i}", data=ARTICLE) for i in range(10)]
    target = tmp_path / "out.jsonl"
    seen = []

    def stop(outcome):
        seen.append(outcome)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run(articles, tmp_path, Options(), jsonl_out=target, progress=stop)
    assert not target.exists()
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_jsonl_out_refuses_to_replace_a_foreign_file(tmp_path):
    target = tmp_path / "mine.jsonl"
    target.write_text("precious\n")
    with pytest.raises(batch.TimelineError, match="--force"):
        batch.run([Article("a", "a", data=ARTICLE)], tmp_path, Options(), jsonl_out=target)
    assert target.read_text() == "precious\n"
    batch.run([Article("a", "a", data=ARTICLE)], tmp_path, Options(force=True), jsonl_out=target)
    # Written by timeline now: a rerun replaces it without --force.
    batch.run([Article("a", "a", data=ARTICLE)], tmp_path, Options(), jsonl_out=target)
    assert json.loads(target.read_text())["id"] == "a"


# --- jobs -----------------------------------------------------------------------------


def test_parallel_output_is_identical_to_serial(tmp_path):
    archive = make_archive(tmp_path / "in", count=40)
    (archive / "2020" / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 30)
    articles = batch.collect_inputs([str(archive)], recursive=True)
    serial = run_articles(articles, tmp_path / "one", jobs=1)
    parallel = run_articles(articles, tmp_path / "four", jobs=4)
    assert tree(tmp_path / "one") == tree(tmp_path / "four")
    assert [r.name for r in serial.rows] == [r.name for r in parallel.rows]
    assert (serial.failed, parallel.failed) == (1, 1)
    a = run_articles(articles, tmp_path / "x", jobs=1, jsonl_out=tmp_path / "one.jsonl")
    b = run_articles(articles, tmp_path / "y", jobs=3, jsonl_out=tmp_path / "three.jsonl")
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "three.jsonl").read_bytes()
    assert a.articles == b.articles == 42


def test_parallel_run_reads_its_input_lazily(tmp_path):
    pulled = []

    def articles():
        for index in range(400):
            pulled.append(index)
            yield Article(f"a{index}", f"a{index}", data=f"{index % 28 + 1}/02/2025\n\nhoy {index}")

    first = []

    def progress(outcome):
        if not first:
            first.append(len(pulled))

    report = batch.run(articles(), None, Options(), jobs=2, jsonl_out=open(os.devnull, "wb"), progress=progress)
    assert report.articles == 400 and report.failed == 0
    # A bounded window (4 chunks per worker) was read ahead, not the whole input.
    assert first[0] <= 4 * 2 * 8 + 8


def _poison_process(original):
    def process(article, options):
        if article.name == "poison":
            os._exit(3)  # the worker dies as if killed by the OOM killer
        return original(article, options)

    return process


def test_a_dying_worker_fails_only_its_article(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "process", _poison_process(batch.process))  # inherited by forked workers
    articles = [Article(f"a{i:02d}", f"a{i:02d}", data=f"11/11/2025\n\nhoy {i}") for i in range(30)]
    articles[11] = Article("poison", "poison", data="11/11/2025\n\nhoy")
    report = run_articles(articles, tmp_path / "out", jobs=2)
    assert report.articles == 30 and report.failed == 1
    assert "worker process died" in report.failures[0].reason and report.failures[0].name == "poison"
    assert len(list((tmp_path / "out").glob("a*.json"))) == 29


def test_single_job_uses_no_processes(tmp_path, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("--jobs 1 must not start a pool")

    monkeypatch.setattr(batch, "_Pool", forbidden)
    assert run_articles([Article("a", "a", data=ARTICLE)], tmp_path, jobs=1).failed == 0


# --- failures and overwrite protection ------------------------------------------------


def test_one_bad_article_never_stops_the_batch(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    (tmp_path / "in" / "c.txt").write_text(ARTICLE)
    report = run_articles(batch.collect_inputs([str(tmp_path / "in")]), tmp_path / "out")
    assert (report.articles, report.failed, report.exit_code()) == (3, 1, 1)
    assert (tmp_path / "out" / "c.json").is_file()
    (entry,) = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert entry == {"source": str(tmp_path / "in" / "b.txt"), "error": "InputError", "reason": "the file is empty"}
    # Fixed and rerun: the stale errors.jsonl (ours) goes away.
    (tmp_path / "in" / "b.txt").write_text(ARTICLE)
    report = run_articles(batch.collect_inputs([str(tmp_path / "in")]), tmp_path / "out")
    assert report.exit_code() == 0 and not (tmp_path / "out" / "errors.jsonl").exists()


def test_foreign_files_are_not_overwritten(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").write_text("my notes")
    articles = [Article("a", "a", data=ARTICLE), Article("b", "b", data=ARTICLE)]
    report = run_articles(articles, out)
    assert report.failed == 1 and "--force" in report.failures[0].reason
    assert (out / "a.md").read_text() == "my notes" and not (out / "a.json").exists()
    assert (out / "b.json").is_file()
    run_articles(articles, out, options=Options(force=True))
    assert (out / "a.md").read_text() != "my notes"


def test_foreign_errors_file_is_refused_before_any_work(tmp_path):
    (tmp_path / "errors.jsonl").write_text("mine\n")
    with pytest.raises(batch.TimelineError, match="errors.jsonl"):
        run_articles([Article("a", "a", data=ARTICLE)], tmp_path)
    assert not (tmp_path / "a.json").exists()


def test_many_failures_are_counted_but_not_all_kept(tmp_path):
    articles = [Article(f"e{i}", f"e{i}", data=b"") for i in range(batch.FAILURES_KEPT + 15)]
    report = run_articles(articles, tmp_path)
    assert report.failed == batch.FAILURES_KEPT + 15 and len(report.failures) == batch.FAILURES_KEPT
    assert len((tmp_path / "errors.jsonl").read_text().splitlines()) == batch.FAILURES_KEPT + 15


# --- the command line -------------------------------------------------------------------

SLOW = """
import sys, time
from timeline import batch, cli
original = batch.process
def process(article, options):
    time.sleep(0.05)
    return original(article, options)
batch.process = process
sys.argv = ["timeline"] + sys.argv[1:]
cli.main()
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_complete_files_and_exit_130(tmp_path, jobs):
    archive = tmp_path / "in"
    archive.mkdir()
    for index in range(60):
        (archive / f"a{index:02d}.txt").write_text(f"11/11/2025\n\nhoy {index}\n")
    script = tmp_path / "slow.py"
    script.write_text(SLOW)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, str(script), "extract", str(archive), "-o", str(out), "-j", jobs],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 20
    while not (out / "a05.md").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr.decode().strip().splitlines() == [
        "timeline: interrupted; the files already written are complete, nothing half-written was left"
    ]
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.endswith(".part")]
    manifest = json.loads((out / batch.MANIFEST).read_text())
    written = [n for n in names if not n.startswith(".")]
    assert sorted(manifest) == written and 3 <= len(written) < 180
    stems = {n.rsplit(".", 1)[0] for n in written}
    assert all({f"{s}.json", f"{s}.ics", f"{s}.md"} <= set(written) for s in stems)  # whole articles
    # no worker was left behind (on a busy machine they may take a moment to exit)
    deadline = time.monotonic() + 5
    while (leftover := subprocess.run(["pgrep", "-s", str(process.pid)], capture_output=True, text=True)).stdout and time.monotonic() < deadline:
        time.sleep(0.1)
    assert leftover.stdout == ""


def test_progress_bar_on_a_terminal(tmp_path):
    import pty

    archive = make_archive(tmp_path / "in", count=20)
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", "extract", str(archive), "-r", "-o", str(tmp_path / "out"), "-j", "1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=secondary,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "160", "TERM": "xterm"},
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(main)
    assert process.returncode == 0
    assert b"articles/s" in shown and b"21/21" in shown
