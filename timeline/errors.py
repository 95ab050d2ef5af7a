"""Errors the library raises for bad input; the CLI turns each into one line."""


class TimelineError(Exception):
    """Base class: the message is meant for the user, on one line."""

    exit_code = 1


class InputError(TimelineError):
    """The article cannot be read: empty, binary, undecodable."""


class DctError(TimelineError):
    """No document creation time: the user must pass --dct."""

    exit_code = 2


class UsageError(TimelineError):
    """A bad option value (--dct 2025-13-45, --lang xx, --format yy)."""

    exit_code = 2


def describe(error: BaseException) -> str:
    """One line for the user, whatever went wrong."""
    if isinstance(error, TimelineError):
        return str(error)
    if isinstance(error, OSError):
        return f"cannot read or write: {error.strerror or error}"
    return f"internal error ({type(error).__name__}: {error}); please report it"
