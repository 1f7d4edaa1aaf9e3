"""The side panel: who, which agencies, where and how much, in English, next to the Thai text.

An OptionList so the keyboard (after `tab`) and the mouse can pick an entry. Each person,
organisation, place and figure is one entry with all its mentions (กรุงเทพมหานคร and กรุงเทพฯ are one
Bangkok, 75% and ร้อยละ 75 one figure: `entity_groups`, `figure_groups`); choosing an entry moves the
reader's cursor to its first mention in the body, and choosing it again to the next one. An English
form the app romanised itself, rather than one listed or given by the release, is marked as a guess, and one
it translated from a descriptive name's words (a committee's, a centre's) as made, not the official name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import (
    Analysis,
    EntityGroup,
    FigureGroup,
    entity_groups,
    figure_groups,
    figure_wording,
    range_end,
)
from briefing.summary.check import has_thai
from briefing.summary.facts import english_phrases
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
    body_offsets: tuple[int, ...]
    """Where the body mentions it, in order (empty: only in the title)."""
    entity: tuple[str, str] | None = None
    """(type, name) of a person, organisation or place: what `w` looks up across the archive."""


def _thai_forms(texts: list[str]) -> str:
    """The distinct ways the release writes it, in order, and how many mentions there are."""
    forms = list(dict.fromkeys(one_line(text) for text in texts))
    count = f"  ×{len(texts)}" if len(texts) > 1 else ""
    return " · ".join(forms) + count


def _entity_prompt(group: EntityGroup, width: int = 0) -> Content:
    english = one_line(group.english) if group.english else "(no English form)"
    line = Content.assemble(("• ", "$text-muted"), (english, "bold" if group.english else "italic"))
    if group.english and group.english_source in ("romanised", "translated"):  # the name is made, not the role after it
        line = line.append(Content.styled(f" ({group.english_source})", "italic $text-muted"))
    role = group.role_english or group.role
    if role:
        line = line.append(Content.styled(f", {one_line(role)}", "$text-muted"))
    thai = _thai_forms([mention.text for mention in group.mentions])
    return Content("\n").join([line, Content.styled(wrapped(thai, width, 2, spaces_first=True), "$text-muted")])


def _figure_prompt(group: FigureGroup, width: int = 0, analysis: Analysis | None = None) -> Content:
    """The figure in English, then how the release words it (a range's bare first number in its range)."""
    thai = _thai_forms([figure_wording(mention, analysis) for mention in group.mentions])
    english = one_line(group.english)
    if analysis is not None and all(range_end(mention, analysis) is not None for mention in group.mentions):
        english = f"from {english}"  # the lower end of a range: its other end is the next figure
    return Content("\n").join([
        Content.assemble(("• ", "$text-muted"), (english, "bold")),
        Content.styled(wrapped(thai, width, 2), "$text-muted"),
    ])


def panel_entries(analysis: Analysis, width: int = 0) -> list[PanelEntry | str]:
    """Headings (str) and entries, one entry per named thing or distinct figure, in text order."""
    out: list[PanelEntry | str] = []
    groups = entity_groups(analysis)
    for kind, heading in SECTIONS:
        entries = [PanelEntry(_entity_prompt(group, width), tuple(group.body_offsets), (group.type, group.key))
                   for group in groups if group.type == kind]
        if entries:
            out.append(heading)
            out.extend(entries)
    figures = [PanelEntry(_figure_prompt(group, width, analysis), tuple(group.body_offsets))
               for group in figure_groups(analysis)]
    if figures:
        out.append("Figures")
        out.extend(figures)
    # A release written in English (the site's "Government News") is English throughout: its 'phrases in
    # English' were fragments of its sentences ('local time', 'at 0905hrs', 'Pope Francis passed away on April').
    in_thai = has_thai(analysis.body)
    phrases = [PanelEntry(Content.assemble(("• ", "$text-muted"), wrapped(one_line(phrase), width, 2)[2:]),
                          _phrase_offsets(analysis.body, phrase)) for phrase in english_phrases(analysis)] if in_thai else []
    if phrases:
        out.append(ENGLISH_HEADING)
        out.extend(phrases)
    return out


ENGLISH_HEADING = "In English in the release"
"""Names and phrases the release writes in English itself (event names, slogans, English agency names):
the brief's prose leaves them out, so they are listed here."""


def _phrase_offsets(body: str, phrase: str) -> tuple[int, ...]:
    """Where the body writes `phrase` (spacing may differ; an ordinal spelt out is not found)."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    return tuple(m.start() for m in re.finditer(pattern, body))


HEADING_STYLE = {"People": "$briefing-person", "Organisations": "$briefing-organisation",
                 "Places": "$briefing-place", "Figures": "$briefing-figure", ENGLISH_HEADING: "$text"}


class EntitiesPanel(SidePanel):
    """Entities and figures of the release; choosing one posts `SidePanel.Jump` to its first mention."""

    DEFAULT_CSS = """
    EntitiesPanel { width: 38; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entities: dict[str, tuple[str, str]] = {}

    @property
    def highlighted_entity(self) -> tuple[str, str] | None:
        """(type, Thai full form) of the person, organisation or place highlighted, if any."""
        option = self.highlighted_option
        return self._entities.get(option.id or "") if option is not None else None

    _analysis: Analysis | None = None
    """The analysis shown (None while a message is), drawn again when the width changes."""

    def on_mount(self) -> None:
        self.show_pending()

    def redraw(self) -> None:
        if self._analysis is not None:
            self.show_analysis(self._analysis)

    def _show_message(self, text: str, style: str) -> None:
        self._analysis = None
        self._offsets = {}
        self._entities = {}
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
        self._entities = {}
        for n, entry in enumerate(entries):
            if isinstance(entry, str):
                style = f"bold {HEADING_STYLE[entry]}"
                prompt = Content.styled(entry, style) if n == 0 else Content.styled(f"\n{entry}", style)
                options.append(Option(prompt, disabled=True))
            else:
                option_id = f"entry-{n}"
                if entry.body_offsets:
                    self._offsets[option_id] = entry.body_offsets
                if entry.entity is not None:
                    self._entities[option_id] = entry.entity
                options.append(Option(entry.prompt, id=option_id))
        self.set_options(options)
        self.highlighted = None
