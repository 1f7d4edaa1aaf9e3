"""Themes as TOML files: the bundled ones in `themes/`, the user's in the config's themes folder.

A file holds Textual `Theme` fields (`name`, `primary`, ..., `dark`) and a `[variables]` table, where
`briefing-person`, `briefing-organisation`, `briefing-place`, `briefing-figure`, `briefing-date` and
`briefing-cursor` colour the reader; `briefing-mark-1`..`-3` are the backgrounds of marks by label.
A broken file is reported (the app shows a notification) and skipped. Every value is checked before
the theme is used, because Textual reads them only when the theme is applied: a `luminosity_spread`
that is not a number, or a variable that smuggles CSS in (`briefing-person = "red; } Screen {..."`),
crashed the app then, and on every later launch once the theme was saved as the current one.
"""

from __future__ import annotations

import dataclasses
import math
import re
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


NUMBER_FIELDS = {"luminosity_spread": (0.0, 1.0), "text_alpha": (0.0, 1.0)}
"""Theme fields that are numbers, with the range each may take."""
TEXT_STYLES = frozenset({"bold", "b", "italic", "i", "underline", "u", "underline2", "uu", "reverse", "r",
                         "strike", "s", "dim", "d", "blink", "blink2", "overline", "o", "conceal", "not",
                         "none"})
"""Words a `*-style` variable may use (Textual's `block-cursor-text-style = "bold"` and the like)."""
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ALPHA = re.compile(r"(?P<colour>.+?)(?:\s+(?P<alpha>\d{1,3}(?:\.\d+)?%))?")
_COLOUR_WORDS = frozenset({"auto", "transparent", "initial"})


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
    for key in ("dark", "ansi"):
        if key in data and not isinstance(data[key], bool):
            raise ThemeFileError(f"theme {path.name}: {key} must be true or false")
    for key, (low, high) in NUMBER_FIELDS.items():
        value = data.get(key, low)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
                or not low <= value <= high:
            raise ThemeFileError(f"theme {path.name}: {key} must be a number from {low:g} to {high:g}")
    try:
        theme = Theme(**data)
    except TypeError as error:
        raise ThemeFileError(f"theme {path.name}: {error}") from None
    problem = theme_problem(theme)
    if problem:
        raise ThemeFileError(f"theme {path.name}: {problem}")
    return theme


def theme_problem(theme: Theme) -> str | None:
    """Why Textual would fail on this theme when it is applied, or None when it can be used.

    Textual builds its colour system from the fields and substitutes every variable into CSS and
    styles as written; so each variable must be one colour expression (a colour, `auto`, or a
    `$variable`, optionally with an opacity like `35%`), or for a `*-style` variable, style words.
    """
    try:
        known = set(theme_colours(theme))
    except Exception as error:  # noqa: BLE001 - Textual raises whatever the bad field causes
        return f"its colours cannot be built ({' '.join(str(error).split())[:80]})"
    known |= set(HIGHLIGHT_DEFAULTS) | set(theme.variables)
    for name, value in theme.variables.items():
        if not _NAME.fullmatch(name):
            return f"variable name {name!r} is not lower-case words joined by dashes"
        problem = _variable_problem(name, value, known)
        if problem:
            return f"variable {name} = {value!r} {problem}"
    return None


_COLOURS: dict[str, tuple[Theme, dict[str, str]]] = {}


def theme_colours(theme: Theme) -> dict[str, str]:
    """The colour variables Textual generates from a theme's fields (`$primary-lighten-2`...; do not
    change the dict). Worked out once per Theme (a millisecond each): checking a theme file, checking
    the theme when it is set, and styling with it want the same ones before the first paint."""
    cached = _COLOURS.get(theme.name)
    if cached is None or cached[0] is not theme:
        cached = _COLOURS[theme.name] = (theme, theme.to_color_system().generate())
    return cached[1]


def _variable_problem(name: str, value: str, known: set[str]) -> str | None:
    words = value.split()
    if not words:
        return "is empty"
    if name.endswith("style"):
        unknown = [word for word in words if word not in TEXT_STYLES]
        return f"is not a text style (use words like {', '.join(sorted(TEXT_STYLES)[:6])})" if unknown else None
    match = _ALPHA.fullmatch(value.strip())
    colour = match.group("colour") if match else value
    if match and match.group("alpha") and float(match.group("alpha")[:-1]) > 100:
        return "has an opacity over 100%"
    if colour.startswith("$"):
        return None if colour[1:] in known and colour[1:] != name else "names no other variable of the theme"
    if colour in _COLOUR_WORDS:
        return None
    try:
        Color.parse(colour)
    except ColorParseError:
        return "is not a colour"
    return None


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
