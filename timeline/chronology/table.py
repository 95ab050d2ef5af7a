"""`timeline show`: the chronology as a terminal table (the same content as the
`md` chronology: date, certainty, event with actors and place, evidence)."""

from __future__ import annotations

from timeline import lang
from timeline.chronology import excerpt
from timeline.chronology.dates import phrase
from timeline.models import Timeline


def print_table(timeline: Timeline) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    document = timeline.document
    labels = lang.load(document.language)["phrases"]["labels"]
    title = document.title or document.source
    if len(title) > 70:
        title = title[:69].rstrip() + "…"
    dct = document.dct.isoformat() if document.dct else "—"
    console = Console(highlight=False)
    table = Table(title=f"{title}\n{labels['source']}: {document.source}  ·  DCT {dct}", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(labels["date"], no_wrap=True, min_width=12, max_width=30)
    table.add_column(labels["event"], ratio=3, min_width=18)
    table.add_column(labels["certainty"], ratio=2, min_width=9)
    table.add_column(labels["evidence"], ratio=4, min_width=16)
    statuses = labels.get("status", {})
    for event in timeline.events:
        date = Text(phrase(event, document.language), style="bold" if not event.undated else "dim")
        what = Text(event.title, style="bold")
        if event.status is not None and event.status.value in statuses:
            what.append(f" ({statuses[event.status.value]})", style="italic")
        details = [", ".join(event.actors)] if event.actors else []
        if event.location:
            details.append(event.location)
        if details:
            what.append("\n" + " · ".join(details), style="dim")
        certainty = Text(labels[event.certainty.value] if event.certainty else "—")
        if event.certainty_reason:
            certainty.append("\n" + event.certainty_reason, style="dim")
        evidence = Text("«" + excerpt(event, 160) + "»", style="dim")
        table.add_row(str(event.sequence), date, what, certainty, evidence)
    console.print(table)
    if not timeline.events:
        console.print(labels["no_events"])
