"""The command line: a thin shell over the library (`timeline.pipeline`, `timeline.export`).

Exit codes: 0 success; 1 some articles failed (the others are still written);
2 usage error, including an article with no date when --dct was not given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="timeline",
    help="Turn news articles into a dated, ordered chronology of events (JSON, iCalendar, Markdown, ...).",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Article files, folders of *.txt, or - for standard input.",
        show_default=False,
    ),
]
DctOpt = Annotated[
    Optional[str],
    typer.Option("--dct", help="Document creation time YYYY-MM-DD; overrides the dateline.", show_default=False),
]
LangOpt = Annotated[str, typer.Option("--lang", help="Article language: es, en or auto (detect).")]
DctOptionalOpt = Annotated[
    bool,
    typer.Option(
        "--dct-optional",
        help="Process articles with no date anyway: relative expressions stay unresolved (XXXX-XX-XX).",
    ),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"timeline: {message}", err=True)
    return typer.Exit(code)


@app.command(
    epilog="Example: timeline extract seeds/ -o output/ --format json,ics,md",
)
def extract(
    inputs: InputsArg,
    out_dir: Annotated[Path, typer.Option("-o", "--out-dir", help="Folder for the output files.")] = Path("output"),
    dct: DctOpt = None,
    lang: LangOpt = "auto",
    formats: Annotated[
        str,
        typer.Option("--format", "-f", help="Comma-separated: json, ics, md, html, timeml, csv, timelinejs, jsonld."),
    ] = "json,ics,md",
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that timeline did not write.")] = False,
    dct_optional: DctOptionalOpt = False,
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Also read *.txt in subfolders.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="Also write OUTDIR/timeline-merged.ics: all articles, the same event merged."),
    ] = False,
) -> None:
    """Extract the chronology of each article and write OUTDIR/<name>.<format>."""
    from timeline import batch
    from timeline.errors import TimelineError

    try:
        options = batch.Options.create(
            dct=dct, lang=lang, formats=formats, dct_optional=dct_optional, force=force, merge=merge
        )
        articles = batch.collect_inputs(inputs, recursive=recursive)
    except TimelineError as error:
        raise _fail(str(error), error.exit_code) from None
    report = batch.run(articles, out_dir, options)
    for failure in report.failures:
        typer.echo(f"timeline: {failure.name}: {failure.reason}", err=True)
    if not quiet:
        _summary(report)
    raise typer.Exit(report.exit_code())


def _summary(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=None, show_edge=False, pad_edge=False)
    for column in ("article", "language", "DCT", "timexes", "events", "status"):
        table.add_column(column, justify="right" if column in ("timexes", "events") else "left")
    for row in report.rows:
        table.add_row(row.name, row.language, row.dct, str(row.timexes), str(row.events), row.status)
    console = Console(stderr=False, highlight=False, soft_wrap=True)
    console.print(table)
    console.print(
        f"{len(report.rows)} articles, {sum(r.events for r in report.rows)} events, "
        f"{len(report.failures)} failed; written to {report.out_dir}"
    )


@app.command(epilog="Example: timeline show seeds/000_ad79f3d90c75c4c0.txt")
def show(
    input: Annotated[str, typer.Argument(help="One article file, or - for standard input.", show_default=False)],
    dct: DctOpt = None,
    lang: LangOpt = "auto",
    dct_optional: DctOptionalOpt = False,
) -> None:
    """Print the chronology of one article as a table, without writing files."""
    from timeline import batch
    from timeline.errors import TimelineError

    try:
        options = batch.Options.create(dct=dct, lang=lang, formats="json", dct_optional=dct_optional)
        (article,) = batch.collect_inputs([input], recursive=False)[:1] or (None,)
        if article is None:
            raise _fail(f"{input}: no article found")
        result = batch.process(article, options)
    except TimelineError as error:
        raise _fail(f"{input}: {error}", error.exit_code) from None
    except OSError as error:
        from timeline.errors import describe

        raise _fail(f"{input}: {describe(error)}", 1) from None
    from timeline.chronology.table import print_table

    print_table(result)


@app.command(epilog="Example: timeline convert output/article.json --format ics,html -o reports/")
def convert(
    inputs: Annotated[list[Path], typer.Argument(help="JSON files written by timeline extract.", show_default=False)],
    formats: Annotated[str, typer.Option("--format", "-f", help="Comma-separated output formats.")] = "ics",
    out_dir: Annotated[Optional[Path], typer.Option("-o", "--out-dir", help="Output folder (default: beside each input).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that timeline did not write.")] = False,
) -> None:
    """Re-export saved JSON to other formats without reading the articles again."""
    from timeline import batch
    from timeline.errors import TimelineError

    try:
        options = batch.Options.create(formats=formats, force=force)
    except TimelineError as error:
        raise _fail(str(error), error.exit_code) from None
    failures = batch.convert(inputs, out_dir, options)
    for name, reason in failures:
        typer.echo(f"timeline: {name}: {reason}", err=True)
    raise typer.Exit(1 if failures else 0)


@app.command(epilog="Example: timeline schema > timeline.schema.json")
def schema() -> None:
    """Print the JSON Schema of the JSON output (generated from the models)."""
    import json

    from timeline.models import Timeline

    typer.echo(json.dumps(Timeline.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False))


def main() -> None:
    """Entry point: no traceback reaches the user unless TIMELINE_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("timeline: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - last line of defence
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        from timeline.errors import describe

        typer.echo(f"timeline: {describe(error)}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
