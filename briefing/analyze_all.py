"""Analyse every stored release that has no analysis of the current analyzer version, on every core.

Each analysis is saved in its own transaction as it arrives (with its entity index rows and English
search text), so a run killed at any point keeps what it finished, and the next run picks up the rest:
the work list is "releases without a current analysis", never a position in a file.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator

from briefing.model import Analysis, Release
from briefing.store import Store

BATCH = 8
"""Releases per pool task: enough to hide the hand-off, few enough that progress moves smoothly."""

Progress = Callable[[int, int], None]
"""Called with (analysed so far in this run, to analyse in this run)."""


def _analyse_batch(releases: list[Release]) -> list[tuple[int, dict[str, object]]]:
    from briefing.thai import analyze

    return [(release.id or 0, analyze(release).to_json()) for release in releases]


def analyze_all(store: Store, progress: Progress | None = None, processes: int | None = None,
                limit: int | None = None) -> int:
    """Analyse and save what is missing, newest first; returns how many releases were analysed."""
    from briefing.search import default_processes
    from briefing.thai import ANALYZER_VERSION

    ids = store.unanalysed(ANALYZER_VERSION, limit=limit)
    total = len(ids)
    if not ids:
        return 0
    processes = processes or default_processes()

    def batches() -> Iterator[list[Release]]:
        for start in range(0, len(ids), BATCH):
            yield [store.release(release_id) for release_id in ids[start:start + BATCH]]

    done = 0

    def save(results: list[tuple[int, dict[str, object]]]) -> None:
        nonlocal done
        for release_id, data in results:
            store.save_analysis(release_id, Analysis.from_json(data))
        done += len(results)
        if progress is not None:
            progress(done, total)

    if processes <= 1 or total <= BATCH:
        for batch in batches():
            for release in batch:  # saved one by one: a kill loses at most the release in hand
                save(_analyse_batch([release]))
        return done
    # spawn, not fork: the parent may hold threads (a progress bar's, a UI's) and SQLite's lock.
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for results in pool.imap_unordered(_analyse_batch, batches()):
            save(results)
    return done
