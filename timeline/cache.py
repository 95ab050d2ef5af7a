"""Data the package derives from its own files, kept between processes.

Parsing the language data and conjugating the Spanish verbs is about a third of a
one-article run's time, the same in every fresh process. The results are kept as JSON
in the user's cache folder (`$TIMELINE_CACHE_DIR`, else `$XDG_CACHE_HOME/timeline`, else
`~/.cache/timeline`; an empty `TIMELINE_CACHE_DIR` turns the cache off), named by a hash
of everything they were built from, so a changed data file or rule is never read stale.
A cache that cannot be read is rebuilt, one that cannot be written is skipped: the
cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable


def folder() -> Path | None:
    configured = os.environ.get("TIMELINE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def derived(name: str, sources: Iterable[bytes], build: Callable[[], Any]) -> Any:
    """`build()`'s JSON value, read from the cache when `sources` (the bytes it is built
    from: data files and the code that reads them) are unchanged."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    for source in sources:
        digest.update(len(source).to_bytes(8, "little"))
        digest.update(source)
    root = folder()
    if root is None:
        return build()
    path = root / f"{name}-{digest.hexdigest()}.json"
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        pass  # absent, unreadable or cut short: build it again
    value = build()
    _store(path, name, value)
    return value


def _store(path: Path, name: str, value: Any) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")
        os.replace(temporary, path)  # atomic: parallel workers never read half a file
        for stale in path.parent.glob(f"{name}-{'?' * 32}.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
