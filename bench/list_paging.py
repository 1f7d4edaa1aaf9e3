"""Key-to-paint latency of paging through the release list while its gists are being made, against the
same paging once every gist is made (the baseline, measured in the same run).

    python bench/list_paging.py [--releases N] [--repeats N] [--cache DIR] [--code DIR]

A store of N releases of the corpus (the first N of /work/shared/corpus/thaigov-v2.tar.xz, imported and
indexed as `briefing import` does) is built in a temporary directory (or kept in --cache between runs).
Each measurement is a fresh Python process running the real app headless at 120x34 on a copy of it:

- "made": every release analysed and every gist made beforehand (a second launch on a finished store);
- "making, background off": nothing analysed, no gists (`[archive] background_analysis = false`);
- "making, background on": the same, with the app's background analysis child started as users get it.

In each the keys are: PageDown x 40 (600 rows: three moves of the list's 200-row window), then j x 40
and k x 40 (a held key: one press every 30 ms). A key's latency is from the press until the list first
renders lines with the highlight moved (written from inside the render, so a busy worker thread cannot
delay the report). Prints the median and 90th percentile latencies of each run, the ratio of each
"making" case to "made" (goal: near 1: nothing blocks the UI), and how many of the rows on screen had a
gist 3 s after the last key (the gists must still appear for what the user sees), and the row the keys
led to (the same in every run, unless keys were lost).

--code DIR runs the children on another copy of briefing (e.g. main's, from `git archive`) for a
before/after comparison on the same store.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/thaigov-v2.tar.xz")

CHILD = r"""
import asyncio, inspect, json, sys, threading, time
from pathlib import Path

from textual import events

from briefing.config import Config
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.release_list import ReleaseList

store_path, background = Path(sys.argv[1]), sys.argv[2] == "on"
KEY_GAP_S = 0.03  # a held key's repeat rate (about 30 a second)
painted = []  # when the list rendered lines
handled = []  # when each key's action had moved the highlight

_render_lines = ReleaseList.render_lines

def render_lines(self, crop):
    lines = _render_lines(self, crop)
    painted.append(time.perf_counter())
    return lines

ReleaseList.render_lines = render_lines
for name in ("action_page_down", "action_cursor_down", "action_cursor_up"):
    def wrap(original):
        def action(self, *args):
            original(self, *args)
            handled.append(time.perf_counter())
        return action
    setattr(ReleaseList, name, wrap(getattr(ReleaseList, name)))


def typist(loop, driver, keys, sent):
    # As a terminal's input thread does: it needs the GIL too, then hands the key to the app's loop.
    for key in keys:
        sent.append(time.perf_counter())
        loop.call_soon_threadsafe(driver.send_message, events.Key(key, None))
        time.sleep(KEY_GAP_S)


