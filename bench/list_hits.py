"""The spans list propagation adds (briefing/thai/lists.py) on random corpus releases, to read for precision.

usage: python bench/list_hits.py [N] [SEED]   (default 300 releases, seed 7; the ten dev files are left out by source)
Reads the archive store read-only (/tmp/wt8_store/p/d/briefing/briefing.db); prints each new span with its context.
"""
import glob
import random
import re
import sqlite3
import sys

from briefing.thai import entities, lists

DB = "file:/tmp/wt8_store/p/d/briefing/briefing.db?mode=ro"


def main(n: int, seed: int) -> None:
    dev = set()
    for f in glob.glob("/work/shared/eval/dev/*.txt"):
        with open(f) as fh:
            m = re.search(r"details/(\d+)", fh.read())
        if m:
            dev.add(m.group(1))
    con = sqlite3.connect(DB, uri=True)
    ids = [r[0] for r in con.execute("select id from releases order by id")]
    random.Random(seed).shuffle(ids)
    found = 0; releases = 0
    real = lists.siblings
    for rid in ids:
        if releases >= n:
            break
        title, body, source = con.execute("select title, body, source from releases where id=?", (rid,)).fetchone()
        if re.search(r"details/(\d+)", source or "") and re.search(r"details/(\d+)", source).group(1) in dev:
            continue
        releases += 1
        hits: list[tuple[str, int, int, str]] = []

        def spy(text, spans, g, hits=hits):
            out = real(text, spans, g)
            hits.extend((text, s.start, s.end, s.type) for s in out)
            return out

        lists.siblings = spy
        try:
            ents, _ = entities.find_entities(title or "", body or "")
        finally:
            lists.siblings = real
        kept = {(e.start, e.end, e.type) for e in ents}
        for text, a, b, typ in hits:
            if (a, b, typ) not in kept:
                continue
            found += 1
            ctx = text[max(0, a - 60):a] + "[" + text[a:b] + "]" + text[b:b + 40]
            print(f"{rid}\t{typ}\t{text[a:b]}\t{' '.join(ctx.split())}")
    print(f"# {found} new spans on {releases} releases", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300, int(sys.argv[2]) if len(sys.argv) > 2 else 7)
