"""Mine briefing/data/english_lower_words.txt: the English words the archive writes in lower case.

    python bench/mine_english_words.py [--store PATH] [--write]

A capitalised word that English also writes in lower case is an ordinary word (Land Bridge, Smart Park, Capacity
Building, Green Hotel: kinds and projects); one it never writes so is a name (Sabrang Tourism Park, Chittagong
Port, Korat Hall). briefing/thai/latin_places.py asks this list which. Read: every release of the archive (the
SQLite store built from /work/shared/corpus/thaigov-v2.tar.xz, table releases, opened read-only) whose letters
are mostly Latin (an English release, ~3% of the archive) and the Latin words of the Thai releases too (English
glosses in brackets: "(Weigh station)", "(Sister city)"), less the releases of every annotated set
(/work/s8/exclude_sources.txt, by source URL). A word is kept when it is written in lower case (letters only, 3+
letters; the parts of a hyphenated word too: eco-friendly gives eco; not inside an address, a hashtag or a file
name) in 3 or more releases. Cheap: regexes over the archive's text, under a minute.
"""

from __future__ import annotations

import argparse
import collections
import re
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = "/tmp/wt8_store/p/d/briefing/briefing.db"
EXCLUDE = Path("/work/s8/exclude_sources.txt")
OUT = ROOT / "briefing" / "data" / "english_lower_words.txt"
MIN_RELEASES = 3
_LOWER = re.compile(r"(?<![A-Za-z0-9’'./@#_:])[a-z]{3,30}(?:-[a-z]{1,30})*(?![A-Za-z0-9’'./@#_])")
HEADER = f"""# English words the archive writes in lower case: a capitalised word in this list is an ordinary word, not a name
# (briefing/thai/latin_places.py). Source: PyThaiNLP thaigov-v2-corpus (public domain),
# https://github.com/PyThaiNLP/thaigov-v2-corpus, mined by bench/mine_english_words.py from the releases whose
# Latin text (English releases and English inside Thai ones); the releases of every annotated set left out. A word is kept when it is written in
# lower case (3+ letters) in {MIN_RELEASES} or more releases.
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=STORE)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    exclude = set(EXCLUDE.read_text(encoding="utf-8").split()) if EXCLUDE.exists() else set()
    con = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    seen: collections.Counter[str] = collections.Counter()
    n = 0
    for title, body, source in con.execute("select title, body, source from releases order by id"):
        if source in exclude:
            continue
        text = f"{title or ''}\n{body or ''}"
        n += 1
        found = set()
        for word in _LOWER.findall(text):
            found.update(part for part in word.split("-") if len(part) >= 3)
        seen.update(found)
    kept = sorted(w for w, c in seen.items() if c >= MIN_RELEASES)
    print(f"{n} releases, {len(seen)} lower-case words, {len(kept)} in >= {MIN_RELEASES} releases")
    if args.write:
        OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
