"""The release list: every stored release, newest first, or a search's or filters' results.

The list is a virtual list over the store (widgets/release_list.py): the header counts the releases in
the view, `/` searches as you type (debounced; escape restores the list as it was), `f` adds a filter
shown as a chip, `e` opens the entities screen. Gists of the rows held are made by a background
worker through the core pipeline, which owns when a gist is stale (`Pipeline.fill_gists`), and hands
the making to the app's gist maker process (`briefing.tui.background.GistMaker`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Footer, OptionList, Static
from textual.worker import get_current_worker

from briefing.model import ListEntry
from briefing.tui.commands import LIST_ACTIONS, bindings
from briefing.tui.keys import after_earlier_keys
from briefing.tui.messages import GistReady
from briefing.tui.widgets.release_list import TINY_COLUMNS, ReleaseList
from briefing.view import View

if TYPE_CHECKING:
    from textual.widgets import Input

    from briefing.search import Results
    from briefing.store import Store
    from briefing.tui.app import BriefingApp

EMPTY = Content.assemble(
    ("No releases in the store yet.", "bold"),
    ("  Import some with  ", "$text-muted"),
    ("briefing import PATH", "bold $accent"),
    ("  (files, folders or .tar.xz archives of the thaigov corpus).", "$text-muted"),
)
NOTHING_MATCHES = Content.styled("No release matches this search or these filters. Escape or F brings back "
                                 "the whole list.", "$text-muted")

PAGE = 200
"""Rows the list holds at a time (its window over the view); the rest is read as the highlight moves."""
FIRST_ROWS = 24
"""Rows read before the first paint, at least (more on a tall terminal: half its height and a few)."""
SEARCH_DELAY = 0.25
"""Seconds of no typing before the search runs."""
SUGGEST_DELAY = 0.15
"""Seconds of no typing before the filter prompt looks up a completion."""
INDEX_PROGRESS_MIN = 2_000
"""Releases to index from which the header counts them: fewer take a second or two (63k took 70 s on two cores
after the schema-5 upgrade), and a count that flashes by says nothing."""


class ViewReady(Message):
    """A view's first rows and count, read by a worker."""

    def __init__(self, view: View, results: Results, highlight_id: int | None, position: int | None = None) -> None:
        super().__init__()
        self.view = view
        self.results = results
        self.highlight_id = highlight_id
        self.position = position
        """Where `highlight_id` stood in the view when it was last shown (found there if it is beyond the first rows)."""


CLOSE_CATEGORIES = 4
"""Categories a misspelt category: filter suggests at most."""
LIST_ALL_CATEGORIES = 10
"""Up to this many categories in the store, a misspelt one is answered with all of them."""


def unknown_category(name: str, known: list[str]) -> str:
    """What to say of a category no release has: the few names near it, not every category (the
    archive has 64: listed whole, the notice covered the list at 80x24 and ran off the screen)."""
    import difflib

    wanted = name.casefold().strip()
    by_folded = {category.casefold(): category for category in known}
    near = [category for category in known if wanted and wanted in category.casefold()]
    near += [by_folded[folded] for folded in difflib.get_close_matches(wanted, list(by_folded), n=CLOSE_CATEGORIES,
                                                                      cutoff=0.6)
             if by_folded[folded] not in near]
    said = f"No release has the category {name!r}."
    if len(known) <= LIST_ALL_CATEGORIES:
        return said + " The categories: " + ", ".join(known)
    if near:
        said += " Did you mean " + ", ".join(near[:CLOSE_CATEGORIES]) + "?"
    return said + f" The right arrow after category: completes the {len(known)} names."


class ReadSet(Message):
    """Releases marked read or unread by a worker (`A` on a view, or `u` undoing a change)."""

    def __init__(self, changed: list[int], read: bool, undoing: bool, what: str) -> None:
        super().__init__()
        self.changed = changed
        self.read = read
        self.undoing = undoing
        self.what = what


