"""The marks of the release in the reader: what is marked where, with which label, and the undo list.

Every change goes to the store at once (each store call is its own committed transaction), so a
killed app loses nothing the user saved. Marks keep their offsets and text; where a re-analysis
moved the text, `mark_span` finds it again, so the body shows them in the right place.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.content import Span

from briefing.export.markdown import mark_span
from briefing.model import Mark

if TYPE_CHECKING:
    from briefing.store import Store

MARK_COLOURS = 3
"""Themes define `briefing-mark-1` .. `-3`; labels past the third reuse them in turn."""


def label_style(label: str, labels: list[str]) -> str:
    """The background for a label: its place in the config's list picks `$briefing-mark-N`.

    A label no longer in the config (the user changed the list) takes the colour after the last one.
    """
    index = labels.index(label) if label in labels else len(labels)
    return f"on $briefing-mark-{index % MARK_COLOURS + 1}"


def label_colour(label: str, labels: list[str]) -> str:
    """The same colour as text colour, for the label names in the marks panel."""
    return label_style(label, labels).removeprefix("on ")


class MarkBook:
    """The marks of one release, kept in step with the store, plus deleted marks for undo."""

    def __init__(self, store: Store, labels: list[str]) -> None:
        self.store = store
        self.labels = list(labels) or ["mark"]
        self.release_id: int | None = None
        self.marks: list[Mark] = []
        self.deleted: list[Mark] = []
        """Marks deleted in this reader, newest last: `u` puts them back in turn."""

    def load(self, release_id: int) -> None:
        self.release_id = release_id
        self.reload()

    def reload(self) -> None:
        self.marks = self.store.marks(self.release_id) if self.release_id is not None else []

    def spans(self, body: str) -> list[tuple[Mark, tuple[int, int]]]:
        """Each mark with where it is in this body (marks whose text is gone are left out)."""
        found = []
        for mark in self.marks:
            span = mark_span(mark, body)
            if span is not None:
                found.append((mark, span))
        return found

    def overlay(self, body: str) -> list[Span]:
        """Background spans for the body, one per mark, coloured by label."""
        return [Span(start, end, label_style(mark.label, self.labels)) for mark, (start, end) in self.spans(body)]

    def at(self, body: str, span: tuple[int, int], exact: bool = False) -> Mark | None:
        """The mark on this span of the body: the one with exactly this span, else (unless `exact`)
        the shortest one overlapping it."""
        start, end = span
        overlapping = []
        for mark, (m_start, m_end) in self.spans(body):
            if (m_start, m_end) == (start, end):
                return mark
            if m_start < end and start < m_end:
                overlapping.append((m_end - m_start, m_start, mark))
        if exact or not overlapping:
            return None
        return min(overlapping, key=lambda item: (item[0], item[1]))[2]

    def find(self, mark_id: int) -> Mark | None:
        return next((mark for mark in self.marks if mark.id == mark_id), None)

    # --- changes (each one a store transaction) -----------------------------------------------------

    def add(self, body: str, span: tuple[int, int], note: str = "") -> Mark:
        """Mark `body[start:end]` with the first label; the text is kept with the offsets."""
        assert self.release_id is not None
        start, end = span
        mark = self.store.add_mark(Mark(release_id=self.release_id, start=start, end=end,
                                        text=body[start:end], label=self.labels[0], note=note))
        self.reload()
        return mark

    def set_note(self, mark: Mark, note: str) -> Mark:
        updated = replace(mark, note=note)
        self.store.update_mark(updated)
        self.reload()
        return updated

    def next_label(self, label: str) -> str:
        if label not in self.labels:
            return self.labels[0]
        return self.labels[(self.labels.index(label) + 1) % len(self.labels)]

    def cycle_label(self, mark: Mark) -> Mark:
        updated = replace(mark, label=self.next_label(mark.label))
        self.store.update_mark(updated)
        self.reload()
        return updated

    def delete(self, mark: Mark) -> Mark:
        assert mark.id is not None
        deleted = self.store.delete_mark(mark.id)
        self.deleted.append(deleted)
        self.reload()
        return deleted

    def undo(self) -> Mark | None:
        """Put back the last deleted mark (with its note, label and id); None if nothing to undo."""
        if not self.deleted:
            return None
        restored = self.store.restore_mark(self.deleted.pop())
        self.reload()
        return restored
