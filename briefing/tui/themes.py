"""Themes as TOML files: the bundled ones in `themes/`, the user's in the config's themes folder.

A file holds Textual `Theme` fields (`name`, `primary`, ..., `dark`) and a `[variables]` table, where
`briefing-person`, `briefing-organisation`, `briefing-place`, `briefing-figure`, `briefing-date` and
`briefing-cursor` colour the reader; `briefing-mark-1`..`-3` are the backgrounds of marks by label.
A broken file is reported (the app shows a notification) and skipped.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

COLOR_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground",
                "background", "surface", "panel", "boost")

HIGHLIGHT_DEFAULTS: dict[str, str] = {
    "briefing-person": "$success",
    "briefing-organisation": "$primary-lighten-2",
    "briefing-place": "$warning",
    "briefing-figure": "$error-lighten-1",
    "briefing-date": "$secondary-lighten-1",
    "briefing-cursor": "$primary 35%",
    "briefing-mark-1": "$warning 30%",
    "briefing-mark-2": "$success 30%",
    "briefing-mark-3": "$secondary 40%",
}
"""Used by themes that do not set the reader's colours (Textual's built-in themes)."""


class ThemeFileError(Exception):
    """A theme file that cannot be used; the message names the file and the problem."""


def theme_from_file(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeFileError(f"theme {path.name}: cannot read it ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ThemeFileError(f"theme {path.name}: not valid TOML ({error})") from None
    known = {f.name for f in dataclasses.fields(Theme)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ThemeFileError(f"theme {path.name}: unknown key {unknown[0]}")
    if not isinstance(data.get("name"), str) or not data["name"]:
        raise ThemeFileError(f"theme {path.name}: needs a name")
    if not isinstance(data.get("primary"), str):
        raise ThemeFileError(f"theme {path.name}: needs a primary colour")
    for key in COLOR_FIELDS:
        if key in data:
            _check_colour(path, key, data[key])
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        raise ThemeFileError(f"theme {path.name}: [variables] must map names to strings")
    if "dark" in data and not isinstance(data["dark"], bool):
        raise ThemeFileError(f"theme {path.name}: dark must be true or false")
    try:
        return Theme(**data)
    except TypeError as error:
        raise ThemeFileError(f"theme {path.name}: {error}") from None


def _check_colour(path: Path, key: str, value: object) -> None:
    if not isinstance(value, str):
        raise ThemeFileError(f"theme {path.name}: {key} must be a colour string")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"theme {path.name}: {key} = {value!r} is not a colour") from None


def load_themes(directory: Path) -> tuple[list[Theme], list[str]]:
    """Every `*.toml` theme in `directory` (sorted by file name) and a message per broken one."""
    themes: list[Theme] = []
    problems: list[str] = []
    if not directory.is_dir():
        return themes, problems
    for path in sorted(directory.glob("*.toml")):
        try:
            themes.append(theme_from_file(path))
        except ThemeFileError as error:
            problems.append(str(error))
    return themes, problems
