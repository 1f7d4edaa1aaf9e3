"""Exporting notes from the TUI, for the reader (`x`: this release) and the notes screen (all marked
releases): ask where (Enter takes the default), write in a thread, ask before overwriting, and tell
the user the path written or a one-line error.

One modal flow in one async worker (`push_screen_wait`), so the steps read in order; the file is
written off the UI thread by `briefing.export.export_to`, whose ExportExistsError is handled here,
where the question is asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.export import ExportExistsError, export_dir, export_to

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


def describe(paths: list[Path]) -> str:
    if len(paths) == 1:
        return f"Notes written to {paths[0]}"
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
                app.notify(describe(paths), title="Exported", markup=False, timeout=8)
            return

    def _failed(self, error: str) -> None:
        self.app.notify(" ".join(error.split()), title="Export failed", severity="error", markup=False)
