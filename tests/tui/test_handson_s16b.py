"""What a user hit driving the app in tmux (session 16, second hands-on round), on the bundled seeds and on
the whole archive: each test fails on the code before its fix."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from conftest import new_app

from briefing.config import load_config
from briefing.model import Analysis, Entity, Release
from briefing.search import import_and_index
from briefing.store import Store

SIZE = (120, 34)
PEOPLE = 40


def release(n: int) -> Release:
    return Release(title=f"การประชุมหารือ ฉบับที่ {n}", body=f"รายละเอียดข่าว ลำดับ {n}",
                   date=dt.date(2020, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                   source=f"https://example.test/{n}")


@pytest.fixture
def named(config_file: Path) -> Store:
    """PEOPLE people, person k named in releases k..PEOPLE-1 (so person 0 in the most); gists preset."""
    from briefing.pipeline import offline_key

    store = Store.open(load_config(config_file))
    import_and_index(store, [(str(n), release(n)) for n in range(PEOPLE)])
    for n, entry in enumerate(store.entries(limit=PEOPLE)):
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
        r = store.release(entry.id)
        people = [Entity(type="person", field="body", text=f"นายสมชาย{k:02d}", start=0, end=5,
                         english=f"Somchai {k:02d}") for k in range(n + 1)]
        store.save_analysis(entry.id, Analysis(title=r.title, body=r.body, entities=people, version="x"))
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
