"""schema.org `Event` objects as JSON-LD (opt-in: --format jsonld).

startDate/endDate are ISO 8601 at the precision the event has ("2025-04" for a
month, a date, or a date-time with its offset); a window gives its first and last
possible day, and the certainty goes in the description, since schema.org has
no way to say "somewhere between". The article is a NewsArticle node the events
are `subjectOf`. No @context is fetched: the URL is only a name.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.export._common import certainty_word, date_phrase, event_uids, kind_word, one_line, title, words
from timeline.models import Event, Grain, Status, Timeline

_COARSE = {Grain.MONTH: 7, Grain.YEAR: 4}


def _iso(event: Event, day: dt.date) -> str:
    if event.time is not None and event.start == event.end:
        moment = dt.datetime.combine(day, event.time.replace(tzinfo=None))
        zone = event.timezone
        if zone == "UTC":
            return moment.isoformat() + "Z"
        if zone and zone[0] in "+-":
            return moment.isoformat() + zone
        if zone:
            try:
                return moment.replace(tzinfo=ZoneInfo(zone)).isoformat()
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return moment.isoformat()
    return day.isoformat()


def _dates(event: Event) -> dict[str, str]:
    assert event.start and event.end
    edtf = event.edtf or ""
    grain = event.granularity
    if grain in _COARSE and "/" not in edtf:
        return {"startDate": edtf.rstrip("~")}
    if event.start == event.end:
        return {"startDate": _iso(event, event.start)}
    return {"startDate": _iso(event, event.start), "endDate": _iso(event, event.end)}


def render(timeline: Timeline) -> str:
    document = timeline.document
    language = document.language
    labels = words(language)
    uids = event_uids(timeline)
    article: dict = {"@type": "NewsArticle", "@id": "#article", "headline": title(document), "inLanguage": language,
                     "identifier": document.source}
    if document.dct:
        article["datePublished"] = document.dct.isoformat()
    graph = [article]
    for event in timeline.events:
        node: dict = {
            "@type": "Event",
            "@id": f"#event-{uids[event.id].split('@')[0]}",
            "name": one_line(event.title),
            "keywords": kind_word(event.kind, language),
            "subjectOf": {"@id": "#article"},
            "description": _description(event, language, labels),
        }
        if not event.undated:
            node |= _dates(event)
        if event.location:
            node["location"] = {"@type": "Place", "name": one_line(event.location)}
        if event.actors:
            node["attendee"] = [{"name": one_line(actor)} for actor in event.actors]
        if event.status is Status.SCHEDULED:
            node["eventStatus"] = "https://schema.org/EventScheduled"
        elif event.status is Status.CANCELLED:
            node["eventStatus"] = "https://schema.org/EventCancelled"
        graph.append(node)
    data = {"@context": "https://schema.org", "@graph": graph}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _description(event: Event, language: str, labels) -> str:
    parts = [f"{labels['date']}: {date_phrase(event, language)}"]
    if event.certainty is not None:
        reason = f" ({one_line(event.certainty_reason)})" if event.certainty_reason else ""
        parts.append(f"{labels['certainty']}: {certainty_word(event.certainty, language)}{reason}")
    parts.append(f"{labels['evidence']}: «{one_line(event.evidence.text)}»")
    return ". ".join(parts)
