"""A self-contained HTML report: heading, drawn timeline (SVG), chronology table
with evidence, the article with its temporal expressions highlighted, a legend.

One file, no network: inline CSS and SVG, system fonts, no script. Everything
taken from the Timeline is escaped. Prints on A4 (print CSS).
"""

from __future__ import annotations

from html import escape

from timeline.export._common import (
    certainty_word,
    clean,
    date_phrase,
    day_phrase,
    kind_word,
    one_line,
    status_word,
    title,
    undated_last,
    words,
)
from timeline.export._svg import POINT, draw, kind_colours
from timeline.models import Certainty, Segment, Status, Timeline, Timex


def esc(text: str) -> str:
    return escape(clean(text), quote=True)


def render(timeline: Timeline) -> str:
    document = timeline.document
    language = document.language
    labels = words(language)
    heading = title(document)
    events = undated_last(timeline.events)
    undated = sum(1 for e in events if e.undated)
    body_timexes = [t for t in timeline.timexes if t.function is None]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{esc(timeline.generator.name)} {esc(timeline.generator.version)}">',
        f"<title>{esc(labels['chronology'])}: {esc(heading)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<main class="page">',
        _header(timeline, heading, len(events), undated, len(body_timexes)),
        _nav(labels),
        _chart(timeline, undated),
        _table(timeline, events),
        _article(timeline),
        _timex_table(timeline, body_timexes),
        f'<footer>{esc(labels["generated_by"])} {esc(timeline.generator.name)} '
        f"{esc(timeline.generator.version)}</footer>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header(timeline: Timeline, heading: str, count: int, undated: int, timexes: int) -> str:
    document = timeline.document
    labels = words(document.language)
    if document.dct:
        dct = f"{esc(day_phrase(document.dct, document.language))} <span class=\"muted\">({document.dct.isoformat()}"
        dct += f", {esc(document.dct_source)}" if document.dct_source else ""
        dct += f", {esc(labels['year_guessed'])})</span>" if document.dct_year_guessed else ")</span>"
    else:
        dct = "—"
    counted = f"{count} {esc(labels['event_one'] if count == 1 else labels['events'])}"
    if undated:
        counted += f" <span class=\"muted\">({undated} {esc(labels['undated_heading'].lower())})</span>"
    items = [
        (labels["source"], f"<code>{esc(document.source)}</code>"),
        (labels["dct_title"], dct),
        (labels["language"], esc(document.language)),
        (labels["events_title"], f"{counted} · {timexes} {esc(labels['timex_count'])}"),
    ]
    meta = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in items)
    return (
        f'<header><p class="kicker">{esc(labels["chronology"])}</p><h1>{esc(heading)}</h1>'
        f'<dl class="meta">{meta}</dl></header>'
    )


def _nav(labels) -> str:
    links = [("sec-timeline", "timeline"), ("sec-table", "table"), ("sec-article", "article"), ("sec-timexes", "timexes")]
    return '<nav class="toc">' + " · ".join(f'<a href="#{a}">{esc(labels[k])}</a>' for a, k in links) + "</nav>"


def _chart(timeline: Timeline, undated: int) -> str:
    labels = words(timeline.document.language)
    svg = draw(timeline)
    note = ""
    if undated:
        key = "undated_note_one" if undated == 1 else "undated_note"
        note = f'<p class="note">{esc(labels[key].format(count=undated))}</p>'
    if not svg:
        empty = labels["no_dated"] if timeline.events else labels["no_events"]
        return f'<section id="sec-timeline"><h2>{esc(labels["timeline"])}</h2><p class="note">{esc(empty)}</p>{note}</section>'
    return (
        f'<section id="sec-timeline"><h2>{esc(labels["timeline"])}</h2>'
        f'<figure class="chart-box">{svg}</figure>{note}{_legend(timeline, svg)}</section>'
    )


