"""`R` on the list: re-read the store (another process may have imported or fetched releases), then
fetch every configured source (issue 9) in a thread worker while the UI stays live.

A feature the app holds (`app.refresh_sources`), in the shape of the reader's features: the worker
never touches widgets, it posts FetchUpdate messages, and the app's one handler passes them to
`update`, which owns what is shown: the status line on the list, new rows in place, the final count.
Quitting cancels the worker, which stops every wait of the fetcher at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from textual.content import Content
from textual.widgets import Footer
from textual.worker import get_current_worker

from briefing.tui.messages import FetchUpdate
from briefing.tui.widgets.fetch_status import FetchStatus

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.list import ListScreen


class SourceRefresh:
    def __init__(self, app: BriefingApp) -> None:
        self.app = app
        self.running = False
        self.new = 0

    def start(self) -> None:
        app = self.app
        if self.running:
            app.notify("Already fetching; the list fills in as releases arrive.", title="Refresh")
            return
        screen = self._list_screen()
        if screen is not None:  # what another process (`briefing import`, `fetch`) stored meanwhile
            screen.reload_rows()
        if not app.config.sources:
            app.notify("List re-read from the store. No sources to fetch: add [[sources]] to the config "
                       "file (see config.example.toml).", title="Refresh", severity="warning", markup=False)
            return
        self.running = True
        self.new = 0
        self._status(Content("Fetching…"))
        app.run_worker(self._fetch, thread=True, group="fetch", exit_on_error=False)

    def _fetch(self) -> None:
        """In the worker's thread: posts FetchUpdate messages only."""
        from briefing.sources.fetch import FetchProgress, fetch, targets_from_config

        app = self.app
        worker = get_current_worker()

        def progress(event: FetchProgress) -> None:
            app.post_message(FetchUpdate(progress=event))

        try:
            report = fetch(app.store, app.config, targets_from_config(app.config), progress=progress,
                           cancel=worker.cancelled_event)
        except Exception as error:  # noqa: BLE001 - shown to the user, the app goes on
            app.post_message(FetchUpdate(error=str(error) or type(error).__name__))
            return
        app.post_message(FetchUpdate(report=report))

    def update(self, message: FetchUpdate) -> None:
        """On the UI thread: progress on the status line, new rows in place, then the count."""
        progress = message.progress
        if progress is not None:
            result = progress.result
            if result is not None and result.status in ("new", "updated"):
                self.new += result.status == "new"
                screen = self._list_screen()
                if screen is not None:
                    screen.reload_rows()
            host = urlsplit(progress.url).hostname or ""
            self._status(Content.assemble(
                ("Fetching ", "bold"), f"{progress.done}/{progress.total}", "  ·  ",
                (f"{self.new} new", "bold $success" if self.new else ""), "  ·  ", host))
            return
        self.running = False
        self._status(None)
        if message.error is not None:
            self.app.notify(message.error, title="Refresh failed", severity="error", markup=False)
            return
        report = message.report
        if report is None:
            return
        errors = report.count("error")
        words = f"{report.new} new release{'s' if report.new != 1 else ''}"
        if report.count("updated"):
            words += f", {report.count('updated')} updated"
        if errors:
            first = next(r for r in report.results if r.status == "error")
            words += f", {errors} failed (first: {first.reason})"
        self.app.notify(words + (" (cancelled)" if report.cancelled else ""), title="Refresh",
                        severity="warning" if errors else "information", markup=False, timeout=8)

    def _list_screen(self) -> ListScreen | None:
        from briefing.tui.screens.list import ListScreen

        stack = self.app.screen_stack
        screen = stack[0] if stack else None
        return screen if isinstance(screen, ListScreen) and screen.is_mounted else None

    def _status(self, text: Content | None) -> None:
        """Show, update or (None) remove the status line on the list screen."""
        screen = self._list_screen()
        if screen is None:
            return
        found = screen.query(FetchStatus)
        if text is None:
            found.remove()
        elif found:
            found.first().update(text)
        else:
            footers = screen.query(Footer)
            screen.mount(FetchStatus(text), before=footers.first() if footers else None)
