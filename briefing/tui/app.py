"""The Textual app: themes, keymap, the palette and which screen shows. Screens do the rest."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import App, SystemCommand
from textual.markup import escape
from textual.screen import Screen

from briefing import paths
from briefing.config import Config, update_configuration
from briefing.errors import BriefingError
from briefing.pipeline import Pipeline
from briefing.tui.commands import APP_ACTIONS, Command, bindings, check_keymap
from briefing.tui.messages import FetchUpdate
from briefing.tui.refreshing import SourceRefresh
from briefing.tui.resume import ReadingPlace, load_place, place_file, save_place
from briefing.tui.screens.list import ListScreen
from briefing.tui.themes import HIGHLIGHT_DEFAULTS, load_themes

if TYPE_CHECKING:
    from briefing.store import Store

FALLBACK_THEME = "briefing-dark"
"""The bundled theme used when the config names a theme that is not found (the reader's colours)."""

_VARIABLE = re.compile(r"\$([a-z0-9-]+)")


class BriefingApp(App[None]):
    """Holds the config and the store; everything users see lives in `screens/` and `widgets/`."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing"
    ACTIONS = APP_ACTIONS
    BINDINGS = bindings(APP_ACTIONS)

    def __init__(self, config: Config, store: Store, config_path: Path | None = None,
                 themes_dirs: Iterable[Path] | None = None) -> None:
        super().__init__()
        self.config = config
        self.store = store
        self.pipeline = Pipeline(store, config)
        """Analyses, briefs and gists with the store as cache (call it in workers)."""
        self.config_path = config_path
        """Where theme changes are saved (None: the default config file)."""
        self.last_opened: int | None = None
        self._themes_dirs = list(themes_dirs) if themes_dirs is not None else [
            paths.bundled_themes_dir(), paths.user_themes_dir()]
        self._theme_problems: list[str] = []
        self._saving_theme = False
        self._register_themes()
        # Bad remaps (unknown ids, invalid key names, a key another command on the same screen has)
        # are left out, each with a one-line notification naming the key; the rest apply.
        keymap, self._startup_problems = check_keymap(dict(config.keys))
        self.set_keymap(keymap)
        if config.ui.theme in self.available_themes:
            self.theme = config.ui.theme
        else:
            fallback = FALLBACK_THEME if FALLBACK_THEME in self.available_themes else "textual-dark"
            self.theme = fallback
            self._theme_problems.append(f"theme {config.ui.theme!r} not found; using {fallback}")
        self._saving_theme = True
        self.refresh_sources = SourceRefresh(self)

    def _register_themes(self) -> None:
        for directory in self._themes_dirs:
            themes, problems = load_themes(directory)
            for theme in themes:
                self.register_theme(theme)
            self._theme_problems.extend(problems)

    def get_css_variables(self) -> dict[str, str]:
        """Textual's variables plus the reader's colours, defaulted for themes that don't set them."""
        variables = super().get_css_variables()
        own = self.current_theme.variables
        for name, value in HIGHLIGHT_DEFAULTS.items():
            if name not in own:
                variables[name] = _VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), value)
        self.theme_variables = variables
        return variables

    def on_mount(self) -> None:
        self._resume_reading()
        for problem in self._theme_problems:
            self.notify(problem, title="Theme", severity="warning", markup=False, timeout=10)
        for problem in self._startup_problems:
            self.notify(problem, title="Config", severity="warning", markup=False, timeout=10)

    def get_default_screen(self) -> Screen[Any]:
        """The list is the bottom of the screen stack: escape from the reader always lands there."""
        return ListScreen()

    def watch_theme(self, theme: str) -> None:
        """Save a theme picked in the app to the config file, so it is used next time."""
        if not self._saving_theme or theme == self.config.ui.theme:
            return
        self.config.ui.theme = theme
        try:
            with update_configuration(self.config_path) as saved:
                saved.ui.theme = theme
        except BriefingError as error:
            self.notify(str(error), title="Theme not saved", severity="error", markup=False)

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

    @on(FetchUpdate)
    def _fetch_update(self, message: FetchUpdate) -> None:
        self.refresh_sources.update(message)
