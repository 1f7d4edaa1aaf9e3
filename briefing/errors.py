"""The one exception type a user sees as a one-line message (and exit status 2 from the CLI), and the
one line a user sees for anything else (a bug), with its traceback kept in a crash log."""

from __future__ import annotations


class BriefingError(Exception):
    """Bad input or a failed operation the user can act on; str(error) is the whole message."""


def crash_line(error: BaseException) -> str:
    """One line for an error: the message of a BriefingError, else "internal error: ..." naming the
    crash log that holds the traceback (for a bug report; it is never printed on the terminal)."""
    if isinstance(error, BriefingError):
        return str(error)
    return f"internal error: {type(error).__name__}: {error}{_crash_report(error)}"


def _crash_report(error: BaseException) -> str:
    import traceback

    from briefing import paths

    try:
        path = paths.cache_dir() / "crash.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write("".join(traceback.format_exception(error)) + "\n")
    except OSError:
        return ""
    return f"; the details are in {path}"
