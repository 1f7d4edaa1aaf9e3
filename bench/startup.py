"""Time to first paint of `briefing` against a minimal Textual app, and `briefing list` against both.

    python bench/startup.py [--repeats N]

Each measurement is a fresh Python process, timed from spawn until its list widget first renders
lines with rows in it, so interpreter start, imports, store opening and the first layout all count. The baseline is a minimal Textual app with an OptionList of
the same number of plain rows and a Footer, run the same way in the same run. Both run headless on a
store prepared beforehand in a temporary XDG home (seeds imported, gists made), as a user's second
launch would be. Python's bytecode cache is used as an installed copy's would be: the environment's
PYTHONDONTWRITEBYTECODE (set on some machines, the agents' included) would make every launch compile
each of briefing's modules from source, which a user never pays; the children keep their bytecode under
the temporary home (PYTHONPYCACHEPREFIX), written by one untimed launch of each before the timed ones
(`--no-bytecode` times the compile-every-launch case). Prints the medians and the ratios:
TUI / baseline (target <= 1.2, issue 8) and
`briefing list` / TUI (target < 0.5).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Both children report the moment the list widget first renders lines with rows in it (written from
# inside the render, so a busy worker thread cannot delay the report), then leave.
FIRST_PAINT = """
import asyncio
import time
from textual.widgets import OptionList

_painted = asyncio.Event()
_render_lines = OptionList.render_lines

def render_lines(self, crop):
    lines = _render_lines(self, crop)
    if self.option_count and not _painted.is_set():
        print("painted", time.process_time(), flush=True)
        _painted.set()
    return lines

OptionList.render_lines = render_lines

async def painted(pilot):
    await _painted.wait()
    pilot.app.exit()
"""

CHILD_BRIEFING = FIRST_PAINT + """
import argparse
from briefing.cli.tui import build_app

app, store = build_app(argparse.Namespace(config=None))
app.run(headless=True, size=(120, 34), auto_pilot=painted)
"""

CHILD_BASELINE = FIRST_PAINT + """
import sys
from textual.app import App
from textual.widgets import Footer

ROWS = int(sys.argv[1])

class Minimal(App):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self):
        yield OptionList(*[f"row {n}" for n in range(ROWS)])
        yield Footer()

Minimal().run(headless=True, size=(120, 34), auto_pilot=painted)
"""


CPU: dict[str, list[float]] = {"briefing": [], "baseline": []}
"""CPU seconds each child had used at its first paint (process_time): on a machine shared with other
work, waiting for a core inflates the wall time but not this, so its ratio is the steadier one."""


def timed(argv: list[str], env: dict[str, str], until: str | None, cpu: list[float] | None = None) -> float:
    """Seconds from spawn until `until` is printed (or the process ends, when None); the CPU seconds
    the child reports on that line go to `cpu`."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    if until is None:
        process.stdout.read()
        process.wait()
        elapsed = time.perf_counter() - start
    else:
        elapsed = float("nan")
        for line in process.stdout:
            if line.split()[:1] == [until]:
                elapsed = time.perf_counter() - start
                if cpu is not None:
                    cpu.append(float(line.split()[1]))
                break
        process.wait(timeout=60)
    if process.returncode not in (0, None):
        raise SystemExit(f"{argv[:3]} failed with status {process.returncode}")
    return elapsed


def prepare(env: dict[str, str], store: Path | None = None) -> int:
    """Import the seeds (or copy `store`, e.g. the full archive) and make the gists of the first page
    once, so each timed launch is a warm second launch."""
    if store is not None:
        data = Path(env["XDG_DATA_HOME"]) / "briefing"
        data.mkdir(parents=True, exist_ok=True)
        shutil.copy(store, data / "briefing.db")
    code = (
        "from briefing.config import load_config\n"
        "from briefing.library import open_store\n"
        "from briefing.pipeline import Pipeline\n"
        "config = load_config(None)\n"
        "store = open_store(config)\n"
        "list(Pipeline(store, config).fill_gists([e.id for e in store.entries(limit=200)]))\n"
        "print(store.count())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=11)
    parser.add_argument("--store", type=Path, help="time on a copy of this store (the full archive) instead of the seeds")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as the environment has it (no warm-up launches)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", TERM="xterm-256color")
        if not args.no_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = f"{home}/pycache"
        rows = prepare(env, args.store)
        exe = Path(sys.executable).with_name("briefing")
        briefing = [str(exe)] if exe.exists() else [sys.executable, "-m", "briefing"]  # not installed: run the clone
        if not args.no_bytecode:  # untimed: the bytecode of everything each child imports
            timed([sys.executable, "-c", CHILD_BASELINE, str(min(rows, 200))], env, "painted")
            timed([sys.executable, "-c", CHILD_BRIEFING], env, "painted")
            timed([*briefing, "list", "--limit", "200"], env, None)
        runs: dict[str, list[float]] = {"briefing": [], "baseline": [], "list": []}
        for _ in range(args.repeats):  # interleaved, so load on the machine hits all three alike
            runs["baseline"].append(timed([sys.executable, "-c", CHILD_BASELINE, str(min(rows, 200))], env, "painted",
                                          CPU["baseline"]))
            runs["briefing"].append(timed([sys.executable, "-c", CHILD_BRIEFING], env, "painted", CPU["briefing"]))
            runs["list"].append(timed([*briefing, "list", "--limit", "200"], env, None))
    median = {name: statistics.median(times) for name, times in runs.items()}
    best = {name: min(times) for name, times in runs.items()}
    bytecode = "compiled every launch (PYTHONDONTWRITEBYTECODE)" if args.no_bytecode else "cached"
    print(f"releases in the store: {rows}; repeats: {args.repeats}; bytecode {bytecode}; median (best) of each")
    for name, label in (("baseline", "minimal Textual app (OptionList + Footer), first paint"),
                        ("briefing", "briefing TUI, list on screen"),
                        ("list", "briefing list (CLI, no Textual)")):
        print(f"{label:55} {median[name] * 1000:6.0f} ms ({best[name] * 1000:.0f} ms)")
    # The median is the headline; the best-of ratio is printed too because a shared machine's load
    # only ever adds time, so it shows the cost of the code itself.
    tui_ratio, tui_best = median["briefing"] / median["baseline"], best["briefing"] / best["baseline"]
    list_ratio, list_best = median["list"] / median["briefing"], best["list"] / best["briefing"]
    print(f"TUI / baseline ratio: {tui_ratio:.2f} (best {tui_best:.2f}); target <= 1.2: "
          f"{'ok' if tui_ratio <= 1.2 else 'OVER'}")
    cpu = {name: statistics.median(times) for name, times in CPU.items()}
    print(f"CPU to first paint: baseline {cpu['baseline'] * 1000:.0f} ms, briefing {cpu['briefing'] * 1000:.0f} ms;"
          f" ratio {cpu['briefing'] / cpu['baseline']:.2f} (medians)")
    print(f"list / TUI ratio:     {list_ratio:.2f} (best {list_best:.2f}); target < 0.5: "
          f"{'ok' if list_ratio < 0.5 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
