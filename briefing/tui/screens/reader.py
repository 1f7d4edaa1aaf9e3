"""The reader: one release with highlights, a sentence cursor and the English side panel.

Every feature beyond reading is an object the screen holds, with the same shape: `self.marks`
(ReaderMarks: marks and notes), `self.summary` (ReaderSummary: the brief panel), `self.export`
(ExportFlow), `self.source` (ReaderSource: the source page in the browser, its URL copied). Each owns its state and widgets; the screen's `action_*` methods below call them, so
this file lists every command the reader has, and `check_action` says which can run now.

Adding a feature: a Command class in `briefing.tui.commands` added to READER_ACTIONS, an `action_*`
here that calls your feature object, and the object in its own module (it may draw over the body
with `BodyView.set_overlay(name, spans)` and mount a panel in `#reader-panels`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget

from briefing.errors import BriefingError
from briefing.model import Analysis, Release
from briefing.tui.commands import READER_ACTIONS, bindings
from briefing.tui.exporting import ExportFlow
from briefing.tui.messages import AnalysisFailed, AnalysisReady, WordBreaksReady
from briefing.tui.resume import ReadingPlace
from briefing.tui.screens.reader_marks import ReaderMarks
from briefing.tui.screens.reader_source import ReaderSource
from briefing.tui.screens.reader_summary import ReaderSummary
from briefing.tui.widgets.body_view import BodyView, highlight_spans
from briefing.tui.widgets.entities_panel import EntitiesPanel
from briefing.tui.widgets.footer import BriefingFooter
from briefing.tui.widgets.release_header import ReleaseHeader
from briefing.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


MIN_BODY = 52
"""Columns the body keeps (text, gutter, padding and scrollbar: about 50 of text) before a side panel
is shown beside it: panels narrow, then give way, before the text does."""
MIN_PANEL = 28
"""The narrowest a side panel is drawn; one that no longer fits is hidden."""
PANEL_WIDTHS: dict[str, int] = {"entities": 38, "summary": 42, "marks-panel": 36}
"""Each side panel's width when there is room (by widget id)."""
MIN_BODY_ALONE = 40
"""Below this many columns for the body, the side panel of names (shown by default, not asked for) gives
way: on a 40-column terminal it left the text 11 columns, three Thai words a line. It comes back when
the terminal is wide enough again, or with its key."""


def panel_widths(wanted: list[int], budget: int) -> list[int]:
    """How wide each shown panel is, newest first: as wanted if they fit in `budget` columns, else
    the widest narrowed in turn down to MIN_PANEL (the caller hides panels that still do not fit)."""
    widths = list(wanted)
    while sum(widths) > budget:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_PANEL:
            break
        widths[widest] -= 1
    return widths


NEEDS_SENTENCES = frozenset({"toggle_mark", "start_range"})
"""Commands that act on the sentence cursor: available once the analysis has given the sentences."""


