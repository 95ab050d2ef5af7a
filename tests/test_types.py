"""mypy checks the package's annotations with the [tool.mypy] settings of
pyproject.toml. Skipped when mypy is not installed, except in CI (CI=true, set by
.ci/run, which installs the test extra), where a missing mypy fails."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest
from conftest import ROOT


def test_mypy_reports_no_errors(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("mypy is not installed, and CI must run the type check (the test extra installs it)")
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    # a cache of its own: a run never reads another run's (or another checkout's) results
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"mypy reports errors:\n{result.stdout}{result.stderr}"