async def main():
    store = Store(store_path)
    # As a user's (not headless) app runs: with its gist maker process (code from before it had none).
    maker = {"gist_maker": True} if "gist_maker" in inspect.signature(BriefingApp).parameters else {}
    app = BriefingApp(Config(), store, themes_dirs=[], background_analysis=background, **maker)
    keys = ["pagedown"] * 40 + ["j"] * 40 + ["k"] * 40
    sent = []
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause(0.5)
        releases = app.screen.query_one(ReleaseList)
        if background:  # the child starts a second after the first paint: page while it works
            while not app.background.running:
                await pilot.pause(0.05)
        thread = threading.Thread(target=typist, args=(asyncio.get_running_loop(), app._driver, keys, sent))
        thread.start()
        deadline = time.perf_counter() + 120
        while len(handled) < len(keys) or not painted or painted[-1] < handled[-1]:
            if time.perf_counter() > deadline:
                sys.exit(f"stuck: {len(handled)} keys handled of {len(keys)} sent, last paint"
                         f" {painted[-1] - handled[-1] if painted and handled else None:.3f} s after the last key")
            await asyncio.sleep(0.01)
        thread.join()
        latencies = [next(t for t in painted if t >= done) - start for start, done in zip(sent, handled)]
        position = releases.position  # where the keys led: the same in every run unless some were lost
        await pilot.pause(3.0)
        top = releases.scroll_offset.y // 2
        shown = [releases.entries[int(releases.get_option_at_index(i).id)]
                 for i in range(top, min(top + releases.size.height // 2, releases.option_count))]
        with_gist = sum(1 for entry in shown if entry.gist)
        app.workers.cancel_all()
    store.close()
    print(json.dumps({"latencies": latencies, "shown": len(shown), "with_gist": with_gist, "row": position}))

asyncio.run(main())
"""


def build(path: Path, releases: int) -> int:
    """Import the first `releases` of the corpus into a new store at `path`, as `briefing import` does."""
    from briefing.search import import_and_index
    from briefing.sources.corpus import iter_paths
    from briefing.store import Store

    with Store(path) as store:
        import_and_index(store, itertools.islice(iter_paths([CORPUS]), releases))
        return store.count()


def finish(path: Path) -> None:
    """Analyse every release and make every gist (the "made" store)."""
    from briefing.analyze_all import analyze_all
    from briefing.config import Config
    from briefing.pipeline import Pipeline
    from briefing.store import Store

    with Store(path) as store:
        analyze_all(store)
        list(Pipeline(store, Config()).fill_gists([entry.id for entry in store.entries()]))


def run(store: Path, background: bool, code: Path, home: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(code), HOME=home, XDG_CONFIG_HOME=f"{home}/config",
               XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache", PYTHAINLP_OFFLINE="1",
               HF_HUB_OFFLINE="1", TERM="xterm-256color")
    out = subprocess.run([sys.executable, "-c", CHILD, str(store), "on" if background else "off"], env=env,
                         capture_output=True, text=True, cwd=home, check=False)
    lines = out.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):  # (a crash on the way out, after the report, is not the run's)
        raise SystemExit(f"the app's run failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="keep the built stores here and reuse them")
    parser.add_argument("--code", type=Path, default=ROOT, help="the copy of briefing the app runs (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        base, made = cache / f"base-{args.releases}.db", cache / f"made-{args.releases}.db"
        if not base.exists():
            build(Path(tmp) / "building.db", args.releases)
            shutil.copy(Path(tmp) / "building.db", base)
        if not made.exists():
            shutil.copy(base, Path(tmp) / "finishing.db")
            finish(Path(tmp) / "finishing.db")
            shutil.copy(Path(tmp) / "finishing.db", made)
        results: dict[str, list[dict[str, object]]] = {"made": [], "making, background off": [],
                                                       "making, background on": []}
        for repeat in range(args.repeats):  # interleaved, so load on the machine hits all alike
            for n, (name, runs) in enumerate(results.items()):
                copy = Path(tmp) / f"run-{repeat}-{n}.db"  # a fresh copy each time (and no old -wal beside it)
                shutil.copy(made if name == "made" else base, copy)
                home = tempfile.mkdtemp(dir=tmp)
                runs.append(run(copy, name.endswith(" on"), args.code, home))
    print(f"{args.releases} releases; code {args.code}; {args.repeats} runs of 120 keys each")
    medians: dict[str, float] = {}
    for name, runs in results.items():
        latencies = [value * 1000 for result in runs for value in result["latencies"]]  # type: ignore[union-attr]
        medians[name] = statistics.median(latencies)
        gists = ", ".join(f"{result['with_gist']}/{result['shown']}" for result in runs)
        rows = ", ".join(str(result["row"]) for result in runs)
        print(f"{name:25} key-to-paint median {medians[name]:6.1f} ms, p90 {percentile(latencies, 0.9):6.1f} ms,"
              f" max {max(latencies):6.0f} ms; rows on screen with a gist 3 s after: {gists}; row reached: {rows}")
    for name in list(results)[1:]:
        print(f"ratio {name} / made: {medians[name] / medians['made']:.2f} (median)"
              f"; p90 {percentile_ratio(results, name):.2f}")
    return 0


def percentile_ratio(results: dict[str, list[dict[str, object]]], name: str) -> float:
    def p90(key: str) -> float:
        return percentile([v for r in results[key] for v in r["latencies"]], 0.9)  # type: ignore[union-attr]

    return p90(name) / p90("made")


if __name__ == "__main__":
    sys.exit(main())
