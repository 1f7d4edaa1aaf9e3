"""Driven by tests/test_kill_after_save.py in a subprocess: the real app (as `briefing` builds it, on
the store in the XDG data directory, seeds imported) runs headless; it opens the reference seed,
presses j j m a, types a note and ctrl+s, prints SAVED and waits to be killed with SIGKILL.

Usage: python tests/kill_driver.py NOTE
"""

from __future__ import annotations

import argparse
import asyncio
import sys

SEED_FILE = "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"


async def drive(note: str) -> None:
    from textual.widgets import TextArea

    from briefing.cli.tui import build_app
    from briefing.tui.screens.note_editor import NoteEditor
    from briefing.tui.screens.reader import ReaderScreen
    from briefing.tui.widgets.release_list import ReleaseList

    app, store = build_app(argparse.Namespace(config=None))
    seed = next(e.id for e in store.entries() if (store.release(e.id).file or "").endswith(SEED_FILE))
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        app.screen.query_one(ReleaseList).highlight_id(seed)
        await pilot.press("enter")
        while not (isinstance(app.screen, ReaderScreen) and app.screen.analysis is not None):
            await pilot.pause(0.1)
        await pilot.press("j", "j", "m", "a")
        while not (isinstance(app.screen, NoteEditor) and isinstance(app.focused, TextArea)):
            await pilot.pause(0.05)
        await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in note])
        await pilot.press("ctrl+s")
        while isinstance(app.screen, NoteEditor):  # ctrl+s handled: the editor is gone
            await pilot.pause(0.05)
        await pilot.pause()
        print("SAVED", seed, flush=True)
        await asyncio.sleep(600)  # killed here


if __name__ == "__main__":
    asyncio.run(drive(sys.argv[1]))