def _swatch(shape: str, colour: str = "#0072B2") -> str:
    inner = {
        "point": f'<circle class="mark" cx="14" cy="8" r="{POINT}" style="--c:{colour}"/>',
        "bar": f'<rect class="mark bar" x="2" y="2" width="24" height="12" rx="3" style="--c:{colour}"/>',
        "uncertain": (
            f'<rect class="mark bar uncertain" x="2" y="2" width="24" height="12" rx="3" style="--c:{colour}"/>'
            '<rect class="hatched" x="2" y="2" width="24" height="12" rx="3"/>'
        ),
        "dct": '<rect class="dct" x="9" y="0" width="10" height="16"/><line class="dctline" x1="14" y1="0" x2="14" y2="16"/>',
        "break": '<path class="break" d="M7 13 l6 -10 M15 13 l6 -10"/>',
    }[shape]
    return f'<svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">{inner}</svg>'


def _legend(timeline: Timeline, svg: str) -> str:
    language = timeline.document.language
    labels = words(language)
    items = [
        (_swatch("point"), labels["legend_point"]),
        (_swatch("bar"), labels["legend_bar"]),
        (_swatch("uncertain"), labels["legend_uncertain"]),
    ]
    if timeline.document.dct:
        items.append((_swatch("dct"), labels["legend_dct"]))
    if 'class="break"' in svg:
        items.append((_swatch("break"), labels["legend_break"]))
    entries = "".join(f"<li>{swatch}<span>{esc(text)}</span></li>" for swatch, text in items)
    kinds = "".join(
        f'<li><span class="kind" style="--c:{colour}">{esc(kind_word(kind, language))}</span></li>'
        for kind, colour in kind_colours(timeline.events).items()
    )
    sample = next((t for t in timeline.timexes if t.function is None and t.value), None)
    dct_timex = next((t for t in timeline.timexes if t.function == "CREATION_TIME" and t.text), None)
    text_keys = ""
    if sample is not None:
        text_keys += (
            f'<li><span class="tx sample">{esc(one_line(sample.text))}<span class="tv">{esc(sample.value)}</span></span>'
            f"<span>{esc(labels['legend_timex'])}</span></li>"
        )
    if dct_timex is not None:
        text_keys += (
            f'<li><span class="tx dct sample">{esc(one_line(dct_timex.text))}</span>'
            f'<span>{esc(labels["legend_dct_text"])}</span></li>'
        )

    return (
        f'<div class="legend"><h3>{esc(labels["legend"])}</h3><ul class="keys">{entries}{text_keys}</ul>'
        f'<ul class="kinds">{kinds}</ul></div>'
    )


def _called_off(event, language: str) -> str:
    """The mark after a called-off event's title ("Strike (cancelled)"): its day is
    no longer one it takes place on."""
    if event.status is not Status.CANCELLED:
        return ""
    return f' <em class="status cancelled">({esc(status_word(event, language) or "")})</em>'


def _certainty(event, language: str) -> str:
    if event.certainty is None:
        return "—"
    word = certainty_word(event.certainty, language)
    html = f'<span class="badge {esc(event.certainty.value)}">{esc(word)}</span>'
    if event.certainty_reason:
        html += f'<div class="reason">{esc(one_line(event.certainty_reason))}</div>'
    return html


