"""The user's settings: one dataclass tree, read from TOML (tomllib); a key changed in the app is written
back into the user's own file with tomlkit (comments kept), a fresh file with tomli-w.

Every field has a docstring because `config.example.toml` and the README describe these keys; a value
of the wrong type or an unknown key is a one-line BriefingError naming the key, never a traceback.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import tempfile
import tomllib
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing import paths
from briefing.errors import BriefingError

SummaryBackend = Literal["offline", "openai"]


@dataclass
class UIConfig:
    theme: str = "briefing-dark"
    """Name of the Textual theme (bundled, built in, or a file in the config's themes folder)."""
    show_highlights: bool = True
    """Colour people, organisations, places and figures in the reader (toggle with `h`)."""
    show_entities_panel: bool = True
    """Show the side panel listing names with their English forms (toggle with `i`)."""


@dataclass
class SummaryConfig:
    backend: SummaryBackend = "offline"
    """"offline" builds the brief from the extraction; "openai" asks an OpenAI-style API."""
    base_url: str = "http://localhost:11434/v1"
    """The OpenAI-compatible endpoint (the default is a local Ollama)."""
    model: str = ""
    """Model name to ask for; empty means the offline brief is used."""
    api_key_env: str = "BRIEFING_API_KEY"
    """Name of the environment variable holding the API key (the key itself never goes in this file)."""
    timeout_s: float = 60.0
    """Seconds to wait for the API before falling back to the offline brief."""
    max_words: int = 120
    """Longest brief, in words."""


@dataclass
class ExportConfig:
    dir: str = ""
    """Where Markdown exports go; empty means a `briefing` folder in your documents directory."""
    combined: bool = False
    """Export all marked releases into one file instead of one file per release."""


def _default_labels() -> list[str]:
    return ["key fact", "follow up", "quote"]


@dataclass
class MarksConfig:
    labels: list[str] = field(default_factory=_default_labels)
    """Labels a mark can carry, cycled with `l`; the first is given to new marks."""


@dataclass
class StoreConfig:
    path: str = ""
    """The SQLite store; empty means briefing.db in the data directory (`briefing dirs`)."""
    max_release_kb: int = 2048
    """The largest release file read, in KB; a larger file (or archive member) is skipped as bad input."""


@dataclass
class FetchConfig:
    contact: str = ""
    """How the site can reach you (mailto: or a URL): sent in the User-Agent with the tool's name and version."""
    min_interval_s: float = 1.0
    """Seconds between two requests to the same host, at least (a longer robots.txt Crawl-delay wins)."""
    connect_timeout_s: float = 10.0
    """Seconds to wait for a connection."""
    read_timeout_s: float = 30.0
    """Seconds to wait for the server between two pieces of an answer."""
    retries: int = 3
    """Tries after the first on a timeout, a 429 or a 5xx answer; other errors are not retried."""
    backoff_s: float = 2.0
    """The first wait before a retry, doubled on each further one (a Retry-After header wins)."""
    max_retry_after_s: float = 120.0
    """A 429 or 503 asking to wait longer than this gives up on the item instead."""
    max_body_bytes: int = 10 * 1024 * 1024
    """Largest answer read, in bytes (10 MB); a bigger one is an error for that item."""
    max_redirects: int = 5
    """Redirects followed per request (at most 5), only to http(s) and allowed hosts."""
    max_items_per_feed: int = 30
    """Newest items of a feed looked at per fetch."""


@dataclass
class ArchiveConfig:
    background_analysis: bool = True
    """While the app runs, analyse the stored releases that have no current analysis in a child process
    at idle priority (what `briefing analyze --all` does, on one core), so the entity index and English
    search grow to cover the whole archive; false leaves that to `briefing analyze --all`."""


SourceKind = Literal["feed", "page"]


@dataclass
class SourceConfig:
    url: str = ""
    """The feed (RSS 2.0 or Atom) or release page URL; its host is one the fetcher may contact."""
    kind: SourceKind = "feed"
    """"feed" or "page" (one release page)."""
    name: str = ""
    """A name for messages; empty means the URL's host."""


@dataclass
class Config:
    """Everything in config.toml; each table is one section."""

    ui: UIConfig = field(default_factory=UIConfig)
    """[ui]: theme and what the reader shows."""
    keys: dict[str, str] = field(default_factory=dict)
    """[keys]: key remaps by binding id, e.g. `quit = "ctrl+q"`, passed to App.set_keymap."""
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    """[summary]: how English briefs are made (offline, or an OpenAI-style API)."""
    export: ExportConfig = field(default_factory=ExportConfig)
    """[export]: where Markdown notes go."""
    marks: MarksConfig = field(default_factory=MarksConfig)
    """[marks]: the labels marks can carry."""
    store: StoreConfig = field(default_factory=StoreConfig)
    """[store]: where the library lives."""
    fetch: FetchConfig = field(default_factory=FetchConfig)
    """[fetch]: how `briefing fetch` and the app's refresh behave towards the sites."""
    sources: list[SourceConfig] = field(default_factory=list)
    """[[sources]]: feeds and pages fetched by `briefing fetch` and the app's refresh."""
    archive: ArchiveConfig = field(default_factory=ArchiveConfig)
    """[archive]: what the app does with the whole archive in the background."""


def config_path(path: Path | None) -> Path:
    """The file `--config` names, or the default one in the config directory."""
    return path if path is not None else paths.config_file()


def _describe(kind: Any) -> str:
    if kind is bool:
        return "true or false"
    if kind is int:
        return "a whole number"
    if kind is float:
        return "a number"
    if kind is str:
        return "a string"
    if typing.get_origin(kind) is Literal:
        return "one of " + ", ".join(f'"{v}"' for v in typing.get_args(kind))
    if typing.get_origin(kind) is list:
        return "a list of strings"
    if typing.get_origin(kind) is dict:
        return "a table of strings"
    return str(kind)


def _valid(kind: Any, value: Any) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str)
    if typing.get_origin(kind) is Literal:
        return value in typing.get_args(kind)
    if typing.get_origin(kind) is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if typing.get_origin(kind) is dict:
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    return False


