"""What an analyst tripped on in session 10 (tmux, 80x24 and 120x40, the seeds and the full archive)."""

from __future__ import annotations

from pilot_helpers import open_seed, settle
from textual.widgets import Static

from briefing.tui.widgets.body_view import CURSOR_STYLE, BodyText

NARROW = (80, 24)


async def test_help_fits_a_24_row_terminal_and_scrolls_with_j_and_k(frozen_app, store):
    """At 80x24 the box was 30 rows: the screen scrolled and the last rows and the bottom border were
    out of sight; j (the key that moves everywhere else) did nothing."""
    from briefing.tui.screens.help import HelpScreen

    app = frozen_app
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box")
        assert box.region.y >= 0 and box.region.bottom <= NARROW[1], box.region
        assert box.max_scroll_y > 0, "the keys are more than 24 rows: the box scrolls inside"
        await pilot.press("j", "j")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert box.region.height == HelpScreen.MAX_HEIGHT


async def test_body_lines_drawn_one_at_a_time_match_the_whole_text_drawn(frozen_app, store):
    """The body draws only the lines on screen (a 240,000-character Cabinet summary took seconds a key
    when every cursor move wrapped the whole text again): each line must be what Textual draws for
    the whole text, highlights and cursor included, before and after the cursor moves."""
    app = frozen_app
    async with app.run_test(size=NARROW) as pilot:
        reader = await open_seed(app, pilot, store)
        text = reader.body.query_one("#body-text", BodyText)

        def compare() -> int:
            rows = reader.body.body_layout.rows
            for y in range(rows + 1):
                ours = text.render_line(y)
                whole = Static.render_line(text, y)  # Textual's own: renders the whole text
                assert ours.text == whole.text, y
                assert list(ours) == list(whole), y
            return rows

        assert compare() > 10
        await pilot.press("j", "j", "j")
        await settle(app, pilot)
        cursor_row = reader.body.body_layout.row(reader.body.cursor_span[0])
        assert compare() > 10
        styled = [span for span in text.visual.spans if span.style == CURSOR_STYLE]
        assert styled and cursor_row > 0
        # the cursor's line carries the cursor colour, the first line no longer does
        background = {segment.style.bgcolor for segment in text.render_line(cursor_row) if segment.style}
        first = {segment.style.bgcolor for segment in text.render_line(0) if segment.style}
        assert background - first
