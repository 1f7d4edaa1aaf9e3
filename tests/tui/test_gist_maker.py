"""The list's gists made by the app's gist maker, a child process (`python -m briefing.gist_server`),
so the analyzer never runs in the app's process while the user pages: the gists are the ones
the app would make itself, the rows nearest the highlight get theirs first, it works beside the
background analysis, and the child is started again when it left and ended when the app quits."""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import new_app

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.model import Release
from briefing.pipeline import make_gist
from briefing.search import import_and_index
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION
from briefing.tui.background import GistMaker
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)
WAIT_S = 120.0


async def wait_for(pilot, condition, seconds: float = WAIT_S, step: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        await pilot.pause(step)


def expected_gists(store: Store) -> dict[int, str]:
    """What the app itself makes of each release, from the analysis the child saved."""
    gists = {}
    for entry in store.entries():
        analysis = store.analysis(entry.id, ANALYZER_VERSION)
        assert analysis is not None, "the child saves the analysis it made"
        gists[entry.id] = make_gist(store.release(entry.id), analysis)
    return gists


async def test_the_gist_maker_makes_the_lists_gists(store: Store, config_file: Path) -> None:
    app = new_app(store, config_file)
    app._gist_maker_wanted = True  # as in a terminal (headless runs make their gists themselves)
    # It must not leave idle before the quit (on a slow run), so the quit is what ends it.
    app.gist_maker = GistMaker(Path(store.path), idle_s=600.0)
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()))
        await app.workers.wait_for_complete()
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
        child = app.gist_maker.process
        assert child is not None and app.gist_maker.running
        assert app.gist_maker.made >= len(shown) == store.count()
    assert shown == expected_gists(store)
    assert {entry.id: entry.gist for entry in store.entries()} == shown
    # Quitting ended the child without waiting for it.
    assert await asyncio.to_thread(child.wait, 10) == -signal.SIGTERM


async def test_headless_apps_make_their_gists_themselves_unless_asked(store: Store, config_file: Path) -> None:
    app = new_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert all(entry.gist for entry in app.screen.query_one(ReleaseList).entries.values())
    assert app.gist_maker.process is None and app.gist_maker.made == 0


def release(n: int) -> Release:
    return Release(title=f"กระทรวงการคลังแถลงผลการประชุม ครั้งที่ {n}",
                   body=f"นายกรัฐมนตรีมอบหมายให้กระทรวงการคลังเร่งรัดมาตรการ วงเงิน {n} ล้านบาท",
                   date=dt.date(2024, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                   source=f"https://example.test/{n}")


@pytest.fixture
def archive(config_file: Path) -> Store:
    store = Store.open(load_config(config_file))
    new, _, _ = import_and_index(store, [(str(n), release(n)) for n in range(60)])
    assert new == 60
    yield store
    store.close()


async def test_the_rows_nearest_the_highlight_come_first(archive: Store, config_file: Path) -> None:
    app = new_app(archive, config_file)
    app._gist_maker_wanted = True
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        # The child is starting (its first answer takes its imports): the user pages down meanwhile.
        await wait_for(pilot, lambda: app.gist_maker.running)
        # One key (End), not two PageDowns: on a loaded machine the worker may ask between two keys,
        # and the rows on the screen in between are rightly made first.
        await pilot.press("end")
        at = releases.highlighted_id
        assert at is not None and releases.highlighted and releases.highlighted >= 25
        await wait_for(pilot, lambda: bool(releases.entries[at].gist), step=0.01)
        # Made first: what was asked before the keys (the top row, perhaps the next), then the rows
        # around the highlight, not the rows between the top and the highlight (the order the window
        # was read in), which come only after the 30 or so nearer the highlight.
        gisted = [i for i, entry in enumerate(releases.entries.values()) if entry.gist]
        far = [i for i in gisted if 2 <= i <= releases.highlighted - 16]
        assert not far, f"rows {far} got their gists before row {releases.highlighted}'s: {gisted}"
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()))


