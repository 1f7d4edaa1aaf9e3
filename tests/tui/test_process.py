"""`briefing` (the app) as a process (issue 15): after a crash it exits non-zero with one line on
standard error, and quitting never waits for a thread worker that is still busy."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import textwrap
import time
from pathlib import Path

import pytest
from safety_helpers import damage_release_leaves

from briefing import paths

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    return os.environ | {"PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT),
                         "TERM": "xterm-256color"}


def run_in_terminal(args: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `briefing ARGS` on a pseudo-terminal of 100x30 (the app draws on standard error, and
    needs a terminal); return its exit status and what it wrote after giving the terminal back."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "briefing", *args], stdin=side, stdout=side, stderr=side,
                            env=env(), cwd=ROOT, close_fds=True)
    os.close(side)
    screen = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the app did not exit")
            ready, _, _ = select.select([main], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # the other side is closed: the process is gone
                    chunk = b""
                if not chunk:
                    break
                screen += chunk
            elif proc.poll() is not None:
                break
        status = proc.wait(timeout=10)
    finally:
        os.close(main)
    text = screen.decode("utf-8", errors="replace")
    assert LEAVE_SCREEN in text, "the app never drew"
    after = text.rsplit(LEAVE_SCREEN, 1)[1]
    return status, re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]", "", after).replace("\r\n", "\n")


LEAVE_SCREEN = "\x1b[?1049l"
"""The sequence that gives the terminal its normal screen back as the app ends."""


def test_a_crash_exits_non_zero_with_one_line() -> None:
    filled = subprocess.run([sys.executable, "-m", "briefing", "list", "--limit", "1"], env=env(), cwd=ROOT,
                            capture_output=True, timeout=60, check=False)
    assert filled.returncode == 0, filled.stderr
    damage_release_leaves(paths.db_path())
    status, err = run_in_terminal([])
    assert status == 1
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("briefing: the store ") and "briefing check --repair" in lines[0]


QUIT_WHILE_BUSY = textwrap.dedent("""
    import argparse, threading
    from briefing.cli.tui import build_app

    app, store = build_app(argparse.Namespace(config=None))
    never = threading.Event()

    async def user(pilot):
        # A thread worker that will not end by itself, as one analysing a 24 MB release did not
        # for minutes; then the user presses q.
        app.run_worker(never.wait, thread=True, name="busy")
        await pilot.pause()
        await pilot.press("q")

    app.run(headless=True, size=(100, 30), auto_pilot=user)
    store.close()
    print("exited", app.return_code)
""")


def test_quitting_never_waits_for_a_busy_thread_worker() -> None:
    proc = subprocess.run([sys.executable, "-c", QUIT_WHILE_BUSY], env=env(), cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("exited 0")
