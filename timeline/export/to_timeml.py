"""TimeML (ISO-TimeML TIMEX3, inline), for evaluation tools and other taggers.

    <TimeML>
    <DOCID>source</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-11" temporalFunction="false"
         functionInDocument="CREATION_TIME">11 nov</TIMEX3></DCT>
    <TEXT>... <TIMEX3 tid="t1" type="DATE" value="2025-11-11" temporalFunction="true"
         anchorTimeID="t0">hoy</TIMEX3> ...</TEXT>
    </TimeML>

TEXT holds the article exactly as read (removing the tags gives `document.text`
back, so offsets can be recomputed); the DCT (t0) is in the DCT element. Reads
only the Timeline; deterministic.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from timeline.models import Timeline, Timex

# Characters XML 1.0 does not allow, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", value))


def _attributes(timex: Timex) -> str:
    pairs = [("tid", timex.id), ("type", str(timex.type)), ("value", timex.value)]
    if timex.mod:
        pairs.append(("mod", str(timex.mod)))
    if timex.quant:
        pairs.append(("quant", timex.quant))
    if timex.freq:
        pairs.append(("freq", timex.freq))
    if timex.function == "CREATION_TIME":
        pairs.append(("temporalFunction", "false"))
        pairs.append(("functionInDocument", "CREATION_TIME"))
    else:
        pairs.append(("temporalFunction", "true" if timex.anchor else "false"))
        if timex.anchor:
            pairs.append(("anchorTimeID", timex.anchor))
    return " ".join(f"{name}={quoteattr(_INVALID_XML.sub('', value))}" for name, value in pairs)


def render(timeline: Timeline) -> str:
    document = timeline.document
    text = document.text
    dct = next((t for t in timeline.timexes if t.function == "CREATION_TIME"), None)
    body = [
        t for t in timeline.timexes
        if t.function != "CREATION_TIME" and t.start is not None and t.end is not None and t.end > t.start
    ]
    body.sort(key=lambda t: (t.start, -t.end))  # type: ignore[operator]  # the body: timexes with a span
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{_text(document.source)}</DOCID>"]
    if dct is not None:
        label = dct.text or dct.value
        out.append(f"<DCT><TIMEX3 {_attributes(dct)}>{_text(label)}</TIMEX3></DCT>")
    pieces = []
    position = 0
    for timex in body:
        if timex.start < position:  # type: ignore[operator]  # (a span); overlapping spans cannot nest in TimeML: keep the first
            continue
        pieces.append(_text(text[position : timex.start]))
        pieces.append(f"<TIMEX3 {_attributes(timex)}>{_text(text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end  # type: ignore[assignment]  # (a span)
    pieces.append(_text(text[position:]))
    out.append("<TEXT>" + "".join(pieces) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
