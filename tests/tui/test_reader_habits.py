"""Issue 14: the habits feed-reader users bring (newsboat's `o`, copying the URL, a visible sign of a
mark), and a reader that fits an 80x24 terminal. Pilot tests on the real app over the fixed store."""

from __future__ import annotations

import webbrowser

from pilot_helpers import SIZE, open_seed, settle

NARROW = (80, 24)


async def test_o_opens_the_source_page_in_the_browser(frozen_app, store, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: opened.append(url) or True)
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("o")
        await settle(app, pilot)
        assert reader.release is not None
        assert opened == [reader.release.source]
        assert opened[0].startswith("https://www.thaigov.go.th/")
        assert any("Opening https://" in n.message for n in app._notifications)


async def test_y_copies_the_source_url(frozen_app, store):
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("y")
        await settle(app, pilot)
        assert reader.release is not None and app.clipboard == reader.release.source


async def test_a_browser_that_fails_is_a_notification(frozen_app, store, monkeypatch):
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: False)
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot, store)
        await pilot.press("o")
        await settle(app, pilot)
        assert any("no browser found" in n.message for n in app._notifications)


async def test_m_shows_the_mark_in_the_gutter_and_says_so(frozen_app, store):
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        body = reader.body
        assert body.gutter_rows == []
        await pilot.press("j")
        span = body.cursor_span
        assert span is not None
        await pilot.press("m")
        await settle(app, pilot)
        layout = body.body_layout
        expected = list(range(layout.row(span[0]), layout.row(span[1] - 1) + 1))
        assert body.gutter_rows == expected, "every line of the marked sentence has a sign beside it"
        assert any(n.message.startswith("Marked (") for n in app._notifications)
        await pilot.press("m")  # again: the mark and its sign go
        await settle(app, pilot)
        assert body.gutter_rows == []


async def test_at_80x24_the_body_keeps_its_columns_and_help_and_footer_fit(frozen_app, store):
    from rich.cells import cell_len
    from textual.widgets import Static
    from textual.widgets._footer import FooterKey

    from briefing.tui.screens.help import HelpScreen
    from briefing.tui.widgets.entities_panel import EntitiesPanel
    from briefing.tui.widgets.marks_panel import MarksPanel
    from briefing.tui.widgets.summary_panel import SummaryPanel

    app = frozen_app
    async with app.run_test(size=NARROW) as pilot:
        reader = await open_seed(app, pilot, store)
        assert reader.body.size.width >= 50
        await pilot.press("s")
        await settle(app, pilot)
        summary = reader.query_one(SummaryPanel)
        assert summary.display and summary.size.width >= 20
        assert reader.body.size.width >= 50 and reader.body.text_width >= 48
        assert not reader.query_one(EntitiesPanel).display, "one side panel at a time at 80 columns"
        await pilot.press("M")
        await settle(app, pilot)
        marks = reader.query_one(MarksPanel)
        assert marks.display and marks.size.width >= 20 and not summary.display
        assert reader.body.size.width >= 50
        # the footer keeps ? and q on screen
        keys = [key for key in app.screen.query(FooterKey) if key.action in ("app.help", "app.quit")]
        assert len(keys) == 2 and all(key.region.right <= NARROW[0] and key.region.width > 0 for key in keys)
        # ? fits the width and shows the binding ids
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box")
        assert box.region.right <= NARROW[0]
        shown = app.screen.query_one("#help-text", Static)
        text = shown.visual.plain
        rows = text.splitlines()[2:]  # after the intro paragraph, which the Static wraps itself
        assert max(cell_len(line.rstrip()) for line in rows) <= shown.content_region.width
        for binding_id in ("next-sentence", "open-source", "copy-url", "marks-panel", "summary"):
            assert binding_id in text
        # wide again: the panel opened last is still there, and help rows are one line each
        await pilot.press("escape")
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert marks.display and reader.body.size.width >= 50


def test_reader_with_summary_snapshot_80x24(snap_compare, frozen_app, store):
    async def open_summary(pilot) -> None:
        await open_seed(pilot.app, pilot, store)
        await pilot.press("s")
        await settle(pilot.app, pilot)

    assert snap_compare(frozen_app, terminal_size=NARROW, run_before=open_summary)


def test_reader_with_summary_snapshot_120x34(snap_compare, frozen_app, store):
    async def open_summary(pilot) -> None:
        await open_seed(pilot.app, pilot, store)
        await pilot.press("s")
        await settle(pilot.app, pilot)

    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=open_summary)


