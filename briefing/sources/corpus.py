"""Read releases in the thaigov corpus file format (see the corpus README).

A file is: the page title with the site's prefix, a blank line, the Thai date line, sometimes a
dd/mm/yyyy line, the "พิมพ์" label, the headline repeated once or twice, the paragraphs, and
"ที่มา : URL". What the page adds around the release (prefix, date lines, label, repeated headline,
zero-width spaces, the audio player's fallback text) is taken off so the body is only the release.

Files, directories (recursive, sorted) and .tar.xz archives of the corpus layout are read by
`iter_paths`, which reports a bad file by name and carries on with the rest. Only regular files are
read (a FIFO named x.txt would hang the import, /dev/zero would fill the memory), and none larger than
`max_bytes` (MAX_RELEASE_BYTES unless `[store] max_release_kb` says otherwise): the largest release in
the 63k-file corpus is far below it, and a 3 GB member of a small .tar.xz is a bomb, not a release.
"""

from __future__ import annotations

import datetime as dt
import importlib
import lzma
import os
import re
import stat
import tarfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from briefing.errors import BriefingError
from briefing.model import Release

# The page title is "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<headline>"; a few pages have only "รัฐบาลไทย-".
TITLE_PREFIX = re.compile(r"^\s*รัฐบาลไทย\s*-\s*(?:ข่าวทำเนียบรัฐบาล\s*-)?")
THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}
DATE_LINE = re.compile(
    r"^\s*(?:วัน\S*?ที่\s*)?(\d{1,2})\s*(" + "|".join(THAI_MONTHS) + r")\s*(?:พ\.ศ\.\s*)?(\d{4})\s*$"
)
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
SOURCE_LINE = re.compile(r"^\s*ที่มา\s*:\s*(https?://\S+)\s*$")
PRINT_LABEL = "พิมพ์"
# Lines the page adds that are not part of the release.
BOILERPLATE = frozenset({"Your browser does not support the audio element."})
# Invisible characters that only get in the way of matching and analysis.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# <category>_<n>_<uuid>.txt, or <category>_<n>.txt in the oldest part of the corpus.
FILE_NAME = re.compile(r"^(.*?)_(\d+)(?:_[0-9a-fA-F-]{8,})?\.txt$")
MAX_RELEASE_BYTES = 2 * 1024 * 1024
"""The largest release file read by default (`[store] max_release_kb` changes it)."""
HEADER_LINES = 6
HEADLINE_TAIL = 100
"""A headline copy running on by at most this many characters past a word break is the fuller
headline (a subtitle); a longer run is the first paragraph sharing the headline's line."""
"""How far into the body the repeated headline may reach (two copies, each split over up to 3 lines)."""


def category_from_name(name: str | None) -> str | None:
    """The Thai news category encoded in a corpus file name, or None when the name has none."""
    if not name:
        return None
    match = FILE_NAME.match(os.path.basename(name.replace("\\", "/")))
    if not match:
        return None
    return match.group(1).strip() or None


def _be_date(day: int, month: int, year: int) -> dt.date | None:
    """A Buddhist-era date (years above 2400) or a common-era one, as a common-era date."""
    if year > 2400:
        year -= 543
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _squash(text: str) -> str:
    """Text with all whitespace removed, for comparing headline copies that wrap differently."""
    return re.sub(r"\s+", "", text)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text).replace("\u00a0", " ")
    return CONTROL.sub("", text)


def _position_after(line: str, count: int) -> int:
    """Index in `line` just after its first `count` non-space characters."""
    seen = 0
    for index, char in enumerate(line):
        if seen == count:
            return index
        if not char.isspace():
            seen += 1
    return len(line)


