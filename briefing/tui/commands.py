"""One class per command (the oldnews habit): its key binding, palette entry and help line at once.

A screen lists its command classes in `ACTIONS`; `bindings(ACTIONS)` makes its `BINDINGS`, the app's
`get_system_commands` puts the same classes in the command palette, and the help screen prints their
help lines next to the keys actually bound (after the user's `[keys]` remapping).

Binding ids are what users remap in the config, e.g. `[keys]` `next-sentence = "down,j"`: plain
words and hyphens, so they are bare TOML keys.
Later features add a class here and name it in a screen's `ACTIONS`; nothing else needs to change.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType


class Command:
    """A user-facing command: subclasses set the class variables below."""

    id: ClassVar[str]
    """Binding id, stable across versions: the name users remap in `[keys]`."""
    key: ClassVar[str]
    """Default key(s), comma separated, in Textual's key names."""
    action: ClassVar[str]
    """The Textual action run, relative to the screen (or `app.` prefixed)."""
    title: ClassVar[str]
    """Short name for the footer and the palette."""
    help: ClassVar[str]
    """One line for the help screen and the palette."""
    show: ClassVar[bool] = True
    """Whether the footer shows it."""
    priority: ClassVar[bool] = False
    key_display: ClassVar[str | None] = None

    @classmethod
    def binding(cls) -> Binding:
        return Binding(
            cls.key, cls.action, cls.title, show=cls.show, id=cls.id,
            priority=cls.priority, key_display=cls.key_display, tooltip=cls.help,
        )


def bindings(commands: tuple[type[Command], ...]) -> list[BindingType]:
    return [command.binding() for command in commands]


def known_ids() -> set[str]:
    """Every binding id a user may remap: the ids of all command classes defined so far."""
    found: set[str] = set()
    pending = list(Command.__subclasses__())
    while pending:
        command = pending.pop()
        found.add(command.id)
        pending.extend(command.__subclasses__())
    return found


# --- everywhere -----------------------------------------------------------------------------------

class Quit(Command):
    id, key, action, title = "quit", "q", "app.quit", "Quit"
    help = "Leave briefing"


class Help(Command):
    id, key, action, title = "help", "question_mark", "app.help", "Help"
    help = "Show every key binding active here"
    key_display = "?"


class Palette(Command):
    id, key, action, title = "command-palette", "ctrl+p", "app.command_palette", "Commands"
    help = "Open the command palette: every action, and themes"
    show, priority = False, True


class ChangeTheme(Command):
    id, key, action, title = "change-theme", "ctrl+t", "app.change_theme", "Theme"
    help = "Pick a colour theme (saved to the config file)"
    show = False


# --- the release list -----------------------------------------------------------------------------

class OpenRelease(Command):
    id, key, action, title = "open", "enter", "open", "Open"
    help = "Open the highlighted release in the reader"
    priority = True  # ahead of the list widget's own Enter, so the footer shows it


class ListDown(Command):
    id, key, action, title = "list-down", "j", "cursor(1)", "Down"
    help = "Highlight the next release"
    show = False


class ListUp(Command):
    id, key, action, title = "list-up", "k", "cursor(-1)", "Up"
    help = "Highlight the previous release"
    show = False


class ToggleStar(Command):
    id, key, action, title = "star", "asterisk", "toggle_star", "Star"
    help = "Star or unstar the release"
    key_display = "*"


class ToggleRead(Command):
    id, key, action, title = "toggle-read", "r", "toggle_read", "Read/unread"
    help = "Mark the highlighted release read or unread"
    show = False


class RefreshSources(Command):
    id, key, action, title = "refresh", "R", "app.refresh_sources", "Refresh"
    help = "Show releases stored meanwhile and fetch new ones from the [[sources]] of the config"
    show = False  # ? and the palette list it; the list's footer (and its snapshot) stay as they are


class ListTop(Command):
    id, key, action, title = "list-top", "g", "first_row", "Top"
    help = "Go to the first release of the view (also Home)"
    show = False


class ListBottom(Command):
    id, key, action, title = "list-bottom", "G", "last_row", "Bottom"
    help = "Go to the last release of the view, the oldest (also End)"
    show = False


class Search(Command):
    id, key, action, title = "search", "slash", "search", "Search"
    help = ("Search: Thai or English words and names; results replace the list as you type, enter opens the first"
            " (down moves to them), escape restores the list")
    key_display = "/"


