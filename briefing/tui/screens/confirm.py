"""A yes/no question in a modal: overwrite a file, throw away a typed note.

`y` answers yes; `n` or escape answers no, so a stray key never destroys anything.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.tui.commands import CONFIRM_ACTIONS, bindings


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (yes) or False (no)."""

    ACTIONS = CONFIRM_ACTIONS
    BINDINGS = bindings(CONFIRM_ACTIONS)

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; background: $background 60%; }
    ConfirmScreen > #confirm-box {
        width: 72; max-width: 100%; height: auto; border: round $warning; background: $panel; padding: 0 1;
    }
    ConfirmScreen #confirm-question { height: auto; margin: 1 0; }
    ConfirmScreen #confirm-buttons { height: auto; align-horizontal: right; }
    ConfirmScreen Button { margin: 0 0 0 2; min-width: 10; }
    """

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            # The question may hold a file path or release text: plain Content, never markup.
            yield Static(Content(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes_label} (y)", id="confirm-yes", variant="warning")
                yield Button(f"{self.no_label} (n)", id="confirm-no", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
