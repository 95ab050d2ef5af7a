#!/usr/bin/env python3
"""Benchmarks for timeline (not tests): run `python bench/run.py` from the repository
with the `bench` extra installed (`pip install -e '.[bench]'`).

Measures on one core, on the reference article and on meantime-dev (es, en):
- the whole pipeline (read, tag, events, canonical JSON) and the tagger alone,
  in articles/second and KB/second;
- dateparser's `search_dates` on the same texts, in the same run, and the ratio;
- peak memory (ru_maxrss of a fresh process, and tracemalloc's peak) for the
  pipeline, and for a streamed batch of 1,000 vs 10,000 articles (it must not grow);
- tagging 1 MB of adversarial text (must stay linear);
- cold start of `timeline --help` and of `timeline extract` on one article (best of N);
- batch throughput of `timeline extract --jsonl` with --jobs 1 and --jobs N.

Targets: pipeline >= 500 articles/s on reference-size articles, peak < 150 MB,
`--help` < 0.3 s, `extract` on one article < 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "seeds" / "000_ad79f3d90c75c4c0.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "meantime-dev"
REFERENCE_DCT = dt.date(2025, 11, 11)


# --- inputs -------------------------------------------------------------------------


def load_sets(corpus: Path) -> dict[str, list[tuple[str, dt.date, str]]]:
    """name -> [(text, dct, language)]."""
    reference = REFERENCE.read_text("utf-8")
    sets = {
        "reference": [(reference, REFERENCE_DCT, "es")],
        # the same article 200 times, each copy shifted by a different run of blanks before
        # its "date" header: same work, but no cache carries over from one copy to the next
        # (repeating one text lets the per-sentence caches answer; real archives do not)
        "reference-200": [(_blanks(k) + reference, REFERENCE_DCT, "es") for k in range(200)],
    }
    for language in ("es", "en"):
        folder = corpus / language
        gold = folder / "gold.jsonl"
        if not gold.is_file():
            print(f"(no corpus at {folder}; pass --corpus)", file=sys.stderr)
            continue
        items = []
        for line in gold.read_text("utf-8").splitlines():
            record = json.loads(line)
            text = (folder / f"{record['doc']}.txt").read_text("utf-8")
            items.append((text, dt.date.fromisoformat(record["dct"]), language))
        sets[f"meantime-{language}"] = items
    return sets


def _blanks(k: int) -> str:
    """A distinct run of at most 8 spaces and tabs for each k < 256."""
    return "".join(" \t"[(k >> bit) & 1] for bit in range(8))


def kilobytes(items) -> float:
    return sum(len(text.encode("utf-8")) for text, _, _ in items) / 1024


# --- timing ---------------------------------------------------------------------------


def rate(function, items, min_seconds: float, min_rounds: int = 3) -> tuple[float, float]:
    """Best and median articles/second over rounds of the whole set (the best round
    is the least disturbed by the rest of the machine)."""
    rates = []
    started = time.perf_counter()
    while len(rates) < min_rounds or time.perf_counter() - started < min_seconds:
        begin = time.perf_counter()
        for item in items:
            function(item)
        rates.append(len(items) / (time.perf_counter() - begin))
    return max(rates), statistics.median(rates)


def pipeline_function():
    from timeline.pipeline import extract

    def run(item):
        text, dct, language = item
        extract(text, dct=dct, lang=language).model_dump_json(indent=2)

    return run


def tagger_function():
    from timeline import temporal
    from timeline.reading import read

    cache: dict[int, object] = {}

    def run(item):
        key = id(item)
        if key not in cache:
            cache[key] = read(item[0], dct=item[1], language=item[2])
        temporal.tag(cache[key])

    return run


def dateparser_function():
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    import warnings

    warnings.filterwarnings("ignore")

    def run(item):
        text, dct, language = item
        base = dt.datetime.combine(dct, dt.time(12))
        search_dates(text, languages=[language], settings={"RELATIVE_BASE": base})

    return run


def stage_times(items, rounds: int) -> dict[str, tuple[float, float]]:
    """Milliseconds per article spent in each stage of `pipeline.extract`: the best
    and the median over `rounds` rounds of the whole set."""
    from timeline import __version__, chronology, events, reading, temporal
    from timeline.models import Generator, Timeline

    stages = ("read", "tag", "events", "order", "json")
    per_round: dict[str, list[float]] = {stage: [] for stage in stages}
    for _ in range(rounds):
        spent = dict.fromkeys(stages, 0.0)

        def timed(stage, function, *args, **kwargs):
            begin = time.perf_counter()
            result = function(*args, **kwargs)
            spent[stage] += time.perf_counter() - begin
            return result

        for text, dct, language in items:
            document = timed("read", reading.read, text, dct=dct, language=language)
            timexes = timed("tag", temporal.tag, document)
            found = timed("events", events.build, document, timexes)
            ordered = timed("order", chronology.order, found)
            timeline = Timeline(document=document, timexes=timexes, events=ordered, generator=Generator(version=__version__))
            timed("json", timeline.model_dump_json, indent=2)
        for stage in stages:
            per_round[stage].append(1000 * spent[stage] / len(items))
    return {stage: (min(values), statistics.median(values)) for stage, values in per_round.items()}


def profile(items, rounds: int, top: int) -> None:
    """cProfile of the pipeline: where the time goes, by function."""
    import cProfile
    import pstats

    run = pipeline_function()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for item in items:
            run(item)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# --- memory (in a fresh process, so the figure is this workload's own) -----------------


PROBE = r"""
import json, resource, sys, tracemalloc, datetime as dt
sys.path.insert(0, {bench!r})
import run as bench
mode, corpus = sys.argv[1], sys.argv[2]
if mode == "pipeline":
    from timeline.pipeline import extract
    items = [i for s in bench.load_sets(__import__("pathlib").Path(corpus)).values() for i in s]
    tracemalloc.start()
    for _ in range(3):
        for text, dct, language in items:
            extract(text, dct=dct, lang=language).model_dump_json(indent=2)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
