"""Release -> Analysis -> brief and gist, with the store as cache.

This is the one owner of "is what the store holds current, and who remakes it", used alike by the
TUI's workers, the CLI, export and background jobs:

- an analysis is current when it was made by this ANALYZER_VERSION (`analysis`);
- a brief is current under `summary.cache_key(config)`; an LLM answer that failed its checks is never
  cached, so it is asked again (`brief`);
- the list's gist is current when it was made under one of `gist_keys()`: the offline brief's key, the
  configured LLM's, or the English-page key (a fetched English release's gist is its own text). An offline gist always becomes the list's gist; an LLM's gist only when the
  list has none (`brief`, `gist`, `stale_gists`).

Nothing here imports Textual, and the Thai analyzer and the summary code are imported inside the
calls, so `briefing list` and the app's first paint do not pay for PyThaiNLP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from briefing.config import Config, SummaryConfig
from briefing.errors import BriefingError
from briefing.model import Release
from briefing.store import Store

if TYPE_CHECKING:
    from briefing.export.markdown import ExportItem
    from briefing.model import Analysis, Brief
    from briefing.summary.sentence import Rendering


def offline_key() -> str:
    """The summary cache key of offline briefs and gists (it names the analyzer version, so a newer
    analyzer or offline brief makes every saved gist stale)."""
    from briefing.summary import cache_key

    return cache_key(SummaryConfig())


def make_gist(release: Release, analysis: Analysis) -> str:
    """The offline gist: what the list shows for a release until an LLM's is preferred."""
    from briefing.summary.offline import make_brief

    return make_brief(release, analysis).gist


