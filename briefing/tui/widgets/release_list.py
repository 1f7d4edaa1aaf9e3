"""The release list: two lines per release (date, category, Thai title; then the English gist).

A virtual list over the store: the whole view (every release, or a search's or filter's results) is
reachable, but only a window of `window` rows around the highlight is held as options. When the
highlight nears either edge of the window, the window moves (the rows are read again from `source`);
g/G and Home/End jump to the ends of the whole view. So 63,000 releases cost the memory of a few hundred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.content import Content, Span
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import ListEntry
from briefing.tui.categories import category_english
from briefing.tui.text import one_line

CATEGORY_WIDTH = 22
NARROW_COLUMNS = 100
"""Below this many columns the gist line starts under the date, not under the title: at 80 columns
the date and category columns left the English gist 40 characters."""
TINY_COLUMNS = 70
"""Below this many columns the category column is left out: at 40 columns the date and category took
the whole line and no row showed a word of its title."""
MATCH_STYLE = "bold reverse $accent"

MIN_WINDOW = 10
"""The window moves by half its size when the highlight is within a tenth of an edge: with fewer rows
the highlight would land near the other edge and the window would move back and forth."""

if TYPE_CHECKING:
    from textual.css.styles import RulesMap

ROW_LINES = 2
"""Lines in every row: the title line and the gist line."""

RowSource = Callable[[int, int], list[ListEntry]]
"""Rows of the view: (offset, limit) -> entries, in view order."""


class RowContent(Content):
    """A row's Content whose height, unwrapped (the list's `text-wrap: nowrap`), is its count of lines.

    OptionList asks every option it holds for its height at its first layout; Content works that out
    by wrapping and measuring each line (Thai text cell by cell): about 0.3 ms a row, 60 ms for a
    window of 200 rows before the first paint, for an answer that is always 2."""

    def get_height(self, rules: RulesMap, width: int) -> int:
        if rules.get("text_wrap", "wrap") == "nowrap":
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)


def entry_prompt(entry: ListEntry, terms: list[str] | None = None, narrow: bool = False,
                 tiny: bool = False) -> Content:
    """Both lines of one row. Read releases are dimmed; unread ones carry a dot; stars show as `*`,
    releases with marks or notes as `❝`.
    Words of the search (`terms`) are highlighted in the title and gist.

    Built as one string with its spans: assembling a dozen Content pieces per row cost 10 ms for the
    200 rows read before the first paint."""
    date = entry.date.isoformat() if entry.date else "          "
    category = "" if tiny else one_line(category_english(entry.category))
    if len(category) > CATEGORY_WIDTH:
        category = category[: CATEGORY_WIDTH - 1] + "…"
    category = "" if tiny else category.ljust(CATEGORY_WIDTH)
    title = one_line(entry.title)
    gist = one_line(entry.gist) if entry.gist else "…"
    flags = ("•" if not entry.read else " ") + ("*" if entry.starred else " ") + ("❝" if entry.marks else " ")
    head = f"{flags}{date}  {category} " if category else f"{flags}{date}  "
    indent = " " * (3 if narrow else len(head) - 1)
    text = f"{head}{title}\n{indent}{gist}"
    spans: list[Span] = []
    if not entry.read:
        spans.append(Span(0, 1, "bold $accent"))
    if entry.starred:
        spans.append(Span(1, 2, "bold $warning"))
    if entry.marks:
        spans.append(Span(2, 3, "bold $accent"))
    spans.append(Span(3, 3 + len(date), "$text"))
    if category:
        spans.append(Span(5 + len(date), 5 + len(date) + len(category), "$text-muted"))
    title_at, gist_at = len(head), len(head) + len(title) + 1 + len(indent)
    pattern = (re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)),
                          re.IGNORECASE) if terms else None)
    for at, part, style in ((title_at, title, "$text" if entry.read else "bold $text"),
                            (gist_at, gist, "italic $text-muted")):
        if part:
            spans.append(Span(at, at + len(part), style))
        if pattern is not None:
            spans.extend(Span(at + match.start(), at + match.end(), MATCH_STYLE)
                         for match in pattern.finditer(part) if match.end() > match.start())
    if entry.read:
        spans.append(Span(0, len(text), "dim"))
    return RowContent(text, spans, strip_control_codes=False)


def _empty_source(offset: int, limit: int) -> list[ListEntry]:
    return []


class ReleaseList(OptionList):
    """OptionList keyed by release id, holding a window of the view; rows rebuilt one at a time when a
    release changes."""

    DEFAULT_CSS = """
    ReleaseList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    class WindowChanged(Message):
        """Other rows are loaded (a new view, or the window moved): their gists may be missing."""

        def __init__(self, release_list: ReleaseList) -> None:
            super().__init__()
            self.release_list = release_list

        @property
        def control(self) -> ReleaseList:
            return self.release_list

    def __init__(self, entries: list[ListEntry] | None = None, *, total: int | None = None,
                 source: RowSource | None = None, window: int = 200, id: str | None = None) -> None:
        entries = entries or []
        self.entries: dict[int, ListEntry] = {entry.id: entry for entry in entries}
        self.source: RowSource = source or _empty_source
        self.total = len(entries) if total is None else total
        """Rows in the whole view."""
        self.start = 0
        """Position in the view of the first loaded row."""
        self.window = max(MIN_WINDOW, window)
        self.terms: list[str] = []
        self._moving = False
        self._shift_due = False
        """A move of the window is asked for (`_shift`), not made yet."""
        self._known: dict[int, int] = {}
        """Positions in the view of releases outside the window that `release_at` read (the reader's
        n/p walk on past it; back in the list, the window moves to where the reader stopped)."""
        self.narrow = False
        """The terminal is narrower than NARROW_COLUMNS: gists start under the date."""
        self.tiny = False
        """The terminal is narrower than TINY_COLUMNS: no category column."""
        super().__init__(*(Option(entry_prompt(entry), id=str(entry.id)) for entry in entries), id=id)

    # --- the view and its window -----------------------------------------------------------------

    def show_view(self, source: RowSource, total: int, terms: list[str] | None = None,
                  highlight_id: int | None = None, first: list[ListEntry] | None = None,
                  position: int | None = None) -> None:
        """Show another view from its top, or at `highlight_id` when it is among its first rows or near
        `position` (where it stood when this view was last shown: escape after a search or a name's
        releases brings back the row the user was on, 3,000 rows down the archive too);
        `first` are its first rows when the caller has read them already."""
        self.source = source
        self.total = total
        self.terms = list(terms or [])
        self._known.clear()
        self._load(0, 0, first)
        if highlight_id is not None:
            if position is not None and 0 <= position < total:
                self._known[highlight_id] = position
            self.highlight_id(highlight_id)

    def refresh_window(self) -> None:
        """Read the loaded rows again (flags or gists changed elsewhere), keeping the highlight."""
        index = self.highlighted or 0
        self._load(self.start, self.start + index)

    def _load(self, start: int, row: int, entries: list[ListEntry] | None = None) -> None:
        """Hold rows [start, start + window) of the view and highlight view row `row`."""
        start = max(0, min(start, max(0, self.total - self.window)))
        if entries is None or start != 0:
            entries = self.source(start, self.window)
        entries = entries[:self.window]
        self._moving = True
        try:
            self.clear_options()
            self.entries = {entry.id: entry for entry in entries}
            self.add_options(Option(entry_prompt(entry, self.terms, self.narrow, self.tiny), id=str(entry.id))
                             for entry in entries)
            self.start = start
            if entries:
                self.highlighted = max(0, min(row - start, len(entries) - 1))
        finally:
            self._moving = False
        self.post_message(self.WindowChanged(self))

    @property
    def position(self) -> int | None:
        """The highlighted row's position in the whole view."""
        return None if self.highlighted is None else self.start + self.highlighted

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Move the window when the highlight comes near its edge (the rest of the view is in the store)."""
        if self._moving or event.option_list is not self or self._shift_due:
            return
        if self._shift_wanted(event.option_index) is not None:
            self._shift_due = True
            self.call_later(self._shift)

    def _shift_wanted(self, index: int) -> int | None:
        """Where the window should start with the highlight at `index`, or None when it may stay."""
        margin = max(1, self.window // 10)
        step = max(1, self.window // 2)
        if index >= self.option_count - margin and self.start + self.option_count < self.total:
            # (a window read short, the first screen's rows, is filled where it is)
            return self.start if self.option_count < self.window else self.start + step
        if index < margin and self.start > 0:
            return self.start - step
        return None

    def _shift(self) -> None:
        """Move the window, from where the highlight is now: keys handled since the move was asked for
        (a held key outrunning the paint) keep their effect instead of the highlight going back to the
        row that asked, and a move asked twice is made once."""
        self._shift_due = False
        if self.highlighted is None:
            return
        start = self._shift_wanted(self.highlighted)
        if start is not None:
            self._load(start, self.start + self.highlighted)

    def action_cursor_down(self) -> None:
        """One row down. At the window's last row (keys outran the move `_shift` makes) the window moves
        first, where OptionList would wrap to the window's top; at the view's last row it stays."""
        if self.highlighted is not None and self.highlighted >= self.option_count - 1:
            start = self._shift_wanted(self.highlighted)
            if start is None:
                return
            self._load(start, self.start + self.highlighted)
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        """One row up; at the window's first row the window moves first, at the view's first it stays."""
        if self.highlighted == 0:
            start = self._shift_wanted(0)
            if start is None:
                return
            self._load(start, self.start)
        super().action_cursor_up()

    def action_first(self) -> None:
        if self.start > 0:
            self._load(0, 0)
        else:
            super().action_first()

    def action_last(self) -> None:
        if self.start + self.option_count < self.total:
            self._load(self.total - self.window, self.total - 1)
        else:
            super().action_last()

    def move_to(self, position: int) -> None:
        """Highlight the row at `position` in the whole view (clamped), moving the window if needed."""
        if not self.total:
            return
        position = max(0, min(position, self.total - 1))
        if self.start <= position < self.start + self.option_count:
            self.highlighted = position - self.start
        else:
            self._load(position - self.window // 2, position)

    # --- rows ------------------------------------------------------------------------------------

    def update_entry(self, entry: ListEntry) -> None:
        if entry.id not in self.entries:
            return
        self.entries[entry.id] = entry
        self.replace_option_prompt(str(entry.id), entry_prompt(entry, self.terms, self.narrow, self.tiny))

    def on_mount(self) -> None:
        self._follow_width()

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        narrow = 0 < self.app.size.width < NARROW_COLUMNS
        tiny = 0 < self.app.size.width < TINY_COLUMNS
        if (narrow, tiny) != (self.narrow, self.tiny):
            self.narrow, self.tiny = narrow, tiny
            for entry in self.entries.values():
                self.replace_option_prompt(str(entry.id), entry_prompt(entry, self.terms, narrow, tiny))

    def rows_on_screen(self) -> range:
        """Indexes of the held rows the list shows now (each row is two lines: `entry_prompt`)."""
        first = int(self.scroll_offset.y) // ROW_LINES
        shown = -(-self.scrollable_content_region.height // ROW_LINES)
        return range(first, min(self.option_count, first + shown + 1))

    @property
    def highlighted_id(self) -> int | None:
        option = self.highlighted_option
        return int(option.id) if option is not None and option.id is not None else None

    def remember(self, release_id: int, position: int) -> None:
        """Where `release_id` stands in the view, read elsewhere: `highlight_id` then finds it beyond the window."""
        if 0 <= position < self.total:
            self._known[release_id] = position

    def highlight_id(self, release_id: int) -> None:
        try:
            self.highlighted = self.get_option_index(str(release_id))
        except OptionDoesNotExist:  # not loaded: moved to when the reader stepped out of the window
            position = self._known.get(release_id)
            if position is not None:
                self._load(position - self.window // 2, position)
                if self.highlighted_id != release_id and release_id in self.entries:
                    # rows came or went above it meanwhile (a fetch): it is still in the window read
                    self.highlighted = self.get_option_index(str(release_id))

    # --- walking the view from the reader --------------------------------------------------------

    def position_of(self, release_id: int) -> int | None:
        """Where `release_id` stands in the whole view, if the list knows (it is loaded, or was read)."""
        if release_id in self.entries:
            return self.start + list(self.entries).index(release_id)
        return self._known.get(release_id)

    def release_at(self, position: int) -> int | None:
        """The release at `position` in the view, read from `source` when it is outside the window."""
        if not 0 <= position < self.total:
            return None
        offset = position - self.start
        if 0 <= offset < len(self.entries):
            return list(self.entries)[offset]
        rows = self.source(position, 1)
        if not rows:
            return None
        self._known[rows[0].id] = position
        return rows[0].id
