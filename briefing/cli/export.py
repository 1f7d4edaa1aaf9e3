"""`briefing export [--release ID | --marked] [--since DATE] [-o FILE|-] [--force]`.

Marks and notes to Markdown without the UI: one file per marked release in the export directory by
default, one combined file with `-o FILE`, or standard output with `-o -`. Imports no Textual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from briefing.errors import BriefingError
from briefing.printable import one_line


def parse_since(value: str | None) -> dt.date | None:
    """--since as a date; anything but YYYY-MM-DD is a one-line error naming the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BriefingError(f"--since {value!r} is not a date; use YYYY-MM-DD, e.g. 2025-01-19") from None


def run(args: argparse.Namespace) -> int:
    from briefing.config import load_config
    from briefing.export.write import export_releases, export_to_default, load_items, render_items
    from briefing.store import Store

    since = parse_since(args.since)
    config = load_config(args.config)
    with Store.open(config) as store:
        if args.release is not None:
            release = store.release(args.release)
            if since is not None and (release.date is None or release.date < since):
                dated = f"dated {release.date}" if release.date else "undated"
                raise BriefingError(f"release {args.release} is {dated}, not on or after --since {since}")
            ids = [args.release]
        else:
            ids = store.marked_release_ids(since)
            if not ids:
                after = f" dated on or after {since}" if since else ""
                print(f"briefing: no marked releases{after}; nothing to export", file=sys.stderr)
                return 0
        if args.output == "-":
            sys.stdout.write(render_items(load_items(store, ids, config)))
            sys.stdout.flush()
            return 0
        if args.output:
            paths = export_releases(store, ids, out_file=Path(args.output), force=args.force, config=config)
        else:
            paths = export_to_default(store, ids, config, force=args.force)
    for path in paths:
        print(one_line(str(path)))
    return 0