class FilterSuggester(Suggester):
    """Completes filter fields, then names from the entity index (English and Thai) and categories.

    The names are looked up in a thread, once typing pauses: on the whole archive the first lookup of a
    kind reads the entity index for seconds (then `EntityNames` keeps them). Looked up on the event loop,
    each key typed after `place:` froze the app for three seconds, and a name typed at speed appeared a
    minute later."""

    def __init__(self, store: Store) -> None:
        from briefing.search import EntityNames

        super().__init__(use_cache=False, case_sensitive=True)
        self.store = store
        self.names = EntityNames(store)
        self._latest = ""

    async def get_suggestion(self, value: str) -> str | None:
        import asyncio

        from briefing.search import filter_suggestion

        self._latest = value
        await asyncio.sleep(SUGGEST_DELAY)
        if value != self._latest:
            return None  # typed on meanwhile: only the value the typing paused at is looked up
        return await asyncio.to_thread(filter_suggestion, self.store, value, self.names)


class ListScreen(Screen[None]):
    ACTIONS = LIST_ACTIONS
    BINDINGS = bindings(LIST_ACTIONS)
    DEFAULT_CSS = """
    ListScreen #search, ListScreen #filter { display: none; }
    ListScreen #search.open, ListScreen #filter.open { display: block; }
    ListScreen #list-chips { height: auto; display: none; padding: 0 1; }
    ListScreen #list-chips.shown { display: block; }
    """

    app: BriefingApp  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.view = View()
        self._before_search: tuple[View, int | None, int | None] | None = None
        """The view, highlighted release and its position in the view that escape brings back."""
        self._search_timer: Timer | None = None
        self._shown_view: View = self.view
        """The view whose rows the list shows (`view` is the one asked for, maybe still being read)."""
        self._open_when_shown: View | None = None
        """Enter in the search box before its results came: the view whose first result to open."""
        self._asked_at: int | None = None
        """The highlight's row in the view when the view being read was asked for (`show`)."""
        self._jump: int | None = None
        """G (-1) or g (0) pressed while a view was read: where the new view's highlight goes first."""
        self.note: str | None = None
        self.expanded = ""
        """What the English of the search was also searched as in Thai ('durian = ทุเรียน'), shown by the chips."""
        self.indexing: tuple[int, int] | None = None
        """(indexed, to index) while a long search-index run goes on (update_search_index)."""
        self._index_lock = threading.Lock()
        self._index_running = False
        self._index_again = False
        """Asked to index while a run goes on: the run looks at the queue once more before it ends."""
        self._read_changes: list[tuple[list[int], bool]] = []
        """Read/unread changes made here, newest last: (ids that changed, what they were set to)."""
        self._read_busy = False
        """A worker is setting many releases read or unread (A, u): r, A and u wait for it."""
        self._resumed = False
        self._gists_asked: set[int] = set()
        """Releases whose gist the gist maker made (`fill_gists`), cleared when releases change behind the list."""
        self._gists_failed: set[int] = set()
        """Releases whose gist failed: not tried again while the list is open."""

    def compose(self) -> ComposeResult:
        # The first window is read here, not on mount, so the first paint already shows it (one
        # layout instead of one per update): startup time is measured by bench/startup.py.
        # Only the rows the first screen shows (and a few): the rest of the window is read after the
        # first paint (200 rows cost it ~8 ms: reading them, past each body, and making their rows).
        store = self.app.store
        entries = store.entries(limit=self._first_rows(), offset=0)
        total = store.count()
        yield Static(self._title(total), id="list-title")
        yield Static(id="list-chips")
        yield ReleaseList(entries, total=total, source=self._source(self.view), window=PAGE, id="releases")
        empty = Static(EMPTY, id="list-empty")
        empty.display = not entries
        yield empty
        yield Footer()

    def _first_rows(self) -> int:
        return min(PAGE, max(FIRST_ROWS, self.app.size.height // 2 + 4))

    def _fill_first_window(self) -> None:
        """After the first paint: read the whole window (PAGE rows) behind the rows first shown."""
        releases = self.releases
        untouched = not releases.highlighted
        releases.refresh_window()
        if untouched:
            self._highlight_last_opened()

    @property
    def releases(self) -> ReleaseList:
        return self.query_one(ReleaseList)

    def _box(self, name: str) -> Input:
        """The search box or the filter prompt, mounted the first time it is wanted: neither is on the
        first screen, and two Inputs (with their module) cost the first paint about 10 ms."""
        from textual.widgets import Input

        found = self.query(f"#{name}")
        if found:
            return found.first(Input)
        if name == "search":
            box = Input(placeholder="search: Thai or English words and names (escape closes)", id="search")
        else:
            box = Input(placeholder="filter: person:NAME organisation:NAME place:NAME category:NAME since:DATE"
                        " until:DATE starred unread marked", id="filter", suggester=FilterSuggester(self.app.store))
        self.mount(box, before=self.releases)
        return box

    def on_mount(self) -> None:
        self.releases.focus()
        # After the first paint: the worker's first analysis loads PyThaiNLP, which holds the GIL
        # long enough to delay the list appearing by a second on a store of unsummarised releases.
        # Every row is checked: a gist made by an older analyzer or offline brief is remade.
        releases = self.releases
        if releases.entries:
            self.call_after_refresh(self.fill_gists)
        if releases.option_count < min(PAGE, releases.total):
            self.call_after_refresh(self._fill_first_window)
        self.call_after_refresh(self.update_search_index)

    # --- the header ------------------------------------------------------------------------------

    def _title(self, total: int) -> Content:
        noun = "release" if total == 1 else "releases"
        what = noun if not self.view.chips() else f"{noun} {'matches' if total == 1 else 'match'}"
        # Below TINY_COLUMNS the subtitle gives way to the count (at 40 columns it cut the count off).
        subtitle = "" if 0 < self.app.size.width < TINY_COLUMNS else "  Thai government releases"
        parts: list[tuple[str, str] | str] = [("briefing", "bold $accent"), (subtitle, "$text"),
                                              (f"  ·  {total:,} {what}", "$text-muted")]
        if self._reading:
            # The count of the view before: on the archive an English search (its Thai forms too) takes
            # seconds under load, with the whole list's count and no chips meanwhile, as if nothing happened.
            parts[2] = ("  ·  searching…", "$text-muted")
        if self.note:
            parts.append((f"  ·  {self.note}", "$warning"))
        if self.indexing:
            done, all_ = self.indexing
            parts.append((f"  ·  indexing for search {done:,}/{all_:,}", "$text-muted"))
        return Content.assemble(*parts)

    def on_resize(self) -> None:
        if self.is_mounted:
            self._update_title()

    @property
    def _reading(self) -> bool:
        """A view was asked for and its results have not come yet."""
        return self.view != self._shown_view

    def _update_title(self) -> None:
        self.query_one("#list-title", Static).update(self._title(self.releases.total), layout=False)
        chips = self.query_one("#list-chips", Static)
        labels = self.view.chips()
        chips.set_class(bool(labels), "shown")
        content = Content(" ").join(Content.styled(f" {label} ", "reverse $accent") for label in labels)
        if self.expanded and self.view.query.strip() and not self._reading:  # why a Thai release matches
            content = Content.assemble(content, self._expanded_note(content.cell_length))
        chips.update(content)

    def _expanded_note(self, used: int) -> Content:
        """'also in Thai: durian = ทุเรียน' cut to the rest of the chips line (or to one line of its own when
        under 24 columns are left): at 60 columns four Thai forms of EEC took three lines from the list."""
        note = Content.styled(f"  also in Thai: {self.expanded}", "$text-muted")
        width = max(0, self.app.size.width - 2)  # the chips' padding
        room = width - used if width - used >= 24 else width
        return note.truncate(room, ellipsis=True) if width and note.cell_length > room else note

    # --- views: search and filters ---------------------------------------------------------------

    def _source(self, view: View) -> Callable[[int, int], list[ListEntry]]:
        store = self.app.store
        if not view.chips():
            return lambda offset, limit: store.entries(limit=limit, offset=offset)
        from briefing.search import search  # not before the first paint: the whole list needs none of it

        return lambda offset, limit: search(store, view, limit=limit, offset=offset, count=False).entries

    def show(self, view: View, highlight_id: int | None = None, position: int | None = None) -> None:
        """Show `view`: its count and first rows are read by a worker, then replace the list; the highlight
        goes to `highlight_id`, looked for at `position` in the view when it is not among the first rows."""
        self.view = view
        self._asked_at = self.releases.position
        self._jump = None
        self._read_view(view, highlight_id, position)
        if self.is_mounted:
            self._update_title()

    def _place(self) -> tuple[View, int | None, int | None]:
        """The view, the highlighted release and its position in the view: what escape brings back."""
        return self.view, self.releases.highlighted_id, self.releases.position

    @work(thread=True, exclusive=True, group="view", exit_on_error=False)
    def _read_view(self, view: View, highlight_id: int | None, position: int | None = None) -> None:
        from briefing.search import search

        results = search(self.app.store, view, limit=PAGE)
        if not get_current_worker().is_cancelled:
            self.post_message(ViewReady(view, results, highlight_id, position))
        if not results.total and view.category and not get_current_worker().is_cancelled:
            from briefing.search import categories_matching
            from briefing.tui.categories import category_english

            if not categories_matching(self.app.store, view.category):  # a typo, not an empty category
                rows = self.app.store.query("SELECT DISTINCT category FROM releases WHERE category != ''")
                known = sorted({category_english(row[0]) or row[0] for row in rows})
                self.app.notify(unknown_category(view.category, known), title="Filter", severity="warning",
                                markup=False, timeout=10)

    @on(ViewReady)
    def _view_ready(self, message: ViewReady) -> None:
        if message.view != self.view:
            return  # a newer view was asked for meanwhile
        results = message.results
        self.note = "text scan" if results.method == "scan" else None
        self.expanded = results.expanded
        entries = results.entries
        releases = self.releases
        # j/k pressed while the worker read the view (F then j at once) moved the old rows: they
        # count in the new view, from where it puts the highlight, instead of being undone by it.
        moved = (releases.position - self._asked_at
                 if releases.position is not None and self._asked_at is not None else 0)
        jump, self._asked_at, self._jump = self._jump, None, None
        releases.show_view(self._source(message.view), results.total, results.terms,
                           highlight_id=message.highlight_id, first=entries, position=message.position)
        if jump is not None and releases.total:  # G or g meanwhile: the new view's first or last row
            releases.move_to(jump if jump >= 0 else releases.total - 1)
        if moved and releases.position is not None:
            releases.move_to(releases.position + moved)
        self.query_one("#list-empty", Static).update(EMPTY if not self.view.chips() else NOTHING_MATCHES)
        self.query_one("#list-empty", Static).display = not entries
        self._shown_view = message.view
        self._update_title()
        if self._open_when_shown == message.view:
            self._open_when_shown = None
            if entries:
                self._open_highlighted()
        if results.note and results.method == "scan":
            self.notify(results.note, title="Search", markup=False, timeout=6)

    def action_search(self) -> None:
        box = self._box("search")
        if self._before_search is None:
            self._before_search = self._place()
        box.add_class("open")
        box.value = self.view.query
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        query = event.value
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self.show(self.view.with_query(query)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self._search_submitted(event)
        elif event.input.id == "filter":
            self._filter_submitted(event)

    def _search_submitted(self, event: Input.Submitted) -> None:
        """Enter opens the highlighted result (the best, unless the user moved): it took a second Enter,
        the first only moving to the list. Before the results of what was typed are shown, the first
        of them is opened when they come. An empty search only goes to the list."""
        if self._search_timer is not None:
            self._search_timer.stop()
        self.releases.focus()
        if event.value != self.view.query:
            self.show(self.view.with_query(event.value))
        if not event.value.strip():
            return
        if self._shown_view == self.view:
            self._open_highlighted()
        else:
            self._open_when_shown = self.view

    def on_key(self, event: events.Key) -> None:
        """Down in the search box goes to the results, to look through them before opening one."""
        if event.key == "down" and self.focused is not None and self.focused.id == "search":
            event.stop()
            self.releases.focus()

    def action_close_search(self) -> None:
        """Escape: close the filter prompt, or the search, restoring the list as it was before it."""
        prompt = self.query("#filter")
        if prompt and prompt.first().has_class("open"):
            prompt.first().remove_class("open")
            self.releases.focus()
            return
        box = self.query("#search")
        if self._before_search is None and not (box and box.first().has_class("open")):
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        box.remove_class("open")  # (a query: nothing to do when the box was never opened)
        before, highlight, position = self._before_search or (self.view.with_query(""), None, None)
        self._before_search = None
        self.releases.focus()
        self.show(before, highlight, position)

    def action_filter(self) -> None:
        prompt = self._box("filter")
        prompt.add_class("open")
        prompt.value = ""
        prompt.focus()

    def _filter_submitted(self, event: Input.Submitted) -> None:
        from briefing.search import FilterError, add_filters

        try:
            view = add_filters(self.view, event.value)
        except FilterError as error:
            self.notify(str(error), title="Filter", severity="warning", markup=False)
            return
        event.input.remove_class("open")
        self.releases.focus()
        if self._before_search is None:  # escape brings back the list as it was, as the empty view says
            self._before_search = self._place()
        self.show(view)

    def action_clear_filters(self) -> None:
        self._before_search = None
        self.query("#search").remove_class("open")
        self.show(View())

    def show_entity(self, kind: str, name: str) -> None:
        """The releases naming an entity, newest first (the entities screen's Enter, the reader's w).
        Escape brings back the list as it was, as after a search: only F cleared it before."""
        from briefing.search import with_entity

        if self._before_search is None:
            self._before_search = self._place()
        self.show(with_entity(View(), kind, name))

    def action_open_entities(self) -> None:
        from briefing.tui.screens.entities import EntitiesScreen

        self.app.push_screen(EntitiesScreen())

    # --- the search index ------------------------------------------------------------------------

    def update_search_index(self) -> None:
        """Index releases not in the search index yet (a store from before search, just imported, or one whose
        index is made again after an upgrade); the header counts them while a long run goes on. One run at a
        time: asked again during a run (a refresh at launch), the run drains the queue once more instead."""
        with self._index_lock:
            if self._index_running:
                self._index_again = True
                return
            self._index_running = True
        self._index_worker()

    @work(thread=True, group="index", exit_on_error=False)
    def _index_worker(self) -> None:
        from briefing.search import update_index

        def progress(done: int, total: int) -> None:
            if total >= INDEX_PROGRESS_MIN:
                self.app.call_from_thread(self._show_indexing, done, total)

        try:
            while True:
                update_index(self.app.store, progress=progress)
                with self._index_lock:
                    if not self._index_again or get_current_worker().is_cancelled:
                        break
                    self._index_again = False
        finally:
            with self._index_lock:
                self._index_running = self._index_again = False
            if self.indexing is not None:
                self.app.call_from_thread(self._show_indexing, 0, 0)

    def _show_indexing(self, done: int, total: int) -> None:
        self.indexing = (done, total) if total else None
        self._update_title()

    # --- gists -----------------------------------------------------------------------------------

    @work(thread=True, group="gists", exclusive=True, exit_on_error=False)
    def fill_gists(self) -> None:
        """Make the gists of the rows held with none or a stale one and post each as it is made; the
        stale one stays on screen until then. One at a time, each time the stale row nearest the
        highlight as it is now, so the rows on screen come first however the user moved. The app's gist
        maker, a child process, makes them (this thread only waits for it), so paging stays smooth while
        they are made; in headless runs, and where no child can start, they are made here."""
        worker = get_current_worker()
        maker = self.app.gist_maker
        # Kept on the screen, so the next window's worker knows them too: a release the gist maker
        # answered is never asked again (were its saved gist not current for this app, the rows would be
        # asked for forever), nor one that failed.
        asked, failed = self._gists_asked, self._gists_failed

        def cancelled() -> bool:
            return worker.is_cancelled or maker.stopped

        def elsewhere(release_id: int) -> str | None:
            gist = maker.gist(release_id, cancelled)
            if gist is not None:
                asked.add(release_id)
            return gist

        def on_error(release_id: int, error: Exception) -> None:
            failed.add(release_id)
            self.log.warning(f"gist for release {release_id} failed: {error!r}")

        try:
            while not cancelled():
                order = [release_id for release_id in self.app.call_from_thread(self._gist_order)
                         if release_id not in failed and release_id not in asked]
                made = next(iter(self.app.pipeline.fill_gists(
                    order, cancelled, on_error, elsewhere if self.app.uses_gist_maker else None)), None)
                if made is None:
                    return  # every row held has its gist (or failed)
                self.post_message(GistReady(*made))
        except Exception as error:  # noqa: BLE001 - the gists are a nicety; the list works without them
            self.log.warning(f"gists failed: {error!r}")

    def _gist_order(self) -> list[int]:
        """The rows held: those on screen first, then the others; each nearest the highlight first (the
        one below before the one above)."""
        releases = self.releases
        ids = list(releases.entries)
        at = releases.highlighted or 0
        shown = releases.rows_on_screen()

        def rank(i: int) -> tuple[bool, int]:
            return i not in shown, 2 * (i - at) if i >= at else 2 * (at - i) + 1

        return [ids[i] for i in sorted(range(len(ids)), key=rank)]

    @on(GistReady)
    def _gist_ready(self, message: GistReady) -> None:
        entry = self.releases.entries.get(message.release_id)
        if entry is not None:
            self.releases.update_entry(replace(entry, gist=message.gist))

    @on(ReleaseList.WindowChanged)
    def _window_changed(self, message: ReleaseList.WindowChanged) -> None:
        if self.releases.entries:
            self.fill_gists()

    def reload_rows(self) -> None:
        """Releases were added or changed behind the list (a refresh, another process): read the view
        again, keeping the highlight on the release it was on, and index what is new for search."""
        self._gists_asked.clear()  # a changed release's gist is stale again
        self.show(*self._place())
        self.update_search_index()

    # --- screen life -----------------------------------------------------------------------------

    def on_screen_resume(self) -> None:
        if self.releases.entries:
            if not self._resumed:  # compose has just read the rows: check them after the first paint
                self.call_after_refresh(self._refresh_flags)
            else:
                self._refresh_flags()
            self._highlight_last_opened()

    def _highlight_last_opened(self) -> None:
        """Highlight the release last read, wherever it is in the whole list: the app resumed on a release
        3,000 rows down (or read one the list never held) came back to the list's top."""
        release_id = self.app.last_opened
        if release_id is None:
            return
        releases = self.releases
        if releases.position_of(release_id) is None and not self.view.chips():
            position = self.app.store.list_position(release_id)  # a count over the list's index: ms
            if position is not None:
                releases.remember(release_id, position)
        releases.highlight_id(release_id)

    def _refresh_flags(self) -> None:
        """Re-read the held rows and redraw only those whose read/star/gist changed."""
        self._resumed = True
        releases = self.releases
        for entry in releases.source(releases.start, releases.option_count):
            if releases.entries.get(entry.id) != entry:
                releases.update_entry(entry)
        self._update_title()

    # --- actions ---------------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.app.open_release(int(event.option.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter (a priority binding, for the footer) belongs to the search and filter boxes while typing."""
        return not (action == "open" and self.focused is not None and self.focused.id in ("search", "filter"))

    def action_open(self) -> None:
        after_earlier_keys(self, self._open_highlighted)  # Enter is a priority binding

    def _open_highlighted(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is not None:
            self.app.open_release(release_id)

    def action_cursor(self, step: int) -> None:
        if step > 0:
            self.releases.action_cursor_down()
        else:
            self.releases.action_cursor_up()

    def action_first_row(self) -> None:
        self.releases.action_first()
        self._jumped(0)

    def action_last_row(self) -> None:
        self.releases.action_last()
        self._jumped(-1)

    def _jumped(self, to: int) -> None:
        """While a view is read, G/g is where its highlight goes, not a move of so many rows: j/k after
        it count from there."""
        if self._asked_at is not None:
            self._jump, self._asked_at = to, self.releases.position

    def action_toggle_star(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is None:
            return
        entry = self.releases.entries[release_id]
        self.app.store.set_starred(release_id, not entry.starred)
        self.releases.update_entry(replace(entry, starred=not entry.starred))

    def action_toggle_read(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is None or self._still_busy():
            return
        entry = self.releases.entries[release_id]
        self._set_read([release_id], not entry.read)

    def _still_busy(self) -> bool:
        if self._read_busy:
            self.notify("Still marking releases read or unread; a moment.", markup=False, timeout=3)
        return self._read_busy

    def _set_read(self, ids: list[int], read: bool, undoing: bool = False) -> int:
        """Set the flag in one store transaction, redraw the held rows, and keep it for `u`."""
        changed = self.app.store.set_read_many(ids, read)
        self._show_read(changed, read, undoing)
        return len(changed)

    def _show_read(self, changed: list[int], read: bool, undoing: bool) -> None:
        if changed and not undoing:
            self._read_changes.append((changed, read))
        for release_id in changed:
            entry = self.releases.entries.get(release_id)
            if entry is not None:
                self.releases.update_entry(replace(entry, read=read))
        self._update_title()

    def action_mark_view_read(self) -> None:
        """`A`: every release of the view read (the whole archive when no search or filter is on).
        In a worker: on the 63,000-release archive reading the view's ids and setting them took ~3 s,
        with the app frozen."""
        if self._still_busy():
            return
        releases = self.releases
        self._read_busy = True
        self._mark_read_worker(releases.source, releases.total, None, "in this view" if self.view.chips() else "in the list")

    @work(thread=True, group="read", exit_on_error=False)
    def _mark_read_worker(self, source: Callable[[int, int], list[ListEntry]], total: int,
                          undo: tuple[list[int], bool] | None, what: str) -> None:
        """`A` (undo None): the view's releases read; `u`: the change `undo` made, undone."""
        try:
            if undo is None:
                changed = self.app.store.set_read_many([entry.id for entry in source(0, total)], True)
                self.post_message(ReadSet(changed, True, undoing=False, what=what))
            else:
                ids, read = undo
                self.post_message(ReadSet(self.app.store.set_read_many(ids, not read), not read, undoing=True, what=what))
        except Exception:
            self.app.call_from_thread(setattr, self, "_read_busy", False)
            raise

    @on(ReadSet)
    def _read_set(self, message: ReadSet) -> None:
        self._read_busy = False
        self._show_read(message.changed, message.read, message.undoing)
        count = len(message.changed)
        plural = "s" if count != 1 else ""
        if message.undoing:
            self.notify(f"{count:,} release{plural} back to {'read' if message.read else 'unread'}.",
                        markup=False, timeout=4)
        else:
            self.notify(f"{count:,} release{plural} {message.what} marked read; u undoes."
                        if count else f"Every release {message.what} was already read.", markup=False, timeout=5)

    def action_undo_read(self) -> None:
        if self._still_busy():
            return
        if not self._read_changes:
            self.notify("No read/unread change to undo.", markup=False)
            return
        ids, read = self._read_changes.pop()
        if len(ids) == 1:
            self._set_read(ids, not read, undoing=True)
            self.notify(f"1 release back to {'unread' if read else 'read'}.", markup=False, timeout=4)
            return
        self._read_busy = True
        self._mark_read_worker(self.releases.source, 0, (ids, read), "")

    def action_next_unread(self) -> None:
        """`U`: open the next unread release after the highlighted one (then the newest unread)."""
        current = self.releases.highlighted_id
        other = self.app.store.next_unread(current if current is not None else -1)
        if other is None:
            self.notify("Every release is read.", markup=False)
            return
        self.app.open_release(other)
