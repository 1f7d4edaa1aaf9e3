"""The release's source page (newsboat's `o`): open it in the browser, or copy its address.

A feature the ReaderScreen holds (`screen.source`), like `screen.marks` and `screen.summary`. The
browser is started through Python's `webbrowser` in a thread worker, since some browsers block the
caller until they have started; only web addresses are opened (the URL is data from the corpus).
"""

from __future__ import annotations

import webbrowser
from functools import partial
from typing import TYPE_CHECKING

from briefing.tui.text import one_line

if TYPE_CHECKING:
    from briefing.tui.screens.reader import ReaderScreen


def web_address(url: str) -> str | None:
    """The URL if it is a web address a browser may be given, else None."""
    url = url.strip()
    if url.lower().startswith(("https://", "http://")) and not any(ch.isspace() or ord(ch) < 32 for ch in url):
        return url
    return None


class ReaderSource:
    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen

    @property
    def url(self) -> str | None:
        release = self.screen.release
        return web_address(release.source) if release is not None and release.source else None

    def open(self) -> None:
        """`o`: the source page in the default browser."""
        url = self.url
        if url is None:
            self.screen.notify("This release has no source address.", markup=False)
            return
        self.screen.notify(f"Opening {one_line(url)}", title="Browser", markup=False, timeout=4)
        self.screen.run_worker(partial(self._open, url), thread=True, group="browser", exit_on_error=False)

    def _open(self, url: str) -> None:
        try:
            opened = webbrowser.open(url)
        except Exception as error:  # noqa: BLE001 - webbrowser raises what the platform's launcher raises
            self.screen.app.call_from_thread(self._failed, f"cannot start a browser: {error}")
            return
        if not opened:
            self.screen.app.call_from_thread(self._failed, "no browser found; y copies the address")

    def _failed(self, error: str) -> None:
        self.screen.notify(one_line(error), title="Browser", severity="warning", markup=False)

    def copy(self) -> None:
        """Copy the source address to the clipboard."""
        url = self.url
        if url is None:
            self.screen.notify("This release has no source address.", markup=False)
            return
        self.screen.app.copy_to_clipboard(url)
        self.screen.notify(f"Copied {one_line(url)}", title="Clipboard", markup=False, timeout=4)
