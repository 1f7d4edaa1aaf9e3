"""The list's reader habits (issue 14): A marks the whole view read and u undoes it (and r), U opens the
next unread release, and releases with marks carry a sign in their row."""

from __future__ import annotations

from pilot_helpers import SIZE, seed_id, settle

from briefing.model import Mark
from briefing.store import Store
from briefing.tui.screens.list import ListScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.release_list import ReleaseList


def unread(store: Store) -> set[int]:
    return {entry.id for entry in store.entries() if not entry.read}


async def test_a_marks_the_view_read_and_u_undoes_exactly_that(app, store: Store) -> None:
    first = store.entries()[0].id
    store.set_read(first, True)  # read before: undo must leave it read
    before = unread(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert unread(store) == set()
        rows = app.screen.query_one(ReleaseList).entries
        assert all(entry.read for entry in rows.values())
        assert any(f"{len(before)} releases in the list marked read" in n.message for n in app._notifications)
        await pilot.press("u")
        await settle(app, pilot)
        assert unread(store) == before
        # r on the highlighted row, then u, puts it back too
        highlighted = app.screen.query_one(ReleaseList).highlighted_id
        was_read = highlighted not in before
        await pilot.press("r", "u")
        await settle(app, pilot)
        assert (highlighted not in unread(store)) == was_read


async def test_u_with_nothing_to_undo_says_so(app, store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("u")
        await pilot.pause()
        assert any(n.message == "No read/unread change to undo." for n in app._notifications)


async def test_capital_u_opens_the_next_unread_release(app, store: Store) -> None:
    entries = store.entries()
    store.set_read(entries[1].id, True)  # the next one is read: U skips it
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one(ReleaseList).highlighted_id == entries[0].id
        await pilot.press("U")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.release_id == entries[2].id


async def test_a_release_with_marks_carries_a_sign_in_the_list(app, store: Store) -> None:
    seed = seed_id(store)
    body = store.release(seed).body
    store.add_mark(Mark(release_id=seed, start=0, end=10, text=body[:10], label="key fact"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        rows = screen.query_one(ReleaseList)
        prompts = {int(rows.get_option_at_index(i).id): str(rows.get_option_at_index(i).prompt)
                   for i in range(rows.option_count)}
        assert "❝" in prompts[seed]
        assert not any("❝" in prompt for release_id, prompt in prompts.items() if release_id != seed)


async def test_a_runs_off_the_ui_thread_while_the_store_is_busy(app, store: Store) -> None:
    """A sets every release of the view read in a worker: on the 63,000-release archive it froze the app
    for ~3 s. Here another process holds the store's write lock meanwhile: the list still moves, u says
    to wait instead of undoing an earlier change, and the releases are read once the lock is let go."""
    import sqlite3

    store.set_busy_timeout(5)  # before the fix, A blocked the app this long and then failed
    before = unread(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = app.screen.query_one(ReleaseList)
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            at = rows.highlighted
            await pilot.press("A", "j", "u")
            await pilot.pause()
            assert rows.highlighted == (at or 0) + 1, "the list moved while the releases were being set"
            assert any(n.message.startswith("Still marking") for n in app._notifications)
        finally:
            other.rollback()
            other.close()
        await settle(app, pilot)
        assert unread(store) == set() and before
        assert any(f"{len(before)} releases in the list marked read" in n.message for n in app._notifications)
        assert all(entry.read for entry in rows.entries.values())
