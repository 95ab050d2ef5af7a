"""Real calendar programs import the calendars: calcurse and khal always in CI
(.ci/run installs them; with CI=true a missing one fails), every other client of
../shared/calclients when it is installed there.

The checks are ../shared/calclients/check_<client>.sh: each imports the file and
prints DTSTART|DTEND|SUMMARY per event as the client understood it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from export_helpers import client_line, fixture

from timeline.export import to_ics

CALCLIENTS = SHARED / "calclients"
REQUIRED = ("calcurse", "khal")
IN_CI = os.environ.get("CI") == "true"


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what}; CI must run the calendar clients (see .ci/run)")
    pytest.skip(what)


def khal_binary() -> str | None:
    candidates = [
        os.environ.get("KHAL"),
        str(ROOT / "build" / "khal-venv" / "bin" / "khal"),  # where .ci/run installs it
        str(Path(os.environ.get("CALCLIENTS_HOME", Path.home() / ".cache" / "calclients")) / "venv_khal" / "bin" / "khal"),
        shutil.which("khal"),
    ]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    khal = khal_binary()
    if khal:
        env["KHAL"] = khal
    return env


def expected(name: str) -> list[str]:
    timeline = fixture(name)
    language = timeline.document.language
    return sorted((client_line(e, language) for e in timeline.events if not e.undated), key=lambda s: s.encode())


def normalise(lines: list[str]) -> list[str]:
    """Clients running with TZ=UTC print floating times as UTC (with a Z); the
    fixture's zoned times are compared in UTC, so the Z carries no information."""
    return sorted((line.replace("Z|", "|") for line in lines), key=lambda s: s.encode())


@pytest.fixture(scope="module")
def calendars(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ics")
    files = {}
    for name in ("reference", "edge_cases", "english"):
        path = folder / f"{name}.ics"
        path.write_bytes(to_ics.render(fixture(name)))
        files[name] = path
    return files


@pytest.mark.parametrize("client", REQUIRED)
@pytest.mark.parametrize("name", ["reference", "edge_cases", "english"])
def test_required_client_imports_every_event(client, name, calendars):
    script = CALCLIENTS / f"check_{client}.sh"
    if not script.exists():
        _missing(f"{script} not found (../shared beside the repository)")
    if client == "calcurse" and shutil.which("calcurse") is None:
        _missing("calcurse not installed (apt-get install calcurse)")
    if client == "khal" and khal_binary() is None:
        _missing("khal not installed (pip install khal into a venv; set KHAL)")
    result = subprocess.run(
        ["bash", str(script), str(calendars[name])], capture_output=True, text=True, env=environment(), timeout=120
    )
    assert result.returncode == 0, f"{client} rc {result.returncode}: {result.stderr}"
    got = [line for line in result.stdout.splitlines() if line]
    assert normalise(got) == normalise(expected(name)), result.stderr


def test_every_installed_client_imports_the_reference_calendar(calendars, tmp_path):
    """run_all.sh over whatever ../shared/calclients has installed; all-day events
    only, so every client must print exactly the expected lines."""
    script = CALCLIENTS / "run_all.sh"
    if not script.exists():
        _missing(f"{script} not found")
    want = tmp_path / "expected.txt"
    want.write_text("".join(line + "\n" for line in expected("reference")), encoding="utf-8")
    env = environment()
    result = subprocess.run(
        ["bash", str(script), str(calendars["reference"]), str(want)], capture_output=True, text=True, env=env,
        timeout=600,
    )
    table = result.stdout
    rows = [line.split() for line in table.splitlines()[1:] if line and not line.startswith("(")]
    if not rows:
        _missing(f"no calendar client installed: {result.stderr.strip()}")
    assert result.returncode == 0, table + result.stderr
    assert all(row[1] == "0" and row[4] == "=" for row in rows), table


@pytest.mark.parametrize("client", REQUIRED)
def test_real_reference_article_calendar(client, reference_timeline, tmp_path):
    """The calendar of the pipeline's own output on the reference article (not the
    hand-made fixture): every dated event imported with the dates of the JSON."""
    dated = [e for e in reference_timeline.events if not e.undated]
    if not dated:
        pytest.skip("the pipeline gives no dated event yet (events stage not merged)")
    script = CALCLIENTS / f"check_{client}.sh"
    if not script.exists():
        _missing(f"{script} not found (../shared beside the repository)")
    if (client == "calcurse" and shutil.which("calcurse") is None) or (client == "khal" and khal_binary() is None):
        _missing(f"{client} not installed")
    path = tmp_path / "reference.ics"
    path.write_bytes(to_ics.render(reference_timeline))
    result = subprocess.run(["bash", str(script), str(path)], capture_output=True, text=True, env=environment(),
                            timeout=120)
    assert result.returncode == 0, result.stderr
    language = reference_timeline.document.language
    want = [client_line(e, language) for e in dated]
    assert normalise(result.stdout.splitlines()) == normalise(want)
