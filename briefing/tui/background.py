"""The app's background analysis of the archive (`[archive] background_analysis`).

A child process (`python -m briefing.analyze_all`) analyses the stored releases without a current
analysis, one at a time at the lowest priority (nice 19: it gets a core the app and everything else leave
idle, and little of a busy one), saving each with its entity index rows, as `briefing analyze --all` does. A process, not
a thread: the analyzer holds the GIL for seconds on a long release, which a thread would take from keys
and scrolling. Started a moment after the first paint; stopped on quit without waiting (the child also
leaves by itself when the app is gone, however it ended). Another app on the same store finds the
store's lock held and its child waits; a `briefing analyze --all` alongside it takes the store from the
child after the release in hand, and the child goes on when it has finished.

The list's gists are made by another child, `GistMaker` (`python -m briefing.gist_server`): the
list's worker thread sends it the ids of the rows that need one, one at a time (those on screen first,
each time as the screen is then), and waits for each answer without holding the GIL, so paging stays as quick while gists are made as when they are
all made (bench/list_paging.py). It runs whether or not the background analysis does (it uses the
analyses that stored, and analyses the rest itself), leaves after two idle minutes, and is started
again by the next request. It says it is ready once its store is open: children that die before that
(a broken install, a store it cannot open) make the app give up on it and make its gists itself, as
does a child whose code is not the app's (`--expect`, upgraded on disk meanwhile: its gists would not
count as current); a release a ready child dies on is that release's failure, never retried nor
analysed in the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import briefing
from briefing.analyze_all import NICE
from briefing.errors import BriefingError
from briefing.gist_server import EXIT_MISMATCH, GIST_NICE, IDLE_S, READY

START_DELAY_S = 1.0
"""Seconds after the app's first screen is shown before the child starts: the first paint and the
first gists come first."""


def _child_argv(store_path: Path, nice: int, *more: str) -> list[str]:
    return [sys.executable, "-m", "briefing.analyze_all", "--store", str(store_path),
            "--parent", str(os.getpid()), "--nice", str(nice), *more]


def _child_env() -> dict[str, str]:
    """The child imports this same copy of briefing (an installed one, or a clone run with -m)."""
    package_root = str(Path(briefing.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    return env


class BackgroundAnalysis:
    """Starts, watches and stops the child for one store."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.process: subprocess.Popen[bytes] | None = None
        self.nice = NICE
        """The child's niceness (tests that must see it finish on a busy machine lower it)."""

    def start(self) -> None:
        if self.running:
            return
        try:
            self.process = subprocess.Popen(
                _child_argv(self.store_path, self.nice), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=_child_env(),
                start_new_session=True)  # the terminal's signals (ctrl+c, hang-up) are the app's
        except OSError:
            self.process = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def state(self) -> str:
        """"off" (never started), "running", "done" (finished its work) or "stopped" (ended otherwise)."""
        if self.process is None:
            return "off"
        code = self.process.poll()
        if code is None:
            return "running"
        return "done" if code == 0 else "stopped"

    def stop(self) -> None:
        """Ask the child to end, never waiting for it: a kill loses at most the release in hand."""
        if self.running:
            assert self.process is not None
            try:
                self.process.terminate()
            except OSError:
                pass


MAX_DEATHS = 3
"""Children that die before their first answer (before their ready line: a broken install, a store
they cannot open), in a row, after which the app makes its gists itself. A release that kills a child
that was ready is that release's failure only: it is never tried again, nor analysed in the app."""


