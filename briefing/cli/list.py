"""`briefing list [--json] [--limit N] [filters]`: the stored releases, newest first, as a table or JSON lines.

The filters (--since/--until, --category, --person, --organisation, --place, --starred, --unread,
--marked) combine, as the app's filter chips do; `briefing search` takes the same ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from briefing.categories import english_category
from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.model import ListEntry
from briefing.printable import json_line, one_line

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.search import View
    from briefing.store import Store


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    from briefing.search import date_bound

    date = date_bound(value, last=option == "--until")
    if date is None:
        raise BriefingError(f"{option} {value!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY")
    return date


def view_from_args(args: argparse.Namespace, query: str = "") -> View:
    """The filters given on the command line, as the search module's View."""
    from briefing.search import View

    return View(query=query, since=_date(args.since, "--since"), until=_date(args.until, "--until"),
                category=args.category, person=args.person, organisation=args.organisation, place=args.place,
                starred=args.starred, unread=args.unread, marked=args.marked)


def has_filters(view: View) -> bool:
    return bool(view.chips())


def check_view(store: Store, view: View) -> None:
    """Filters that cannot match anything are bad input, said in one line, not an empty answer that
    looks like a quiet archive: a category no stored release has (with the names there are), or
    --since after --until."""
    from briefing.search import categories_matching

    if view.since and view.until and view.since > view.until:
        raise BriefingError(f"--since {view.since} is after --until {view.until}: no date is in between")
    if view.category and not categories_matching(store, view.category):
        rows = store.query("SELECT DISTINCT category FROM releases WHERE category IS NOT NULL AND category != ''")
        known = sorted({english_category(row[0]) or row[0] for row in rows})
        raise BriefingError(f"no stored release has the category {view.category!r}; the categories are: "
                            + ", ".join(known))


def say_nothing_matched(view: View, entries: list[ListEntry]) -> None:
    """One line on stderr when filters left nothing, so an empty answer is not mistaken for a broken command."""
    if not entries and has_filters(view):
        print(f"briefing: no release matches {describe(view)}", file=sys.stderr)


def describe(view: View) -> str:
    """The search and filters as typed: 'rice' category:Economy."""
    return " ".join(repr(chip[1:]) if chip.startswith("/") else chip for chip in view.chips())


def entry_json(entry: ListEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "date": entry.date.isoformat() if entry.date else None,
        "category": entry.category,
        "category_en": english_category(entry.category),
        "title": entry.title,
        "gist": entry.gist,
        "read": entry.read,
        "starred": entry.starred,
    }


def run(args: argparse.Namespace) -> int:
    from briefing.library import open_store

    config = load_config(args.config)
    if args.limit is not None and args.limit < 0:
        raise BriefingError("--limit must be 0 or more")
    view = view_from_args(args)
    with open_store(config) as store:
        if has_filters(view):
            from briefing.search import search

            check_view(store, view)
            entries = search(store, view, limit=args.limit, count=False).entries
            if args.limit != 0:
                say_nothing_matched(view, entries)
        else:
            entries = store.entries(limit=args.limit)
        entries = with_gists(store, config, entries)
    out = sys.stdout
    if args.json:
        for entry in entries:
            out.write(json_line(entry_json(entry)) + "\n")
    elif not out.isatty():
        for entry in entries:  # one release a line, for cut, grep and head
            out.write(tab_line(entry) + "\n")
    else:
        print_table(entries)
    out.flush()
    return 0


MAKE_GISTS_AT_MOST = 200
"""Gists missing from more rows than this are left for `briefing summary --all` (about 0.1-0.5 s each)."""


def with_gists(store: Store, config: Config, entries: list[ListEntry]) -> list[ListEntry]:
    """The rows with their gists: those never made (a release never opened in the app) are made now
    through the pipeline and saved, when there are not too many; otherwise a note says how."""
    from dataclasses import replace

    missing = [entry for entry in entries if not entry.gist]
    if not missing:
        return entries
    if len(missing) > MAKE_GISTS_AT_MOST:
        print(f"briefing: {len(missing):,} releases have no gist yet; `briefing summary --all` makes them",
              file=sys.stderr)
        return entries
    from briefing.pipeline import Pipeline

    pipeline = Pipeline(store, config)
    made: dict[int, str] = {}
    for entry in missing:
        try:
            made[entry.id] = pipeline.gist(store.release(entry.id))
        except BriefingError:
            continue  # the row keeps no gist; the others are still made
    return [replace(entry, gist=made.get(entry.id, entry.gist)) for entry in entries]


def tab_line(entry: ListEntry) -> str:
    """id, date, category, title and gist, tab-separated, on one line (tabs in the text become spaces)."""
    fields = (str(entry.id), entry.date.isoformat() if entry.date else "",
              english_category(entry.category) or entry.category or "", entry.title, entry.gist or "")
    return "\t".join(one_line(field).replace("\t", " ") for field in fields)


def print_table(entries: list[ListEntry]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Fits the terminal: id and date whole, the category cut short, title and gist share the rest
    # (each at least 16 columns), one line a release.
    table = Table(box=None, pad_edge=False, header_style="bold", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("category", no_wrap=True, overflow="ellipsis", max_width=14)
    table.add_column("title", no_wrap=True, overflow="ellipsis", min_width=16, ratio=1)
    table.add_column("gist", no_wrap=True, overflow="ellipsis", min_width=16, ratio=1)
    for entry in entries:
        style = "dim" if entry.read else ""
        star = "* " if entry.starred else ""
        table.add_row(
            Text(str(entry.id), style=style),
            Text(entry.date.isoformat() if entry.date else "", style=style),
            Text(one_line(english_category(entry.category) or entry.category or ""), style=style),
            Text(star + one_line(entry.title), style=style),
            Text(one_line(entry.gist or ""), style=style),
        )
    Console().print(table)
