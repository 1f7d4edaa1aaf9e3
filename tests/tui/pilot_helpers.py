"""Steps the Pilot tests share: wait for the app, open the seed release, type."""

from __future__ import annotations

from briefing.store import Store
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)


def seed_id(store: Store) -> int:
    return next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")


async def settle(app, pilot) -> None:
    """Let messages and every worker finish (never a sleep)."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, condition, tries: int = 5000) -> None:
    """Yield to the app until `condition()` holds (for states a finished worker would not show)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("condition never held")


async def open_seed(app, pilot, store: Store) -> ReaderScreen:
    """Highlight the seed release in the list, open it and wait for its analysis."""
    await settle(app, pilot)
    app.screen.query_one(ReleaseList).highlight_id(seed_id(store))
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen)
    assert app.screen.analysis is not None
    return app.screen


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])
