"""Steps the Pilot tests share: wait for the app, open the seed release, type, read the palette and the
exported front matter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import yaml

from briefing.model import Analysis, Entity, Release
from briefing.store import Store
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)


def numbered_release(n: int, first: dt.date = dt.date(2020, 1, 1)) -> Release:
    """Release n of a made-up archive, one a day from `first`."""
    return Release(title=f"การประชุมหารือ ฉบับที่ {n}", body=f"รายละเอียดข่าว ลำดับ {n}",
                   date=first + dt.timedelta(days=n), category="ด้านเศรษฐกิจ", source=f"https://example.test/{n}")


def gisted_archive(config_file: Path, count: int, named: Callable[[int], list[Entity]],
                   first: dt.date = dt.date(2020, 1, 1)) -> Store:
    """A store of `count` numbered releases with their gists preset (no analysis runs in the app) and release
    n (newest first, as the list shows them) analysed as naming `named(n)` (nothing saved for an empty list)."""
    from briefing.config import load_config
    from briefing.pipeline import offline_key
    from briefing.search import import_and_index

    store = Store.open(load_config(config_file))
    import_and_index(store, [(str(n), numbered_release(n, first)) for n in range(count)])
    for n, entry in enumerate(store.entries(limit=count)):
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
        entities = named(n)
        if entities:
            r = store.release(entry.id)
            store.save_analysis(entry.id, Analysis(title=r.title, body=r.body, entities=entities, version="x"))
    return store


def seed_id(store: Store) -> int:
    return next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")


MODAL_FLOWS = {"export", "note", "discard"}
"""Worker groups that run a modal flow (`push_screen_wait`): they wait on the user while a modal shows."""


async def settle(app, pilot, tries: int = 5000) -> None:
    """Let messages and every worker finish (never a sleep); a modal flow waiting on the user's answer
    counts as settled while its modal is on screen."""
    from textual.screen import ModalScreen

    await pilot.pause()
    for _ in range(tries):
        running = [worker for worker in app.workers if worker.is_running]
        others = [worker for worker in running if worker.group not in MODAL_FLOWS]
        if others:
            await app.workers.wait_for_complete(others)
        elif not running or isinstance(app.screen, ModalScreen):
            await pilot.pause()
            return
        await pilot.pause()
    raise AssertionError("the app never settled")


async def until(pilot, condition, tries: int = 5000) -> None:
    """Yield to the app until `condition()` holds (for states a finished worker would not show)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("condition never held")


async def open_seed(app, pilot, store: Store) -> ReaderScreen:
    """Highlight the seed release in the list, open it and wait for its analysis (an app that resumed
    in the reader, where the last session quit, goes back to the list first)."""
    await settle(app, pilot)
    if isinstance(app.screen, ReaderScreen):
        await pilot.press("escape")
        await settle(app, pilot)
    app.screen.query_one(ReleaseList).highlight_id(seed_id(store))
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen)
    assert app.screen.analysis is not None
    return app.screen


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


def palette_hits(app) -> list[str]:
    """The command palette's current hits (none while it is not open)."""
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    if not found:
        return []
    hits = found.first()
    return [str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count)]


def front_matter(text: str) -> tuple[dict, str]:
    """An exported note's YAML front matter (read as Obsidian does) and the Markdown after it."""
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, "the file starts with YAML front matter"
    return yaml.safe_load(match.group(1)), text[match.end():]