class CloseSearch(Command):
    id, key, action, title = "close-search", "escape", "close_search", "Close search"
    help = "Close the search, or leave the filters or a name's releases, bringing back the list as it was before"
    show = False


class Filter(Command):
    id, key, action, title = "filter", "f", "filter", "Filter"
    help = "Add a filter: person:, organisation:, place:, category:, since:, until:, starred, unread, marked"


class ClearFilters(Command):
    id, key, action, title = "clear-filters", "F", "clear_filters", "Clear filters"
    help = "Remove every filter and the search"
    show = False


class OpenEntities(Command):
    id, key, action, title = "entities-screen", "e", "open_entities", "Who"
    help = "Open the entities screen: people and organisations by the number of releases naming them"


class EntityReleases(Command):
    id, key, action, title = "entity-releases", "enter", "select", "Releases"
    help = "List the releases that name the highlighted entity, newest first"
    priority = True


class EntityDown(Command):
    id, key, action, title = "entity-down", "j", "cursor(1)", "Down"
    help = "Highlight the next entity"
    show = False


class EntityUp(Command):
    id, key, action, title = "entity-up", "k", "cursor(-1)", "Up"
    help = "Highlight the previous entity"
    show = False


class EntityKind(Command):
    id, key, action, title = "entity-kind", "t", "cycle_kind", "People/orgs/places"
    help = "Show people and organisations, then people, organisations or places only"


# --- the reader -----------------------------------------------------------------------------------

class Back(Command):
    id, key, action, title = "back", "escape", "back", "Back"
    help = "Back to the release list"


class CloseNotes(Back):
    """Escape on the notes screen: it goes back to the screen `N` was pressed on."""

    help = "Close the notes screen: back to the list or the release it was opened from"


class NextSentence(Command):
    id, key, action, title = "next-sentence", "j", "move_sentence(1)", "Next sentence"
    help = "Move the sentence cursor down"
    show = False


class PreviousSentence(Command):
    id, key, action, title = "previous-sentence", "k", "move_sentence(-1)", "Previous sentence"
    help = "Move the sentence cursor up"
    show = False


class NextRelease(Command):
    id, key, action, title = "next-release", "n", "step_release(1)", "Next"
    help = "Open the next release in the list"


class PreviousRelease(Command):
    id, key, action, title = "previous-release", "p", "step_release(-1)", "Previous"
    help = "Open the previous release in the list"
    show = False  # the reader's footer is full; n is shown, ? and the palette list p


class MarkViewRead(Command):
    id, key, action, title = "mark-view-read", "A", "mark_view_read", "All read"
    help = "Mark every release in this view (the whole list, or the search and filters) read; u undoes"
    show = False


class UndoRead(Command):
    id, key, action, title = "undo-read", "u", "undo_read", "Undo read"
    help = "Undo the last read/unread change made in the list (r or A)"
    show = False


class NextUnread(Command):
    id, key, action, title = "next-unread", "U", "next_unread", "Next unread"
    help = "Open the next unread release (after the oldest, the newest unread)"
    show = False


class ToggleReadHere(ToggleRead):
    """`r` in the reader: undo the mark-read that opening the release did."""

    help = "Mark this release unread again (opening it marked it read), or read"


class ToggleHighlights(Command):
    id, key, action, title = "highlights", "h", "toggle_highlights", "Highlights"
    help = "Show or hide the colours for people, organisations, places and figures"
    show = False


class ToggleEntities(Command):
    id, key, action, title = "entities", "i", "toggle_entities", "Entities"
    help = "Show or hide the side panel of names and figures in English"


class SwitchPane(Command):
    id, key, action, title = "switch-pane", "tab", "app.focus_next", "Switch pane"
    help = "Move the focus between the body and the side panel"
    show = False


class ReleasesNaming(Command):
    id, key, action, title = "releases-naming", "w", "releases_naming", "Where else"
    help = "List every release naming the person, organisation or place highlighted in the side panel"
    show = False


class ToggleSummary(Command):
    id, key, action, title = "summary", "s", "toggle_summary", "Summary"
    help = "Show or hide the English brief of this release (offline or LLM)"


class CopySummary(Command):
    id, key, action, title = "copy-summary", "c", "copy_summary", "Copy brief"
    help = "Copy the English gist and brief to the clipboard"
    show = False


class OpenSource(Command):
    id, key, action, title = "open-source", "o", "open_source", "Open in browser"
    help = "Open the release's source page in the web browser"
    show = False


