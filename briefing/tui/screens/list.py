"""The release list: newest first, unread marked, starred flagged, English gists filled in by a worker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.worker import get_current_worker

from briefing.model import ListEntry
from briefing.tui.commands import LIST_ACTIONS, bindings
from briefing.tui.messages import GistReady
from briefing.tui.widgets.release_list import ReleaseList

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp

EMPTY = Content.assemble(
    ("No releases in the store yet.", "bold"),
    ("  Import some with  ", "$text-muted"),
    ("briefing import PATH", "bold $accent"),
    ("  (files, folders or .tar.xz archives of the thaigov corpus).", "$text-muted"),
)

PAGE = 200
"""Rows loaded at a time; more are loaded as the highlight nears the end."""


class ListScreen(Screen[None]):
    ACTIONS = LIST_ACTIONS
    BINDINGS = bindings(LIST_ACTIONS)

    app: BriefingApp  # type: ignore[assignment]

    def compose(self) -> ComposeResult:
        # The first page is read here, not on mount, so the first paint already shows it (one
        # layout instead of one per update): startup time is measured by bench/startup.py.
        entries = self.app.store.entries(limit=PAGE, offset=0)
        yield Static(self._title(entries), id="list-title")
        yield ReleaseList(entries, id="releases")
        empty = Static(EMPTY, id="list-empty")
        empty.display = not entries
        yield empty
        yield Footer()

    @property
    def releases(self) -> ReleaseList:
        return self.query_one(ReleaseList)

    def on_mount(self) -> None:
        self.releases.focus()
        # After the first paint: the worker's first analysis loads PyThaiNLP, which holds the GIL
        # long enough to delay the list appearing by a second on a store of unsummarised releases.
        # Every row is checked: a gist made by an older analyzer or offline brief is remade.
        if self.releases.entries:
            self.call_after_refresh(self.fill_gists, list(self.releases.entries))

    def _title(self, entries: Iterable[ListEntry]) -> Content:
        unread = sum(1 for entry in entries if not entry.read)
        total = self.app.store.count()
        return Content.assemble(("briefing", "bold $accent"), ("  Thai government releases", "$text"),
                                (f"  ·  {total} releases, {unread} unread in view", "$text-muted"))

    def _update_title(self) -> None:
        self.query_one("#list-title", Static).update(self._title(self.releases.entries.values()), layout=False)

    def on_screen_resume(self) -> None:
        if self.releases.entries:
            self._refresh_flags()
            if self.app.last_opened is not None:
                self.releases.highlight_id(self.app.last_opened)

    def _refresh_flags(self) -> None:
        """Re-read the loaded rows and redraw only those whose read/star/gist changed."""
        for entry in self.app.store.entries(limit=len(self.releases.entries), offset=0):
            if self.releases.entries.get(entry.id) != entry:
                self.releases.update_entry(entry)
        self._update_title()

    def reload_rows(self) -> None:
        """Releases were added or changed behind the list (a refresh): re-read the rows in list order,
        keep the highlight on the release it was on, and make the new rows' gists."""
        releases = self.releases
        entries = self.app.store.entries(limit=max(len(releases.entries), PAGE))
        fresh = [entry.id for entry in entries if entry.id not in releases.entries]
        if not fresh:
            for entry in entries:
                if releases.entries.get(entry.id) != entry:
                    releases.update_entry(entry)
            return
        keep = releases.highlighted_id
        releases.clear_options()
        releases.entries.clear()
        releases.add_entries(entries)
        if keep is not None:
            releases.highlight_id(keep)
        elif entries:
            releases.highlighted = 0
        self.query_one("#list-empty").display = False
        self._update_title()
        self.fill_gists(fresh)

    # --- gists -----------------------------------------------------------------------------------

    @work(thread=True, group="gists", exit_on_error=False)
    def fill_gists(self, ids: list[int]) -> None:
        """Make the gists of releases with none or a stale one (the pipeline's rule) and post each as it
        is made; the stale one stays on screen until then."""
        worker = get_current_worker()

        def failed(release_id: int, error: Exception) -> None:
            self.log.warning(f"gist for release {release_id} failed: {error!r}")

        for release_id, gist in self.app.pipeline.fill_gists(ids, lambda: worker.is_cancelled, failed):
            self.post_message(GistReady(release_id, gist))

    @on(GistReady)
    def _gist_ready(self, message: GistReady) -> None:
        entry = self.releases.entries.get(message.release_id)
        if entry is not None:
            self.releases.update_entry(replace(entry, gist=message.gist))

    # --- actions ---------------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.app.open_release(int(event.option.id))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        releases = self.releases
        if event.option_index >= releases.option_count - 10 and len(releases.entries) % PAGE == 0:
            more = self.app.store.entries(limit=PAGE, offset=len(releases.entries))
            if more:
                releases.add_entries(more)
                self.fill_gists([entry.id for entry in more])

    def action_open(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is not None:
            self.app.open_release(release_id)

    def action_cursor(self, step: int) -> None:
        if step > 0:
            self.releases.action_cursor_down()
        else:
            self.releases.action_cursor_up()

    def action_toggle_star(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is None:
            return
        entry = self.releases.entries[release_id]
        self.app.store.set_starred(release_id, not entry.starred)
        self.releases.update_entry(replace(entry, starred=not entry.starred))

    def action_toggle_read(self) -> None:
        release_id = self.releases.highlighted_id
        if release_id is None:
            return
        entry = self.releases.entries[release_id]
        self.app.store.set_read(release_id, not entry.read)
        self.releases.update_entry(replace(entry, read=not entry.read))
        self._update_title()

