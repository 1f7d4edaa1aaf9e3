"""SVG snapshots of the list and the reader at 120x34 (update with `pytest --snapshot-update`).

The store is fixed (tests/data/tui) and every worker has finished before the picture is taken, so a
change in the pictures is a change in the UI, or in what the analyzer and the summary produce.
"""

from __future__ import annotations

from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)


async def _settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_list_snapshot(snap_compare, frozen_app):
    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=_settled)


def test_reader_snapshot(snap_compare, frozen_app, store):
    seed = next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")

    async def open_seed(pilot) -> None:
        await _settled(pilot)
        pilot.app.screen.query_one(ReleaseList).highlight_id(seed)
        await pilot.press("enter")
        await _settled(pilot)
        await pilot.press("j", "j")
        await pilot.pause()

    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=open_seed)


def test_reader_light_theme_snapshot(snap_compare, frozen_app, store):
    seed = next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")
    frozen_app.theme = "briefing-light"

    async def open_seed(pilot) -> None:
        await _settled(pilot)
        pilot.app.screen.query_one(ReleaseList).highlight_id(seed)
        await pilot.press("enter")
        await _settled(pilot)

    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=open_seed)


def test_help_snapshot(snap_compare, frozen_app, store):
    seed = next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")

    async def open_help(pilot) -> None:
        await _settled(pilot)
        pilot.app.screen.query_one(ReleaseList).highlight_id(seed)
        await pilot.press("enter")
        await _settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=open_help)
