from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REFERENCE = SEEDS / "000_ad79f3d90c75c4c0.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def reference_bytes() -> bytes:
    return REFERENCE.read_bytes()


@pytest.fixture(scope="session")
def reference_timeline():
    import timeline

    return timeline.extract_file(REFERENCE)
