"""The note editor: a modal TextArea for the note on one mark.

`ctrl+s` saves (the reader writes it to the store at once); escape cancels, asking first when the
text differs from what was there, so typed words are never lost to a stray key.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from briefing.tui.commands import NOTE_ACTIONS, bindings
from briefing.tui.keys import after_earlier_keys
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.text import one_line

PASSAGE_CHARS = 200


class NoteEditor(ModalScreen[str | None]):
    """Dismisses with the note's text on save, or None when cancelled."""

    ACTIONS = NOTE_ACTIONS
    BINDINGS = bindings(NOTE_ACTIONS)

    DEFAULT_CSS = """
    NoteEditor { align: center middle; background: $background 60%; }
    NoteEditor > #note-box {
        width: 90; max-width: 100%; height: auto; max-height: 24; border: round $accent; background: $panel; padding: 0 1;
    }
    NoteEditor #note-passage { height: auto; max-height: 5; margin: 0 0 1 0; color: $text-muted; }
    NoteEditor #note-text { height: 10; }
    NoteEditor #note-hint { height: 1; color: $text-muted; }
    """

    def __init__(self, passage: str, label: str, note: str = "") -> None:
        super().__init__()
        self.passage = passage
        self.label = label
        self.original = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = f"Note · {self.label}"
            text = one_line(self.passage)
            if len(text) > PASSAGE_CHARS:
                text = text[: PASSAGE_CHARS - 1] + "…"
            yield Static(Content(text), id="note-passage")
            yield TextArea(self.original, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(Content("ctrl+s saves  ·  escape cancels"), id="note-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        # ctrl+s is a priority binding: the characters typed or pasted just before it are saved too
        after_earlier_keys(self, self._save)

    def _save(self) -> None:
        self.dismiss(self.text.strip())

    def action_cancel(self) -> None:
        if self.text == self.original:
            self.dismiss(None)
            return
        self._ask_discard()

    @work(exclusive=True, group="discard")
    async def _ask_discard(self) -> None:
        if await self.app.push_screen_wait(ConfirmScreen("Discard the text you typed?", yes="Discard", no="Keep editing")):
            self.dismiss(None)
        else:
            self.query_one(TextArea).focus()
