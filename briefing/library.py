"""The user's library as the CLI and the app see it: the store, filled from files or the seeds.

Textual-free, and the corpus reader is imported only when something is imported, so `briefing list`
on a filled store starts without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.config import Config
from briefing.errors import BriefingError
from briefing.model import Release
from briefing.store import Store


@dataclass
class ImportResult:
    """What an import did: counts for the summary line, and each bad file's one-line reason."""

    new: int = 0
    skipped: int = 0
    """Releases already in the store (same source URL)."""
    bad: list[BriefingError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.skipped + len(self.bad)


Progress = Callable[[str, "Release | BriefingError", bool | None], None]
"""Called after each file with its name, what it gave, and True (new) / False (already there) / None (bad)."""


def import_releases(store: Store, items: Iterable[tuple[str, Release | BriefingError]],
                    progress: Progress | None = None) -> ImportResult:
    """Add every release to the store, one transaction each; bad files are collected, not fatal."""
    result = ImportResult()
    for name, item in items:
        added: bool | None
        if isinstance(item, BriefingError):
            result.bad.append(item)
            added = None
        elif store.add_release(item) is None:
            result.skipped += 1
            added = False
        else:
            result.new += 1
            added = True
        if progress is not None:
            progress(name, item, added)
    return result


def import_paths(store: Store, paths: Iterable[Path], progress: Progress | None = None,
                 max_bytes: int | None = None) -> ImportResult:
    """Import release files, directories and .tar.xz archives of the corpus layout.

    `max_bytes` is the largest release file read (`[store] max_release_kb`; None: the default).
    A store with damaged pages is refused before anything is written (StoreDamagedError)."""
    from briefing.sources.corpus import MAX_RELEASE_BYTES, iter_paths

    store.quick_check()
    return import_releases(store, iter_paths(paths, max_bytes or MAX_RELEASE_BYTES), progress)


def import_seeds(store: Store) -> ImportResult:
    """Import the releases bundled in seeds/ (no network)."""
    from briefing import paths

    seeds = paths.seeds_dir()
    if not seeds.is_dir():
        return ImportResult()
    return import_paths(store, [seeds])


def open_store(config: Config) -> Store:
    """The configured store, with the bundled seeds imported when it is empty, so the list is never empty."""
    store = Store.open(config)
    if store.is_empty():
        import_seeds(store)
    return store
