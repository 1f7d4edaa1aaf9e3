"""The reader's marks and notes (issue 5): `m`, `v`, `l`, `a`, `d`, `u`, `M` and `x`.

A mixin so `reader.py` stays about reading: the ReaderScreen inherits these actions, and calls
`marks_release_changed()` when it shows another release and `cancel_range()` on escape. The marks
themselves live in `MarkBook` (every change a store transaction); this module turns keys into calls
on it and redraws the body's "marks" overlay and the marks panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.model import Mark
from briefing.tui.exporting import ExportMixin
from briefing.tui.marks import MarkBook
from briefing.tui.messages import AnalysisReady
from briefing.tui.text import one_line
from briefing.tui.widgets.marks_panel import MarksPanel

if TYPE_CHECKING:
    from briefing.model import Analysis
    from briefing.tui.widgets.body_view import BodyView

PANEL_ID = "marks-panel"


class ReaderMarksMixin(ExportMixin):
    """Marks and notes for the reader; expects `release_id`, `analysis` and `body` from the screen."""

    release_id: int
    analysis: Analysis | None
    query: Any
    query_one: Any
    watch: Any
    _mark_book: MarkBook | None = None

    if TYPE_CHECKING:
        @property
        def body(self) -> BodyView: ...

    # --- state -----------------------------------------------------------------------------------

    @property
    def mark_book(self) -> MarkBook:
        if self._mark_book is None:
            self._mark_book = MarkBook(self.app.store, self.app.config.marks.labels)
        return self._mark_book

    @property
    def marks_panel(self) -> MarksPanel | None:
        found = self.query(f"#{PANEL_ID}")
        return found.first(MarksPanel) if found else None

    def marks_release_changed(self) -> None:
        """Another release is shown: load its marks (drawn once its analysis gives the sentences)."""
        if self._mark_book is None:
            self.watch(self.body, "cursor", self._follow_cursor, init=False)
        self.mark_book.load(self.release_id)
        self.refresh_marks()

    def _follow_cursor(self, _cursor: int | None) -> None:
        """The marks panel highlights the mark under the sentence cursor, so a mark hidden by the
        cursor's colour is still seen, and `d`/`l`/`a` visibly act on it."""
        panel = self.marks_panel
        if panel is None or not panel.display or panel.has_focus or self.analysis is None:
            return
        sentence = self._sentence()
        mark = self.mark_book.at(self.analysis.body, sentence) if sentence else None
        if mark is not None and mark.id is not None:
            panel.select_mark(mark.id)
        else:
            panel.highlighted = None

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        # Runs after the screen's own AnalysisReady handler has shown the analysed body.
        if message.release_id == self.release_id:
            self.mark_book.load(self.release_id)
            self.refresh_marks()

    def refresh_marks(self) -> None:
        """Redraw the marks over the body and in the panel from the book."""
        book = self.mark_book
        body = self.analysis.body if self.analysis is not None else None
        if body is not None:
            self.body.set_overlay("marks", book.overlay(body))
            placed = {mark.id: span[0] for mark, span in book.spans(body)}
        else:
            placed = {}
        panel = self.marks_panel
        if panel is not None:
            panel.show_marks([(mark, placed.get(mark.id)) for mark in book.marks], book.labels)
            self._follow_cursor(self.body.cursor)

    def _sentence(self) -> tuple[int, int] | None:
        body = self.body
        if body.cursor is None or not body.sentences:
            return None
        return body.sentences[body.cursor]

    def _target(self) -> Mark | None:
        """The mark the user means: the one highlighted in the focused panel, else the one under the
        sentence cursor (the range's exact mark while a range is open)."""
        panel = self.marks_panel
        if panel is not None and panel.has_focus and panel.selected_mark_id is not None:
            return self.mark_book.find(panel.selected_mark_id)
        if self.analysis is None:
            return None
        if self.body.range_start is not None:
            span = self.body.cursor_span
            return self.mark_book.at(self.analysis.body, span, exact=True) if span else None
        sentence = self._sentence()
        return self.mark_book.at(self.analysis.body, sentence) if sentence else None

    def _not_ready(self) -> bool:
        if self.analysis is None or self.body.cursor is None:
            self.notify("Wait for the analysis: marks need its sentences.", markup=False)
            return True
        return False

    def cancel_range(self) -> bool:
        """End a `v` range without marking; True if there was one (escape then does nothing else)."""
        if self.body.range_start is None:
            return False
        self.body.range_start = None
        return True

    # --- actions ---------------------------------------------------------------------------------

    def action_start_range(self) -> None:
        if self._not_ready():
            return
        if self.cancel_range():
            return
        self.body.range_start = self.body.cursor
        self.notify("Range started: j/k extend it, m marks it, escape cancels.", markup=False, timeout=4)

    def action_toggle_mark(self) -> None:
        """Mark the sentence (or the `v` range); on a marked sentence, remove its mark (u undoes)."""
        if self._not_ready():
            return
        assert self.analysis is not None
        book, body = self.mark_book, self.analysis.body
        in_range = self.body.range_start is not None
        span = self.body.cursor_span
        assert span is not None
        existing = book.at(body, span, exact=in_range)
        if existing is not None:
            book.delete(existing)
            self.notify("Mark removed; u brings it back.", markup=False, timeout=4)
        else:
            book.add(body, span)
        self.cancel_range()
        self.refresh_marks()

    def action_cycle_label(self) -> None:
        mark = self._target()
        if mark is None:
            self.notify("No mark here: m marks the sentence.", markup=False)
            return
        updated = self.mark_book.cycle_label(mark)
        self.notify(f"Label: {updated.label}", markup=False, timeout=3)
        self.refresh_marks()

    def action_delete_mark(self) -> None:
        mark = self._target()
        if mark is None:
            self.notify("No mark here to delete.", markup=False)
            return
        self.mark_book.delete(mark)
        self.notify("Mark deleted; u brings it back.", markup=False, timeout=4)
        self.refresh_marks()

    def action_undo_mark(self) -> None:
        restored = self.mark_book.undo()
        if restored is None:
            self.notify("Nothing to undo.", markup=False)
            return
        self.refresh_marks()
        if restored.release_id == self.release_id and self.analysis is not None:
            self.body.cursor_to_offset(restored.start)
        self.notify("Mark restored.", markup=False, timeout=3)

    def action_edit_note(self) -> None:
        """Note on the mark under the cursor (or highlighted in the panel); a new mark is made for
        the sentence or range when there is none, at the moment the note is saved."""
        from briefing.tui.screens.note_editor import NoteEditor

        mark = self._target()
        if mark is None and self._not_ready():
            return
        span = None
        if mark is None:
            assert self.analysis is not None
            span = self.body.cursor_span
            assert span is not None
            passage, label, note = self.analysis.body[span[0]:span[1]], self.mark_book.labels[0], ""
        else:
            passage, label, note = mark.text, mark.label, mark.note
        release_id = self.release_id
        body = self.analysis.body if self.analysis is not None else ""

        def saved(text: str | None) -> None:
            if text is None:
                return
            if release_id != self.release_id:  # the release changed meanwhile (never from the modal)
                return
            if mark is not None:
                self.mark_book.set_note(mark, text)
            elif span is not None:
                self.mark_book.add(body, span, note=text)
            self.cancel_range()
            self.refresh_marks()
            self.notify("Note saved.", markup=False, timeout=3)

        self.app.push_screen(NoteEditor(passage, label, note), saved)

    def action_toggle_marks_panel(self) -> None:
        panel = self.marks_panel
        if panel is None:
            panel = MarksPanel(id=PANEL_ID)
            self.query_one("#reader-panels").mount(panel)
            self.refresh_marks()
            return
        panel.display = not panel.display
        if not panel.display and panel.has_focus:
            self.body.focus()

    def on_marks_panel_jump(self, message: MarksPanel.Jump) -> None:
        self.body.cursor_to_offset(message.body_offset)

    def action_export_release(self) -> None:
        self.start_export([self.release_id], "this release's notes")

    def marks_summary(self) -> str:
        """One line per mark, for tests and screen readers."""
        return "\n".join(f"{m.label}: {one_line(m.text)} {one_line(m.note)}".strip() for m in self.mark_book.marks)