def _table(timeline: Timeline, events) -> str:
    document = timeline.document
    language = document.language
    labels = words(language)
    colours = kind_colours(timeline.events)
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in ("#", labels["date"], labels["event"], labels["certainty"], labels["evidence"])
    )
    rows = []
    in_undated = False
    for event in events:
        if event.undated and not in_undated:
            rows.append(f'<tr class="group"><th colspan="5">{esc(labels["undated_heading"])}</th></tr>')
            in_undated = True
        when = esc(date_phrase(event, language))
        if event.time is not None and event.timezone:
            when += f" {esc(one_line(event.timezone))}"
        if event.edtf:
            when += f'<div class="code">{esc(event.edtf)}</div>'
        details = [f'<span class="kind" style="--c:{colours[event.kind]}">{esc(kind_word(event.kind, language))}</span>']
        if event.actors:
            details.append(f"{esc(labels['actors'])}: {esc(', '.join(one_line(a) for a in event.actors))}")
        if event.location:
            details.append(f"{esc(labels['place'])}: {esc(one_line(event.location))}")
        link = ""
        if _span_ok(document.text, event.evidence.start, event.evidence.end):
            link = f' <a class="jump" href="#evidence-{esc(event.id)}">{esc(labels["in_text"])} ↓</a>'
        uncertain = ' class="uncertain"' if event.certainty not in (None, Certainty.EXACT) else ""
        rows.append(
            f'<tr id="event-{esc(event.id)}"{uncertain}>'
            f'<td class="num">{event.sequence or ""}</td>'
            f'<td class="date">{when}</td>'
            f'<td class="what"><strong>{esc(one_line(event.title))}</strong>{_called_off(event, language)}<div class="details">{" · ".join(details)}</div></td>'
            f'<td class="cert">{_certainty(event, language)}</td>'
            f'<td class="evidence"><blockquote>{esc(one_line(event.evidence.text))}</blockquote>{link}</td>'
            "</tr>"
        )
    if not events:
        rows.append(f'<tr><td colspan="5" class="note">{esc(labels["no_events"])}</td></tr>')
    return (
        f'<section id="sec-table"><h2>{esc(labels["table"])}</h2><div class="scroll">'
        f'<table class="chron"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>'
    )


def _span_ok(text: str, start: int | None, end: int | None, expected: str | None = None) -> bool:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return False
    return expected is None or text[start:end] == expected


def _article(timeline: Timeline) -> str:
    """The text as read, split in paragraphs, with timexes highlighted and linked
    to their values, and anchors where each event's evidence starts."""
    document = timeline.document
    labels = words(document.language)
    text = document.text
    marks: list[tuple[int, int, Timex]] = []
    for timex in sorted(timeline.timexes, key=lambda t: (t.start or 0, -(t.end or 0))):
        if not _span_ok(text, timex.start, timex.end, timex.text):
            continue
        assert timex.start is not None and timex.end is not None
        if marks and timex.start < marks[-1][1]:
            continue  # overlapping expressions: the first (longest) one is shown
        marks.append((timex.start, timex.end, timex))
    anchors: dict[int, list[str]] = {}
    for event in timeline.events:
        if _span_ok(text, event.evidence.start, event.evidence.end):
            anchors.setdefault(event.evidence.start, []).append(event.id)
    blocks = _blocks(document.paragraphs, text)
    html = []
    for start, end, is_paragraph in blocks:
        pieces = []
        position = start
        points = sorted({p for p in anchors if start <= p < end} | {m[0] for m in marks if start <= m[0] and m[1] <= end})
        mark_at = {m[0]: m for m in marks if start <= m[0] and m[1] <= end}
        for point in points:
            if point < position:
                continue
            pieces.append(_text(text[position:point]))
            position = point
            for event_id in anchors.get(point, []):
                pieces.append(f'<span class="anchor" id="evidence-{esc(event_id)}"></span>')
            if point in mark_at:
                _, mark_end, timex = mark_at[point]
                pieces.append(_timex_html(timex, text[point:mark_end]))
                position = mark_end
        pieces.append(_text(text[position:end]))
        tag = "p" if is_paragraph else 'p class="outside"'
        html.append(f"<{tag}>{''.join(pieces)}</p>")
    return f'<section id="sec-article"><h2>{esc(labels["article"])}</h2><div class="article">{"".join(html)}</div></section>'


def _blocks(paragraphs: list[Segment], text: str) -> list[tuple[int, int, bool]]:
    """Paragraphs, plus any text outside them (the dateline) as blocks of its own."""
    segments = sorted((p.start, p.end) for p in paragraphs if 0 <= p.start < p.end <= len(text)) or [(0, len(text))]
    blocks: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in segments:
        if start < position:
            continue
        if text[position:start].strip():
            blocks.append((position, start, False))
        blocks.append((start, end, True))
        position = end
    if text[position:].strip():
        blocks.append((position, len(text), False))
    return blocks


def _text(chunk: str) -> str:
    return esc(chunk).replace("\n", "<br>")


