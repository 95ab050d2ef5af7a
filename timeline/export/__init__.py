"""Exporters: each reads only a `Timeline` and returns the bytes of one file."""

from __future__ import annotations

import importlib

from timeline.errors import UsageError
from timeline.models import Timeline

# format name -> (module under timeline.export, file extension)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("to_json", "json"),
    "ics": ("to_ics", "ics"),
    "md": ("to_md", "md"),
    "html": ("to_html", "html"),
    "timeml": ("to_timeml", "tml"),
    "csv": ("to_csv", "csv"),
    "timelinejs": ("to_timelinejs", "timelinejs.json"),
    "jsonld": ("to_jsonld", "jsonld"),
}
DEFAULT_FORMATS = ("json", "ics", "md")


def parse_formats(value: str) -> list[str]:
    """"json,ics" -> ["json", "ics"]; unknown names are a usage error."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise UsageError(f"unknown format {', '.join(unknown) or value!r} (choose from: {', '.join(FORMATS)})")
    return list(dict.fromkeys(names))


def extension(fmt: str) -> str:
    return FORMATS[fmt][1]


def render(timeline: Timeline, fmt: str) -> bytes:
    module = importlib.import_module(f"timeline.export.{FORMATS[fmt][0]}")
    output = module.render(timeline)
    return output.encode("utf-8") if isinstance(output, str) else output
