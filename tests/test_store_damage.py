"""A damaged or truncated store is found on open and reported in one line (issue 15).

The damage is real: data pages of the releases table overwritten on disk, the header left intact,
as a failing disk or an interrupted copy leaves them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import damage_release_leaves

from briefing import paths
from briefing.errors import BriefingError
from briefing.library import import_paths
from briefing.model import Release
from briefing.store import Store, StoreDamagedError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefing" / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60, check=False)


def damage(path: Path) -> None:
    """Overwrite the leaf pages of the releases table; the header and the schema stay intact."""
    assert damage_release_leaves(path) >= 2


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_store() -> Path:
    listed = briefing("list", "--limit", "1")  # a store filled with the seeds, as on first launch
    assert listed.returncode == 0, listed.stderr
    damage(paths.db_path())
    return paths.db_path()


def test_list_on_damaged_pages_is_one_line_pointing_to_repair(damaged_store: Path) -> None:
    for args in (["list"], ["list", "--json"], ["export", "--release", "1", "-o", "-"]):
        proc = briefing(*args)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1
        assert "is damaged" in proc.stderr and "briefing check --repair" in proc.stderr


def test_import_writes_nothing_into_a_damaged_store(damaged_store: Path, tmp_path: Path) -> None:
    before = digest(damaged_store)
    fresh = tmp_path / "new.txt"
    fresh.write_text(SEED.read_text(encoding="utf-8").replace("92542", "99999"), encoding="utf-8")
    proc = briefing("import", str(fresh))
    assert proc.returncode == 2, proc.stdout
    assert "is damaged" in proc.stderr and "briefing check --repair" in proc.stderr
    assert "Traceback" not in proc.stderr and "new" not in proc.stdout
    assert digest(damaged_store) == before
    wal = damaged_store.with_name(damaged_store.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # The same refusal from the core, for every caller (the app's import too).
    with Store(damaged_store) as store, pytest.raises(StoreDamagedError):
        import_paths(store, [fresh])


def test_a_zero_byte_store_is_not_silently_taken_for_a_new_one() -> None:
    store = paths.db_path()
    store.parent.mkdir(parents=True)
    store.write_bytes(b"")  # what a truncating crash or a failed copy leaves of a library
    proc = briefing("list", "--json")
    assert proc.returncode == 0, proc.stderr
    [notice] = proc.stderr.splitlines()
    assert "was an empty file (0 bytes)" in notice and "restore a backup" in notice
    assert proc.stdout  # a new library, with the seeds, as on a first launch
    again = briefing("list", "--json")
    assert again.returncode == 0 and again.stderr == ""  # told once, not on every run
    notices: list[str] = []
    store.write_bytes(b"")
    with Store(store, notice=notices.append) as opened:
        assert opened.emptied and notices == [opened.emptied]
    with Store(store, notice=notices.append) as opened:
        assert opened.emptied is None and len(notices) == 1


def test_a_lock_held_by_another_process_is_a_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    store = Store(path)
    release_id = store.add_release(Release(title="t", body="b", source="https://x/1"))
    assert release_id is not None
    store.set_busy_timeout(0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing, for longer than we wait
    try:
        assert store.count() == 1  # reads do not wait in WAL mode
        with pytest.raises(BriefingError, match="is busy"):
            store.set_read(release_id)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.set_read(release_id)  # the lock is gone: the same write goes through
    assert store.release_flags(release_id) == (True, False)
    store.close()
