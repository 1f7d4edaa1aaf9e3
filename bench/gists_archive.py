"""The offline gist on a random draw of archive releases, for reading failures by kind and for before/after diffs.

    python bench/gists_archive.py STORE SEED N OUT.jsonl        (STORE: a briefing.db, opened read-only)
    python bench/gists_archive.py STORE SEED N OUT.jsonl --like '%สมเด็จพระ%'   (only headlines like a pattern)
    python bench/gists_archive.py STORE SEED N OUT.jsonl --regex 'ด้าน *นาย'       (only headlines a Python regex finds)
    python bench/gists_archive.py --diff BEFORE.jsonl AFTER.jsonl

The draw leaves out the dev files, every bench set (bench/*/*.txt) and /tmp/draw by source URL, so what is fixed from
it is not fitted to a sample that measures the method. Each line of OUT is {id, source, title, gist}; --diff
prints the releases whose gist changed, both gists under the headline, and how many changed.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
URL = re.compile(r"ที่มา\s*:\s*(\S+)")


def _left_out() -> set[str]:
    urls: set[str] = set()
    # every bench set (gists*, heldout*, briefs, measure/heldout*) and every draw under /tmp/draw, read for their
    # source URLs only
    for p in [*Path("/work/shared/eval/dev").glob("*.txt"), *HERE.glob("*/*.txt"), *HERE.glob("measure/*/*.txt"),
              *Path("/tmp/draw").rglob("*.txt")]:
        urls.update(URL.findall(p.read_text(encoding="utf-8", errors="replace")))
    # and every source the lead excluded when it drew (a draw's folder may be gone, or not yet a bench set)
    urls.update(line.strip() for line in (HERE / "mine_exclude_sources.txt").read_text(encoding="utf-8").splitlines()
                if line.strip())
    return urls


def draw(store: str, seed: int, n: int, out: Path, like: str = "%", pattern: str | None = None) -> None:
    from briefing.model import Release
    from briefing.summary.offline import make_brief
    from briefing.thai import analyze

    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    found = re.compile(pattern) if pattern else None
    ids = [r[0] for r in db.execute("SELECT id, title FROM releases WHERE language = 'th' AND title LIKE ? ORDER BY id", (like,))
           if found is None or found.search(r[1])]
    random.Random(seed).shuffle(ids)
    left_out = _left_out()
    with out.open("w", encoding="utf-8") as f:
        done = 0
        for rid in ids:
            source, title, body, category = db.execute(
                "SELECT source, title, body, category FROM releases WHERE id = ?", (rid,)).fetchone()
            if source in left_out:
                continue
            release = Release(title=title, body=body, category=category, source=source, id=rid)
            gist = make_brief(release, analyze(release)).gist
            f.write(json.dumps({"id": rid, "source": source, "title": title, "gist": gist}, ensure_ascii=False) + "\n")
            done += 1
            if done == n:
                break


def _lines(path: Path) -> list[dict[str, Any]]:
    """OUT's records, one a line; split on newlines only (a headline may hold U+2028, which splitlines() cuts on)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def diff(before: Path, after: Path) -> None:
    old = {d["id"]: d for d in _lines(before)}
    changed = 0
    for d in _lines(after):
        was = old.get(d["id"])
        if was is not None and was["gist"] != d["gist"]:
            changed += 1
            print(f"{d['id']}  {d['title'][:150]}\n   - {was['gist']}\n   + {d['gist']}")
    print(f"{changed} of {len(old)} changed")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"]:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        like = sys.argv[sys.argv.index("--like") + 1] if "--like" in sys.argv else "%"
        pattern = sys.argv[sys.argv.index("--regex") + 1] if "--regex" in sys.argv else None
        draw(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), like, pattern)
