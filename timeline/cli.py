"""The command line: a thin shell over the library (`timeline.pipeline`, `timeline.export`).

Exit codes: 0 success; 1 some articles failed (the others are still written);
2 usage error, including an article with no date when --dct was not given.
"""

from __future__ import annotations

import itertools
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
    rich_markup_mode=None,  # plain help: rendering it with rich took half of `--help`'s time
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

DatelineYearOpt = Annotated[
    Optional[str],
    typer.Option(
        "--dateline-year",
        help="Year of datelines that write none (\"MADRID, 11 nov (EFE)\"), before any guess from the text.",
        show_default=False,
    ),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"timeline: {message}", err=True)
    return typer.Exit(code)


@app.command(
    epilog=(
        "Examples: timeline extract seeds/ -o output/ --format json,ics,md  ·  "
        "timeline extract archive/ --recursive --jobs 4  ·  "
        "timeline extract --jsonl articles.jsonl --jsonl-out timelines.jsonl"
    ),
)
def extract(
    inputs: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Article files, folders of *.txt, globs ('archive/**/*.txt'), or - for standard input.",
            show_default=False,
        ),
    ] = None,
    out_dir: Annotated[
        Optional[Path],
        typer.Option("-o", "--out-dir", help="Folder for the output files and errors.jsonl (default: output/; with --jsonl-out FILE: the folder of FILE)."),
    ] = None,
    dct: DctOpt = None,
    lang: LangOpt = "auto",
    formats: Annotated[
        Optional[str],
        typer.Option(
            "--format", "-f", help="Comma-separated: json, ics, md, html, timeml, csv, timelinejs, jsonld (default: json,ics,md)."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that timeline did not write.")] = False,
    dct_optional: DctOptionalOpt = False,
    dateline_year: DatelineYearOpt = None,
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Also read *.txt in subfolders (mirrored in OUTDIR).")
    ] = False,
    jsonl: Annotated[
        Optional[list[str]],
        typer.Option(
            "--jsonl",
            help="JSON Lines input, one article per line: id, text, and optional dct, url, title, lang "
            "(- for standard input). Outputs are named after a safe form of id.",
            show_default=False,
        ),
    ] = None,
    jsonl_out: Annotated[
        Optional[str],
        typer.Option(
            "--jsonl-out",
            help="Write one JSON line per article to this file (- for standard output) instead of "
            "one file per article: the article's id and url, then its timeline JSON.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        Optional[int],
        typer.Option("--jobs", "-j", help="Worker processes (default: all cores); results are identical to --jobs 1.", show_default=False),
    ] = None,
    max_size: Annotated[
        Optional[str],
        typer.Option(
            "--max-size",
            help="Refuse articles larger than this (default: 10MB; 0: no limit). One article of many "
            "megabytes is usually a dump, and would hold the batch for minutes.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; failures are still reported.")] = False,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="Also write OUTDIR/timeline-merged.ics: all articles, the same event merged."),
    ] = False,
) -> None:
    """Extract the chronology of each article and write OUTDIR/<name>.<format>."""
    import time

    from timeline import batch, export
    from timeline.errors import TimelineError, UsageError

    inputs = inputs or []
    jsonl = jsonl or []
    try:
        if not inputs and not jsonl:
            raise UsageError("give article files or folders, or --jsonl FILE")
        if jsonl_out is not None and formats is not None and export.parse_formats(formats) != ["json"]:
            raise UsageError("--jsonl-out writes JSON only; leave out --format")
        if jsonl_out is not None and merge:
            raise UsageError("--merge writes a calendar into OUTDIR; it does not combine with --jsonl-out")
        if jobs is not None and jobs < 0:
            raise UsageError(f"--jobs {jobs}: expected a number of processes (0 or leave out: all cores)")
        options = batch.Options.create(
            dct=dct, lang=lang, formats=formats or "json,ics,md", dct_optional=dct_optional, force=force, merge=merge,
            max_size=max_size, dateline_year=dateline_year,
        )
        articles = batch.collect_inputs(inputs, recursive=recursive)
        batch.check_jsonl_inputs(jsonl)
    except TimelineError as error:
        raise _fail(str(error), error.exit_code) from None

    destination = None
    if jsonl_out == "-":
        destination, report_stream = sys.stdout.buffer, sys.stderr
    elif jsonl_out is not None:
        destination, report_stream = Path(jsonl_out), sys.stdout
        if out_dir is None:
            out_dir = destination.parent  # errors.jsonl beside the JSON Lines file
    else:
        report_stream = sys.stdout
    if out_dir is None and jsonl_out != "-":
        out_dir = Path("output")

    streams = [batch.read_jsonl(item) for item in jsonl]
    items = itertools.chain(articles, *streams)
    show_progress = not quiet and sys.stderr.isatty()
    total = batch.count_articles(articles, jsonl) if show_progress or jobs != 1 else None
    workers = jobs or batch.default_jobs()
    if total is not None:
        workers = min(workers, max(1, total))  # no pool for a single article

    started = time.monotonic()
    try:
        if show_progress:
            from timeline.progress import ProgressBar

            with ProgressBar(total, sys.stderr) as bar:
                report = batch.run(items, out_dir, options, jobs=workers, jsonl_out=destination, progress=bar)
        else:
            report = batch.run(items, out_dir, options, jobs=workers, jsonl_out=destination)
    except TimelineError as error:
        raise _fail(str(error), error.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted; the files already written are complete, nothing half-written was left", 130) from None
    seconds = time.monotonic() - started

    for failure in report.failures:
        typer.echo(f"timeline: {failure.name}: {failure.reason}", err=True)
    if report.failed > len(report.failures):
        more = report.failed - len(report.failures)
        where = f" (all in {report.errors_file})" if report.errors_file else ""
        typer.echo(f"timeline: ... and {more:,} more failed articles{where}", err=True)
    if not quiet:
        from timeline.progress import print_summary

        print_summary(report, seconds, report_stream, batch.TABLE_LIMIT)
    raise typer.Exit(report.exit_code())


@app.command(epilog="Example: timeline show seeds/000_ad79f3d90c75c4c0.txt")
def show(
    input: Annotated[str, typer.Argument(help="One article file, or - for standard input.", show_default=False)],
    dct: DctOpt = None,
    lang: LangOpt = "auto",
    dct_optional: DctOptionalOpt = False,
    dateline_year: DatelineYearOpt = None,
) -> None:
    """Print the chronology of one article as a table, without writing files."""
    from timeline import batch
    from timeline.errors import TimelineError

    try:
        options = batch.Options.create(dct=dct, lang=lang, formats="json", dct_optional=dct_optional, dateline_year=dateline_year)
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


@app.command(
    epilog=(
        "Corpus format: DIR holds NAME.txt articles and gold.jsonl, one JSON object per line: "
        '{"doc": "NAME", "dct": "YYYY-MM-DD", "timexes": [{"start": 39, "end": 58, "text": "18 de enero de 2007", '
        '"type": "DATE", "value": "2007-01-18"}, ...]} with code-point offsets into NAME.txt (end exclusive). '
        "The dct is used as --dct would be (without it, the dateline). Strict match: identical spans; "
        "relaxed: overlapping spans, one to one; type and value F1 count relaxed matches with the same "
        "attribute. The DCT (t0, with the dateline's span) counts as a prediction, since gold files "
        "annotate the dateline. Exit code 1 when an article could not be scored. "
        "Example: timeline evaluate ../shared/corpora/meantime-dev/es --errors"
    ),
)
def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder of NAME.txt articles with gold.jsonl.", show_default=False)],
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list each miss, false alarm, wrong value, type or span, with context.")
    ] = False,
    gold: Annotated[
        Optional[Path], typer.Option("--gold", help="Gold file (default: DIR/gold.jsonl).", show_default=False)
    ] = None,
    lang: LangOpt = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score the temporal tagger on an annotated corpus (TempEval-3: strict and relaxed
    P/R/F1 on spans, type and value F1 on relaxed matches)."""
    import json

    from timeline import evaluate as scoring
    from timeline.errors import TimelineError

    try:
        report = scoring.evaluate(folder, gold_path=gold, language=None if lang == "auto" else lang)
    except TimelineError as error:
        raise _fail(str(error), error.exit_code) from None
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(scoring.format_report(report, errors=errors), nl=False)
    raise typer.Exit(1 if report.failures else 0)


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
