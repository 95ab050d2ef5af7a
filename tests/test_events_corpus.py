"""The events corpus: short news passages with the events an analyst expects (and
the ones that must not appear), read from tests/corpus/<lang>/events/*.toml for
every language (ids: lang/file:case).

Each case runs twice:
- `test_events_stage`: the events stage alone, on the timexes written in the case
  (what the tagger is specified to produce), so a failure points at events;
- `test_pipeline`: the whole pipeline, `timeline.extract(text, dct=...)`.

Case format:
    [[case]]
    id = "arrival-yesterday"
    dct = "2025-03-10"
    text = "..."
    timexes = [["ayer", "2025-03-09"], ["menos de una semana", "P1W", {mod = "LESS_THAN"}]]
    [[case.expect]]            # an event that must be there
    title = "..."              # exact title, or
    title_has = ["...", ...]   # words the title contains; plus any of:
    kind, start, end, granularity, certainty, status, location, part_of_day, time
                               # ("" for a field that must be empty: part_of_day = "")
    actors = [...]             # these actors at least
    undated = true
    reason_has = "..."         # words of the certainty reason ("varios hechos": a series)
    dated_by_has = "..."       # words of the rule trace `dated_by`
    [[case.absent]]            # no event may match all of these
    kind, title_has, start, reason_has, dated_by_has
    actors = [...]             # (absent only) ... and have any of these actors
A case may also give `count = N`: exactly N events.
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from support.timexes import make  # noqa: E402

import timeline  # noqa: E402
from timeline import chronology, events, reading  # noqa: E402
from timeline.models import Certainty, Event  # noqa: E402

CORPUS = Path(__file__).parent / "corpus"


def _cases() -> list[dict]:
    cases = []
    for path in sorted(CORPUS.glob("*/events/*.toml")):
        for case in tomllib.loads(path.read_text("utf-8"))["case"]:
            case["file"] = path.stem
            case["language"] = path.parent.parent.name
            cases.append(case)
    return cases


CASES = _cases()
IDS = [f"{c['language']}/{c['file']}:{c['id']}" for c in CASES]


def _matches(event: Event, spec: dict) -> bool:
    if "title" in spec and event.title != spec["title"]:
        return False
    if "title_has" in spec and not all(word.lower() in event.title.lower() for word in spec["title_has"]):
        return False
    if "kind" in spec and event.kind != spec["kind"]:
        return False
    if "start" in spec and (event.start is None or event.start.isoformat() != spec["start"]):
        return False
    if "undated" in spec and event.undated != spec["undated"]:
        return False
    if "reason_has" in spec and spec["reason_has"] not in (event.certainty_reason or ""):
        return False
    if "dated_by_has" in spec and spec["dated_by_has"] not in (event.dated_by or ""):
        return False
    return True


def _check(found: list[Event], case: dict) -> None:
    listing = "\n".join(
        f"  {e.title!r} kind={e.kind} {e.start}..{e.end} {e.granularity} {e.certainty} {e.status} actors={e.actors} at={e.location} by={e.dated_by}"
        for e in found
    )
    for spec in case.get("expect", []):
        candidates = [e for e in found if _matches(e, spec)]
        assert candidates, f"missing {spec}\nfound:\n{listing}"
        event = candidates[0]
        for field in ("end", "granularity", "certainty", "status", "location", "part_of_day"):
            if field in spec:
                value = getattr(event, field)
                value = value.isoformat() if isinstance(value, dt.date) else (value.value if hasattr(value, "value") else value)
                value = "" if value is None and spec[field] == "" else value
                assert value == spec[field], f"{field} of {event.title!r}: {value!r} != {spec[field]!r}\nfound:\n{listing}"
        if "time" in spec:
            assert event.time is not None and event.time.strftime("%H:%M") == spec["time"], listing
        if "actors" in spec:
            missing = [a for a in spec["actors"] if a not in event.actors]
            assert not missing, f"actors {missing} not in {event.actors} of {event.title!r}\nfound:\n{listing}"
        if spec.get("undated"):
            assert event.undated, f"{event.title!r} should be undated\nfound:\n{listing}"
    for spec in case.get("absent", []):
        wrong = [e for e in found if _matches(e, spec) and ("actors" not in spec or set(spec["actors"]) & set(e.actors))
                 and ("location" not in spec or e.location == spec["location"])]
        assert not wrong, f"unexpected {spec}: {[e.title for e in wrong]}\nfound:\n{listing}"
    if "count" in case:
        assert len(found) == case["count"], f"expected {case['count']} events\nfound:\n{listing}"
    # invariants every chronology keeps
    for event in found:
        if event.start is not None and event.end is not None:
            assert event.start <= event.end
            assert event.dated_by and event.certainty is not None, event
        elif event.start is not None or event.end is not None:  # one end alone: "estuvo de baja hasta marzo", "no antes de 2027"
            assert event.certainty is Certainty.BOUNDED and event.dated_by and event.timex_ids, event
        else:
            assert not event.timex_ids


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_events_stage(case: dict) -> None:
    dct = dt.date.fromisoformat(case["dct"])
    document = reading.read(case["text"], source=case["id"], dct=dct, language=case["language"])
    specs = [tuple(t) for t in case.get("timexes", [])]
    timexes = make(document.text, dct, specs)
    _check(chronology.order(events.build(document, timexes)), case)


def _tagger_ready() -> bool:
    probe = timeline.extract("El presidente llegó hoy a Madrid.", dct="2025-01-01", lang="es")
    return len(probe.timexes) > 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_pipeline(case: dict) -> None:
    if not _tagger_ready():
        pytest.skip("the temporal tagger (issue 6) has not landed on this branch: the pipeline finds no timexes yet")
    result = timeline.extract(case["text"], dct=case["dct"], lang=case["language"])
    _check(result.events, case)


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_language_has_ten_passages(language: str) -> None:
    assert sum(1 for c in CASES if c["language"] == language) >= 10


def test_every_case_can_fail() -> None:
    """A case with no expectation would pass whatever the code does."""
    for case in CASES:
        assert case.get("expect") or case.get("absent") or "count" in case, case["id"]