def _build(cls: type, data: dict[str, Any], where: str, source: str) -> Any:
    """Make a dataclass from a TOML table, checking every key and value against the field types."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{where}{key}"
        if key not in names:
            raise BriefingError(f"{source}: unknown key {name}")
        kind = hints[key]
        if dataclasses.is_dataclass(kind):
            if not isinstance(value, dict):
                raise BriefingError(f"{source}: {name} must be a table ([{name}])")
            values[key] = _build(kind, value, f"{name}.", source)  # type: ignore[arg-type]
        elif _is_table_list(kind):
            item_cls = typing.get_args(kind)[0]
            if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
                raise BriefingError(f"{source}: {name} must be a list of tables ([[{name}]])")
            values[key] = [_build(item_cls, item, f"{name}[{index + 1}].", source)
                           for index, item in enumerate(value)]
        elif not _valid(kind, value):
            raise BriefingError(f"{source}: {name} must be {_describe(kind)}")
        else:
            values[key] = float(value) if kind is float else value
    if cls is MarksConfig and values.get("labels") == []:
        raise BriefingError(f"{source}: {where}labels must name at least one label")
    if cls is SummaryConfig:
        _check_summary(values, where, source)
    if cls is StoreConfig and not 0 < values.get("max_release_kb", 1) <= 1024 * 1024:
        raise BriefingError(f"{source}: {where}max_release_kb must be from 1 to 1048576 (1 GB)")
    if cls is FetchConfig:
        _check_fetch(values, where, source)
    if cls is SourceConfig:
        _check_source(values, where, source)
    return cls(**values)


MAX_TIMEOUT_S = 3600.0
"""The longest `timeout_s` taken: an hour is already more than any brief is worth waiting for."""
MAX_WORDS = 2000


def _check_summary(values: dict[str, Any], where: str, source: str) -> None:
    """Values that parse but would fail later (nan, inf, a URL httpx cannot use) are errors now."""
    for key in ("timeout_s", "max_words"):
        if key in values and values[key] <= 0:
            raise BriefingError(f"{source}: {where}{key} must be more than 0")
    timeout = values.get("timeout_s")
    if timeout is not None and not (math.isfinite(timeout) and timeout <= MAX_TIMEOUT_S):
        raise BriefingError(f"{source}: {where}timeout_s must be a number of seconds up to {MAX_TIMEOUT_S:g}"
                            f" (not {timeout!r})")
    if values.get("max_words", 0) > MAX_WORDS:
        raise BriefingError(f"{source}: {where}max_words must be at most {MAX_WORDS}")
    if "base_url" in values and (problem := url_problem(values["base_url"])):
        raise BriefingError(f"{source}: {where}base_url {problem}")


def url_problem(url: str) -> str | None:
    """Why `url` is not an http(s) URL a client can connect to, or None when it is one."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (reading it parses the port: "http://host:99999" raises here)
    except ValueError as error:
        return f"is not a valid URL ({error})"
    if parts.scheme not in ("http", "https"):
        return "must start with http:// or https://"
    if not parts.hostname:
        return "has no host name"
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return "contains spaces or control characters"
    return None



