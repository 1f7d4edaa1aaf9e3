"""`briefing check [--repair]`: is the store sound, and how much is in it; repair what can be repaired.

Exit 0 when the store is sound (or was repaired), 1 when a problem remains, 2 for bad input (no store).
"""

from __future__ import annotations

import argparse

from briefing.config import load_config


def _count(value: int | None) -> str:
    return "unreadable" if value is None else str(value)


def run(args: argparse.Namespace) -> int:
    from briefing.repair import check_store, repair_store
    from briefing.store import store_path

    path = store_path(load_config(args.config))
    if args.repair:
        repair = repair_store(path)
        if repair.damaged_copy is not None:
            recovered = ", ".join(f"{count} {table}" for table, count in repair.recovered.items())
            print(f"recovered {recovered} ({repair.method}) into a new store at {path}")
            print(f"the damaged file is kept as {repair.damaged_copy}")
        print("rebuilt: " + ", ".join(repair.rebuilt) + " (remade when next needed)")
        report = repair.after or check_store(path)
    else:
        report = check_store(path)
    counts = report.counts
    print(f"store: {report.path} (schema {report.schema if report.schema is not None else 'unknown'})")
    print("  ".join(f"{name}: {_count(counts.get(name))}" for name in ("releases", "analyses", "briefs",
                                                                     "marks", "notes")))
    if report.ok:
        print("integrity: ok")
        return 0
    for problem in report.problems[:20]:
        print(f"problem: {problem}")
    if len(report.problems) > 20:
        print(f"... and {len(report.problems) - 20} more")
    if not args.repair:
        print("run `briefing check --repair` to rebuild the caches and recover what can be read"
              " (the damaged file is kept)")
    return 1
