"""The refresh key: sources are fetched in a thread worker from a slow real site on 127.0.0.1 while the
list keeps answering keys; new releases appear in the list in place with a count of them."""

from __future__ import annotations

import time
from collections.abc import Callable

from site_server import TITLE_PREFIX, SiteHandler, page_route, release_html, rss, running_site
from textual.widgets import Footer

from briefing.config import FetchConfig, SourceConfig
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.fetch_status import FetchStatus
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)
PAGE_DELAY = 0.4
"""Seconds each page takes at the server: the fetch of three pages lasts well over a second."""


async def until(pilot, condition: Callable[[], object], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition never held")
        await pilot.pause(0.02)


def slow_english_page(number: int) -> Callable[[SiteHandler, int], None]:
    headline = f"Government News item {number} for the refresh test"
    page = release_html(TITLE_PREFIX + headline, "Government News", [
        "Monday, December 1, 2025", headline,
        f"The Government Spokesperson said item {number} was announced today in Bangkok. More follows."])
    serve = page_route(page)

    def route(handler: SiteHandler, count: int) -> None:
        time.sleep(PAGE_DELAY)
        serve(handler, count)

    return route


async def test_refresh_runs_in_the_background_and_fills_the_list_in_place(frozen_app: BriefingApp,
                                                                          store: Store) -> None:
    app = frozen_app
    with running_site() as site:
        paths = [f"/en/news/contents/details/{n}" for n in range(3)]
        for number, path in enumerate(paths):
            site.routes[path] = slow_english_page(number)
        site.routes["/en/rss.xml"] = page_route(rss([site.url(path) for path in paths]),
                                                content_type="application/rss+xml")
        app.config.sources = [SourceConfig(url=site.url("/en/rss.xml"))]
        app.config.fetch = FetchConfig(min_interval_s=0.1, retries=0, contact="mailto:reader@example.org")
        before = store.count()

        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            releases = app.screen.query_one(ReleaseList)
            assert releases.highlighted == 0

            await pilot.press("R")
            await until(pilot, lambda: app.screen.query(FetchStatus))
            status, footer = app.screen.query_one(FetchStatus), app.screen.query_one(Footer)
            assert status.region.bottom <= footer.region.y  # a line of its own above the footer
            # Keys act while the fetch runs: the highlight moves, a star is saved.
            await pilot.press("j")
            assert releases.highlighted == 1
            starred = releases.highlighted_id
            assert starred is not None
            await pilot.press("asterisk")
            assert store.release_flags(starred) == (False, True)
            assert releases.entries[starred].starred
            fetch_workers = [worker for worker in app.workers if worker.group == "fetch"]
            assert fetch_workers and fetch_workers[0].is_running, "the keys were pressed after the fetch ended"
            assert len(site.asked("/en/rss.xml")) == 1

            await until(pilot, lambda: not app.screen.query(FetchStatus))
            await pilot.pause()

            assert store.count() == before + 3
            new_titles = {entry.title for entry in releases.entries.values() if entry.title.startswith("Government")}
            assert new_titles == {f"Government News item {n} for the refresh test" for n in range(3)}
            assert releases.option_count == len(releases.entries) == before + 3
            assert releases.highlighted_id == starred  # the highlight stayed on its release
            gists = {entry.gist for entry in releases.entries.values() if entry.title.startswith("Government")}
            assert "The Government Spokesperson said item 0 was announced today in Bangkok." in gists
            messages = [n.message for n in app._notifications]
            assert any(message.startswith("3 new releases") for message in messages), messages


async def test_refresh_without_sources_says_how_to_add_them(frozen_app: BriefingApp) -> None:
    frozen_app.config.sources = []
    async with frozen_app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert any("[[sources]]" in n.message for n in frozen_app._notifications)
        assert not [worker for worker in frozen_app.workers if worker.group == "fetch"]


async def test_r_shows_what_briefing_import_stored_while_the_app_was_open(frozen_app: BriefingApp, store: Store,
                                                                          tmp_path) -> None:
    """The app and `briefing import` (another process) share the store: both work, no lock error reaches
    the user, and R shows the imported release in place."""
    import asyncio
    import os
    import subprocess
    import sys
    from pathlib import Path

    extra = Path(__file__).resolve().parents[1] / "data" / "export" / "release_39463.txt"
    config = tmp_path / "import.toml"
    config.write_text(f'[store]\npath = "{store.path}"\n', encoding="utf-8")
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        releases = app.screen.query_one(ReleaseList)
        before = set(releases.entries)
        # Another process, while the app keeps running (its event loop is not blocked by the wait).
        result = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-m", "briefing", "--config", str(config), "import", str(extra)],
            capture_output=True, text=True, env={**os.environ}, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        assert set(releases.entries) == before  # not yet shown
        await pilot.press("R")
        await pilot.pause()
        await app.workers.wait_for_complete()
        new = set(releases.entries) - before
        assert len(new) == 1
        assert store.release(new.pop()).source.endswith("39463")
        assert not [n for n in app._notifications if "locked" in n.message or n.severity == "error"]
