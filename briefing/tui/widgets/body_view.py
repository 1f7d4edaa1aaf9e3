"""The release body with highlights, a sentence cursor and (later) marks.

Everything the reader draws over the body is a list of style spans over the plain text: entity and
figure highlights from the Analysis, the cursor sentence, and any extra layers later features add
(issue 5's marks use `set_overlay("marks", ...)`). `body_content` composes them into one `Content`, so the
release text itself is never parsed as markup and offsets from the Analysis index it directly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich._wrap import divide_line
from rich.cells import cell_len
from textual import events
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.geometry import Region, Spacing
from textual.reactive import reactive
from textual.widgets import Static

from briefing.model import Analysis, Field
from briefing.tui.text import visible

HIGHLIGHT_STYLES: dict[str, str] = {
    "person": "bold $briefing-person",
    "organisation": "$briefing-organisation",
    "place": "$briefing-place",
    "figure": "bold $briefing-figure",
    "date": "$briefing-date",
}
"""Theme variables per kind of highlight: themes set the colours in their `[variables]`."""

CURSOR_STYLE = "on $briefing-cursor"


@dataclass(frozen=True, slots=True)
class Layer:
    """Spans drawn over the body, above the highlights and below the cursor."""

    spans: tuple[Span, ...]


def highlight_spans(analysis: Analysis, field: Field = "body") -> list[Span]:
    """Style spans for the people, organisations, places, figures and dates in the body (or title)."""
    spans: list[Span] = []
    for mention in analysis.dates:
        if mention.field == field:
            spans.append(Span(mention.start, mention.end, HIGHLIGHT_STYLES["date"]))
    for entity in [*analysis.entities, *analysis.references]:
        if entity.field == field:
            spans.append(Span(entity.start, entity.end, HIGHLIGHT_STYLES[entity.type]))
    for figure in analysis.figures:
        if figure.field == field:
            spans.append(Span(figure.start, figure.end, HIGHLIGHT_STYLES["figure"]))
    return spans


class ParagraphSpacing:
    """Shows each body line as a paragraph with a blank line after it, mapping offsets across.

    The corpus puts one paragraph per line with no blank lines between; a blank line makes the
    reader readable. Offsets in the Analysis index the body as stored, so spans and the cursor are
    shifted by the number of line breaks before them.
    """

    def __init__(self, text: str) -> None:
        self.source = text
        self.text = text.replace("\n", "\n\n")
        self._breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def offset(self, source_offset: int) -> int:
        return source_offset + bisect_left(self._breaks, source_offset)

    def span(self, span: Span) -> Span:
        return Span(self.offset(span.start), self.offset(span.end), span.style)

    def source_offset(self, offset: int) -> int:
        """The source offset shown at display `offset` (an inserted blank line maps to its break)."""
        return bisect_right(range(len(self.source) + 1), offset, key=self.offset) - 1


def body_content(
    text: str,
    highlights: list[Span],
    layers: list[Layer],
    cursor: tuple[int, int] | None,
) -> Content:
    """The body as Content: visible text, then highlights, layers and the cursor, later ones on top.

    Spans are in offsets of `text`; the Content shows paragraphs spaced (see ParagraphSpacing).
    """
    spacing = ParagraphSpacing(visible(text))
    spans = [*highlights]
    for layer in layers:
        spans.extend(layer.spans)
    if cursor is not None:
        spans.append(Span(cursor[0], cursor[1], CURSOR_STYLE))
    return Content(spacing.text, [spacing.span(span) for span in spans])


def row_of_offset(text: str, offset: int, width: int) -> int:
    """The screen row (0-based) on which character `offset` of `text` lands when shown at `width`."""
    spacing = ParagraphSpacing(text)
    return _row_in_wrapped(spacing.text, spacing.offset(offset), width)


def offset_at(text: str, row: int, column: int, width: int) -> int | None:
    """The source offset of `text` shown at screen `row`, `column` when wrapped at `width`."""
    spacing = ParagraphSpacing(text)
    shown = spacing.text
    current = 0
    position = 0
    for line in shown.split("\n"):
        starts = [0, *(divide_line(line, max(width, 1), fold=True) if line else [])]
        if row < current + len(starts):
            start = starts[row - current]
            end = starts[row - current + 1] if row - current + 1 < len(starts) else len(line)
            cells = 0
            for index in range(start, end):
                cells += cell_len(line[index])
                if cells > column:
                    return spacing.source_offset(position + index)
            return spacing.source_offset(position + max(start, end - 1))
        current += len(starts)
        position += len(line) + 1
    return None


def _row_in_wrapped(text: str, offset: int, width: int) -> int:
    row = 0
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        breaks = divide_line(line, max(width, 1), fold=True) if line else []
        if offset <= end:
            return row + sum(1 for b in breaks if b <= offset - position)
        row += len(breaks) + 1
        position = end + 1
    return row


class BodyText(Static):
    """The body's text; a click moves the sentence cursor to the sentence clicked."""

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        parent = self.parent
        if offset is not None and isinstance(parent, BodyView):
            parent.click_at(offset.y, offset.x)


