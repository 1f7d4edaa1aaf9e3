#!/usr/bin/env python3
"""Draw the 15 brief-evaluation releases from the corpus archive, read in place (no unpacking).

    python bench/briefs/select.py [CORPUS_TAR DEV_DIR [SEED N]]

Random releases of 1.5-20 KB from the whole corpus (2020-2025, any category, English items too),
excluding any whose source URL or text matches a dev eval file, a seed, a test sample or an earlier
held-out set (bench/heldout*, bench/measure/heldout*). Writes each release as bench/briefs/bNN.txt; the expectations
(bNN.toml) are written by hand after reading the Thai, and never regenerated. The seed makes the
draw reproducible; run it again only to check that it gives the same files.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/gists/select.py's draw, with this sample's exclusions ('select' by path: the name is a stdlib module's)
_spec = importlib.util.spec_from_file_location("gists_select", HERE.parent / "gists" / "select.py")
assert _spec is not None and _spec.loader is not None
_gists_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gists_select)
draw = _gists_select.draw


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpus/thaigov-v2.tar.xz")
    dev = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/eval/dev")
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261204 + 10
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    repo = HERE.parents[1]
    taken = [*dev.glob("*.txt"), *(repo / "seeds").glob("*.txt"), *(repo / "tests" / "data").rglob("*.txt"),
             *(repo / "bench").glob("heldout*/*.txt"), *(repo / "bench").glob("measure/heldout*/*.txt"),
             *(repo / "bench" / "gists").glob("*.txt")]
    chosen = draw(corpus, taken, seed, count)
    for i, (name, text) in enumerate(chosen, 1):
        (HERE / f"b{i:02d}.txt").write_text(text, encoding="utf-8")
        print(f"b{i:02d}.txt  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
