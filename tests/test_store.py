import datetime as dt
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing import paths
from briefing.config import Config
from briefing.errors import BriefingError
from briefing.model import Analysis, Brief, Entity, Mark, Release
from briefing.store import SCHEMA_VERSION, Store


def release(n: int, day: int | None, **kw) -> Release:
    date = dt.date(2025, 1, day) if day else None
    return Release(title=f"หัวข้อ {n}", body=f"เนื้อหา {n}\nย่อหน้าที่สอง", date=date, date_thai=f"วันที่ {day}",
                   category="ด้านสังคม", source=f"https://www.thaigov.go.th/news/contents/details/{n}", **kw)


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "deep" / "briefing.db")
    yield s
    s.close()


def test_creates_file_with_wal_foreign_keys_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "briefing.db"
    store = Store(path)
    assert path.exists()
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"releases", "analyses", "briefs", "marks", "schema_version"} <= tables
    conn.close()
    # Reopening an existing store does not migrate again or lose anything.
    again = Store(path)
    assert again.schema_version() == SCHEMA_VERSION
    again.close()


def test_open_uses_config_path_or_xdg_default(tmp_path: Path) -> None:
    config = Config()
    with Store.open(config) as default:
        assert default.path == paths.db_path()
    config.store.path = str(tmp_path / "mine.db")
    with Store.open(config) as mine:
        assert mine.path == tmp_path / "mine.db"
    assert (tmp_path / "mine.db").exists()