class BodyView(VerticalScroll, can_focus=True):
    """Scrollable body of one release; owns the sentence cursor and the spans drawn over the text."""

    DEFAULT_CSS = """
    BodyView > #body-text { padding: 0 1; width: 1fr; }
    """

    cursor: reactive[int | None] = reactive(None, init=False)
    """Index into `sentences` of the current sentence, or None before the analysis arrives."""
    show_highlights: reactive[bool] = reactive(True, init=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.body_text = ""
        self.sentences: list[tuple[int, int]] = []
        self.highlights: list[Span] = []
        self.overlays: dict[str, Layer] = {}
        self._text_widget = BodyText(id="body-text")

    def compose(self):  # type: ignore[override]
        yield self._text_widget

    # --- what is shown ---------------------------------------------------------------------------

    def show_text(self, text: str) -> None:
        """Plain body before its analysis exists: no highlights, no cursor."""
        self.body_text = text
        self.sentences = []
        self.highlights = []
        self.overlays.clear()
        self.set_reactive(BodyView.cursor, None)
        self.scroll_home(animate=False)
        self.render_body()

    def show_analysis(self, analysis: Analysis) -> None:
        """The analysed body: its highlights and sentences; the cursor starts at the first sentence."""
        self.body_text = analysis.body
        self.sentences = list(analysis.sentences)
        self.highlights = highlight_spans(analysis)
        self.set_reactive(BodyView.cursor, 0 if self.sentences else None)
        self.render_body()

    def set_overlay(self, name: str, spans: list[Span]) -> None:
        """Add or replace a named layer of spans (marks, search hits ...) and redraw."""
        self.overlays[name] = Layer(tuple(spans))
        self.render_body()

    @property
    def cursor_span(self) -> tuple[int, int] | None:
        if self.cursor is None or not self.sentences:
            return None
        return self.sentences[self.cursor]

    def render_body(self) -> None:
        content = body_content(
            self.body_text,
            self.highlights if self.show_highlights else [],
            list(self.overlays.values()),
            self.cursor_span,
        )
        self._text_widget.update(content)

    def watch_show_highlights(self) -> None:
        self.render_body()

    def watch_cursor(self) -> None:
        self.render_body()
        self.call_after_refresh(self.scroll_to_cursor)

    # --- moving ----------------------------------------------------------------------------------

    def move_cursor(self, step: int) -> None:
        """Move the sentence cursor; without sentences yet, scroll a line instead."""
        if not self.sentences:
            self.scroll_relative(y=step, animate=False)
            return
        current = self.cursor if self.cursor is not None else (-1 if step > 0 else len(self.sentences))
        self.cursor = max(0, min(len(self.sentences) - 1, current + step))

    def click_at(self, row: int, column: int) -> None:
        """Put the cursor on the sentence at this row and column of the text."""
        if not self.sentences:
            return
        offset = offset_at(self.body_text, row, column, self._text_widget.content_region.width)
        if offset is not None:
            self.cursor_to_offset(offset)

    def cursor_to_offset(self, offset: int) -> None:
        """Put the cursor on the sentence holding body offset `offset` (or the next one after it)."""
        for index, (start, end) in enumerate(self.sentences):
            if start <= offset < end or start > offset:
                self.cursor = index
                return

    def scroll_to_cursor(self) -> None:
        """Keep the whole cursor sentence (or at least its start) on screen."""
        span = self.cursor_span
        if span is None:
            return
        text_widget = self._text_widget
        width = text_widget.content_region.width or text_widget.size.width
        if width <= 0:
            return
        top = row_of_offset(self.body_text, span[0], width)
        bottom = row_of_offset(self.body_text, max(span[0], span[1] - 1), width)
        offset_y = text_widget.virtual_region.y + text_widget.styles.padding.top
        height = min(bottom - top + 1, max(self.scrollable_content_region.height - 2, 1))
        self.scroll_to_region(
            Region(0, offset_y + top, 1, height), spacing=Spacing(1, 0, 1, 0), animate=False, force=True
        )
