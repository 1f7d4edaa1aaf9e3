"""Exporting notes from the TUI, for the reader (`x`: this release) and the notes screen (all marked
releases): ask where (Enter takes the default), write in a thread, ask before overwriting, and tell
the user the path written or a one-line error.

One modal flow in one async worker (`push_screen_wait`), so the steps read in order; the file is
written off the UI thread by `briefing.export.export_to`, whose ExportExistsError is handled here,
where the question is asked.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.export import ExportExistsError, export_dir, export_to

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


TOAST_WIDTH = 60
"""Textual's notification width (Toast: width 60, at most half the screen), border and padding included."""


def toast_text_width(screen_width: int) -> int:
    """Cells a line of a notification holds on a screen this wide (its left border and padding: 3 cells)."""
    return max(20, min(TOAST_WIDTH, screen_width // 2) - 3)


def fold_path(path: str, width: int, file: bool = True) -> str:
    """`path` on lines of at most `width` cells, broken after a `/` or a `-`: Textual folds a word with no
    space in it wherever the line ends ("...-products-b" / "oast-largest-..."). A file's folder ends a line
    of its own, its name follows it."""
    from rich.cells import cell_len

    lines: list[str] = []
    folder, slash, name = path.rpartition("/")
    for part in (folder + slash, name) if file else (path,):
        line = ""
        for piece in re.findall(r"[^/-]*[/-]|[^/-]+", part):
            if line and cell_len(line) + cell_len(piece) > width:
                lines.append(line)
                line = ""
            while cell_len(piece) > width:  # one piece longer than a line: cut it where it must
                lines.append(piece[:width])
                piece = piece[width:]
            line += piece
        if line:
            lines.append(line)
    return "\n".join(lines)


def describe(paths: list[Path], width: int = 0) -> str:
    """What the notification says was written; its path folded to lines of `width` cells (0: not folded)."""
    if len(paths) == 1:
        return f"Notes written to\n{fold_path(str(paths[0]), width)}" if width else f"Notes written to {paths[0]}"
    if width:
        return f"{len(paths)} notes written to\n{fold_path(str(paths[0].parent), width, file=False)}"
    return f"{len(paths)} notes written to {paths[0].parent}"


class ExportFlow:
    """The export feature a screen holds: `start(ids, what)` runs the whole flow in a worker."""

    def __init__(self, app: BriefingApp) -> None:
        self.app = app

    def start(self, release_ids: Sequence[int], what: str) -> None:
        if not release_ids:
            self.app.notify("Nothing to export: mark a passage first (m).", markup=False)
            return
        self.app.run_worker(self._run(list(release_ids), what), group="export", exclusive=True,
                            exit_on_error=False)

    async def _run(self, release_ids: list[int], what: str) -> None:
        from briefing.tui.screens.confirm import ConfirmScreen
        from briefing.tui.screens.export_prompt import ExportPrompt

        app = self.app
        # The folder typed last time, not the config's again: a user exporting release after release to
        # their notes folder retyped it every time.
        target = await app.push_screen_wait(ExportPrompt(app.last_export_dir or export_dir(app.config), what))
        if target is None:
            return
        force = False
        while True:
            try:
                paths = await asyncio.to_thread(export_to, app.store, release_ids, app.config, target, force)
            except ExportExistsError as error:
                question = f"{error.path} exists. Overwrite it?"
                if len(release_ids) > 1:
                    question = f"{error.path} exists. Overwrite it and any other notes already there?"
                if await app.push_screen_wait(ConfirmScreen(question, yes="Overwrite", no="Keep")):
                    force = True
                    continue
                app.notify(f"Kept {error.path}; nothing written.", markup=False)
            except BriefingError as error:
                self._failed(str(error))
            except Exception as error:  # noqa: BLE001 - the user sees one line, the app keeps running
                self._failed(f"export failed: {error}")
            else:
                app.last_export_dir = target.parent if target.suffix.lower() == ".md" else target
                app.notify(describe(paths, toast_text_width(app.size.width)), title="Exported", markup=False, timeout=8)
            return

    def _failed(self, error: str) -> None:
        self.app.notify(" ".join(error.split()), title="Export failed", severity="error", markup=False)
