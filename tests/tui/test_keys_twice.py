"""A priority key pressed twice in one read runs its deferred work once (briefing/tui/keys.py): the app
reads both keys before the focused widget runs the first one's work, so both were queued, and the second
ran on whatever screen the first had left."""

from __future__ import annotations

from conftest import new_app
from pilot_helpers import open_seed, settle

SIZE = (120, 34)


async def test_ctrl_s_twice_saves_the_note_and_keeps_the_reader(frozen_app, store):
    """The second ctrl+s dismissed the note editor again: it popped the reader under it."""
    from textual import events

    from briefing.tui.screens.note_editor import NoteEditor

    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, NoteEditor)
        for key, character in (("o", "o"), ("k", "k"), ("ctrl+s", None), ("ctrl+s", None)):
            app.post_message(events.Key(key, character))
        await settle(app, pilot)
        assert app.screen is reader
        assert [mark.note for mark in reader.marks.book.marks] == ["ok"]


async def test_enter_twice_opens_one_reader(gisted_archive, config_file):
    """Two Enters in one read pushed two readers of the same release: q then showed the release again."""
    from textual import events

    from briefing.tui.screens.list import ListScreen
    from briefing.tui.screens.reader import ReaderScreen

    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key, character in (("enter", "\r"), ("enter", "\r")):
            app.post_message(events.Key(key, character))
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert sum(isinstance(s, ReaderScreen) for s in app.screen_stack) == 1
        assert isinstance(app.screen_stack[-2], ListScreen)
