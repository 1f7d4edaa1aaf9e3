"""Data the analyzer builds at load time, kept in the user's cache dir so a first analysis reads it instead.

A first analysis (issue 3: <= 1.5 s including loading) spent most of its loading on pure jobs whose answer only
depends on their input: parsing the data TOML files (~0.17 s), building the trie regexes of known names and
compiling them (~0.3 s: re's parser and compiler are pure Python, the gazetteer's pattern alone is 48,000
characters) and the prefixes of newmm's word list (~0.15 s). `cached` stores such a value in one file of
paths.cache_dir()/built, named by a hash of everything it is built from (a data file's bytes, a word list, a pattern;
with FORMAT and the interpreter's full version, whose marshal and regex code the file holds): a changed input
or a changed builder is a new name, so a stale file is never read. A file that is unreadable, truncated or corrupt
(a checksum covers it) is built again and rewritten; a cache dir that cannot be written only means building every
time. Nothing here changes what is built: the value read is the value that was written.

Old files do not pile up: a data change or an upgrade writes new files beside the old ones (~7 MB a data change).
A file read is touched at most once a day, so its modified time says when it was last used; whenever a file is
written, files in built/ unused for KEEP_DAYS (and temporary files a crashed write left) are removed, at most once a
day (the `.swept` marker's time says when). Two installs sharing the cache dir each keep the files they use.

Compiled regexes are stored as their compiled code (what re's compiler hands to `_sre.compile`), which is not
public API: the parts are looked up at run time, and if this interpreter lacks them a pattern is simply compiled
with re.compile each time, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

FORMAT = 1
"""Bump when a builder whose key does not cover its own code changes what it builds (trie_regex's shape, the
word-set prefixes): the old files are then never read again."""

_MISSING: Any = object()

KEEP_DAYS = 30
"""A file in built/ not read or written for this many days is removed at the next sweep."""

_DAY = 86_400.0


def _internals() -> tuple[Any, Any, Any] | None:
    """re's parser, its compiler and _sre, or None on an interpreter that does not have them where 3.11-3.13 do."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        sre = importlib.import_module("_sre")
        return parser, compiler, sre
    except ImportError:  # pragma: no cover - CPython 3.11+ has all three
        return None


_RE = _internals()
_TAG = f"{FORMAT}|{sys.version}|{marshal.version}|{getattr(_RE[2], 'MAGIC', '') if _RE else ''}"
"""What every file is also keyed by: the formats here, and the interpreter (its full version: a patch release may
compile a pattern to other code)."""


def key_of(*parts: str | bytes) -> str:
    """A file-name-safe hash of the inputs of a value (and of the formats the file is written in)."""
    digest = hashlib.sha1(_TAG.encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:24]


def _path(name: str, key: str) -> Path | None:
    try:
        from briefing.paths import cache_dir

        return cache_dir() / "built" / f"{name}-{key}.bin"
    except Exception:  # noqa: BLE001 - no cache dir (no HOME, a broken platformdirs): build in memory
        return None


def _load(path: Path, key: str) -> Any:
    try:
        data = path.read_bytes()
    except OSError:
        return _MISSING
    body = data[4:]
    if len(data) < 4 or zlib.crc32(body).to_bytes(4, "little") != data[:4]:
        return _MISSING
    try:
        tag, stored_key, value = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return _MISSING
    if tag != _TAG or stored_key != key:
        return _MISSING
    _mark_used(path)
    return value


def _mark_used(path: Path) -> None:
    """Set a file's modified time to now when it is more than a day old: the sweep keeps what is still read."""
    try:
        now = time.time()
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))
    except OSError:
        pass


