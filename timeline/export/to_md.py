"""A Markdown chronology an analyst can paste into a report."""

from __future__ import annotations

import re

from timeline import lang
from timeline.chronology import excerpt
from timeline.chronology.dates import phrase
from timeline.export._common import status_word
from timeline.models import Timeline

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render(timeline: Timeline) -> str:
    document = timeline.document
    words = lang.load(document.language)["phrases"]
    labels = words["labels"]
    title = document.title or document.source
    lines = [f"# {labels['chronology']}: {_escape(title)}", ""]
    dct = "—"
    if document.dct:
        abbreviation = lang.load(document.language).month_name(document.dct.month, short=True)
        dct = words["day"].format(day=document.dct.day, mon=abbreviation, year=document.dct.year)
    lines.append(f"- {labels['source']}: `{document.source}`")
    guessed = f"; {labels['year_guessed']}" if document.dct_year_guessed else ""
    lines.append(f"- {labels['dct']}: {dct} ({document.dct.isoformat() if document.dct else '—'}{guessed})")
    lines.append(f"- {labels['language']}: {document.language}")
    lines.append("")
    if not timeline.events:
        lines.append(labels["no_events"])
    undated_started = False
    for event in timeline.events:
        if event.undated and not undated_started:
            lines += ["", f"## {labels['undated_heading']}", ""]
            undated_started = True
        title = _escape(event.title)
        status = status_word(event, document.language)
        if status:
            title += f" ({status})"
        parts = [f"**{_escape(phrase(event, document.language))}**", title]
        if event.actors:
            parts.append(f"{labels['actors']}: {_escape(', '.join(event.actors))}")
        if event.location:
            parts.append(f"{labels['place']}: {_escape(event.location)}")
        if event.certainty is not None and (event.certainty.value != "exact" or event.certainty_reason):
            # an exact date needs no comment; a window says why it is a window
            certainty = labels[event.certainty.value]
            if event.certainty_reason:
                certainty += f" ({_escape(event.certainty_reason)})"
            parts.append(certainty)
        lines.append(f"{event.sequence}. " + " — ".join(parts))
        lines.append(f"   > «{_escape(excerpt(event, 320))}»")
    return "\n".join(lines).rstrip() + "\n"
