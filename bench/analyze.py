"""Analysis speed against PyThaiNLP's newmm tokeniser on the same text, in the same run.

    python bench/analyze.py [--cpu] [--cold] [FILE]

Prints: the median time to analyse the release (after warm-up) and to tokenise its title and body
with newmm, their ratio (the target is <= 3), and the time of a first analysis in a fresh process
including every model and data load (the target is <= 1.5 s). Defaults to the bundled seed release
(14 KB). With --cpu, both medians and the first analysis are of the process's CPU time (time.process_time)
instead of wall time: on a machine shared with other jobs, time spent waiting for a core then counts for neither
(the first-analysis line prints both: session 15 saw 1.64-2.08 s wall for a first analysis that costs ~1.1 s of CPU
on a machine shared with eight jobs). Before each timed
analysis the analyzer's caches keyed by text are emptied (forget_text_caches), as analyze() itself forgets the
chunks it cut: the same release analysed again must cost what a new one does.

The first analysis reads what earlier runs built and kept in the user's cache dir (briefing.thai.built: parsed
data tables, compiled regexes, the word set's prefixes; the Wikipedia heads; romanised names). With --cold it runs
with XDG_CACHE_HOME at a new empty folder instead, as for a new user: everything is built (and written there).
With PYTHONDONTWRITEBYTECODE=1 in the environment (the helpers' sandbox sets it) no module has its .pyc, so the
first analysis also compiles ~170 modules from source: ~0.25 s CPU more than an installed package pays (session 17:
0.83-0.91 s against 0.59-0.69 s with PYTHONPYCACHEPREFIX pointing at a folder of .pyc files). Run the medians with a
cache dir that holds the release's romanised names: with an unwritable one (session 17) the romaniser's model ran in
this process and both CPU-time medians tripled (analyze 108-118 ms, newmm 35-41 ms, against 32-33 and 12), likely
onnxruntime's worker threads, whose time process_time counts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
FIRST_RUN = """
import sys, time
t, c = time.perf_counter(), time.process_time()
from briefing.cli.analyze import read_release
from briefing.thai import analyze
analyze(read_release(__import__("pathlib").Path(sys.argv[1])))
print(time.perf_counter() - t, time.process_time() - c)
"""


def median_times(fns, repeats: int = 15, clock=time.perf_counter, before=lambda: None) -> list[float]:
    """Median time of each function, the functions run in turn within each repeat, so that a machine busy with
    other work for a few seconds slows all of them alike rather than the one that happened to run then."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, kept in zip(fns, times):
            before()
            t = clock()
            fn()
            kept.append(clock() - t)
    return [statistics.median(kept) for kept in times]


def forget_text_caches() -> int:
    """Empty the analyzer's caches keyed by a release's text or words (lru caches of 512 entries or more; the
    small ones hold compiled patterns and data), so each timed run analyses the release as if it were new rather
    than reading answers cached by the last run. Returns how many caches it emptied."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("briefing.thai") or module is None:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name and (info().maxsize or 0) >= 512:
                value.cache_clear()
                emptied += 1
    return emptied


def main() -> int:
    args = sys.argv[1:]
    cpu, cold = "--cpu" in args, "--cold" in args
    args = [a for a in args if a not in ("--cpu", "--cold")]
    if any(a.startswith("-") for a in args) or len(args) > 1 or (args and not Path(args[0]).is_file()):
        print(__doc__.strip().splitlines()[2].strip() if "-h" in args or "--help" in args
              else f"bench/analyze.py: not a release file or option: {' '.join(args)}", file=sys.stderr)
        return 0 if "-h" in args or "--help" in args else 2
    clock = time.process_time if cpu else time.perf_counter
    path = Path(args[0]) if args else SEED
    with tempfile.TemporaryDirectory(prefix="briefing-cold-") as empty:
        env = {**os.environ, "XDG_CACHE_HOME": empty} if cold else None
        first_wall, first_cpu = map(float, subprocess.run([sys.executable, "-c", FIRST_RUN, str(path)], env=env,
                                                          capture_output=True, text=True, check=True).stdout.split())
    first = first_cpu if cpu else first_wall

    from pythainlp.tokenize import word_tokenize

    from briefing.cli.analyze import read_release
    from briefing.thai import analyze

    release = read_release(path)
    text = release.title + "\n" + release.body
    for _ in range(3):  # warm-up: dictionaries, tries, models
        analyze(release)
        word_tokenize(text, engine="newmm")
    t_analyze, t_newmm = median_times([lambda: analyze(release), lambda: word_tokenize(text, engine="newmm")],
                                      clock=clock, before=forget_text_caches)
    size = len(text.encode("utf-8")) / 1024
    what = "median of 15, CPU time" if cpu else "median of 15"
    print(f"release         {path.name} ({size:.1f} KB)")
    print(f"analyze         {t_analyze * 1000:8.1f} ms ({what})")
    print(f"newmm tokenise  {t_newmm * 1000:8.1f} ms ({what})")
    print(f"ratio           {t_analyze / t_newmm:8.2f}  (target <= 3; {forget_text_caches()} text caches emptied "
          "before each timed analysis)")
    print(f"first analysis  {first * 1000:8.1f} ms including loading{', empty cache dir' if cold else ''}, "
          f"{'CPU time' if cpu else 'wall time'} "
          f"(target <= 1500; wall {first_wall * 1000:.0f} ms, CPU {first_cpu * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
