"""Schema 7: an index on the entity index's names, so the filter prompt's first completion of a kind
does not sort the whole index (3-10 s on the 63,000-release archive, now under a second)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from safety_helpers import old_store

from briefing.search import EntityNames
from briefing.store import SCHEMA_VERSION, Store

NAMES_QUERY = ("SELECT english, thai, count(*) AS n FROM release_entities WHERE type = ?"
               " GROUP BY english, thai ORDER BY n DESC")


def test_schema_6_store_upgrades_in_place_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    old_store(path, version=6)
    conn = sqlite3.connect(path, isolation_level=None)
    rows = [(n, "place", f"key{n % 2}", ["Phuket Province", "Phang Nga Province"][n % 2],
             ["จังหวัดภูเก็ต", "จังหวัดพังงา"][n % 2], "[]", 1) for n in (1, 2, 3)]
    conn.executemany("INSERT INTO release_entities VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO analyses VALUES (1, '273', '{}')")
    conn.close()
    notices: list[str] = []
    progress: list[tuple[object, ...]] = []
    with Store(path, notice=notices.append, progress=lambda *told: progress.append(told)) as store:
        assert SCHEMA_VERSION == 7 and store.schema_version() == 7
        assert [m.note for r in (1, 2, 3) for m in store.marks(r)] == ["note 1", "note 2", "note 3"]
        assert sorted(tuple(r) for r in store.query("SELECT * FROM release_entities")) == sorted(rows)
        assert store.query("SELECT count(*) FROM analyses")[0][0] == 1
        assert store.query("SELECT count(*) FROM releases")[0][0] == 3
        plan = " ".join(str(tuple(r)) for r in store.query("EXPLAIN QUERY PLAN " + NAMES_QUERY, ("place",)))
        assert "COVERING INDEX release_entities_names" in plan and "GROUP BY" not in plan, plan
        assert EntityNames(store).first("place", "phu") == "Phuket Province"
        backup = store.migration_backup
    assert backup is not None and len(notices) == 1 and str(backup) in notices[0]
    # the copy aside told how far it was, in pages, ending at all of them
    copying = [told for told in progress if "copying" in str(told[0])]
    assert copying and copying[-1][1] == copying[-1][2] > 0
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version FROM schema_version").fetchone() == (6,)
    assert old.execute("SELECT count(*) FROM release_entities").fetchone() == (3,)
    old.close()


def test_a_new_store_has_the_names_index(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        indexes = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "release_entities_names" in indexes


def test_the_top_entities_forms_are_read_in_one_scan_not_through_the_names_index(tmp_path: Path) -> None:
    """With the names index and no statistics SQLite read an entity's forms through it: every row of the
    kind for each of the entities screen's 200 entities (minutes on the archive; it showed no list). The
    forms of all the listed entities are now read by one scan of the index's table."""
    from briefing.search import TOP_ENTITY_FORMS_SQL, top_entities

    with Store(tmp_path / "new.db") as store:
        sql = TOP_ENTITY_FORMS_SQL.format(kinds="?", name="")
        plan = " ".join(str(tuple(r)) for r in store.query("EXPLAIN QUERY PLAN " + sql, ("person", "person", 300)))
        assert "release_entities_names" not in plan, plan
        assert top_entities(store) == []


def test_the_upgrade_tells_it_is_checking_the_copy_after_copying_it(tmp_path: Path) -> None:
    """On the archive "copying the store aside before upgrading it to schema 7 100%" stayed on the screen
    for seconds while the copy's integrity check ran, as if stuck. The check now says it is running."""
    path = tmp_path / "briefing.db"
    old_store(path, version=6)
    progress: list[tuple[object, ...]] = []
    with Store(path, notice=lambda _: None, progress=lambda *told: progress.append(told)):
        pass
    steps = [str(told[0]).split(" ")[0] for told in progress]
    assert "checking" in steps, progress
    last_copy = max(n for n, step in enumerate(steps) if step == "copying")
    assert steps.index("checking") > last_copy, steps  # after the copy said how far it was