class Pipeline:
    """The store and config a caller works with; every method may analyse, so call them in workers."""

    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config

    # --- analyses --------------------------------------------------------------------------------

    def analysis(self, release: Release) -> Analysis:
        """The cached analysis of this analyzer version, or a fresh one saved for next time."""
        from briefing.thai import ANALYZER_VERSION, analyze

        assert release.id is not None
        if release.language == "en":  # the site's English pages: their own text, no Thai analysis
            from briefing.sources.page import english_analysis

            return english_analysis(release)
        cached = self.store.analysis(release.id, ANALYZER_VERSION)
        if cached is not None:
            return cached
        analysis = analyze(release)
        try:
            self.store.save_analysis(release.id, analysis)
        except BriefingError:
            pass  # only a cache (a busy or read-only store): the analysis is still good to show
        return analysis

    # --- briefs ----------------------------------------------------------------------------------

    def brief(self, release: Release, analysis: Analysis,
              on_chunk: Callable[[str], None] | None = None) -> Brief:
        """The brief under the configured summariser (cached, or made now and cached when it is what was
        asked for); its gist becomes the list's as the module docstring says."""
        from briefing.summary import summarise

        brief = summarise(release, analysis, self.config, on_chunk=on_chunk, store=self.store)
        if brief.note is None and release.id is not None:
            self._adopt_gist(release.id, brief)
        return brief

    def save_brief(self, release_id: int, brief: Brief) -> None:
        """Cache a brief made elsewhere (a batch's worker thread) under the configured summariser's key,
        with the list's gist rule; a brief with a note (an LLM answer not used) is never cached."""
        from briefing.summary import cache_key

        if brief.note is None:
            self.store.save_brief(release_id, cache_key(self.config), brief)
            self._adopt_gist(release_id, brief)

    def _adopt_gist(self, release_id: int, brief: Brief) -> None:
        """An offline gist always becomes the list's; an LLM's only when the list has none."""
        from briefing.summary import cache_key

        offline = brief.backend == "offline"
        if brief.gist and (offline or not self.store.gist(release_id)[0]):
            self.store.set_gist(release_id, brief.gist, offline_key() if offline else cache_key(self.config))

    def stored_brief(self, release: Release, analysis: Analysis) -> Brief:
        """For export, which never waits on a server: the configured LLM's brief when the reader cached
        one, else the offline brief (made and cached)."""
        from briefing.summary import cache_key, use_llm
        from briefing.summary.offline import make_brief

        if use_llm(self.config) and release.id is not None:
            cached = self.store.brief(release.id, cache_key(self.config))
            return cached if cached is not None else make_brief(release, analysis, self.config.summary.max_words)
        offline = Pipeline(self.store, _offline(self.config))
        return offline.brief(release, analysis)

    # --- the list's gists ------------------------------------------------------------------------

    def gist_keys(self) -> set[str]:
        """Keys whose gists the list keeps: the offline one, and the configured LLM's."""
        from briefing.sources.page import ENGLISH_GIST_KEY
        from briefing.summary import cache_key

        return {offline_key(), cache_key(self.config), ENGLISH_GIST_KEY}

    def stale_gists(self, release_ids: Iterable[int]) -> list[int]:
        """Of `release_ids` (in order), those whose list gist is missing or made under another key."""
        return self.store.stale_gists(release_ids, self.gist_keys())

    def gist(self, release: Release, analysis: Analysis | None = None) -> str:
        """The list's current gist of a release: the stored one when current, else made now and saved."""
        assert release.id is not None
        stored, key = self.store.gist(release.id)
        if stored and key in self.gist_keys():
            return stored
        gist = make_gist(release, analysis if analysis is not None else self.analysis(release))
        self.store.set_gist(release.id, gist, offline_key())
        return gist

    def remake_gist(self, release_id: int) -> str:
        """Make the offline gist of a stored release now (analysing it when the store has no current
        analysis) and save it as the list's; returns it."""
        release = self.store.release(release_id)
        gist = make_gist(release, self.analysis(release))
        self.store.set_gist(release_id, gist, offline_key())
        return gist

    def fill_gists(self, release_ids: Iterable[int], cancelled: Callable[[], bool] = lambda: False,
                   on_error: Callable[[int, Exception], None] | None = None,
                   elsewhere: Callable[[int], str | None] | None = None) -> Iterator[tuple[int, str]]:
        """Remake the stale gists among `release_ids`, yielding each as it is saved. A release that fails
        is skipped (and passed to `on_error`), so one bad release does not stop the others.

        `elsewhere` makes and saves one (as `remake_gist` does) in another process, so the analyzer
        never holds this process's GIL (the app's keys and paint); when it gives None (it cannot run)
        the gist is made here, and when it raises (the release failed there, or killed it) it is not."""
        for release_id in self.stale_gists(release_ids):
            if cancelled():
                return
            try:
                gist = elsewhere(release_id) if elsewhere is not None else None
                if gist is None:
                    if cancelled():  # (elsewhere was stopped: the app is closing)
                        return
                    release = self.store.release(release_id)
                    gist = make_gist(release, self.analysis(release))
                    if cancelled():  # the app is closing: the store may be closed too
                        return
                    self.store.set_gist(release_id, gist, offline_key())
            except Exception as error:  # noqa: BLE001 - one bad release must not stop the others
                if on_error is not None:
                    on_error(release_id, error)
                continue
            yield release_id, gist

    # --- export ----------------------------------------------------------------------------------

    def item(self, release_id: int) -> ExportItem:
        """A stored release with its analysis, brief and marks, as the Markdown export writes it."""
        from briefing.export.markdown import ExportItem
        from briefing.summary.sentence import cached_rendering

        release = self.store.release(release_id)
        analysis = self.analysis(release)
        marks = list(self.store.marks(release_id))
        renderings = {mark.id: text for mark in marks if mark.id is not None
                      and (text := cached_rendering(self.store, release_id, mark.text, self.config))}
        return ExportItem(release, analysis, self.stored_brief(release, analysis), marks, renderings)

    def rendering(self, release: Release, analysis: Analysis, start: int, end: int) -> Rendering:
        """The English of a marked passage: cached, or asked of the configured LLM and checked (see
        briefing.summary.sentence); offline, the passage's English names and figures."""
        from briefing.summary.sentence import render_passage

        return render_passage(release, analysis, start, end, self.config, store=self.store)


def _offline(config: Config) -> Config:
    from dataclasses import replace

    return replace(config, summary=replace(config.summary, backend="offline"))
