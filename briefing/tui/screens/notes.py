"""The notes screen (`N` in the list, or the palette): every release with marks, newest first.

Each row gives the date, the Thai title, the English gist, how many marks and the start of the first
note. Enter opens the release in the reader (escape comes back here); `x` exports them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Mark, Release
from briefing.tui.commands import NOTES_ACTIONS, bindings
from briefing.tui.exporting import ExportFlow
from briefing.tui.keys import after_earlier_keys
from briefing.tui.text import one_line
from briefing.tui.widgets.footer import BriefingFooter

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.tui.app import BriefingApp

PREVIEW_CHARS = 90


@dataclass(frozen=True, slots=True)
class NotesRow:
    release: Release
    gist: str | None
    marks: list[Mark]


def notes_rows(store: Store) -> list[NotesRow]:
    """The marked releases with their gists and marks (read in a worker: a store may be large)."""
    # Each marked release's gist by its id: reading every list entry for them took 3 s on the archive's
    # 63,000 releases, with "loading…" on screen, for one marked release.
    return [NotesRow(store.release(release_id), store.gist(release_id)[0] or None, store.marks(release_id))
            for release_id in store.marked_release_ids()]


def preview(marks: list[Mark]) -> str:
    """The first note written, else the first marked passage."""
    note = next((one_line(mark.note) for mark in marks if mark.note.strip()), "")
    text = note or (one_line(marks[0].text) if marks else "")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def row_prompt(row: NotesRow) -> Content:
    release = row.release
    date = release.date.isoformat() if release.date else "undated   "
    count = len(row.marks)
    has_note = any(mark.note.strip() for mark in row.marks)
    lines = [
        Content.assemble((date, "bold $text"), "  ", (plural(count, "mark"), "$accent"),
                         "  ", (one_line(release.title), "$text")),
        Content.styled("            " + one_line(row.gist or "…"), "italic $text-muted"),
        Content.assemble("            ", ("✎ " if has_note else "❝ ", "$accent"), (preview(row.marks), "$text")),
    ]
    return Content("\n").join(lines)


def releases_notes(count: int) -> str:
    """What an export of `count` releases' notes is called in the prompt ("1 release's notes")."""
    return "1 release's notes" if count == 1 else f"{count} releases' notes"


class NotesLoaded(Message):
    def __init__(self, rows: list[NotesRow]) -> None:
        super().__init__()
        self.rows = rows


class NotesScreen(Screen[None]):
    ACTIONS = NOTES_ACTIONS
    BINDINGS = bindings(NOTES_ACTIONS)

    app: BriefingApp  # type: ignore[assignment]

    DEFAULT_CSS = """
    NotesScreen #notes-title { height: 1; padding: 0 1; background: $panel; }
    NotesScreen #notes-list { height: 1fr; border: none; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    NotesScreen #notes-list:focus { border: none; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.release_ids: list[int] = []
        self.export = ExportFlow(self.app)

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("Notes", "bold $accent"), ("  loading…", "$text-muted")), id="notes-title")
        yield OptionList(id="notes-list")
        yield BriefingFooter()

    @property
    def rows_list(self) -> OptionList:
        return self.query_one("#notes-list", OptionList)

    def on_mount(self) -> None:
        self.rows_list.focus()
        self.load()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.load()

    @work(thread=True, exclusive=True, group="notes", exit_on_error=False)
    def load(self) -> None:
        self.post_message(NotesLoaded(notes_rows(self.app.store)))

    @on(NotesLoaded)
    def _loaded(self, message: NotesLoaded) -> None:
        rows_list = self.rows_list
        keep = rows_list.highlighted_option.id if rows_list.highlighted_option is not None else None
        self.release_ids = [row.release.id for row in message.rows if row.release.id is not None]
        marks = sum(len(row.marks) for row in message.rows)
        self.query_one("#notes-title", Static).update(Content.assemble(
            ("Notes", "bold $accent"),
            (f"  ·  {plural(len(message.rows), 'marked release')}, {plural(marks, 'mark')}  ·  x exports them all",
             "$text-muted")))
        if not message.rows:
            rows_list.set_options([Option(Content.styled(
                "No marks yet. In the reader, m marks a sentence and a writes a note on it.", "italic $text-muted"),
                disabled=True)])
            return
        options: list[Option | None] = []
        for row in message.rows:
            if options:
                options.append(None)  # a rule between releases
            options.append(Option(row_prompt(row), id=str(row.release.id)))
        rows_list.set_options(options)
        ids = [rows_list.get_option_at_index(i).id for i in range(rows_list.option_count)]
        rows_list.highlighted = ids.index(keep) if keep in ids else 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.app.open_release(int(event.option.id))

    @property
    def highlighted_id(self) -> int | None:
        option = self.rows_list.highlighted_option
        return int(option.id) if option is not None and option.id is not None else None

    def action_open(self) -> None:
        after_earlier_keys(self, self._open_highlighted)  # Enter is a priority binding

    def _open_highlighted(self) -> None:
        release_id = self.highlighted_id
        if release_id is not None:
            self.app.open_release(release_id)

    def action_cursor(self, step: int) -> None:
        if step > 0:
            self.rows_list.action_cursor_down()
        else:
            self.rows_list.action_cursor_up()

    def action_back(self) -> None:
        self.dismiss()

    def action_export_all(self) -> None:
        self.export.start(self.release_ids, releases_notes(len(self.release_ids)))
