"""Exporting notes from the TUI: ask where (Enter takes the default), write in a thread worker,
ask before overwriting, and tell the user the path written or a one-line error.

`ExportMixin` is shared by the reader (`x`: this release) and the notes screen (every marked
release). The worker never touches widgets: it posts `ExportDone`, `ExportExists` or `ExportFailed`
and the screen's handlers below own what the user sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from briefing.errors import BriefingError
from briefing.export import ExportExistsError, export_dir, export_release, export_releases, export_to_default

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.store import Store


class ExportDone(Message):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths


class ExportExists(Message):
    """A file is in the way: the screen asks, and exports again with `force` after a yes."""

    def __init__(self, path: Path, release_ids: list[int], target: Path) -> None:
        super().__init__()
        self.path = path
        self.release_ids = release_ids
        self.target = target


class ExportFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


def write_notes(store: Store, release_ids: Sequence[int], config: Config, target: Path, force: bool) -> list[Path]:
    """Export to `target`: a `.md` path is one file; a folder gets one file per release (or, for the
    configured export folder with `[export] combined`, one combined file). Raises ExportExistsError
    rather than overwrite without `force`, and BriefingError for anything else."""
    ids = list(release_ids)
    if target.suffix.lower() == ".md":
        return export_releases(store, ids, out_file=target, force=force, config=config)
    if len(ids) == 1:
        refused: list[Path] = []

        def confirm(path: Path) -> bool:
            refused.append(path)
            return force

        path = export_release(store, ids[0], config, out_dir=target, confirm=confirm)
        if path is None:
            raise ExportExistsError(refused[0])
        return [path]
    if target == export_dir(config):
        return export_to_default(store, ids, config, force=force)
    return export_releases(store, ids, out_dir=target, force=force, config=config)


def describe(paths: list[Path]) -> str:
    if len(paths) == 1:
        return f"Notes written to {paths[0]}"
    return f"{len(paths)} notes written to {paths[0].parent}"


class ExportMixin:
    """For a Screen with `app.store` and `app.config`: `start_export(ids, what)` runs the whole flow."""

    app: Any
    post_message: Callable[[Message], bool]
    notify: Callable[..., None]

    def start_export(self, release_ids: list[int], what: str) -> None:
        from briefing.tui.screens.export_prompt import ExportPrompt

        if not release_ids:
            self.notify("Nothing to export: mark a passage first (m).", markup=False)
            return

        def chosen(target: Path | None) -> None:
            if target is not None:
                self.export_worker(release_ids, target, False)

        self.app.push_screen(ExportPrompt(export_dir(self.app.config), what), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_worker(self, release_ids: list[int], target: Path, force: bool) -> None:
        try:
            paths = write_notes(self.app.store, release_ids, self.app.config, target, force)
        except ExportExistsError as error:
            self.post_message(ExportExists(error.path, release_ids, target))
            return
        except BriefingError as error:
            self.post_message(ExportFailed(str(error)))
            return
        except Exception as error:  # noqa: BLE001 - the user sees one line, the app keeps running
            self.post_message(ExportFailed(f"export failed: {error}"))
            return
        self.post_message(ExportDone(paths))

    def on_export_done(self, message: ExportDone) -> None:
        self.notify(describe(message.paths), title="Exported", markup=False, timeout=8)

    def on_export_failed(self, message: ExportFailed) -> None:
        self.notify(" ".join(message.error.split()), title="Export failed", severity="error", markup=False)

    def on_export_exists(self, message: ExportExists) -> None:
        from briefing.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.export_worker(message.release_ids, message.target, True)
            else:
                self.notify(f"Kept {message.path}; nothing written.", markup=False)

        question = f"{message.path} exists. Overwrite it?"
        if len(message.release_ids) > 1:
            question = f"{message.path} exists. Overwrite it and any other notes already there?"
        self.app.push_screen(ConfirmScreen(question, yes="Overwrite", no="Keep"), answered)
