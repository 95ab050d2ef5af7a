"""What `timeline extract` shows while and after it runs: a progress bar on a
terminal, then a summary (a table for a few articles, a few lines for many)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from timeline.batch import Outcome, Report

_REFRESH = 0.1  # seconds between redraws: drawing must not slow the batch down


class ProgressBar:
    """A rich progress bar with articles/second and an ETA. Redrawn from the
    callback (no refresh thread, so forking worker processes stays safe)."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} articles/s" if speed else "", style="progress.data.speed")

        self.console = Console(file=stream, highlight=False)
        self.progress = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]}"),
            console=self.console,
            auto_refresh=False,
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=total, failed="")
        self.failed = 0
        self.drawn = 0.0

    def __enter__(self) -> ProgressBar:
        self.progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.progress.stop()

    def __call__(self, outcome: Outcome) -> None:
        if outcome.failure is not None:
            self.failed += 1
        now = time.monotonic()
        self.progress.update(self.task, advance=1, failed=f"{self.failed} failed" if self.failed else "")
        if now - self.drawn >= _REFRESH:
            self.drawn = now
            self.progress.refresh()


def print_summary(report: Report, seconds: float, stream: TextIO, table_limit: int) -> None:
    """A table (article, language, DCT, timexes, events, status) for a few
    articles; for more, totals on a few lines."""
    from rich.console import Console

    console = Console(file=stream, highlight=False, soft_wrap=True)
    if report.articles <= table_limit:
        from rich.table import Table

        table = Table(title=None, show_edge=False, pad_edge=False)
        for column in ("article", "language", "DCT", "timexes", "events", "status"):
            table.add_column(column, justify="right" if column in ("timexes", "events") else "left")
        for row in report.rows:
            table.add_row(row.name, row.language, row.dct, str(row.timexes), str(row.events), row.status)
        if report.rows:
            console.print(table)
    else:
        rate = f" ({report.articles / seconds:,.0f} articles/s)" if seconds > 0 else ""
        console.print(f"{report.articles:,} articles in {seconds:,.1f} s{rate}")
        languages = ", ".join(f"{code} {count:,}" for code, count in sorted(report.languages.items()))
        console.print(f"timexes {report.timexes:,} · languages: {languages or '-'}")
    where = report.jsonl_out or report.out_dir
    failed = f"{report.failed:,} failed"
    if report.failed and report.errors_file is not None:
        failed += f" (see {report.errors_file})"
    console.print(
        f"{_count(report.articles, 'article')}, {_count(report.events, 'event')}, {failed}"
        + (f"; written to {where}" if where is not None else "")
    )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")
