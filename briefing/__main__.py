"""The `briefing` command. No subcommand opens the TUI; the others never import Textual.

Each subcommand's work lives in `briefing/cli/<name>.py` and is imported only when chosen, so
`briefing list` and `briefing analyze` start without loading the UI or the Thai models they don't need.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from briefing.errors import BriefingError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read Thai government press releases with people, agencies, places and figures in English.",
    )
    parser.add_argument("--config", type=Path, metavar="PATH", help="use this config file instead of the default")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import release files, directories or .tar.xz archives into the store")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("list", help="list the stored releases, newest first")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=int, default=None, help="at most this many releases")
    add_filter_arguments(p)

    p = sub.add_parser("search", help="search the stored releases: Thai words, English names; best first")
    p.add_argument("query", nargs="+", metavar="QUERY", help="words, all required (Thai or English)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    add_filter_arguments(p)

    sub.add_parser("dirs", help="show where config, data and cache files live")

    p = sub.add_parser("analyze", help="extract people, organisations, places, figures and dates")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--all", action="store_true",
                   help="analyse every stored release without a current analysis (resumable, all cores)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="with --all: worker processes")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    p = sub.add_parser("summary", help="print an English brief of each release file")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--offline", action="store_true", help="use the offline brief even if an LLM is configured")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")

    p = sub.add_parser("export", help="export marks and notes to Markdown")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--release", type=int, metavar="ID", help="only this release (id from `briefing list`)")
    which.add_argument("--marked", action="store_true", help="every release with marks (the default)")
    p.add_argument("--since", metavar="DATE", help="only releases dated on or after DATE (YYYY-MM-DD)")
    p.add_argument("-o", "--output", metavar="FILE", help="one combined file, or - for standard output")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    return parser


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The list's filters, shared by `list` and `search` (all combined)."""
    p.add_argument("--since", metavar="DATE", help="releases dated on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="releases dated on or before DATE (YYYY-MM-DD)")
    p.add_argument("--category", metavar="NAME", help="news category, in Thai or English (Economy)")
    p.add_argument("--person", metavar="NAME", help="releases naming this person (English or Thai, any form)")
    p.add_argument("--organisation", metavar="NAME", help="releases naming this organisation (name or acronym)")
    p.add_argument("--place", metavar="NAME", help="releases naming this place")
    p.add_argument("--starred", action="store_true", help="starred releases only")
    p.add_argument("--unread", action="store_true", help="unread releases only")
    p.add_argument("--marked", action="store_true", help="releases with marks only")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "tui"
    module = importlib.import_module(f"briefing.cli.{command}")
    try:
        return int(module.run(args) or 0)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
