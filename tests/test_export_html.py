"""HTML report: self-contained, escaped, every internal link resolves, timexes
highlighted with their values; rendered in headless Chromium without console
errors or network access, labels not overlapping, and a screenshot taken."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_helpers import NAMES, fixture
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export import to_html

ROOT = Path(__file__).resolve().parent.parent


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.classes: dict[str, list[dict]] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        for name in (attributes.get("class") or "").split():
            self.classes.setdefault(name, []).append(attributes)


def parse(name: str) -> tuple[str, Collector]:
    html = to_html.render(fixture(name))
    collector = Collector()
    collector.feed(html)
    return html, collector


@pytest.mark.parametrize("name", NAMES)
def test_self_contained(name):
    html, found = parse(name)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(found.tags)
    assert "@import" not in html and "url(http" not in html and "@font-face" not in html
    external = [h for h in found.hrefs if not h.startswith("#")]
    assert external == []
    assert set(re.findall(r"https?://[\w./-]+", html)) <= {"http://www.w3.org/2000/svg", "http://example.com"}


@pytest.mark.parametrize("name", NAMES)
def test_links_resolve_and_ids_are_unique(name):
    _, found = parse(name)
    assert len(found.ids) == len(set(found.ids))
    missing = [h for h in found.hrefs if h[1:] not in found.ids]
    assert missing == []


def test_hostile_text_is_escaped():
    html, found = parse("edge_cases")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "script" not in found.tags


def test_every_body_timex_is_highlighted_with_its_value():
    timeline = fixture("reference")
    html, found = parse("reference")
    marks = found.classes["tx"]
    highlighted = {attributes.get("id") for attributes in marks}
    for timex in timeline.timexes:
        assert f"text-{timex.id}" in highlighted
        if timex.function is None:
            assert f'<span class="tv">{timex.value}</span>' in html
    assert 'href="#timex-t4"' in html and "2025-11-11TAF" in html


def test_chronology_table_in_order_with_evidence():
    timeline = fixture("reference")
    html, _ = parse("reference")
    order = [m.start() for m in (re.search(f'<tr id="event-{e.id}"', html) for e in timeline.events)]
    assert order == sorted(order)
    assert html.count("<blockquote>") == len(timeline.events)
    assert "entre el 4 y el 10 nov 2025" in html and "11 nov 2025 (tarde)" in html
    assert "menos de una semana antes del 11 nov" in html


def test_deterministic():
    for name in NAMES:
        assert to_html.render(fixture(name)) == to_html.render(fixture(name))


def test_svg_marks_follow_the_value_model():
    html, _ = parse("reference")
    found = Collector()
    found.feed(html[html.index('<svg class="chart"') : html.index("</svg>")])
    assert len(found.classes["mark"]) == 9  # every dated event drawn once
    bars = [a for a in found.classes["mark"] if "bar" in a.get("class", "")]
    assert len(bars) == 5  # April, the three 4-10 Nov windows, the 11-12 Nov signing
    uncertain = [a for a in found.classes["mark"] if "uncertain" in a.get("class", "")]
    assert len(uncertain) == 4  # the bounded ones


# ------------------------------------------------------------------ Chromium


def _browser():
    import chromium

    if chromium.find() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, and CI must run the browser test (.ci/run installs it)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return chromium


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("TIMELINE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("name", NAMES)
def test_renders_in_chromium(name, screenshots):
    chromium = _browser()
    report = screenshots / f"{name}.html"
    report.write_text(to_html.render(fixture(name)), encoding="utf-8")
    with chromium.Browser() as browser:
        browser.load(report)
        layout = browser.evaluate(chromium.LAYOUT_CHECK)
        shot = browser.screenshot(screenshots / f"{name}.png")
        assert browser.problems() == []
        assert browser.requests() == [report.resolve().as_uri()], "the report must not touch the network"
    assert layout["overlaps"] == [] and layout["outside"] == [] and layout["crossing"] == []
    assert layout["width"] <= layout["viewport"], "no horizontal scrolling on a laptop screen"
    assert shot.stat().st_size > 20_000
    timeline = fixture(name)
    assert layout["points"] + layout["bars"] == sum(1 for e in timeline.events if not e.undated)
    if name == "reference":
        labels = " ".join(layout["labels"])
        expected = [
            "Cumbre UE-Asia Central en Samarcanda",
            "Cumbre EE.UU.-Asia Central en Washington",
            "Tokáyev llega a Moscú",
            "Reunión de Tokáyev y Putin",
            "Reuniones con miembros de ambos gobiernos",
        ]
        positions = [labels.index(title) for title in expected]
        assert positions == sorted(positions), "the five events, in order"


def test_prints_on_a4(screenshots):
    chromium = _browser()
    report = screenshots / "reference-print.html"
    report.write_text(to_html.render(fixture("reference")), encoding="utf-8")
    with chromium.Browser(width=794, height=1123) as browser:  # A4 at 96 dpi
        browser.load(report, media="print")
        layout = browser.evaluate(chromium.LAYOUT_CHECK)
        pdf = browser.pdf(screenshots / "reference.pdf")
        assert browser.problems() == []
    assert layout["width"] <= 794, "nothing wider than the page"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and 1 <= len(re.findall(rb"/Type\s*/Page[^s]", data)) <= 8


@settings(max_examples=60, deadline=None)
@given(title=st.text(min_size=1, max_size=200), place=st.text(max_size=60))
def test_any_text_stays_text(title, place):
    """Whatever the article says, it comes out as text: no new element appears."""
    timeline = fixture("reference")
    event = timeline.events[1].model_copy(update={"title": title, "location": place or None})
    html = to_html.render(timeline.model_copy(update={"events": [event]}))
    found = Collector()
    found.feed(html)
    baseline = Collector()
    plain = timeline.events[1].model_copy(update={"title": "x", "location": "y" if place else None})
    baseline.feed(to_html.render(timeline.model_copy(update={"events": [plain]})))
    assert sorted(set(found.tags)) == sorted(set(baseline.tags))
    assert len(found.ids) == len(set(found.ids))
