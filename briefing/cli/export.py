"""`briefing export [--release ID|PAGE|URL | --marked | --all] [--since DATE] [-o FILE|-] [--force]`.

Marks and notes to Markdown without the UI: one file per marked release in the export directory by
default (or in the folder `-o DIR` names, as the app's export prompt does), one combined file with
`-o FILE`, or standard output with `-o -`. Imports no Textual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.printable import one_line

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.store import Store


def parse_since(value: str | None) -> dt.date | None:
    """--since as a date; anything but YYYY-MM-DD is a one-line error naming the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BriefingError(f"--since {value!r} is not a date; use YYYY-MM-DD, e.g. 2025-01-19") from None


_PAGE_NUMBER = re.compile(r"/details/(\d+)/?$")
_MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger number would fail in the query


def _number(digits: str, given: str) -> int:
    number = int(digits)
    if not 1 <= number <= _MAX_ID:
        raise BriefingError(f"--release {given.strip()}: {number} is out of range (1 to {_MAX_ID})")
    return number


def resolve_release(store: Store, given: str) -> int:
    """The store id of the release `--release` names: its store id (as `briefing list` shows), the
    number at the end of its page's address (details/NNNNN, what a reader of the site sees), or that
    address. A number that is both one release's id and another's page number is a one-line error
    that says how to pick (`id:N` for the store id, the URL for the page)."""
    text = given.strip()
    if text.lower().startswith("id:"):
        digits = text[3:].strip()
        if not digits.isdigit():
            raise BriefingError(f"--release {given!r}: id: wants a number, e.g. id:42")
        return store.release(_number(digits, given)).id or int(digits)
    if text.isdigit():
        number = _number(text, given)
        by_id = [number] if store.query("SELECT 1 FROM releases WHERE id = ?", (number,)) else []
    else:
        match = _PAGE_NUMBER.search(text.split("?")[0].split("#")[0])
        if match is None:
            raise BriefingError(f"--release {given!r} is not a release id, a page number or a release's "
                                "address (…/news/contents/details/NNNNN)")
        number, by_id = _number(match.group(1), given), []
    by_page = [row[0] for row in store.query("SELECT id FROM releases WHERE source LIKE ? ORDER BY id",
                                             (f"%/details/{number}",))]
    found = sorted({*by_id, *by_page})
    if len(found) == 1:
        return found[0]
    if not found and text.isdigit():
        raise BriefingError(f"no release with id {number} (nor from page details/{number}) in the store "
                            "(see `briefing list`)")
    if not found:
        raise BriefingError(f"no release from page details/{number} in the store (`briefing fetch URL` brings it in)")
    if by_id and by_page:
        raise BriefingError(f"--release {number} is ambiguous: release id {number}, and page details/{number} "
                            f"is release id {by_page[0]}; write id:{number} for the first or the page's URL")
    ids = ", ".join(str(i) for i in found)
    raise BriefingError(f"--release {given!r}: page details/{number} is stored more than once (ids {ids}); "
                        "give one of these ids")


def run(args: argparse.Namespace) -> int:
    from briefing.config import load_config
    from briefing.export.write import export_releases, export_to_default, load_items, render_items
    from briefing.store import Store

    since = parse_since(args.since)
    config = load_config(args.config)
    if getattr(args, "all", False):
        return export_all(args, config, since)
    with Store.open(config) as store:
        if args.release is not None:
            release_id = resolve_release(store, args.release)
            release = store.release(release_id)
            if since is not None and (release.date is None or release.date < since):
                dated = f"dated {release.date}" if release.date else "undated"
                raise BriefingError(f"release {args.release} is {dated}, not on or after --since {since}")
            ids = [release_id]
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
        if _is_folder(args.output):  # as the app's export prompt: one file per release
            paths = export_releases(store, ids, out_dir=Path(args.output), force=args.force, config=config)
        elif args.output:
            paths = export_releases(store, ids, out_file=Path(args.output), force=args.force, config=config)
        else:
            paths = export_to_default(store, ids, config, force=args.force)
    for path in paths:
        print(one_line(str(path)))
    return 0


def export_all(args: argparse.Namespace, config: Config, since: dt.date | None) -> int:
    """Every mark and note, read row by row without writing to the store, so a damaged store that can
    still be opened gives everything it holds; a release that cannot be read is a stand-in titled so,
    made of its marked passages. The brief is the offline one (no LLM, no cache writes)."""
    from briefing.export.markdown import ExportItem, render_release
    from briefing.export.write import (
        ExportExistsError,
        ensure_dir,
        export_dir,
        render_items,
        unique_names,
        write_atomic,
    )
    from briefing.repair import cached_analysis, salvage_notes
    from briefing.store import store_path
    from briefing.summary.offline import make_brief
    from briefing.thai import ANALYZER_VERSION, analyze

    path = store_path(config)
    releases, marks, lost = salvage_notes(path)
    if since is not None:
        releases = [r for r in releases if r.date is not None and r.date >= since]
    if not releases:
        print("briefing: no marks or notes in the store; nothing to export", file=sys.stderr)
        return 0
    items = []
    for release in releases:
        release_id = release.id or 0  # salvage_notes gives every release its id
        analysis = cached_analysis(path, release_id, ANALYZER_VERSION) or analyze(release)
        brief = make_brief(release, analysis, int(config.summary.max_words))
        items.append(ExportItem(release, analysis, brief, marks[release_id]))
    if args.output == "-":
        sys.stdout.write(render_items(items))
        sys.stdout.flush()
        written = []
    elif args.output and not _is_folder(args.output):
        written = [write_atomic(Path(args.output), render_items(items), args.force)]
    else:
        directory = Path(args.output) if args.output else ensure_dir(export_dir(config))
        targets = [directory / name for name in unique_names(items)]
        if not args.force:
            for target in targets:
                if target.exists():
                    raise ExportExistsError(target)
        written = [write_atomic(target, render_release(i.release, i.analysis, i.brief, i.marks), args.force)
                   for i, target in zip(items, targets, strict=True)]
    for written_path in written:
        print(written_path)
    notes = sum(1 for item in items for mark in item.marks if mark.note.strip())
    mark_count = sum(len(i.marks) for i in items)
    print(f"briefing: exported {_count(mark_count, 'mark')} ({notes} with notes) from {_count(len(items), 'release')}",
          file=sys.stderr)
    lost_here = sum(1 for item in items if item.release.id in lost)
    if lost_here:
        print(f"briefing: {lost_here} of these releases could not be read from the store; their marks are under"
              " stand-in titles (run `briefing check --repair`)", file=sys.stderr)
    return 0


def _count(number: int, noun: str) -> str:
    """'1 mark', '3 marks': the summary line read after every export said '1 marks ... 1 releases'."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _is_folder(output: str | None) -> bool:
    """-o names an existing folder (not one named *.md, which stays a file path, as in the app's prompt)."""
    if not output or output == "-":
        return False
    return Path(output).suffix.lower() != ".md" and Path(output).is_dir()
