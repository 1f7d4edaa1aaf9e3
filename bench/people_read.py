"""People found on random unseen corpus releases, for reading precision by hand (and a before/after diff).

    python bench/people_read.py SEED N OUT.jsonl [LITERAL...]

Samples N Thai releases (seed SEED) of the read-only store, leaving out the held-out sets, gists, briefs, the dev
set and /tmp/draw (as bench/precision_read.py does), plus every release that contains one of the LITERALs (up to
300 of those, same seed), runs briefing.thai.analyze and writes one JSON line per person entity (release id,
text as written, canonical, 30 characters either side). Compare two runs with `diff <(sort A) <(sort B)`.
"""
import json
import random
import re
import sqlite3
import sys

sys.path.insert(0, ".")
sys.path.insert(0, "bench")
from precision_read import excluded

from briefing.model import Release
from briefing.thai import analyze


def main() -> None:
    seed, n, out, literals = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    excl = excluded()
    c = sqlite3.connect("file:/tmp/wt8_store/p/d/briefing/briefing.db?mode=ro", uri=True)
    rows = c.execute("select id, title, body, source from releases order by id").fetchall()
    rows = [r for r in rows if (not (m := re.search(r"details/(\d+)", r[3] or "")) or m.group(1) not in excl)]
    rng = random.Random(seed)
    thai = [r for r in rows if re.search("[ก-๙]", r[1] or "")]
    sample = rng.sample(thai, n)
    if literals:
        hits = [r for r in rows if any(lit in (r[1] or "") + (r[2] or "") for lit in literals)]
        sample += rng.sample(hits, min(300, len(hits)))
    seen: set[int] = set()
    with open(out, "w", encoding="utf-8") as f:
        for rid, title, body, _src in sample:
            if rid in seen:
                continue
            seen.add(rid)
            a = analyze(Release(title=title or "", body=body or ""))
            for e in a.entities:
                if e.type != "person":
                    continue
                text = a.title if e.field == "title" else a.body
                row = {"id": rid, "text": e.text, "canonical": e.canonical,
                       "context": text[max(0, e.start - 30):e.end + 30].replace("\n", " ")}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
