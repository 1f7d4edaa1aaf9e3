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
