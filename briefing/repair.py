"""Checking, repairing and salvaging the store: `briefing check [--repair]` and `export --all`.

A store can only be damaged by something outside briefing (a disk error, a copy taken mid-write, a
sync tool), so nothing here trusts the file: reads go row by row and skip what SQLite cannot read.
Repair never edits a damaged file in place. What can be made again (cached analyses and briefs, the
list's gists, derived indexes through `store.REBUILD_HOOKS`) is dropped and remade on demand; rows
that cannot be made again (releases as imported, marks and notes, read/starred flags) are copied into
a new store, the damaged file is kept beside it under a dated name.

Recovery reads each table row by row, skipping unreadable pages, and adds what the sqlite3 command-line
tool's `.recover` finds when that tool is installed and works (it also reads pages the b-tree no longer
reaches; some builds lack what it needs).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Analysis, Mark, Release
from briefing.store import (
    CACHE_TABLES,
    REBUILD_HOOKS,
    SCHEMA_VERSION,
    Store,
    StoreDamagedError,
    backup_name,
    store_error,
)

COUNTED = ("releases", "analyses", "briefs", "marks")
"""Tables `briefing check` counts (notes are the marks with a note)."""
GAP_LIMIT = 10_000
"""Row-by-row salvage stops after this many row ids in a row that hold nothing readable."""
RECOVER_TIMEOUT = 600.0


@dataclass
class CheckReport:
    """What `briefing check` found."""

    path: Path
    schema: int | None = None
    counts: dict[str, int | None] = field(default_factory=dict)
    """Rows per table (and 'notes'); None where the table could not be read to the end."""
    problems: list[str] = field(default_factory=list)
    """Lines from integrity_check, foreign-key violations and unreadable tables; empty when sound."""
    damaged: bool = False
    """The file itself is damaged (integrity_check failed or it cannot be read): repair must recover."""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RepairReport:
    """What `briefing check --repair` did."""

    path: Path
    rebuilt: list[str] = field(default_factory=list)
    """Caches and indexes emptied or rebuilt."""
    recovered: dict[str, int] = field(default_factory=dict)
    """Rows copied into the new store per table (only when the file was damaged)."""
    damaged_copy: Path | None = None
    """Where the damaged file was kept."""
    method: str = ""
    """'row by row', or 'row by row + sqlite3 .recover', when the file was recovered."""
    after: CheckReport | None = None


def _connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise BriefingError(f"no store at {path} (see `briefing dirs`)")
    try:
        conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
    except sqlite3.Error as error:
        raise BriefingError(f"cannot open the store {path}: {error}") from None
    return conn


def _connect_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that only reads; on a read-only disk or directory (a mounted backup) the file is
    opened immutable, which is safe when no write-ahead log is beside it."""
    conn = _connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as error:
        conn.close()
        translated = store_error(path, error)
        if translated is None or isinstance(translated, StoreDamagedError):
            return _connect(path)  # damage: read what can be read, row by row
        if Path(f"{path}-wal").exists():
            raise translated from None
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error as error:
        raise BriefingError(f"cannot read the store {path}: {error}") from None


def _tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Ordinary user tables -> their CREATE statement. Virtual tables (a full-text index) and their
    shadow tables are left out: they are derived data, remade by REBUILD_HOOKS."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return {name: sql or "" for name, sql in rows
            if not name.startswith("sqlite_") and name not in virtual
            and not any(name.startswith(f"{v}_") for v in virtual)}


def _read_only_dir(path: Path) -> str | None:
    directory = path.parent
    if directory.is_dir() and not os.access(directory, os.W_OK):
        return f"its directory {directory} is read-only (the repaired store is written beside it)"
    return None


def _not_damage(path: Path, error: sqlite3.Error) -> None:
    """Raise the one-line error for a failure that is not damage (read-only, busy, I/O), so `check`
    does not call a sound store on a read-only disk damaged."""
    translated = store_error(path, error)
    if translated is not None and not isinstance(translated, StoreDamagedError):
        raise translated from None


