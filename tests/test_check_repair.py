"""`briefing check [--repair]`, and `export --all` from a store whose pages are corrupted: the checks
find the damage, repair recovers every readable row into a new store and keeps the damaged file, and
no note that SQLite can still read is lost."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from safety_helpers import corrupt_release_pages, filled_store, old_store

from briefing import store as store_module
from briefing.errors import BriefingError
from briefing.model import Analysis, Brief
from briefing.repair import check_store, repair_store
from briefing.store import SCHEMA_VERSION, Store, StoreDamagedError

ROOT = Path(__file__).resolve().parent.parent


def briefing(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=env, check=False)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "briefing.db"}"\n\n[export]\ndir = "{tmp_path / "out"}"\n',
                    encoding="utf-8")
    return path


def test_check_counts_a_sound_store_and_repair_drops_only_caches(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "briefing.db"
    notes = filled_store(path, releases=5)
    with Store(path) as store:
        store.save_analysis(1, Analysis(title="t", body="b", version="v"))
        store.save_brief(1, "key", Brief(gist="A gist", brief="A brief", backend="offline"))
    done = briefing("check", config=config)
    assert done.returncode == 0, done.stderr
    assert "releases: 5  analyses: 1  briefs: 1  marks: 5  notes: 5" in done.stdout
    assert "integrity: ok" in done.stdout

    calls: list[int] = []

    def rebuild_search(conn: sqlite3.Connection) -> None:
        calls.append(conn.execute("SELECT count(*) FROM releases").fetchone()[0])

    store_module.REBUILD_HOOKS.append(rebuild_search)
    try:
        report = repair_store(path)
    finally:
        store_module.REBUILD_HOOKS.remove(rebuild_search)
    assert calls == [5], "the search index's hook ran once, inside the repair, with the releases there"
    assert "rebuild search" in report.rebuilt
    assert report.damaged_copy is None and report.after is not None and report.after.ok
    assert report.after.counts == {"releases": 5, "analyses": 0, "briefs": 0, "marks": 5, "notes": 5}
    with Store(path) as store:
        assert store.entries()[0].gist is None, "the list's gist is remade like the brief it came from"
        assert {rid: [m.note for m in store.marks(rid)] for rid in notes} == {rid: [n] for rid, n in notes.items()}
    assert [p.name for p in tmp_path.glob("briefing.damaged*")] == []


def test_corrupted_pages_are_found_reported_and_recovered_keeping_the_damaged_file(
        tmp_path: Path, config: Path) -> None:
    path = tmp_path / "briefing.db"
    notes = filled_store(path, releases=200)
    corrupt_release_pages(path, count=3)
    damaged_bytes = hashlib.sha256(path.read_bytes()).hexdigest()

    # The app and the CLI say the store is damaged and where to go, in one line, exit 2.
    listed = briefing("list", config=config)
    assert listed.returncode == 2 and "Traceback" not in listed.stderr
    assert listed.stderr.count("\n") == 1 and "briefing check --repair" in listed.stderr
    with Store(path) as store, pytest.raises(StoreDamagedError, match="check --repair"):
        store.entries()

    checked = briefing("check", config=config)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "problem:" in checked.stdout and "briefing check --repair" in checked.stdout

    repaired = briefing("check", "--repair", config=config)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "integrity: ok" in repaired.stdout
    [kept] = tmp_path.glob("briefing.damaged-*.db")
    assert f"the damaged file is kept as {kept}" in repaired.stdout
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged_bytes, "the damaged file is untouched"

    with Store(path) as store:
        entries = store.entries()
        saved = {rid: [m.note for m in store.marks(rid)] for rid in notes}
        lost = [e.id for e in entries if store.release(e.id).title.startswith(f"Release {e.id}: lost")]
    assert saved == {rid: [note] for rid, note in notes.items()}, "every note survives"
    assert len(entries) == 200 and 1 <= len(lost) <= 12, "only the releases on the 3 corrupted pages are lost"
    assert check_store(path).ok
    again = briefing("check", config=config)
    assert again.returncode == 0 and "marks: 200  notes: 200" in again.stdout


def test_row_by_row_recovery_without_the_sqlite3_tool(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    notes = filled_store(path, releases=120)
    corrupt_release_pages(path, count=2)
    app = Store(path)  # the app still open on the damaged store: repair waits for it to close
    try:
        with pytest.raises(BriefingError, match="open in another briefing"):
            repair_store(path, use_cli=False)
    finally:
        app.close()
    assert list(tmp_path.glob("briefing.damaged*")) == []
    report = repair_store(path, use_cli=False)
    assert report.method == "row by row" and report.damaged_copy is not None
    assert report.recovered["marks"] == 120 and 110 <= report.recovered["releases"] < 120
    assert report.after is not None and report.after.ok
    with Store(path) as store:
        assert sum(len(store.marks(rid)) for rid in notes) == 120


def test_export_all_writes_every_note_from_a_damaged_store(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "briefing.db"
    notes = filled_store(path, releases=40, body_size=1500)
    corrupt_release_pages(path, count=2)
    out = tmp_path / "all.md"
    done = briefing("export", "--all", "-o", str(out), config=config)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "could not be read from the store" in done.stderr
    text = out.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == "Briefing notes"
    assert all(note in text for note in notes.values()), "every note is in the export"


def test_check_without_a_store_is_a_one_line_error(tmp_path: Path, config: Path) -> None:
    done = briefing("check", config=config)
    assert done.returncode == 2 and done.stderr.startswith("briefing: no store at") and done.stderr.count("\n") == 1
    assert not (tmp_path / "briefing.db").exists(), "check creates nothing"
    with pytest.raises(BriefingError, match="no store at"):
        check_store(tmp_path / "missing.db")


def test_repair_of_an_old_schema_store_keeps_its_notes_and_a_newer_one_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    old_store(path, version=1, releases=3)
    report = repair_store(path)
    assert report.after is not None and report.after.ok and report.after.counts["notes"] == 3
    newer = tmp_path / "newer.db"
    old_store(newer, version=SCHEMA_VERSION, releases=2)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(BriefingError, match="newer briefing"):
        repair_store(newer)
    assert check_store(newer).schema == SCHEMA_VERSION + 1


def test_a_search_index_is_rebuilt_by_its_hook_not_copied(tmp_path: Path) -> None:
    """The contract issue 8's full-text index relies on: derived virtual tables are never copied out of a
    damaged store; the hook registered in REBUILD_HOOKS remakes them from the recovered releases."""
    path = tmp_path / "briefing.db"
    filled_store(path, releases=120)

    def rebuild_search(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(title, body)")
        conn.execute("DELETE FROM search")
        conn.execute("INSERT INTO search (rowid, title, body) SELECT id, title, body FROM releases")

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rebuild_search(conn)
        conn.execute("INSERT INTO search (rowid, title, body) VALUES (999999, 'stale', 'stale')")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no FTS5")
    finally:
        conn.close()
    corrupt_release_pages(path, count=2)
    store_module.REBUILD_HOOKS.append(rebuild_search)
    try:
        report = repair_store(path, use_cli=False)
    finally:
        store_module.REBUILD_HOOKS.remove(rebuild_search)
    assert report.damaged_copy is not None and report.after is not None and report.after.ok
    conn = sqlite3.connect(path)
    indexed = {row[0] for row in conn.execute("SELECT rowid FROM search")}
    releases = {row[0] for row in conn.execute("SELECT id FROM releases")}
    assert indexed == releases and 999999 not in indexed
    conn.close()


def test_rows_from_two_recovery_sources_are_kept_once(tmp_path: Path) -> None:
    """Recovery reads the damaged file row by row and then adds what `sqlite3 .recover` found (which
    keeps row ids): a row both found is kept once, a row only one found is kept."""
    from briefing.repair import _salvage_into

    first, second, new = tmp_path / "first.db", tmp_path / "second.db", tmp_path / "new.db"
    filled_store(first, releases=10)
    filled_store(second, releases=15)
    conn = sqlite3.connect(second)
    conn.execute("DELETE FROM marks WHERE id <= 3")
    conn.execute("DELETE FROM releases WHERE id <= 3")
    conn.commit()
    conn.close()
    Store(new).close()
    counts = []
    for source_path in (first, second):
        source = sqlite3.connect(source_path)
        salvaged = _salvage_into(source, new)
        counts.append({table: salvaged[table] for table in ("releases", "marks")})
        source.close()
    assert counts == [{"releases": 10, "marks": 10}, {"releases": 5, "marks": 5}]
    with Store(new) as store:
        assert store.count() == 15
        assert sorted(m.note for rid in range(1, 16) for m in store.marks(rid)) == sorted(
            f"note {n}: สำคัญ" for n in range(1, 16))


def test_repair_requeues_the_search_index_so_search_finds_every_release_again(tmp_path: Path) -> None:
    """The full-text index is derived data: a repair empties it and queues every release again, and
    the next update brings every release back into search."""
    from briefing.search import View, search, update_index

    path = tmp_path / "briefing.db"
    filled_store(path, releases=6)
    with Store(path) as store:
        update_index(store, processes=1)
        before = search(store, View(query=store.release(1).title.split()[0]), limit=50).total
        assert before >= 1
    report = repair_store(path)
    assert "requeue search index" in report.rebuilt
    with Store(path) as store:
        assert store.search_pending_count() == 6
        update_index(store, processes=1)
        assert search(store, View(query=store.release(1).title.split()[0]), limit=50).total == before