def _strip_headline(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """Drop the copies of the headline that open the body; return the fullest headline and the rest.

    The page title and the first copy are sometimes cut short mid-word, and a copy is sometimes
    split over two or three lines, so a line counts as headline when it is the title, a start of
    it, a continuation of a split copy, or the title continued mid-word (then it is the full
    headline). Some pages run the headline and the first paragraph together on one line.
    """
    full = _squash(title)
    pending = ""  # the rest of a headline copy that has been split over lines
    dropped = 0
    while lines and dropped < HEADER_LINES:
        line = lines[0]
        squashed = _squash(line)
        if not any(char.isalnum() for char in squashed):  # blank or a separator like ".."
            lines = lines[1:]
            continue
        if pending and pending.startswith(squashed):
            pending = pending[len(squashed):]
        elif squashed == full:
            pending = ""
        elif full and squashed.startswith(full):
            cut = _position_after(line, len(full))
            subtitle = len(line) - cut <= HEADLINE_TAIL and any(rest.strip() for rest in lines[1:])
            if not line[cut].isspace() or subtitle:
                # The title was cut short, or this copy adds a subtitle: it is the fuller headline.
                title, full, pending = line.strip(), squashed, ""
            else:
                # The headline and the first paragraph share a line: keep the paragraph.
                lines = [line[cut:].strip(), *lines[1:]]
                break
        elif full.startswith(squashed) and len(squashed) >= min(len(full), 12):
            pending = full[len(squashed):]
        else:
            break
        lines = lines[1:]
        dropped += 1
    return title, lines


def parse_release(text: str, name: str | None = None, category: str | None = None) -> Release:
    """Parse one corpus file's text; raise BriefingError naming the file when it is not in the format.

    The category defaults to the one in the file name (`<category>_<n>_<uuid>.txt`).
    """
    label = name or "release"
    if "\x00" in text:
        raise BriefingError(f"{label}: binary file, not a release")
    lines = _clean(text).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise BriefingError(f"{label}: empty file")
    title = TITLE_PREFIX.sub("", lines[0]).strip()
    rest = [line.rstrip() for line in lines[1:]]
    while rest and not rest[-1].strip():
        rest.pop()
    source = None
    if rest and (m := SOURCE_LINE.match(rest[-1])):
        source = m.group(1)
        rest.pop()
    i = 0
    while i < len(rest) and not rest[i].strip():
        i += 1
    date = None
    date_thai = None
    if i < len(rest) and (m := DATE_LINE.match(rest[i].translate(THAI_DIGITS))):
        date_thai = rest[i].strip()
        date = _be_date(int(m.group(1)), THAI_MONTHS[m.group(2)], int(m.group(3)))
        i += 1
    if date_thai is None:
        raise BriefingError(f"{label}: not a release in the corpus format (no Thai date line under the title)")
    while i < len(rest) and not rest[i].strip():
        i += 1
    if i < len(rest) and (m := NUMERIC_DATE.match(rest[i].translate(THAI_DIGITS))):
        date = date or _be_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        i += 1
    if i < len(rest) and rest[i].strip() == PRINT_LABEL:
        i += 1
    if not title:
        raise BriefingError(f"{label}: release has no title (an empty page)")
    title, body_lines = _strip_headline(title, rest[i:])
    body = _join_body(body_lines)
    if not body:
        raise BriefingError(f"{label}: release has no text (an empty page)")
    return Release(title=title, body=body, date=date, date_thai=date_thai,
                   category=category if category is not None else category_from_name(name),
                   source=source, file=name)


def _join_body(lines: list[str]) -> str:
    """Paragraph lines joined, without page boilerplate, runs of blank lines or blank ends.

    A line with no letter or digit ("-------", ".....") is a separator: a paragraph break inside
    the body, nothing at its ends.
    """
    out: list[str] = []
    for line in lines:
        if line.strip() in BOILERPLATE:
            continue
        if not any(char.isalnum() for char in line):
            if out and out[-1]:
                out.append("")
            continue
        out.append(line.rstrip())
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def parse_bytes(data: bytes, name: str, category: str | None = None) -> Release:
    """Decode and parse one file's bytes; empty, binary and non-UTF-8 files are BriefingErrors."""
    if not data.strip():
        raise BriefingError(f"{name}: empty file")
    if b"\x00" in data:
        raise BriefingError(f"{name}: binary file, not a release")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefingError(f"{name}: not UTF-8 text") from None
    return parse_release(text, name=name, category=category)


def _too_large(name: str, max_bytes: int) -> BriefingError:
    return BriefingError(f"{name}: larger than {_size(max_bytes)}, too large for a release"
                         " (the limit is [store] max_release_kb)")


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):g} MB" if count >= 1024 * 1024 else f"{count / 1024:g} KB"


