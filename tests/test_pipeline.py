"""The core pipeline owns what the store caches: analyses by analyzer version, briefs by summary key,
and which gist the list shows (offline always; an LLM's only when the list has none)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import ChatServer, running_server

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Release
from briefing.pipeline import Pipeline, offline_key
from briefing.sources.corpus import parse_release
from briefing.store import Store
from briefing.summary import cache_key
from briefing.thai import ANALYZER_VERSION

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
FROZEN = Path(__file__).parent / "data" / "summary" / "seed_analysis.json"


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running_server() as srv:
        yield srv


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "briefing.db")
    yield store
    store.close()


@pytest.fixture
def seed(store: Store) -> Release:
    release = parse_release(SEED.read_text(encoding="utf-8"), name="seed")
    release.id = store.add_release(release)
    analysis = Analysis.from_json(json.loads(FROZEN.read_text(encoding="utf-8")))
    analysis.version = ANALYZER_VERSION
    store.save_analysis(release.id, analysis)  # type: ignore[arg-type]
    return release


def llm(base_url: str) -> Config:
    return Config(summary=SummaryConfig(backend="openai", base_url=base_url, model="m", timeout_s=5.0))


def test_analysis_is_read_from_the_store_when_current(store: Store, seed: Release) -> None:
    assert seed.id is not None
    cached = store.analysis(seed.id, ANALYZER_VERSION)
    assert Pipeline(store, Config()).analysis(seed) == cached


def test_an_llm_gist_is_the_lists_only_when_it_has_none(server: ChatServer, store: Store, seed: Release) -> None:
    assert seed.id is not None
    pipeline = Pipeline(store, llm(server.base_url))
    analysis = pipeline.analysis(seed)
    brief = pipeline.brief(seed, analysis)
    assert brief.note is None and brief.backend == "openai:m"
    assert store.gist(seed.id) == (brief.gist, cache_key(llm(server.base_url)))
    assert pipeline.stale_gists([seed.id]) == []  # the configured model's gist is current
    # The offline brief's gist replaces it; a later LLM answer does not replace the offline gist.
    offline = Pipeline(store, Config()).brief(seed, analysis)
    assert store.gist(seed.id) == (offline.gist, offline_key())
    store.save_brief(seed.id, cache_key(llm(server.base_url)), brief)
    pipeline.brief(seed, analysis)
    assert store.gist(seed.id)[0] == offline.gist


def test_a_rejected_llm_answer_sets_no_gist(server: ChatServer, store: Store, seed: Release) -> None:
    from llm_server import INVENTED

    assert seed.id is not None
    server.answer = INVENTED
    pipeline = Pipeline(store, llm(server.base_url))
    assert pipeline.brief(seed, pipeline.analysis(seed)).note
    assert store.gist(seed.id) == ("", "")


def test_stale_gists_are_remade_and_current_ones_kept(store: Store, seed: Release) -> None:
    assert seed.id is not None
    pipeline = Pipeline(store, Config())
    store.set_gist(seed.id, "made by an older analyzer", "offline:0.0")
    assert pipeline.stale_gists([seed.id]) == [seed.id]
    made = dict(pipeline.fill_gists([seed.id]))
    assert made[seed.id] != "made by an older analyzer"
    assert pipeline.gist(seed) == made[seed.id] == store.gist(seed.id)[0]
    assert list(pipeline.fill_gists([seed.id])) == []


def test_fill_gists_reports_a_failure_and_goes_on(store: Store, seed: Release, tmp_path: Path) -> None:
    import sqlite3

    assert seed.id is not None
    broken = parse_release(SEED.read_text(encoding="utf-8").replace("92542", "92543"), name="broken")
    broken.id = store.add_release(broken)
    assert broken.id is not None
    store.save_analysis(broken.id, Pipeline(store, Config()).analysis(seed))
    with sqlite3.connect(tmp_path / "briefing.db") as conn:  # a damaged cached analysis
        conn.execute("UPDATE analyses SET json = '{' WHERE release_id = ?", (broken.id,))
    failures: list[int] = []
    made = list(Pipeline(store, Config()).fill_gists([broken.id, 987654, seed.id],
                                                      on_error=lambda rid, _error: failures.append(rid)))
    assert [rid for rid, _gist in made] == [seed.id]
    assert failures == [broken.id]  # an id not in the store is not stale, so never tried


def test_export_item_uses_the_cached_llm_brief_and_never_asks(server: ChatServer, store: Store,
                                                               seed: Release) -> None:
    assert seed.id is not None
    config = llm(server.base_url)
    item = Pipeline(store, config).item(seed.id)
    assert item.brief.backend == "offline" and server.requests == []
    asked = Pipeline(store, config).brief(seed, item.analysis)
    assert Pipeline(store, config).item(seed.id).brief == asked


def test_an_analysis_is_shown_even_when_the_cache_cannot_take_it(store: Store, tmp_path: Path) -> None:
    """Another process holds the write lock: the analysis is made and returned, just not cached."""
    import sqlite3

    release = parse_release(SEED.read_text(encoding="utf-8"), name="seed")
    release.id = store.add_release(release)
    assert release.id is not None
    store.set_busy_timeout(0.05)
    other = sqlite3.connect(tmp_path / "briefing.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        analysis = Pipeline(store, Config()).analysis(release)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert analysis.entities and analysis.version == ANALYZER_VERSION
    assert store.analysis(release.id, ANALYZER_VERSION) is None
