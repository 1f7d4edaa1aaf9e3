"""Analyse every stored release that has no analysis of the current analyzer version, on every core.

Each analysis is saved in its own transaction as it arrives (with its entity index rows and English
search text), so a run killed at any point keeps what it finished, and the next run picks up the rest:
the work list is "releases without a current analysis", never a position in a file.

`python -m briefing.analyze_all --store PATH --parent PID` is the app's background analysis
(`[archive] background_analysis`): the same work on one core at idle priority, which leaves as soon as
the app that started it is gone, and waits while another background analysis holds the store's lock.
A `briefing analyze --all` takes that lock too (`command_lock`), and the child gives it up between two
releases when a command asks for it, so the two never analyse the same releases.

The list's gist maker, another child of the app, is briefing/gist_server.py; `--gists` here starts it
(its former name).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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
                limit: int | None = None, stop: Callable[[], bool] | None = None) -> int:
    """Analyse and save what is missing, newest first; returns how many releases were analysed. With
    one process, `stop` is asked before each release: True ends the run there."""
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
                if stop is not None and stop():
                    return done
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


def watch_parent(parent: int) -> None:
    """Leave at once when the app is gone (quit, crashed or killed): no orphan goes on analysing."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_S)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


WANTED_SUFFIX = ".analysing-wanted"
"""The lock file beside the store that a `briefing analyze --all` holds (shared) for its whole run: the
app's child, which looks at it before each release, then lets go of LOCK_SUFFIX and waits."""
RETRY_S = 2.0
"""How often a waiting child tries the store's lock again."""
WAITING = "another analysis of this store holds its lock; waiting for it"
"""The background child's line on stderr when it starts to wait."""


def _lock_file(store_path: Path, suffix: str) -> IO[str] | None:
    try:
        return open(store_path.with_name(store_path.name + suffix), "a")  # held (and closed) by the caller
    except OSError:  # a read-only folder: no cooperation, each release is still saved whole
        return None


def _flock(handle: IO[str] | None, flags: int) -> bool:
    """flock `handle`; False when another process holds it (with LOCK_NB). Without flock (or a lock
    file) there is no cooperation: two analyses of a store only cost work done twice."""
    try:
        import fcntl
    except ImportError:
        return True
    if handle is None:
        return True
    try:
        fcntl.flock(handle, flags)
        return True
    except BlockingIOError:
        return False


def _command_wants(wanted: IO[str] | None) -> bool:
    """Whether a `briefing analyze --all` holds (or waits for) the store: its shared lock on WANTED_SUFFIX."""
    try:
        import fcntl
    except ImportError:
        return False
    if wanted is None:
        return False
    if not _flock(wanted, fcntl.LOCK_EX | fcntl.LOCK_NB):
        return True
    _flock(wanted, fcntl.LOCK_UN)
    return False


def _lock(store_path: Path, wanted: IO[str] | None) -> IO[str] | None:
    """Hold the store's background-analysis lock, waiting while another app's child or a command holds
    it, or a command wants it (where there is no flock, two apps on one store both analyse: each release
    is saved whole, so the cost is only work done twice)."""
    try:
        import fcntl
    except ImportError:
        return None
    handle = _lock_file(store_path, LOCK_SUFFIX)
    said = False
    while True:
        if not _command_wants(wanted) and _flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB):
            if not _command_wants(wanted):  # a command may have come between the two looks
                return handle
            _flock(handle, fcntl.LOCK_UN)
        if not said:  # (the app discards it; a test, or a user running the child by hand, sees it)
            print(f"briefing: {WAITING}", file=sys.stderr, flush=True)
            said = True
        time.sleep(RETRY_S)


@contextmanager
def command_lock(store_path: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """`briefing analyze --all`'s hold on the store: it says it wants the store (the app's child then
    stops after the release in hand), then takes the lock the child held; `waiting` is called once if
    that lock is not free at once."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    wanted = _lock_file(store_path, WANTED_SUFFIX)
    lock = _lock_file(store_path, LOCK_SUFFIX)
    try:
        _flock(wanted, fcntl.LOCK_SH)
        if not _flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB):
            if waiting is not None:
                waiting()
            _flock(lock, fcntl.LOCK_EX)
        yield
    finally:
        for handle in (lock, wanted):
            if handle is not None:
                handle.close()  # closing lets go of its flock


def background(store_path: Path, parent: int, nice: int = NICE) -> int:
    """Analyse what is missing, one release at a time at low priority; returns how many were analysed.
    A command that wants the store (`command_lock`) gets it after the release in hand; the child then
    waits for it to finish and goes on with whatever is left."""
    watch_parent(parent)
    lower_priority(nice)
    from briefing.thai import ANALYZER_VERSION

    wanted = _lock_file(store_path, WANTED_SUFFIX)
    done = 0
    with Store(store_path) as store:
        while store.unanalysed(ANALYZER_VERSION, limit=1):
            lock = _lock(store_path, wanted)
            try:
                while not _command_wants(wanted) and store.unanalysed(ANALYZER_VERSION, limit=1):
                    done += analyze_all(store, processes=1, limit=CHUNK, stop=lambda: _command_wants(wanted))
            finally:
                if lock is not None:
                    lock.close()
    return done


def main(argv: list[str] | None = None) -> int:
    import argparse

    args_given = sys.argv[1:] if argv is None else argv
    if "--gists" in args_given:  # the gist maker's former entry point
        from briefing.gist_server import main as serve

        return serve([a for a in args_given if a != "--gists"])
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
