#!/usr/bin/env python3
"""Draw the 30 gist-evaluation releases from the corpus archive, read in place (no unpacking).

    python bench/gists/select.py [CORPUS_TAR DEV_DIR [SEED N [OUT_DIR [EXCLUDE_DIR ...]]]]

Random releases of 1.5-20 KB from the whole corpus (2020-2025, any category, English items too),
excluding any whose source URL or text matches a dev eval file, a seed, a test sample or an earlier
held-out set (bench/heldout*, bench/measure/heldout*). Writes each release as bench/gists/gNN.txt; the expectations
(gNN.toml) are written by hand after reading the Thai, and never regenerated. The seed makes the
draw reproducible; run it again only to check that it gives the same files. A second sample
(bench/gists2: `select.py CORPUS DEV 20261213 20 bench/gists2`) also leaves out every
release of the other gists* folders and of briefing/seeds; bench/gists3 (seed 20261204 + 3, 20) leaves out
bench/briefs too; bench/gists4 (seed 20261220, 20) is drawn the same way, after gists3 was spent on finding patterns;
bench/gists5 (seed 20261231, 20) too, also leaving out the held-out sets other helpers were drawing at the time
(/work/wt-*/bench/heldout*, read when present); bench/gists6 (seed 20270105, 20) also leaves out the files other
helpers drew under /tmp/draw (read when present); bench/gists7 (seed 20270112, 20) and bench/gists8 (seed 20270119,
20) are drawn the same way; bench/gists9 (seed 20270126, 20) too, with every bench/ dir holding .txt files and
/tmp/draw/heldout75..79 also passed as EXCLUDE_DIRs (each one's *.txt, recursively, left out by text and source URL).
bench/gists10 (seed 20270127, 20) the same way, with /tmp/draw/heldout75..83 passed.
"""
import random
import re
import sys
import tarfile
from pathlib import Path

URL = re.compile(r"ที่มา\s*:\s*(\S+)")
HERE = Path(__file__).resolve().parent


def draw(corpus: Path, taken: list[Path], seed: int, count: int) -> list[tuple[str, str]]:
    """`count` releases of 1.5-20 KB drawn with `seed` from the archive, read in place, none whose text or
    source URL is one of `taken`'s: (member name, text) each."""
    excluded_text, excluded_url = set(), set()
    for p in taken:
        t = p.read_text(encoding="utf-8", errors="replace")
        excluded_text.add(t.strip())
        excluded_url.update(URL.findall(t))
    with tarfile.open(corpus) as tar:
        members = [m for m in tar if m.isfile() and m.name.endswith(".txt") and 1500 <= m.size <= 20000]
        members.sort(key=lambda m: m.name)
        rng = random.Random(seed)
        rng.shuffle(members)
        chosen: list[tuple[str, str]] = []
        for m in members:
            f = tar.extractfile(m)
            assert f is not None
            t = f.read().decode("utf-8", errors="replace")
            if t.strip() in excluded_text or set(URL.findall(t)) & excluded_url:
                continue
            chosen.append((m.name, t))
            if len(chosen) == count:
                break
    return chosen


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpus/thaigov-v2.tar.xz")
    dev = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/eval/dev")
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261204
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    out = Path(sys.argv[5]).resolve() if len(sys.argv) > 5 else HERE
    repo = HERE.parents[1]
    taken = [*dev.glob("*.txt"), *(repo / "seeds").glob("*.txt"), *(repo / "tests" / "data").rglob("*.txt"),
             *(repo / "bench").glob("heldout*/*.txt"), *(repo / "bench").glob("measure/heldout*/*.txt")]
    taken += Path("/work").glob("wt-*/bench/heldout*/*.txt")  # concurrent helpers' new sets, when present
    taken += Path("/work").glob("wt-*/bench/measure/heldout*/*.txt")
    taken += Path("/tmp/draw").rglob("*.txt")  # drawn by concurrent helpers, not yet in their worktrees
    if out != HERE:  # a later sample: none of the earlier gist samples or the bundled seeds
        taken += [p for p in (repo / "bench").glob("gists*/*.txt") if p.parent != out]
        taken += [*(repo / "briefing" / "seeds").glob("*.txt"), *(repo / "bench" / "briefs").glob("*.txt")]
    for extra in sys.argv[6:]:  # further folders to leave out, named on the command line
        taken += Path(extra).rglob("*.txt")
    chosen = draw(corpus, taken, seed, count)
    out.mkdir(parents=True, exist_ok=True)
    for i, (name, text) in enumerate(chosen, 1):
        (out / f"g{i:02d}.txt").write_text(text, encoding="utf-8")
        print(f"g{i:02d}.txt  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
