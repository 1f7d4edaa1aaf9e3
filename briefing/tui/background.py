"""The app's background analysis of the archive (`[archive] background_analysis`).

A child process (`python -m briefing.analyze_all`) analyses the stored releases without a current
analysis, one at a time at the lowest priority (nice 19: it gets a core the app and everything else leave
idle, and little of a busy one), saving each with its entity index rows, as `briefing analyze --all` does. A process, not
a thread: the analyzer holds the GIL for seconds on a long release, which a thread would take from keys
and scrolling. Started a moment after the first paint; stopped on quit without waiting (the child also
leaves by itself when the app is gone, however it ended). Another app on the same store finds the
store's lock held and its child waits; a `briefing analyze --all` alongside it only costs the release
both happen to be analysing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import briefing
from briefing.analyze_all import NICE

START_DELAY_S = 1.0
"""Seconds after the app's first screen is shown before the child starts: the first paint and the
first gists come first."""


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
        package_root = str(Path(briefing.__file__).resolve().parent.parent)
        env = dict(os.environ)
        # The child imports this same copy of briefing (an installed one, or a clone run with -m).
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "briefing.analyze_all", "--store", str(self.store_path),
                 "--parent", str(os.getpid()), "--nice", str(self.nice)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env=env, start_new_session=True)  # the terminal's signals (ctrl+c, hang-up) are the app's
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
