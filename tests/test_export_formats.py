"""CSV, TimelineJS and JSON-LD exports; every format byte-identical across runs and
processes; `timeline convert` re-exports from the JSON alone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest
from export_helpers import FIXTURES, NAMES, fixture

from timeline import export
from timeline.export import to_jsonld, to_timelinejs

# ------------------------------------------------------------------ CSV


def rows(name: str) -> list[dict]:
    data = export.render(fixture(name), "csv")
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("name", NAMES)
def test_csv_one_row_per_event_round_trips(name):
    timeline = fixture(name)
    table = rows(name)
    assert len(table) == len(timeline.events)
    by_id = {e.id: e for e in timeline.events}
    for row in table:
        event = by_id[row["id"]]
        assert row["date"] == (event.edtf or "")
        assert row["earliest"] == (event.start.isoformat() if event.start else "")
        assert row["latest"] == (event.end.isoformat() if event.end else "")
        assert row["granularity"] == (event.granularity.value if event.granularity else "")
        assert row["certainty"] == (event.certainty.value if event.certainty else "")
        assert row["title"].lstrip("'") == " ".join(event.title.split())
        assert row["evidence"] == event.evidence.text.strip()
        assert row["source"] == timeline.document.source
    assert [r["id"] for r in table if r["earliest"]] == [e.id for e in timeline.events if not e.undated]


def test_csv_rfc4180_quoting_and_formula_guard():
    data = export.render(fixture("edge_cases"), "csv").decode("utf-8-sig")
    records = data.split("\r\n")
    assert records[0].startswith("sequence,id,date,earliest,latest,granularity,")
    table = rows("edge_cases")
    hostile = next(r for r in table if r["title"].startswith("Reunión"))
    assert hostile["actors"] == 'Ana "la Roja", Pérez; Bob; \\Smith'
    assert hostile["location"] == 'Samarcanda, Uzbekistán; sala "B"'
    assert '"Reunión ""urgente"", al fin; C:\\ruta\\x y DTSTART:19700101' in data  # quotes doubled
    injected = next(r for r in table if "HYPERLINK" in r["title"])
    assert injected["actors"] == "'=1+1; @SUM(A1)"
    assert injected["location"] == "'-2+3"
    text_columns = ("title", "kind", "actors", "location", "evidence", "certainty_reason", "source")
    assert not any(r[c].startswith(("=", "+", "-", "@")) for r in table for c in text_columns)
    long = next(r for r in table if r["title"].startswith("Aprobación"))
    assert len(long["evidence"]) > 1500


# ------------------------------------------------------------------ TimelineJS


def test_timelinejs_dates_leave_out_unknown_parts():
    data = json.loads(to_timelinejs.render(fixture("reference")))
    assert data["title"]["text"]["headline"].startswith("El punto clave")
    slides = {s["text"]["headline"]: s for s in data["events"]}
    assert len(slides) == 9  # the undated one cannot be placed
    april = slides["Cumbre UE-Asia Central en Samarcanda"]
    assert april["start_date"] == {"year": 2025, "month": 4} and "end_date" not in april
    summit = slides["Cumbre EE.UU.-Asia Central en Washington"]
    assert summit["start_date"] == {"year": 2025, "month": 11, "day": 4}
    assert summit["end_date"] == {"year": 2025, "month": 11, "day": 10}
    assert summit["display_date"] == "entre el 4 y el 10 nov 2025"
    assert summit["group"] == "cumbre"
    assert slides["Reunión de Tokáyev y Putin"]["display_date"] == "11 nov 2025 (tarde)"
    assert "menos de una semana" in summit["text"]["text"]
    assert len({s["unique_id"] for s in data["events"]}) == 9


def test_timelinejs_grains_and_escaping():
    data = json.loads(to_timelinejs.render(fixture("edge_cases")))
    slides = {s["text"]["headline"]: s for s in data["events"]}
    assert slides["Firma del tratado"]["start_date"] == {"year": 2024}
    quarter = slides["Publicación del informe"]
    assert (quarter["start_date"], quarter["end_date"]) == ({"year": 2025, "month": 10}, {"year": 2025, "month": 12})
    assert quarter["display_date"] == "cuarto trimestre de 2025"
    moscow = slides["Conversación de los presidentes"]
    assert moscow["start_date"] == {"year": 2025, "month": 11, "day": 12, "hour": 15, "minute": 0}
    assert moscow["display_date"].endswith("Europe/Moscow")
    assert not any("<script" in json.dumps(s) for s in data["events"])


# ------------------------------------------------------------------ JSON-LD


def test_jsonld_schema_org_events():
    data = json.loads(to_jsonld.render(fixture("edge_cases")))
    assert data["@context"] == "https://schema.org"
    article, *events = data["@graph"]
    assert article["@type"] == "NewsArticle" and article["datePublished"] == "2025-11-11"
    assert all(e["@type"] == "Event" and e["subjectOf"] == {"@id": "#article"} for e in events)
    by_name = {e["name"]: e for e in events}
    assert by_name["Cumbre de abril"]["startDate"] == "2025-04"
    assert by_name["Firma del tratado"]["startDate"] == "2024"
    window = by_name["Firma del acuerdo en Washington"]
    assert (window["startDate"], window["endDate"]) == ("2025-11-04", "2025-11-10")
    assert "acotada (menos de una semana antes del 11 nov)" in window["description"]
    assert by_name["Conversación de los presidentes"]["startDate"] == "2025-11-12T15:00:00+03:00"
    assert by_name["Lanzamiento del satélite"]["startDate"] == "2025-11-13T09:30:00Z"
    assert by_name["Rueda de prensa del Gobierno"]["startDate"] == "2025-11-11T18:00:00"
    assert "startDate" not in by_name["Anuncio del plan de vivienda"]
    assert len({e["@id"] for e in events}) == len(events)


def test_jsonld_is_opt_in():
    assert "jsonld" not in export.DEFAULT_FORMATS


# ------------------------------------------------------------------ all formats


DERIVED = [f for f in export.FORMATS if f not in ("timeml",)]


@pytest.mark.parametrize("fmt", DERIVED)
def test_byte_identical_across_processes(fmt, tmp_path):
    """Two separate interpreters, different hash seeds: same bytes."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        env.pop("SOURCE_DATE_EPOCH", None)
        subprocess.run(
            [sys.executable, "-m", "timeline.cli", "convert", str(FIXTURES / "edge_cases.json"), "--format", fmt,
             "-o", str(out)],
            check=True, env=env, capture_output=True,
        )
        (produced,) = [p for p in out.iterdir() if not p.name.startswith(".")]
        outputs.append(produced.read_bytes())
    assert outputs[0] == outputs[1]


