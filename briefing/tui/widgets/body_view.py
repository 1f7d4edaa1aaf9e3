"""The release body with highlights, a sentence cursor and (later) marks.

Everything the reader draws over the body is a list of style spans over the body as stored:
entity and figure highlights from the Analysis, the cursor sentence, and any overlays later features
add (issue 5's marks: `set_overlay("marks", spans)`). `body_content` composes them into one `Content`
laid out by `briefing.tui.layout` (paragraphs spaced, lines broken between Thai words), so the release
text is never parsed as markup and offsets from the Analysis index it directly.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from textual import events
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content, Span
from textual.geometry import Region, Spacing
from textual.reactive import reactive
from textual.strip import Strip
from textual.visual import Visual
from textual.widgets import Static

from briefing.model import Analysis, Field
from briefing.tui.layout import BodyLayout, space_breaks, wrap_breaks
from briefing.tui.passages import passages
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

GUTTER_MARK = "┃"
"""Drawn in the gutter left of the body beside every line of a mark: seen even under the cursor."""
GUTTER_STYLE = "bold $accent"


def gutter_content(layout: BodyLayout, spans: list[Span]) -> Content:
    """One cell per shown line: GUTTER_MARK (over the span's style) beside lines holding a span."""
    rows: dict[int, str] = {}
    for span in spans:
        for row in range(layout.row(span.start), layout.row(max(span.start, span.end - 1)) + 1):
            rows.setdefault(row, span.style if isinstance(span.style, str) else "")
    lines = [Content.styled(GUTTER_MARK, f"{GUTTER_STYLE} {rows[row]}") if row in rows else Content(" ")
             for row in range(layout.rows)]
    return Content("\n").join(lines)


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


def body_content(
    layout: BodyLayout,
    highlights: list[Span],
    layers: list[Layer],
    cursor: tuple[int, int] | None,
) -> Content:
    """The body as Content: highlights, then layers, then the cursor (later ones on top).

    Spans are in offsets of the stored body; the layout maps them onto the shown text.
    """
    spans = [*highlights]
    for layer in layers:
        spans.extend(layer.spans)
    if cursor is not None:
        spans.append(Span(cursor[0], cursor[1], CURSOR_STYLE))
    return Content(layout.text, [Span(layout.start(s.start), layout.end(s.end), s.style) for s in spans])


class BodyText(Static):
    """The body's text; a click moves the sentence cursor to the sentence clicked.

    It draws only the lines asked for (those on screen): a Static renders its whole text on every
    change, and the lines here are already broken to the width (`BodyLayout`), so a line of the text
    is a line of the screen. A Cabinet summary of 240,000 characters took seconds a key to move the
    cursor when the whole body was wrapped again each time.
    """

    _lines: tuple[Visual | None, list[tuple[int, int]], list[list[Span]]] = (None, [], [])

    def _line_index(self, visual: Content) -> tuple[list[tuple[int, int]], list[list[Span]]]:
        """Where each line of the shown text starts and ends, and the spans over it in their order
        (remade when the text or its styles change: once a key, not once a line drawn)."""
        if self._lines[0] is not visual:
            bounds: list[tuple[int, int]] = []
            starts: list[int] = []
            start = 0
            for line in visual.plain.split("\n"):
                bounds.append((start, start + len(line)))
                starts.append(start)
                start += len(line) + 1
            spans: list[list[Span]] = [[] for _ in bounds]
            for span in visual.spans:
                if span.end <= span.start:
                    continue
                first = bisect_right(starts, span.start) - 1
                last = bisect_right(starts, span.end - 1) - 1
                for row in range(max(first, 0), last + 1):
                    spans[row].append(span)
            self._lines = (visual, bounds, spans)
        return self._lines[1], self._lines[2]

    def render_line(self, y: int) -> Strip:
        visual = self.visual
        if not isinstance(visual, Content) or self.text_selection is not None:
            return super().render_line(y)  # a mouse selection is drawn over the whole text
        bounds, spans = self._line_index(visual)
        width = self.size.width
        if y >= len(bounds) or width <= 0:
            return Strip.blank(width, self.visual_style.rich_style)
        start, end = bounds[y]
        clipped = [(max(span.start, start) - start, min(span.end, end) - start, span.style) for span in spans[y]]
        line = Content(visual.plain[start:end], [Span(*piece) for piece in clipped if piece[0] < piece[1]])
        strips = Visual.to_strips(self, line, width, 1, self.visual_style, apply_selection=False)
        if not strips:
            return Strip.blank(width, self.visual_style.rich_style)
        return strips[0].apply_offsets(0, y)  # where a mouse selection starts: this line, not the first

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        for ancestor in self.ancestors:
            if isinstance(ancestor, BodyView):
                ancestor.click_at(offset.y, offset.x)
                return


class BodyView(VerticalScroll, can_focus=True):
    """Scrollable body of one release; owns the sentence cursor and the spans drawn over the text."""

    DEFAULT_CSS = """
    BodyView > #body-row { height: auto; width: 1fr; }
    BodyView #body-gutter { width: 1; height: auto; }
    BodyView #body-text { padding: 0 1 0 0; width: 1fr; }
    """

    cursor: reactive[int | None] = reactive(None, init=False)
    """Index into `sentences` of the current sentence, or None before the analysis arrives."""
    show_highlights: reactive[bool] = reactive(True, init=False)
    range_start: reactive[int | None] = reactive(None, init=False)
    """Where a range of sentences starts (issue 5's `v`); the range runs to the cursor."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.body_text = ""
        self.sentences: list[tuple[int, int]] = []
        self.highlights: list[Span] = []
        self.overlays: dict[str, Layer] = {}
        self.gutter_spans: list[Span] = []
        """Spans whose lines get a sign in the gutter (the marks), in body offsets."""
        self._gutter_widget = Static(id="body-gutter")
        self.word_breaks: list[int] = []
        """Where lines may break besides after spaces (Thai word boundaries, from the worker)."""
        self._text_widget = BodyText(id="body-text")
        self._layout: tuple[tuple[str, int, int, tuple[tuple[int, int], ...]], BodyLayout] | None = None
        self._early_steps = 0
        """j/k pressed before the analysis gave the sentences: the cursor starts that many sentences on."""

    def compose(self):  # type: ignore[override]
        with Horizontal(id="body-row"):
            yield self._gutter_widget
            yield self._text_widget

    # --- what is shown ---------------------------------------------------------------------------

    def show_text(self, text: str) -> None:
        """Plain body before its analysis exists: no highlights, no cursor."""
        self.body_text = visible(text)
        self.sentences = []
        self.highlights = []
        self.word_breaks = []
        self.overlays.clear()
        self.gutter_spans = []
        self.set_reactive(BodyView.cursor, None)
        self.set_reactive(BodyView.range_start, None)
        self._early_steps = 0
        self.scroll_home(animate=False)
        self.render_body()

    def show_word_breaks(self, body: str, word_breaks: list[int]) -> None:
        """Where the plain body (before its analysis) may break between Thai words: laid out again."""
        if visible(body) == self.body_text and not self.sentences:
            self.word_breaks = list(word_breaks)
            self.render_body()

    def show_analysis(self, analysis: Analysis, word_breaks: list[int] | None = None) -> None:
        """The analysed body: its highlights and sentences; the cursor starts at the first sentence."""
        self.body_text = visible(analysis.body)
        self.sentences = passages(analysis)  # a long unpunctuated sentence in readable passages
        self.highlights = highlight_spans(analysis)
        self.word_breaks = list(word_breaks or [])
        first = max(0, min(self._early_steps, len(self.sentences) - 1))
        self._early_steps = 0
        self.set_reactive(BodyView.cursor, first if self.sentences else None)
        self.set_reactive(BodyView.range_start, None)
        self.render_body()
        if first:
            self.call_after_refresh(self.scroll_to_cursor)

    def set_overlay(self, name: str, spans: list[Span]) -> None:
        """Add or replace a named layer of spans (marks, search hits ...) and redraw."""
        self.overlays[name] = Layer(tuple(spans))
        self.render_body()

    def set_gutter(self, spans: list[Span]) -> None:
        """Replace the spans marked in the gutter and redraw it."""
        self.gutter_spans = list(spans)
        self._render_gutter()

    def _render_gutter(self) -> None:
        self._gutter_widget.update(gutter_content(self.body_layout, self.gutter_spans) if self.text_width > 0 else "")

    @property
    def gutter_rows(self) -> list[int]:
        """The shown lines that have a sign in the gutter (for tests and screen readers)."""
        if self.text_width <= 0:
            return []
        plain = gutter_content(self.body_layout, self.gutter_spans).plain.split("\n")
        return [row for row, cell in enumerate(plain) if cell == GUTTER_MARK]

    @property
    def cursor_span(self) -> tuple[int, int] | None:
        """Body offsets of the current sentence, or of the range from `range_start` to the cursor."""
        if self.cursor is None or not self.sentences:
            return None
        if self.range_start is None:
            return self.sentences[self.cursor]
        first, last = sorted((self.range_start, self.cursor))
        return self.sentences[first][0], self.sentences[last][1]

    @property
    def text_width(self) -> int:
        return self._text_widget.content_region.width

    @property
    def body_layout(self) -> BodyLayout:
        """The body laid out for the current width (remade when the text, breaks or width change)."""
        keep = tuple((span.start, span.end) for span in self.highlights)  # names are never cut
        key = (self.body_text, len(self.word_breaks), self.text_width, keep)
        if self._layout is None or self._layout[0] != key:
            breaks = wrap_breaks(
                self.body_text,
                [*space_breaks(self.body_text), *self.word_breaks],
                self.text_width,
                keep=keep,
            )
            self._layout = (key, BodyLayout(self.body_text, breaks))
        return self._layout[1]

    def render_body(self, layout: bool = True) -> None:
        """Redraw the text; `layout=False` when only styles changed (the cursor), not the lines."""
        content = body_content(
            self.body_layout,
            self.highlights if self.show_highlights else [],
            list(self.overlays.values()),
            self.cursor_span,
        )
        self._text_widget.update(content, layout=layout)
        if layout:
            self._render_gutter()

    def on_resize(self) -> None:
        self.render_body()
        self.call_after_refresh(self.scroll_to_cursor)

    def watch_show_highlights(self) -> None:
        self.render_body()

    def watch_range_start(self) -> None:
        self.render_body(layout=False)

    def watch_cursor(self) -> None:
        self.render_body(layout=False)  # the lines stay as they were: no layout of the screen again
        self.call_after_refresh(self.scroll_to_cursor)

    # --- moving ----------------------------------------------------------------------------------

    def move_cursor(self, step: int) -> None:
        """Move the sentence cursor; without sentences yet, scroll a line instead."""
        if not self.sentences:
            # Until the analysis arrives (a second on a release not analysed yet) j/k scroll, and
            # count: the cursor then starts where they led, instead of the keys being lost.
            self._early_steps = max(0, self._early_steps + step)
            self.scroll_relative(y=step, animate=False)
            return
        current = self.cursor if self.cursor is not None else (-1 if step > 0 else len(self.sentences))
        in_view = self.sentences_in_view()
        if in_view and current not in in_view:
            # The reader scrolled away (mouse wheel, page keys): start from what is on screen.
            self.cursor = in_view[0] if step > 0 else in_view[-1]
            return
        self.cursor = max(0, min(len(self.sentences) - 1, current + step))

    def sentences_in_view(self) -> list[int]:
        """Indexes of the sentences that start on screen now."""
        if self.text_width <= 0:
            return []
        layout = self.body_layout
        top = round(self.scroll_y) - self._text_widget.virtual_region.y - self._text_widget.styles.padding.top
        bottom = top + self.scrollable_content_region.height
        return [i for i, (start, _end) in enumerate(self.sentences) if top <= layout.row(start) < bottom]

    def click_at(self, row: int, column: int) -> None:
        """Put the cursor on the sentence at this row and column of the text."""
        if not self.sentences:
            return
        offset = self.body_layout.offset_at(row, column)
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
        if span is None or self.text_width <= 0:
            return
        layout = self.body_layout
        top = layout.row(span[0])
        bottom = layout.row(max(span[0], span[1] - 1))
        offset_y = self._text_widget.virtual_region.y + self._text_widget.styles.padding.top
        height = min(bottom - top + 1, max(self.scrollable_content_region.height - 2, 1))
        self.scroll_to_region(
            Region(0, offset_y + top, 1, height), spacing=Spacing(1, 0, 1, 0), animate=False, force=True
        )
