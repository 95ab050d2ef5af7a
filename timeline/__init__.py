"""timeline: news articles in, a dated and ordered chronology of events out.

    >>> import timeline
    >>> result = timeline.extract("Madrid, 3 de abril de 2025 (EFE).- El Rey viaja hoy a Roma.")
    >>> result.document.dct.isoformat()
    '2025-04-03'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["extract", "extract_file", "__version__"]

if TYPE_CHECKING:
    from timeline.pipeline import extract, extract_file


def __getattr__(name: str):
    # The pipeline loads pydantic and the language data: keep `import timeline` cheap.
    if name in ("extract", "extract_file"):
        from timeline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
