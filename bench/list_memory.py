"""Resident memory of the app after scrolling the whole release list end to end (goal <= 250 MB).

    python bench/list_memory.py STORE [--pages N]

Runs the real app headless on a copy of STORE (a full archive, e.g. from `bench/import.py --keep`),
then: End (the oldest release), Home, N page-downs, and then the list's window moved over every row of
the archive (what page-downs to the end would do, without 4,000 simulated key presses), letting the
gist worker run meanwhile. Prints the resident set size (VmRSS, and the peak VmHWM)
after start-up and after scrolling, beside a minimal Textual app's in the same process as the
baseline of what Textual itself costs.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss() -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def run(store_path: Path, pages: int) -> None:
    from textual.app import App
    from textual.widgets import Footer, OptionList

    class Minimal(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield OptionList(*(f"row {n}" for n in range(200)))
            yield Footer()

    async with Minimal().run_test(size=(120, 34)) as pilot:
        await pilot.pause()
    baseline = rss()[0]
    print(f"minimal Textual app: {baseline:.0f} MB")

    from briefing.config import Config
    from briefing.store import Store
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.release_list import ReleaseList

    store = Store(store_path)
    app = BriefingApp(Config(), store, themes_dirs=[])
    start = time.perf_counter()
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        releases = app.screen.query_one(ReleaseList)
        print(f"app started on {releases.total} releases: {rss()[0]:.0f} MB")
        await pilot.press("end")
        await pilot.pause()
        print(f"End: release {releases.position} of {releases.total}, {releases.highlighted_id=}")
        await pilot.press("home")
        for n in range(pages):
            await pilot.press("pagedown")
            if n % 200 == 0:
                await pilot.pause()
        await pilot.pause()
        print(f"after {pages} page-downs: row {releases.position}, RSS {rss()[0]:.0f} MB")
        for n, first in enumerate(range(0, releases.total, releases.window)):
            releases._load(first, first)
            if n % 20 == 0:
                await pilot.pause()
        await pilot.pause()
        now, peak = rss()
        print(f"after the window passed every row (row {releases.position} of {releases.total},"
              f" {time.perf_counter() - start:.0f} s): RSS {now:.0f} MB, peak {peak:.0f} MB"
              f" (goal <= 250 MB; {now / baseline:.2f}x the minimal app); rows held: {releases.option_count}")
        app.workers.cancel_all()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--pages", type=int, default=50, help="page-downs before the sweep")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.db"
        shutil.copy(args.store, copy)
        asyncio.run(run(copy, args.pages))


if __name__ == "__main__":
    main()
