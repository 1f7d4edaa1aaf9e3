"""Analyse every stored release that has no analysis of the current analyzer version, on every core.

Each analysis is saved in its own transaction as it arrives (with its entity index rows and English
search text), so a run killed at any point keeps what it finished, and the next run picks up the rest:
the work list is "releases without a current analysis", never a position in a file.

`python -m briefing.analyze_all --store PATH --parent PID` is the app's background analysis
(`[archive] background_analysis`): the same work on one core at idle priority, which leaves as soon as
the app that started it is gone, and waits while another background analysis holds the store's lock.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing import model
from briefing.model import Release
from briefing.store import Store

BATCH = 8
"""Releases per pool task: enough to hide the hand-off, few enough that progress moves smoothly."""

Progress = Callable[[int, int], None]
"""Called with (analysed so far in this run, to analyse in this run)."""


def _analyse_batch(releases: list[Release]) -> list[tuple[int, dict[str, object]]]:
    from briefing.thai import analyze

    return [(release.id or 0, analyze(release).to_json()) for release in releases]


def analyze_all(store: Store, progress: Progress | None = None, processes: int | None = None,
                limit: int | None = None) -> int:
    """Analyse and save what is missing, newest first; returns how many releases were analysed."""
    from briefing.search import default_processes
    from briefing.thai import ANALYZER_VERSION

    ids = store.unanalysed(ANALYZER_VERSION, limit=limit)
    total = len(ids)
    if not ids:
        return 0
    processes = processes or default_processes()

    def batches() -> Iterator[list[Release]]:
        for start in range(0, len(ids), BATCH):
            # Another process (the app's reader, a second run) may have analysed some meanwhile.
            todo = [release_id for release_id in ids[start:start + BATCH]
                    if not _current(store, release_id, ANALYZER_VERSION)]
            if todo:
                yield [store.release(release_id) for release_id in todo]

    done = 0

    def save(results: list[tuple[int, dict[str, object]]]) -> None:
        nonlocal done
        for release_id, data in results:
            store.save_analysis(release_id, model.Analysis.from_json(data))
        done += len(results)
        if progress is not None:
            progress(done, total)

    if processes <= 1 or total <= BATCH:
        for batch in batches():
            for release in batch:  # saved one by one: a kill loses at most the release in hand
                save(_analyse_batch([release]))
        return done
    import multiprocessing  # here: the app imports this module (briefing.tui.background) before its first paint

    # spawn, not fork: the parent may hold threads (a progress bar's, a UI's) and SQLite's lock.
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for results in pool.imap_unordered(_analyse_batch, batches()):
            save(results)
    return done


def _current(store: Store, release_id: int, version: str) -> bool:
    return bool(store.query("SELECT 1 FROM analyses WHERE release_id = ? AND version = ?", (release_id, version)))


# The app's background analysis ------------------------------------------------------------------

LOCK_SUFFIX = ".analysing"
"""The lock file beside the store that one background analysis holds (flock) while it works."""
WATCH_S = 0.5
"""How often the child looks whether the app that started it is still there."""
CHUNK = 200
"""Releases per round: the work list is read again after each, so releases stored meanwhile join."""


NICE = 19
"""The lowest priority: against the app at normal priority, the child gets about 1.5% of a busy core,
and all of an idle one."""


def lower_priority(nice: int = NICE) -> None:
    try:
        os.nice(max(0, nice - os.nice(0)))
    except OSError:
        pass


def _watch_parent(parent: int) -> None:
    """Leave at once when the app is gone (quit, crashed or killed): no orphan goes on analysing."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_S)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _lock(store_path: Path) -> object:
    """Hold the store's background-analysis lock, waiting while another app's child holds it (where
    there is no flock, two apps on one store both analyse: each release is saved whole, so the cost
    is only work done twice)."""
    try:
        import fcntl
    except ImportError:
        return None

    handle = open(store_path.with_name(store_path.name + LOCK_SUFFIX), "a")  # noqa: SIM115 - held until exit
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            time.sleep(2.0)


def background(store_path: Path, parent: int, nice: int = NICE) -> int:
    """Analyse what is missing, one release at a time at low priority; returns how many were analysed."""
    _watch_parent(parent)
    lower_priority(nice)
    from briefing.thai import ANALYZER_VERSION

    lock = _lock(store_path)  # held (open) until this process ends
    done = 0
    with Store(store_path) as store:
        while store.unanalysed(ANALYZER_VERSION, limit=1):
            done += analyze_all(store, processes=1, limit=CHUNK)
    del lock
    return done


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m briefing.analyze_all",
                                     description="The app's background analysis of the stored releases.")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--parent", type=int, required=True, help="leave when this process is gone")
    parser.add_argument("--nice", type=int, default=NICE, help=f"the niceness to run at (default {NICE})")
    args = parser.parse_args(argv)
    from briefing.errors import BriefingError

    try:
        background(args.store, args.parent, args.nice)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
