"""The draw of bench/heldout116 (s17-places, session 17): `python bench/heldout116/draw.py 2026120517 30` from the
worktree root, run before this directory existed (its own texts would now be excluded too).

Random thaigov-v2 files of 2-7 KB under /tmp/corpus/thaigov-v2/data (any year), Thai text, at most four per
category, whose source is in none of bench/mine_exclude_sources.txt (every measurement set's and draw's source), the
`ที่มา :` lines of the READ sets' texts under bench/ (measurement directories are skipped unread) and dev.
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "bench")
from measurement_sets import MEASURE

URL = re.compile(r"ที่มา\s*:\s*(\S+)")


def key(url: str) -> str:
    m = re.search(r"details/(\d+)", url)
    return m.group(1) if m else url


def main() -> None:
    ex = {key(line.strip()) for line in Path("bench/mine_exclude_sources.txt").read_text(encoding="utf-8").splitlines()
          if line.startswith("http")}
    for d in Path("bench").iterdir():
        if d.is_dir() and d.name not in MEASURE and d.name != "measure":  # bench/measure/: session 23's layout
            for p in d.rglob("*.txt"):
                ex.update(key(m.group(1)) for m in URL.finditer(p.read_text(encoding="utf-8", errors="replace")))
    for p in Path("/work/shared/eval/dev").glob("*.txt"):
        ex.update(key(m.group(1)) for m in URL.finditer(p.read_text(encoding="utf-8")))
    files = sorted(p for p in Path("/tmp/corpus/thaigov-v2/data").rglob("*.txt") if 2000 <= p.stat().st_size <= 7000)
    random.Random(int(sys.argv[1])).shuffle(files)
    out: list[tuple[Path, str]] = []
    cats: dict[str, int] = {}
    for p in files:
        t = p.read_text(encoding="utf-8", errors="replace")
        m = URL.search(t)
        if not m or key(m.group(1)) in ex:
            continue
        if len(re.findall(r"[\u0e00-\u0e7f]", t)) < 2 * len(re.findall(r"[A-Za-z]", t)):
            continue
        cat = p.name.split("_")[0]
        if cats.get(cat, 0) >= 4:
            continue
        cats[cat] = cats.get(cat, 0) + 1
        out.append((p, key(m.group(1))))
        if len(out) >= int(sys.argv[2]):
            break
    for p, k in out:
        print(f"{p}\t{k}")


if __name__ == "__main__":
    main()
