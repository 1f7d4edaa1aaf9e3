"""Releases per second of `briefing analyze --all` on 2,000 corpus releases, against one process.

    python bench/analyze_all.py [ARCHIVE] [--n 2000] [--baseline 200]

Takes the first N releases of the archive (skipping the dev eval files, by source URL), stores them
in a temporary store, then runs `analyze_all` with one process on the first --baseline of them (the
baseline) and with every core on the rest. Prints releases/s of both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.analyze_all import analyze_all
from briefing.model import Release
from briefing.search import default_processes
from briefing.sources.corpus import iter_paths, read_file
from briefing.store import Store

SHARED = Path("/work/shared")


def dev_sources() -> set[str]:
    sources = set()
    for path in (SHARED / "eval" / "dev").glob("*.txt"):
        try:
            release = read_file(path)
        except Exception as error:  # noqa: BLE001  (a bad dev file only means nothing to exclude)
            print(f"skipping {path.name}: {error}")
            continue
        if release.source:
            sources.add(release.source)
    return sources


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("archive", nargs="?", type=Path, default=SHARED / "corpus" / "thaigov-v2.tar.xz")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--baseline", type=int, default=200)
    args = parser.parse_args()
    skip = dev_sources()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        taken = 0
        for _, item in iter_paths([args.archive]):
            if isinstance(item, Release) and item.source not in skip and store.add_release(item) is not None:
                taken += 1
                if taken >= args.n + args.baseline:
                    break
        print(f"{taken} releases stored; {default_processes()} cores")
        start = time.perf_counter()
        one = analyze_all(store, processes=1, limit=args.baseline)
        single = one / (time.perf_counter() - start)
        print(f"baseline, one process: {one} releases, {single:.1f} releases/s")
        start = time.perf_counter()
        done = analyze_all(store)
        elapsed = time.perf_counter() - start
        rate = done / elapsed
        print(f"analyze --all ({default_processes()} processes): {done} releases in {elapsed:.0f} s,"
              f" {rate:.1f} releases/s ({rate / single:.2f}x one process)")
        rows = store.query("SELECT count(*) FROM release_entities")[0][0]
        print(f"entity index: {rows} rows")


if __name__ == "__main__":
    main()
