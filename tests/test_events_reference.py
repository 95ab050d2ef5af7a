"""The reference article's chronology (issue 3).

`test_reference_chronology` runs the real pipeline; it needs the temporal tagger
(issue 6) and fails until the tagger lands. `test_reference_events_stage` runs the
events stage on the timexes the tagger is specified to produce (issue 6's table),
so the events stage is checked on its own meanwhile and afterwards.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from conftest import REFERENCE  # noqa: E402
from support.timexes import make  # noqa: E402

import timeline  # noqa: E402
from timeline import chronology, events, reading  # noqa: E402
from timeline.models import Event  # noqa: E402

D = dt.date
SUMMIT_ANCHOR = "participar en Washington en la cumbre EE.UU.-Asia Central presidida por el jefe de la Casa Blanca, Donald Trump"


def _hand_tagged() -> list[Event]:
    document = reading.read(REFERENCE.read_bytes(), source=str(REFERENCE))
    timexes = make(document.text, document.dct, [
        ("hoy", "2025-11-11"),
        ("menos de una semana", "P1W", {"mod": "LESS_THAN", "relation": ("después de", "after", SUMMIT_ANCHOR)}),
        ("hoy", "2025-11-11"),
        ("esta tarde", "2025-11-11TAF"),
        ("el miércoles", "2025-11-12"),
        ("diaria", "P1D", {"type": "SET"}),
        ("las últimas semanas", "PXW"),
        ("abril pasado", "2025-04"),
    ])
    return chronology.order(events.build(document, timexes))


def _one(found: list[Event], kind: str, *words: str) -> Event:
    matches = [e for e in found if e.kind == kind and all(w.lower() in e.title.lower() for w in words)]
    assert len(matches) == 1, (kind, words, [(e.kind, e.title) for e in found])
    return matches[0]


def check_reference(found: list[Event]) -> None:
    listing = [(e.sequence, e.title, e.start, e.end, e.certainty) for e in found]
    # 1. the EU summit in Samarcanda: April 2025, month grain, no day invented
    eu = _one(found, "summit", "Samarcanda")
    assert (eu.start, eu.end, eu.granularity.value) == (D(2025, 4, 1), D(2025, 4, 30), "month"), eu
    assert "UE" in eu.title or "Unión Europea" in eu.title
    # 2. the US summit in Washington: inside 4-10 November, bounded, with Tokáyev and Trump
    us = _one(found, "summit", "Washington")
    assert D(2025, 11, 4) <= us.start and us.end <= D(2025, 11, 10), us
    assert us.certainty.value == "bounded" and "semana" in (us.certainty_reason or "")
    assert {"Tokáyev", "Donald Trump"} <= set(us.actors) and us.location == "Washington"
    assert us.status.value == "past" and us.timex_ids == ["t2"]
    # the agreements with the United States sit in that window
    deals = [e for e in found if e.kind in ("agreement", "signing") and e.start and e.start < D(2025, 11, 11)]
    assert len(deals) == 2, listing
    for deal in deals:
        assert (deal.start, deal.end) == (us.start, us.end) and deal.certainty.value == "bounded"
    # 3. arrival in Moscow today
    arrival = _one(found, "arrival", "Tokáyev", "Moscú")
    assert arrival.title == "Tokáyev llega a Moscú"
    assert (arrival.start, arrival.end, arrival.certainty.value) == (D(2025, 11, 11), D(2025, 11, 11), "exact")
    # 4. meeting with Putin this afternoon
    meeting = next(e for e in found if e.kind == "meeting" and e.part_of_day == "AF")
    assert {"Tokáyev", "Putin"} <= set(meeting.actors) and meeting.title.startswith("Reunión de Tokáyev y Putin")
    assert (meeting.start, meeting.end) == (D(2025, 11, 11), D(2025, 11, 11)) and meeting.status.value == "scheduled"
    # 5. meetings with both governments on Wednesday
    wednesday = next(e for e in found if e.kind == "meeting" and e.start == D(2025, 11, 12))
    assert "gobiernos" in wednesday.title and wednesday.end == D(2025, 11, 12)
    # in this order
    order = [eu.sequence, us.sequence, arrival.sequence, meeting.sequence, wednesday.sequence]
    assert order == sorted(order), listing
    # the declaration's signing is scheduled during the visit (11-12 November)
    signing = _one(found, "signing", "declaración")
    assert (signing.start, signing.end, signing.status.value) == (D(2025, 11, 11), D(2025, 11, 12), "scheduled")
    # Peskov's press conference is a statement of 11 November
    press = next(e for e in found if e.kind == "statement" and "Dmitri Peskov" in e.actors and "Rueda de prensa" in e.title)
    assert (press.start, press.end) == (D(2025, 11, 11), D(2025, 11, 11))
    # no date the text does not support: every dated event names what dated it,
    # nothing falls outside April 2025 .. 12 November 2025, undated ones come last
    for event in found:
        if event.start is not None:
            assert event.dated_by and D(2025, 4, 1) <= event.start <= event.end <= D(2025, 11, 12), event
    dated = [e.undated for e in found]
    assert dated == sorted(dated)
    # the construction of the power plant is only talked about: no date
    plant = [e for e in found if e.kind == "construction"]
    assert all(e.undated for e in plant)


def test_reference_events_stage() -> None:
    check_reference(_hand_tagged())


def test_reference_chronology(reference_timeline) -> None:
    """The real pipeline. Fails until the temporal tagger (issue 6) lands."""
    check_reference(reference_timeline.events)


def test_reference_is_deterministic() -> None:
    first = [e.model_dump_json() for e in _hand_tagged()]
    second = [e.model_dump_json() for e in _hand_tagged()]
    assert first == second


@pytest.mark.parametrize("text", ["", "Sin fechas ni sucesos.", "hoy hoy hoy", "de de de " * 200])
def test_no_events_from_nothing(text: str) -> None:
    result = timeline.extract(text or " ", dct="2025-11-11", lang="es") if text else None
    if result is not None:
        assert all(e.start is None or e.dated_by for e in result.events)


def test_markdown_chronology(reference_timeline) -> None:
    from timeline.export import to_md

    text = to_md.render(reference_timeline)
    assert text.startswith("# Cronología: ")
    assert "- Fecha del documento: 11 nov 2025 (2025-11-11)" in text
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    assert any(line.startswith("1. **abril 2025** — Cumbre UE-Asia Central en Samarcanda") for line in lines), lines
    assert any("**entre el 4 y el 10 nov 2025** — Cumbre EE.UU.-Asia Central en Washington" in line and "Actores: Tokáyev, Donald Trump" in line for line in lines)
    assert any("**11 nov 2025 (tarde)** — Reunión de Tokáyev y Putin" in line for line in lines)
    # every event line is followed by its quoted evidence
    body = text.splitlines()
    for i, line in enumerate(body):
        if line[:1].isdigit():
            assert body[i + 1].startswith("   > «") and body[i + 1].endswith("»")
    assert "## Sin fecha" in text and text.index("## Sin fecha") > text.index("12 nov 2025")


def test_excerpt_keeps_the_trigger_in_view() -> None:
    from timeline.chronology import excerpt
    from timeline.models import Span

    sentence = "Palabra " * 60 + "Tokáyev llega hoy a Moscú. " + "otra " * 60
    start = sentence.index("llega")
    event = Event(id="e1", title="t", kind="arrival", trigger=Span(text="llega", start=start, end=start + 5), evidence=Span(text=sentence, start=0, end=len(sentence)))
    short = excerpt(event, 120)
    assert "llega hoy a Moscú" in short and short.startswith("…") and short.endswith("…") and len(short) <= 122
