"""The base of the reader's side panels (entities, marks): a list next to the body whose entries point
at places in it. Choosing an entry posts `SidePanel.Jump`; the reader moves its cursor there, whichever
panel sent it (`message.control`). j/k move like everywhere else in the app."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList


class SidePanel(OptionList):
    """An OptionList whose options may carry a body offset (`_offsets`, by option id)."""

    DEFAULT_CSS = """
    SidePanel {
        height: 1fr;
        border: none;
        border-left: vkey $primary 40%;
        padding: 0 0 0 1;
        background: $surface;
    }
    SidePanel:focus { border: none; border-left: vkey $accent; background-tint: $primary 4%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    class Jump(Message):
        """Move the reader's cursor to `body_offset`; `control` is the panel that asked."""

        def __init__(self, panel: SidePanel, body_offset: int) -> None:
            super().__init__()
            self.panel = panel
            self.body_offset = body_offset

        @property
        def control(self) -> SidePanel:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._offsets: dict[str, int] = {}

    def offset_of(self, option_id: str | None) -> int | None:
        """Where in the body the option points (None: nowhere in the body)."""
        return self._offsets.get(option_id or "")

    @property
    def plain_text(self) -> str:
        """All the panel's text, for tests and screen readers."""
        return "\n".join(str(self.get_option_at_index(i).prompt) for i in range(self.option_count))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        offset = self.offset_of(event.option.id)
        if offset is not None:
            self.post_message(self.Jump(self, offset))
