"""The reader's header: title, the date in Thai and ISO form, the category and the source URL."""

from __future__ import annotations

from contextlib import suppress

from textual.content import Content, Span
from textual.widgets import Static

from briefing.model import Release
from briefing.tui.categories import category_english
from briefing.tui.text import one_line, thai_date, visible


def _title_lines(text: str, spans: list[Span], width: int) -> Content:
    """The title broken into lines of `width` cells between words, never inside a highlighted name (Textual
    folds a Thai title wherever the line ends: ดุซง|ญอ). Between Thai words once PyThaiNLP is loaded (the
    reader's worker loads it; the header is drawn again when the analysis comes), at spaces before."""
    import sys

    from rich.cells import cell_len

    from briefing.tui.layout import BodyLayout, space_breaks, word_breaks_for, wrap_breaks

    if width <= 0 or cell_len(text) <= width:
        return Content(text, spans)
    opportunities = space_breaks(text)
    if "pythainlp.tokenize" in sys.modules:
        with suppress(Exception):  # without the tokeniser the title breaks at spaces only
            opportunities += word_breaks_for(text)
    layout = BodyLayout(text, wrap_breaks(text, opportunities, width, keep=[(s.start, s.end) for s in spans]))
    # The spaces a line ends with are dropped (Textual would fold them onto a line of their own).
    kept: list[str] = []
    where: list[int] = []  # shown offset of each character of layout.text
    lines = layout.text.split("\n")
    for number, line in enumerate(lines):
        stripped = len(line.rstrip()) if number < len(lines) - 1 else len(line)
        for index, char in enumerate(line):
            where.append(len(kept))
            if index < stripped:
                kept.append(char)
        where.append(len(kept))
        if number < len(lines) - 1:
            kept.append("\n")
    shown = "".join(kept)
    return Content(shown, [Span(where[layout.start(s.start)], where[layout.end(s.end)], s.style) for s in spans])


def header_content(
    release: Release, starred: bool = False, title: tuple[str, list[Span]] | None = None, gist: str | None = None,
    width: int = 0,
) -> Content:
    """`title` is the analysed title with its highlight spans and `gist` the English gist, once made;
    the title is broken between words to fit `width` cells (0: as it is)."""
    parts: list[tuple[str, str] | str] = []
    if release.date is not None:
        thai = one_line(release.date_thai) if release.date_thai else thai_date(release.date)
        parts += [(thai, "$text"), ("  ·  ", "$text-muted"), (release.date.isoformat(), "bold $text")]
    else:
        parts += [("undated", "italic $text-muted")]
    if release.category:
        parts += [("  ·  ", "$text-muted"), (category_english(release.category), "$text-accent")]
    if starred:
        parts += [("  ·  ", "$text-muted"), ("* starred", "bold $warning")]
    lines = [
        (
            _title_lines(visible(title[0]).replace("\n", " "), title[1], width).stylize_before("bold $text")
            if title is not None
            else _title_lines(one_line(release.title), [], width).stylize_before("bold $text")
        ),
    ]
    if gist and " ".join(gist.split()) != " ".join(release.title.split()):  # an English release's gist is
        lines.append(Content.styled(one_line(gist), "italic $text"))  # often its title: not twice
    lines.append(Content.assemble(*parts))
    if release.source:
        lines.append(Content.styled(one_line(release.source), "$text-muted"))
    return Content("\n").join(lines)


class ReleaseHeader(Static):
    """Static header that only ever shows Content built from plain strings (never markup)."""

    _shown: tuple[Release, bool, tuple[str, list[Span]] | None, str | None] | None = None

    def show(
        self, release: Release, starred: bool = False, title: tuple[str, list[Span]] | None = None,
        gist: str | None = None,
    ) -> None:
        self._shown = (release, starred, title, gist)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._shown is not None:
            self.update(header_content(*self._shown, width=self.content_region.width))
