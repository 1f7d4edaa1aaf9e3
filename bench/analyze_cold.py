"""Analysis of releases the process has not seen, against newmm on the same releases, in one run.

    python bench/analyze_cold.py [CORPUS_DATA_DIR] [N]

bench/analyze.py times one release analysed again and again, so every per-word cache (newmm
chunks, romanised names) is warm after the first run. A reader opening new releases pays for the
words it has not seen yet, above all the romaniser (~10 ms a word). Here a fresh process loads
everything on the bundled seed release, then analyses N (default 50) random 2023-2025 releases once
each, in order, and tokenises each with PyThaiNLP's newmm. Prints the median per release of both,
their ratio, and how many words the romaniser saw. It runs twice on the same releases: first with an
empty cache directory (nothing romanised before: the true cold case), then again with the words the
first run left in the cache directory (a reader's next session).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
DEFAULT_DATA = Path("/work/corpus/thaigov-v2/data")

COLD_RUN = """
import json, statistics, sys, time
from pathlib import Path
from pythainlp.tokenize import word_tokenize
from briefing.cli.analyze import read_release
from briefing.thai import analyze
from briefing.thai.romanise import romanise_word

seed = read_release(Path(sys.argv[1]))
analyze(seed)  # loads data, tries and models
word_tokenize(seed.title + seed.body, engine="newmm")
warm = romanise_word.cache_info().currsize
t_an, t_mm = [], []
for path in sys.argv[2:]:
    release = read_release(Path(path))
    t = time.perf_counter()
    analyze(release)
    t_an.append(time.perf_counter() - t)
    t = time.perf_counter()
    word_tokenize(release.title + "\\n" + release.body, engine="newmm")
    t_mm.append(time.perf_counter() - t)
print(json.dumps({"analyze": t_an, "newmm": t_mm, "romanised": romanise_word.cache_info().currsize - warm}))
"""


def sample(data: Path, n: int) -> list[Path]:
    files = sorted(p for year in ("2023", "2024", "2025") for p in (data / year).rglob("*.txt")
                   if 2_000 <= p.stat().st_size <= 30_000)
    random.Random(50).shuffle(files)
    return files[:n]


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    if not data.is_dir():
        print(f"analyze_cold: no corpus at {data}; give the unpacked thaigov-v2/data directory", file=sys.stderr)
        return 2
    files = sample(data, n)
    import json

    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        for label in ("empty cache", "warm cache"):
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", COLD_RUN, str(SEED), *map(str, files)],
                                 capture_output=True, text=True, check=True, env=env).stdout
            wall = time.perf_counter() - t
            result = json.loads(out.strip().splitlines()[-1])
            a, m = statistics.median(result["analyze"]), statistics.median(result["newmm"])
            print(f"[{label}] {len(files)} unseen releases, one fresh process ({wall:.1f} s wall)")
            print(f"  analyze         {a * 1000:8.1f} ms median per release (first sight)")
            print(f"  newmm tokenise  {m * 1000:8.1f} ms median per release")
            print(f"  ratio           {a / m:8.2f}")
            print(f"  romanised       {result['romanised']} words new to the process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
