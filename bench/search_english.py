"""English queries on the Thai archive: releases found with and without the glossary expansion, and its cost.

    python bench/search_english.py [--store DB] [--show N] [QUERY ...]

The store is opened read only (sqlite3 `mode=ro`: the archive may be anyone's), by default BRIEFING_ARCHIVE_DB.
For each query: the releases the plain query finds (its English words only: the search before
briefing/search_glossary.py), the releases the expanded query finds, what it was expanded to, and the time of
both as the app's first page needs them (20 results with the total count, best of five), in the same run.
The last line is the ratio of expanded to plain time over all queries (sum of the best times): the expansion
must keep search interactive. --show N prints the first N titles of each expanded result, for a precision read;
--no-first ranks without search.first_query (a known person's full name, a query's parts near each other).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.search import search
from briefing.view import View

QUERIES = [
    "durian", "rubber", "rubber price", "Chiang Mai", "Ministry of Finance", "flood", "tourism", "Prayut",
    "Srettha", "Paetongtarn", "Japan", "digital wallet", "EEC", "minimum wage", "drought", "Hat Yai",
    # the heaviest: words of half the archive (ไทย, นายกรัฐมนตรี)
    "Thailand", "Prime Minister", "COVID", "rice export",
    # session 17: short forms (search_aliases.toml), a given name shared with other men
    "US", "UK", "PM", "Suchart",
]


class ReadOnlyStore:
    """What briefing.search needs of a Store (query, search_pending_count), over a read-only connection."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def search_pending_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0])


def best_of(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--store", type=Path, default=os.environ.get("BRIEFING_ARCHIVE_DB"))
    parser.add_argument("--show", type=int, default=0, metavar="N")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-first", action="store_true",
                        help="rank by bm25 alone, as before search.first_query (full names, nearness) existed")
    args = parser.parse_args()
    if args.no_first:
        import briefing.search

        briefing.search.first_query = lambda *args, **kwargs: None  # type: ignore[assignment]
    if args.store is None or not Path(args.store).exists():
        raise SystemExit("give --store DB or set BRIEFING_ARCHIVE_DB")
    store: Any = ReadOnlyStore(Path(args.store))
    search(store, View(query="ทดสอบ durian"), limit=1)  # the word cutter and the glossary, loaded once
    plain_total = expanded_total = 0.0
    print(f"{'query':22} {'plain':>7} {'expanded':>8} {'plain ms':>9} {'exp ms':>7}  expanded to")
    for query in args.queries:
        view = View(query=query)
        plain = search(store, view, limit=20, expand=False)
        expanded = search(store, view, limit=20)
        t_plain = best_of(lambda v=view: search(store, v, limit=20, expand=False), args.runs)
        t_expanded = best_of(lambda v=view: search(store, v, limit=20), args.runs)
        plain_total += t_plain
        expanded_total += t_expanded
        print(f"{query:22} {plain.total:7,} {expanded.total:8,} {t_plain * 1000:9.1f} {t_expanded * 1000:7.1f}"
              f"  {expanded.expanded}")
        for entry in expanded.entries[:args.show]:
            print(f"    {entry.id:6} {entry.date} {entry.title[:110]}")
    print(f"expanded / plain time over {len(args.queries)} queries: {expanded_total / max(plain_total, 1e-9):.2f}x"
          f" ({expanded_total * 1000:.0f} ms against {plain_total * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
