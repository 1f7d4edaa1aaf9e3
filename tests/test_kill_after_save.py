"""Issue 5's acceptance: kill -9 the app right after ctrl+s saves a note; the note is in the store.

The app runs in a subprocess (tests/kill_driver.py: the real app built as `briefing` builds it,
headless under Pilot), on a store in this test's XDG data directory. Once it prints SAVED the test
sends SIGKILL, so nothing at exit (closing the store, checkpointing the WAL) runs, then opens the
store file again as the next launch would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import paths
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION
from briefing.tui.passages import passages

DRIVER = Path(__file__).resolve().parent / "kill_driver.py"
NOTE = "Survives kill -9"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_note_saved_with_ctrl_s_survives_sigkill():
    process = subprocess.Popen([sys.executable, str(DRIVER), NOTE], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=DRIVER.parent.parent)
    try:
        deadline = time.monotonic() + 300
        line = ""
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("SAVED") or not line:
                break
        assert line.startswith("SAVED"), f"the driver never saved: {process.stderr.read()[-2000:]}"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = process.stderr.read()[-2000:]
    seed = int(line.split()[1])
    with Store(paths.db_path()) as store:
        marks = store.marks(seed)
        analysis = store.analysis(seed, ANALYZER_VERSION)
    assert [m.note for m in marks] == [NOTE], log
    [mark] = marks
    assert analysis is not None, "the analysis the reader made was cached before the kill"
    assert (mark.start, mark.end) == passages(analysis)[2], "j j: the third passage the cursor moves by"
    assert mark.text == analysis.body[mark.start:mark.end] and mark.label == "key fact"
