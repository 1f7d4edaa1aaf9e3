"""The marks panel: the release's marks in body order, each with its label, passage, English and note.

An OptionList next to the body (toggled with `M`): Enter on a mark moves the reader's cursor to it;
`d`, `l` and `a` in the reader act on the mark highlighted here while the panel has the focus.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Mark
from briefing.tui.marks import label_colour
from briefing.tui.text import one_line
from briefing.tui.widgets.side_panel import SidePanel, wrapped

PASSAGE_CHARS = 60
"""How much of the marked passage a row shows (the panel wraps it over two lines)."""


def mark_prompt(number: int, mark: Mark, labels: list[str], english: str | None = None, width: int = 0) -> Content:
    """Label (in its colour), the start of the passage, its English when rendered, and the note; Thai
    text broken between words to fit `width` cells (0: not broken)."""
    passage = one_line(mark.text)
    if len(passage) > PASSAGE_CHARS:
        passage = passage[: PASSAGE_CHARS - 1] + "…"
    lines = [
        Content.assemble((f"{number}. ", "$text-muted"), (mark.label, f"bold {label_colour(mark.label, labels)}")),
        Content.styled(wrapped(passage, width), "$text"),
    ]
    if english:
        lines.append(Content.assemble(("EN ", "bold $accent"), (one_line(english), "$text")))
    note_lines = [one_line(line) for line in mark.note.splitlines() if line.strip()]
    for index, line in enumerate(note_lines):  # a note keeps its lines, as it was written
        shown = wrapped(line, width - 2, 0).replace("\n", "\n  ") if width else line
        lines.append(Content.assemble(("✎ " if index == 0 else "  ", "$accent"), (shown, "italic $text")))
    return Content("\n").join(lines)


class MarksPanel(SidePanel):
    """Marks of the release; choosing one posts `SidePanel.Jump` with where it starts."""

    DEFAULT_CSS = """
    MarksPanel { width: 36; }
    """

    def show_marks(self, marks: list[tuple[Mark, int | None]], labels: list[str],
                   renderings: dict[int, str] | None = None) -> None:
        """`marks`: each mark with where it starts in the shown body (None while not placed);
        `renderings`: the English made of some of them (by mark id)."""
        renderings = renderings or {}
        self._shown = (marks, labels, renderings)
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        self._offsets = {}
        if not marks:
            self.set_options([Option(Content.styled(
                "No marks yet. m marks the sentence under the cursor, v starts a range, a adds a note.",
                "italic $text-muted"), disabled=True)])
            return
        options: list[Option | None] = []
        for number, (mark, offset) in enumerate(marks, start=1):
            option_id = f"mark-{mark.id}"
            if offset is not None:
                self._offsets[option_id] = (offset,)
            if options:
                options.append(None)  # a rule between marks
            english = renderings.get(mark.id) if mark.id is not None else None
            options.append(Option(mark_prompt(number, mark, labels, english, self.text_width), id=option_id))
        self.set_options(options)
        ids = [self.get_option_at_index(i).id for i in range(self.option_count)]
        self.highlighted = ids.index(keep) if keep in ids else (0 if self.has_focus else None)

    _shown: tuple[list[tuple[Mark, int | None]], list[str], dict[int, str]] | None = None
    """What `show_marks` was given last, drawn again when the width changes."""

    def redraw(self) -> None:
        if self._shown is not None:
            self.show_marks(*self._shown)

    def on_focus(self) -> None:
        if self.highlighted is None and self.selected_mark_id is None and self._offsets:
            self.highlighted = 0

    @property
    def selected_mark_id(self) -> int | None:
        """The id of the highlighted mark, if any."""
        option = self.highlighted_option
        if option is None or option.id is None or not option.id.startswith("mark-"):
            return None
        return int(option.id.removeprefix("mark-"))

    def select_mark(self, mark_id: int) -> None:
        for index in range(self.option_count):
            if self.get_option_at_index(index).id == f"mark-{mark_id}":
                self.highlighted = index
                return