def _timex_html(timex: Timex, shown: str) -> str:
    value = timex.value or "?"
    detail = " · ".join(x for x in (timex.type.value, value, timex.mod.value if timex.mod else "") if x)
    if timex.function == "CREATION_TIME":
        return f'<a class="tx dct" id="text-{esc(timex.id)}" href="#timex-{esc(timex.id)}" title="{esc(detail)}">{_text(shown)}</a>'
    return (
        f'<a class="tx" id="text-{esc(timex.id)}" href="#timex-{esc(timex.id)}" title="{esc(detail)}">'
        f'{_text(shown)}<span class="tv">{esc(value)}</span></a>'
    )


def _timex_table(timeline: Timeline, timexes: list[Timex]) -> str:
    document = timeline.document
    labels = words(document.language)
    rows = []
    for timex in sorted(timeline.timexes, key=lambda t: (t.function is None, t.start or 0, t.id)):
        shown = esc(one_line(timex.text))
        if _span_ok(document.text, timex.start, timex.end, timex.text):
            shown = f'<a href="#text-{esc(timex.id)}">{shown}</a>'
        anchor = esc(timex.anchor or "")
        if timex.relation is not None:
            anchor += f' <span class="muted">({esc(timex.relation.signal)} «{esc(one_line(timex.relation.anchor.text))}»)</span>'
        rows.append(
            f'<tr id="timex-{esc(timex.id)}"><td class="code">{esc(timex.id)}</td><td>{shown}</td>'
            f"<td>{esc(timex.type.value)}</td><td class=\"code\">{esc(timex.value)}</td>"
            f"<td class=\"code\">{esc(timex.mod.value if timex.mod else '')}</td><td>{anchor}</td></tr>"
        )
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in ("id", labels["timexes"].split()[0], labels["type"], labels["value"], "mod", labels["anchor"])
    )
    return (
        f'<section id="sec-timexes"><h2>{esc(labels["timexes"])}</h2><div class="scroll"><table class="timexes">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


CSS = """
:root{--ink:#1d232b;--muted:#5d6875;--line:#dfe3e8;--soft:#f5f7f9;--accent:#0b5cad;--dct:#c2185b;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;
color:var(--ink);background:#fff;line-height:1.5}
*{box-sizing:border-box}
body{margin:0;font-size:15px}
.page{max-width:1180px;margin:0 auto;padding:28px 32px 48px}
header{border-bottom:2px solid var(--ink);padding-bottom:14px;margin-bottom:10px}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.12em;font-size:12px;color:var(--muted);font-weight:600}
h1{font-size:24px;line-height:1.3;margin:4px 0 12px;font-weight:700}
h2{font-size:18px;margin:34px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:13px;margin:0 0 6px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0;font-size:13.5px}
.meta dt{color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.06em}
.meta dd{margin:0}
code,.code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.86em}
.muted{color:var(--muted)}
.toc{font-size:13px;color:var(--muted);margin:8px 0 0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
.chart-box{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px 4px 0;background:#fff}
svg.chart{display:block;width:100%;height:auto;font-family:inherit}
svg .zebra{fill:#f6f8fa}
svg .axis{stroke:#9aa4af;stroke-width:1}
svg .grid{stroke:#e3e7eb;stroke-width:1}
svg .grid.major{stroke:#c9cfd6}
svg .tick{font-size:10px;fill:var(--muted)}
svg .context{font-size:10.5px;fill:var(--ink);font-weight:600}
svg .gap{font-size:9.5px;fill:var(--muted);font-style:italic}
svg .break{stroke:#7b8590;stroke-width:1.6;fill:none}
svg .breakline{stroke:#b4bcc5;stroke-width:1;stroke-dasharray:2 3}
svg .dct,.swatch .dct{fill:var(--dct);fill-opacity:.09}
svg .dctline,.swatch .dctline{stroke:var(--dct);stroke-width:1.2;stroke-dasharray:4 3}
svg .dcttext{font-size:10.5px;fill:var(--dct);font-weight:600}
svg .seq{font-size:11px;fill:var(--muted)}
svg .label{font-size:12.5px;fill:var(--ink);font-weight:500}
svg a:hover .label{fill:var(--accent)}
svg .when{font-size:11px;fill:#3a444f;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;stroke-opacity:.9}
svg .when.inside{fill:#1d232b;font-weight:500;stroke:none}
svg .when.inside.solid{fill:#fff}
.mark{fill:var(--c);stroke:var(--c);stroke-width:1.5}
.mark.uncertain{fill-opacity:.16;stroke-dasharray:4 2.5}
circle.mark{stroke:#fff;stroke-width:2}
circle.mark.uncertain{stroke:var(--c);stroke-width:1.6}
.hatched{fill:url(#hatch);fill-opacity:.5;pointer-events:none}
.hatch{stroke:#56616d;stroke-width:1;stroke-opacity:.35}
.note{color:var(--muted);font-size:13.5px;margin:8px 2px}
.legend{display:flex;flex-wrap:wrap;gap:6px 28px;margin-top:10px;font-size:12.5px;align-items:flex-start}
.legend h3{flex-basis:100%;margin-bottom:0}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
.legend li{display:flex;align-items:center;gap:6px}
.legend .kinds{flex-basis:100%}
.swatch{flex:none}
.kind{display:inline-block;border-left:4px solid var(--c);padding:0 6px;background:var(--soft);border-radius:2px;font-size:12px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid var(--line)}
thead th{font-size:11.5px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-bottom:2px solid var(--ink)}
td.num{color:var(--muted);text-align:right;width:2.5em}
td.date{white-space:nowrap;font-weight:600}
td.date .code{font-weight:400;color:var(--muted)}
td.what{min-width:16em}
.details{color:var(--muted);font-size:12.5px;margin-top:3px}
.badge{display:inline-block;font-size:11.5px;padding:1px 7px;border-radius:10px;border:1px solid currentColor;white-space:nowrap}
.badge.exact{color:#1b6e3a}
.badge.bounded{color:#8a5a00;border-style:dashed}
.badge.approximate{color:#8a5a00;border-style:dotted}
td.cert{min-width:10.5em}
.reason{font-size:12px;color:var(--muted);margin-top:3px;max-width:16em}
td.evidence{min-width:22em}
blockquote{margin:0;padding-left:10px;border-left:3px solid var(--line);color:#333d48;font-size:13px}
blockquote::before{content:"«"}
blockquote::after{content:"»"}
.jump{font-size:12px}
tr.group th{background:var(--soft);font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.article{max-width:46em;font-size:15.5px;line-height:1.65}
.article p{margin:0 0 .9em}
.article p.outside{color:var(--muted);font-size:13px}
.tx{background:#fff3c4;border-bottom:2px solid #e0b000;color:inherit;padding:0 1px;border-radius:2px}
.tx:hover,.tx:target{background:#ffe58a;text-decoration:none}
.tx .tv{white-space:nowrap;font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:10.5px;color:#6b5200;
background:#fbe7a1;border-radius:3px;padding:0 3px;margin-left:3px;vertical-align:1px}
.tx.dct{background:#fde4ee;border-bottom-color:var(--dct)}
.anchor{scroll-margin-top:40px}
tr:target,.anchor:target+*{background:#eef5ff}
.timexes td{font-size:13px}
footer{margin-top:36px;font-size:12px;color:var(--muted);border-top:1px solid var(--line);padding-top:8px}
@media (max-width:720px){.page{padding:16px}h1{font-size:20px}}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
body{font-size:10pt}
.page{max-width:none;padding:0}
.toc,.jump{display:none}
a{color:inherit}
h1{font-size:16pt}
h2{font-size:12.5pt;margin-top:18pt;break-after:avoid}
.chart-box{border:none;padding:0;break-inside:avoid}
table{font-size:8.5pt}
.details,.reason,.kind,.badge,.jump,td.date .code{font-size:.9em}
th,td{padding:4pt 5pt}
tr{break-inside:avoid}
.scroll{overflow:visible}
td.what,td.evidence,td.cert{min-width:0}
blockquote{font-size:8.5pt}
.article{max-width:none;font-size:10pt}
.tx .tv{font-size:7pt}
.legend{break-inside:avoid;font-size:8.5pt}
}
"""
