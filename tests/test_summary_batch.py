"""`briefing summary --all`: every stored release briefed once, resumed after an interruption, LLM
requests at most `jobs` at once against the loopback server, nothing cached from a failed answer."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import running_server

from briefing.config import Config, SummaryConfig
from briefing.sources.corpus import parse_release
from briefing.store import Store
from briefing.summary import cache_key
from briefing.summary.batch import brief_all

DATA = Path(__file__).parent / "data" / "summary"
FILES = ["93268_economy.txt", "93693_social.txt", "94049_social.txt"]


class Interrupted(Exception):
    pass


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "library.db")
    for name in FILES:
        store.add_release(parse_release((DATA / name).read_text(encoding="utf-8"), name=name))
    yield store


def test_interrupted_run_resumes_where_it_stopped(store: Store) -> None:
    config = Config()
    seen: list[int] = []

    def stop_after_two(done: int, total: int) -> None:
        seen.append(done)
        if done == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        brief_all(store, config, progress=stop_after_two)
    assert seen == [1, 2]
    ids = [e.id for e in store.entries()]
    key = cache_key(config)
    assert sum(store.brief(i, key) is not None for i in ids) == 2
    result = brief_all(store, config, progress=lambda done, total: seen.append(total))
    assert (result.briefed, result.already, result.failed) == (1, 2, 0)
    assert seen[-1] == 1  # the resumed run counts only what was left
    assert all(store.brief(i, key) is not None for i in ids)
    assert brief_all(store, config).already == 3


def test_llm_backend_briefs_concurrently_and_keeps_failures_for_a_later_run(store: Store) -> None:
    with running_server() as server:
        server.answer = "Officials met to discuss the plan\n\nOfficials met and discussed the plan and its next steps."
        server.delay = 0.3
        config = Config(summary=SummaryConfig(backend="openai", base_url=server.base_url, model="m", timeout_s=5))
        result = brief_all(store, config, jobs=3)
        assert (result.briefed, result.failed) == (3, 0)
        assert len(server.requests) == 3
        store2_key = cache_key(config)
        assert all(store.brief(e.id, store2_key) is not None for e in store.entries())
        server.mode = "500"
        other = Config(summary=SummaryConfig(backend="openai", base_url=server.base_url, model="n", timeout_s=5))
        failed = brief_all(store, other, jobs=2)
        assert (failed.briefed, failed.failed) == (0, 3) and failed.first_note and "500" in failed.first_note
        assert all(store.brief(e.id, cache_key(other)) is None for e in store.entries())


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], check=False, capture_output=True, text=True,
                          timeout=120, env=os.environ.copy())


def test_summary_needs_files_or_all() -> None:
    done = run_cli("summary")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--all" in done.stderr
    done = run_cli("summary", "--all", str(DATA / FILES[0]))
    assert done.returncode == 2 and "not both" in done.stderr