class CopyUrl(Command):
    id, key, action, title = "copy-url", "y", "copy_url", "Copy URL"
    help = "Copy the address of the release's source page to the clipboard"
    show = False


# --- marks and notes (issue 5) --------------------------------------------------------------------

class ToggleMark(Command):
    id, key, action, title = "mark", "m", "toggle_mark", "Mark"
    help = "Mark the sentence under the cursor (or the v range); again removes it"


class StartRange(Command):
    id, key, action, title = "mark-range", "v", "start_range", "Range"
    help = "Start a range of sentences: j/k extend it, m marks it, escape cancels"
    show = False


class CycleLabel(Command):
    id, key, action, title = "mark-label", "l", "cycle_label", "Label"
    help = "Give the mark under the cursor the next label from [marks] labels"
    show = False


class EditNote(Command):
    id, key, action, title = "note", "a", "edit_note", "Note"
    help = "Write a note on the mark under the cursor (marks the sentence if none)"


class DeleteMark(Command):
    id, key, action, title = "delete-mark", "d", "delete_mark", "Delete mark"
    help = "Delete the mark under the cursor (or highlighted in the marks panel)"
    show = False


class UndoMark(Command):
    id, key, action, title = "undo-mark", "u", "undo_mark", "Undo"
    help = "Bring back the last mark deleted"
    show = False


class RenderMark(Command):
    id, key, action, title = "mark-english", "e", "render_mark", "English"
    help = "The mark under the cursor in English (asks the configured LLM; offline: its names and figures)"
    show = False


class ToggleMarksPanel(Command):
    id, key, action, title = "marks-panel", "M", "toggle_marks_panel", "Marks"
    help = "Show or hide the marks panel: marks and notes; Enter jumps to one"
    show = False  # the reader's footer is full; ? and the palette list it


class ExportRelease(Command):
    id, key, action, title = "export", "x", "export_release", "Export"
    help = "Export this release's brief, marks and notes to Markdown"


class OpenNotes(Command):
    id, key, action, title = "notes", "N", "app.open_notes", "Notes"
    help = "Open the notes screen: every release with marks, and export them all"


class OpenNotesQuietly(OpenNotes):
    """The same command in the reader, left out of its crowded footer."""

    show = False


class ExportAll(Command):
    id, key, action, title = "export-all", "x", "export_all", "Export all"
    help = "Export the notes of every marked release to Markdown"


class SaveNote(Command):
    id, key, action, title = "save-note", "ctrl+s", "save", "Save"
    help = "Save the note"
    priority = True


class Cancel(Command):
    id, key, action, title = "cancel", "escape", "cancel", "Cancel"
    help = "Close without saving (asks first if text was typed)"


class ConfirmYes(Command):
    id, key, action, title = "yes", "y", "yes", "Yes"
    help = "Answer yes"


class ConfirmNo(Command):
    id, key, action, title = "no", "n,escape", "no", "No"
    help = "Answer no"


MARK_ACTIONS: tuple[type[Command], ...] = (
    ToggleMark, StartRange, CycleLabel, EditNote, DeleteMark, UndoMark, RenderMark, ToggleMarksPanel, ExportRelease,
    OpenNotesQuietly,
)
NOTES_ACTIONS: tuple[type[Command], ...] = (CloseNotes, OpenRelease, ListDown, ListUp, ExportAll)
NOTE_ACTIONS: tuple[type[Command], ...] = (SaveNote, Cancel)
PROMPT_ACTIONS: tuple[type[Command], ...] = (Cancel,)
CONFIRM_ACTIONS: tuple[type[Command], ...] = (ConfirmYes, ConfirmNo)


APP_ACTIONS: tuple[type[Command], ...] = (Quit, Help, Palette, ChangeTheme)
LIST_ACTIONS: tuple[type[Command], ...] = (
    OpenRelease, ListDown, ListUp, ListTop, ListBottom, ToggleStar, ToggleRead, MarkViewRead, UndoRead, NextUnread,
    Search, CloseSearch, Filter,
    ClearFilters, OpenEntities, OpenNotes, RefreshSources,
)
ENTITIES_ACTIONS: tuple[type[Command], ...] = (Back, EntityReleases, EntityDown, EntityUp, EntityKind)
READER_ACTIONS: tuple[type[Command], ...] = (
    Back, NextSentence, PreviousSentence, NextRelease, PreviousRelease, NextUnread, ToggleReadHere,
    ToggleHighlights,
    ToggleEntities, ToggleStar, SwitchPane, ReleasesNaming, ToggleSummary, CopySummary, OpenSource, CopyUrl,
    *MARK_ACTIONS,
)
SCREEN_ACTIONS: dict[str, tuple[type[Command], ...]] = {
    "list": (*LIST_ACTIONS, *APP_ACTIONS),
    "reader": (*READER_ACTIONS, *APP_ACTIONS),
    "notes screen": (*NOTES_ACTIONS, *APP_ACTIONS),
    "note editor": NOTE_ACTIONS,
    "confirmation": CONFIRM_ACTIONS,
}
"""Where a key must name one command: each screen's commands with the app's."""


MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def _named_keys() -> frozenset[str]:
    from textual.keys import Keys

    names = {key.value.split("+")[-1] for key in Keys}
    return frozenset(name for name in names if len(name) > 1 and not name.startswith("<"))


def key_problem(key: str) -> str | None:
    """Why `key` (one Textual key name, e.g. "ctrl+q", "question_mark", "j") cannot be bound, or None.

    The last part must be one character, a named key (escape, pageup, f5 ...) or the name of a
    printable ASCII character (question_mark, asterisk); anything before it a modifier.
    """
    from textual.keys import key_to_character

    if not key:
        return "an empty key name"
    *modifiers, base = key.split("+")
    unknown = [modifier for modifier in modifiers if modifier not in MODIFIERS]
    if unknown:
        return f"{unknown[0]!r} is not a modifier (ctrl, shift, alt, meta, super, hyper)"
    if len(base) == 1 and base.isprintable() and not base.isspace():
        return None
    if base in _named_keys():
        return None
    character = key_to_character(base)
    if character is not None and len(character) == 1 and character.isascii() and character.isprintable():
        return None
    return f"{base!r} is not a key name (examples: j, ctrl+q, escape, f5, question_mark)"


def check_keymap(keys: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The `[keys]` remaps that can be used, and one line per one that cannot, naming the key.

    A remap is refused (its command keeps its default keys) when a key is not a valid key name, or
    when it takes a key another command on the same screen has (`star = "j"` would take j from
    moving down in the reader). Ids that no command has are reported too.
    """
    problems: list[str] = []
    usable: dict[str, str] = {}
    known = known_ids()
    for binding_id, value in keys.items():
        if binding_id not in known:
            problems.append(f"[keys] has no binding {binding_id!r}; press ? to see the ids")
            continue
        for key in (part.strip() for part in value.split(",")):
            problem = key_problem(key)
            if problem is not None:
                problems.append(f"[keys] {binding_id} = {value!r}: {problem}; {binding_id} keeps its default keys")
                break
        else:
            usable[binding_id] = ",".join(part.strip() for part in value.split(","))
    for where, commands in SCREEN_ACTIONS.items():
        owners: dict[str, str] = {}
        for command in commands:
            remapped = command.id in usable
            for key in (usable.get(command.id) or command.key).split(","):
                key = _normal(key)
                other = owners.get(key)
                if other is not None and other != command.id and command.id in usable:
                    problems.append(f"[keys] {command.id} = {usable[command.id]!r}: {key!r} is already "
                                    f"{other} in the {where}; {command.id} keeps its default keys")
                    del usable[command.id]
                    break
                if other is not None and other != command.id and other in usable and not remapped:
                    problems.append(f"[keys] {other} = {usable[other]!r}: {key!r} is already "
                                    f"{command.id} in the {where}; {other} keeps its default keys")
                    del usable[other]
                owners.setdefault(key, command.id)
    return usable, problems


def _normal(key: str) -> str:
    from textual.keys import _character_to_key

    key = key.strip()
    return _character_to_key(key) if len(key) == 1 else key


def markdown_table() -> str:
    """The default key bindings as a Markdown table, for the README (`python -m briefing.tui.commands`)."""
    rows = ["| Where | Key | Binding id | What it does |", "|---|---|---|---|"]
    for where, commands in (("everywhere", APP_ACTIONS), ("list", LIST_ACTIONS), ("reader", READER_ACTIONS),
                            ("notes", NOTES_ACTIONS), ("note editor", NOTE_ACTIONS), ("entities", ENTITIES_ACTIONS)):
        for command in commands:
            key = command.key_display or command.key
            rows.append(f"| {where} | `{key}` | `{command.id}` | {command.help} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
