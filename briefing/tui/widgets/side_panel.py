"""The base of the reader's side panels (entities, marks): a list next to the body whose entries point
at places in it. Choosing an entry posts `SidePanel.Jump`; the reader moves its cursor there, whichever
panel sent it (`message.control`). An entry with several places (a name mentioned three times) goes to
the next one each time it is chosen. j/k move like everywhere else in the app."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList

from briefing.tui.layout import wrap_words


def wrapped(text: str, width: int, indent: int = 0, spaces_first: bool = False) -> str:
    """`text` broken between (Thai) words to `width` cells, every line after `indent` spaces (see
    `wrap_words` for `spaces_first`)."""
    return "\n".join(" " * indent + line
                     for line in wrap_words(text, width - indent, spaces_first=spaces_first).split("\n"))


class SidePanel(OptionList):
    """An OptionList whose options may carry body offsets (`_offsets`, by option id, in order)."""

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
        self._offsets: dict[str, tuple[int, ...]] = {}
        self._chosen: tuple[str, int] | None = None
        """The option chosen last and which of its offsets it went to."""
        self._drawn_width = 0

    @property
    def text_width(self) -> int:
        """Cells an entry's line has (0 before layout): Thai text is wrapped to it between words."""
        return self.scrollable_content_region.width

    def on_resize(self) -> None:
        """Entries are wrapped to the width: drawn again when the panel's width changes."""
        if self.text_width != self._drawn_width:
            self._drawn_width = self.text_width
            self.redraw()

    def watch_show_vertical_scrollbar(self) -> None:
        """The scrollbar appearing (the entries just set outgrow the panel) takes two columns without a
        resize: lines wrapped for the wider panel were cut at 80x24. Draw again for the width left."""
        self.call_after_refresh(self.on_resize)

    def redraw(self) -> None:
        """Draw the entries again for the current width (subclasses keep what they show)."""

    def offset_of(self, option_id: str | None) -> int | None:
        """Where in the body the option first points (None: nowhere in the body)."""
        offsets = self._offsets.get(option_id or "")
        return offsets[0] if offsets else None

    def _next_offset(self, option_id: str | None) -> int | None:
        """The first offset of an option, or the one after the last chosen when it is chosen again."""
        offsets = self._offsets.get(option_id or "")
        if not offsets or option_id is None:
            return None
        index = 0
        if self._chosen is not None and self._chosen[0] == option_id:
            index = (self._chosen[1] + 1) % len(offsets)
        self._chosen = (option_id, index)
        return offsets[index]

    @property
    def plain_text(self) -> str:
        """All the panel's text, for tests and screen readers."""
        return "\n".join(str(self.get_option_at_index(i).prompt) for i in range(self.option_count))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        offset = self._next_offset(event.option.id)
        if offset is not None:
            self.post_message(self.Jump(self, offset))
