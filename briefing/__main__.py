"""The `briefing` command. No subcommand opens the TUI; the others never import Textual.

Each subcommand's work lives in `briefing/cli/<name>.py` and is imported only when chosen, so
`briefing list` and `briefing analyze` start without loading the UI or the Thai models they don't need.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from briefing import __version__
from briefing.errors import BriefingError, crash_line
from briefing.printable import one_line

SQLITE_MAX_INT = 2**63 - 1
"""The largest id or count SQLite can take; a bigger number is bad input, not an OverflowError."""
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EPIPE})
"""Failures writing the output (a full disk, `> /dev/full`), reported in one line."""


def _whole_number(minimum: int, maximum: int = SQLITE_MAX_INT) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not minimum <= number <= maximum:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({minimum} to {maximum})")
        return number

    parse.__name__ = "whole number"
    return parse


class _Parser(argparse.ArgumentParser):
    """argparse's own errors as one line, like every other error of briefing: the usage it prints
    first (up to six lines for `list`) buried the line that says what was wrong."""

    def error(self, message: str) -> NoReturn:
        _usage_error(self.prog, message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="Read Thai government press releases with people, agencies, places and figures in English.",
    )
    parser.add_argument("--config", type=Path, metavar="PATH", help="use this config file instead of the default")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import release files, directories or .tar.xz archives into the store")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("list", help="list the stored releases, newest first")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=_whole_number(0), default=None, help="at most this many releases")
    add_filter_arguments(p)

    p = sub.add_parser("search", help="search the stored releases: Thai words, English names; best first")
    p.add_argument("query", nargs="+", metavar="QUERY", help="words, all required (Thai or English)")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per line; its \"expansions\" say what each English term was also"
                        " searched as: [{\"english\": \"durian\", \"thai\": [\"ทุเรียน\"], \"first\": []}]"
                        " (\"first\": the full names ranked first for a given name alone)")
    p.add_argument("--limit", type=_whole_number(1), default=20, help="at most this many results (default 20)")
    add_filter_arguments(p)

    sub.add_parser("dirs", help="show where config, data and cache files live")

    p = sub.add_parser("analyze", help="extract people, organisations, places, figures and dates")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--all", action="store_true",
                   help="analyse every stored release without a current analysis (resumable, all cores)")
    p.add_argument("--jobs", type=_whole_number(1, 256), default=None, metavar="N", help="with --all: worker processes")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    p = sub.add_parser("summary", help="print an English brief of each release file, or brief the whole store")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--offline", action="store_true", help="use the offline brief even if an LLM is configured")
    p.add_argument("--all", action="store_true",
                   help="brief every stored release without a current brief (resumes after an interruption)")
    p.add_argument("--jobs", type=_whole_number(1, 64), default=4, metavar="N", help="with --all and an LLM: requests at once (4)")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    p = sub.add_parser("fetch", help="fetch new releases from the configured sources, or from feed and page URLs")
    p.add_argument("urls", nargs="*", metavar="URL", help="a feed or a release page (default: every [[sources]])")

    p = sub.add_parser("export", help="export marks and notes to Markdown")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--release", metavar="ID",
                       help="only this release: its id from `briefing list`, or the number or URL of its page "
                            "(…/details/NNNNN); id:N when a number is both")
    which.add_argument("--marked", action="store_true", help="every release with marks (the default)")
    p.add_argument("--since", metavar="DATE", help="only releases dated on or after DATE (YYYY-MM-DD)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="one combined file, an existing folder for one file per release, or - for standard output")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    which.add_argument("--all", action="store_true",
                       help="every mark and note, read row by row so a damaged store still gives all it can")

    p = sub.add_parser("check", help="check the store's integrity and counts; --repair rebuilds and recovers")
    p.add_argument("--repair", action="store_true",
                   help="rebuild caches and indexes; recover a damaged store into a new one (keeps the old file)")

    p = sub.add_parser("backup", help="write a consistent copy of the store (safe while the app runs)")
    p.add_argument("-o", "--output", metavar="FILE", help="the copy (default: a dated file beside the store)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    return parser


def _say(message: str) -> None:
    """One line on standard error, control characters made visible; silent if stderr is gone too."""
    try:
        print(f"briefing: {one_line(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _usage_error(prog: str, message: str) -> NoReturn:
    try:
        print(one_line(f"{prog}: {message} (see `{prog} --help`)"), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass
    sys.exit(2)


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of output that could not
    be written does not print its own traceback ("Exception ignored ... No space left on device")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The list's filters, shared by `list` and `search` (all combined)."""
    p.add_argument("--since", metavar="DATE", help="releases dated on or after DATE (YYYY-MM-DD, or a month or year)")
    p.add_argument("--until", metavar="DATE", help="releases dated on or before DATE (YYYY-MM-DD, or to the end of a"
                                                   " month or year: 2024-06, 2024)")
    p.add_argument("--category", metavar="NAME", help="news category, in Thai or English (Economy)")
    p.add_argument("--person", metavar="NAME", help="releases naming this person (English or Thai, any form)")
    p.add_argument("--organisation", metavar="NAME", help="releases naming this organisation (name or acronym)")
    p.add_argument("--place", metavar="NAME", help="releases naming this place")
    p.add_argument("--starred", action="store_true", help="starred releases only")
    p.add_argument("--unread", action="store_true", help="unread releases only")
    p.add_argument("--marked", action="store_true", help="releases with marks only")


def main(argv: list[str] | None = None) -> int:
    args, unknown = build_parser().parse_known_args(argv)
    command = args.command or "tui"
    if unknown:  # named with the subcommand they were given to, not the top-level parser
        _usage_error(f"briefing {args.command}" if args.command else "briefing",
                     f"unrecognized arguments: {' '.join(unknown)}")
    try:
        if args.config is not None and not args.config.is_file():
            what = "is not a file" if args.config.exists() else "no such file"
            raise BriefingError(f"--config {args.config}: {what}")
        module = importlib.import_module(f"briefing.cli.{command}")
        status = int(module.run(args) or 0)
        sys.stdout.flush()
        return status
    except BriefingError as error:
        _say(str(error))
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        _drop_stdout()  # the reader went away (`briefing list | head`): not an error
        return 0
    except OSError as error:
        if error.errno not in OUTPUT_ERRNOS:
            _say(crash_line(error))
            return 1
        _drop_stdout()
        _say(f"cannot write the output: {error.strerror or error}")
        return 1
    except Exception as error:  # noqa: BLE001 - a bug: one line for the user, the traceback in the crash log
        _say(crash_line(error))
        return 1


if __name__ == "__main__":
    sys.exit(main())