def read_bytes(path: Path, max_bytes: int = MAX_RELEASE_BYTES) -> bytes:
    """A release file's bytes: only a regular file, and at most `max_bytes` of it, else BriefingError.

    Opened without blocking and checked on the open descriptor, so a FIFO (which would wait for a
    writer forever) or a device like /dev/zero (which never ends) is refused, not read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BriefingError(f"{path}: not a regular file (a pipe, device or socket); skipped")
        if info.st_size > max_bytes:
            raise _too_large(str(path), max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew after the check
        raise _too_large(str(path), max_bytes)
    return data


def read_file(path: Path, max_bytes: int = MAX_RELEASE_BYTES) -> Release:
    """Read and parse one release file; any problem is a one-line BriefingError naming it."""
    return parse_bytes(read_bytes(path, max_bytes), str(path))


def is_archive(path: Path) -> bool:
    return path.name.endswith((".tar.xz", ".txz", ".tar.gz", ".tgz", ".tar.bz2", ".tar"))


def _walk(directory: Path) -> Iterator[Path]:
    """Release files under a directory, recursively, in sorted order; hidden entries are skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if file.endswith(".txt") and not file.startswith("."):
                yield Path(root) / file


def _iter_archive(path: Path, max_bytes: int) -> Iterator[tuple[str, Release | BriefingError]]:
    """Stream the .txt members of an archive without unpacking it (63k files read in place).

    A member larger than `max_bytes` is reported from its header and never read into memory (the
    stream skips over it); links, devices and FIFOs in the archive are not files and are passed over.
    """
    try:
        with _decompressed(path) as raw, tarfile.open(fileobj=raw, mode="r|", bufsize=1 << 20) as archive:
            for member in archive:
                if not member.isfile() or not member.name.endswith(".txt"):
                    continue
                if os.path.basename(member.name).startswith("."):
                    continue
                name = f"{path}:{member.name}"
                if member.size > max_bytes:
                    yield name, _too_large(name, max_bytes)
                    continue
                handle = archive.extractfile(member)
                data = handle.read(max_bytes + 1) if handle else b""
                if len(data) > max_bytes:
                    yield name, _too_large(name, max_bytes)
                    continue
                yield name, _attempt(parse_bytes, data, name)
    except (tarfile.TarError, OSError, EOFError, lzma.LZMAError, zlib.error) as error:
        yield str(path), BriefingError(f"cannot read archive {path}: {error}")


_COMPRESSED = ((b"\xfd7zXZ\x00", "lzma"), (b"\x1f\x8b", "gzip"), (b"BZh", "bz2"))


def _decompressed(path: Path) -> IO[bytes]:
    """The archive's tar stream, decompressed a bounded piece at a time.

    Not tarfile's "r|*": it decompresses each block of input in one call, so 10 KB of xz holding
    gigabytes of zeros became one gigabyte-sized bytes object (a MemoryError), and skipping it copied
    the rest of that buffer for every block read (minutes). The lzma, gzip and bz2 file objects
    decompress at most what is asked for, so a member is skipped in constant memory.
    """
    with path.open("rb") as probe:
        magic = probe.read(6)
    for prefix, module in _COMPRESSED:
        if magic.startswith(prefix):
            opener = importlib.import_module(module).open
            return cast(IO[bytes], opener(path, "rb"))
    return path.open("rb")


def _attempt(parse: Callable[..., Release], *args: Any) -> Release | BriefingError:
    """The parsed release, or the BriefingError saying why the file is not one."""
    try:
        return parse(*args)
    except BriefingError as error:
        return error


def iter_paths(paths: Iterable[Path | str],
               max_bytes: int = MAX_RELEASE_BYTES) -> Iterator[tuple[str, Release | BriefingError]]:
    """Every release in the given files, directories and archives, as (name, release or error).

    A bad file gives its error and the walk goes on, so one broken file never loses the others.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield str(file), _attempt(read_file, file, max_bytes)
        elif is_archive(path) and path.is_file():
            yield from _iter_archive(path, max_bytes)
        else:
            yield str(path), _attempt(read_file, path, max_bytes)
