"""Shared by the data-safety tests: stores built the way older versions of briefing left them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from briefing.model import Mark, Release
from briefing.store import MIGRATIONS, Store


def release(n: int, body: str | None = None) -> Release:
    return Release(title=f"หัวข้อ {n}", body=body or f"เนื้อหาที่ {n} ของข่าว\nย่อหน้าที่สอง {n}",
                   date=dt.date(2025, 1, 1 + n % 28), category="ด้านสังคม",
                   source=f"https://www.thaigov.go.th/news/contents/details/{n}")


def old_store(path: Path, version: int = 1, releases: int = 3) -> None:
    """A store at schema `version` as that briefing made it, with releases and one noted mark each."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
    for migration in MIGRATIONS[:version]:
        conn.executescript(migration)
    for n in range(1, releases + 1):
        r = release(n)
        conn.execute("INSERT INTO releases (id, key, source, title, body, date, imported_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00+00:00')",
                     (n, r.key, r.source, r.title, r.body, r.date.isoformat()))
        conn.execute('INSERT INTO marks (release_id, start, "end", text, label, note, created)'
                     " VALUES (?, 0, 5, ?, 'key fact', ?, '2025-01-01T00:00:00+00:00')",
                     (n, r.body[:5], f"note {n}"))
    conn.close()


def filled_store(path: Path, releases: int = 200, body_size: int = 600, note_size: int = 0) -> dict[int, str]:
    """A current store with `releases` releases (bodies of about `body_size` characters, so they span
    many pages) and a noted mark on every one; returns release id -> note."""
    notes = {}
    with Store(path) as store:
        for n in range(1, releases + 1):
            body = (f"ข่าวที่ {n} " * (body_size // 10 + 1))[:body_size]
            release_id = store.add_release(release(n, body))
            assert release_id is not None
            notes[release_id] = f"note {n}: สำคัญ" + " ข้อสังเกต" * (note_size // 10)
            store.add_mark(Mark(release_id=release_id, start=0, end=5, text=body[:5], label="key fact",
                                note=notes[release_id]))
    return notes


def checkpoint(path: Path) -> None:
    """Move everything from the write-ahead log into the main file, so corrupting it corrupts the data."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def corrupt_release_pages(path: Path, count: int = 3) -> list[int]:
    """Overwrite `count` pages holding release bodies (and no note) with garbage; returns their numbers.

    Found by their bytes, not by SQLite's dbstat table, which not every build has.
    """
    checkpoint(path)
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big") or 65536
    body_marker = "ข่าวที่ ".encode()
    pages = [n for n in range(2, len(data) // size)
             if body_marker in data[n * size:(n + 1) * size] and b"note " not in data[n * size:(n + 1) * size]]
    chosen = pages[len(pages) // 3:len(pages) // 3 + count]
    assert len(chosen) == count, "the store is too small to corrupt"
    for n in chosen:
        data[n * size:(n + 1) * size] = b"\x5a" * size
    path.write_bytes(bytes(data))
    return [n + 1 for n in chosen]


def damage_release_leaves(path: Path) -> int:
    """Overwrite every leaf page of the releases table (found through SQLite's dbstat table), keeping the
    header and the schema intact: what a bad disk does. Skips the test on a build without dbstat;
    returns how many pages were damaged."""
    import pytest

    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            pages = [row[0] for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'releases' AND pagetype = 'leaf'")]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find the data pages")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size)
            handle.write(b"\x5a" * size)
    return len(pages)


def corpus_text(n: int) -> str:
    """A release file in the thaigov corpus format (see briefing/sources/corpus.py)."""
    return (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบฉบับที่ {n}\n\n\nวันพุธที่ {1 + n % 28} มีนาคม 2566\nพิมพ์\n"
            f"ข่าวทดสอบฉบับที่ {n}\nวันนี้ นายกรัฐมนตรีประชุมคณะรัฐมนตรีครั้งที่ {n} ที่ทำเนียบรัฐบาล\n"
            f"ที่ประชุมอนุมัติงบประมาณ {n} ล้านบาท\n"
            f"ที่มา : https://www.thaigov.go.th/news/contents/details/{100000 + n}\n")


def write_corpus(directory: Path, numbers: range) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (directory / f"ด้านสังคม_{n}.txt").write_text(corpus_text(n), encoding="utf-8")
    return directory
