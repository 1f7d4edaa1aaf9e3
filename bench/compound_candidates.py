"""Glued pairs of glossed headline words, most frequent first, with their word-by-word English: where to look for
compounds and idioms the gist reads by their parts ('ให้|สัมภาษณ์' interviews, 'การค้า|มนุษย์' human trade).

    python bench/compound_candidates.py STORE [N_HEADLINES] [TOP]    (STORE: a briefing.db, opened read-only)

Reads N_HEADLINES (default 30,000) Thai archive headlines drawn at random (seed 7), cuts them as the gist does
(briefing.summary.words.words) and counts each pair of glossed words (verb, noun, modifier) with no space between.
A pair whose English read together says something else is a candidate for headwords.toml, as a whole entry or a
sense cued by the glued word ([senses], a cue with '+'); the reading is by hand. Session 16 read its top 400.
"""

from __future__ import annotations

import collections
import itertools
import random
import sqlite3
import sys


def main(argv: list[str]) -> int:
    from briefing.summary.words import words

    store = argv[0]
    n = int(argv[1]) if len(argv) > 1 else 30000
    top = int(argv[2]) if len(argv) > 2 else 400
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    titles = [r[0] for r in db.execute("SELECT title FROM releases WHERE language = 'th' ORDER BY id")]
    random.Random(7).shuffle(titles)
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    shown: dict[tuple[str, str], str] = {}
    content = ("verb", "noun", "modifier")
    for title in titles[:n]:
        ws = words(title)
        for a, b in itertools.pairwise(ws):
            if a.end == b.start and a.english and b.english and a.part in content and b.part in content:
                counts[(a.text, b.text)] += 1
                shown.setdefault((a.text, b.text), f"{a.part}: {a.english} + {b.part}: {b.english}")
    for (a, b), count in counts.most_common(top):
        print(f"{count}\t{a}{b}\t{shown[(a, b)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
