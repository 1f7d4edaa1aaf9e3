"""The side panel: who, which agencies, where and how much, in English, next to the Thai text.

An OptionList so the keyboard (after `tab`) and the mouse can pick an entry: choosing one moves the
reader's sentence cursor to its first mention in the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Analysis, Entity, Figure
from briefing.tui.text import one_line
from briefing.tui.widgets.side_panel import SidePanel, wrapped

SECTIONS: tuple[tuple[str, str], ...] = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("place", "Places"),
)


@dataclass(frozen=True, slots=True)
class PanelEntry:
    prompt: Content
    body_offset: int | None
    """Where the body first mentions it (None: only in the title)."""


def _key(entity: Entity) -> str:
    return entity.canonical or entity.text


def _first_body_offset(analysis: Analysis, key: str) -> int | None:
    offsets = [e.start for e in [*analysis.entities, *analysis.references] if e.field == "body" and _key(e) == key]
    return min(offsets) if offsets else None


def _entity_prompt(entity: Entity, width: int = 0) -> Content:
    english = one_line(entity.english) if entity.english else "(no English form)"
    line = Content.assemble(("• ", "$text-muted"), (english, "bold" if entity.english else "italic"))
    role = entity.role_english or entity.role
    if role:
        line = line.append(Content.styled(f", {one_line(role)}", "$text-muted"))
    return Content("\n").join([line, Content.styled(wrapped(one_line(entity.text), width, 2), "$text-muted")])


def _figure_prompt(figure: Figure, width: int = 0) -> Content:
    return Content("\n").join([
        Content.assemble(("• ", "$text-muted"), (one_line(figure.english), "bold")),
        Content.styled(wrapped(one_line(figure.text), width, 2), "$text-muted"),
    ])


def panel_entries(analysis: Analysis, width: int = 0) -> list[PanelEntry | str]:
    """Headings (str) and entries, one entry per named thing or distinct figure, in text order; the
    Thai lines broken between words to fit `width` cells (0: not broken)."""
    out: list[PanelEntry | str] = []
    for kind, heading in SECTIONS:
        seen: set[str] = set()
        entries: list[PanelEntry] = []
        for entity in analysis.entities:
            if entity.type != kind or _key(entity) in seen:
                continue
            seen.add(_key(entity))
            entries.append(PanelEntry(_entity_prompt(entity, width), _first_body_offset(analysis, _key(entity))))
        if entries:
            out.append(heading)
            out.extend(entries)
    figures: list[PanelEntry] = []
    seen_figures: set[tuple[str, str]] = set()
    for figure in analysis.figures:
        if (figure.text, figure.english) in seen_figures:
            continue
        seen_figures.add((figure.text, figure.english))
        figures.append(PanelEntry(_figure_prompt(figure, width), figure.start if figure.field == "body" else None))
    if figures:
        out.append("Figures")
        out.extend(figures)
    return out


HEADING_STYLE = {"People": "person", "Organisations": "organisation", "Places": "place", "Figures": "figure"}


class EntitiesPanel(SidePanel):
    """Entities and figures of the release; choosing one posts `SidePanel.Jump` to its first mention."""

    DEFAULT_CSS = """
    EntitiesPanel { width: 38; }
    """

    def on_mount(self) -> None:
        self.show_pending()

    def redraw(self) -> None:
        if self._analysis is not None:
            self.show_analysis(self._analysis)

    _analysis: Analysis | None = None
    """The analysis shown (None while a message is), drawn again when the width changes."""

    def _show_message(self, text: str, style: str) -> None:
        self._analysis = None
        self._offsets = {}
        self.set_options([Option(Content.styled(one_line(text), style), disabled=True)])

    def show_pending(self) -> None:
        self._show_message("Analysing…", "italic $text-muted")

    def show_error(self, message: str) -> None:
        self._show_message(message, "$error")

    def show_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        entries = panel_entries(analysis, self.text_width)
        if not entries:
            self._show_message("Nothing found in this release.", "italic $text-muted")
            return
        options: list[Option] = []
        self._offsets = {}
        for n, entry in enumerate(entries):
            if isinstance(entry, str):
                style = f"bold $briefing-{HEADING_STYLE[entry]}"
                prompt = Content.styled(entry, style) if n == 0 else Content.styled(f"\n{entry}", style)
                options.append(Option(prompt, disabled=True))
            else:
                option_id = f"entry-{n}"
                if entry.body_offset is not None:
                    self._offsets[option_id] = entry.body_offset
                options.append(Option(entry.prompt, id=option_id))
        self.set_options(options)
        self.highlighted = None
