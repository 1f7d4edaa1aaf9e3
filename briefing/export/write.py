"""Writing notes to disk: atomically, never over an existing file unless asked, one-line errors.

A note is written to a temporary file in the target's directory, flushed to disk, then renamed over
the target, so a crash leaves either the old file or the new one, never half of one. Without `force`
the rename is a hard link, which fails if the target appeared meanwhile: no check-then-write race.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from briefing.config import Config
from briefing.errors import BriefingError
from briefing.export.markdown import ExportItem, file_name, render_combined, render_item
from briefing.store import Store


class ExportExistsError(BriefingError):
    """The target file exists and overwriting was not allowed; `path` says which file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} exists; use --force to overwrite")
        self.path = path


def _reason(error: OSError) -> str:
    """'permission denied', 'no such file or directory': the OS's words, lower case, no errno."""
    text = error.strerror or str(error)
    return text[:1].lower() + text[1:]


def _umask() -> int:
    """The process umask, read without changing it where Linux allows (os.umask is not thread-safe)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; not every platform or file system allows it, which is fine."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, text: str, force: bool = False) -> Path:
    """Write `text` (UTF-8) to `path`; raise ExportExistsError if it exists and not `force`, and a
    one-line BriefingError for any other failure (missing directory, permission, a directory there)."""
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise BriefingError(f"cannot write {path}: is a directory")
        if path.exists() and not force:
            raise ExportExistsError(path)
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {_reason(error)}") from None
    directory = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {_reason(error)}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        _move_into_place(tmp, path, force)
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {_reason(error)}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _fsync_dir(directory)
    return path


def _move_into_place(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ExportExistsError(path) from None
    except OSError as error:
        # File systems without hard links (some network and FAT mounts): checked above, rename now.
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if path.exists():
            raise ExportExistsError(path) from None
        os.replace(tmp, path)


def ensure_dir(directory: Path) -> Path:
    """The export directory, made if missing (the default one will not exist on first export)."""
    directory = Path(directory).expanduser()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BriefingError(f"cannot write to {directory}: not a directory") from None
    except OSError as error:
        raise BriefingError(f"cannot create {directory}: {_reason(error)}") from None
    return directory


# ---- from the store -------------------------------------------------------------------------------


def load_items(store: Store, release_ids: Sequence[int], config: Config | None) -> list[ExportItem]:
    """The releases with their analyses, briefs and marks, through the pipeline's cache. The brief is
    the configured LLM's when the reader cached one, else the offline brief: export never waits on a
    server."""
    from briefing.pipeline import Pipeline

    pipeline = Pipeline(store, config or Config())
    return [pipeline.item(release_id) for release_id in release_ids]


def render_items(items: Sequence[ExportItem]) -> str:
    """One release as its own note (front matter and all), several as one combined note."""
    if len(items) == 1:
        item = items[0]
        return render_item(item)
    return render_combined(items)


def unique_names(items: Sequence[ExportItem]) -> list[str]:
    """File names for a batch; two releases with the same date and gist get their ids added."""
    names = [file_name(item.release, item.brief.gist) for item in items]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    result = []
    for item, name in zip(items, names, strict=True):
        if counts[name] > 1:
            name = f"{name.removesuffix('.md')}-{item.release.id}.md"
        result.append(name)
    return result


def combined_name(today: dt.date | None = None) -> str:
    """The combined file's name in the export directory when no `-o FILE` is given."""
    return f"{(today or dt.date.today()).isoformat()}-briefing-notes.md"


def export_releases(
    store: Store,
    release_ids: Sequence[int],
    *,
    out_dir: Path | None = None,
    out_file: Path | None = None,
    force: bool = False,
    config: Config | None = None,
) -> list[Path]:
    """Export each release to its own file in `out_dir`, or all of them to `out_file`.

    Every file is checked before any is written, so a refused overwrite leaves nothing half done.
    """
    if (out_dir is None) == (out_file is None):
        raise ValueError("give exactly one of out_dir and out_file")
    items = load_items(store, release_ids, config)
    if out_file is not None:
        return [write_atomic(Path(out_file), render_items(items), force)]
    directory = ensure_dir(Path(out_dir))  # type: ignore[arg-type]
    targets = [directory / name for name in unique_names(items)]
    if not force:
        for target in targets:
            if target.exists():
                raise ExportExistsError(target)
    return [
        write_atomic(target, render_item(item), force)
        for item, target in zip(items, targets, strict=True)
    ]


def export_to_default(store: Store, release_ids: Sequence[int], config: Config | None = None,
                      force: bool = False) -> list[Path]:
    """Export to where the config says: one file per release in the export directory, or one combined
    file there when `[export] combined` is set and there are several releases (the notes screen)."""
    directory = export_dir(config)
    if config is not None and config.export.combined and len(release_ids) > 1:
        target = ensure_dir(directory) / combined_name()
        return export_releases(store, release_ids, out_file=target, force=force, config=config)
    return export_releases(store, release_ids, out_dir=directory, force=force, config=config)


def export_to(store: Store, release_ids: Sequence[int], config: Config, target: Path,
              force: bool = False) -> list[Path]:
    """Export to a path the user typed: a `.md` path is one file; a folder gets one file per release,
    or, for the configured export folder with `[export] combined`, one combined file.

    Raises ExportExistsError rather than overwrite without `force` (the caller asks the user, then
    calls again with `force`), and a one-line BriefingError for anything else.
    """
    if target.suffix.lower() == ".md":
        # Its folder made if missing, as a folder typed is: "~/notes/new/x.md" failed with "no such file or
        # directory" where "~/notes/new" worked.
        ensure_dir(target.parent)
        return export_releases(store, release_ids, out_file=target, force=force, config=config)
    if target == export_dir(config):
        return export_to_default(store, release_ids, config, force=force)
    return export_releases(store, release_ids, out_dir=target, force=force, config=config)


def export_dir(config: Config | None = None) -> Path:
    """The config's `[export] dir` (with ~ expanded), or a `briefing` folder in the user's documents."""
    if config is not None and config.export.dir:
        return Path(config.export.dir).expanduser()
    from briefing.paths import default_export_dir

    return default_export_dir()
