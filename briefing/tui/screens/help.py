"""`?`: every binding active on the screen underneath, with the key the user actually has."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from briefing.tui.commands import Command

HELP_INTRO = (
    "Keys can be changed in the config file's [keys] table, by binding id "
    "(for example  next-sentence = \"down,j\").  Escape or ? closes this."
)


def _commands_by_id(screen: Screen[object]) -> dict[str, type[Command]]:
    commands: list[type[Command]] = [*getattr(screen, "ACTIONS", ()), *getattr(screen.app, "ACTIONS", ())]
    return {command.id: command for command in commands}


def keys_by_id(screen: Screen[object]) -> dict[str, list[str]]:
    """The keys (as displayed) bound to each binding id in the screen's focus chain, after remapping.

    Every binding of ours counts, even where a widget's own binding for the same key answers first
    (Enter in the list selects, which opens the release just the same).
    """
    found: dict[str, list[str]] = {}
    for _namespace, chain in screen._modal_binding_chain:
        for _key, binding in chain:
            if binding.id:
                display = screen.app.get_key_display(binding)
                keys = found.setdefault(binding.id, [])
                if display not in keys:
                    keys.append(display)
    return found


KEY_COLUMNS = 14
LABEL_COLUMNS = 72
"""The help line's column when there is room; narrower, it wraps so the binding ids stay in view."""


def help_content(screen: Screen[object], width: int = 0) -> Content:
    """One row per active binding: our commands first (key, help line, binding id), then the rest.

    `width`: the columns available (0: as wide as the rows want); help lines wrap to keep each
    binding id on screen at the end of its row's first line.
    """
    commands = _commands_by_id(screen)
    ours: dict[str, tuple[list[str], str, str]] = {}
    other: dict[str, tuple[list[str], str, str]] = {}
    for binding_id, keys in keys_by_id(screen).items():
        command = commands.get(binding_id)
        if command is not None:
            ours[binding_id] = (keys, command.help, command.id)
    taken = {key for keys, _, _ in ours.values() for key in keys}
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if binding.system or binding.id in commands:
            continue
        display = screen.app.get_key_display(binding)
        if display in taken:
            continue
        name = binding.id or binding.action
        if name in other:
            other[name][0].append(display)
        else:
            other[name] = ([display], binding.tooltip or binding.description or binding.action, "")
    order = {command_id: index for index, command_id in enumerate(commands)}
    lines = [Content.styled(HELP_INTRO, "$text-muted"), Content("")]
    rows = sorted(ours.items(), key=lambda item: order.get(item[0], len(order)))
    id_columns = max((len(binding_id) for _keys, _label, binding_id in ours.values()), default=0)
    label_columns = LABEL_COLUMNS
    if width > 0:
        label_columns = max(16, min(LABEL_COLUMNS, width - (KEY_COLUMNS + 1) - 1 - id_columns))
    for _name, (keys, label, binding_id) in rows:
        lines.append(_row(keys, label, binding_id, label_columns))
    if other:
        lines += [Content(""), Content.styled("Scrolling and other keys", "bold $text-muted")]
        lines += [_row(keys, label, "", label_columns) for keys, label, _ in other.values()]
    return Content("\n").join(lines)


def _row(keys: list[str], label: str, binding_id: str, label_columns: int = LABEL_COLUMNS) -> Content:
    """Keys, the help line (wrapped to `label_columns`) and the binding id after its first line."""
    pieces = textwrap.wrap(label, label_columns) or [""]
    first = Content.assemble(
        (", ".join(keys).ljust(KEY_COLUMNS) + " ", "bold $accent"),
        (pieces[0].ljust(label_columns) + " ", "$text"),
        (binding_id, "$text-muted"),
    )
    rest = [Content.styled(" " * (KEY_COLUMNS + 1) + piece, "$text") for piece in pieces[1:]]
    return Content("\n").join([first, *rest])


class HelpScreen(ModalScreen[None]):
    """A modal list of the bindings; it reads them from the screen it was opened over."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", show=False),
        # The keys that move everywhere else in briefing scroll the list of keys too.
        Binding("j", "scroll('down')", "Scroll down", show=False),
        Binding("k", "scroll('up')", "Scroll up", show=False),
        Binding("g", "scroll('home')", "Scroll to the top", show=False),
        Binding("G", "scroll('end')", "Scroll to the end", show=False),
    ]

    MAX_HEIGHT = 30
    """Rows the box takes at most; on a shorter terminal, the terminal's rows (it scrolls inside)."""

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content.styled("Keys", "bold $accent"), id="help-title")
            yield Static(help_content(self.under, self._columns()), id="help-text")

    def _columns(self) -> int:
        """Columns for the rows: the box (at most 116 wide) less its border, padding, scrollbar and a margin."""
        return min(116, self.app.size.width) - 8

    def on_mount(self) -> None:
        self._fit()

    def on_resize(self) -> None:
        self.query_one("#help-text", Static).update(help_content(self.under, self._columns()))
        self._fit()

    def _fit(self) -> None:
        """At most MAX_HEIGHT rows and never more than the terminal has: a box taller than a 24-row
        terminal made the screen scroll, its last rows and bottom border out of sight."""
        self.query_one("#help-box").styles.max_height = min(self.MAX_HEIGHT, self.app.size.height)

    def action_scroll(self, where: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        {"down": box.scroll_down, "up": box.scroll_up, "home": box.scroll_home, "end": box.scroll_end}[where](
            animate=False
        )

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss()
