"""The app against hostile themes and a failing store (issue 15), under Pilot on a real SQLite store.

A theme the loader used to accept could stop the app from starting, and ctrl+t saved it first, so
every later launch crashed; a store error crashed the app with a traceback, and a held lock froze it.
"""

from __future__ import annotations

import sqlite3
import time
import tomllib
from pathlib import Path

import pytest
from pilot_helpers import SIZE, until
from safety_helpers import damage_release_leaves
from textual.theme import Theme

from briefing.config import load_config
from briefing.store import Store, StoreDamagedError
from briefing.tui.app import UI_LOCK_WAIT_S, BriefingApp, DaemonExecutor
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.release_list import ReleaseList

THEMES = Path(__file__).resolve().parents[2] / "briefing" / "themes"
BAD_THEMES = {
    "spread.toml": 'name = "spread"\nprimary = "#336699"\nluminosity_spread = "x"\n',
    "alpha.toml": 'name = "alpha"\nprimary = "#336699"\ntext_alpha = nan\n',
    "inject.toml": 'name = "inject"\nprimary = "#336699"\n[variables]\n'
                   'briefing-person = "red; } Screen { background: red"\n',
    "style.toml": 'name = "style"\nprimary = "#336699"\n[variables]\nbriefing-person = "bold"\n',
    "loop.toml": 'name = "loop"\nprimary = "#336699"\n[variables]\nbriefing-cursor = "$nowhere 30%"\n',
}


def messages(app: BriefingApp) -> list[str]:
    return [n.message for n in app._notifications]


def themes_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "themes"
    folder.mkdir(exist_ok=True)
    for name, text in BAD_THEMES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "mine.toml").write_text('name = "mine"\nprimary = "#336699"\n[variables]\n'
                                      'briefing-cursor = "$primary 35%"\nblock-cursor-text-style = "bold"\n',
                                      encoding="utf-8")
    return folder


async def test_bad_theme_files_are_notifications_and_never_registered(store: Store, config_file: Path,
                                                                     tmp_path: Path) -> None:
    config_file.write_text(config_file.read_text(encoding="utf-8") + '[ui]\ntheme = "inject"\n', encoding="utf-8")
    app = BriefingApp(load_config(config_file), store, config_path=config_file,
                      themes_dirs=[THEMES, themes_dir(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        found = messages(app)
        for name in BAD_THEMES:
            assert any(m.startswith(f"theme {name}:") for m in found), (name, found)
            assert name.removesuffix(".toml") not in app.available_themes
        assert any("'inject' not found" in m for m in found)  # the saved name: the app still starts
        assert "mine" in app.available_themes
        app.theme = "mine"
        await pilot.pause()
        assert app.theme == "mine"


async def test_a_theme_that_would_break_the_stylesheet_is_refused_and_not_saved(store: Store, config_file: Path,
                                                                               frozen_app: BriefingApp) -> None:
    app = frozen_app
    # Each value passes alone, but this colour names a text-style variable: the CSS cannot parse it.
    sneaky = Theme(name="sneaky", primary="#336699",
                   variables={"footer-key-foreground": "$block-cursor-text-style"})
    injected = Theme(name="injected", primary="#336699", variables={"briefing-place": "red; } * { x: y"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = app.theme
        for theme in (sneaky, injected):
            app.register_theme(theme)
            app.theme = theme.name  # what ctrl+t and the palette do
            await pilot.pause()
            assert app.theme == before
            assert any(f"theme {theme.name!r} cannot be used" in m for m in messages(app))
        await pilot.press("q")
    assert app.return_code == 0 and app.crash_message is None
    saved = tomllib.loads(config_file.read_text(encoding="utf-8"))
    assert saved.get("ui", {}).get("theme", before) == before


async def test_ctrl_t_saves_a_theme_only_once_it_is_applied(store: Store, config_file: Path, tmp_path: Path,
                                                            make_app) -> None:
    app = BriefingApp(load_config(config_file), store, config_path=config_file,
                      themes_dirs=[THEMES, themes_dir(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.press(*"mine")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: app.theme == "mine" and app.config.ui.theme == "mine")
    assert tomllib.loads(config_file.read_text(encoding="utf-8"))["ui"]["theme"] == "mine"
    again = BriefingApp(load_config(config_file), store, config_path=config_file,
                        themes_dirs=[THEMES, themes_dir(tmp_path)])
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "mine"


async def test_a_held_lock_is_a_notification_and_never_freezes_the_ui(frozen_app: BriefingApp,
                                                                      store: Store) -> None:
    app = frozen_app
    posted: list[str] = []  # every notification, also those expired by the time a loaded machine checks
    notify = app.notify
    app.notify = lambda message, *args, **kwargs: (posted.append(str(message)), notify(message, *args, **kwargs))[1]  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        releases = app.screen.query_one(ReleaseList)
        release_id = releases.highlighted_id
        assert release_id is not None
        starred = store.release_flags(release_id)[1]
        holder = sqlite3.connect(store.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another briefing importing, for longer than we wait
        try:
            started = time.monotonic()
            await pilot.press("asterisk")
            waited = time.monotonic() - started
            await pilot.pause()
            assert any("is busy" in m for m in messages(app)), messages(app)
            assert store.release_flags(release_id)[1] == starred
            assert waited < UI_LOCK_WAIT_S + 5  # SQLite's own wait was 10 s of a frozen screen
            await pilot.press("down")  # the app still answers keys
            await pilot.pause()
            assert releases.highlighted_id != release_id
            # Opening a release marks it read: that write fails too, and the release still shows.
            cached = next(e.id for e in store.entries() if Path(store.release(e.id).file or "").name.startswith("000_"))
            releases.highlight_id(cached)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.analysis is not None)
            assert sum("is busy" in m for m in posted) == 2, posted
            assert store.release_flags(cached)[0] is False
            await pilot.press("escape")
            await pilot.pause()
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        releases.highlight_id(release_id)
        await pilot.press("asterisk")
        await pilot.pause()
        assert store.release_flags(release_id)[1] is not starred
        await pilot.press("q")
    assert app.return_code == 0 and app.crash_message is None


async def test_a_crash_on_a_damaged_store_is_one_line_and_a_non_zero_status(store: Store,
                                                                            config_file: Path) -> None:
    path = store.path
    store.close()
    damage_release_leaves(path)
    damaged = Store(path)
    app = BriefingApp(load_config(config_file), damaged, config_path=config_file, themes_dirs=[THEMES])
    with pytest.raises(StoreDamagedError):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
    damaged.close()
    assert app.return_code == 1
    assert app.crash_message is not None and "\n" not in app.crash_message
    assert "is damaged" in app.crash_message and "briefing check --repair" in app.crash_message
    assert not app._exit_renderables  # no traceback is printed when the terminal is given back


async def test_thread_workers_run_on_daemon_threads(frozen_app: BriefingApp) -> None:
    import asyncio
    import threading

    app = frozen_app
    seen: list[bool] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(asyncio.get_running_loop()._default_executor, DaemonExecutor)  # type: ignore[attr-defined]
        worker = app.run_worker(lambda: seen.append(threading.current_thread().daemon), thread=True)
        await worker.wait()
    assert seen == [True]


async def test_a_zero_byte_store_is_a_notification_in_the_app(config_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "emptied.db"
    path.write_bytes(b"")
    notices: list[str] = []
    store = Store(path, notice=notices.append)
    app = BriefingApp(load_config(config_file), store, config_path=config_file, themes_dirs=[THEMES])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("was an empty file (0 bytes)" in m for m in messages(app)), messages(app)
        await pilot.press("q")
    store.close()
    assert notices and app.return_code == 0