def test_convert_reexports_without_the_article(tmp_path):
    """JSON -> every format, from a copy of the JSON alone (the article is not read)."""
    from typer.testing import CliRunner

    from timeline.cli import app

    source = tmp_path / "ref.json"
    source.write_bytes((FIXTURES / "reference.json").read_bytes())
    result = CliRunner().invoke(app, ["convert", str(source), "--format", ",".join(DERIVED), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for fmt in DERIVED:
        written = tmp_path / "out" / f"ref.{export.extension(fmt)}"
        assert written.read_bytes() == export.render(fixture("reference"), fmt)


def test_json_ics_json_round_trip():
    """JSON -> ICS -> parse: the calendar says what the JSON says (dates, summary,
    location, category, status) for every dated event."""
    from icalendar import Calendar

    from timeline.export import to_ics
    from timeline.export.to_json import load

    timeline = load((FIXTURES / "reference.json").read_bytes())
    assert export.render(timeline, "json") == (FIXTURES / "reference.json").read_bytes()
    parsed = Calendar.from_ical(to_ics.render(timeline)).walk("VEVENT")
    dated = [e for e in timeline.events if not e.undated]
    for event, vevent in zip(dated, parsed, strict=True):
        assert vevent.decoded("DTSTART") == event.start
        assert vevent.decoded("DTEND") == event.end + dt.timedelta(days=1)
        assert str(vevent["SUMMARY"]).startswith(event.title)
        assert str(vevent.get("LOCATION", "")) == (event.location or "")
        assert vevent["CATEGORIES"].cats == [event.kind]
        assert str(vevent["STATUS"]) == ("CONFIRMED" if event.certainty.value == "exact" else "TENTATIVE")


@pytest.mark.parametrize("fmt", DERIVED)
def test_empty_and_undated_timelines_export(fmt, monkeypatch):
    """No events at all, or an article without a DCT (--dct-optional): every format still writes."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    timeline = fixture("edge_cases")
    empty = timeline.model_copy(update={"events": []})
    undated = timeline.model_copy(update={
        "events": [e for e in timeline.events if e.undated],
        "document": timeline.document.model_copy(update={"dct": None, "dct_source": None, "title": None}),
    })
    for case in (empty, undated):
        data = export.render(case, fmt)
        assert data and data == export.render(case, fmt)
    if fmt == "ics":
        assert b"BEGIN:VEVENT" not in export.render(undated, fmt)
        assert b"DTSTAMP" not in export.render(undated, fmt)


@pytest.mark.parametrize(
    ("title", "status", "language", "word"),
    [
        ("Huelga de los sindicatos", "scheduled", "es", "prevista"),
        ("Reuniones de los líderes", "scheduled", "es", "previstas"),
        ("Conciertos", "scheduled", "es", "previstos"),
        ("Viaje del rey a Marruecos", "scheduled", "es", "previsto"),
        ("Huelga", "cancelled", "es", "cancelada"),
        # a title that opens on who acts: the act is what is planned
        ("Rusia firma el acuerdo", "scheduled", "es", "previsto"),
        ("Visita de Tokáyev a Moscú", "ongoing", "es", "en curso"),
        ("Strike", "cancelled", "en", "cancelled"),
        # threatened, no fact ("amenaza con una huelga el lunes")
        ("Huelga", "possible", "es", "posible"),
        ("Huelgas", "possible", "es", "posibles"),
        ("Strike", "possible", "en", "possible"),
        ("Huelga", "past", "es", None),
    ],
)
def test_status_word_agrees_with_the_event_noun(title, status, language, word):
    """"Huelga (prevista)", not "Huelga (previsto)": the chronology's status word agrees
    with a title that opens on an event noun."""
    from timeline.export._common import status_word
    from timeline.models import Event, Span, Status

    event = Event(id="e1", title=title, kind="strike", status=Status(status), evidence=Span(text="x", start=0, end=1))
    assert status_word(event, language) == word