def _breaks_at_words(lines: list[str], text: str, width: int = 10**6) -> None:
    """`lines` show `text` whole, each line ending where a word ends (a Thai word or a space), unless
    the word (as newmm cuts it) is longer than the line's `width` and has to be folded."""
    from briefing.tui.layout import word_breaks_for

    allowed = set(word_breaks_for(text)) | {i for i, ch in enumerate(text) if ch == " " or text[i - 1:i] == " "}
    joined, position = "", 0
    for line in lines:
        piece = line.strip()
        start = text.index(piece, position)
        if joined and start not in allowed:
            before = max((b for b in allowed if b < start), default=0)
            after = min((b for b in allowed if b > start), default=len(text))
            assert after - before > width, f"a line starts mid-word: {piece!r} in {text!r} {lines!r}"
        joined += piece
        position = start + len(piece)
    assert joined.replace(" ", "") == text.replace(" ", "")


async def test_thai_in_the_side_panels_wraps_between_words(frozen_app, store):
    from briefing.tui.text import one_line
    from briefing.tui.widgets.entities_panel import EntitiesPanel
    from briefing.tui.widgets.marks_panel import PASSAGE_CHARS, MarksPanel

    app = frozen_app
    async with app.run_test(size=NARROW) as pilot:
        reader = await open_seed(app, pilot, store)
        assert reader.analysis is not None
        panel = reader.query_one(EntitiesPanel)
        assert panel.display and 0 < panel.text_width < 30
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        from briefing.tui.widgets.entities_panel import ENGLISH_HEADING

        names_end = next((i for i, p in enumerate(prompts) if p.strip() == ENGLISH_HEADING), len(prompts))
        wrapped = [prompt.splitlines()[1:] for prompt in prompts[:names_end] if len(prompt.splitlines()) > 2]
        assert wrapped, "a Thai name longer than the panel's line is wrapped"
        from briefing.model import entity_groups
        from briefing.tui.widgets.entities_panel import _thai_forms

        names = {_thai_forms([m.text for m in group.mentions]) for group in entity_groups(reader.analysis)}
        for lines in wrapped:
            squeezed = "".join(line.strip() for line in lines).replace(" ", "")
            _breaks_at_words(lines, next(name for name in names if name.replace(" ", "") == squeezed),
                             panel.text_width - 2)
        # the marks panel: a marked passage longer than a line
        await pilot.press("m", "M")
        await settle(app, pilot)
        marks = reader.query_one(MarksPanel)
        [mark] = reader.marks.book.marks
        passage_lines = str(marks.get_option_at_index(0).prompt).splitlines()[1:]
        assert len(passage_lines) > 1
        passage = one_line(mark.text)
        if len(passage) > PASSAGE_CHARS:
            passage = passage[: PASSAGE_CHARS - 1] + "…"
        _breaks_at_words(passage_lines, passage)


async def test_U_opens_the_next_unread_release(frozen_app, store):
    app = frozen_app
    ids = [entry.id for entry in store.entries()]  # list order, newest first
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        assert reader.release_id == ids[-1], "the seed is the oldest release"
        for release_id in ids:
            store.set_read(release_id, release_id in (ids[-1], ids[0], ids[3]) or release_id not in ids[:4])
        # unread now: ids[1] and ids[2]; after the oldest, "next unread" goes round to the newest unread
        await pilot.press("U")
        await settle(app, pilot)
        assert reader.release_id == ids[1]
        await pilot.press("U")
        await settle(app, pilot)
        assert reader.release_id == ids[2]
        assert store.release_flags(ids[1])[0] and store.release_flags(ids[2])[0], "opened, they are read"
        await pilot.press("U")
        await settle(app, pilot)
        assert reader.release_id == ids[2]
        assert any(n.message == "Every release is read." for n in app._notifications)


async def test_the_next_launch_lands_on_the_release_and_sentence_left(frozen_app, store, config_file, make_app):
    from briefing.tui.screens.list import ListScreen
    from briefing.tui.screens.reader import ReaderScreen

    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "j", "j")
        await settle(frozen_app, pilot)
        seed, left = reader.release_id, reader.body.cursor
        assert left == 3
    again = make_app(store, config_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        reader = again.screen
        assert isinstance(reader, ReaderScreen) and reader.release_id == seed
        assert reader.body.cursor == left
        await pilot.press("escape")  # back to the list: the next launch starts there
        await settle(again, pilot)
        assert isinstance(again.screen, ListScreen)
    third = make_app(store, config_file)
    async with third.run_test(size=SIZE) as pilot:
        await settle(third, pilot)
        assert isinstance(third.screen, ListScreen)


async def test_r_in_the_reader_undoes_the_mark_read(frozen_app, store):
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        assert store.release_flags(reader.release_id)[0], "opening marks it read"
        await pilot.press("r")
        await settle(app, pilot)
        assert not store.release_flags(reader.release_id)[0]
        assert any(n.message.startswith("Marked unread") for n in app._notifications)
        await pilot.press("r")
        await settle(app, pilot)
        assert store.release_flags(reader.release_id)[0]
