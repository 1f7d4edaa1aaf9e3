"""The SQLite store: releases, cached analyses and briefs, and the user's marks and notes.

One file in the data directory (WAL, foreign keys on). Every write commits at once so a killed process
loses nothing it had saved; releases are keyed by source URL so importing the same files twice adds
nothing. One connection shared across threads behind a lock: Textual thread workers and the UI thread
both call in, and SQLite serialises writes anyway.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from briefing.errors import BriefingError
from briefing.model import Analysis, Brief, ListEntry, Mark, Release

if TYPE_CHECKING:
    from briefing.config import Config

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        source TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        date_thai TEXT,
        category TEXT,
        file TEXT,
        imported_at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        gist TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX releases_order ON releases(date DESC, id DESC);
    CREATE TABLE analyses (
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (release_id, version)
    );
    CREATE TABLE briefs (
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        cache_key TEXT NOT NULL,
        gist TEXT NOT NULL,
        brief TEXT NOT NULL,
        backend TEXT NOT NULL,
        note TEXT,
        created TEXT NOT NULL,
        PRIMARY KEY (release_id, cache_key)
    );
    CREATE TABLE marks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    );
    CREATE INDEX marks_release ON marks(release_id, start);
    """,
    # The summary cache key that made the list's gist: a gist made under another key (an older
    # analyzer or offline brief) is stale and remade. '' (gists saved before this) counts as stale.
    """
    ALTER TABLE releases ADD COLUMN gist_key TEXT NOT NULL DEFAULT ''
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_RELEASE_COLUMNS = "id, key, source, title, body, date, date_thai, category, file"
_MARK_COLUMNS = 'id, release_id, start, "end", text, label, note, created'


class StoreError(BriefingError):
    """The store failed under us: damaged pages, a lock held too long, a full or read-only disk.

    One line for the user; `damaged` says whether `briefing check --repair` is the way out, `busy`
    whether trying again later is.
    """

    def __init__(self, message: str, damaged: bool = False, busy: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged
        self.busy = busy


_DAMAGED = ("malformed", "not a database", "disk image", "corrupt")
_BUSY = ("locked", "busy")


def store_error(path: Path, error: sqlite3.Error, opening: bool = False) -> StoreError:
    """The one-line StoreError for an SQLite failure on the store at `path`."""
    detail = str(error) or type(error).__name__
    if any(word in detail for word in _DAMAGED):
        what = f"cannot open the store {path}: it is damaged" if opening else f"the store {path} is damaged"
        return StoreError(f"{what} ({detail}); run `briefing check --repair`", damaged=True)
    if any(word in detail for word in _BUSY):
        return StoreError(f"the store {path} is busy: another briefing is writing to it; try again",
                          busy=True)
    return StoreError(f"cannot use the store {path}: {detail}")


def _translated(error: sqlite3.Error) -> bool:
    """Failures of the file or the lock, as opposed to our own bugs (bad SQL, a broken constraint)."""
    return type(error) in (sqlite3.DatabaseError, sqlite3.OperationalError)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _mark(row: sqlite3.Row) -> Mark:
    return Mark(release_id=row["release_id"], start=row["start"], end=row["end"], text=row["text"],
                label=row["label"], note=row["note"], id=row["id"], created=row["created"])


class Store:
    """The user's library on disk; every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._refuse_truncated()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None,
                                         check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise BriefingError(f"cannot open the store {self.path}: {error}") from None
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except BriefingError:
            self._conn.close()
            raise
        except sqlite3.DatabaseError as error:
            self._conn.close()
            if _translated(error):
                raise store_error(self.path, error, opening=True) from None
            raise BriefingError(f"cannot open the store {self.path}: {error}") from None

    def _refuse_truncated(self) -> None:
        """A store file of zero bytes is a library that was lost (truncated, or a copy that failed),
        not a new one: seeding it would hide the loss. (SQLite makes a new file zero bytes only until
        its first write, and then its write-ahead log holds the data, so that case is let through.)"""
        try:
            if self.path.stat().st_size > 0:
                return
        except OSError:
            return  # no file yet: a new store
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return
        raise StoreError(f"the store {self.path} is empty (0 bytes): it was truncated or its copy failed;"
                         " restore it from a backup, or delete it to start a new library", damaged=True)

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another process's lock before a StoreError(busy). The CLI keeps
        the 10 s of `open`; the app waits briefly, so a held lock never freezes the screen."""
        with self._lock:
            self._conn.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")

    def quick_check(self) -> None:
        """Raise StoreError when SQLite finds damaged pages (PRAGMA quick_check: about 0.2 s for a
        550 MB store). Run before writing many rows, so an import never piles data into a damaged file."""
        rows = self._query("PRAGMA quick_check(1)")
        problem = str(rows[0][0]) if rows else "no answer"
        if problem != "ok":
            raise StoreError(f"the store {self.path} is damaged ({' '.join(problem.split())[:120]});"
                             " run `briefing check --repair`", damaged=True)

    @classmethod
    def open(cls, config: Config) -> Store:
        """The store the config names, or briefing.db in the data directory."""
        from briefing import paths

        path = Path(config.store.path).expanduser() if config.store.path else paths.db_path()
        return cls(path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT under the lock; ROLLBACK on any error.

        A damaged page, a lock held past the timeout or a full disk comes out as a one-line StoreError.
        """
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.Error as error:
                if not _translated(error):
                    raise
                raise store_error(self.path, error) from None

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                if not _translated(error):
                    raise
                raise store_error(self.path, error) from None

    def _migrate(self) -> None:
        with self._transaction() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            if version > SCHEMA_VERSION:
                raise BriefingError(f"the store {self.path} was made by a newer briefing "
                                    f"(schema {version}); upgrade briefing")
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))

    def schema_version(self) -> int:
        return int(self._query("SELECT version FROM schema_version")[0][0])

    # Releases

    def add_release(self, release: Release) -> int | None:
        """Store a release in its own transaction; None when one with the same key is already there."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO releases (key, source, title, body, date, date_thai, category, file, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
                (release.key, release.source, release.title, release.body,
                 release.date.isoformat() if release.date else "", release.date_thai,
                 release.category, release.file, _now()),
            )
            if cursor.rowcount == 0:
                return None
            return cursor.lastrowid

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM releases")[0][0])

    def entries(self, limit: int | None = None, offset: int = 0) -> list[ListEntry]:
        """List rows, newest first, without the bodies."""
        rows = self._query(
            "SELECT r.id, r.title, r.date, r.category, r.gist, r.read, r.starred,"
            " (SELECT count(*) FROM marks m WHERE m.release_id = r.id) AS marks"
            " FROM releases r ORDER BY r.date DESC, r.id DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [ListEntry(id=row["id"], title=row["title"], date=_date(row["date"]), category=row["category"],
                          gist=row["gist"] or None, read=bool(row["read"]), starred=bool(row["starred"]),
                          marks=row["marks"]) for row in rows]

    def release(self, release_id: int) -> Release:
        rows = self._query(f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id = ?", (release_id,))
        if not rows:
            raise BriefingError(f"no release with id {release_id} in the store (see `briefing list`)")
        row = rows[0]
        return Release(title=row["title"], body=row["body"], date=_date(row["date"]), date_thai=row["date_thai"],
                       category=row["category"], source=row["source"], file=row["file"], id=row["id"])

    def release_flags(self, release_id: int) -> tuple[bool, bool]:
        """(read, starred) of one release."""
        rows = self._query("SELECT read, starred FROM releases WHERE id = ?", (release_id,))
        if not rows:
            raise BriefingError(f"no release with id {release_id} in the store (see `briefing list`)")
        return bool(rows[0]["read"]), bool(rows[0]["starred"])

    def neighbour(self, release_id: int, step: int) -> int | None:
        """The release `step` rows away in list order (+1 is the next, older one); None past either end."""
        if step == 0:
            return release_id
        rows = self._query("SELECT date FROM releases WHERE id = ?", (release_id,))
        if not rows:
            return None
        date = rows[0]["date"]
        if step > 0:
            sql = ("SELECT id FROM releases WHERE (date, id) < (?, ?)"
                   " ORDER BY date DESC, id DESC LIMIT 1 OFFSET ?")
        else:
            sql = ("SELECT id FROM releases WHERE (date, id) > (?, ?)"
                   " ORDER BY date ASC, id ASC LIMIT 1 OFFSET ?")
        found = self._query(sql, (date, release_id, abs(step) - 1))
        return int(found[0]["id"]) if found else None

    def _update_release(self, sql: str, params: tuple[Any, ...]) -> None:
        with self._transaction() as conn:
            if conn.execute(sql, params).rowcount == 0:
                raise BriefingError(f"no release with id {params[-1]} in the store")

    def set_read(self, release_id: int, read: bool = True) -> None:
        self._update_release("UPDATE releases SET read = ? WHERE id = ?", (int(read), release_id))

    def set_starred(self, release_id: int, starred: bool) -> None:
        self._update_release("UPDATE releases SET starred = ? WHERE id = ?", (int(starred), release_id))

    def gist(self, release_id: int) -> tuple[str, str]:
        """The list's gist of a release and the summary cache key that made it ('' when none)."""
        rows = self._query("SELECT gist, gist_key FROM releases WHERE id = ?", (release_id,))
        return (rows[0]["gist"], rows[0]["gist_key"]) if rows else ("", "")

    def set_gist(self, release_id: int, gist: str, key: str) -> None:
        """Save the list's gist with the summary cache key that made it (see `stale_gists`)."""
        self._update_release("UPDATE releases SET gist = ?, gist_key = ? WHERE id = ?", (gist, key, release_id))

    def stale_gists(self, release_ids: Iterable[int], keys: Collection[str]) -> list[int]:
        """Of `release_ids` (in their order), those with no gist or one made under none of `keys`.

        Gists are made once and shown on every launch, so without this a new analyzer or offline
        brief version would never reach the list.
        """
        ids = list(release_ids)
        current: dict[int, bool] = {}
        for start in range(0, len(ids), 500):  # SQLite's limit on parameters
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._query(f"SELECT id, gist, gist_key FROM releases WHERE id IN ({marks})", tuple(chunk)):
                current[row["id"]] = bool(row["gist"]) and row["gist_key"] in keys
        return [release_id for release_id in ids if release_id in current and not current[release_id]]

    # Cached analyses and briefs

    def analysis(self, release_id: int, version: str) -> Analysis | None:
        """The cached analysis made by analyzer `version`, or None (then analyze and save)."""
        rows = self._query("SELECT json FROM analyses WHERE release_id = ? AND version = ?",
                           (release_id, version))
        return Analysis.from_json(json.loads(rows[0]["json"])) if rows else None

    def save_analysis(self, release_id: int, analysis: Analysis) -> None:
        """Cache an analysis, dropping ones from other analyzer versions (they are never read again)."""
        data = json.dumps(analysis.to_json(), ensure_ascii=False)
        with self._transaction() as conn:
            conn.execute("DELETE FROM analyses WHERE release_id = ? AND version != ?",
                         (release_id, analysis.version))
            conn.execute("INSERT OR REPLACE INTO analyses (release_id, version, json) VALUES (?, ?, ?)",
                         (release_id, analysis.version, data))

    def brief(self, release_id: int, cache_key: str) -> Brief | None:
        rows = self._query("SELECT gist, brief, backend, note FROM briefs WHERE release_id = ? AND cache_key = ?",
                           (release_id, cache_key))
        if not rows:
            return None
        row = rows[0]
        return Brief(gist=row["gist"], brief=row["brief"], backend=row["backend"], note=row["note"])

    def save_brief(self, release_id: int, cache_key: str, brief: Brief) -> None:
        """Cache a brief (which gist the list shows is the pipeline's rule: briefing.pipeline)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefs (release_id, cache_key, gist, brief, backend, note, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (release_id, cache_key, brief.gist, brief.brief, brief.backend, brief.note, _now()),
            )

    # Marks

    def add_mark(self, mark: Mark) -> Mark:
        """Save a new mark; returns a copy with its id and creation time."""
        created = mark.created or _now()
        with self._transaction() as conn:
            cursor = conn.execute(
                'INSERT INTO marks (release_id, start, "end", text, label, note, created)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (mark.release_id, mark.start, mark.end, mark.text, mark.label, mark.note, created),
            )
            mark_id = cursor.lastrowid
        return Mark(release_id=mark.release_id, start=mark.start, end=mark.end, text=mark.text,
                    label=mark.label, note=mark.note, id=mark_id, created=created)

    def update_mark(self, mark: Mark) -> None:
        with self._transaction() as conn:
            cursor = conn.execute(
                'UPDATE marks SET start = ?, "end" = ?, text = ?, label = ?, note = ? WHERE id = ?',
                (mark.start, mark.end, mark.text, mark.label, mark.note, mark.id),
            )
            if cursor.rowcount == 0:
                raise BriefingError(f"no mark with id {mark.id} in the store")

    def delete_mark(self, mark_id: int) -> Mark:
        """Delete a mark and return it, so the caller can offer undo (restore_mark)."""
        with self._transaction() as conn:
            row = conn.execute(f"SELECT {_MARK_COLUMNS} FROM marks WHERE id = ?", (mark_id,)).fetchone()
            if row is None:
                raise BriefingError(f"no mark with id {mark_id} in the store")
            conn.execute("DELETE FROM marks WHERE id = ?", (mark_id,))
        return _mark(row)

    def restore_mark(self, mark: Mark) -> Mark:
        """Put back a deleted mark with its old id (ids are never reused, so it is still free)."""
        if mark.id is None:
            return self.add_mark(mark)
        with self._transaction() as conn:
            conn.execute(
                f'INSERT INTO marks ({_MARK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                (mark.id, mark.release_id, mark.start, mark.end, mark.text, mark.label, mark.note,
                 mark.created or _now()),
            )
        return self.mark(mark.id)

    def mark(self, mark_id: int) -> Mark:
        rows = self._query(f"SELECT {_MARK_COLUMNS} FROM marks WHERE id = ?", (mark_id,))
        if not rows:
            raise BriefingError(f"no mark with id {mark_id} in the store")
        return _mark(rows[0])

    def marks(self, release_id: int) -> list[Mark]:
        """A release's marks in body order."""
        rows = self._query(f'SELECT {_MARK_COLUMNS} FROM marks WHERE release_id = ? ORDER BY start, "end", id',
                           (release_id,))
        return [_mark(row) for row in rows]

    def marked_release_ids(self, since: dt.date | None = None) -> list[int]:
        """Releases with at least one mark, newest first; `since` keeps those dated on or after it."""
        sql = ("SELECT r.id FROM releases r WHERE EXISTS (SELECT 1 FROM marks m WHERE m.release_id = r.id)")
        params: tuple[Any, ...] = ()
        if since is not None:
            sql += " AND r.date >= ?"
            params = (since.isoformat(),)
        return [int(row["id"]) for row in self._query(sql + " ORDER BY r.date DESC, r.id DESC", params)]
