"""The canonical JSON: every other format can be derived from it."""

from __future__ import annotations

from timeline.models import Timeline


def render(timeline: Timeline) -> str:
    return timeline.model_dump_json(indent=2) + "\n"


def load(data: str | bytes) -> Timeline:
    """Read back a file written by `render` (for `timeline convert`)."""
    return Timeline.model_validate_json(data)
