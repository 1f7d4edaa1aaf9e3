"""What a user hit driving the app in tmux (session 16, second hands-on round), on the bundled seeds and on
the whole archive: each test fails on the code before its fix."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import new_app
from pilot_helpers import gisted_archive

from briefing.model import Entity
from briefing.store import Store

SIZE = (120, 34)
PEOPLE = 40



@pytest.fixture
def named(config_file: Path) -> Store:
    """PEOPLE people, person k named in releases k..PEOPLE-1 (so person 0 in the most); gists preset."""
    store = gisted_archive(config_file, PEOPLE, lambda n: [
        Entity(type="person", field="body", text=f"นายสมชาย{k:02d}", start=0, end=5, english=f"Somchai {k:02d}")
        for k in range(n + 1)])
    yield store
    store.close()


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_entities_list_shows_without_waiting_for_the_coverage_count(
        named: Store, config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the archive the entities screen stayed blank 2 to 7 seconds: one query per listed entity for its
    forms (300), then the coverage count (most of a second) before the list showed, and the same wait each
    time the screen opened. Now the forms come in one query, the list shows before the count, and a second
    visit opens on the list read the first time."""
    import briefing.tui.screens.entities as entities_screen
    from briefing import search
    from briefing.tui.screens.entities import EntitiesScreen

    counting = threading.Event()
    counted = threading.Event()

    def slow_coverage(store: Store) -> search.Coverage:
        counting.set()
        counted.wait(10)
        return search.Coverage(0, PEOPLE, PEOPLE)

    monkeypatch.setattr(entities_screen, "coverage", slow_coverage)
    queries: list[str] = []
    query = named.query
    monkeypatch.setattr(named, "query", lambda sql, params=(): queries.append(sql) or query(sql, params))
    app = new_app(named, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        for _ in range(100):  # the list, while the coverage count has not come back
            await pilot.pause(0.05)
            if isinstance(app.screen, EntitiesScreen) and app.screen.entity_list.option_count:
                break
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        assert screen.entity_list.option_count == PEOPLE, "the list waited for the coverage count"
        assert [(e.english, e.releases) for e in screen.entities[:2]] == [("Somchai 00", PEOPLE),
                                                                         ("Somchai 01", PEOPLE - 1)]
        assert len([sql for sql in queries if "release_entities" in sql]) <= 2, queries
        counted.set()
        await settle(app, pilot)
        assert "covers 0 of 40 releases" in str(screen.query_one("#entities-title").visual)
        await pilot.press("down", "down")
        await pilot.press("escape")
        await settle(app, pilot)
        counted.clear()
        queries.clear()
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        again = app.screen
        assert isinstance(again, EntitiesScreen) and again is not screen
        assert again.entity_list.option_count == PEOPLE, "the second visit opened on a blank list"
        counted.set()
        await settle(app, pilot)
        assert again.entity_list.option_count == PEOPLE


async def test_the_header_stands_over_the_text_on_a_wide_terminal(frozen_app, store: Store) -> None:
    """At 200 columns the text and its panels stand in the middle, and the header's title, date and link
    stayed at the left edge, 21 columns left of the text under them. Now the header's lines start where
    the text does and end where the panel does; at 120 columns it is as it was."""
    from pilot_helpers import open_seed
    from pilot_helpers import settle as settle_all

    async with frozen_app.run_test(size=(200, 50)) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await settle_all(frozen_app, pilot)
        header = reader.query_one("#release-header")
        for _ in range(2):  # with the names panel, then without it (i)
            body = reader.body.region  # its text starts a column in, as the header's does at the edge
            shown = reader.entities.region if reader.entities.display else body
            assert body.x > 10
            assert header.content_region.x == body.x + 1, (header.content_region, body)
            assert header.content_region.right == shown.right - 1, (header.content_region, shown)
            await pilot.press("i")
            await settle_all(frozen_app, pilot)
        await pilot.resize_terminal(120, 40)
        await settle_all(frozen_app, pilot)
        assert header.content_region.x == 1 and header.content_region.right == 119


async def test_the_export_notification_breaks_its_path_between_words(frozen_app, store: Store,
                                                                     tmp_path: Path) -> None:
    """"Notes written to /root/Documents/briefing/2023-05-03-five-thai-products-b" / "oast-largest-global-
    market-share-in-3.md": the notification folded the path wherever its 57 cells ended. Now the folder
    has a line of its own and the file name breaks after a hyphen; the lines put together are the path."""
    from pilot_helpers import open_seed, type_text
    from pilot_helpers import settle as settle_all

    from briefing.tui.screens.export_prompt import ExportPrompt

    folder = tmp_path / "notes-of-the-long-running-durian-export-story"
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("x")
        assert isinstance(frozen_app.screen, ExportPrompt)
        await pilot.press("ctrl+u")
        await type_text(pilot, str(folder))
        await pilot.press("enter")
        await settle_all(frozen_app, pilot)
        [written] = [n.message for n in frozen_app._notifications if n.title == "Exported"]
    [path] = folder.glob("*.md")
    first, *lines = written.split("\n")
    assert first == "Notes written to", written
    assert "".join(lines) == str(path), written
    folder_ends = max(number for number, line in enumerate(lines) if line.endswith("/"))
    assert "".join(lines[folder_ends + 1:]) == path.name, written  # the file name starts a line
    assert all(len(line) <= 57 for line in lines), written
    assert all(line.endswith(("/", "-")) for line in lines[:-1]), written


async def test_the_title_says_searching_while_a_search_runs(store: Store, config_file: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """On the archive under load "Prime Minister" took over six seconds to search (four Thai forms with it),
    and meanwhile the title kept "62,904 releases" and the list the whole archive, as if the search had
    found nothing or not started. Now the title says "searching…" until the results come, then the count."""
    from pilot_helpers import type_text

    import briefing.search as search_module

    go = threading.Event()
    search = search_module.search

    def slow_search(*args, **kwargs):
        if args[1].query:
            go.wait(10)
        return search(*args, **kwargs)

    monkeypatch.setattr(search_module, "search", slow_search)
    app = new_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        title = app.screen.query_one("#list-title")
        assert "searching" not in str(title.visual)
        await pilot.press("slash")
        await type_text(pilot, "ข้าว")
        await pilot.pause(0.6)  # past the pause the search waits for
        assert "searching…" in str(title.visual), str(title.visual)
        go.set()
        await settle(app, pilot)
        assert "searching" not in str(title.visual) and "match" in str(title.visual), str(title.visual)
