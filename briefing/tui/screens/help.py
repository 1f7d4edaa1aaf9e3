"""`?`: every binding active on the screen underneath, with the key the user actually has."""

from __future__ import annotations

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
    "(for example  \"reader.next_sentence\" = \"down,j\").  Escape or ? closes this."
)


def _commands_by_id(screen: Screen[object]) -> dict[str, type[Command]]:
    commands: list[type[Command]] = [*getattr(screen.app, "ACTIONS", ()), *getattr(screen, "ACTIONS", ())]
    return {command.id: command for command in commands}


def help_content(screen: Screen[object]) -> Content:
    """One line per active binding: key, then the command's help line (or the binding's description)."""
    commands = _commands_by_id(screen)
    rows: dict[str, tuple[list[str], str, str]] = {}
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if binding.system:
            continue
        command = commands.get(binding.id or "")
        label = command.help if command else (binding.tooltip or binding.description or binding.action)
        name = binding.id or binding.action
        display = screen.app.get_key_display(binding)
        if name in rows:
            rows[name][0].append(display)
        else:
            rows[name] = ([display], label, binding.id or "")
    lines = [Content.styled(HELP_INTRO, "$text-muted"), Content("")]
    for keys, label, binding_id in rows.values():
        lines.append(Content.assemble(
            (", ".join(keys).ljust(16), "bold $accent"),
            (label.ljust(64), "$text"),
            (binding_id, "$text-muted"),
        ))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """A modal list of the bindings; it reads them from the screen it was opened over."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", show=False),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content.styled("Keys", "bold $accent"), id="help-title")
            yield Static(help_content(self.under), id="help-text")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss()
