"""The committed export fixtures are what tests/fixtures/make_fixtures.py builds
(offsets into the real reference text, valid models)."""

from __future__ import annotations

import importlib.util

import pytest
from export_helpers import FIXTURES, NAMES, fixture


def _builder():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", NAMES)
def test_committed_fixture_is_current(name):
    assert (FIXTURES / f"{name}.json").read_text("utf-8") == _builder().render(name), (
        "regenerate with: python tests/fixtures/make_fixtures.py"
    )


@pytest.mark.parametrize("name", NAMES)
def test_offsets_point_at_their_text(name):
    timeline = fixture(name)
    text = timeline.document.text
    for timex in timeline.timexes:
        if timex.start is not None:
            assert text[timex.start : timex.end] == timex.text
    for event in timeline.events:
        for span in [event.evidence, *event.mentions, *([event.trigger] if event.trigger else [])]:
            assert text[span.start : span.end] == span.text


def test_reference_chronology_order():
    titles = [e.title for e in fixture("reference").events]
    assert titles[:2] == ["Cumbre UE-Asia Central en Samarcanda", "Cumbre EE.UU.-Asia Central en Washington"]
    assert titles.index("Tokáyev llega a Moscú") < titles.index("Reunión de Tokáyev y Putin")
    assert titles.index("Reunión de Tokáyev y Putin") < titles.index("Reuniones con miembros de ambos gobiernos")
