"""Merging the chronologies of several articles (`timeline extract --merge`)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_helpers import fixture

from timeline import batch
from timeline.chronology import order
from timeline.chronology.merge import merge, same_event
from timeline.export import to_ics
from timeline.models import Certainty, Event, Grain, Span, Timeline

D = dt.date


def second_article() -> Timeline:
    """Another agency's report, a day later, on the same visit."""
    reference = fixture("reference")
    text = "MOSCÚ, 12 nov (EFE).- Putin y Tokayev se reunieron ayer en el Kremlin. Otra frase."
    document = reference.document.model_copy(
        update={"source": "otros/001_efe.txt", "dct": D(2025, 11, 12), "title": "Putin recibe a Tokáyev", "text": text}
    )
    start, end = text.index("Putin"), text.index(" Otra")
    evidence = Span(text=text[start:end], start=start, end=end)

    def event(id_: str, **fields) -> Event:
        return Event(id=id_, evidence=evidence, **fields)

    events = [
        event("e1", title="Reunión de Putin y Tokáyev en el Kremlin", kind="meeting", actors=["Putin", "Tokayev"],
              location="Moscú", start=D(2025, 11, 11), end=D(2025, 11, 11), granularity=Grain.DAY,
              certainty=Certainty.EXACT, mentions=[Span(text="se reunieron", start=text.index("se reunieron"), end=text.index("se reunieron") + 12)]),
        event("e2", title="Cumbre C5+1", kind="summit", actors=["Donald Trump"], location="Washington",
              start=D(2025, 11, 6), end=D(2025, 11, 6), granularity=Grain.DAY, certainty=Certainty.EXACT),
        event("e3", title="Reunión en Astaná", kind="meeting", actors=["Tokáyev"], location="Astaná",
              start=D(2025, 11, 11), end=D(2025, 11, 11), granularity=Grain.DAY, certainty=Certainty.EXACT),
        event("e4", title="Peskov habla de nuevo", kind="statement", actors=["Dmitri Peskov"],
              start=D(2025, 11, 12), end=D(2025, 11, 12), granularity=Grain.DAY, certainty=Certainty.EXACT),
        event("e5", title="Sin fecha", kind="meeting"),
    ]
    return Timeline(document=document, timexes=[], events=order(events), generator=reference.generator)


def test_same_event_rules():
    a = fixture("reference").events
    meeting = next(e for e in a if e.kind == "meeting" and e.part_of_day)
    other = second_article().events
    assert same_event(meeting, next(e for e in other if e.title.startswith("Reunión de Putin")))
    assert not same_event(meeting, next(e for e in other if "Astaná" in e.title))  # place differs
    summit = next(e for e in a if "Washington" in e.title)
    assert same_event(summit, next(e for e in other if e.kind == "summit"))  # 6 nov inside 4-10 nov
    assert not same_event(summit, next(e for e in a if "Samarcanda" in e.title))  # windows apart
    assert not same_event(meeting, summit)  # kinds differ


def test_merge_keeps_all_sources_and_narrows_the_window():
    reference, other = fixture("reference"), second_article()
    merged = merge([other, reference])
    assert merged == merge([reference, other]), "the order of the articles must not matter"
    summit = next(m for m in merged if m.event.kind == "summit" and m.event.location == "Washington")
    assert [m.timeline.document.source for m in summit.members] == [reference.document.source, other.document.source]
    assert (summit.event.start, summit.event.end) == (D(2025, 11, 6), D(2025, 11, 6))
    assert summit.event.certainty is Certainty.EXACT
    assert summit.event.title == "Cumbre EE.UU.-Asia Central en Washington"  # the most specific
    meeting = next(m for m in merged if m.event.kind == "meeting" and len(m.members) == 2)
    assert meeting.event.part_of_day == "AF"  # the finer account wins
    assert meeting.event.actors[:2] == ["Kasim-Yomart Tokáyev", "Vladímir Putin"]
    assert len([m for m in merged if m.event.kind == "meeting"]) == 3  # + Astaná, + 12 nov
    assert all(not m.event.undated for m in merged)
    starts = [(m.event.start, m.event.end) for m in merged]
    assert starts == sorted(starts)
    assert [m.event.sequence for m in merged] == list(range(1, len(merged) + 1))


