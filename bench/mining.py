"""What the bench/mine_*.py miners share: the archive they read and the releases they leave out.

The archive is a briefing store holding the whole thaigov-v2 corpus, read-only. Build one with
    XDG_DATA_HOME=/tmp/archive briefing import ../shared/corpus/thaigov-v2.tar.xz
and point BRIEFING_ARCHIVE_DB at its briefing.db (the default is where the session-8 miners found it; session 12
mined from /tmp/arch/d/briefing/briefing.db, 62,904 releases).

mine_exclude_sources.txt lists the source URL of every release an annotated set holds (dev, seeds, every
bench/heldout*, gists, briefs, the measurement sets), so that each annotated set stays a fair test of a mined
list and nothing comes from the dev files. Session 8 mined the lists with the 600 sources of that day; session 9
added the 82 of the sets drawn since (bench/heldout60-69, gists8) and session 10 the 32 of bench/heldout70-74, and
session 10 ran every miner again with all 713 left out (a name only an annotated set vouched for dropped out).
Session 11 added 52 (heldout75-79, gists9) and session 12 44 (heldout80-83, gists10) and mined again with all 809.
Session 13 added 50 (heldout84-88, gists11) and mined again with all 859 and their re-posted copies left out.

Every miner reads the archive through `archive_releases`, which reads the list through `excluded_sources` (it
refuses to run, SystemExit, when the file is missing or holds no URL, or when a release of a bench/ set lacks its
URL there) and leaves out the re-posted copies of the listed releases too (`leave_out`, below): session 12 found
the archive holding evaluation releases again under other URLs, which only mine_companies skipped (by title).

To add a set (do it when the set is drawn, before anyone reads it, and before the next miner run):
  1. take each file's `ที่มา :` URL with a script, not by opening the texts (a measurement set is never read):
         for f in SET/*.txt; do grep -m1 'ที่มา *:' "$f" | grep -o 'https\\?://[^ ]*'; done | sort
  2. append them to mine_exclude_sources.txt under a comment line naming the set and the session
     ('# session 12: /tmp/draw/heldout80 (blind set)'); '#' lines and blank lines are skipped;
  3. mine again (each bench/mine_*.py, one at a time, with BRIEFING_ARCHIVE_DB set) and read the data diffs.
The coverage check reads the `ที่มา :` line of every .txt under bench/ except the measurement sets (bench/measure/
and any set measurement_sets.MEASURE names, whose texts are not opened) and, when ../shared/eval/dev is there, the
dev files: a measurement set or a draw still outside bench/ (/tmp/draw/...) has to be added by hand as above.
"""

from __future__ import annotations

import collections
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from measurement_sets import MEASURE, MEASURE_DIR  # bench/measurement_sets.py

HERE = Path(__file__).resolve().parent
ARCHIVE = os.environ.get("BRIEFING_ARCHIVE_DB", "/tmp/wt8_store/p/d/briefing/briefing.db")
EXCLUDE = str(HERE / "mine_exclude_sources.txt")
_SOURCE = re.compile(r"ที่มา\s*:\s*(https?://\S+)")


DEV = HERE.parent.parent / "shared" / "eval" / "dev"


def annotated_sources(dev: Path | None = DEV) -> dict[str, str]:
    """The `ที่มา :` URL of each release file of the bench/ sets (measurement sets aside) and of the dev files when
    `dev` is a directory, by file path. Files without such a line (BEFORE.txt, SOURCES.txt) are skipped."""
    files = [p for p in sorted(HERE.glob("**/*.txt"))
             if MEASURE_DIR not in p.parents and not set(p.relative_to(HERE).parts[:-1]) & set(MEASURE)]
    files += sorted(dev.glob("*.txt")) if dev is not None and dev.is_dir() else []
    out: dict[str, str] = {}
    for path in files:
        if path.name == "mine_exclude_sources.txt":
            continue
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                m = _SOURCE.search(line)
                if m:
                    out[str(path)] = m.group(1)
                    break
    return out


def excluded_sources(path: str | Path = EXCLUDE, dev: Path | None = DEV) -> frozenset[str]:
    """The source URLs a miner leaves out: each line of the list that is not blank and not a '#' comment.

    Refuses to run (SystemExit) when the list is missing or empty, or when a bench/ set's release (or a dev file)
    has a source the list lacks: a miner would then count names from an annotated set's own releases."""
    p = Path(path)
    if not p.is_file():
        raise SystemExit(f"{p}: no exclusion list; the miners do not run without one (bench/mining.py says how to make it)")
    urls = frozenset(s for line in p.read_text(encoding="utf-8").splitlines() if (s := line.strip()) and not s.startswith("#"))
    if not urls:
        raise SystemExit(f"{p}: the exclusion list holds no source URL; the miners do not run without one")
    missing = {f: u for f, u in annotated_sources(dev).items() if u not in urls}
    if missing:
        shown = ", ".join(f"{Path(f).parent.name}/{Path(f).name}" for f in list(missing)[:5])
        raise SystemExit(f"{p} lacks the sources of {len(missing)} annotated releases ({shown} ...): add each set's "
                         "'ที่มา :' URLs (bench/mining.py says how) before mining")
    return urls


