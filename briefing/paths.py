"""Where briefing keeps its files, in one place (XDG on Linux via platformdirs).

Functions, not constants: `XDG_CONFIG_HOME`, `XDG_DATA_HOME` and `XDG_CACHE_HOME` are read on every
call, so tests and users can relocate everything by setting them before the call.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "briefing"


def config_dir() -> Path:
    """The user's config directory: config.toml and user themes live here."""
    return platformdirs.user_config_path(APP, appauthor=False)


def config_file() -> Path:
    """The config file used when `--config` is not given."""
    return config_dir() / "config.toml"


def data_dir() -> Path:
    """Where the store lives: data a user would miss if it were deleted."""
    return platformdirs.user_data_path(APP, appauthor=False)


def db_path() -> Path:
    """The SQLite store used when the config's `[store] path` is empty."""
    return data_dir() / "briefing.db"


def cache_dir() -> Path:
    """Files that can be rebuilt at any time."""
    return platformdirs.user_cache_path(APP, appauthor=False)


def user_themes_dir() -> Path:
    """Users drop their own Textual theme files here."""
    return config_dir() / "themes"


def default_export_dir() -> Path:
    """Markdown exports go to a `briefing` folder in the user's documents directory by default."""
    return Path(platformdirs.user_documents_dir()) / APP


def _bundled(name: str) -> Path:
    """A folder shipped inside the package (package data), wherever the package is installed: the
    clone, a wheel in site-packages. `seeds/` and `themes/` at the top of the clone link here.
    Beside this file: what importlib.resources gives for a package on disk, without its 5 ms import
    before the app's first paint (a zipped package could not give a folder Path either way)."""
    return Path(__file__).resolve().parent / name


def seeds_dir() -> Path:
    """The releases bundled with the app, imported into an empty store on first launch."""
    return _bundled("seeds")


def bundled_themes_dir() -> Path:
    """The themes shipped with the app."""
    return _bundled("themes")


def write_cache_file(path: Path, text: str | bytes) -> None:
    """Write a cache file whole or not at all (a temporary file in its folder, then renamed over it); a cache that
    cannot be written is no error: the data is made again next time. Text is written as UTF-8, bytes as they are."""
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(tmp, path)
    except OSError:
        pass