async def test_beside_the_background_analysis(archive: Store, config_file: Path, monkeypatch) -> None:
    import briefing.tui.app as app_module

    monkeypatch.setattr(app_module, "START_DELAY_S", 0.05)
    app = new_app(archive, config_file)
    app._gist_maker_wanted = True
    app._background_wanted = True
    app.background.nice = 0  # at nice 19 the child can starve for minutes on a busy machine
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()))
        await wait_for(pilot, lambda: app.background.state == "done")
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
    assert archive.analysed_count(ANALYZER_VERSION) == archive.count() == 60
    assert shown == expected_gists(archive)


def test_a_gist_maker_that_left_is_started_again(archive: Store) -> None:
    ids = [entry.id for entry in archive.entries(limit=3)]
    maker = GistMaker(Path(archive.path), nice=0, idle_s=1.0)
    try:
        first = maker.gist(ids[0])
        child = maker.process
        assert first and child is not None
        assert child.wait(timeout=30) == 0  # idle for a second: it leaves by itself
        assert maker.gist(ids[1]) and maker.process is not child
        maker.process.kill()  # killed (out of memory, a user's kill): the next request starts another
        assert maker.gist(ids[2])
        with pytest.raises(BriefingError, match="no release with id 987654"):
            maker.gist(987654)  # one bad release is an error for that release only
        assert maker.gist(ids[0]) == first and maker.made == 4
    finally:
        maker.stop()
    assert maker.gist(ids[1]) is None  # stopped (the app quit): no child is started again


async def test_where_no_gist_maker_can_run_the_app_makes_its_own(store: Store, config_file: Path,
                                                                  tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("not a folder")
    app = new_app(store, config_file)
    app._gist_maker_wanted = True
    # A store the child cannot open: each child dies before its ready line.
    app.gist_maker = GistMaker(tmp_path / "a file" / "briefing.db", nice=0)
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()))
        await app.workers.wait_for_complete()
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
    assert app.gist_maker.process is None and app.gist_maker.made == 0
    assert app.gist_maker.gist(next(iter(shown))) is None  # it gave up: no more children
    assert shown == expected_gists(store)  # the app made them all itself


async def test_a_child_with_other_code_than_the_apps_is_not_used(store: Store, config_file: Path) -> None:
    # The code on disk was upgraded while the app runs: the child's gists would be stale for the app,
    # so the child leaves at once and the app makes its gists itself (it never asks for them again).
    app = new_app(store, config_file)
    app._gist_maker_wanted = True
    app.gist_maker = GistMaker(Path(store.path), nice=0, expect="offline:0.0")
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()))
        await app.workers.wait_for_complete()
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
    assert app.gist_maker.process is None and app.gist_maker.made == 0
    assert shown == expected_gists(store)


FAKE = Path(__file__).resolve().parent / "fake_gist_maker.py"


def fake(*options: str) -> list[str]:
    return [sys.executable, str(FAKE), *options]