class ReaderScreen(Screen[None]):
    ACTIONS = READER_ACTIONS
    BINDINGS = bindings(READER_ACTIONS)

    app: BriefingApp  # type: ignore[assignment]

    def __init__(self, release_id: int, resume_offset: int | None = None) -> None:
        super().__init__()
        self.release_id = release_id
        self.resume_offset = resume_offset
        """Where the cursor goes once the analysis arrives (the sentence left last time)."""
        self.release: Release | None = None
        self.analysis: Analysis | None = None
        self.starred = False
        self.gist: str | None = None
        self.marks = ReaderMarks(self)
        self.summary = ReaderSummary(self)
        self.export = ExportFlow(self.app)
        self.source = ReaderSource(self)
        self._squeezed = False
        """The names panel is hidden because the terminal is too narrow for it and the text (MIN_BODY_ALONE)."""
        self._chose_entities = False
        """`i` was pressed here: the names panel then stays as the user left it, however narrow."""

    def compose(self) -> ComposeResult:
        yield ReleaseHeader(id="release-header")
        with Horizontal(id="reader-panels"):
            yield BodyView(id="body")
            yield EntitiesPanel(id="entities")
        yield BriefingFooter()

    @property
    def body(self) -> BodyView:
        return self.query_one(BodyView)

    @property
    def entities(self) -> EntitiesPanel:
        return self.query_one(EntitiesPanel)

    def on_mount(self) -> None:
        ui = self.app.config.ui
        self.body.show_highlights = ui.show_highlights
        self.entities.display = ui.show_entities_panel
        self.marks.watch_cursor()
        self.watch(self.body, "cursor", self._remember_place, init=False)
        self.show_release(self.release_id)
        self.body.focus()
        self.fit_panels()

    def on_resize(self) -> None:
        self.fit_panels()

    def fit_panels(self, newest: Widget | None = None) -> None:
        """Give the shown side panels the columns the body can spare (MIN_BODY stays the body's).

        Panels narrow first; one that still does not fit is hidden, the panel just opened (`newest`)
        last, so on an 80-column terminal one side panel shows at a time. A panel hidden here comes
        back with its key; the names panel, shown unasked, also gives way to a body narrower than
        MIN_BODY_ALONE and comes back when the terminal is wide enough.
        """
        width = self.size.width
        if width <= 0:
            return
        entities = self.entities
        if newest is entities:
            self._chose_entities = True
        if newest is not None:
            self._squeezed = False  # the user chose what shows
        elif self._squeezed and width - MIN_PANEL >= MIN_BODY_ALONE and not any(
                panel.display for panel in self.query_one("#reader-panels").children if panel.id in PANEL_WIDTHS):
            entities.display, self._squeezed = True, False  # room again
        shown = [panel for panel in self.query_one("#reader-panels").children
                 if panel.id in PANEL_WIDTHS and panel.display]
        if newest in shown:
            shown.remove(newest)
            shown.insert(0, newest)
        budget = max(width - MIN_BODY, MIN_PANEL)
        while shown:
            widths = panel_widths([PANEL_WIDTHS[panel.id or ""] for panel in shown], budget)
            if len(shown) == 1 and shown[0] is entities and not self._chose_entities \
                    and width - widths[0] < MIN_BODY_ALONE:
                self._squeezed = True  # too narrow for the text beside it
            elif sum(widths) <= budget or len(shown) == 1:
                break
            hidden = shown.pop()
            hidden.display = False
            if hidden.has_focus:
                self.body.focus()
        for panel, columns in zip(shown, widths if shown else [], strict=True):
            panel.styles.width = columns
        self._align_header(width, sum(widths) if shown else 0)

    def _align_header(self, width: int, panels: int) -> None:
        """The header's lines start where the text does and end where the last panel does: on a terminal
        wider than the text and its panels, which stand in the middle (app.tcss), the title and date stayed
        at the left edge, 21 columns from the text below them at 200 columns. Worked out from the widths
        just given (a panel just shown is not laid out yet), as Textual centres: (width - used) // 2."""
        cap = self.body.styles.max_width
        body = min(cap.cells, width - panels) if cap is not None and cap.cells is not None else width - panels
        free = max(0, width - body - panels)
        left = free // 2
        padding = (0, 1 + free - left, 0, 1 + left)
        header = self.query_one(ReleaseHeader)
        if header.styles.padding != padding:
            header.styles.padding = padding

    def show_release(self, release_id: int) -> None:
        """Show a release at once as plain text, mark it read, and analyse it in a worker."""
        try:
            release = self.app.store.release(release_id)
        except BriefingError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if release_id != self.release_id:
            self.resume_offset = None  # another release: its top, not last time's sentence
        self.release_id = release_id
        self.release = release
        self.analysis = None
        self.gist = self.app.store.gist(release_id)[0] or None
        self.app.last_opened = release_id
        if self.resume_offset is None:
            self.app.remember_place(ReadingPlace(release_id=release_id, offset=0))
        try:  # a busy or damaged store must not stop the release from showing
            self.app.store.set_read(release_id, True)
            self.starred = self.app.store.release_flags(release_id)[1]
        except BriefingError as error:
            self.notify(str(error), severity="error", markup=False)
        self.refresh_header()
        self.body.show_text(release.body)
        self.marks.load()
        self.entities.show_pending()
        self.summary.follow()
        self.analyse(release)
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, release: Release) -> None:
        from briefing.tui.layout import word_breaks_for

        assert release.id is not None
        pipeline = self.app.pipeline

        def breaks_of(body: str) -> list[int]:
            try:
                return word_breaks_for(body)
            except Exception as error:  # noqa: BLE001 - lines then break only at spaces
                self.log.warning(f"word breaks failed: {error!r}")
                return []

        # Cutting the words takes a tenth of a second, the analysis up to ten under load: the plain
        # text breaks between words from the start instead of folding Thai words until the analysis.
        breaks = breaks_of(release.body)
        self.post_message(WordBreaksReady(release.id, release.body, breaks))
        try:
            analysis = pipeline.analysis(release)
        except Exception as error:  # noqa: BLE001 - shown to the user; the plain text stays readable
            self.post_message(AnalysisFailed(release.id, f"analysis failed: {error}"))
            return
        if analysis.body != release.body:
            breaks = breaks_of(analysis.body)
        gist: str | None = None
        try:
            gist = pipeline.gist(release, analysis)
        except Exception as error:  # noqa: BLE001 - the header then keeps the gist it has
            self.log.warning(f"gist failed: {error!r}")
        self.post_message(AnalysisReady(release.id, analysis, breaks, gist))

    @on(WordBreaksReady)
    def _word_breaks_ready(self, message: WordBreaksReady) -> None:
        if message.release_id == self.release_id and self.analysis is None:
            self.body.show_word_breaks(message.body, message.word_breaks)

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        if message.release_id != self.release_id:
            return
        self.analysis = message.analysis
        self.gist = message.gist or self.gist
        self.refresh_header()
        self.body.show_analysis(message.analysis, message.word_breaks)
        if self.resume_offset is not None:
            self.body.cursor_to_offset(self.resume_offset)
            self.resume_offset = None
        self.entities.show_analysis(message.analysis)
        self.marks.load()
        self.summary.follow()
        self.refresh_bindings()

    def _remember_place(self, cursor: int | None) -> None:
        """Every move is written, so the next launch lands on this sentence."""
        if cursor is not None and self.body.sentences and self.resume_offset is None:
            self.app.remember_place(ReadingPlace(release_id=self.release_id, offset=self.body.sentences[cursor][0]))

    @on(SidePanel.Jump)
    def _jump(self, message: SidePanel.Jump) -> None:
        self.body.cursor_to_offset(message.body_offset)

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        if message.release_id == self.release_id:
            self.entities.show_error(message.error)
            self.notify(message.error, severity="error", markup=False)

    # --- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Commands on the sentence cursor wait for the analysis (shown dimmed until then)."""
        if action in NEEDS_SENTENCES and not self.marks.ready:
            return None
        return True

    def action_back(self) -> None:
        if not self.marks.cancel_range():  # escape first ends a `v` range
            self.app.remember_place(ReadingPlace(release_id=self.release_id, offset=0, reading=False))
            self.dismiss()

    def action_move_sentence(self, step: int) -> None:
        self.body.move_cursor(step)

    def action_step_release(self, step: int) -> None:
        """n/p: the next or previous release of the list's view (its search and filters), else of the
        whole store when the release is not in that view."""
        other = self.app.release_step(self.release_id, step)
        if other is None:
            self.notify("No more releases that way.", markup=False)
            return
        self.show_release(other)

    def action_next_unread(self) -> None:
        other = self.app.store.next_unread(self.release_id)
        if other is None:
            self.notify("Every release is read.", markup=False)
            return
        self.show_release(other)

    def action_toggle_read(self) -> None:
        read, _starred = self.app.store.release_flags(self.release_id)
        self.app.store.set_read(self.release_id, not read)
        self.notify("Marked read." if not read else "Marked unread: U and the list show it as new.",
                    markup=False, timeout=3)

    def refresh_header(self) -> None:
        """The header, with the title's highlights once the analysis exists and highlights are on."""
        if self.release is None:
            return
        title = None
        if self.analysis is not None and self.body.show_highlights:
            title = (self.analysis.title, highlight_spans(self.analysis, "title"))
        self.query_one(ReleaseHeader).show(self.release, starred=self.starred, title=title, gist=self.gist)

    def action_toggle_highlights(self) -> None:
        self.body.show_highlights = not self.body.show_highlights
        self.refresh_header()

    def action_toggle_entities(self) -> None:
        panel = self.entities
        panel.display = not panel.display
        if not panel.display and panel.has_focus:
            self.body.focus()
        self.fit_panels(panel)

    def action_releases_naming(self) -> None:
        """`w`: back to the list, showing every release that names the entity highlighted in the panel
        (the entities screen's view, from the archive's entity index)."""
        from briefing.tui.screens.list import ListScreen

        entity = self.entities.highlighted_entity if self.entities.display else None
        if entity is None:
            self.notify("Highlight a person, organisation or place in the side panel (tab, then j/k); "
                        "w then lists every release naming it.", markup=False)
            return
        while len(self.app.screen_stack) > 1 and not isinstance(self.app.screen, ListScreen):
            self.app.pop_screen()
        screen = self.app.screen
        if isinstance(screen, ListScreen):
            screen.show_entity(*entity)

    def action_toggle_summary(self) -> None:
        self.summary.toggle()

    def action_copy_summary(self) -> None:
        self.summary.copy()

    def action_toggle_star(self) -> None:
        _read, starred = self.app.store.release_flags(self.release_id)
        self.app.store.set_starred(self.release_id, not starred)
        self.starred = not starred
        self.refresh_header()

    # the source page: ReaderSource

    def action_open_source(self) -> None:
        self.source.open()

    def action_copy_url(self) -> None:
        self.source.copy()

    # marks and notes: ReaderMarks

    def action_toggle_mark(self) -> None:
        self.marks.toggle_mark()

    def action_start_range(self) -> None:
        self.marks.start_range()

    def action_cycle_label(self) -> None:
        self.marks.cycle_label()

    def action_edit_note(self) -> None:
        self.marks.edit_note()

    def action_delete_mark(self) -> None:
        self.marks.delete_mark()

    def action_undo_mark(self) -> None:
        self.marks.undo()

    def action_render_mark(self) -> None:
        self.marks.render_english()

    def action_toggle_marks_panel(self) -> None:
        self.marks.toggle_panel()

    def action_export_release(self) -> None:
        self.export.start([self.release_id], "this release's notes")