def _is_table_list(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is list and len(args) == 1 and dataclasses.is_dataclass(args[0])


def _check_fetch(values: dict[str, Any], where: str, source: str) -> None:
    """Manners the user may tune but not switch off: no hammering, no unbounded waits or bodies."""
    limits: dict[str, tuple[float, float]] = {
        "min_interval_s": (0.1, 3600.0), "connect_timeout_s": (0.1, 600.0), "read_timeout_s": (0.1, 600.0),
        "retries": (0, 10), "backoff_s": (0.0, 600.0), "max_retry_after_s": (0.0, 3600.0),
        "max_body_bytes": (1024, 1024 ** 3), "max_redirects": (0, 5), "max_items_per_feed": (1, 1000),
    }
    for key, (low, high) in limits.items():
        if key in values and not (math.isfinite(values[key]) and low <= values[key] <= high):
            raise BriefingError(f"{source}: {where}{key} must be between {low:g} and {high:g}")
    contact = values.get("contact", "")
    if any(not char.isprintable() for char in contact):
        raise BriefingError(f"{source}: {where}contact must be printable text (it goes into a header)")


def _check_source(values: dict[str, Any], where: str, source: str) -> None:
    from urllib.parse import urlsplit

    url = values.get("url", "")
    if not url:
        raise BriefingError(f"{source}: {where}url is missing (every [[sources]] needs a url)")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise BriefingError(f"{source}: {where}url must be an http:// or https:// URL, not {url!r}")


def config_from_dict(data: dict[str, Any], source: str = "config.toml") -> Config:
    """Build a Config from parsed TOML; `source` names the file in error messages."""
    config: Config = _build(Config, data, "", source)
    return config


def load_config(path: Path | None = None) -> Config:
    """Read the config file (default location when None); a missing file means the defaults."""
    path = config_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise BriefingError(f"{path}: not valid TOML ({error}); fix or delete it") from None
    return config_from_dict(data, str(path))


def config_to_dict(config: Config) -> dict[str, Any]:
    return dataclasses.asdict(config)


def _changes(before: dict[str, Any], after: dict[str, Any], prefix: tuple[str, ...] = ()
             ) -> Iterator[tuple[tuple[str, ...], Any]]:
    """The (key path, new value) of every leaf that differs between two config dicts."""
    for key, value in after.items():
        old = before.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            yield from _changes(old, value, (*prefix, key))
        elif value != old:
            yield (*prefix, key), value


def _set_key(document: Any, keys: tuple[str, ...], value: Any) -> None:
    """Set one key in a tomlkit document, making the tables on the way; everything else is kept."""
    import tomlkit

    table = document
    for key in keys[:-1]:
        if key not in table:
            table[key] = tomlkit.table()
        table = table[key]
    table[keys[-1]] = value


def _write_through(path: Path, text: str) -> None:
    """Write atomically (temporary file, then rename) to the file `path` names, following a symlink
    so the link stays a link, and keeping the file's permissions (a new file gets the umask's)."""
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            mask = os.umask(0o022)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def save_config(config: Config, path: Path | None = None) -> None:
    """Write a whole config as a fresh file (tomli-w), atomically. For a file the user may have
    written, use `update_configuration`, which changes only the keys that changed."""
    import tomli_w

    path = config_path(path)
    try:
        _write_through(path, tomli_w.dumps(config_to_dict(config)))
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from None


@contextlib.contextmanager
def update_configuration(path: Path | None = None) -> Iterator[Config]:
    """`with update_configuration(path) as config: config.ui.theme = ...` saves on a clean exit.

    Only the keys changed inside the block are written, into the user's file as it is (tomlkit), so
    comments, key order, formatting and keys left at their defaults stay byte for byte; a missing
    file is created with just those keys.
    """
    import tomlkit

    path = config_path(path)
    config = load_config(path)
    before = config_to_dict(config)
    yield config
    changes = list(_changes(before, config_to_dict(config)))
    if not changes:
        return
    try:
        try:
            document = tomlkit.parse(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            document = tomlkit.document()
        for keys, value in changes:
            _set_key(document, keys, value)
        _write_through(path, tomlkit.dumps(document))
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from None
