"""`briefing summary --all`: brief every stored release that has no brief under the current config.

Resumable by construction: each brief is saved as soon as it is made, and a release whose brief under
`cache_key(config)` is already stored is skipped, so an interrupted run picks up where it stopped.
With an LLM backend at most `jobs` requests run at once (threads doing only the HTTP call); the store
is read and written from the calling thread only. A release whose LLM answer failed or was rejected
gets the offline brief shown but nothing cached (as in `summarise`), and is counted as failed so a
later run asks again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import Brief

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.store import Store

Progress = Callable[[int, int], None]
"""Called after each release with (done, total) of the releases this run briefs."""


@dataclass(slots=True)
class BatchResult:
    briefed: int = 0
    already: int = 0
    """Releases that had a current brief before this run (skipped: the resume)."""
    failed: int = 0
    """LLM answers that failed or were rejected (the offline brief was not cached for them)."""
    first_note: str | None = None


def brief_all(store: Store, config: Config, jobs: int = 4, progress: Progress | None = None) -> BatchResult:
    """Brief every release of `store` lacking a brief under `cache_key(config)`; see the module doc."""
    from briefing.pipeline import Pipeline
    from briefing.summary import cache_key, summarise, use_llm

    pipeline = Pipeline(store, config)

    key = cache_key(config)
    result = BatchResult()
    todo: list[int] = []
    for entry in store.entries():
        if store.brief(entry.id, key) is not None:
            result.already += 1
        else:
            todo.append(entry.id)
    total = len(todo)

    def record(release_id: int, brief: Brief) -> None:
        if brief.note is None:
            pipeline.save_brief(release_id, brief)
            result.briefed += 1
        else:
            result.failed += 1
            result.first_note = result.first_note or brief.note
        if progress is not None:
            progress(result.briefed + result.failed, total)

    if not use_llm(config):
        for release_id in todo:
            release = store.release(release_id)
            record(release_id, summarise(release, pipeline.analysis(release), config))
        return result
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        pending: dict[Future[Brief], int] = {}
        queue = list(todo)
        while queue or pending:
            while queue and len(pending) < max(1, jobs):
                release_id = queue.pop(0)
                release = store.release(release_id)
                pending[pool.submit(summarise, release, pipeline.analysis(release), config)] = release_id
            done = next(iter(_first_done(pending)))
            record(pending.pop(done), done.result())
    return result


def _first_done(pending: dict[Future[Brief], int]) -> set[Future[Brief]]:
    from concurrent.futures import FIRST_COMPLETED, wait

    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
    return finished
