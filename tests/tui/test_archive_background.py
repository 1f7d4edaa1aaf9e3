"""The app's background analysis of the archive: a child process fills the entity index while the
entities screen counts how much of the archive it covers, and quitting ends the child. On a small
store built here (gists preset, so the app itself analyses nothing: only the child does)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import time
from pathlib import Path

import pytest
from conftest import new_app

from briefing.analyze_all import NICE
from briefing.config import load_config
from briefing.model import Release
from briefing.search import import_and_index, top_entities
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION
from briefing.tui.screens.entities import EntitiesScreen, coverage_line

SIZE = (120, 34)
COUNT = 3
WAIT_S = 120.0


def release(n: int) -> Release:
    return Release(title=f"กระทรวงการคลังแถลงผลการประชุม ครั้งที่ {n}",
                   body=f"นายกรัฐมนตรีมอบหมายให้กระทรวงการคลังเร่งรัดมาตรการ ครั้งที่ {n}",
                   date=dt.date(2024, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                   source=f"https://example.test/{n}")


@pytest.fixture(autouse=True)
def quick_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.tui.app as app_module

    monkeypatch.setattr(app_module, "START_DELAY_S", 0.05)


@pytest.fixture
def archive(config_file: Path) -> Store:
    from briefing.pipeline import offline_key

    store = Store.open(load_config(config_file))
    new, _, _ = import_and_index(store, [(str(n), release(n)) for n in range(COUNT)])
    assert new == COUNT
    for entry in store.entries():
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
    yield store
    store.close()


async def wait_for(pilot, condition, seconds: float = WAIT_S) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        await pilot.pause(0.1)


async def test_background_analysis_fills_the_index_and_the_entities_screen_counts_it(archive, config_file):
    app = new_app(archive, config_file)
    app._background_wanted = True
    app.background.nice = 0  # at nice 19 the child can starve for minutes on a busy machine
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EntitiesScreen) and app.screen.coverage is not None)
        screen = app.screen
        done, total, _ = screen.coverage  # the background may already have analysed some: it starts after 0.05 s
        assert total == COUNT and 0 <= done <= COUNT
        await wait_for(pilot, lambda: screen.coverage[:2] == (COUNT, COUNT))  # the screen follows the background
        await pilot.pause(0.1)
        assert f"entity index covers all {COUNT} releases" in str(screen.query_one("#entities-title").visual)
    assert archive.analysed_count(ANALYZER_VERSION) == COUNT
    assert not archive.unanalysed(ANALYZER_VERSION)
    names = {entity.thai for entity in top_entities(archive, ("organisation",))}
    assert "กระทรวงการคลัง" in names
    counts = {entity.thai: entity.releases for entity in top_entities(archive, ("organisation",))}
    assert counts["กระทรวงการคลัง"] == COUNT  # one row per release, none twice


async def test_quitting_stops_the_child(archive, config_file):
    app = new_app(archive, config_file)
    app._background_wanted = True
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.background.running, seconds=30)
        child = app.background.process
        assert child is not None
        # The child lowers its own priority first thing (before its imports of the analyzer).
        await wait_for(pilot, lambda: os.getpriority(os.PRIO_PROCESS, child.pid) == NICE, seconds=30)
    # The app has quit: the child was told to end, and did (long before it could finish any work).
    code = await asyncio.to_thread(child.wait, 10)
    assert code == -signal.SIGTERM
    assert archive.analysed_count(ANALYZER_VERSION) == 0


async def test_headless_apps_leave_it_off_unless_asked(archive, config_file):
    app = new_app(archive, config_file)
    assert app.config.archive.background_analysis  # on by default for users
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)  # past the start delay
        assert app.background.state == "off"


def test_coverage_line_says_what_fills_the_rest() -> None:
    assert coverage_line(12345, 62904, "running") == (
        "entity index covers 12,345 of 62,904 releases (20%); analysing the rest in the background")
    assert coverage_line(10, 10, "done") == "entity index covers all 10 releases"
    assert "`briefing analyze --all` does the rest" in coverage_line(0, 10, "off")
    assert "stopped" in coverage_line(3, 10, "stopped")