# Re-posted copies. The archive holds some releases twice or more under other URLs: the same text posted again (a
# fixed typo, a prefixed title: 'รองนายกฯ "ประเสริฐ" เผย ดีอี ...' for 'ดีอี ...'), or pasted whole into a longer one
# (a cabinet-meeting digest holds the day's resolutions). Leaving out an annotated release by its URL alone still
# lets its copies vouch for a name, so `archive_releases` also leaves out every release that copies one:
#   - its title, less spaces and quote marks, is an excluded release's (as mine_companies did alone before; a few
#     series under one title go too, which costs a handful of releases, not fairness);
#   - or its body, less white space, is an excluded release's;
#   - or at least half of its rare paragraphs are an excluded release's.
# A paragraph is a line of >= PARAGRAPH letters (white space dropped); it is rare when fewer than BOILERPLATE releases
# of the archive hold it, so that a ministry's standing closing lines (hotlines, hashtags, 'โปรดตรวจสอบมติ...') shared
# by an annotated release and hundreds of others make nobody a copy. A release that holds some of an excluded
# release's rare paragraphs but is mostly its own text (a digest) is kept without those lines.
PARAGRAPH = 60
BOILERPLATE = 4
_NOT_TITLE = re.compile(r"[\s\"'“”‘’«»\u200b]+")
_SPACE = re.compile(r"[\s\u200b]+")


class Release(NamedTuple):
    source: str
    title: str
    body: str
    language: str


def _title_key(title: str) -> str:
    return _NOT_TITLE.sub("", title or "")


def _paragraphs(body: str) -> dict[str, str]:
    """Each long line of `body` by its key (the line less white space)."""
    out: dict[str, str] = {}
    for line in (body or "").split("\n"):
        key = _SPACE.sub("", line)
        if len(key) >= PARAGRAPH:
            out[key] = line
    return out


def leave_out(rows: list[Release], skip: frozenset[str]) -> tuple[list[Release], dict[str, list[str]]]:
    """The rows a miner may count: those whose source is not in `skip`, less the copies of those that are (see
    above). Also returns, by reason ('excluded', 'title', 'body', 'paragraphs', 'trimmed'), the sources left out or
    (trimmed) kept without copied lines, for the miners to report."""
    paragraphs = [_paragraphs(r.body) for r in rows]
    count: collections.Counter[str] = collections.Counter()
    for p in paragraphs:
        count.update(p.keys())
    titles: set[str] = set()
    bodies: set[str] = set()
    copied: set[str] = set()
    for r, p in zip(rows, paragraphs):
        if r.source in skip:
            titles.add(_title_key(r.title))
            bodies.add(_SPACE.sub("", r.body or ""))
            copied.update(k for k in p if count[k] < BOILERPLATE)
    titles.discard("")
    bodies.discard("")
    kept: list[Release] = []
    why: dict[str, list[str]] = collections.defaultdict(list)
    for r, p in zip(rows, paragraphs):
        rare = [k for k in p if count[k] < BOILERPLATE]
        shared = [k for k in rare if k in copied]
        if r.source in skip:
            why["excluded"].append(r.source)
        elif _title_key(r.title) in titles:
            why["title"].append(r.source)
        elif bodies and _SPACE.sub("", r.body or "") in bodies:
            why["body"].append(r.source)
        elif shared and 2 * len(shared) >= len(rare):
            why["paragraphs"].append(r.source)
        elif shared:
            drop = {p[k] for k in shared}
            kept.append(r._replace(body="\n".join(line for line in r.body.split("\n") if line not in drop)))
            why["trimmed"].append(r.source)
        else:
            kept.append(r)
    return kept, dict(why)


def archive_releases(db: str = ARCHIVE, exclude: str | Path = EXCLUDE, language: str | None = None,
                     report: bool = True) -> list[Release]:
    """Every release of the archive store `db` (opened read-only, in id order) that a miner may count: the
    annotated releases (`exclude`, through `excluded_sources`) and their re-posted copies left out (`leave_out`).
    `language` ('th') keeps only the releases of that language. Prints what it left out to stderr."""
    skip = excluded_sources(exclude)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = [Release(s or "", t or "", b or "", lang or "")
            for s, t, b, lang in con.execute("SELECT source, title, body, language FROM releases ORDER BY id")]
    con.close()
    kept, why = leave_out(rows, skip)
    if language is not None:
        kept = [r for r in kept if r.language == language]
    if report:
        print(f"{db}: {len(rows)} releases, {len(kept)} mined; left out: "
              + ", ".join(f"{len(v)} {k}" for k, v in why.items()), file=sys.stderr)
    return kept
