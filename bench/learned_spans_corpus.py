"""What the (unwired) learned span model would add on 300 random corpus releases, for reading by hand.

    python bench/learned_spans_corpus.py MODEL_DIR [STORE_DB]

MODEL_DIR: made by `bench/train_spans.py train --out MODEL_DIR`. Samples 300 releases (seed 20261247) of the
read-only store, leaving out every release whose source id appears in bench/ (held-out sets, gists), the dev
set or /tmp/draw (the measurement sets' draws); prints one line per added span (release id, type,
probability, span, context) that is not a near-duplicate of a name the rules found.
"""
import glob
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, "bench")
sys.path.insert(0, ".")
import learned_spans as learned
import train_spans as T

from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalised

excl = set()
for p in glob.glob("bench/**/*.txt", recursive=True) + glob.glob("/work/shared/eval/dev/*.txt") + glob.glob("/tmp/draw/*/*.txt"):
    for line in Path(p).read_text(encoding="utf-8", errors="replace").splitlines()[-3:]:  # the ที่มา line only
        excl.update(re.findall(r"details/(\d+)", line))
for p in glob.glob("bench/**/README.md", recursive=True):
    excl.update(re.findall(r"details/(\d+)", Path(p).read_text(encoding="utf-8")))
print(len(excl), "excluded ids", file=sys.stderr)
db = sys.argv[2] if len(sys.argv) > 2 else "/tmp/wt8_store/p/d/briefing/briefing.db"
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = c.execute("select id, title, body, source from releases order by id").fetchall()
rng = random.Random(20261247)
rows = [r for r in rows if not (m := re.search(r"details/(\d+)", r[3] or "")) or m.group(1) not in excl]
sample = rng.sample(rows, 300)
m = learned.model(Path(sys.argv[1]))
assert m is not None, "no model in " + sys.argv[1]
n = 0
for rid, title, body, src in sample:
    t, b = normalised(title or ""), normalised(body or "")
    tags = {f: [h.span() for h in re.finditer(r"#[^\s#]+", x)] for f, x in (("title", t.text), ("body", b.text))}
    ents, refs = find_entities(t.text, b.text)
    texts = {"title": t.text, "body": b.text}
    for field, text in texts.items():
        spans = [(e.start, e.end, e.type) for e in ents + refs if e.field == field]
        for s in learned.predict(text, spans, m, T.skip_of(field, text)):
            name = text[s.start:s.end]
            if any(a <= s.start < z for a, z in tags[field]):
                continue  # a hashtag: the analyzer drops those
            if learned.near_duplicate(name, [e.text for e in ents if e.type == s.type]):
                continue
            n += 1
            print(f"{rid}\t{s.type}\t{s.prob:.2f}\t{name}\t<<{text[max(0,s.start-25):s.start]}|{text[s.end:s.end+20]}>>".replace("\n", " "))
print(n, "added", file=sys.stderr)
