"""Read the NEW place hits the mined list (briefing/thai/mined_places.py) adds, on random archive releases that no
annotated set holds: prints each new place mention with 40 characters either side, to count true and false by hand.

usage: python bench/mined_places_hits.py N SEED [--db DB] [--exclude FILE]
Runs the entity finder twice in this process: with the mined table, and with it emptied (a baseline, not a test).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

from mining import ARCHIVE, EXCLUDE, excluded_sources

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("seed", type=int)
    ap.add_argument("--db", default=ARCHIVE)
    ap.add_argument("--exclude", default=EXCLUDE)
    a = ap.parse_args()
    from briefing.thai import mined_places
    from briefing.thai.entities import find_entities
    from briefing.thai.normalise import normalise

    exclude = excluded_sources(a.exclude)
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    rows = [r for r in con.execute("SELECT source, title, body FROM releases") if r[0] not in exclude]
    random.Random(a.seed).shuffle(rows)
    table = mined_places._table()
    new_total = 0
    for source, title, body in rows[: a.n]:
        t, b = normalise(title), normalise(body)

        def places(t: str = t, b: str = b) -> set[tuple[str, int, int]]:
            return {(e.field, e.start, e.end) for e in find_entities(t, b)[0] if e.type == "place"}

        with_list = places()
        mined_places._table = dict  # type: ignore[assignment]
        without = places()
        mined_places._table = lambda: table  # type: ignore[method-assign]
        for field, s, e in sorted(with_list - without):
            text = t if field == "title" else b
            new_total += 1
            print(f"{source.rsplit('/', 1)[-1]}\t{text[s:e]}\t{text[max(0, s - 40):s]}[[{text[s:e]}]]{text[e:e + 40]}".replace("\n", " "))
    print(f"# {a.n} releases, {new_total} new place mentions", file=sys.stderr)


if __name__ == "__main__":
    main()
