"""CSV for spreadsheets: one row per event, in chronological order.

RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line
breaks quoted (quotes doubled). UTF-8 with a byte-order mark, because Excel
reads a CSV without one in the legacy ANSI code page and mangles every accent
("TokÃ¡yev"); LibreOffice, pandas and csvkit all accept the mark (Python's csv
module: open with encoding="utf-8-sig").
Text cells that a spreadsheet would run as a formula (starting with = + - @, tab
or CR) get a leading apostrophe (OWASP "CSV injection"): article text is untrusted.
"""

from __future__ import annotations

import csv
import io

from timeline.export._common import clean, one_line, undated_last
from timeline.models import Timeline

BOM = "\ufeff"
COLUMNS = (
    "sequence", "id", "date", "earliest", "latest", "granularity", "time", "timezone", "part_of_day",
    "certainty", "certainty_reason", "status", "title", "kind", "actors", "location", "evidence",
    "evidence_start", "evidence_end", "timex_ids", "source", "dct",
)
# Free text from the article: guarded against formula injection. Dates and codes are not.
_TEXT = {"certainty_reason", "title", "kind", "actors", "location", "evidence", "source"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def render(timeline: Timeline) -> str:
    document = timeline.document
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for event in undated_last(timeline.events):
        row = {
            "sequence": event.sequence if event.sequence is not None else "",
            "id": event.id,
            "date": event.edtf or "",
            "earliest": event.start.isoformat() if event.start else "",
            "latest": event.end.isoformat() if event.end else "",
            "granularity": event.granularity.value if event.granularity else "",
            "time": event.time.strftime("%H:%M") if event.time else "",
            "timezone": event.timezone or "",
            "part_of_day": event.part_of_day or "",
            "certainty": event.certainty.value if event.certainty else "",
            "certainty_reason": one_line(event.certainty_reason or ""),
            "status": event.status.value if event.status else "",
            "title": one_line(event.title),
            "kind": one_line(event.kind),
            "actors": "; ".join(one_line(actor) for actor in event.actors),
            "location": one_line(event.location or ""),
            "evidence": clean(event.evidence.text).strip(),
            "evidence_start": event.evidence.start,
            "evidence_end": event.evidence.end,
            "timex_ids": " ".join(event.timex_ids),
            "source": one_line(document.source),
            "dct": document.dct.isoformat() if document.dct else "",
        }
        writer.writerow([_guard(str(row[c])) if c in _TEXT else row[c] for c in COLUMNS])
    return BOM + out.getvalue()
