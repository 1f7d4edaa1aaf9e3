"""What workers tell the UI. Workers never touch widgets: they post one of these and a handler
on the screen that started them owns the state change (the harlequin habit)."""

from __future__ import annotations

from textual.message import Message

from briefing.model import Analysis


class AnalysisReady(Message):
    def __init__(self, release_id: int, analysis: Analysis, word_breaks: list[int], gist: str | None = None) -> None:
        super().__init__()
        self.release_id = release_id
        self.analysis = analysis
        self.word_breaks = word_breaks
        """Offsets in the body between Thai words, where lines may break."""
        self.gist = gist
        """The English one-line gist, shown under the Thai title."""


class AnalysisFailed(Message):
    def __init__(self, release_id: int, error: str) -> None:
        super().__init__()
        self.release_id = release_id
        self.error = error


class GistReady(Message):
    def __init__(self, release_id: int, gist: str) -> None:
        super().__init__()
        self.release_id = release_id
        self.gist = gist
