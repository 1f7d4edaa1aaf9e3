"""The reader's marks and notes (issue 5): `m`, `v`, `l`, `a`, `d`, `u`, `e` (the mark in English) and `M`.

A feature the ReaderScreen holds (`screen.marks`), like `screen.summary` and `screen.export`: the
screen's actions call it, it owns its state (the MarkBook, every change a store transaction) and its
widget (the marks panel), and redraws the body's "marks" overlay. Whether a mark command can run now
(the analysis gives the sentences) is the screen's `check_action`, through `ready`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.model import Mark
from briefing.tui.marks import MarkBook
from briefing.tui.widgets.marks_panel import MarksPanel

if TYPE_CHECKING:
    from briefing.tui.screens.reader import ReaderScreen
    from briefing.tui.widgets.body_view import BodyView

PANEL_ID = "marks-panel"


class ReaderMarks:
    """Marks and notes of the release the reader shows."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.book = MarkBook(screen.app.store, screen.app.config.marks.labels)

    @property
    def body(self) -> BodyView:
        return self.screen.body

    @property
    def panel(self) -> MarksPanel | None:
        found = self.screen.query(f"#{PANEL_ID}")
        return found.first(MarksPanel) if found else None

    @property
    def ready(self) -> bool:
        """Marks need the analysed body's sentences and a sentence cursor."""
        return self.screen.analysis is not None and self.body.cursor is not None

    def watch_cursor(self) -> None:
        """Call once the body is mounted: the panel follows the sentence cursor."""
        self.screen.watch(self.body, "cursor", self._follow_cursor, init=False)

    # --- state -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Load the marks of the release shown; drawn once its analysis gives the sentences."""
        self.book.load(self.screen.release_id)
        self.refresh()

    def _follow_cursor(self, _cursor: int | None) -> None:
        """The marks panel highlights the mark under the sentence cursor, so a mark hidden by the
        cursor's colour is still seen, and `d`/`l`/`a` visibly act on it."""
        panel = self.panel
        analysis = self.screen.analysis
        if panel is None or not panel.display or panel.has_focus or analysis is None:
            return
        sentence = self._sentence()
        mark = self.book.at(analysis.body, sentence) if sentence else None
        if mark is not None and mark.id is not None:
            panel.select_mark(mark.id)
        else:
            panel.highlighted = None

    def refresh(self) -> None:
        """Redraw the marks over the body and in the panel from the book."""
        book = self.book
        analysis = self.screen.analysis
        if analysis is not None:
            overlay = book.overlay(analysis.body)
            self.body.set_overlay("marks", overlay)
            self.body.set_gutter(overlay)
            placed = {mark.id: span[0] for mark, span in book.spans(analysis.body)}
        else:
            placed = {}
        panel = self.panel
        if panel is not None:
            panel.show_marks([(mark, placed.get(mark.id)) for mark in book.marks], book.labels,
                             self._renderings())
            self._follow_cursor(self.body.cursor)

    def _renderings(self) -> dict[int, str]:
        """The English renderings made before of this release's marks (read from the store, no asking)."""
        from briefing.summary.sentence import cached_rendering

        app = self.screen.app
        return {mark.id: text for mark in self.book.marks if mark.id is not None
                and (text := cached_rendering(app.store, self.screen.release_id, mark.text, app.config))}

    def _sentence(self) -> tuple[int, int] | None:
        body = self.body
        if body.cursor is None or not body.sentences:
            return None
        return body.sentences[body.cursor]

    def _target(self) -> Mark | None:
        """The mark the user means: the one highlighted in the focused panel, else the one under the
        sentence cursor (the range's exact mark while a range is open)."""
        panel = self.panel
        if panel is not None and panel.has_focus and panel.selected_mark_id is not None:
            return self.book.find(panel.selected_mark_id)
        analysis = self.screen.analysis
        if analysis is None:
            return None
        if self.body.range_start is not None:
            span = self.body.cursor_span
            return self.book.at(analysis.body, span, exact=True) if span else None
        sentence = self._sentence()
        return self.book.at(analysis.body, sentence) if sentence else None

    def cancel_range(self) -> bool:
        """End a `v` range without marking; True if there was one (escape then does nothing else)."""
        if self.body.range_start is None:
            return False
        self.body.range_start = None
        return True

    def _notify(self, text: str, timeout: float = 5) -> None:
        self.screen.notify(text, markup=False, timeout=timeout)

    # --- commands --------------------------------------------------------------------------------

    def start_range(self) -> None:
        if self.cancel_range():
            return
        self.body.range_start = self.body.cursor
        self._notify("Range started: j/k extend it, m marks it, escape cancels.", timeout=4)

    def toggle_mark(self) -> None:
        """Mark the sentence (or the `v` range); on a marked sentence, remove its mark (u undoes)."""
        analysis, span = self.screen.analysis, self.body.cursor_span
        assert analysis is not None and span is not None
        existing = self.book.at(analysis.body, span, exact=self.body.range_start is not None)
        if existing is not None:
            self.book.delete(existing)
            self._notify("Mark removed; u brings it back.", timeout=4)
        else:
            mark = self.book.add(analysis.body, span)
            self._notify(f"Marked ({mark.label}); m again removes it.", timeout=3)
        self.cancel_range()
        self.refresh()

    def cycle_label(self) -> None:
        mark = self._target()
        if mark is None:
            self._notify("No mark here: m marks the sentence.")
            return
        updated = self.book.cycle_label(mark)
        self._notify(f"Label: {updated.label}", timeout=3)
        self.refresh()

    def delete_mark(self) -> None:
        mark = self._target()
        if mark is None:
            self._notify("No mark here to delete.")
            return
        self.book.delete(mark)
        self._notify("Mark deleted; u brings it back.", timeout=4)
        self.refresh()

    def undo(self) -> None:
        restored = self.book.undo()
        if restored is None:
            self._notify("Nothing to undo.")
            return
        self.refresh()
        if restored.release_id == self.screen.release_id and self.screen.analysis is not None:
            self.body.cursor_to_offset(restored.start)
        self._notify("Mark restored.", timeout=3)

    def edit_note(self) -> None:
        """Note on the mark under the cursor (or highlighted in the panel); a new mark is made for
        the sentence or range when there is none, at the moment the note is saved."""
        mark = self._target()
        analysis, span = self.screen.analysis, self.body.cursor_span
        if mark is None and (analysis is None or span is None):
            self._notify("Wait for the analysis: a note goes on a sentence.")
            return
        self.screen.run_worker(self._edit_note(mark, span), group="note", exclusive=True, exit_on_error=False)

    async def _edit_note(self, mark: Mark | None, span: tuple[int, int] | None) -> None:
        from briefing.tui.screens.note_editor import NoteEditor

        release_id = self.screen.release_id
        body = self.screen.analysis.body if self.screen.analysis is not None else ""
        if mark is not None:
            passage, label, note = mark.text, mark.label, mark.note
        else:
            assert span is not None
            passage, label, note = body[span[0]:span[1]], self.book.labels[0], ""
        while True:
            text = await self.screen.app.push_screen_wait(NoteEditor(passage, label, note))
            if text is None or release_id != self.screen.release_id:
                return
            try:
                if mark is not None:
                    self.book.set_note(mark, text)
                elif span is not None:
                    self.book.add(body, span, note=text)
            except BriefingError as error:
                # The store could not take it (locked, damaged, full disk): the editor opens again
                # with the text, so nothing typed is lost; escape there discards it.
                self.screen.notify(f"Note not saved: {error}", title="Note", severity="error", markup=False,
                                   timeout=10)
                note = text
                continue
            break
        self.cancel_range()
        self.refresh()
        self._notify("Note saved.", timeout=3)

    def render_english(self) -> None:
        """`e`: the mark under the cursor in English, from the configured LLM in a worker (checked and
        cached by the pipeline); offline, its English names and figures."""
        from briefing.summary import use_llm
        from briefing.summary.check import has_thai
        from briefing.summary.sentence import passage_facts

        mark, analysis = self._target(), self.screen.analysis
        if mark is None or analysis is None:
            self._notify("No mark here: m marks the sentence, then e gives it in English.")
            return
        from briefing.export.markdown import mark_span

        span = mark_span(mark, analysis.body)
        if span is None:
            self._notify("This mark's text is no longer in the release.")
            return
        if not has_thai(analysis.body[span[0]:span[1]]):
            # (a release the site writes in English: neither a model nor the names list adds anything)
            self._notify("This passage is in English already.")
            return
        if not use_llm(self.screen.app.config):
            facts = passage_facts(analysis, *span) or "no names or figures in this passage"
            self._notify(f"In English (offline, names and figures): {facts}. "
                         "Set [summary] backend and model for a full rendering.", timeout=10)
            return
        release, pipeline = self.screen.release, self.screen.app.pipeline
        assert release is not None
        self._notify(f"Asking {self.screen.app.config.summary.model} for the English…", timeout=3)

        def work() -> None:  # in the worker's thread: only the pipeline, then back to the UI thread
            rendering = pipeline.rendering(release, analysis, *span)
            self.screen.app.call_from_thread(self._rendered, rendering.english, rendering.note)

        self.screen.run_worker(work, thread=True, group="rendering", exclusive=True, exit_on_error=False)

    def _rendered(self, english: str | None, note: str | None) -> None:
        if english is not None:
            self._notify(f"In English: {english}", timeout=12)
        elif note is not None:
            self.screen.notify(note, title="English", severity="warning", markup=False, timeout=10)
        self.refresh()

    def toggle_panel(self) -> None:
        panel = self.panel
        if panel is None:
            panel = MarksPanel(id=PANEL_ID)
            self.screen.query_one("#reader-panels").mount(panel)
            self.refresh()
            self.screen.fit_panels(panel)
            return
        panel.display = not panel.display
        if not panel.display and panel.has_focus:
            self.body.focus()
        self.screen.fit_panels(panel)
