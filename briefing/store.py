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

_THAI_MARKS = "".join(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
"""Thai vowel and tone marks: unicode61 calls them separators, which would cut ข้าว into ข and าว."""
_FTS_TOKENIZE = f"tokenize=\"unicode61 remove_diacritics 2 tokenchars '{_THAI_MARKS}'\""

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
    # Search and the entity index (briefing/search.py). search_text holds each release's title and body
    # as words (Thai cut by newmm, see search_text.py); contentless, since the text is in releases.
    # search_english holds the English forms the analysis gave (small, rewritten with each analysis).
    # Cutting Thai into words takes Python, so this only queues every stored release (and every cached
    # analysis) and `search.update_index` drains the queues: a store made before gets search too.
    f"""
    CREATE VIRTUAL TABLE search_text USING fts5(title, body, content='', {_FTS_TOKENIZE});
    CREATE VIRTUAL TABLE search_english USING fts5(english, {_FTS_TOKENIZE});
    CREATE TABLE search_pending (release_id INTEGER PRIMARY KEY);
    INSERT INTO search_pending (release_id) SELECT id FROM releases;
    CREATE TABLE release_entities (
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        key TEXT NOT NULL,
        english TEXT NOT NULL,
        thai TEXT NOT NULL,
        aliases TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (release_id, type, key)
    );
    CREATE INDEX release_entities_key ON release_entities(type, key);
    CREATE TABLE entity_pending (release_id INTEGER PRIMARY KEY);
    INSERT OR IGNORE INTO entity_pending (release_id) SELECT release_id FROM analyses;
    CREATE INDEX releases_category ON releases(category)
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_RELEASE_COLUMNS = "id, key, source, title, body, date, date_thai, category, file"
_MARK_COLUMNS = 'id, release_id, start, "end", text, label, note, created'


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
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise BriefingError(f"cannot open the store {self.path}: {error}") from None

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
        """BEGIN IMMEDIATE ... COMMIT under the lock; ROLLBACK on any error."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

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
            conn.execute("INSERT OR IGNORE INTO search_pending (release_id) VALUES (?)", (cursor.lastrowid,))
            return cursor.lastrowid

    def has_key(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM releases WHERE key = ?", (key,)))

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
            self._index_entities(conn, release_id, analysis)

    # The search and entity indexes (the logic is in briefing/search.py and briefing/entity_index.py)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """A read-only query for the search module, which builds its SQL from a view's filters."""
        return self._query(sql, params)

    def _index_entities(self, conn: sqlite3.Connection, release_id: int, analysis: Analysis) -> None:
        """Replace a release's entity rows and English search text with those of `analysis`."""
        from briefing.entity_index import english_text, entity_rows

        rows = entity_rows(analysis)
        conn.execute("DELETE FROM release_entities WHERE release_id = ?", (release_id,))
        conn.executemany(
            "INSERT INTO release_entities (release_id, type, key, english, thai, aliases, mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(release_id, row.type, row.key, row.english, row.thai, "|".join(row.aliases), row.mentions)
             for row in rows])
        conn.execute("DELETE FROM search_english WHERE rowid = ?", (release_id,))
        conn.execute("INSERT INTO search_english (rowid, english) VALUES (?, ?)", (release_id, english_text(rows)))
        conn.execute("DELETE FROM entity_pending WHERE release_id = ?", (release_id,))

    def search_pending(self, limit: int, after: int = 0) -> list[tuple[int, str, str]]:
        """Up to `limit` releases not yet in the search index, by id above `after`: (id, title, body)."""
        rows = self._query("SELECT r.id, r.title, r.body FROM search_pending p JOIN releases r ON r.id = p.release_id"
                           " WHERE p.release_id > ? ORDER BY p.release_id LIMIT ?", (after, limit))
        return [(row[0], row[1], row[2]) for row in rows]

    def search_pending_count(self) -> int:
        return int(self._query("SELECT count(*) FROM search_pending")[0][0])

    def add_search_rows(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Index releases: (id, title as words, body as words), in one transaction; idempotent."""
        with self._transaction() as conn:
            for release_id, title, body in rows:
                if conn.execute("DELETE FROM search_pending WHERE release_id = ?", (release_id,)).rowcount:
                    conn.execute("INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)",
                                 (release_id, title, body))

    def index_pending_entities(self) -> int:
        """Fill the entity index from analyses cached before it existed; returns how many were done."""
        done = 0
        while True:
            rows = self._query("SELECT p.release_id, a.json FROM entity_pending p"
                               " JOIN analyses a ON a.release_id = p.release_id LIMIT 200")
            if not rows:
                with self._transaction() as conn:
                    conn.execute("DELETE FROM entity_pending")
                return done
            with self._transaction() as conn:
                for row in rows:
                    self._index_entities(conn, row[0], Analysis.from_json(json.loads(row[1])))
            done += len(rows)

    def unanalysed(self, version: str, limit: int | None = None) -> list[int]:
        """Releases with no cached analysis of `version`, newest first (what `analyze --all` does next)."""
        rows = self._query("SELECT id FROM releases r WHERE NOT EXISTS (SELECT 1 FROM analyses a"
                           " WHERE a.release_id = r.id AND a.version = ?) ORDER BY date DESC, id DESC LIMIT ?",
                           (version, -1 if limit is None else limit))
        return [int(row[0]) for row in rows]

    def analysed_count(self, version: str) -> int:
        return int(self._query("SELECT count(*) FROM analyses WHERE version = ?", (version,))[0][0])

    def brief(self, release_id: int, cache_key: str) -> Brief | None:
        rows = self._query("SELECT gist, brief, backend, note FROM briefs WHERE release_id = ? AND cache_key = ?",
                           (release_id, cache_key))
        if not rows:
            return None
        row = rows[0]
        return Brief(gist=row["gist"], brief=row["brief"], backend=row["backend"], note=row["note"])

    def save_brief(self, release_id: int, cache_key: str, brief: Brief) -> None:
        """Cache a brief; an offline gist (or any gist when the list has none) becomes the list's gist."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefs (release_id, cache_key, gist, brief, backend, note, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (release_id, cache_key, brief.gist, brief.brief, brief.backend, brief.note, _now()),
            )
            if brief.gist:
                conn.execute("UPDATE releases SET gist = ?, gist_key = ? WHERE id = ? AND (? OR gist = '')",
                             (brief.gist, cache_key, release_id, int(brief.backend == "offline")))

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
