#!/usr/bin/env python3
"""Draw the held-out releases: 8 random 2024-2025 files of 4-15 KB, varied categories.

Excludes any release whose text or source URL matches a dev eval file, the app's seeds and the
test samples. Prints the chosen paths; the seed makes the draw reproducible.

    python3 bench/heldout/select.py /work/corpus/thaigov-v2/data /work/shared/eval/dev [SEED N [EXCLUDE_DIR...]]

bench/heldout: the default seed and N=8. bench/heldout2: seed 20251126, N=4, EXCLUDE_DIR bench/heldout.
"""
import random
import re
import sys
from pathlib import Path

URL = re.compile(r"ที่มา\s*:\s*(\S+)")


def main() -> int:
    data, dev = Path(sys.argv[1]), Path(sys.argv[2])
    repo = Path(__file__).resolve().parents[2]
    excluded_text, excluded_url = set(), set()
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20251125
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    taken = [*(repo / "seeds").glob("*.txt"), *(repo / "tests" / "data").rglob("*.txt")]
    taken += [p for d in sys.argv[5:] for p in Path(d).glob("*.txt")]
    for p in [*dev.glob("*.txt"), *taken]:
        t = p.read_text(encoding="utf-8", errors="replace")
        excluded_text.add(t.strip())
        excluded_url.update(URL.findall(t))
    files = sorted(p for y in ("2024", "2025") for p in (data / y).rglob("*.txt") if 4000 <= p.stat().st_size <= 15000)
    rng = random.Random(seed)
    rng.shuffle(files)
    chosen, cats = [], set()
    for p in files:
        cat = p.name.split("_")[0].strip()
        if cat in cats:
            continue
        t = p.read_text(encoding="utf-8", errors="replace")
        if t.strip() in excluded_text or set(URL.findall(t)) & excluded_url:
            continue
        chosen.append(p)
        cats.add(cat)
        if len(chosen) == count:
            break
    for p in chosen:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
