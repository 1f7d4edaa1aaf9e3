"""Offline brief speed after the Analysis exists, against baselines measured in the same run.

    python bench/summary.py [FILE]

Prints the median time of `make_brief(release, analysis)` (after warm-up), of JSON-serialising the
same Analysis and of newmm-tokenising the release, the ratios to both, the first brief of the process
(romanisation of names without an English form is cached after it), and whether the median is under
the target of 20 ms. Defaults to the bundled seed release (14 KB).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"


def median_time(fn: Callable[[], object], repeats: int = 30) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED

    from pythainlp.tokenize import word_tokenize

    from briefing.cli.analyze import read_release
    from briefing.summary.offline import make_brief
    from briefing.thai import analyze

    release = read_release(path)
    analysis = analyze(release)
    text = release.title + "\n" + release.body
    t = time.perf_counter()
    brief = make_brief(release, analysis)
    first = time.perf_counter() - t
    for _ in range(3):
        make_brief(release, analysis)
        json.dumps(analysis.to_json(), ensure_ascii=False)
        word_tokenize(text, engine="newmm")
    t_brief = median_time(lambda: make_brief(release, analysis))
    t_json = median_time(lambda: json.dumps(analysis.to_json(), ensure_ascii=False))
    t_newmm = median_time(lambda: word_tokenize(text, engine="newmm"))
    size = len(text.encode("utf-8")) / 1024
    print(f"release          {path.name} ({size:.1f} KB; {len(analysis.entities)} entities, "
          f"{len(analysis.figures)} figures, {len(analysis.dates)} dates)")
    print(f"offline brief    {t_brief * 1000:8.2f} ms (median of 30)  target < 20 ms: "
          f"{'yes' if t_brief < 0.020 else 'NO'}")
    print(f"first brief      {first * 1000:8.2f} ms (includes romanising names without an English form)")
    print(f"json.dumps       {t_json * 1000:8.2f} ms  ratio brief/json  {t_brief / t_json:6.2f}")
    print(f"newmm tokenise   {t_newmm * 1000:8.2f} ms  ratio brief/newmm {t_brief / t_newmm:6.2f}")
    print(f"gist  ({len(brief.gist.split())} words)  {brief.gist}")
    print(f"brief ({len(brief.brief.split())} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
