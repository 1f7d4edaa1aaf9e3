"""The `briefing` command. No subcommand opens the TUI; the others never import Textual.

Each subcommand's work lives in `briefing/cli/<name>.py` and is imported only when chosen, so
`briefing list` and `briefing analyze` start without loading the UI or the Thai models they don't need.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from briefing import __version__
from briefing.errors import BriefingError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    p.add_argument("--limit", type=int, default=None, help="at most this many releases")

    sub.add_parser("dirs", help="show where config, data and cache files live")

    p = sub.add_parser("analyze", help="extract people, organisations, places, figures and dates")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")

    p = sub.add_parser("summary", help="print an English brief of each release file, or brief the whole store")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--offline", action="store_true", help="use the offline brief even if an LLM is configured")
    p.add_argument("--all", action="store_true",
                   help="brief every stored release without a current brief (resumes after an interruption)")
    p.add_argument("--jobs", type=int, default=4, metavar="N", help="with --all and an LLM: requests at once (4)")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    p = sub.add_parser("fetch", help="fetch new releases from the configured sources, or from feed and page URLs")
    p.add_argument("urls", nargs="*", metavar="URL", help="a feed or a release page (default: every [[sources]])")

    p = sub.add_parser("export", help="export marks and notes to Markdown")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--release", type=int, metavar="ID", help="only this release (id from `briefing list`)")
    which.add_argument("--marked", action="store_true", help="every release with marks (the default)")
    p.add_argument("--since", metavar="DATE", help="only releases dated on or after DATE (YYYY-MM-DD)")
    p.add_argument("-o", "--output", metavar="FILE", help="one combined file, or - for standard output")
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
