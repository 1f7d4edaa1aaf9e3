"""The SQLite store: releases, cached analyses and briefs, and the user's marks and notes.

One file in the data directory (WAL, foreign keys on). Every write commits at once so a killed process
loses nothing it had saved; releases are keyed by source URL so importing the same files twice adds
nothing. One connection shared across threads behind a lock: Textual thread workers and the UI thread
both call in, and SQLite serialises writes anyway. Other processes (`briefing import` while the app is
open) wait for each other's short write transactions through the busy timeout instead of failing.

Before a store from an older schema is migrated it is copied to a dated backup beside it, so an
upgrade never changes the only copy. SQLite errors that come from the file or the disk (damaged,
full, read-only, busy) reach the user as a one-line BriefingError that says what to do.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

from briefing import model
from briefing.errors import BriefingError
from briefing.model import ListEntry, Release

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.model import Analysis, Brief, HttpValidators, Mark

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
    # Fetching over HTTP: the validators (ETag, Last-Modified) each URL last answered with, sent back
    # as a conditional GET, and the release a page gave; and each release's language, because the
    # site's English pages are stored as they are, with their own text as gist and no Thai analysis.
    """
    CREATE TABLE http_validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT NOT NULL,
        release_key TEXT
    );
    ALTER TABLE releases ADD COLUMN language TEXT NOT NULL DEFAULT 'th'
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
    # search_text.segment reads sara am written decomposed and sara ae typed as two sara e as the
    # analysis does (ขอนเเก่น is ขอนแก่น): the words indexed before are dropped and every release queued
    # again, so a query finds the ~1.5% of releases that write them so.
    """
    INSERT INTO search_text (search_text) VALUES ('delete-all');
    INSERT OR IGNORE INTO search_pending (release_id) SELECT id FROM releases
    """,
    # search_text gets a third column, the dictionary words inside each release's long words
    # (search_text.parts: ขอนแก่น inside มหาวิทยาลัยขอนแก่น); a contentless table takes no new column, so
    # it is made again and every release queued.
    f"""
    DROP TABLE search_text;
    CREATE VIRTUAL TABLE search_text USING fts5(title, body, parts, content='', {_FTS_TOKENIZE});
    INSERT OR IGNORE INTO search_pending (release_id) SELECT id FROM releases
    """,
    # The filter prompt's name completion reads every name of a kind with its count of releases
    # (search.EntityNames): without an index on the names SQLite sorted all of a kind's rows first,
    # 3-10 s for the first completion of each kind on the 63,000-release archive; this one covers the
    # query (0.4-1 s there on a loaded machine). On that archive it is built in about 13 s.
    """
    CREATE INDEX IF NOT EXISTS release_entities_names ON release_entities(type, english, thai)
    """,
]
SEARCH_MIGRATION = 3
"""MIGRATIONS[SEARCH_MIGRATION] made the search tables (tests build a store from before it)."""
SCHEMA_VERSION = len(MIGRATIONS)

CACHE_TABLES = ("analyses", "briefs")
"""Tables that only cache what can be made again from the releases; `briefing check --repair` empties them."""

REBUILD_HOOKS: list[Callable[[sqlite3.Connection], None]] = []
"""Rebuilders of derived data (a search index) that `briefing check --repair` calls, each with the open
connection inside the repair's write transaction, after the caches are dropped and, for a damaged
store, after the readable rows are copied into the new one (virtual tables are never copied). The
function's name is what `check --repair` reports (rebuild_search -> "rebuild search"). Append to register."""

def _requeue_search_index(conn: sqlite3.Connection) -> None:
    """Empty the search and entity indexes and queue every release and cached analysis again
    (`search.update_index` refills them on the next search or launch): after a repair the rows may
    have come from a damaged file whose full-text index could not be copied."""
    conn.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_english")
    conn.execute("DELETE FROM release_entities")
    conn.execute("INSERT OR IGNORE INTO search_pending (release_id) SELECT id FROM releases")
    conn.execute("INSERT OR IGNORE INTO entity_pending (release_id) SELECT DISTINCT release_id FROM analyses")


