"""The pipeline pauses the cyclic garbage collector for very large articles only,
and always leaves it as it found it (also after an error, and across threads)."""

from __future__ import annotations

import gc
import threading

import pytest

from timeline import pipeline
from timeline.errors import InputError


@pytest.fixture
def collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_only_for_large_input_and_resumed(collector_enabled, monkeypatch):
    seen = []
    read = pipeline.reading.read

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(pipeline.reading, "read", spy)
    pipeline.extract("El presidente llegó hoy a Madrid.", dct="2025-01-01", lang="es")
    monkeypatch.setattr(pipeline, "LARGE", 10)
    pipeline.extract("El presidente llegó hoy a Madrid.", dct="2025-01-01", lang="es")
    assert seen == [True, False]
    assert gc.isenabled()


def test_resumed_after_an_error(collector_enabled, monkeypatch):
    monkeypatch.setattr(pipeline, "LARGE", 1)
    with pytest.raises(InputError):
        pipeline.extract(b"   ")
    assert gc.isenabled()


def test_left_disabled_when_it_was_disabled(monkeypatch):
    monkeypatch.setattr(pipeline, "LARGE", 1)
    was = gc.isenabled()
    gc.disable()
    try:
        pipeline.extract("El presidente llegó hoy a Madrid.", dct="2025-01-01", lang="es")
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_threads_resume_when_the_last_is_done(collector_enabled, monkeypatch):
    monkeypatch.setattr(pipeline, "LARGE", 1)
    inside, release = threading.Barrier(3), threading.Event()
    read = pipeline.reading.read

    def slow(*args, **kwargs):
        inside.wait(timeout=10)
        release.wait(timeout=10)
        return read(*args, **kwargs)

    monkeypatch.setattr(pipeline.reading, "read", slow)
    threads = [
        threading.Thread(target=pipeline.extract, args=("Llegó hoy a Madrid.",), kwargs={"dct": "2025-01-01", "lang": "es"})
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    inside.wait(timeout=10)
    assert not gc.isenabled()
    release.set()
    for thread in threads:
        thread.join(timeout=30)
    assert gc.isenabled()


_SETTLE_PROBE = """
import gc
from timeline import batch, pipeline
freezes = []
freeze = gc.freeze
gc.freeze = lambda: (freezes.append(1), freeze())
pipeline.extract("El presidente llegó hoy a Madrid.", dct="2025-01-01", lang="es")
library = len(freezes)
job = batch.Job(batch.Options(dct=pipeline.parse_dct("2025-01-01")), jsonl_out=True)
article = batch.Article(name="a", source="a", data="El presidente llegó hoy a Madrid.")
batch.work(article, job)
batch.work(article, job)
print(library, len(freezes), gc.get_freeze_count() > 0)
"""


def test_a_batch_settles_its_lexicons_once_the_library_never():
    # in a process of its own: a freeze acts on the whole process
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _SETTLE_PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "1", "True"]  # none by the library, one per language by a batch