def test_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(BriefingError, match="cannot open the store"):
        Store(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(BriefingError, match="newer briefing"):
        Store(path)


def test_reimport_adds_nothing(store: Store) -> None:
    first = store.add_release(release(1, 5))
    assert isinstance(first, int)
    assert store.add_release(release(1, 5)) is None
    assert store.count() == 1
    got = store.release(first)
    assert got.title == "หัวข้อ 1" and got.date == dt.date(2025, 1, 5) and got.id == first
    assert got.body == "เนื้อหา 1\nย่อหน้าที่สอง" and got.category == "ด้านสังคม"
    assert got.source == "https://www.thaigov.go.th/news/contents/details/1"


def test_release_without_source_is_keyed_by_its_text(store: Store) -> None:
    a = Release(title="x", body="y", file="a.txt")
    assert store.add_release(a) is not None
    assert store.add_release(Release(title="x", body="y", file="a.txt")) is None
    # The same text under another path (in/x.txt, then /abs/in/x.txt) is the same release.
    assert store.add_release(Release(title="x", body="y", file="/abs/a.txt")) is None
    assert store.add_release(Release(title="x", body="y2", file="a.txt")) is not None


def test_missing_release_is_a_briefing_error(store: Store) -> None:
    with pytest.raises(BriefingError, match="no release with id 42"):
        store.release(42)
    with pytest.raises(BriefingError):
        store.set_read(42)


def test_entries_newest_first_and_neighbours(store: Store) -> None:
    ids = {n: store.add_release(release(n, day)) for n, day in [(1, 3), (2, 9), (3, None), (4, 9), (5, 1)]}
    order = [e.id for e in store.entries()]
    # date desc, then id desc; undated releases last
    assert order == [ids[4], ids[2], ids[1], ids[5], ids[3]]
    assert [e.id for e in store.entries(limit=2, offset=1)] == [ids[2], ids[1]]
    for i, rid in enumerate(order):
        assert store.neighbour(rid, 1) == (order[i + 1] if i + 1 < len(order) else None)
        assert store.neighbour(rid, -1) == (order[i - 1] if i > 0 else None)
    assert store.neighbour(order[0], 3) == order[3]
    assert store.neighbour(order[4], -2) == order[2]
    assert store.neighbour(9999, 1) is None


def test_read_starred_and_gist(store: Store) -> None:
    rid = store.add_release(release(1, 2))
    assert rid is not None
    entry = store.entries()[0]
    assert (entry.read, entry.starred, entry.gist, entry.marks) == (False, False, None, 0)
    store.set_read(rid)
    store.set_starred(rid, True)
    store.set_gist(rid, "PM meets investors", "offline:1")
    entry = store.entries()[0]
    assert (entry.read, entry.starred, entry.gist) == (True, True, "PM meets investors")
    store.set_read(rid, False)
    store.set_starred(rid, False)
    assert store.release_flags(rid) == (False, False)


def test_analysis_cache_by_version(store: Store) -> None:
    rid = store.add_release(release(1, 2))
    assert rid is not None
    analysis = Analysis(title="t", body="นายก ประชุม", version="v1", sentences=[(0, 11)],
                        entities=[Entity(type="person", field="body", text="นายก", start=0, end=4, english="PM")])
    assert store.analysis(rid, "v1") is None
    store.save_analysis(rid, analysis)
    got = store.analysis(rid, "v1")
    assert got == analysis
    assert store.analysis(rid, "v2") is None
    analysis.version = "v2"
    store.save_analysis(rid, analysis)
    assert store.analysis(rid, "v2") == analysis
    assert store.analysis(rid, "v1") is None  # old versions are dropped


def test_briefs_are_cached_by_key_and_leave_the_list_gist_alone(store: Store) -> None:
    rid = store.add_release(release(1, 2))
    assert rid is not None
    assert store.brief(rid, "k1") is None
    store.save_brief(rid, "off", Brief(gist="Offline gist", brief="b", backend="offline", note="timeout"))
    assert store.brief(rid, "off") == Brief(gist="Offline gist", brief="b", backend="offline", note="timeout")
    assert store.gist(rid) == ("", "")  # which gist the list shows is the pipeline's rule
    store.set_gist(rid, "A gist", "offline:2")
    assert store.gist(rid) == ("A gist", "offline:2")
    assert store.entries()[0].gist == "A gist"


def test_gists_made_under_another_key_are_stale(store: Store) -> None:
    ids = [store.add_release(release(n, n)) for n in (1, 2, 3, 4)]
    assert store.stale_gists(ids, {"offline:2"}) == ids  # no gists yet
    store.set_gist(ids[0], "old analyzer", "offline:1")
    store.set_gist(ids[1], "current", "offline:2")
    store.set_gist(ids[2], "from the brief", "offline:2")
    store.set_gist(ids[3], "LLM gist", "openai:m:1")
    assert store.stale_gists(ids, {"offline:2"}) == [ids[0], ids[3]]
    assert store.stale_gists(reversed(ids), {"offline:2", "openai:m:1"}) == [ids[0]]
    assert store.stale_gists([9999, ids[0]], {"offline:2"}) == [ids[0]]  # unknown ids are skipped
    assert store.stale_gists(ids, set()) == ids
    assert [e.gist for e in store.entries()][::-1] == ["old analyzer", "current", "from the brief", "LLM gist"]


def test_gists_saved_before_gist_keys_existed_are_stale(tmp_path: Path) -> None:
    from briefing.store import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (1)")
    conn.execute("INSERT INTO releases (key, title, body, imported_at, gist) VALUES ('k', 't', 'b', 'now', 'Old gist')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 2
        [entry] = store.entries()
        assert entry.gist == "Old gist"  # kept on screen until remade
        assert store.stale_gists([entry.id], {"offline:2"}) == [entry.id]
        store.set_gist(entry.id, "New gist", "offline:2")
        assert store.stale_gists([entry.id], {"offline:2"}) == []


def test_marks_lifecycle(store: Store) -> None:
    rid = store.add_release(release(1, 2))
    other = store.add_release(release(2, 1))
    assert rid is not None and other is not None
    late = store.add_mark(Mark(release_id=rid, start=10, end=20, text="ย่อหน้าที่สอง", label="quote"))
    early = store.add_mark(Mark(release_id=rid, start=0, end=9, text="เนื้อหา 1", label="key fact", note="n"))
    assert late.id is not None and early.id is not None and late.id != early.id
    assert dt.datetime.fromisoformat(late.created).tzinfo is not None
    assert [m.id for m in store.marks(rid)] == [early.id, late.id]  # body order, not creation order
    assert store.entries()[0].marks == 2
    early.note = "follow the money"
    early.label = "follow up"
    store.update_mark(early)
    assert store.marks(rid)[0].note == "follow the money"
    assert store.marks(rid)[0].label == "follow up"
    deleted = store.delete_mark(late.id)
    assert deleted == late
    assert [m.id for m in store.marks(rid)] == [early.id]
    restored = store.restore_mark(deleted)
    assert restored == late
    assert [m.id for m in store.marks(rid)] == [early.id, late.id]
    with pytest.raises(BriefingError):
        store.delete_mark(9999)
    assert store.marked_release_ids() == [rid]
    store.add_mark(Mark(release_id=other, start=0, end=1, text="x", label="quote"))
    assert store.marked_release_ids() == [rid, other]
    assert store.marked_release_ids(since=dt.date(2025, 1, 2)) == [rid]


def test_mark_on_missing_release_is_refused(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.add_mark(Mark(release_id=777, start=0, end=1, text="x", label="quote"))
    rid = store.add_release(release(1, 2))
    assert store.marks(777) == [] and rid is not None


def test_writes_survive_a_killed_process(tmp_path: Path) -> None:
    """A mark saved by a process killed right after is in the store when it is opened again."""
    path = tmp_path / "k.db"
    code = (
        "import os, signal, sys\n"
        "from briefing.store import Store\n"
        "from briefing.model import Release, Mark\n"
        f"s = Store(__import__('pathlib').Path({str(path)!r}))\n"
        "rid = s.add_release(Release(title='t', body='body', source='u'))\n"
        "s.add_mark(Mark(release_id=rid, start=0, end=4, text='body', label='quote', note='saved'))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, timeout=60)
    assert proc.returncode == -9
    with Store(path) as store:
        assert store.count() == 1
        rid = store.entries()[0].id
        assert [m.note for m in store.marks(rid)] == ["saved"]


def test_threads_share_a_store(store: Store) -> None:
    errors: list[BaseException] = []

    def work(base: int) -> None:
        try:
            for n in range(base, base + 25):
                rid = store.add_release(release(n, 1 + n % 28))
                assert rid is not None
                store.set_read(rid)
                store.entries(limit=5)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i * 100,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count() == 100
    assert all(e.read for e in store.entries())


def test_two_connections_see_each_others_writes(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with Store(path) as one, Store(path) as two:
        rid = one.add_release(release(1, 2))
        assert rid is not None
        assert two.count() == 1
        two.set_starred(rid, True)
        assert one.entries()[0].starred