REBUILD_HOOKS.append(_requeue_search_index)

BUSY_TIMEOUT = 30.0
"""Seconds a write waits for another process's write transaction (an import, a fetch) before failing."""

# SQLite primary result codes (error.sqlite_errorcode & 0xff) that come from the file or the disk, not
# from our SQL, with what the user can do about them.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
# Extended I/O error codes of a failed write, fsync, truncate or shared-memory growth: a full disk
# (or a file size limit) shows up as these rather than SQLITE_FULL on some file systems.
_WRITE_ERRORS = frozenset({778, 1034, 1546, 4874, 5386})

_RELEASE_COLUMNS = "id, key, source, title, body, date, date_thai, category, file, language"
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


def store_error(path: Path, error: sqlite3.Error, opening: bool = False) -> BriefingError | None:
    """A one-line message for an SQLite error caused by the file or the disk; None for other errors
    (a constraint, a bug in our SQL), which callers let through."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error)
    if primary is None:  # opened before any result code: match SQLite's fixed messages
        lowered = text.lower()
        primary = (_SQLITE_CORRUPT if "malformed" in lowered else _SQLITE_NOTADB if "not a database" in lowered
                   else _SQLITE_FULL if "disk is full" in lowered else _SQLITE_READONLY if "readonly" in lowered
                   else _SQLITE_BUSY if "locked" in lowered else None)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreDamagedError(path, text, opening)
    if primary == _SQLITE_FULL or code in _WRITE_ERRORS:
        return BriefingError(f"cannot write the store {path}: the disk is full (or the file is over a size"
                             " limit); free some space and try again")
    if primary == _SQLITE_READONLY or (primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _read_only(path)):
        return BriefingError(f"cannot write the store {path}: {_read_only(path) or 'it is read-only'}"
                             " (briefing needs to write there; set [store] path to move it)")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return BriefingError(f"the store {path} is busy (another briefing is writing to it); try again"
                             " in a moment")
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return BriefingError(f"cannot use the store {path}: {text} (check the disk and the directory's"
                             " permissions)")
    return None


def _copy_failure(target: Path, error: OSError | sqlite3.Error) -> str:
    """Why a copy of the store to `target` failed, in words the user can act on."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_FULL or code in _WRITE_ERRORS:
            return "the disk is full"
        if "does not check" in str(error) or (isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT,
                                                                                        _SQLITE_NOTADB)):
            return "the store is damaged; run `briefing check --repair`"
    elif error.errno in (errno.ENOSPC, errno.EFBIG):
        return "the disk is full"
    reason = _read_only(target) or (error.strerror if isinstance(error, OSError) and error.strerror else str(error))
    return reason[:1].lower() + reason[1:]


def _read_only(path: Path) -> str | None:
    """Why briefing cannot write at `path` (WAL also needs to create files beside it), or None."""
    directory = path.parent
    if directory.is_dir() and not os.access(directory, os.W_OK):
        return f"its directory {directory} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


class StoreDamagedError(BriefingError):
    """The store file is damaged; `briefing check --repair` recovers what SQLite can still read."""

    def __init__(self, path: Path, detail: str, opening: bool = False) -> None:
        start = f"cannot open the store {path}: {detail}" if opening else f"the store {path} is damaged ({detail})"
        super().__init__(f"{start}; run `briefing check --repair` (it keeps the damaged file)")
        self.path = path
        self.detail = detail


