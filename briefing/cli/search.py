"""`briefing search QUERY [--json] [--limit N] [filters]`: the releases that match, best first.

The same search as the app's `/`: Thai words (cut as in the index, so ข้าว does not find ข้าวโพด),
English names from the analyses so far and English text in the releases, and an English word or name also
as the Thai forms our glossaries pair with it (said on standard error: "also searched in Thai: durian =
ทุเรียน", and in --json's "expansions" on every line); ranked by bm25, ties newest first, after the releases
naming a person's full name for a given name alone, and those where a query's parts stand near each other. Releases not indexed yet (a store made before search existed) are indexed first, with a note.
"""

from __future__ import annotations

import argparse
import sys

from briefing.cli.list import check_view, describe, entry_json, print_table, tab_line, view_from_args
from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.printable import json_line


def run(args: argparse.Namespace) -> int:
    from briefing.library import open_store
    from briefing.search import search, update_index

    if args.limit < 0:
        raise BriefingError("--limit must be 0 or more")
    query = " ".join(args.query).strip()
    if not query:
        raise BriefingError("give something to search for")
    view = view_from_args(args, query)
    config = load_config(args.config)
    with open_store(config) as store:
        check_view(store, view)
        pending = store.search_pending_count()
        if pending:
            print(f"briefing: indexing {pending} releases for search first", file=sys.stderr)
            update_index(store)
        results = search(store, view, limit=args.limit)
    if results.note:
        print(f"briefing: {results.note}", file=sys.stderr)
    if results.expansions:  # why a Thai release matches an English query
        print(f"briefing: also searched in Thai: {results.expanded}", file=sys.stderr)
    if args.json:
        out = sys.stdout
        # What each English term was also searched as (the same on every line; [] when nothing was):
        expansions = [{"english": item.english, "thai": list(item.thai), "first": list(item.first)}
                      for item in results.expansions]
        for rank, entry in enumerate(results.entries, 1):
            data = entry_json(entry)
            data["rank"] = rank
            data["method"] = results.method
            data["expansions"] = expansions
            out.write(json_line(data) + "\n")  # bidi overrides and C1 controls escaped, as `list --json`
        out.flush()
    elif not results.total:  # not an empty table under "0 of 0 matching releases"
        print(f"briefing: no release matches {describe(view)}", file=sys.stderr)
    elif not sys.stdout.isatty():
        # One release a line, as `briefing list` piped: a table cut to 80 columns with ellipses was
        # useless to grep, cut and head.
        for entry in results.entries:
            sys.stdout.write(tab_line(entry) + "\n")
        sys.stdout.flush()
        print(f"{len(results.entries)} of {results.total} matching releases", file=sys.stderr)
    else:
        print_table(results.entries)
        print(f"{len(results.entries)} of {results.total} matching releases", file=sys.stderr)
    return 0
