#!/usr/bin/env python3
"""Behaviour snapshot for speed work: the outputs of every format on every article we
have, written to a folder and compared byte for byte.

    python bench/golden.py write DIR             # snapshot of the code in this checkout
    python bench/golden.py write DIR --ref main  # snapshot of a git ref (via git archive)
    python bench/golden.py compare DIR           # this checkout against DIR; lists differences

Inputs: seeds/*.txt (dateline and language detected), meantime-dev es/en (gold DCT,
and again detected), the test corpora (tests/corpus/<lang>/**/*.toml; the events cases also
through the events stage alone on their written timexes), the export fixtures
(tests/fixtures/*.json, rendered in every format), the reference article repeated 40
times (merging at scale), 1 MB of the 20 MB bad-input article, and some damaged inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "meantime-dev"
REFERENCE = ROOT / "seeds" / "000_ad79f3d90c75c4c0.txt"


def inputs():
    """(name, kwargs for timeline.extract)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed/{path.stem}", dict(text=path.read_bytes(), source=path.name)
        yield f"seed-dct/{path.stem}", dict(text=path.read_text("utf-8"), dct="2025-11-11", lang="es")
    for language in ("es", "en"):
        folder = CORPUS / language
        for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
            record = json.loads(line)
            path = folder / f"{record['doc']}.txt"
            yield f"meantime-{language}/{record['doc']}", dict(text=path.read_text("utf-8"), dct=record["dct"], lang=language)
            yield f"meantime-auto/{record['doc']}", dict(text=path.read_bytes(), source=path.name, dct_optional=True)
    corpus = ROOT / "tests" / "corpus"
    for path in sorted(corpus.rglob("*.toml")):
        language = path.relative_to(corpus).parts[0]
        data = tomllib.loads(path.read_text("utf-8"))
        for index, case in enumerate(data.get("case", [])):
            if "text" not in case:
                continue
            dct = case.get("dct", data.get("dct", "2025-11-11"))
            name = f"corpus/{path.parent.name}-{path.stem}-{index:03d}"
            if language != "es":
                name = f"corpus-{language}/{path.parent.name}-{path.stem}-{index:03d}"
            yield name, dict(text=case["text"], dct=dct, lang=language)
    body = REFERENCE.read_text("utf-8")
    yield "synthetic/reference-x40", dict(text=body + ("\n\n" + body.split("\n", 1)[1]) * 39, source="x40")
    big = ("11/11/2025\n\n" + body.split("\n", 1)[1] * 400).encode("utf-8")[: 1 << 20].rsplit(b" ", 1)[0]
    yield "synthetic/big-1mb", dict(text=big, source="big")
    raw = REFERENCE.read_bytes()
    middle = raw.index(b" ", len(raw) // 2)
    yield "synthetic/damaged-utf8", dict(text=raw[:middle] + b" \xff\xfe\xc3 " + raw[middle:], source="damaged")
    yield "synthetic/utf16", dict(text=body.encode("utf-16"), source="utf16")
    yield "synthetic/cp1252", dict(text=body.replace('"El punto', "“El punto").encode("cp1252"), source="cp1252")
    yield "synthetic/html", dict(
        text=b"<!DOCTYPE html><html><head><title>Cumbre</title></head><body><p>11/11/2025</p><p>El presidente "
        b"lleg\xc3\xb3 <b>ayer</b> a Mosc\xc3\xba y se reunir\xc3\xa1 el jueves con Putin.</p></body></html>",
        source="html",
    )
    yield "synthetic/english", dict(
        text="LONDON, 11 Nov 2025 (Reuters) - The prime minister will meet union leaders this afternoon.\n\n"
        "The strike began last week, on Tuesday, and the talks ended on Friday in Manchester.",
        source="en",
    )


def events_stage_cases():
    """The events corpus through events.build on the timexes the case writes down."""
    sys.path.insert(0, str(ROOT / "tests"))
    from support.timexes import make

    from timeline import events, reading

    for path in sorted((ROOT / "tests" / "corpus").glob("*/events/*.toml")):
        language = path.parent.parent.name
        for case in tomllib.loads(path.read_text("utf-8"))["case"]:
            dct = dt.date.fromisoformat(case["dct"])
            document = reading.read(case["text"], source=case["id"], dct=dct, language=language)
            timexes = make(document.text, dct, case.get("timexes", []))
            found = events.build(document, timexes)
            prefix = "events-stage" if language == "es" else f"events-stage-{language}"
            yield f"{prefix}/{path.stem}-{case['id']}", "[" + ",".join(e.model_dump_json() for e in found) + "]"


def outputs():
    """(file name, bytes) for everything the snapshot holds."""
    from timeline import export
    from timeline.errors import TimelineError
    from timeline.export import to_json
    from timeline.pipeline import extract

    for name, kwargs in inputs():
        try:
            timeline = extract(**kwargs)
        except TimelineError as error:
            yield f"{name}.error", f"{type(error).__name__}: {error}".encode()
            continue
        for fmt in export.FORMATS:
            data = export.render(timeline, fmt)
            yield f"{name}.{fmt}", data
            if fmt == "json":  # the convert path: the JSON read back renders the same
                again = to_json.render(to_json.load(data)).encode("utf-8")
                if again != data:
                    yield f"{name}.json-roundtrip", again
    for name, text in events_stage_cases():
        yield f"{name}.events.json", text.encode("utf-8")
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.json")):
        timeline = to_json.load(path.read_bytes())
        for fmt in export.FORMATS:
            yield f"fixture/{path.stem}.{fmt}", export.render(timeline, fmt)


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    index = {}
    for name, data in outputs():
        target = folder / name.replace("/", "__")
        target.write_bytes(data)
        index[name] = hashlib.sha256(data).hexdigest()
    (folder / "INDEX.json").write_text(json.dumps(index, indent=1, sort_keys=True))
    print(f"{len(index)} files written to {folder}")


def compare(folder: Path, show: int) -> int:
    expected = json.loads((folder / "INDEX.json").read_text())
    seen, bad = set(), []
    for name, data in outputs():
        seen.add(name)
        if expected.get(name) != hashlib.sha256(data).hexdigest():
            bad.append((name, data))
    missing = sorted(set(expected) - seen)
    for name, data in bad[:show]:
        path = folder / name.replace("/", "__")
        old = path.read_bytes().decode("utf-8", "replace").splitlines() if path.exists() else []
        new = data.decode("utf-8", "replace").splitlines()
        print(f"--- {name}")
        print("\n".join(list(difflib.unified_diff(old, new, "snapshot", "now", lineterm="", n=2))[:40]))
    for name, _ in bad[show:]:
        print(f"differs: {name}")
    for name in missing:
        print(f"missing: {name}")
    print(f"{len(seen)} outputs compared: {len(bad)} differ, {len(missing)} missing")
    return 1 if bad or missing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--ref", help="write: snapshot this git ref's code instead of the checkout's")
    parser.add_argument("--show", type=int, default=5, help="compare: diffs to print")
    args = parser.parse_args()
    if args.ref:
        with tempfile.TemporaryDirectory() as tree:
            archive = subprocess.run(["git", "archive", args.ref, "timeline"], cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
            env = dict(os.environ, PYTHONPATH=tree)
            subprocess.run([sys.executable, __file__, "write", str(args.folder)], env=env, check=True)
        return
    import timeline

    print(f"code: {Path(timeline.__file__).parent}")
    begin = time.perf_counter()
    status = write(args.folder) if args.action == "write" else compare(args.folder, args.show)
    print(f"({time.perf_counter() - begin:.1f} s)")
    sys.exit(status or 0)


if __name__ == "__main__":
    main()
