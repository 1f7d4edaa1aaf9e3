"""Where to export: a modal with the export folder filled in, so Enter takes the default.

A folder gets one `<date>-<slug>.md` per release; a path ending in `.md` is written as that file.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing.tui.commands import PROMPT_ACTIONS, bindings


class ExportPrompt(ModalScreen[Path | None]):
    """Dismisses with the path typed (the default when Enter is pressed at once), or None."""

    ACTIONS = PROMPT_ACTIONS
    BINDINGS = bindings(PROMPT_ACTIONS)

    DEFAULT_CSS = """
    ExportPrompt { align: center middle; background: $background 60%; }
    ExportPrompt > #export-box {
        width: 90; max-width: 100%; height: auto; border: round $accent; background: $panel; padding: 0 1;
    }
    ExportPrompt #export-hint { height: auto; color: $text-muted; margin: 0 0 1 0; }
    """

    def __init__(self, default: Path, what: str) -> None:
        super().__init__()
        self.default = default
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = f"Export {self.what}"
            yield Static(Content(
                "Enter writes one <date>-<slug>.md per release into this folder; "
                "a path ending in .md writes that file. Escape cancels."), id="export-hint")
            yield Input(str(self.default), id="export-path")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(Path(value).expanduser() if value else self.default)

    def action_cancel(self) -> None:
        self.dismiss(None)
