"""The footer of the reader and the notes screen: on a narrow terminal `?` and `q` come first.

Textual's Footer lists the focused widget's and the screen's bindings before the app's, so at 80
columns the reader's many keys push `?` (help) and `q` (quit) off the right edge. Below
NARROW_COLUMNS the footer turns compact and puts those two first; wider, it is Textual's as it is.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

NARROW_COLUMNS = 100
FIRST_ACTIONS = ("app.help", "app.quit")
"""Always reachable: the keys that tell the user every other key, and the way out."""


class BriefingFooter(Footer):
    DEFAULT_CSS = """
    BriefingFooter.-compact FooterKey.-command-palette { margin-right: 0; }
    """
    """Textual's compact footer gives every key a right margin, the `^p Commands` key docked at the right
    edge too: the keys scrolled under it then showed through that last column (a stray "t" of "Export"
    at 80 columns)."""

    def __init__(self) -> None:
        super().__init__()
        self._narrow = False

    def _is_narrow(self) -> bool:
        return 0 < self.app.size.width < NARROW_COLUMNS

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        if not self._narrow:
            yield from keys
            return
        first = [key for key in keys if isinstance(key, FooterKey) and key.action in FIRST_ACTIONS]
        first.sort(key=lambda key: FIRST_ACTIONS.index(key.action))
        yield from first
        yield from (key for key in keys if key not in first)

    def on_mount(self) -> None:
        self._follow_width()

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        narrow = self._is_narrow()
        if narrow != self._narrow:
            self._narrow = narrow
            self.compact = narrow
            self.refresh(recompose=True)