def logged(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split() if path.exists() else []


async def test_the_list_never_asks_for_one_release_twice(store: Store, config_file: Path, tmp_path: Path) -> None:
    # A child whose saved gists do not count as current for the app (this one saves none at all): the
    # list must not ask it for the same rows again and again.
    log = tmp_path / "requests"
    app = new_app(store, config_file)
    app._gist_maker_wanted = True
    app.gist_maker = GistMaker(Path(store.path), command=fake("--slow", "0.02", "--log", str(log)))
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        # (Were the same rows asked again, the one nearest the highlight would be asked forever.)
        await wait_for(pilot, lambda: all(entry.gist for entry in releases.entries.values()), seconds=20)
        await pilot.pause(0.5)
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
        requests = logged(log)
        assert app.gist_maker.made == len(shown) == len(requests) - 1, requests
    assert shown == {release_id: f"gist {release_id}" for release_id in shown}


async def test_a_release_that_kills_the_child_is_not_analysed_in_the_app(store: Store, config_file: Path,
                                                                         tmp_path: Path) -> None:
    ids = [entry.id for entry in store.entries()]
    poison = ids[0]
    app = new_app(store, config_file)
    app._gist_maker_wanted = True
    app.gist_maker = GistMaker(Path(store.path), command=fake("--die", str(poison)))
    async with app.run_test(size=SIZE) as pilot:
        releases = app.screen.query_one(ReleaseList)
        await wait_for(pilot, lambda: all(entry.gist for i, entry in releases.entries.items() if i != poison))
        await app.workers.wait_for_complete()
        releases.post_message(ReleaseList.WindowChanged(releases))  # another window's worker: still not that one
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        assert app.gist_maker.running  # the gist maker is still on for the others
        shown = {release_id: entry.gist for release_id, entry in releases.entries.items()}
    # Its row keeps no gist (the app never analysed it); the others have the child's.
    assert not shown.pop(poison) and shown == {release_id: f"gist {release_id}" for release_id in ids[1:]}
    assert app.gist_maker.failed == {poison}


def test_releases_that_kill_the_child_are_not_tried_again(tmp_path: Path) -> None:
    log = tmp_path / "requests"
    maker = GistMaker(tmp_path / "briefing.db", command=fake("--die", "665", "--die", "666", "--die", "667",
                                                             "--log", str(log)))
    try:
        assert maker.gist(1) == "gist 1"
        for poison in (665, 666, 667, 666):  # more than MAX_DEATHS, and one asked again
            with pytest.raises(BriefingError, match=f"ended on release {poison}"):
                maker.gist(poison)
        assert maker.gist(2) == "gist 2"  # a child that was ready before it died is not a broken install
    finally:
        maker.stop()
    # Each poison release was tried twice (the first child may have left idle meanwhile), never again.
    requests = [line for line in logged(log) if line != "start"]
    assert requests == ["1", "665", "665", "666", "666", "667", "667", "2"]


def test_a_reply_for_another_release_ends_the_child(tmp_path: Path) -> None:
    log = tmp_path / "requests"
    maker = GistMaker(tmp_path / "briefing.db", command=fake("--wrong", "5", "--log", str(log)))
    try:
        assert maker.gist(4) == "gist 4"
        with pytest.raises(BriefingError, match="ended on release 5"):
            maker.gist(5)
        assert maker.gist(6) == "gist 6" and maker.made == 2
    finally:
        maker.stop()
    assert logged(log) == ["start", "4", "5", "start", "5", "start", "6"]


def test_the_children_are_closed_and_collected(tmp_path: Path) -> None:
    maker = GistMaker(tmp_path / "briefing.db", command=fake(), idle_s=600.0)
    first = maker.gist(1) and maker.process
    assert first is not None
    first.kill()  # it ended (killed, or idle): the next request collects it and starts another
    assert maker.gist(2) == "gist 2" and maker.process is not first
    assert first.returncode == -signal.SIGKILL and first.stdin.closed and first.stdout.closed
    second = maker.process
    maker.stop()
    assert second.returncode == -signal.SIGTERM and second.stdin.closed and second.stdout.closed


def test_a_cancelled_request_waiting_for_the_lock_is_not_sent(tmp_path: Path) -> None:
    log = tmp_path / "requests"
    maker = GistMaker(tmp_path / "briefing.db", command=fake("--slow", "0.5", "--log", str(log)))
    cancelled = threading.Event()
    try:
        first = threading.Thread(target=maker.gist, args=(1,))
        first.start()
        deadline = time.monotonic() + 30
        while "start" not in logged(log):  # the first request holds the lock
            assert time.monotonic() < deadline
            time.sleep(0.01)
        answers: list[str | None] = []
        second = threading.Thread(target=lambda: answers.append(maker.gist(2, cancelled.is_set)))
        second.start()
        cancelled.set()  # its window was replaced while it waited
        first.join(30)
        second.join(30)
    finally:
        maker.stop()
    assert answers == [None] and logged(log) == ["start", "1"]


def test_a_stop_while_the_child_starts_ends_it(tmp_path: Path) -> None:
    log = tmp_path / "requests"
    maker = GistMaker(tmp_path / "briefing.db", command=fake("--slow", "5", "--log", str(log)))
    answers: list[str | None] = []
    asking = threading.Thread(target=lambda: answers.append(maker.gist(1)))
    asking.start()
    deadline = time.monotonic() + 30
    while "start" not in logged(log):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    child = maker.process
    maker.stop()
    asking.join(10)
    assert not asking.is_alive() and answers == [None]
    assert child is not None and child.poll() == -signal.SIGTERM and maker.process is None