def backup_name(path: Path, label: str, when: dt.datetime | None = None) -> Path:
    """A dated file beside `path` that does not exist yet: briefing.<label>-20250119-093000.db."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".db"
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{suffix}")
    number = 1
    while candidate.exists() or candidate.with_name(candidate.name + "-wal").exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{number}{suffix}")
    return candidate


COPY_PAGES = 16_384
"""Pages copied at a time when a copy reports its progress (64 MB of 4 KB pages)."""


def copy_database(source: sqlite3.Connection, target: Path,
                  progress: Callable[[int, int], None] | None = None,
                  checking: Callable[[int], None] | None = None) -> Path:
    """A consistent single-file copy of an open database through SQLite's online backup API.

    Other connections may write meanwhile (WAL): the copy is the database as of one moment. It is
    written to a temporary file beside `target` and renamed into place, so `target` is never half a copy.
    `progress(done, total)` (in pages) is called as the copy goes on, then `checking(ticks)` as the copy's
    integrity check starts and every million SQLite instructions of it (seconds on the 2.3 GB archive, after
    the copy said 100%).
    """
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            if progress is None:
                source.backup(copy)
            else:
                source.backup(copy, pages=COPY_PAGES,
                              progress=lambda _status, remaining, total: progress(total - remaining, total))
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            if checking is not None:
                ticks = 0

                def check_going() -> int:
                    nonlocal ticks
                    ticks += 1
                    if ticks % 1000 == 0:
                        checking(ticks // 1000)
                    return 0

                checking(0)
                copy.set_progress_handler(check_going, 1000)
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if result != "ok":
            raise sqlite3.DatabaseError(f"the copy does not check: {result}")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _mark(row: sqlite3.Row) -> Mark:
    return model.Mark(release_id=row["release_id"], start=row["start"], end=row["end"], text=row["text"],
                label=row["label"], note=row["note"], id=row["id"], created=row["created"])


def store_path(config: Config) -> Path:
    """Where the config's store is: `[store] path`, or briefing.db in the data directory."""
    from briefing import paths

    return Path(config.store.path).expanduser() if config.store.path else paths.db_path()


def _print_notice(message: str) -> None:
    print(message, file=sys.stderr)


LONG_STEP_S = 1.0
"""An upgrade step that has run this long starts telling how far it is."""


