"""The release list: two lines per release (date, category, Thai title; then the English gist)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import ListEntry
from briefing.tui.categories import category_english
from briefing.tui.text import one_line

CATEGORY_WIDTH = 22


def entry_prompt(entry: ListEntry) -> Content:
    """Both lines of one row. Read releases are dimmed; unread ones carry a dot; stars show as `*`."""
    date = entry.date.isoformat() if entry.date else "          "
    category = category_english(entry.category)
    if len(category) > CATEGORY_WIDTH:
        category = category[: CATEGORY_WIDTH - 1] + "…"
    category = category.ljust(CATEGORY_WIDTH)
    flag = Content.styled("•", "bold $accent") if not entry.read else Content(" ")
    star = Content.styled("*", "bold $warning") if entry.starred else Content(" ")
    title_style = "$text" if entry.read else "bold $text"
    first = Content.assemble(
        flag, star, " ",
        (date, "$text"), "  ",
        (category, "$text-muted"), " ",
        (one_line(entry.title), title_style),
    )
    gist = one_line(entry.gist) if entry.gist else "…"
    second = Content.assemble(" " * (4 + len(date) + CATEGORY_WIDTH + 1), (gist, "italic $text-muted"))
    row = Content("\n").join([first, second])
    return row.stylize("dim") if entry.read else row


class ReleaseList(OptionList):
    """OptionList keyed by release id; rows are rebuilt one at a time when a release changes."""

    DEFAULT_CSS = """
    ReleaseList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, entries: list[ListEntry] | None = None, *, id: str | None = None) -> None:
        entries = entries or []
        super().__init__(*(Option(entry_prompt(entry), id=str(entry.id)) for entry in entries), id=id)
        self.entries: dict[int, ListEntry] = {entry.id: entry for entry in entries}

    def add_entries(self, entries: list[ListEntry]) -> None:
        new = [entry for entry in entries if entry.id not in self.entries]
        self.entries.update({entry.id: entry for entry in new})
        self.add_options(Option(entry_prompt(entry), id=str(entry.id)) for entry in new)

    def update_entry(self, entry: ListEntry) -> None:
        if entry.id not in self.entries:
            return
        self.entries[entry.id] = entry
        self.replace_option_prompt(str(entry.id), entry_prompt(entry))

    @property
    def highlighted_id(self) -> int | None:
        option = self.highlighted_option
        return int(option.id) if option is not None and option.id is not None else None

    def highlight_id(self, release_id: int) -> None:
        try:
            self.highlighted = self.get_option_index(str(release_id))
        except OptionDoesNotExist:  # not loaded in the list (yet)
            return
