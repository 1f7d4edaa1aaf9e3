"""The Textual app: themes, keymap, the palette and which screen shows. Screens do the rest.

What no screen should have to think about lives here too: a store error from any command is a
notification, not a crash; a theme that would break the stylesheet is refused, not applied (or saved);
thread workers never keep the app from quitting; and a crash leaves one line and a non-zero status
(`crash_message`, `return_code`) for `briefing` to print, with the traceback in the crash log.
"""

from __future__ import annotations

import asyncio
import gc
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.constants import DEFAULT_THEME
from textual.dom import DOMNode
from textual.markup import escape
from textual.reactive import Initialize, Reactive
from textual.screen import Screen
from textual.theme import Theme

from briefing import paths
from briefing.config import Config, update_configuration
from briefing.errors import BriefingError, crash_line
from briefing.pipeline import Pipeline
from briefing.printable import one_line
from briefing.tui.background import START_DELAY_S, BackgroundAnalysis, GistMaker
from briefing.tui.commands import APP_ACTIONS, Command, bindings, check_keymap
from briefing.tui.keys import AfterEarlierKeys
from briefing.tui.messages import FetchUpdate
from briefing.tui.refreshing import SourceRefresh
from briefing.tui.resume import ReadingPlace, load_place, place_file, save_place
from briefing.tui.screens.list import ListScreen
from briefing.tui.themes import HIGHLIGHT_DEFAULTS, load_themes, theme_colours, theme_problem

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefing.store import Store

FALLBACK_THEME = "briefing-dark"
"""The bundled theme used when the config names a theme that is not found (the reader's colours)."""

_VARIABLE = re.compile(r"\$([a-z0-9-]+)")

UI_LOCK_WAIT_S = 0.25
"""How long a write from the app waits for another process's lock on the store before it is a
"store is busy" notification: SQLite's default wait (10 s) froze the screen."""


class DaemonExecutor(ThreadPoolExecutor):
    """The executor thread workers run in: each call in a daemon thread, and shutdown never waits.

    Textual runs `@work(thread=True)` on the event loop's default executor, and asyncio joins that
    executor's threads when the app ends: quitting waited for a worker analysing a 24 MB release
    (254 s). A thread that cannot be interrupted is instead left to end with the process; its
    worker is cancelled and its result is dropped.
    """

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001 - handed to the worker that waits on it
                future.set_exception(error)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="briefing-worker", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        return None