def check_store(path: Path) -> CheckReport:
    """Integrity and foreign-key checks and row counts, without writing to the store."""
    path = Path(path).expanduser()
    report = CheckReport(path=path)
    conn = _connect_for_reading(path)
    try:
        try:
            conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.Error as error:
            _not_damage(path, error)
        try:
            lines = [row[0] for row in conn.execute("PRAGMA integrity_check(100)")]
        except sqlite3.DatabaseError as error:
            lines = [str(error)]
        if lines != ["ok"]:
            report.problems.extend(lines)
            report.damaged = True
        try:
            report.schema = int(conn.execute("SELECT version FROM schema_version").fetchone()[0])
        except (sqlite3.DatabaseError, TypeError):
            report.schema = None
        for table in COUNTED:
            try:
                report.counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except sqlite3.DatabaseError:
                report.counts[table] = None
        try:
            report.counts["notes"] = int(conn.execute("SELECT count(*) FROM marks WHERE note != ''").fetchone()[0])
        except sqlite3.DatabaseError:
            report.counts["notes"] = None
        try:
            violations: dict[tuple[str, str], int] = {}
            for row in conn.execute("PRAGMA foreign_key_check"):
                violations[(row[0], row[2])] = violations.get((row[0], row[2]), 0) + 1
            for (table, parent), count in sorted(violations.items()):
                report.problems.append(f"{count} row(s) of {table} refer to a missing row of {parent}")
        except sqlite3.DatabaseError as error:
            report.problems.append(f"foreign key check failed: {error}")
            report.damaged = True
        unreadable = [table for table in (*COUNTED, "notes") if report.counts.get(table) is None]
        if unreadable and not report.damaged:
            report.problems.append("cannot read " + ", ".join(unreadable))
            report.damaged = True
    finally:
        conn.close()
    return report


# ---- reading what can be read ---------------------------------------------------------------------


def readable_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[object, ...]]:
    """Every row of `table` SQLite can still read, as (rowid, *columns), in rowid order.

    A plain scan first; when it hits a damaged page, point reads by rowid from there on, so only the
    rows on damaged pages are lost. The end is max(rowid) when that can be read, else GAP_LIMIT ids
    past the last readable row.
    """
    names = ", ".join(f'"{c}"' for c in columns)
    last = 0
    try:
        for row in conn.execute(f'SELECT rowid, {names} FROM "{table}" ORDER BY rowid'):
            last = row[0]
            yield tuple(row)
        return
    except sqlite3.DatabaseError:
        pass
    try:
        top = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    rowid, misses = last + 1, 0
    while (rowid <= top) if isinstance(top, int) and top > last else misses < GAP_LIMIT:
        try:
            row = conn.execute(f'SELECT rowid, {names} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            misses += 1
        else:
            misses = 0
            yield tuple(row)
        rowid += 1


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return []


# ---- repair ----------------------------------------------------------------------------------------


def rebuild_caches(conn: sqlite3.Connection) -> list[str]:
    """Drop what is made again on demand (analyses, briefs, gists), rebuild indexes and derived data.

    Runs in one write transaction on a sound store; the caller's connection is left open.
    """
    done = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("REINDEX")
        done.append("indexes")
        tables = _tables(conn)
        for table in CACHE_TABLES:
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
                done.append(f"cached {table}")
        if "gist_key" in _columns(conn, "releases"):
            conn.execute("UPDATE releases SET gist = '', gist_key = ''")
            done.append("list gists")
        for hook in REBUILD_HOOKS:
            hook(conn)
            done.append(hook.__name__.strip("_").replace("_", " "))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return done


def _sqlite3_cli() -> str | None:
    """The sqlite3 command-line tool if it has `.recover` (3.29 and later)."""
    tool = shutil.which("sqlite3")
    if tool is None:
        return None
    try:
        version = subprocess.run([tool, "-version"], capture_output=True, text=True, timeout=30, check=False).stdout.split()
        major, minor = (int(part) for part in version[0].split(".")[:2])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None
    return tool if (major, minor) >= (3, 29) else None


def _copy_aside(path: Path, directory: Path) -> Path:
    """Copy the damaged file and its write-ahead log into `directory`, so recovery never touches it."""
    copy = directory / "damaged.db"
    shutil.copyfile(path, copy)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    return copy


def _recover_with_cli(tool: str, damaged: Path, directory: Path) -> Path:
    """Run `sqlite3 damaged .recover | sqlite3 recovered.db`; returns the recovered (sound) file."""
    recovered = directory / "recovered.db"
    sql = directory / "recover.sql"
    with open(sql, "wb") as out:
        done = subprocess.run([tool, str(damaged), ".recover"], stdout=out, stderr=subprocess.DEVNULL,
                              timeout=RECOVER_TIMEOUT, check=False)
    if done.returncode != 0:  # some builds lack the sqlite_dbpage table .recover needs
        raise BriefingError(f"sqlite3 .recover failed on {damaged}")
    with open(sql, "rb") as source:
        subprocess.run([tool, str(recovered)], stdin=source, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=RECOVER_TIMEOUT, check=False)
    if not recovered.exists():
        raise BriefingError(f"sqlite3 .recover could read nothing from {damaged}")
    return recovered


def _salvage_into(source: sqlite3.Connection, target: Path) -> dict[str, int]:
    """Copy every readable row of the tables both stores have (caches and derived tables aside)."""
    conn = sqlite3.connect(target, isolation_level=None)
    counts: dict[str, int] = {}
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # a mark whose release was lost keeps its note
        try:
            source_tables = _tables(source)
        except sqlite3.DatabaseError:
            source_tables = {}
        wanted = [t for t in _tables(conn) if t not in CACHE_TABLES and t != "schema_version"]
        conn.execute("BEGIN")
        for table in sorted(wanted, key=lambda t: (t != "releases", t)):
            if table not in source_tables:
                continue
            columns = [c for c in _columns(conn, table) if c in set(_columns(source, table))]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            count = 0
            for row in readable_rows(source, table, columns):
                try:
                    cursor = conn.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row[1:])
                except sqlite3.Error:
                    continue  # a row the damage made invalid (NULL in a NOT NULL column...)
                count += max(cursor.rowcount, 0)
            counts[table] = count
        conn.execute("COMMIT")
    finally:
        conn.close()
    return counts


