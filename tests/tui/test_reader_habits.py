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
