"""kill -9 in the middle of work: an import, note saves and an export. After each, the store checks
clean, every note whose save returned is there, the export target is the old file or a complete new
one, and the interrupted import finishes on a second run without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kill_safety_driver import version_text
from safety_helpers import release, write_corpus

from briefing.repair import check_store
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).resolve().parent / "kill_safety_driver.py"
ENV = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{DRIVER.parent}"}

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL


def count(path: Path) -> int:
    conn = sqlite3.connect(path, timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM releases").fetchone()[0])
    except sqlite3.OperationalError:  # the store is not made yet
        return 0
    finally:
        conn.close()


def test_import_killed_midway_resumes_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{path}"\n', encoding="utf-8")
    corpus = write_corpus(tmp_path / "corpus", range(1500))
    command = [sys.executable, "-m", "briefing", "--config", str(config), "import", str(corpus)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                               cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while count(path) < 200 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        assert process.poll() is None, "the import ended before it could be killed"
        kill(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    partial = count(path)
    assert 200 <= partial < 1500
    assert check_store(path).ok
    again = subprocess.run(command, capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    new, skipped = (int(part.split()[0]) for part in again.stdout.split(", ")[:2])
    assert skipped >= partial and new + skipped == 1500
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*), count(DISTINCT source) FROM releases").fetchone() == (1500, 1500)
    conn.close()
    assert check_store(path).ok


def test_notes_saved_before_a_kill_are_all_there(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    with Store(path) as store:
        store.add_release(release(1))
    for _round in range(3):
        process = subprocess.Popen([sys.executable, str(DRIVER), "notes", str(path)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
        saved: dict[int, str] = {}
        try:
            while len(saved) < 150:
                line = process.stdout.readline()  # type: ignore[union-attr]
                assert line, process.stderr.read()  # type: ignore[union-attr]
                _, mark_id, note = line.rstrip("\n").split(" ", 2)
                saved[int(mark_id)] = note
            kill(process)  # somewhere in the next save
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        # Lines printed after the last one read were also saved: read them too.
        for line in process.stdout.read().split("\n")[:-1]:  # type: ignore[union-attr]
            _, mark_id, note = line.split(" ", 2)
            saved[int(mark_id)] = note
        assert check_store(path).ok
        with Store(path) as store:
            stored = {mark.id: mark.note for mark in store.marks(1)}
        for mark_id, note in saved.items():
            # The save under way when the kill came may have committed without being reported.
            newer = f"edited {note.split()[1]}" if note.startswith("note ") else note
            assert stored[mark_id] in (note, newer), "a note whose save returned survives kill -9"


def test_export_target_is_the_old_file_or_a_complete_new_one(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    old = "---\ntitle: old\n---\n\nthe old note\n"
    target.write_text(old, encoding="utf-8")
    complete = {old, version_text(0), version_text(1)}
    for delay in (0.0, 0.15, 0.4):
        process = subprocess.Popen([sys.executable, str(DRIVER), "export", str(target)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
        try:
            process.stdout.readline()  # type: ignore[union-attr]  # one export done: the next is under way
            time.sleep(delay)
            kill(process)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert target.read_text(encoding="utf-8") in complete
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["notes.md"]
