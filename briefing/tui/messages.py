"""What workers tell the UI. Workers never touch widgets: they post one of these and a handler
on the screen that started them owns the state change (the harlequin habit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the fetcher (httpx) is imported only when a refresh starts
    from briefing.model import Analysis
    from briefing.sources.fetch import FetchProgress, FetchReport


class AnalysisReady(Message):
    def __init__(self, release_id: int, analysis: Analysis, word_breaks: list[int], gist: str | None = None) -> None:
        super().__init__()
        self.release_id = release_id
        self.analysis = analysis
        self.word_breaks = word_breaks
        """Offsets in the body between Thai words, where lines may break."""
        self.gist = gist
        """The English one-line gist, shown under the Thai title."""


class WordBreaksReady(Message):
    """Where lines of a release's body may break between Thai words, found before its analysis (which can
    take seconds): the text is laid out between words at once, not folded mid-word until then."""

    def __init__(self, release_id: int, body: str, word_breaks: list[int]) -> None:
        super().__init__()
        self.release_id = release_id
        self.body = body
        self.word_breaks = word_breaks


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


class FetchUpdate(Message):
    """The refresh worker's news: progress after each request and item, then the report (or an error)."""

    def __init__(self, progress: FetchProgress | None = None, report: FetchReport | None = None,
                 error: str | None = None) -> None:
        super().__init__()
        self.progress = progress
        self.report = report
        """Set once, when the fetch is over (finished or cancelled)."""
        self.error = error
        """Why the fetch could not run at all."""
