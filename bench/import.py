"""The full archive imported from the .tar.xz with the search index built, against merely reading it.

    python bench/import.py [ARCHIVE] [--skip-baseline] [--keep STORE]

Three timings in one run, each on a fresh store in a temporary directory:
- floor: reading and parsing every release of the archive in Python (no store): nothing can beat it;
- import without the index (the store as before issue 8: `library.import_paths`), the baseline;
- `briefing import` as it is now: stored and indexed (Thai words cut by newmm in pool workers).
Prints the times, the ratios against the floor and the baseline, and the store's size. Goal: the
indexed import <= 90 s on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.library import import_paths
from briefing.search import default_processes, import_and_index
from briefing.search_text import tokenizer_name
from briefing.sources.corpus import iter_paths
from briefing.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "thaigov-v2.tar.xz"


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("archive", nargs="?", type=Path, default=DEFAULT if DEFAULT.exists() else
                        Path("/work/shared/corpus/thaigov-v2.tar.xz"))
    parser.add_argument("--skip-baseline", action="store_true", help="skip the import without the index")
    parser.add_argument("--keep", type=Path, help="keep the indexed store here (for bench/search.py)")
    args = parser.parse_args()
    print(f"archive {args.archive} ({args.archive.stat().st_size / 1e6:.0f} MB), {default_processes()} cores,"
          f" word cutter {tokenizer_name()}")

    start = time.perf_counter()
    count = sum(1 for _ in iter_paths([args.archive]))
    floor = time.perf_counter() - start
    print(f"floor: reading {count} files: {floor:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        baseline = None
        if not args.skip_baseline:
            path = Path(tmp) / "plain.db"
            start = time.perf_counter()
            with Store(path) as store:
                result = import_paths(store, [args.archive])
            baseline = time.perf_counter() - start
            print(f"baseline: import without index: {baseline:.1f} s, {result.new} new,"
                  f" store {size(path) / 1e6:.0f} MB")
            os.remove(path)

        path = args.keep or Path(tmp) / "indexed.db"
        if path.exists():
            raise SystemExit(f"{path} exists: give a new path to --keep")
        start = time.perf_counter()
        with Store(path) as store:
            new, _skipped, bad = import_and_index(store, iter_paths([args.archive]))
            pending = store.search_pending_count()
        total = time.perf_counter() - start
        print(f"import with index: {total:.1f} s, {new} new, {len(bad)} bad, {pending} left unindexed,"
              f" store {size(path) / 1e6:.0f} MB")
        print(f"ratio to floor {total / floor:.2f}x" + (f", to import without index {total / baseline:.2f}x"
                                                       if baseline else "") + " (goal: <= 90 s)")


if __name__ == "__main__":
    main()
