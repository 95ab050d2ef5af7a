"""`timeline show`: the chronology as a terminal table."""

from __future__ import annotations

from timeline import lang
from timeline.chronology.dates import phrase
from timeline.models import Timeline


def print_table(timeline: Timeline) -> None:
    from rich.console import Console
    from rich.table import Table

    document = timeline.document
    labels = lang.load(document.language)["phrases"]["labels"]
    heading = f"{document.title or document.source}  ·  DCT {document.dct.isoformat() if document.dct else '—'}"
    table = Table(title=heading, show_lines=True, expand=False)
    table.add_column("#", justify="right")
    table.add_column(labels["date"], no_wrap=True)
    table.add_column(labels["certainty"])
    table.add_column(labels["event"])
    table.add_column(labels["evidence"], overflow="fold")
    for event in timeline.events:
        certainty = labels[event.certainty.value] if event.certainty else "—"
        if event.certainty_reason:
            certainty += f"\n{event.certainty_reason}"
        what = event.title
        details = [", ".join(event.actors)] if event.actors else []
        if event.location:
            details.append(event.location)
        if details:
            what += "\n" + " · ".join(details)
        table.add_row(str(event.sequence), phrase(event, document.language), certainty, what, event.evidence.text)
    console = Console(highlight=False)
    console.print(table)
    if not timeline.events:
        console.print(labels["no_events"])
