"""Pausing the cyclic garbage collector while a very large text is processed, and
settling a batch process's lexicons out of its reach.

A text of a megabyte or more builds millions of objects that live until it is
done; the collector would walk them all again and again (a third of the time of a
20 MB article) to find almost no cycles. Reference counting still frees
everything else as usual. This is the package's only global state: the collector
is resumed (if it was enabled) when the last large text in flight is done, also
after an error, and a lock and a counter keep that right across threads.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

LARGE = 1 << 20  # characters (or bytes of undecoded input)

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def paused(active: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs when `active`."""
    global _pauses, _was_enabled
    if not active:
        yield
        return
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


_settled: set[str] = set()


def settle(language: str) -> None:
    """Once a batch process has read its first article in `language` (its lexicons now
    loaded), move every object alive to the collector's permanent generation: each full
    collection would otherwise walk the verb lexicon's 49,000 forms again (about 4 % of a
    batch's time). Only the command line's batch calls this, in a process of its own; the
    library leaves its host's collector alone."""
    if language in _settled:
        return
    _settled.add(language)
    gc.collect()
    gc.freeze()
