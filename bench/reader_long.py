"""Cost of drawing the reader's body after a cursor move (j), on the longest release of a store and on one
of median length: the body's own line-at-a-time drawing against Textual's whole-text drawing (what the
body did before session 10), measured in the same run on the same screen.

    python bench/reader_long.py --store PATH [--moves N]

PATH is a briefing store (a copy of the archive store: it is only read; the releases are copied into a
temporary store and analysed there). The app runs headless at 120x40; for each of N cursor moves the
rows on screen are drawn both ways and timed. Prints the median milliseconds of each and their ratio
(whole / lines: how many times slower a key was). Before this change, each move also laid the whole
body out again (a second whole-text wrap), not counted here.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.widgets import Static

from briefing.config import load_config
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.body_view import BodyText, BodyView


def pick(store_path: Path) -> list[int]:
    """The longest Thai release and one of median length."""
    import sqlite3

    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    rows = conn.execute("SELECT id FROM releases WHERE language = 'th' ORDER BY length(body)").fetchall()
    conn.close()
    return [rows[-1][0], rows[len(rows) // 2][0]]


async def measure(app: BriefingApp, release_id: int, moves: int) -> tuple[int, float, float]:
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_release(release_id)
        for _ in range(100_000):
            await pilot.pause()
            screen = app.screen
            if isinstance(screen, ReaderScreen) and screen.query_one(BodyView).sentences:
                break
        body = app.screen.query_one(BodyView)
        text = body.query_one("#body-text", BodyText)
        lines, whole = [], []
        for _ in range(moves):
            body.move_cursor(1)
            await pilot.pause()
            top = round(body.scroll_y)
            rows = range(top, top + body.size.height)
            start = time.perf_counter()
            for y in rows:
                text.render_line(y)
            lines.append(time.perf_counter() - start)
            text.refresh()  # the whole-text path draws again only after a refresh, as after every key
            start = time.perf_counter()
            for y in rows:
                Static.render_line(text, y)
            whole.append(time.perf_counter() - start)
        return len(body.body_text), statistics.median(lines) * 1000, statistics.median(whole) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--moves", type=int, default=20)
    args = parser.parse_args()
    source = Store.open(load_config(_config(Path(tempfile.mkdtemp()), args.store)))
    ids = pick(args.store)
    tmp = Path(tempfile.mkdtemp())
    config_path = _config(tmp, tmp / "bench.db")
    config = load_config(config_path)
    store = Store.open(config)
    copied = [store.add_release(source.release(i)) for i in ids]
    source.close()
    for label, release_id in zip(("longest", "median"), copied, strict=True):
        assert release_id is not None
        app = BriefingApp(config, store, config_path=config_path, themes_dirs=[])
        chars, lines, whole = asyncio.run(measure(app, release_id, args.moves))
        print(f"{label:8} {chars:>8,} chars  lines {lines:8.2f} ms  whole text {whole:8.2f} ms  "
              f"ratio {whole / lines:6.1f}x")
    store.close()


def _config(directory: Path, store: Path) -> Path:
    path = directory / "config.toml"
    path.write_text(f'[store]\npath = "{store}"\n[archive]\nbackground_analysis = false\n', encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