else:
    import os
    from timeline import batch
    count = int(mode)
    text = open(bench.REFERENCE, encoding="utf-8").read()
    def articles():
        for index in range(count):
            yield batch.Article(f"a{{index}}", f"a{{index}}", data=text)
    with open(os.devnull, "wb") as sink:
        report = batch.run(articles(), None, batch.Options(), jobs=1, jsonl_out=sink)
    assert report.failed == 0
    peak = None
print(json.dumps({{"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "tracemalloc_mb": peak / 2**20 if peak is not None else None}}))
"""


def probe(mode: str, corpus: Path) -> dict:
    code = PROBE.format(bench=str(Path(__file__).resolve().parent))
    output = subprocess.run(
        [sys.executable, "-c", code, mode, str(corpus)], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# --- adversarial input ------------------------------------------------------------------


def adversarial(timeout: float) -> list[tuple[str, float | str]]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_properties import ADVERSARIAL, MEGABYTE, language_of, seconds_in_child

    results = []
    for name, unit in ADVERSARIAL.items():
        language = language_of(name)
        small = seconds_in_child(unit, MEGABYTE // 16, timeout / 4, language)
        results.append((name, small if isinstance(small, str) else seconds_in_child(unit, MEGABYTE, timeout, language)))
    return results


# --- the command line -------------------------------------------------------------------


def command() -> list[str]:
    script = Path(sys.executable).parent / "timeline"
    if script.exists():
        return [str(script)]
    found = shutil.which("timeline")
    return [found] if found else [sys.executable, "-m", "timeline.cli"]


def cold_start(args: list[str], repeat: int, empty_cache: bool = False) -> float:
    """Best wall time of `repeat` fresh processes; with `empty_cache`, each with an empty
    cache of derived data (`timeline/cache.py`), as on a machine's very first run."""
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            env = dict(os.environ, TIMELINE_CACHE_DIR=str(Path(folder) / "cache")) if empty_cache else None
            begin = time.perf_counter()
            subprocess.run(
                [*command(), *[a.replace("{tmp}", folder) for a in args]],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            best = min(best, time.perf_counter() - begin)
    return best


def batch_throughput(count: int, jobs: int) -> float:
    """End to end: `timeline extract --jsonl` of `count` reference-size articles."""
    text = REFERENCE.read_text("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w", encoding="utf-8") as stream:
            for index in range(count):
                stream.write(json.dumps({"id": f"a{index}", "text": text}, ensure_ascii=False) + "\n")
        begin = time.perf_counter()
        subprocess.run(
            [*command(), "extract", "--jsonl", str(source), "--jsonl-out", str(Path(folder) / "out.jsonl"),
             "-j", str(jobs), "-q"],
            check=True,
        )
        return count / (time.perf_counter() - begin)


# --- report ---------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, {cores} cores available; Python {platform.python_version()} ({platform.system()} {platform.release()})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="meantime-dev folder (with es/ and en/)")
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum timing per measurement")
    parser.add_argument("--repeat", type=int, default=5, help="cold-start runs (best is kept)")
    parser.add_argument("--quick", action="store_true", help="shorter timings, skip the batch runs")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed to tag 1 MB of adversarial text")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="also print cProfile's top N functions on the reference article")
    args = parser.parse_args()
    seconds = 0.5 if args.quick else args.seconds

    import timeline

    print(f"timeline {timeline.__version__} · {machine()}")
    print(f"git {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=ROOT).stdout.strip()}"
          f" · {dt.datetime.now().isoformat(timespec='seconds')}")
    sets = load_sets(args.corpus)
    pipeline, tagger, dateparser = pipeline_function(), tagger_function(), dateparser_function()
    for items in sets.values():  # warm up caches (language data, compiled patterns)
        pipeline(items[0])
        tagger(items[0])
        if dateparser:
            dateparser(items[0])

    print()
    print("One core, articles/second: best round / median round (best KB/s in brackets):")
    header = f"{'set':<15}{'articles':>9}{'avg KB':>8}  {'pipeline':>22}  {'tagger':>22}  {'dateparser':>14}  {'pipeline/dateparser':>20}"
    print(header)
    print("-" * len(header))
    for name, items in sets.items():
        size = kilobytes(items)
        full = rate(pipeline, items, seconds)
        tag = rate(tagger, items, seconds)
        other = rate(dateparser, items, min(seconds, 2.0), min_rounds=1)[0] if dateparser else None

        def cell(value):
            best, median = value
            return f"{best:,.0f} / {median:,.0f} ({best * size / len(items):,.0f})"

        ratio = f"{full[0] / other:,.1f}x" if other else "n/a"
        other_cell = f"{other:,.0f} ({other * size / len(items):,.0f})" if other else "n/a"
        print(f"{name:<15}{len(items):>9}{size / len(items):>8.1f}  {cell(full):>22}  {cell(tag):>22}  {other_cell:>14}  {ratio:>20}")
    if not dateparser:
        print("(dateparser not installed: pip install -e '.[bench]')")

    print()
    print("Milliseconds per article by stage: best round / median round:")
    print(f"{'set':<15}" + "".join(f"{stage:>17}" for stage in ("read", "tag", "events", "order", "json", "total")))
    for name, items in sets.items():
        times = stage_times(items, max(5, int(200 / len(items))))
        cells = [*times.values(), (sum(v[0] for v in times.values()), sum(v[1] for v in times.values()))]
        print(f"{name:<15}" + "".join(f"{f'{best:.3f} / {median:.3f}':>17}" for best, median in cells))  # (two blanks at least: 10 ms and more)
    if args.profile:
        profile(sets["reference"] * 50, 10, args.profile)

    print()
    print("Peak memory (fresh process):")
    memory = probe("pipeline", args.corpus)
    print(f"  pipeline on all sets x3: ru_maxrss {memory['maxrss_mb']:.0f} MB, tracemalloc peak {memory['tracemalloc_mb']:.1f} MB")
    small, large = probe("1000", args.corpus), probe("10000", args.corpus)
    print(f"  streamed batch (--jsonl-out), reference article: 1,000 articles {small['maxrss_mb']:.0f} MB, "
          f"10,000 articles {large['maxrss_mb']:.0f} MB")

    print()
    print("Tagging 1 MB of adversarial text (seconds; 64 KB tried first, given a quarter of the time):")
    results = adversarial(args.timeout)
    for name, value in results:
        print(f"  {name:<16}" + (f"{value:>7.3f}" if isinstance(value, float) else f"  {value}"))
    timed = [v for _, v in results if isinstance(v, float)]
    print(f"  worst: {max(timed):.3f} s" + ("" if len(timed) == len(results) else f"; {len(results) - len(timed)} failed"))

    print()
    print(f"Cold start (best of {args.repeat}; {' '.join(command())}):")
    print(f"  timeline --help                          {cold_start(['--help'], args.repeat):.3f} s")
    print(f"  timeline extract REFERENCE -o TMP        "
          f"{cold_start(['extract', str(REFERENCE), '-o', '{tmp}', '-q'], args.repeat):.3f} s")
    print(f"  the same, empty cache (first run)        "
          f"{cold_start(['extract', str(REFERENCE), '-o', '{tmp}', '-q'], args.repeat, empty_cache=True):.3f} s")

    if not args.quick:
        print()
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        print("Batch, end to end (timeline extract --jsonl ... --jsonl-out ..., 2,000 reference-size articles):")
        print(f"  --jobs 1: {batch_throughput(2000, 1):,.0f} articles/s")
        if cores > 1:
            print(f"  --jobs {cores}: {batch_throughput(2000, cores):,.0f} articles/s")
    print()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this benchmark process: ru_maxrss {rss:.0f} MB, includes dateparser)")


if __name__ == "__main__":
    main()
