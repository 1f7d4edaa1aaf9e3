"""An upgrade never changes the only copy: a store from an older schema is copied to a dated backup
beside it before it is migrated, the user is told where, and a newer store is refused unmodified."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import old_store

from briefing.errors import BriefingError
from briefing.store import SCHEMA_VERSION, Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_old_schema_is_backed_up_beside_the_store_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    old_store(path, version=1)
    notices: list[str] = []
    with Store(path, notice=notices.append) as store:
        assert store.schema_version() == SCHEMA_VERSION
        backup = store.migration_backup
        assert [m.note for m in store.marks(2)] == ["note 2"]
    assert backup is not None and backup.parent == tmp_path and backup != path
    assert backup.name.startswith("briefing.schema1-") and backup.suffix == ".db"
    assert len(notices) == 1 and str(backup) in notices[0] and "\n" not in notices[0]
    # The backup is the old store as it was: schema 1, no gist_key column, every note.
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(releases)")}
    assert "gist_key" not in columns
    assert conn.execute("SELECT note FROM marks ORDER BY id").fetchall() == [("note 1",), ("note 2",), ("note 3",)]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert not Path(f"{backup}-wal").exists(), "the backup is one self-contained file"
    # Opening the migrated store again makes no second backup.
    again: list[str] = []
    Store(path, notice=again.append).close()
    assert again == [] and sorted(p.name for p in tmp_path.glob("briefing.schema*")) == [backup.name]


def test_cli_says_where_the_backup_is(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_store(path, version=1)
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{path}"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "list", "--json"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    [backup] = tmp_path.glob("old.schema1-*.db")
    assert f"the old one is kept as {backup}" in done.stderr
    assert len(done.stdout.splitlines()) == 3


def test_newer_schema_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    old_store(path, version=SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    with pytest.raises(BriefingError, match="newer briefing"):
        Store(path)
    assert digest(path) == before
    assert list(tmp_path.glob("briefing.schema*")) == []


def test_fresh_store_makes_no_backup(tmp_path: Path) -> None:
    notices: list[str] = []
    with Store(tmp_path / "new.db", notice=notices.append) as store:
        assert store.migration_backup is None
    assert notices == [] and [p.name for p in tmp_path.iterdir() if "schema" in p.name] == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_no_room_for_the_backup_leaves_the_old_store_unmigrated(tmp_path: Path) -> None:
    import resource

    path = tmp_path / "old.db"
    old_store(path, version=1, releases=600)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{path}"\n', encoding="utf-8")
    size = path.stat().st_size
    assert size // 2 > 40_000

    def full_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))  # room for the -shm (32 KiB)

    done = subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "list"],
                          capture_output=True, text=True, timeout=60, check=False, preexec_fn=full_disk)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "before upgrading it (the disk is full); it is unchanged" in done.stderr
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir() if "schema" in p.name or p.name.endswith(".tmp")] == []
