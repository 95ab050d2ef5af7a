"""What several exporters share: stable event identities, words, text hygiene.

Exporters read only a `Timeline`; nothing here looks at the article itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from timeline import lang
from timeline.chronology.dates import phrase
from timeline.models import Certainty, Document, Event, Span, Timeline

# C0/C1 controls and DEL, except TAB and LF: no text format here may carry them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Line ends normalised to LF, other control characters made spaces, stray byte
    order marks dropped (calendar parsers drop them, so a value would not round-trip)."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", ""))


def one_line(text: str) -> str:
    """Whitespace (newlines included) collapsed: for titles, names, places."""
    return " ".join(clean(text).split())


def words(language: str) -> Mapping[str, Any]:
    """The exporters' labels for a language (timeline/lang/<code>/export.toml)."""
    try:
        return lang.load(language)["export"]["labels"]
    except (KeyError, ValueError):
        return lang.load("en")["export"]["labels"]


def kind_word(kind: str, language: str) -> str:
    """An event kind as a reader sees it: the first noun events.toml gives the kind
    ("summit" -> "cumbre"), else export.toml's word for kinds without a noun."""
    try:
        data = lang.load(language)
    except ValueError:
        return kind
    nouns = data.get("events").get("kinds", {}).get(kind)
    if nouns:
        return nouns[0]
    return data.get("export").get("kinds", {}).get(kind, kind)


def part_of_day_word(code: str, language: str) -> str:
    try:
        return lang.load(language)["phrases"]["parts_of_day"].get(code, code)
    except (KeyError, ValueError):
        return code


def certainty_word(certainty: Certainty, language: str) -> str:
    """"acotada", "bounded": the certainty as the chronology writes it."""
    try:
        return lang.load(language)["phrases"]["labels"][certainty.value]
    except (KeyError, ValueError):
        return certainty.value


def status_word(event: Event, language: str) -> str | None:
    """The word a chronology writes after a title for the event's status ("previsto",
    "cancelled"), agreeing with a title that opens on an event noun ("Huelga (prevista)",
    "Reuniones ... (previstas)"; "El Gobierno aprueba la ley (previsto)": the act); None
    for a past event."""
    if event.status is None:
        return None
    try:
        data = lang.load(language)
    except ValueError:
        data = lang.load("en")
    labels = data["phrases"]["labels"]
    word = labels.get("status", {}).get(event.status.value)
    agreement = labels.get("status_agreement")
    if word is None or not agreement or event.title.split(" ", 1)[0].lower() not in _event_nouns(data.code):
        return word
    feminine, plural = data.noun_gender(event.title)
    forms = agreement.get(("feminine" if feminine else "masculine") + ("_plural" if plural else ""), {})
    return forms.get(event.status.value, word)


@functools.cache
def _event_nouns(language: str) -> frozenset[str]:
    """The words an event's noun opens on, singular and plural (events.toml nouns and kinds)."""
    events = lang.load(language).get("events")
    nouns = {noun.split(" ", 1)[0] for noun in events.get("nouns", {})}
    nouns |= {noun.split(" ", 1)[0] for pair in events.get("kinds", {}).values() for noun in pair}
    return frozenset(nouns)


def date_phrase(event: Event, language: str) -> str:
    try:
        return phrase(event, language)
    except (KeyError, ValueError):
        return phrase(event, "en")


def day_phrase(day: dt.date, language: str) -> str:
    """"11 nov 2025": a single date written as in the chronology."""
    bare = Event(id="", title="", kind="", start=day, end=day, evidence=Span(text="", start=0, end=0))
    return date_phrase(bare, language)


def source_name(document: Document) -> str:
    """The article's file name: the same article read from another folder keeps its identity."""
    return PurePath(document.source.replace("\\", "/")).name or document.source


def title(document: Document) -> str:
    return one_line(document.title or source_name(document))


def timex_texts(timeline: Timeline, event: Event) -> list[str]:
    """How the text itself gives the event's date: the texts of its timexes, in text order."""
    by_id = {timex.id: timex for timex in timeline.timexes}
    found = [by_id[i] for i in event.timex_ids if i in by_id and by_id[i].function is None]
    found.sort(key=lambda timex: (timex.start if timex.start is not None else -1, timex.id))
    return list(dict.fromkeys(one_line(timex.text) for timex in found if timex.text.strip()))


def event_uids(timeline: Timeline) -> dict[str, str]:
    """A UID per event that survives re-running the tool on the same or an updated
    article: derived from the file name and what the event is (kind, title, trigger
    word), not from its position in the list, which shifts when events are added.
    Two events that would share one get their start date, then a counter, added."""
    base = source_name(timeline.document)
    keyed: dict[str, list[Event]] = {}
    for event in sorted(timeline.events, key=lambda e: (e.evidence.start, e.id)):
        trigger = one_line(event.trigger.text).casefold() if event.trigger else ""
        identity = "\x1f".join((base, event.kind.casefold(), one_line(event.title).casefold(), trigger))
        keyed.setdefault(identity, []).append(event)
    uids: dict[str, str] = {}
    for identity, events in keyed.items():
        if len(events) == 1:
            uids[events[0].id] = _uid(identity)
            continue
        by_date: dict[str, list[Event]] = {}
        for event in events:
            by_date.setdefault(f"{identity}\x1f{event.start}\x1f{event.end}", []).append(event)
        for dated_identity, same in by_date.items():
            for number, event in enumerate(same):
                uids[event.id] = _uid(dated_identity + (f"\x1f{number}" if number else ""))
    return uids


def _uid(identity: str) -> str:
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32] + "@timeline"


def undated_last(events: list[Event]) -> list[Event]:
    """Chronological order as the Timeline gives it, undated events after the dated ones."""
    return [e for e in events if not e.undated] + [e for e in events if e.undated]
