"""Analysis -> short English brief: offline from the extraction, or from an OpenAI-style LLM, checked.

The API the CLI and the TUI use:

- `summarise(release, analysis, config, on_chunk=None, store=None) -> Brief`: the whole thing.
- `cache_key(config) -> str`: the store's key for briefs made under this config.
- `make_brief(release, analysis) -> Brief` (briefing.summary.offline): the offline brief alone.
- `check_against(text, analysis) -> list[str]` (briefing.summary.check): why a text may not stand as
  the release's summary (Thai script, too long, a number that is not a figure or date).

Nothing here imports Textual; httpx is imported only when an LLM is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Brief, Release
from briefing.summary.check import check_against
from briefing.summary.offline import OFFLINE_VERSION, make_brief

if TYPE_CHECKING:
    from briefing.store import Store

__all__ = ["OFFLINE_VERSION", "cache_key", "check_against", "make_brief", "summarise", "use_llm"]


def _summary_config(config: Config | SummaryConfig) -> SummaryConfig:
    """Accept the whole Config or its `summary` section."""
    return config.summary if isinstance(config, Config) else config


def use_llm(config: Config | SummaryConfig) -> bool:
    """True when the config asks for an LLM and names a model (an empty model means offline)."""
    summary = _summary_config(config)
    return summary.backend == "openai" and bool(summary.model)


def cache_key(config: Config | SummaryConfig) -> str:
    """The store key for briefs made under `config`: "offline:<version>" or "openai:<model>:<prompt>".

    The offline version includes the analyzer's, since the brief is made from the Analysis.
    """
    if use_llm(config):
        from briefing.summary.llm import PROMPT_VERSION

        return f"openai:{_summary_config(config).model}:{PROMPT_VERSION}"
    from briefing.thai import ANALYZER_VERSION

    return f"offline:{OFFLINE_VERSION}.{ANALYZER_VERSION}"


def summarise(release: Release, analysis: Analysis, config: Config | SummaryConfig,
              on_chunk: Callable[[str], None] | None = None, store: Store | None = None) -> Brief:
    """The brief to show for a release, never raising for a failed or wrong LLM answer.

    With the offline backend (or `[summary] model` empty) this is `make_brief`. With
    `backend = "openai"` the configured server is asked; when `on_chunk` is given the answer is
    streamed and each piece of text is passed to `on_chunk` as it arrives (from the calling thread:
    the TUI calls this in a worker and posts a message from `on_chunk`). Streamed pieces are
    provisional: when this returns, show the returned Brief instead, since it may be the offline
    brief that replaces a rejected answer. The finished answer is
    checked: a gist of at most 20 words and a brief within `max_words`, English only, and every
    number a figure or date of `analysis`. If the server fails (refused connection, timeout, HTTP
    error, malformed JSON) or the answer fails a check, the offline brief is returned with
    `note` saying why, one line, for a notification.

    Caching (when `store` is given and the release has an id): a cached brief under
    `cache_key(config)` is returned without asking; a brief is saved only when it is what was asked
    for, i.e. the offline brief under the offline key, or an answer that passed every check under the
    LLM key. Nothing is cached from a rejected or failed answer, not even the offline fallback, so the
    next request asks the server again.
    """
    summary = _summary_config(config)
    max_words = summary.max_words
    key = cache_key(config)
    cacheable = store is not None and release.id is not None
    if cacheable:
        assert store is not None and release.id is not None
        cached = store.brief(release.id, key)
        if cached is not None:
            return cached
    if not use_llm(config):
        brief = make_brief(release, analysis, max_words)
        if summary.backend == "openai":
            brief.note = "no model is set in [summary] model; showing the offline brief"
        elif cacheable:
            assert store is not None and release.id is not None
            store.save_brief(release.id, key, brief)
        return brief
    brief = _llm_brief(release, analysis, summary, on_chunk, max_words)
    if brief.note is None and cacheable:
        assert store is not None and release.id is not None
        store.save_brief(release.id, key, brief)
    return brief


def _llm_brief(release: Release, analysis: Analysis, summary: SummaryConfig,
               on_chunk: Callable[[str], None] | None, max_words: int) -> Brief:
    from briefing.summary.llm import LLMError, answer_problems, complete_brief, split_answer, stream_brief

    try:
        if on_chunk is not None:
            pieces = []
            for piece in stream_brief(release, analysis, summary):
                pieces.append(piece)
                on_chunk(piece)
            text = "".join(pieces)
        else:
            text = complete_brief(release, analysis, summary)
        gist, brief_text = split_answer(text)
    except LLMError as error:
        return _fallback(release, analysis, max_words, f"LLM brief not used: {error}")
    problems = answer_problems(gist, brief_text, analysis, max_words)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return _fallback(release, analysis, max_words, f"LLM brief rejected: {problems[0]}{more}")
    return Brief(gist=gist, brief=brief_text, backend=f"openai:{summary.model}")


def _fallback(release: Release, analysis: Analysis, max_words: int, note: str) -> Brief:
    brief = make_brief(release, analysis, max_words)
    brief.note = note + "; showing the offline brief"
    return brief
