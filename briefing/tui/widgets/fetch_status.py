"""One line above the list's footer while a refresh runs: how far it is and how many are new."""

from __future__ import annotations

from textual.widgets import Static


class FetchStatus(Static):
    DEFAULT_CSS = """
    FetchStatus { height: 1; padding: 0 1; background: $boost; color: $text-muted; }
    """
