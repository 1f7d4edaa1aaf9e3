"""How the reader lays out a body: paragraphs spaced, lines broken between Thai words.

Thai writes no spaces between words, and a terminal wraps only at spaces, so a long Thai run would
be folded mid-word. The reader breaks lines itself: at word boundaries (from PyThaiNLP's tokeniser,
computed in the analysis worker), never inside a highlighted name or figure, and after spaces. It
does so by inserting line breaks into the shown text; every offset from the Analysis is mapped
across, so highlights, the cursor and (later) marks stay on the same characters.

Pure functions over strings (no Textual), so the mapping is easy to test.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

from rich.cells import cell_len

_AFTER_SPACE = re.compile(r"(?<=\s)(?=\S)")


def space_breaks(text: str) -> list[int]:
    """Break opportunities where a terminal would wrap anyway: where text resumes after spaces."""
    return [m.start() for m in _AFTER_SPACE.finditer(text)]


def word_breaks(tokens: Iterable[str]) -> list[int]:
    """Offsets between consecutive tokens (the tokens joined must be the text)."""
    offsets: list[int] = []
    position = 0
    for token in tokens:
        position += len(token)
        offsets.append(position)
    return offsets[:-1]


def wrap_breaks(
    text: str, opportunities: list[int], width: int, keep: Iterable[tuple[int, int]] = ()
) -> list[int]:
    """Offsets where lines of `text` must break to fit `width` cells, paragraph by paragraph.

    Breaks fall at `opportunities` (not inside a `keep` span); a kept span wider than the line is broken
    between its own words (a committee's name of 70 letters in a 50-cell column), and a piece with no
    opportunity left is folded between characters (never before a zero-width combining mark).
    """
    if width <= 0:
        return []
    inside = {offset for start, end in keep for offset in range(start + 1, end)}
    every = sorted({o for o in opportunities if 0 < o < len(text)})
    allowed = [o for o in every if o not in inside]
    breaks: list[int] = []

    def fold_words(piece_start: int, piece_end: int, cells: int) -> int:  # a kept span wider than the line
        words = every[bisect_right(every, piece_start):bisect_left(every, piece_end)]
        return _fit(text, [piece_start, *words, piece_end], width, cells, breaks,
                    lambda a, b, c: _fold(text, a, b, width, c, breaks))

    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        cuts = [start, *allowed[bisect_right(allowed, start):bisect_left(allowed, end)], end]
        _fit(text, cuts, width, 0, breaks, fold_words)
        start = end + 1
    return breaks


def _fit(text: str, cuts: list[int], width: int, cells: int, breaks: list[int],
         too_wide: Callable[[int, int, int], int]) -> int:
    """Lay the pieces between `cuts` on lines of `width` cells from `cells` used, adding a break before a piece that
    does not fit; a piece wider than a whole line goes to `too_wide` (start, end, cells used) -> cells used."""
    for start, end in pairwise(cuts):
        piece = text[start:end]
        trimmed = cell_len(piece.rstrip())
        if cells and cells + trimmed > width:
            breaks.append(start)
            cells = 0
        if trimmed > width:
            cells = too_wide(start, end, cells)
        else:
            cells += cell_len(piece)
    return cells


def _fold(text: str, start: int, end: int, width: int, cells: int, breaks: list[int]) -> int:
    for index in range(start, end):
        size = cell_len(text[index])
        if size and cells + size > width and cells:
            breaks.append(index)
            cells = 0
        cells += size
    return cells


class BodyLayout:
    """The shown text of a body and the offset mapping between it and the body as stored."""

    def __init__(self, source: str, breaks: list[int]) -> None:
        self.source = source
        paragraphs = [i for i, ch in enumerate(source) if ch == "\n"]
        # A line break is inserted before each wrap point, and before each newline (a blank line
        # between paragraphs): the corpus puts one paragraph per line with none between.
        self._inserts = sorted([*breaks, *paragraphs])
        pieces: list[str] = []
        previous = 0
        for offset in self._inserts:
            pieces.append(source[previous:offset])
            pieces.append("\n")
            previous = offset
        pieces.append(source[previous:])
        self.text = "".join(pieces)
        self._newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]
        self._shown_inserts = [offset + i for i, offset in enumerate(self._inserts)]

    def start(self, offset: int) -> int:
        """Where source `offset` is shown, as the start of a span (after a break inserted there)."""
        return offset + bisect_right(self._inserts, offset)

    def end(self, offset: int) -> int:
        """Where source `offset` is shown, as the (exclusive) end of a span."""
        return offset + bisect_left(self._inserts, offset)

    def row(self, offset: int) -> int:
        """The screen row (0-based) of the line showing source `offset`."""
        return bisect_left(self._newlines, self.start(offset))

    @property
    def rows(self) -> int:
        return len(self._newlines) + 1

    def offset_at(self, row: int, column: int) -> int | None:
        """The source offset shown at `row`, `column`, or None past the end or on a blank line."""
        if row < 0 or row > len(self._newlines):
            return None
        line_start = self._newlines[row - 1] + 1 if row else 0
        line_end = self._newlines[row] if row < len(self._newlines) else len(self.text)
        if line_start == line_end:
            return None
        cells = 0
        shown = line_end - 1
        for index in range(line_start, line_end):
            cells += cell_len(self.text[index])
            if cells > column:
                shown = index
                break
        return self._source(shown)

    def _source(self, shown: int) -> int:
        """The source offset of the character at shown offset `shown` (not an inserted break)."""
        return shown - bisect_left(self._shown_inserts, shown)


def word_breaks_for(text: str) -> list[int]:
    """Offsets between Thai words (PyThaiNLP newmm), where the reader may break a line. Slow on a long
    text: call it in a worker. Only between two Thai letters or beside a space: newmm also cuts figures and
    Latin words ('4', '+000' of the road's kilometre 4+000; 'โควิด', '-', '19'), where no one breaks a line."""
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    if "".join(tokens) != text:
        return []
    return [o for o in word_breaks(tokens) if _THAI.match(text, o - 1) and _THAI.match(text, o)
            or text[o - 1].isspace() or text[o].isspace()]


_THAI = re.compile(r"[\u0e00-\u0e7f]")


@lru_cache(maxsize=4096)
def _breaks(text: str) -> tuple[int, ...]:
    opportunities = space_breaks(text)
    if _THAI.search(text):
        try:
            thai = word_breaks_for(text)
        except Exception:  # noqa: BLE001 - without the tokeniser, lines break at spaces only
            thai = []
        opportunities += thai
    return tuple(sorted(set(opportunities)))


def wrap_words(text: str, width: int, indent: int = 0, spaces_first: bool = False) -> str:
    """`text` (one paragraph) with line breaks between words, Thai words included, so every line fits
    `width` cells; lines after the first start with `indent` spaces. For the side panels, whose text
    Textual would otherwise fold in the middle of a Thai word. Only the shown text changes.
    `spaces_first`: break only at spaces, and between Thai words only inside a piece too wide for a line
    (names: newmm cuts an unknown family name such as เหล่าธรรมทัศน์ into three "words").
    `width` <= indent (not laid out yet): the text as it is."""
    if width - indent <= 0 or cell_len(text) <= width:
        return text
    opportunities = list(_breaks(text))
    if spaces_first:
        spaces = [0, *space_breaks(text), len(text)]
        wide = [(start, end) for start, end in pairwise(spaces) if cell_len(text[start:end].rstrip()) > width - indent]
        opportunities = [o for o in opportunities if o in spaces or any(start < o < end for start, end in wide)]
    cuts = wrap_breaks(text, opportunities, width - indent)
    pieces = [text[start:end].rstrip() for start, end in pairwise([0, *cuts, len(text)])]
    return ("\n" + " " * indent).join(pieces)
