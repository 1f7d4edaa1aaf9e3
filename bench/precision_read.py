"""Organisations and places found on random unseen corpus releases, for reading precision by hand.

    python bench/precision_read.py SEED N OUT.jsonl [STORE_DB]

Samples N Thai releases (seed SEED) of the read-only store, leaving out every release whose source id appears
in bench/ (held-out sets, gists, briefs), bench/mine_exclude_sources.txt, the dev set or /tmp/draw (the measurement sets' draws), runs
briefing.thai.analyze and writes one JSON line per organisation/place mention (release id, field, type, span,
text, 30 characters of context either side). Two runs (before/after a change) are compared with
bench/precision_diff.py.
"""
import glob
import json
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, ".")
from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalised


def excluded() -> set[str]:
    ids: set[str] = set()
    for p in glob.glob("bench/**/*.txt", recursive=True) + glob.glob("/work/shared/eval/dev/*.txt") + glob.glob("/tmp/draw/*/*.txt"):
        for line in Path(p).read_text(encoding="utf-8", errors="replace").splitlines()[-3:]:
            ids.update(re.findall(r"details/(\d+)", line))
    for p in (glob.glob("bench/**/README.md", recursive=True) + glob.glob("/tmp/draw/*.txt")
              + ["bench/mine_exclude_sources.txt"]):
        ids.update(re.findall(r"details/(\d+)", Path(p).read_text(encoding="utf-8")))
    return ids


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    db = sys.argv[4] if len(sys.argv) > 4 else "/tmp/wt8_store/p/d/briefing/briefing.db"
    excl = excluded()
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = c.execute("select id, title, body, source from releases order by id").fetchall()
    rows = [r for r in rows if re.search("[ก-๙]", r[1] or "")
            and (not (m := re.search(r"details/(\d+)", r[3] or "")) or m.group(1) not in excl)]
    sample = random.Random(seed).sample(rows, n)
    with open(out, "w", encoding="utf-8") as f:
        for rid, title, body, _src in sample:
            t, b = normalised(title or ""), normalised(body or "")
            ents, _refs = find_entities(t.text, b.text)
            texts = {"title": t.text, "body": b.text}
            for e in ents:
                if e.type not in ("organisation", "place"):
                    continue
                x = texts[e.field]
                f.write(json.dumps({"id": rid, "field": e.field, "type": e.type, "start": e.start, "end": e.end,
                                    "text": x[e.start:e.end], "left": x[max(0, e.start - 30):e.start],
                                    "right": x[e.end:e.end + 30]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
