"""The reader's summary panel (`s`): the English brief of the release shown, next to the entities.

The brief is made by the core pipeline (`Pipeline.brief`) in a thread worker on this panel, so the UI never
waits for a model: the worker only posts messages (`Chunk` while an LLM streams, then `Ready` or
`Failed`) and the handlers here own what is shown. A streamed answer is provisional: when the call
ends the panel shows the returned Brief, which is the offline brief (with a notification saying why)
when the LLM's answer failed its checks or the server failed. Briefs are cached in the store by
the pipeline, so opening the panel again on the same release asks nobody.

The reader's `s` and copy commands go through `ReaderSummary` (screens/reader_summary.py), which
mounts this panel and keeps it on the release shown.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from briefing.model import Analysis, Brief, Release
from briefing.tui.text import one_line, visible

if TYPE_CHECKING:
    from briefing.pipeline import Pipeline

PANEL_ID = "summary"


def backend_label(backend: str) -> str:
    """Who made a brief, for the panel's heading: "offline brief" or the model's name."""
    if backend == "offline":
        return "offline brief"
    return backend.split(":", 1)[1] if backend.startswith("openai:") else backend


def brief_text(brief: Brief) -> str:
    """What the copy command puts on the clipboard: the gist, a blank line, the brief."""
    return f"{brief.gist}\n\n{brief.brief}" if brief.gist else brief.brief


class SummaryPanel(VerticalScroll):
    """The brief of one release: pending, streaming, or done (with who made it)."""

    DEFAULT_CSS = """
    SummaryPanel {
        width: 42;
        height: 1fr;
        border: none;
        border-left: vkey $primary 40%;
        padding: 0 1;
        background: $surface;
    }
    SummaryPanel:focus {
        border: none;
        border-left: vkey $accent;
        background-tint: $primary 4%;
    }
    SummaryPanel > #summary-text {
        width: 1fr;
        height: auto;
    }
    """

    class Chunk(Message):
        """The LLM's answer so far (provisional: the final Brief replaces it)."""

        bubble = False

        def __init__(self, release_id: int, text: str) -> None:
            super().__init__()
            self.release_id = release_id
            self.text = text

    class Ready(Message):
        bubble = False

        def __init__(self, release_id: int, brief: Brief, cached: bool) -> None:
            super().__init__()
            self.release_id = release_id
            self.brief = brief
            self.cached = cached
            """True when the brief came from the store without asking anyone."""

    class Failed(Message):
        bubble = False

        def __init__(self, release_id: int, error: str) -> None:
            super().__init__()
            self.release_id = release_id
            self.error = error

    def __init__(self, *, id: str | None = PANEL_ID) -> None:
        super().__init__(id=id)
        self.release_id: int | None = None
        self.brief: Brief | None = None
        """The finished brief shown, or None while waiting or streaming."""
        self.cached = False
        self.busy = False
        """A worker is making the brief of `release_id`."""
        self.header_gist: str | None = None
        """The gist the reader's header shows (not repeated at the top of the brief)."""
        self.model = ""
        """The model asked ('' for the offline brief), for the heading while waiting."""
        self._text = Static(id="summary-text")
        """Made here, not in compose, so `show` can draw before the panel is mounted."""

    def compose(self) -> ComposeResult:
        yield self._text

    # --- what to show ----------------------------------------------------------------------------

    def show(self, release: Release, analysis: Analysis | None, pipeline: Pipeline,
             header_gist: str | None = None) -> None:
        """Show the brief of `release`, making it unless it is shown or on its way already.

        `header_gist` is the gist the reader's header shows already: the panel leaves out a brief's
        gist that only repeats it (an LLM's own gist, which differs, is shown).

        With no analysis yet the panel says so; call again when the analysis exists. A brief that
        fell back to offline (it has a note) is asked for again, since nothing was cached from it.
        """
        if release.id is None:
            return
        self.header_gist = header_gist
        same = release.id == self.release_id
        if same and (self.busy or (self.brief is not None and self.brief.note is None)):
            return
        self.release_id = release.id
        self.brief = None
        self.busy = False
        if analysis is None:
            self._draw(self._heading("waiting for the analysis…"), Content.styled("The brief is made from the "
                       "names and figures the analysis finds.", "italic $text-muted"))
            return
        from briefing.summary import use_llm

        config = pipeline.config
        self.model = config.summary.model if use_llm(config) else ""
        self.busy = True
        waiting = f"asking {self.model}…" if self.model else "making the offline brief…"
        self._draw(self._heading(waiting))
        self._make(release, analysis, pipeline, stream=config.summary.backend == "openai")

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _make(self, release: Release, analysis: Analysis, pipeline: Pipeline, stream: bool) -> None:
        """The brief off the UI thread: posts Chunk messages while an LLM streams, then Ready or Failed.

        The call itself runs in a daemon thread that this worker waits for: a worker's thread cannot
        be interrupted and Textual waits for its workers on exit, so quitting during a slow request
        would otherwise hang until `[summary] timeout_s`. Cancelled (the app closing, or another
        release shown), the worker stops waiting and the abandoned call ends on its own.
        """
        worker = get_current_worker()
        assert release.id is not None
        release_id = release.id
        pieces: list[str] = []
        outcome: list[tuple[Brief, bool] | Exception] = []
        done = threading.Event()

        def on_chunk(piece: str) -> None:
            pieces.append(piece)
            if not worker.is_cancelled:
                self.post_message(self.Chunk(release_id, "".join(pieces)))

        def call() -> None:
            from briefing.summary import cache_key

            try:
                cached = pipeline.store.brief(release_id, cache_key(pipeline.config)) is not None
                brief = pipeline.brief(release, analysis, on_chunk=on_chunk if stream else None)
                outcome.append((brief, cached))
            except Exception as error:  # noqa: BLE001 - LLM failures come back as a note; this is anything else
                outcome.append(error)
            finally:
                done.set()

        threading.Thread(target=call, name=f"summary-{release_id}", daemon=True).start()
        while not done.wait(0.05):
            if worker.is_cancelled:
                return
        if worker.is_cancelled:
            return
        result = outcome[0]
        if isinstance(result, Exception):
            self.post_message(self.Failed(release_id, f"summary failed: {result}"))
        else:
            self.post_message(self.Ready(release_id, *result))

    @on(Chunk)
    def _chunk(self, message: Chunk) -> None:
        if message.release_id != self.release_id or not self.busy:
            return
        self._draw(self._heading(f"{self.model}, streaming…"), Content(visible(message.text.strip())))

    @on(Ready)
    def _ready(self, message: Ready) -> None:
        if message.release_id != self.release_id:
            return
        self.busy = False
        self.brief = message.brief
        self.cached = message.cached
        self._draw_brief(message.brief, message.cached)
        if message.brief.note:
            self.notify(message.brief.note, title="Summary", severity="warning", timeout=10, markup=False)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        if message.release_id != self.release_id:
            return
        self.busy = False
        self._draw(self._heading("no brief"), Content.styled(one_line(message.error), "$text-error"))
        self.notify(message.error, title="Summary", severity="error", markup=False)

    # --- drawing ---------------------------------------------------------------------------------

    def _heading(self, who: str) -> Content:
        return Content.assemble(("Summary", "bold $accent"), ("  ·  ", "$text-muted"), (who, "$text-muted"))

    def _draw_brief(self, brief: Brief, cached: bool) -> None:
        who = backend_label(brief.backend) + (", from the store" if cached else "")
        parts = [self._heading(who)]
        if brief.gist and one_line(brief.gist) != one_line(self.header_gist or ""):
            parts.append(Content.styled(one_line(brief.gist), "bold $text"))
        parts.append(Content(visible(brief.brief)))
        if brief.note:
            parts.append(Content.styled(one_line(brief.note), "italic $text-warning"))
        self._draw(*parts)

    def _draw(self, *parts: Content) -> None:
        """Paragraphs separated by blank lines; every piece of text is plain Content, never markup."""
        self._text.update(Content("\n\n").join(parts))

    def copy(self) -> None:
        """Put the finished brief on the clipboard, or say why there is nothing to copy."""
        if self.brief is None:
            self.notify("The brief is not ready yet.", title="Summary", markup=False)
            return
        self.app.copy_to_clipboard(brief_text(self.brief))
        self.notify(f"Brief copied ({backend_label(self.brief.backend)}).", title="Summary", markup=False)
