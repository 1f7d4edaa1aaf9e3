"""`briefing list [--json] [--limit N]`: the stored releases, newest first, as a table or JSON lines."""

from __future__ import annotations

import argparse
import sys

from briefing.categories import english_category
from briefing.config import load_config
from briefing.model import ListEntry
from briefing.printable import json_line, one_line


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
        from briefing.errors import BriefingError

        raise BriefingError("--limit must be 0 or more")
    with open_store(config) as store:
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