class GistMaker:
    """The child that makes the list's gists (module docstring); `gist` is called from worker threads."""

    def __init__(self, store_path: Path, nice: int = GIST_NICE, idle_s: float = IDLE_S,
                 command: list[str] | None = None, expect: str | None = None) -> None:
        self.store_path = store_path
        self.nice = nice
        self.idle_s = idle_s
        self.command = command or [sys.executable, "-m", "briefing.gist_server"]
        """The child's program (tests run a stand-in speaking the same protocol)."""
        self.expect = expect
        """The gist key the app counts as current (None: this process's `offline_key()`); a child whose
        code differs (upgraded on disk meanwhile) exits with EXIT_MISMATCH, and the app makes its own."""
        self.process: subprocess.Popen[str] | None = None
        self.made = 0
        """Gists the child made for this app."""
        self.failed: set[int] = set()
        """Releases a child died on: never asked again, nor made in the app."""
        self.stopped = False
        self._broken = False
        self._deaths = 0
        """Children that died before their ready line, in a row."""
        self._lock = threading.Lock()

    def gist(self, release_id: int, cancelled: Callable[[], bool] = lambda: False) -> str | None:
        """Release `release_id`'s gist, made and saved by the child (started if it is not running), or
        None when no child can run here, it was stopped, or `cancelled()` (the caller makes the gist
        itself unless it was cancelled). A release the child fails on, or died on, raises BriefingError."""
        with self._lock:
            if cancelled():  # (a worker that waited for the lock while its window was replaced)
                return None
            if release_id in self.failed:
                raise BriefingError(f"the gist maker ended on release {release_id}")
            for _ in range(2):  # a child that left (idle, or killed) meanwhile is started again, once
                process = self._process()
                if process is None:
                    return None
                assert process.stdin is not None and process.stdout is not None
                try:
                    process.stdin.write(f"{release_id}\n")
                    process.stdin.flush()
                    line = process.stdout.readline()
                except (OSError, ValueError):  # a broken pipe, or a pipe closed by `stop`
                    line = ""
                reply = _reply(line)
                if reply is not None and reply.get("id") == release_id:
                    break
                self._end()  # it died on this release, or answered another: it cannot be trusted
                if self.stopped:
                    return None
            else:
                self.failed.add(release_id)
                raise BriefingError(f"the gist maker ended on release {release_id}")
        assert reply is not None
        if "error" in reply:
            raise BriefingError(f"release {release_id}: {reply['error']}")
        self.made += 1
        return str(reply["gist"])

    def _process(self) -> subprocess.Popen[str] | None:
        """The running child, or a new one once it said it is ready; None when none can run here."""
        if self.process is not None and self.process.poll() is None:
            return self.process
        self._end()  # (one that left by itself: its pipes closed, its exit status collected)
        while not (self.stopped or self._broken):
            expect = self.expect
            if expect is None:
                from briefing.pipeline import offline_key

                expect = offline_key()
            try:
                process = subprocess.Popen(
                    [*self.command, "--store", str(self.store_path), "--parent", str(os.getpid()),
                     "--nice", str(self.nice), "--idle", str(self.idle_s), "--expect", expect],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                    encoding="utf-8", env=_child_env(), start_new_session=True)
            except OSError:
                self._broken = True  # (no way to start a Python here): the app makes its gists itself
                return None
            self.process = process
            if self.stopped:  # `stop` came while it was starting, and did not see it
                self._end()
                return None
            assert process.stdout is not None
            try:
                ready = process.stdout.readline()
            except (OSError, ValueError):
                ready = ""
            if ready.strip() == READY:
                self._deaths = 0
                return process
            self.process = None
            _discard(process)  # (it is ending by itself: its exit status says why)
            if process.returncode is None:
                process.kill()
                _discard(process)
            if process.returncode == EXIT_MISMATCH:
                self._broken = True  # its code is not the app's: the app makes its gists itself
                return None
            self._deaths += 1
            if self._deaths >= MAX_DEATHS:  # it cannot run here (a broken install, no store): stop trying
                self._broken = True
        return None

    def _end(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            try:
                process.kill()
            except OSError:
                pass
            _discard(process)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """On quit: end the child without waiting for the release in hand (nor for a worker's lock)."""
        self.stopped = True
        process = self.process
        if process is not None:
            if process.poll() is None:
                try:
                    process.terminate()
                except OSError:
                    pass
            _discard(process, timeout=1.0)


def _discard(process: subprocess.Popen[str], timeout: float = 5.0) -> None:
    """Close an ended (or ending) child's pipes and collect its exit status: no open file, no zombie."""
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            try:
                pipe.close()
            except (OSError, ValueError):
                pass
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass


def _reply(line: str) -> dict[str, object] | None:
    """The child's answer on one line, or None when it ended (or wrote something else)."""
    try:
        reply = json.loads(line) if line else None
    except ValueError:
        return None
    return reply if isinstance(reply, dict) else None