class _UpgradeProgress:
    """What an upgrade of a large store is doing, on one line of standard error rewritten in place (a
    terminal only: piped, nothing): the 2.3 GB archive takes a minute to copy aside and seconds to index,
    with nothing on the screen the app shows only after it."""

    def __init__(self) -> None:
        self.shown = False
        self._started = 0.0

    def start(self) -> None:
        import time

        self._started = time.monotonic()

    def __call__(self, what: str, done: int | None = None, total: int | None = None) -> None:
        import time

        if not sys.stderr.isatty() or time.monotonic() - self._started < LONG_STEP_S:
            return
        share = f" {100 * done // total}%" if done is not None and total else ""
        sys.stderr.write(f"\rbriefing: {what}{share}\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


class Store:
    """The user's library on disk; every method is one short transaction."""

    def __init__(self, path: Path, notice: Callable[[str], None] | None = None,
                 progress: Callable[..., None] | None = None) -> None:
        """Open (creating or migrating) the store at `path`; `notice` gets one-line messages meant for
        the user, such as where the pre-migration backup went (default: standard error). `progress`
        (what, done=None, total=None) hears how a long upgrade goes (default: a line on a terminal)."""
        self.path = Path(path)
        self._lock = threading.RLock()
        self._notice = notice or _print_notice
        self._progress = progress or _UpgradeProgress()
        self.migration_backup: Path | None = None
        """Where the store was copied before this open migrated it, if it did."""
        self.emptied: str | None = self._empty_file()
        """Set (to the notice given) when the file was there with zero bytes: a library that may have
        been lost, opened as a new one. The app shows it as a notification too."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None,
                                         check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise BriefingError(f"cannot open the store {self.path}: {_read_only(self.path) or reason.lower()}"
                                ) from None
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise store_error(self.path, error, opening=True) or BriefingError(
                f"cannot open the store {self.path}: {error}") from None
        except StoreDamagedError as error:
            self._conn.close()
            raise StoreDamagedError(self.path, error.detail, opening=True) from None
        except BaseException:
            self._conn.close()
            raise
        if self.emptied:
            self._notice(self.emptied)

    def _empty_file(self) -> str | None:
        """The notice for a store file of zero bytes, or None.

        A zero-byte file is what a truncating crash, a full disk or a failed copy leaves of a library,
        and SQLite would quietly make a new store in it (seeded, it even looks right). It is also what
        any SQLite client leaves by opening a path that did not exist, so it is not refused: it is opened
        as new, and the user is told, once, with what to do if a library was lost.
        """
        try:
            if self.path.stat().st_size > 0:
                return None
        except OSError:
            return None  # no file yet: a new store, nothing to say
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # the data is in the write-ahead log: SQLite recovers it
        return (f"briefing: the store {self.path} was an empty file (0 bytes), so a new library was started"
                " in it; if it held your library, restore a backup over it (`briefing backup` makes one)")

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another process's write transaction before "the store is busy".
        The CLI keeps BUSY_TIMEOUT; the app waits briefly, so a held lock never freezes the screen."""
        with self._lock:
            self._conn.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")

    def quick_check(self) -> None:
        """Raise StoreDamagedError when SQLite finds damaged pages (PRAGMA quick_check: about 0.2 s for
        a 550 MB store). Run before writing many rows, so an import never piles data into a damaged file."""
        rows = self._query("PRAGMA quick_check(1)")
        problem = str(rows[0][0]) if rows else "no answer"
        if problem != "ok":
            raise StoreDamagedError(self.path, " ".join(problem.split())[:120])

    @classmethod
    def open(cls, config: Config) -> Store:
        """The store the config names, or briefing.db in the data directory."""
        return cls(store_path(config))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT under the lock; ROLLBACK on any error. Keep the body short:
        other processes wait (up to BUSY_TIMEOUT) while it runs.

        Every commit survives the process being killed; a `durable` one (marks and notes, which cannot
        be made again) is also flushed to the disk before it returns, so it survives a power cut too.
        The rest (imports, caches) skip that flush: a 60,000-release import would wait on 60,000 of them.
        """
        with self._lock, self._translated():
            if durable:
                self._conn.execute("PRAGMA synchronous=FULL")
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            finally:
                if durable:
                    self._conn.execute("PRAGMA synchronous=NORMAL")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn SQLite errors from the file or the disk into one-line BriefingErrors."""
        try:
            yield
        except sqlite3.Error as error:
            translated = store_error(self.path, error)
            if translated is None:
                raise
            raise translated from None

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock, self._translated():
            return self._conn.execute(sql, params).fetchall()

    def backup(self, target: Path) -> Path:
        """A consistent copy of the store at `target` (one file), taken while others may write."""
        target = Path(target).expanduser()
        try:
            with self._lock:
                return copy_database(self._conn, target)
        except (OSError, sqlite3.Error) as error:
            raise BriefingError(f"cannot back up the store to {target}: {_copy_failure(target, error)}") from None

    def _backup_before_migrating(self, version: int) -> None:
        """Copy an older store aside before its schema changes, and tell the user where."""
        target = backup_name(self.path, f"schema{version}")
        self._progress_start()
        try:
            copy_database(self._conn, target,
                          lambda done, total: self._progress(f"copying the store aside before upgrading it to"
                                                             f" schema {SCHEMA_VERSION}", done, total),
                          lambda ticks: self._progress("checking the copy before upgrading the store"
                                                       + "." * (ticks % 4)))
        except (OSError, sqlite3.Error) as error:
            self._progress_end()
            raise BriefingError(f"cannot back up the store {self.path} before upgrading it"
                                f" ({_copy_failure(target, error)}); it is unchanged") from None
        self._progress_end()
        self.migration_backup = target
        self._notice(f"briefing: upgrading the store {self.path} from schema {version} to {SCHEMA_VERSION};"
                     f" the old one is kept as {target}")

    def _migrate(self) -> None:
        with self._lock:
            tables = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            row = (self._conn.execute("SELECT version FROM schema_version").fetchone()
                   if "schema_version" in tables else None)
            if row is not None and row[0] == SCHEMA_VERSION:
                return  # the common case: no write lock taken just to open
            if row is not None and row[0] > SCHEMA_VERSION:  # refused before anything is written
                raise BriefingError(f"the store {self.path} was made by a newer briefing "
                                    f"(schema {row[0]}); upgrade briefing")
            if row is not None and 0 < row[0] < SCHEMA_VERSION:
                self._backup_before_migrating(int(row[0]))
        with self._transaction() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            if version > SCHEMA_VERSION:
                raise BriefingError(f"the store {self.path} was made by a newer briefing "
                                    f"(schema {version}); upgrade briefing")
            if version == SCHEMA_VERSION:
                return
            self._progress_start()
            ticks = 0

            def working() -> int:
                nonlocal ticks
                ticks += 1
                if ticks % 1000 == 0:  # every million SQLite instructions
                    self._progress(f"upgrading the store to schema {SCHEMA_VERSION}" + "." * (ticks // 1000 % 4))
                return 0

            conn.set_progress_handler(working, 1000)
            try:
                for number in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[number].split(";"):
                        if statement.strip():
                            conn.execute(statement)
                conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
            finally:
                conn.set_progress_handler(None, 0)
                self._progress_end()

    def _progress_start(self) -> None:
        start = getattr(self._progress, "start", None)
        if start is not None:
            start()

    def _progress_end(self) -> None:
        end = getattr(self._progress, "end", None)
        if end is not None:
            end()

    def schema_version(self) -> int:
        return int(self._query("SELECT version FROM schema_version")[0][0])

    # Releases

    def add_release(self, release: Release) -> int | None:
        """Store a release in its own transaction; None when one with the same key is already there."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO releases (key, source, title, body, date, date_thai, category, file, imported_at,"
                " language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
                (release.key, release.source, release.title, release.body,
                 release.date.isoformat() if release.date else "", release.date_thai,
                 release.category, release.file, _now(), release.language),
            )
            if cursor.rowcount == 0:
                return None
            conn.execute("INSERT OR IGNORE INTO search_pending (release_id) VALUES (?)", (cursor.lastrowid,))
            return cursor.lastrowid

    def upsert_release(self, release: Release, validators: HttpValidators | None = None,
                       gist: str | None = None, gist_key: str = "") -> tuple[Literal["new", "updated", "unchanged"], int]:
        """Store a fetched release and the validators of its page in one transaction, keyed by source URL.

        A release already stored with the same text is left alone ("unchanged"); a changed one is
        updated in place ("updated"), so its id, read/starred flags, marks and notes stay, while its
        cached analyses and briefs (made from the old text) are dropped to be remade. `gist` is set
        when given (an English release's own text), otherwise a changed release's gist is remade.
        """
        fields = (release.source, release.title, release.body, release.date.isoformat() if release.date else "",
                  release.date_thai, release.category, release.language)
        with self._transaction() as conn:
            row = conn.execute("SELECT id, source, title, body, date, date_thai, category, language"
                               " FROM releases WHERE key = ?", (release.key,)).fetchone()
            status: Literal["new", "updated", "unchanged"]
            if row is None:
                cursor = conn.execute(
                    "INSERT INTO releases (key, source, title, body, date, date_thai, category, language, file,"
                    " imported_at, gist, gist_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (release.key, *fields, release.file, _now(), gist or "", gist_key if gist else ""),
                )
                release_id = int(cursor.lastrowid or 0)
                status = "new"
            elif tuple(row)[1:] == fields:
                release_id, status = int(row["id"]), "unchanged"
            else:
                release_id, status = int(row["id"]), "updated"
                conn.execute(
                    "UPDATE releases SET source = ?, title = ?, body = ?, date = ?, date_thai = ?, category = ?,"
                    " language = ?, gist = ?, gist_key = ? WHERE id = ?",
                    (*fields, gist or "", gist_key if gist else "", release_id),
                )
                conn.execute("DELETE FROM analyses WHERE release_id = ?", (release_id,))
                conn.execute("DELETE FROM briefs WHERE release_id = ?", (release_id,))
            if validators is not None:
                self._save_validators(conn, validators)
        return status, release_id

    def validators(self, url: str) -> HttpValidators | None:
        """What the server said about `url` at the last successful fetch, or None."""
        rows = self._query("SELECT url, etag, last_modified, checked_at, release_key FROM http_validators"
                           " WHERE url = ?", (url,))
        if not rows:
            return None
        row = rows[0]
        return model.HttpValidators(url=row["url"], etag=row["etag"], last_modified=row["last_modified"],
                              checked_at=row["checked_at"], release_key=row["release_key"])

    def save_validators(self, validators: HttpValidators) -> None:
        with self._transaction() as conn:
            self._save_validators(conn, validators)

    @staticmethod
    def _save_validators(conn: sqlite3.Connection, validators: HttpValidators) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO http_validators (url, etag, last_modified, checked_at, release_key)"
            " VALUES (?, ?, ?, ?, ?)",
            (validators.url, validators.etag, validators.last_modified, validators.checked_at or _now(),
             validators.release_key),
        )

    def has_key(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM releases WHERE key = ?", (key,)))

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM releases")[0][0])

    def is_empty(self) -> bool:
        """No release stored: one row looked at, where count() reads a whole index (~2 ms on 63,000)."""
        return not self._query("SELECT 1 FROM releases LIMIT 1")

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
                       category=row["category"], source=row["source"], file=row["file"], id=row["id"],
                       language=row["language"])

    def release_flags(self, release_id: int) -> tuple[bool, bool]:
        """(read, starred) of one release."""
        rows = self._query("SELECT read, starred FROM releases WHERE id = ?", (release_id,))
        if not rows:
            raise BriefingError(f"no release with id {release_id} in the store (see `briefing list`)")
        return bool(rows[0]["read"]), bool(rows[0]["starred"])

    def list_position(self, release_id: int) -> int | None:
        """Where a release stands in the whole list, newest first (0 is the top); None if it is not stored."""
        found = self._query("SELECT date FROM releases WHERE id = ?", (release_id,))
        if not found:
            return None
        return int(self._query("SELECT count(*) FROM releases WHERE (date, id) > (?, ?)",
                               (found[0]["date"], release_id))[0][0])

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

    def next_unread(self, release_id: int) -> int | None:
        """The first unread release after this one in list order (older), else the newest unread one
        (wrapping round, as newsboat's "next unread" does); None when every other release is read."""
        rows = self._query("SELECT date FROM releases WHERE id = ?", (release_id,))
        if rows:
            found = self._query("SELECT id FROM releases WHERE read = 0 AND id != ? AND (date, id) < (?, ?)"
                                " ORDER BY date DESC, id DESC LIMIT 1", (release_id, rows[0]["date"], release_id))
            if found:
                return int(found[0]["id"])
        found = self._query("SELECT id FROM releases WHERE read = 0 AND id != ? ORDER BY date DESC, id DESC LIMIT 1",
                            (release_id,))
        return int(found[0]["id"]) if found else None

    def _update_release(self, sql: str, params: tuple[Any, ...]) -> None:
        with self._transaction() as conn:
            if conn.execute(sql, params).rowcount == 0:
                raise BriefingError(f"no release with id {params[-1]} in the store")

    def set_read(self, release_id: int, read: bool = True) -> None:
        self._update_release("UPDATE releases SET read = ? WHERE id = ?", (int(read), release_id))

    def set_read_many(self, release_ids: Iterable[int], read: bool = True) -> list[int]:
        """Mark releases read (or unread) in one transaction; returns the ids that changed, so the
        change can be undone exactly."""
        ids = list(release_ids)
        changed: list[int] = []
        with self._transaction() as conn:
            for start in range(0, len(ids), 500):  # SQLite's limit on parameters
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                changed += [row[0] for row in conn.execute(
                    f"SELECT id FROM releases WHERE read != ? AND id IN ({marks})", (int(read), *chunk))]
                conn.execute(f"UPDATE releases SET read = ? WHERE id IN ({marks})", (int(read), *chunk))
        return changed

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
        return model.Analysis.from_json(json.loads(rows[0]["json"])) if rows else None

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

    def add_search_rows(self, rows: Iterable[tuple[int, str, str, str]]) -> None:
        """Index releases: (id, title as words, body as words, parts of long words), in one transaction;
        idempotent."""
        with self._transaction() as conn:
            for release_id, title, body, parts in rows:
                if conn.execute("DELETE FROM search_pending WHERE release_id = ?", (release_id,)).rowcount:
                    conn.execute("INSERT INTO search_text (rowid, title, body, parts) VALUES (?, ?, ?, ?)",
                                 (release_id, title, body, parts))

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
                    self._index_entities(conn, row[0], model.Analysis.from_json(json.loads(row[1])))
            done += len(rows)

    def unanalysed(self, version: str, limit: int | None = None) -> list[int]:
        """Releases with no cached analysis of `version`, newest first (what `analyze --all` does next)."""
        rows = self._query("SELECT id FROM releases r WHERE NOT EXISTS (SELECT 1 FROM analyses a"
                           " WHERE a.release_id = r.id AND a.version = ?) ORDER BY date DESC, id DESC LIMIT ?",
                           (version, -1 if limit is None else limit))
        return [int(row[0]) for row in rows]

    def analysed_count(self, version: str | None = None) -> int:
        """Releases with a cached analysis of `version` (None: of any version)."""
        if version is None:
            return int(self._query("SELECT count(*) FROM analyses")[0][0])
        return int(self._query("SELECT count(*) FROM analyses WHERE version = ?", (version,))[0][0])

    def brief(self, release_id: int, cache_key: str) -> Brief | None:
        rows = self._query("SELECT gist, brief, backend, note FROM briefs WHERE release_id = ? AND cache_key = ?",
                           (release_id, cache_key))
        if not rows:
            return None
        row = rows[0]
        return model.Brief(gist=row["gist"], brief=row["brief"], backend=row["backend"], note=row["note"])

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
        with self._transaction(durable=True) as conn:
            cursor = conn.execute(
                'INSERT INTO marks (release_id, start, "end", text, label, note, created)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (mark.release_id, mark.start, mark.end, mark.text, mark.label, mark.note, created),
            )
            mark_id = cursor.lastrowid
        return model.Mark(release_id=mark.release_id, start=mark.start, end=mark.end, text=mark.text,
                    label=mark.label, note=mark.note, id=mark_id, created=created)

    def update_mark(self, mark: Mark) -> None:
        with self._transaction(durable=True) as conn:
            cursor = conn.execute(
                'UPDATE marks SET start = ?, "end" = ?, text = ?, label = ?, note = ? WHERE id = ?',
                (mark.start, mark.end, mark.text, mark.label, mark.note, mark.id),
            )
            if cursor.rowcount == 0:
                raise BriefingError(f"no mark with id {mark.id} in the store")

    def delete_mark(self, mark_id: int) -> Mark:
        """Delete a mark and return it, so the caller can offer undo (restore_mark)."""
        with self._transaction(durable=True) as conn:
            row = conn.execute(f"SELECT {_MARK_COLUMNS} FROM marks WHERE id = ?", (mark_id,)).fetchone()
            if row is None:
                raise BriefingError(f"no mark with id {mark_id} in the store")
            conn.execute("DELETE FROM marks WHERE id = ?", (mark_id,))
        return _mark(row)

    def restore_mark(self, mark: Mark) -> Mark:
        """Put back a deleted mark with its old id (ids are never reused, so it is still free)."""
        if mark.id is None:
            return self.add_mark(mark)
        with self._transaction(durable=True) as conn:
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
