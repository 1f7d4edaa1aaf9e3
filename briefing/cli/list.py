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
    from briefing.search import View


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BriefingError(f"{option} {value!r} is not a date: give YYYY-MM-DD") from None


def view_from_args(args: argparse.Namespace, query: str = "") -> View:
    """The filters given on the command line, as the search module's View."""
    from briefing.search import View

    return View(query=query, since=_date(args.since, "--since"), until=_date(args.until, "--until"),
                category=args.category, person=args.person, organisation=args.organisation, place=args.place,
                starred=args.starred, unread=args.unread, marked=args.marked)


def has_filters(view: View) -> bool:
    return bool(view.chips())


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

            entries = search(store, view, limit=args.limit, count=False).entries
        else:
            entries = store.entries(limit=args.limit)
    if args.json:
        out = sys.stdout
        for entry in entries:
            out.write(json_line(entry_json(entry)) + "\n")
        out.flush()
    else:
        print_table(entries)
    return 0


def print_table(entries: list[ListEntry]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("id", "date", "category", "title", "gist"):
        table.add_column(column, overflow="ellipsis", no_wrap=column in ("id", "date", "category"))
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
