"""Several processes on one store: `briefing backup` takes a consistent copy while another process
writes, and the app (one Store, reading and saving marks as the reader does) keeps working while two
`briefing import` processes write the same store: WAL, a busy timeout and one short transaction per
write mean nobody sees "database is locked" and nothing is imported twice."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from safety_helpers import write_corpus

from briefing.model import Mark
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# Writes a release and its mark in one transaction, again and again, until the stop file appears;
# prints the running count so the test knows writing is under way.
WRITER = r"""
import sqlite3, sys, pathlib
db, stop = sys.argv[1], pathlib.Path(sys.argv[2])
conn = sqlite3.connect(db, timeout=30, isolation_level=None)
n = 0
while not stop.exists():
    n += 1
    conn.execute("BEGIN IMMEDIATE")
    rid = conn.execute("INSERT INTO releases (key, title, body, imported_at) VALUES (?, 't', ?, 'now')",
                       (f"writer:{n}", "ข" * 3000)).lastrowid
    conn.execute('INSERT INTO marks (release_id, start, "end", text, label, note, created)'
                 " VALUES (?, 0, 1, 'ข', 'key fact', ?, 'now')", (rid, f"note {n}"))
    conn.execute("COMMIT")
    print(n, flush=True)
"""


def test_backup_is_consistent_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    Store(path).close()
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{path}"\n', encoding="utf-8")
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(stop)], stdout=subprocess.PIPE,
                              text=True)
    try:
        while int(writer.stdout.readline() or 0) < 100:  # type: ignore[union-attr]
            pass
        copies = []
        for number in range(3):
            target = tmp_path / f"copy{number}.db"
            done = subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "backup", "-o",
                                   str(target)], capture_output=True, text=True, timeout=60, env=ENV,
                                  cwd=ROOT, check=False)
            assert done.returncode == 0, done.stderr
            assert done.stdout.strip() == str(target)
            copies.append(target)
        assert writer.poll() is None, "the writer was still writing when the copies were taken"
    finally:
        stop.touch()
        writer.wait(timeout=30)
    counts = []
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        releases = conn.execute("SELECT count(*) FROM releases").fetchone()[0]
        marks = conn.execute("SELECT count(*) FROM marks").fetchone()[0]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",), "one self-contained file"
        conn.close()
        assert releases == marks >= 100, "a copy of one moment: every release with its mark"
        counts.append(releases)
        assert not Path(f"{copy}-wal").exists()
    assert counts == sorted(counts)
    # Without -o the copy goes beside the store, dated; an existing -o file needs --force.
    beside = subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "backup"],
                            capture_output=True, text=True, timeout=60, env=ENV, cwd=ROOT, check=False)
    assert beside.returncode == 0 and Path(beside.stdout.strip()).parent == tmp_path
    assert Path(beside.stdout.strip()).name.startswith("briefing.backup-")
    again = subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "backup", "-o",
                            str(copies[0])], capture_output=True, text=True, timeout=60, env=ENV, cwd=ROOT,
                           check=False)
    assert again.returncode == 2 and "use --force" in again.stderr and again.stderr.count("\n") == 1


def test_app_keeps_reading_and_saving_notes_while_two_imports_write(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{path}"\n', encoding="utf-8")
    first = write_corpus(tmp_path / "a", range(300))
    second = write_corpus(tmp_path / "b", range(200, 500))  # 100 releases in both
    app = Store(path)  # the app's store, open throughout
    importers = [subprocess.Popen([sys.executable, "-m", "briefing", "--config", str(config), "import", str(d)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
                 for d in (first, second)]
    seen: list[int] = []
    saved: dict[int, str] = {}
    errors: list[BaseException] = []

    def reader() -> None:
        """What the app does meanwhile: refresh the list, open a release, mark it read, save a note."""
        try:
            while any(p.poll() is None for p in importers) or len(seen) < 3:
                entries = app.entries(limit=50)
                seen.append(app.count())
                if entries:
                    entry = entries[len(seen) % len(entries)]
                    body = app.release(entry.id).body
                    app.set_read(entry.id)
                    note = f"note {len(seen)}"
                    app.add_mark(Mark(release_id=entry.id, start=0, end=4, text=body[:4], label="key fact",
                                      note=note))
                    saved[entry.id] = saved.get(entry.id, "") + note
                time.sleep(0.005)
        except BaseException as error:  # noqa: BLE001  (reported by the test below)
            errors.append(error)

    thread = threading.Thread(target=reader)
    thread.start()
    outputs = [p.communicate(timeout=120) for p in importers]
    thread.join(timeout=60)
    try:
        assert errors == []
        for process, (out, err) in zip(importers, outputs, strict=True):
            assert process.returncode == 0, err
            assert "locked" not in err and "Traceback" not in err
        new = [int(out.split()[0]) for out, _ in outputs]
        skipped = [int(out.split(", ")[1].split()[0]) for out, _ in outputs]
        assert sum(new) == 500 and sum(skipped) == 100, outputs
        assert seen == sorted(seen) and seen[-1] == 500, "the list only grows, and shows every release"
        assert any(0 < count < 500 for count in seen), "the app read while the imports were writing"
        print(f"app refreshes: {len(seen)}, notes saved: {len(saved)}")
        assert app.count() == 500 and len({e.id for e in app.entries()}) == 500
        for release_id, notes in saved.items():
            assert "".join(m.note for m in app.marks(release_id)) == notes
        assert len(saved) >= 2, "the app saved notes while the imports ran"
    finally:
        app.close()