class BriefingApp(App[None]):
    """Holds the config and the store; everything users see lives in `screens/` and `widgets/`."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing"
    ACTIONS = APP_ACTIONS
    BINDINGS = bindings(APP_ACTIONS)

    def __init__(self, config: Config, store: Store, config_path: Path | None = None,
                 themes_dirs: Iterable[Path] | None = None, background_analysis: bool | None = None,
                 gist_maker: bool | None = None) -> None:
        # Read by `_initial_theme`, which App.__init__ calls when it first reads the theme.
        self.config = config
        self._themes_dirs = list(themes_dirs) if themes_dirs is not None else [
            paths.bundled_themes_dir(), paths.user_themes_dir()]
        self._theme_problems: list[str] = []
        self._saving_theme = False
        self._styled = False
        """Set once the stylesheet is read: themes are then tried on a copy of it before use."""
        super().__init__()
        self.set_class(True, f"-theme-{self.theme}", update=False)  # as App's theme watcher would
        self.store = store
        self.pipeline = Pipeline(store, config)
        """Analyses, briefs and gists with the store as cache (call it in workers)."""
        self.config_path = config_path
        """Where theme changes are saved (None: the default config file)."""
        self.last_opened: int | None = None
        self.last_export_dir: Path | None = None
        """The folder the last export went to (of the file, for a .md path): the next export offers it."""
        self.crash_message: str | None = None
        """One line saying why the app stopped on an error (None when it was quit)."""
        store.set_busy_timeout(UI_LOCK_WAIT_S)
        # Bad remaps (unknown ids, invalid key names, a key another command on the same screen has)
        # are left out, each with a one-line notification naming the key; the rest apply.
        keymap, self._startup_problems = check_keymap(dict(config.keys))
        self.set_keymap(keymap)
        self._saving_theme = True
        self.refresh_sources = SourceRefresh(self)
        self.background = BackgroundAnalysis(Path(store.path))
        """The archive's analysis in a child process at idle priority (`briefing.tui.background`)."""
        self._background_wanted = background_analysis
        """True or False overrides `[archive] background_analysis`; None: the config's value, except
        in headless runs (Pilot tests, benchmarks), which leave it off unless asked."""
        self.gist_maker = GistMaker(Path(store.path))
        """The list's gists made in a child process, so the analyzer never slows keys and paint."""
        self._gist_maker_wanted = gist_maker
        """True or False overrides; None: used except in headless runs (Pilot tests make their gists in
        the app, without starting a Python per test), which use it only when asked."""

    def _initial_theme(self) -> str:
        """The theme the app starts in: the configured one (registered here with the theme files'),
        else the fallback, each checked as `validate_theme` checks a theme set later.

        App.__init__ asks for it when it first reads `theme`, so the stylesheet is made with its colours
        from the start: setting `theme` after App.__init__ ran Textual's theme watcher, which parsed
        the whole stylesheet a second time before the first paint (~4 ms, bench/startup.py)."""
        self._register_themes()
        name = self.config.ui.theme
        if name not in self.available_themes:
            fallback = FALLBACK_THEME if FALLBACK_THEME in self.available_themes else "textual-dark"
            self._theme_problems.append(f"theme {name!r} not found; using {fallback}")
            name = fallback
        problem = self.theme_trouble(name)
        if problem is not None:  # what validate_theme says, keeping App's default theme
            self._theme_problems.append(f"theme {name!r} cannot be used ({problem}); keeping {DEFAULT_THEME!r}")
            name = DEFAULT_THEME
        return name

    theme: Reactive[str] = Reactive(Initialize(_initial_theme))
    """App's theme name, starting as `_initial_theme` says."""

    def _register_themes(self) -> None:
        for directory in self._themes_dirs:
            themes, problems = load_themes(directory)
            for theme in themes:
                self.register_theme(theme)
            self._theme_problems.extend(problems)

    def variables_for(self, theme: Theme) -> dict[str, str]:
        """Textual's variables for a theme plus the reader's colours, defaulted for themes that don't
        set them (Textual's built-in ones)."""
        variables = {**self.get_theme_variable_defaults(), **theme_colours(theme), **theme.variables}
        for name, value in HIGHLIGHT_DEFAULTS.items():
            if name not in theme.variables:
                variables[name] = _VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), value)
        return variables

    def get_css_variables(self) -> dict[str, str]:
        variables = self.variables_for(self.current_theme)
        self.theme_variables = variables
        return variables

    def theme_trouble(self, name: str) -> str | None:
        """Why applying theme `name` would fail, or None: its values are checked, then the app's
        stylesheet is parsed with its variables (a copy: a few milliseconds), as applying it would."""
        theme = self.get_theme(name)
        if theme is None:
            return None  # Textual's own check names the missing theme
        problem = theme_problem(theme)
        if problem is None and self._styled:
            trial = self.stylesheet.copy()
            try:
                trial.set_variables(self.variables_for(theme))
                trial.reparse()
            except Exception as error:  # noqa: BLE001 - whatever Textual's parser raises
                problem = one_line(str(error))[:160] or type(error).__name__
        return problem

    def validate_theme(self, name: str) -> str:
        """Textual calls this before a theme is applied: a theme that would fail keeps the current one."""
        problem = self.theme_trouble(name)
        if problem is None:
            return name
        current = self.theme
        message = f"theme {name!r} cannot be used ({problem}); keeping {current!r}"
        if self._styled:
            self.notify(message, title="Theme", severity="error", markup=False, timeout=10)
        else:
            self._theme_problems.append(message)
        return current

    def on_load(self) -> None:
        asyncio.get_running_loop().set_default_executor(DaemonExecutor())

    def on_mount(self) -> None:
        self._styled = True
        self.call_after_refresh(gc.enable)  # off since `briefing.cli.tui.build_app`, for the first paint
        self._resume_reading()
        for problem in self._theme_problems:
            self.notify(problem, title="Theme", severity="warning", markup=False, timeout=10)
        for problem in self._startup_problems:
            self.notify(problem, title="Config", severity="warning", markup=False, timeout=10)
        if self.store.emptied:
            self.notify(self.store.emptied.removeprefix("briefing: "), title="Store", severity="warning",
                        markup=False, timeout=30)
        wanted = self._background_wanted
        if wanted is None:
            wanted = self.config.archive.background_analysis and not self.is_headless
        if wanted:
            self.set_timer(START_DELAY_S, self.background.start)

    def on_unmount(self) -> None:
        self.background.stop()
        self.gist_maker.stop()

    @property
    def uses_gist_maker(self) -> bool:
        wanted = self._gist_maker_wanted
        return (not self.is_headless) if wanted is None else wanted

    def get_default_screen(self) -> Screen[Any]:
        """The list is the bottom of the screen stack: escape from the reader always lands there."""
        return ListScreen()

    def watch_theme(self, theme: str) -> None:
        """Save a theme picked in the app to the config file, so it is used next time: once it has
        been applied and drawn, so a theme that fails can never become the one every launch uses."""
        if not self._saving_theme or theme == self.config.ui.theme:
            return
        self.call_after_refresh(self._save_theme, theme)

    def _save_theme(self, theme: str) -> None:
        if theme != self.theme or theme == self.config.ui.theme:
            return
        self.config.ui.theme = theme
        try:
            with update_configuration(self.config_path) as saved:
                saved.ui.theme = theme
        except BriefingError as error:
            self.notify(str(error), title="Theme not saved", severity="error", markup=False)

    # --- errors ----------------------------------------------------------------------------------

    async def run_action(self, action: str | ActionParseResult, default_namespace: DOMNode | None = None,
                         namespaces: Mapping[str, DOMNode] | None = None) -> bool:
        """Every key binding and palette command comes here: a BriefingError from one (the store is
        busy or damaged, a release is gone) is a notification, and the app goes on."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except BriefingError as error:
            self.notify(one_line(str(error)), title="briefing", severity="error", markup=False, timeout=10)
            return True

    def _handle_exception(self, error: Exception) -> None:
        if self.crash_message is None:  # the first error is the cause; the rest follow from it
            self.crash_message = one_line(crash_line(error))
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Stop on an unhandled error with the one line of `crash_message` for `briefing` to print,
        not Textual's traceback with its local variables (release text, API keys in the config)."""
        self.bell()
        self._close_messages_no_wait()

    # --- navigation ------------------------------------------------------------------------------

    @property
    def _place_file(self) -> Path:
        return place_file(Path(self.store.path))

    def remember_place(self, place: ReadingPlace) -> None:
        """Where the reader is, for the next launch (`briefing.tui.resume`)."""
        save_place(self._place_file, place)

    def _resume_reading(self) -> None:
        """Land where the user left: in the reader on that release and sentence if they quit there."""
        place = load_place(self._place_file)
        if place is None:
            return
        try:
            self.store.release_flags(place.release_id)
        except BriefingError:
            return  # the release is gone: start at the list
        self.last_opened = place.release_id
        if place.reading:
            from briefing.tui.screens.reader import ReaderScreen

            self.push_screen(ReaderScreen(place.release_id, resume_offset=place.offset))

    def release_step(self, release_id: int, step: int) -> int | None:
        """The release `step` rows from `release_id` in the list's current view; in list order of the
        whole store when the view does not hold it. None past either end."""
        for screen in self.screen_stack:
            if isinstance(screen, ListScreen):
                releases = screen.releases
                position = releases.position_of(release_id)
                if position is not None:
                    return releases.release_at(position + step)
        return self.store.neighbour(release_id, step)

    def open_release(self, release_id: int) -> None:
        from briefing.tui.screens.reader import ReaderScreen

        self.push_screen(ReaderScreen(release_id))

    def action_open_notes(self) -> None:
        """`N` and the palette: the notes screen (issue 5); already there, nothing happens."""
        from briefing.tui.screens.notes import NotesScreen

        if not isinstance(self.screen, NotesScreen):
            self.push_screen(NotesScreen())

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette: every command of the current screen and the app, then Textual's own."""
        from briefing.tui.screens.help import keys_by_id

        seen: set[str] = set()
        commands: list[type[Command]] = [*getattr(screen, "ACTIONS", ()), *self.ACTIONS]
        keys = keys_by_id(screen)
        for command in commands:
            if command.id in seen or command.action == "app.command_palette":
                continue
            seen.add(command.id)
            shortcut = f"  ({', '.join(keys[command.id])})" if keys.get(command.id) else ""
            # The palette reads help as markup: keys such as "[" must be escaped.
            yield SystemCommand(command.title, escape(command.help + shortcut),
                                partial(self._run_command, screen, command))
        # Each theme by name, so typing "nord" or "briefing-light" finds it; Textual's own "Theme"
        # picker is still reached with ctrl+t ("Theme" above).
        for name in sorted(self.available_themes):
            yield SystemCommand(f"Theme: {name}", f"Use the {name} colour theme (saved to the config file)",
                                partial(setattr, self, "theme", name))
        # Textual's "Keys" would be a second help entry beside ours ("Help", `?`).
        for system in super().get_system_commands(screen):
            if system.title not in ("Theme", "Quit", "Keys"):
                yield system

    async def _run_command(self, screen: Screen[Any], command: type[Command]) -> None:
        await screen.run_action(command.action)

    # --- refreshing the sources (issue 9): SourceRefresh -------------------------------------------

    def action_refresh_sources(self) -> None:
        self.refresh_sources.start()

    @on(AfterEarlierKeys)
    def _after_earlier_keys(self, message: AfterEarlierKeys) -> None:
        message.callback()  # the keys queued before it have run their bindings (briefing/tui/keys.py)

    @on(FetchUpdate)
    def _fetch_update(self, message: FetchUpdate) -> None:
        self.refresh_sources.update(message)
