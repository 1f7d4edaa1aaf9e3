"""Session 9's hands-on review: things a person using the app tripped over, each pinned by the keys
that showed it (a j lost right after F, a stray letter in the 80-column footer, a mark that took a
whole 1,200-character paragraph)."""

from __future__ import annotations

from pathlib import Path

from conftest import GISTED, new_app
from pilot_helpers import open_seed, settle

from briefing.tui.screens.list import ListScreen
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)
SEEDS = Path(__file__).resolve().parents[2] / "briefing" / "seeds"


async def test_j_right_after_F_moves_in_the_whole_list(gisted_archive, config_file):
    """F reads the whole list in a worker; a j handled before it arrived moved the filtered rows and
    the new view then put the highlight back on its first row: the j was lost."""
    ids = [entry.id for entry in gisted_archive.entries()]
    for release_id in ids[::3]:
        gisted_archive.set_starred(release_id, True)
    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *"starred", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        releases = screen.query_one(ReleaseList)
        assert releases.total == len(ids[::3])
        # Both keys before the worker's answer can be handled (as when typed within a second).
        screen.action_clear_filters()
        screen.action_cursor(1)
        await settle(app, pilot)
        assert releases.total == GISTED
        assert releases.highlighted_id == ids[1], "the j counts in the whole list, from its top"
        # The same when the view is read again behind the list (a refresh): the j is not undone.
        releases.highlight_id(ids[4])
        screen.reload_rows()
        screen.action_cursor(1)
        screen.action_cursor(1)
        await settle(app, pilot)
        assert releases.highlighted_id == ids[6]



async def test_G_right_after_F_goes_to_the_end_of_the_whole_list(gisted_archive, config_file):
    """G handled before F's view arrived went to the last of the filtered rows and was then replayed as a
    move of so many rows in the whole list; it is the whole list's last row, and a j after g counts from
    the top."""
    ids = [entry.id for entry in gisted_archive.entries()]
    for release_id in ids[::3]:
        gisted_archive.set_starred(release_id, True)
    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *"starred", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        releases = screen.query_one(ReleaseList)
        screen.action_clear_filters()
        screen.action_last_row()
        await settle(app, pilot)
        assert releases.total == GISTED
        assert releases.highlighted_id == ids[-1]
        screen.reload_rows()
        screen.action_first_row()
        screen.action_cursor(1)
        await settle(app, pilot)
        assert releases.highlighted_id == ids[1]

async def test_the_80_column_footer_ends_with_the_palette_key(frozen_app, store):
    """Textual's compact footer gave the docked `^p Commands` key a right margin, so the last column
    showed the key scrolled under it (the "t" of "Export")."""
    from textual.widgets._footer import FooterKey

    from briefing.tui.widgets.footer import BriefingFooter

    app = frozen_app
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_seed(app, pilot, store)
        footer = reader.query_one(BriefingFooter)
        assert footer.has_class("-compact")
        palette = next(key for key in footer.query(FooterKey) if key.has_class("-command-palette"))
        assert palette.region.right == footer.region.right == 80
        widget, _ = app.screen.get_widget_at(79, footer.region.y)
        assert widget is palette


async def test_m_marks_a_passage_of_a_long_sentence_not_all_of_it(frozen_app, store):
    """The seed's first sentence runs past 360 characters with no sentence end: the cursor and `m`
    take a passage of it (the analysis, and the brief made from it, keep the sentence)."""
    from briefing.tui.passages import MAX_PASSAGE

    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        analysis, body = reader.analysis, reader.body
        assert analysis is not None
        first = analysis.sentences[0]
        assert first[1] - first[0] > MAX_PASSAGE
        assert body.cursor_span is not None and body.cursor_span[0] == first[0]
        assert body.cursor_span[1] < first[1]
        await pilot.press("m")
        await settle(app, pilot)
        marks = reader.marks.book.marks
        assert len(marks) == 1 and marks[0].text == analysis.body[slice(*body.cursor_span)]
        assert len(marks[0].text) <= MAX_PASSAGE
        await pilot.press("j")  # the next passage is still within the first sentence
        assert body.cursor_span is not None and body.cursor_span[0] < first[1]


async def test_j_pressed_before_the_analysis_arrives_moves_the_cursor_then(frozen_app, store):
    """Before the analysis gives the sentences j scrolls; it used to be lost when the cursor then
    started at the first sentence."""
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        analysis, body = reader.analysis, reader.body
        assert analysis is not None and reader.release is not None
        body.show_text(reader.release.body)  # as the reader shows a release until its analysis comes
        assert body.cursor is None
        await pilot.press("j", "j")
        body.show_analysis(analysis)
        assert body.cursor == 2
        await pilot.press("j")
        assert body.cursor == 3


def test_an_english_release_lists_no_phrases_in_english():
    """The side panel's 'In English in the release' picks English out of Thai text; in a release written
    in English it listed fragments of sentences ('local time', 'at 0905hrs')."""
    from briefing.cli.analyze import read_release
    from briefing.thai import analyze
    from briefing.tui.widgets.entities_panel import ENGLISH_HEADING, panel_entries

    pope = read_release(next(SEEDS.glob("Government News _1_*.txt")))
    entries = panel_entries(analyze(pope))
    assert "People" in entries and ENGLISH_HEADING not in entries
    thai = read_release(next(SEEDS.glob("*_0_02efa86ef419c001.txt")))
    assert ENGLISH_HEADING in panel_entries(analyze(thai)), "a Thai release still lists the English it writes"


async def test_e_on_a_release_written_in_english_says_so(frozen_app, store):
    """`e` gives a mark in English; on a release the site writes in English it listed the passage's names
    as if they were a rendering."""
    from briefing.tui.screens.reader import ReaderScreen

    english = next(e.id for e in store.entries() if e.title.startswith("PM to attend"))
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.query_one(ReleaseList).highlight_id(english)
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.analysis is not None
        await pilot.press("m", "e")
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert "This passage is in English already." in messages
        assert not any(m.startswith("In English (offline") for m in messages)


async def test_enter_typed_right_after_g_opens_the_first_release(gisted_archive, config_file):
    """Enter is a priority binding: the app ran it at once, while the `g` that came in the same read
    still waited in the list's queue, so G then 'g Enter' typed together opened the last release."""
    from textual import events

    from briefing.tui.screens.reader import ReaderScreen

    ids = [entry.id for entry in gisted_archive.entries()]
    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("G")
        assert app.screen.query_one(ReleaseList).highlighted_id == ids[-1]
        for key, character in (("g", "g"), ("enter", "\r")):  # as the terminal driver posts one read
            app.post_message(events.Key(key, character))
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.release_id == ids[0]


async def test_a_note_saved_with_ctrl_s_typed_right_after_it_keeps_its_last_characters(frozen_app, store):
    """ctrl+s is a priority binding too: typed in the same read as the note's last characters, it saved
    the note without them."""
    from textual import events

    from briefing.tui.screens.note_editor import NoteEditor

    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, NoteEditor)
        for key, character in (("o", "o"), ("k", "k"), ("ctrl+s", None)):
            app.post_message(events.Key(key, character))
        await settle(app, pilot)
        assert app.screen is reader
        assert [mark.note for mark in reader.marks.book.marks] == ["ok"]