def sweep(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the files of `folder` (a built/ dir) unused for KEEP_DAYS, and temporary files of writes that
    never finished, unless a sweep ran there in the last day. Returns what was removed; errors remove less."""
    now = time.time() if now is None else now
    marker = folder / ".swept"
    removed: list[Path] = []
    try:
        if now - marker.stat().st_mtime < _DAY:
            return removed
    except OSError:
        pass  # never swept
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry == marker:
            continue
        unfinished = entry.name.startswith(".") and ".bin-" in entry.name  # write_cache_file's temporary
        if not (entry.suffix == ".bin" or unfinished):
            continue
        try:
            age = now - entry.stat().st_mtime
            if age > KEEP_DAYS * _DAY or (unfinished and age > _DAY):
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    try:
        marker.touch()
        os.utime(marker, (now, now))
    except OSError:
        pass
    return removed


def _store(path: Path, key: str, value: Any) -> None:
    try:
        body = marshal.dumps((_TAG, key, value))
    except ValueError:  # a value marshal cannot write (a TOML date): built each time
        return
    from briefing.paths import write_cache_file

    write_cache_file(path, zlib.crc32(body).to_bytes(4, "little") + body)
    sweep(path.parent)


def stored(name: str, key: str) -> Any:
    """The value of the cache file of (name, key) when there is a good one, else None (nothing is built or written):
    for a value worth building only once it pays (scan.word_set's stems)."""
    path = _path(name, key)
    value = _load(path, key) if path is not None else _MISSING
    return None if value is _MISSING else value


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value `build()` returns, read from the cache file of (name, key) when there is a good one, else built
    and written there. `key` must change whenever the value would (key_of over every input); the value must be
    made of what marshal writes (str, int, float, bool, None, bytes, tuple, list, dict, set, frozenset)."""
    path = _path(name, key)
    if path is not None:
        value = _load(path, key)
        if value is not _MISSING:
            return value  # type: ignore[no-any-return]
    value = build()
    if path is not None:
        _store(path, key, value)
    return value


def regex(name: str, key: str, pattern: Callable[[], str], flags: int = 0,
          parsed: Callable[[Any], tuple[str, Any]] | None = None) -> re.Pattern[str]:
    """re.compile(pattern(), flags), with the pattern and its compiled code read from the cache file of
    (name, key) when there is a good one (neither `pattern` nor re's compiler then runs). `key` must change
    whenever the pattern would. `parsed`, given re's parser module, returns the pattern and the tree re's parser
    makes of it, built without parsing (gazetteer._trie_parsed): re's compiler then starts from that tree."""
    flags = int(flags)  # a RegexFlag is not marshal's
    if _RE is None:  # pragma: no cover - see _internals
        return re.compile(pattern(), flags)
    sre = _RE[2]
    path = _path(name, key)
    if path is not None:
        stored = _load(path, key)
        if stored is not _MISSING:
            try:
                return sre.compile(*stored)  # type: ignore[no-any-return]
            except Exception:  # noqa: BLE001, S110 - code this _sre rejects: compiled afresh below
                pass
    text = None
    try:
        if parsed is not None:
            text, tree = parsed(_RE[0])
            tree.state.flags = _RE[0].fix_flags(text, flags)  # as re's parse() leaves it
            args = (text, *_code_of(tree, flags))
        else:
            text = pattern()
            args = (text, *_code(text, flags))
        compiled = sre.compile(*args)
    except Exception:  # noqa: BLE001 - re's internals differ here: the public way (raises re.error as it would)
        return re.compile(pattern() if text is None else text, flags)
    if path is not None:
        _store(path, key, args)
    return compiled  # type: ignore[no-any-return]


def _code(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What re._compiler.compile hands _sre.compile after the pattern: flags, code, groups, group names."""
    assert _RE is not None
    return _code_of(_RE[0].parse(pattern, flags), flags)


def _code_of(parsed: Any, flags: int) -> tuple[Any, ...]:
    """_code from the tree re's parser made of the pattern."""
    assert _RE is not None
    code = [int(op) for op in _RE[1]._code(parsed, flags)]  # named opcode constants are ints to _sre
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


@contextlib.contextmanager
def compiled_patterns(name: str) -> Iterator[None]:
    """While the block runs, each regex re compiles (each re.compile or re.search of a pattern re has not cached)
    takes its compiled code from one file of the cache dir when an earlier run compiled the same pattern with the
    same flags, and compiles it as re would otherwise. On leaving, the file is rewritten when the block compiled
    a pattern it did not hold.

    briefing.thai's ~130 modules compile ~750 patterns at import, most of them small: ~0.25 s of a first analysis
    that no one of them is worth a change at its own line for. The block swaps re._compiler.compile (which
    re._compile calls for each pattern not in its cache) for a look-up, and swaps it back on leaving; the
    compiled pattern is the one re would make, whoever asks for it meanwhile. Without the internals (see
    _internals) the block does nothing. The file keeps the patterns of earlier runs too (a caller that imported
    json before the block compiles fewer), until they outnumber this run's twice over."""
    compile_pattern = getattr(_RE[1], "compile", None) if _RE is not None else None
    if _RE is None or compile_pattern is None:  # pragma: no cover - see _internals
        yield
        return
    compiler, sre = _RE[1], _RE[2]
    key = key_of(name)
    path = _path(name, key)
    stored = _load(path, key) if path is not None else _MISSING
    known: dict[tuple[str | bytes, int], tuple[Any, ...]] = stored if isinstance(stored, dict) else {}
    used: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}

    def compile_or_read(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str | bytes) or not isinstance(flags, int) or flags & re.DEBUG:
            return compile_pattern(pattern, flags)
        args = known.get((pattern, flags))
        if args is not None:
            try:
                compiled = sre.compile(pattern, *args)
            except Exception:  # noqa: BLE001 - code this _sre rejects: compiled afresh below
                args = None
        if args is None:
            try:
                args = _code(pattern, flags)
                compiled = sre.compile(pattern, *args)
            except re.error:
                raise
            except Exception:  # noqa: BLE001 - re's internals differ here: as re would
                return compile_pattern(pattern, flags)
        used[pattern, flags] = args
        return compiled

    compiler.compile = compile_or_read
    try:
        yield
    finally:
        if compiler.compile is compile_or_read:
            compiler.compile = compile_pattern
        if path is not None and any(known.get(k) != v for k, v in used.items()):
            _store(path, key, used if len(known) > 2 * len(used) else {**known, **used})
