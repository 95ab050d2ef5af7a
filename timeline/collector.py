"""Pausing the cyclic garbage collector while a very large text is processed.

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
