"""Analyse every stored release that has no analysis of the current analyzer version, on every core.

Each analysis is saved in its own transaction as it arrives (with its entity index rows and English
search text), so a run killed at any point keeps what it finished, and the next run picks up the rest:
the work list is "releases without a current analysis", never a position in a file.

`python -m briefing.analyze_all --store PATH --parent PID` is the app's background analysis
(`[archive] background_analysis`): the same work on one core at idle priority, which leaves as soon as
the app that started it is gone, and waits while another background analysis holds the store's lock.
A `briefing analyze --all` takes that lock too (`command_lock`), and the child gives it up between two
releases when a command asks for it, so the two never analyse the same releases.

`python -m briefing.analyze_all --store PATH --parent PID --gists` is the list's gist maker: it reads
release ids on its standard input and answers each with the release's gist (analysing it first when
the store has no current analysis), so the app's own process never runs the analyzer for the list.
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


def _watch_parent(parent: int) -> None:
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
    _watch_parent(parent)
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


# The list's gist maker ----------------------------------------------------------------------------

GIST_NICE = 5
"""The gist maker's niceness: it works for the rows the user is looking at, so it runs well above the
background analysis, but a key press in the app (nice 0) still comes first on a busy core."""
IDLE_S = 120.0
"""The gist maker leaves after this long without a request (the app starts another when it needs one):
an idle analyzer holds about 170 MB."""


READY = "ready"
"""The gist maker's first line, once its store is open: a child that dies before it could not start
(the app stops trying after a few); one that dies after it died on the release it was asked for."""
EXIT_MISMATCH = 3
"""The gist maker's exit status when its gists would not be current for the app (`--expect`: the code
on disk is not the app's, upgraded meanwhile): the app then makes its gists itself."""


def serve_gists(store_path: Path, parent: int, nice: int = GIST_NICE, idle_s: float = IDLE_S,
                expect: str | None = None) -> int:
    """Say READY, then answer each release id read on standard input with one JSON line on standard
    output: {"id": ID, "gist": GIST} once the gist is made and saved as the list's, or {"id": ID, "error":
    TEXT} (ID 0 for a line that is no id). Returns how many gists were made; exits with EXIT_MISMATCH at
    once when `expect` is not the gist key it would save."""
    import json
    import queue

    from briefing.pipeline import offline_key

    if expect is not None and expect != offline_key():
        sys.exit(EXIT_MISMATCH)
    # The replies go to a copy of fd 1; anything else printed (by us or a library) goes to stderr, so
    # no stray line is ever read as a reply.
    replies = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    _watch_parent(parent)
    lower_priority(nice)
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line)
        lines.put("")  # the app closed the pipe

    from briefing.config import Config
    from briefing.pipeline import Pipeline

    made = 0
    with Store(store_path) as store:
        pipeline = Pipeline(store, Config())
        print(READY, file=replies, flush=True)
        threading.Thread(target=read, name="requests", daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=idle_s)
            except queue.Empty:
                return made
            if not line:
                return made
            try:
                release_id = int(line)
            except ValueError:
                print(json.dumps({"id": 0, "error": f"not a release id: {line.strip()[:40]!r}"}), file=replies,
                      flush=True)
                continue
            try:
                reply: dict[str, object] = {"id": release_id, "gist": pipeline.remake_gist(release_id)}
                made += 1
            except Exception as error:  # noqa: BLE001 - one bad release must not end the others
                reply = {"id": release_id, "error": f"{type(error).__name__}: {error}"}
            print(json.dumps(reply), file=replies, flush=True)  # ASCII: whatever the locale's encoding


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m briefing.analyze_all",
                                     description="The app's background analysis of the stored releases.")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--parent", type=int, required=True, help="leave when this process is gone")
    parser.add_argument("--nice", type=int, help=f"the niceness to run at (default {NICE}; {GIST_NICE} with --gists)")
    parser.add_argument("--gists", action="store_true", help="make the list's gists of the release ids read on stdin")
    parser.add_argument("--idle", type=float, default=IDLE_S, help="with --gists: leave after this many idle seconds")
    parser.add_argument("--expect", help=f"with --gists: the gist key the app counts as current (exit {EXIT_MISMATCH}"
                        " if this code would save another)")
    args = parser.parse_args(argv)
    from briefing.errors import BriefingError

    try:
        if args.gists:
            serve_gists(args.store, args.parent, GIST_NICE if args.nice is None else args.nice, args.idle, args.expect)
        else:
            background(args.store, args.parent, NICE if args.nice is None else args.nice)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
