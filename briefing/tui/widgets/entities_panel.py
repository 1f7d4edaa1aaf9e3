"""The side panel: who, which agencies, where and how much, in English, next to the Thai text."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from briefing.model import Analysis, Entity
from briefing.tui.text import one_line

SECTIONS: tuple[tuple[str, str], ...] = (
    ("person", "People"),
    ("organisation", "Organisations"),
    ("place", "Places"),
)


def _unique(entities: list[Entity]) -> list[Entity]:
    """One line per named thing: mentions of the same canonical form collapse to the first."""
    seen: set[str] = set()
    out: list[Entity] = []
    for entity in entities:
        key = entity.canonical or entity.text
        if key in seen:
            continue
        seen.add(key)
        out.append(entity)
    return out


def entities_content(analysis: Analysis) -> Content:
    """The panel's text: a section per kind with English first, then the Thai as written."""
    parts: list[Content] = []
    for kind, heading in SECTIONS:
        found = _unique([e for e in analysis.entities if e.type == kind])
        if not found:
            continue
        parts.append(Content.styled(heading, f"bold $briefing-{kind}"))
        for entity in found:
            english = one_line(entity.english) if entity.english else "(no English form)"
            line = Content.assemble(("• ", "$text-muted"), (english, "bold" if entity.english else "italic"))
            role = entity.role_english or entity.role
            if role:
                line = line.append(Content.styled(f", {one_line(role)}", "$text-muted"))
            parts.append(line)
            parts.append(Content.styled(f"  {one_line(entity.text)}", "$text-muted"))
        parts.append(Content(""))
    figures = analysis.figures
    if figures:
        parts.append(Content.styled("Figures", "bold $briefing-figure"))
        seen: set[tuple[str, str]] = set()
        for figure in figures:
            if (figure.text, figure.english) in seen:
                continue
            seen.add((figure.text, figure.english))
            parts.append(Content.assemble(("• ", "$text-muted"), (one_line(figure.english), "bold")))
            parts.append(Content.styled(f"  {one_line(figure.text)}", "$text-muted"))
    if not parts:
        return Content.styled("Nothing found in this release.", "italic $text-muted")
    return Content("\n").join(parts)


class EntitiesPanel(VerticalScroll, can_focus=True):
    """Scrollable list of the release's entities and figures; `i` in the reader hides it."""

    def compose(self):  # type: ignore[override]
        yield Static(Content.styled("Analysing…", "italic $text-muted"), id="entities-text")

    def show_analysis(self, analysis: Analysis) -> None:
        self.query_one("#entities-text", Static).update(entities_content(analysis))

    def show_pending(self) -> None:
        self.query_one("#entities-text", Static).update(Content.styled("Analysing…", "italic $text-muted"))

    def show_error(self, message: str) -> None:
        self.query_one("#entities-text", Static).update(Content.styled(one_line(message), "$error"))
