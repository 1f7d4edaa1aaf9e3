"""The reader's English brief (issue 4): `s` shows or hides the summary panel, `c` copies the brief.

A feature the ReaderScreen holds (`screen.summary`): it mounts the SummaryPanel in `#reader-panels`
the first time and keeps an open panel on the release shown; the panel makes the brief in its worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.tui.widgets.summary_panel import PANEL_ID, SummaryPanel

if TYPE_CHECKING:
    from briefing.tui.screens.reader import ReaderScreen


class ReaderSummary:
    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen

    @property
    def panel(self) -> SummaryPanel | None:
        found = self.screen.query(f"#{PANEL_ID}")
        return found.first(SummaryPanel) if found else None

    def _show(self, panel: SummaryPanel) -> None:
        if self.screen.release is not None:
            panel.show(self.screen.release, self.screen.analysis, self.screen.app.pipeline,
                       header_gist=self.screen.gist)

    def toggle(self) -> None:
        """`s`: mount the panel the first time, then show or hide it."""
        panel = self.panel
        if panel is None:
            panel = SummaryPanel()
            self.screen.query_one("#reader-panels").mount(panel)
            self._show(panel)
            self.screen.fit_panels(panel)
            return
        panel.display = not panel.display
        if panel.display:
            self._show(panel)
        elif panel.has_focus:
            self.screen.body.focus()
        self.screen.fit_panels(panel)

    def follow(self) -> None:
        """Keep an open panel on the release the reader shows (it waits for the release's analysis)."""
        panel = self.panel
        if panel is not None and panel.display:
            self._show(panel)

    def copy(self) -> None:
        panel = self.panel
        if panel is None or panel.release_id != self.screen.release_id:
            self.screen.notify("No brief yet: press s to make one.", title="Summary", markup=False)
            return
        panel.copy()