def test_events_of_one_article_are_never_merged():
    reference = fixture("reference")
    merged = merge([reference])
    assert len(merged) == sum(1 for e in reference.events if not e.undated)


def test_merged_calendar():
    from icalendar import Calendar

    reference, other = fixture("reference"), second_article()
    data = to_ics.render_merged([reference, other])
    calendar = Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Cronología combinada de 2 artículos"
    summits = [c for c in calendar.walk("VEVENT") if str(c["SUMMARY"]).startswith("Cumbre EE.UU.")]
    assert len(summits) == 1
    (summit,) = summits
    assert summit.decoded("DTSTART") == D(2025, 11, 6) and summit.decoded("DTEND") == D(2025, 11, 7)
    text = str(summit["DESCRIPTION"])
    assert "seeds/000_ad79f3d90c75c4c0.txt" in text and "otros/001_efe.txt" in text
    # the merged event keeps the UID it has in the first article's own calendar
    own = {str(c["SUMMARY"]): str(c["UID"]) for c in Calendar.from_ical(to_ics.render(reference)).walk("VEVENT")}
    assert str(summit["UID"]) == own["Cumbre EE.UU.-Asia Central en Washington"]
    uids = [str(c["UID"]) for c in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert data == to_ics.render_merged([other, reference])


def test_extract_merge_writes_one_calendar(tmp_path, monkeypatch):
    timelines = {"a": fixture("reference"), "b": second_article()}
    monkeypatch.setattr(batch, "process", lambda article, options: timelines[article.name])
    articles = [batch.Article("a", "a.txt", data=b"x"), batch.Article("b", "b.txt", data=b"x")]
    report = batch.run(articles, tmp_path, batch.Options.create(formats="json", merge=True))
    assert report.exit_code() == 0, report.failures
    assert (tmp_path / batch.MERGED_CALENDAR).read_bytes() == to_ics.render_merged(list(timelines.values()))
    report = batch.run(articles, tmp_path, batch.Options.create(formats="json"))
    assert report.exit_code() == 0


def test_merge_refuses_to_overwrite_a_foreign_file(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "process", lambda article, options: fixture("reference"))
    (tmp_path / batch.MERGED_CALENDAR).write_text("mine")
    report = batch.run([batch.Article("a", "a.txt", data=b"x")], tmp_path, batch.Options.create(formats="json", merge=True))
    assert report.exit_code() == 1
    assert (tmp_path / batch.MERGED_CALENDAR).read_text() == "mine"


@pytest.mark.parametrize("flag", ["--merge"])
def test_cli_merge_flag(tmp_path, flag):
    from typer.testing import CliRunner

    from timeline.cli import app

    from conftest import REFERENCE

    result = CliRunner().invoke(app, ["extract", str(REFERENCE), "-o", str(tmp_path), "-q", flag])
    assert result.exit_code == 0, result.output
    assert (tmp_path / batch.MERGED_CALENDAR).read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_same_file_name_in_two_folders_keeps_uids_unique():
    reference = fixture("reference")
    moved = reference.model_copy(update={"document": reference.document.model_copy(
        update={"source": "copia/000_ad79f3d90c75c4c0.txt", "dct": D(2025, 11, 12)})})
    shifted = moved.model_copy(update={"events": [
        e.model_copy(update={"start": e.start + dt.timedelta(days=40), "end": e.end + dt.timedelta(days=40)})
        if e.start else e for e in moved.events]})
    from icalendar import Calendar

    uids = [str(c["UID"]) for c in Calendar.from_ical(to_ics.render_merged([reference, shifted])).walk("VEVENT")]
    assert len(uids) == 18 and len(set(uids)) == 18
