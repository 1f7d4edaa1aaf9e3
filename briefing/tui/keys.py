"""Priority bindings and the keys typed just before them.

Textual runs a priority binding (Enter in the lists, so the footer shows it; ctrl+s in the note editor)
as soon as the app reads its key, while every other key goes to the focused widget first and comes back
up through its parents to the app, which then runs its binding. Keys read together (typed fast, pasted,
or a terminal delivering 'g' and Enter in one read) ran out of order: 'g Enter' opened the release
highlighted before the `g`, and a note could be saved without its last characters. A priority command
that reads what earlier keys change runs through `after_earlier_keys`: its work travels the keys' path,
behind them, and the app runs it at the end (`BriefingApp`'s handler of `AfterEarlierKeys`), if the
screen that asked is still the active one: the app reads a key pressed twice in one read (Enter Enter,
ctrl+s ctrl+s) before the first one's work has run, and the second must not run on what the first left
(a second reader of the same release; a second dismiss of the note editor, which popped the reader).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message import Message
from textual.screen import Screen


class AfterEarlierKeys(Message):
    """Work posted to the focused widget that bubbles to the app behind the keys queued before it."""

    def __init__(self, callback: Callable[[], object]) -> None:
        super().__init__()
        self.callback = callback


def after_earlier_keys(screen: Screen[Any], callback: Callable[[], object]) -> None:
    """Call `callback` once the keys sent before this one have run their bindings, if `screen` is still
    the active screen then."""
    focused = screen.focused
    if focused is None:
        callback()
        return

    def if_still_active() -> None:
        if screen.is_active:
            callback()

    focused.post_message(AfterEarlierKeys(if_still_active))