def _finish(target: Path) -> None:
    """After every source is copied: gists to remake, stand-ins for lost releases, derived data."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        if "gist_key" in _columns(conn, "releases"):
            conn.execute("UPDATE releases SET gist = '', gist_key = ''")
        _stand_in_releases(conn)
        for hook in REBUILD_HOOKS:
            hook(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


LOST_TITLE = "Release {id}: lost when the store was damaged (its marks and notes are kept)"


def _stand_in_releases(conn: sqlite3.Connection) -> None:
    """Give marks whose release row was unreadable a stand-in release made of the marked passages, so
    the notes show in the app and export, and the store passes its foreign-key check."""
    orphans = conn.execute("SELECT DISTINCT release_id FROM marks WHERE release_id NOT IN"
                           " (SELECT id FROM releases)").fetchall()
    for (release_id,) in orphans:
        texts = [row[0] for row in conn.execute('SELECT text FROM marks WHERE release_id = ? ORDER BY start, id',
                                                (release_id,))]
        conn.execute("INSERT INTO releases (id, key, title, body, imported_at) VALUES (?, ?, ?, ?,"
                     " strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))",
                     (release_id, f"lost:{release_id}", LOST_TITLE.format(id=release_id), "\n\n".join(texts)))


def _source_schema(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT version FROM schema_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row else None


def _refuse_if_open_elsewhere(path: Path) -> None:
    """Stop before replacing a store another process has open (the app would go on writing to the
    damaged file): in WAL mode an exclusive lock is only granted when no other connection is open."""
    conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) or 0
        if code & 0xFF in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED: someone else has it open
            raise BriefingError(f"the store {path} is open in another briefing (the app?); close it, then run"
                                " `briefing check --repair` again") from None
        # Too damaged to lock: nothing can be using it either.
    finally:
        conn.close()


def recover_store(path: Path, use_cli: bool = True) -> RepairReport:
    """Copy what SQLite can read of a damaged store into a new store at `path`, keeping the damaged
    file beside it as briefing.damaged-<date>.db."""
    path = Path(path).expanduser()
    report = RepairReport(path=path)
    tool = _sqlite3_cli() if use_cli else None
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".briefing-repair-") as scratch:
        directory = Path(scratch)
        damaged = _copy_aside(path, directory)
        _refuse_if_open_elsewhere(path)
        # Row by row from the damaged file, then whatever .recover found besides (same ids, so a row
        # both read is kept once): .recover also reads pages the damaged b-tree no longer reaches.
        sources = [damaged]
        methods = ["row by row"]
        if tool is not None:
            with contextlib.suppress(BriefingError, OSError, subprocess.SubprocessError):
                sources.append(_recover_with_cli(tool, damaged, directory))
                methods.append("sqlite3 .recover")
        report.method = " + ".join(methods)
        fresh = directory / "new.db"
        for number, source_path in enumerate(sources):
            source = sqlite3.connect(source_path, isolation_level=None)
            try:
                schema = _source_schema(source)
                if schema is not None and schema > SCHEMA_VERSION:
                    raise BriefingError(f"the store {path} was made by a newer briefing (schema {schema});"
                                        " repair it with that version")
                if number == 0:
                    Store(fresh, notice=lambda _message: None).close()
                for table, count in _salvage_into(source, fresh).items():
                    report.recovered[table] = report.recovered.get(table, 0) + count
            finally:
                source.close()
        _finish(fresh)
        keep = backup_name(path, "damaged")
        try:
            os.link(path, keep)  # the damaged file stays at `path` until the new one replaces it
        except OSError:
            shutil.copy2(path, keep)  # a file system without hard links
        wal = Path(f"{path}-wal")
        if wal.exists():  # its log goes with it, or SQLite would replay it into the new store
            os.replace(wal, Path(f"{keep}-wal"))
        Path(f"{path}-shm").unlink(missing_ok=True)
        os.replace(fresh, path)
        report.damaged_copy = keep
    report.after = check_store(path)
    return report


def repair_store(path: Path, use_cli: bool = True) -> RepairReport:
    """Rebuild caches on a sound store; recover a damaged one into a new store (see recover_store)."""
    path = Path(path).expanduser()
    before = check_store(path)
    if before.schema is not None and before.schema > SCHEMA_VERSION:
        raise BriefingError(f"the store {path} was made by a newer briefing (schema {before.schema});"
                            " repair it with that version")
    if not before.damaged:
        conn = _connect(path)
        try:
            rebuilt = rebuild_caches(conn)
            still = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        except sqlite3.Error as error:
            _not_damage(path, error)  # read-only, full, busy: say so; damage: recover below
            still = ["damaged"]
            rebuilt = []
        finally:
            conn.close()
        if still == ["ok"]:
            return RepairReport(path=path, rebuilt=rebuilt, after=check_store(path))
    try:
        report = recover_store(path, use_cli=use_cli)
    except OSError as error:
        reason = _read_only_dir(path) or (error.strerror or str(error)).lower()
        raise BriefingError(f"cannot repair the store {path}: {reason}") from None
    except sqlite3.Error as error:
        _not_damage(path, error)
        raise BriefingError(f"cannot repair the store {path}: {error}") from None
    report.rebuilt = [f"cached {t}" for t in CACHE_TABLES] + ["list gists"]
    return report


# ---- export --all ----------------------------------------------------------------------------------


def _text(value: object) -> str:
    """A column read from a damaged store as text, whatever type the damage left in it."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def salvage_notes(path: Path) -> tuple[list[Release], dict[int, list[Mark]], set[int]]:
    """Every readable mark grouped by release, with each release that can still be read (a stand-in
    made of the marked passages where it cannot), read row by row without writing to the store.

    Returns (releases newest first, marks by release id, ids of the releases that could not be read).
    """
    import datetime as dt

    conn = _connect_for_reading(Path(path).expanduser())
    try:
        mark_columns = ["id", "release_id", "start", "end", "text", "label", "note", "created"]
        if not set(mark_columns) <= set(_columns(conn, "marks")):
            raise BriefingError(f"cannot read the marks in {path}: the table is damaged; run `briefing check"
                                " --repair`")
        marks: dict[int, list[Mark]] = {}
        for read in readable_rows(conn, "marks", mark_columns):
            _, mark_id, release_id, start, end, text, label, note, created = read
            if not isinstance(release_id, int):
                continue
            marks.setdefault(release_id, []).append(Mark(
                release_id=release_id, start=start if isinstance(start, int) else 0,
                end=end if isinstance(end, int) else 0, text=_text(text), label=_text(label) or "mark",
                note=_text(note), id=mark_id if isinstance(mark_id, int) else None, created=_text(created)))
        releases: list[Release] = []
        lost: set[int] = set()
        release_columns = ["title", "body", "date", "date_thai", "category", "source", "file"]
        for release_id, its_marks in marks.items():
            try:
                row: tuple[object, ...] | None = conn.execute(
                    f"SELECT {', '.join(release_columns)} FROM releases WHERE id = ?", (release_id,)).fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row is None:
                lost.add(release_id)
                releases.append(Release(title=LOST_TITLE.format(id=release_id),
                                        body="\n\n".join(m.text for m in its_marks), id=release_id))
                continue
            title, body, date, date_thai, category, source, file = (_text(value) for value in row)
            try:
                day = dt.date.fromisoformat(date) if date else None
            except ValueError:
                day = None
            releases.append(Release(title=title, body=body, date=day, date_thai=date_thai or None,
                                    category=category or None, source=source or None, file=file or None,
                                    id=release_id))
    finally:
        conn.close()
    releases.sort(key=lambda r: (r.date or dt.date.min, r.id or 0), reverse=True)
    return releases, marks, lost


def cached_analysis(path: Path, release_id: int, version: str) -> Analysis | None:
    """The cached analysis if it can be read, else None (the caller analyses the text again)."""
    import json

    conn = _connect_for_reading(Path(path).expanduser())
    try:
        row = conn.execute("SELECT json FROM analyses WHERE release_id = ? AND version = ?",
                           (release_id, version)).fetchone()
        return Analysis.from_json(json.loads(row[0])) if row else None
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError):
        return None
    finally:
        conn.close()
