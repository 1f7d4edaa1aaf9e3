"""The LLM path against a real chat-completions server on 127.0.0.1 (plain JSON and SSE streams).

The server (tests/llm_server.py) is `http.server` in a thread; each test sets how it answers. What is checked is what a user
sees: the answer when it is good, otherwise the offline brief with a one-line note, and nothing cached
from a rejected or failed answer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from llm_server import GOOD, INVENTED, ChatServer, closed_port, running_server

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Release
from briefing.pipeline import Pipeline
from briefing.sources.corpus import parse_release
from briefing.store import Store
from briefing.summary import cache_key, summarise
from briefing.summary.check import has_thai, word_count
from briefing.summary.llm import PROMPT_VERSION, split_answer
from briefing.summary.offline import make_brief

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "summary"

@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running_server() as srv:
        yield srv


def config_for(base_url: str, timeout_s: float = 5.0) -> Config:
    return Config(summary=SummaryConfig(backend="openai", base_url=base_url, model="test-model",
                                        api_key_env="BRIEFING_TEST_KEY", timeout_s=timeout_s))


@pytest.fixture
def release() -> Release:
    return parse_release((ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt").read_text(encoding="utf-8"), name="seed")


@pytest.fixture
def analysis() -> Analysis:
    return Analysis.from_json(json.loads((DATA / "seed_analysis.json").read_text(encoding="utf-8")))


def assert_offline_with_note(brief: Any, release: Release, analysis: Analysis, *words: str) -> None:
    offline = make_brief(release, analysis)
    assert brief.backend == "offline"
    assert (brief.gist, brief.brief) == (offline.gist, offline.brief)
    assert brief.note and "\n" not in brief.note
    for word in words:
        assert word in brief.note, brief.note


def test_good_plain_answer_is_used(server: ChatServer, release: Release, analysis: Analysis,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_TEST_KEY", "sekret")
    brief = summarise(release, analysis, config_for(server.base_url))
    assert brief.note is None
    assert brief.backend == "openai:test-model"
    assert (brief.gist, brief.brief) == split_answer(GOOD)
    [(headers, payload)] = server.requests
    assert headers["Authorization"] == "Bearer sekret"
    assert payload["model"] == "test-model" and payload["stream"] is False
    prompt = payload["messages"][-1]["content"]
    for fact in ("over 1.5 trillion yuan", "21 companies", "18 January 2025",
                 "Prasert Chantararuangthong, Deputy Prime Minister", "Digital Economy Promotion Agency (depa)"):
        assert fact in prompt
    assert analysis.body[:200] in prompt


def test_good_streamed_answer_arrives_in_pieces(server: ChatServer, release: Release, analysis: Analysis) -> None:
    chunks: list[str] = []
    brief = summarise(release, analysis, config_for(server.base_url), on_chunk=chunks.append)
    assert brief.note is None and brief.backend == "openai:test-model"
    assert len(chunks) > 3
    assert "".join(chunks) == GOOD
    [(headers, payload)] = server.requests
    assert payload["stream"] is True
    assert "Authorization" not in headers  # no key in the environment: no header


def test_server_that_ignores_stream_gives_one_chunk(server: ChatServer, release: Release,
                                                   analysis: Analysis) -> None:
    server.mode = "ignore-stream"
    chunks: list[str] = []
    brief = summarise(release, analysis, config_for(server.base_url), on_chunk=chunks.append)
    assert chunks == [GOOD]
    assert brief.note is None and (brief.gist, brief.brief) == split_answer(GOOD)


@pytest.mark.parametrize("stream", [False, True])
def test_invented_number_is_rejected(server: ChatServer, release: Release, analysis: Analysis, stream: bool) -> None:
    server.answer = INVENTED
    brief = summarise(release, analysis, config_for(server.base_url), on_chunk=[].append if stream else None)
    assert_offline_with_note(brief, release, analysis, "rejected", "'35'")


@pytest.mark.parametrize("answer, why", [
    (GOOD.replace("Prasert Chantararuangthong", "ประเสริฐ จันทรรวงทอง"), "Thai script"),
    (GOOD + " More words." * 60, "more than 120"),
    (GOOD.replace("On 18 January 2025", "On 19 January 2025"), "19 January 2025"),
    ("", "empty"),
], ids=["thai", "long", "wrong-date", "empty"])
def test_thai_long_wrong_date_or_empty_answers_are_rejected(server: ChatServer, release: Release,
                                                           analysis: Analysis, answer: str, why: str) -> None:
    server.answer = answer
    brief = summarise(release, analysis, config_for(server.base_url))
    assert_offline_with_note(brief, release, analysis, why)


@pytest.mark.parametrize("stream", [False, True])
def test_http_500_falls_back(server: ChatServer, release: Release, analysis: Analysis, stream: bool) -> None:
    server.mode = "500"
    brief = summarise(release, analysis, config_for(server.base_url), on_chunk=[].append if stream else None)
    assert_offline_with_note(brief, release, analysis, "HTTP 500", "model crashed")


@pytest.mark.parametrize("stream", [False, True])
def test_malformed_json_falls_back(server: ChatServer, release: Release, analysis: Analysis, stream: bool) -> None:
    server.mode = "malformed"
    brief = summarise(release, analysis, config_for(server.base_url), on_chunk=[].append if stream else None)
    assert_offline_with_note(brief, release, analysis, "not valid JSON")


@pytest.mark.parametrize("stream", [False, True])
def test_timeout_falls_back(server: ChatServer, release: Release, analysis: Analysis, stream: bool) -> None:
    server.delay = 1.5
    brief = summarise(release, analysis, config_for(server.base_url, timeout_s=0.3),
                      on_chunk=[].append if stream else None)
    assert_offline_with_note(brief, release, analysis, "did not answer within 0.3 s")


@pytest.mark.parametrize("stream", [False, True])
def test_refused_connection_falls_back(release: Release, analysis: Analysis, stream: bool) -> None:
    config = config_for(f"http://127.0.0.1:{closed_port()}/v1")
    brief = summarise(release, analysis, config, on_chunk=[].append if stream else None)
    assert_offline_with_note(brief, release, analysis, "cannot connect")


def test_cache_keys() -> None:
    from briefing.thai import ANALYZER_VERSION

    assert cache_key(config_for("http://x")) == f"openai:test-model:{PROMPT_VERSION}"
    assert cache_key(Config()).startswith("offline:") and cache_key(Config()).endswith(f".{ANALYZER_VERSION}")
    no_model = Config(summary=SummaryConfig(backend="openai", model=""))
    assert cache_key(no_model) == cache_key(Config())


def stored(tmp_path: Path, release: Release) -> tuple[Store, Release]:
    store = Store(tmp_path / "briefing.db")
    release.id = store.add_release(release)
    assert release.id is not None
    return store, release


def test_nothing_is_cached_from_a_rejected_answer(server: ChatServer, release: Release, analysis: Analysis,
                                                 tmp_path: Path) -> None:
    store, release = stored(tmp_path, release)
    config = config_for(server.base_url)
    server.answer = INVENTED
    first = summarise(release, analysis, config, store=store)
    assert first.note is not None
    assert store.brief(release.id, cache_key(config)) is None
    assert store.brief(release.id, cache_key(Config())) is None
    assert store.entries()[0].gist is None
    # the next request asks again, and a good answer is then cached and served from the store
    server.answer = GOOD
    second = summarise(release, analysis, config, store=store)
    assert second.note is None and len(server.requests) == 2
    cached = store.brief(release.id, cache_key(config))
    assert cached is not None and cached.brief == second.brief
    third = summarise(release, analysis, config, store=store)
    assert third.brief == second.brief and len(server.requests) == 2
    store.close()


def test_failed_server_caches_nothing(release: Release, analysis: Analysis, tmp_path: Path) -> None:
    store, release = stored(tmp_path, release)
    config = config_for(f"http://127.0.0.1:{closed_port()}/v1")
    assert summarise(release, analysis, config, store=store).note
    assert store.brief(release.id, cache_key(config)) is None
    store.close()


def test_offline_backend_is_cached_and_gives_the_list_gist(release: Release, analysis: Analysis,
                                                           tmp_path: Path) -> None:
    store, release = stored(tmp_path, release)
    brief = Pipeline(store, Config()).brief(release, analysis)
    assert brief.note is None and brief.backend == "offline"
    assert store.brief(release.id, cache_key(Config())) == brief
    assert store.entries()[0].gist == brief.gist
    store.close()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], check=False, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


def write_config(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[summary]\nbackend = "openai"\nbase_url = "{base_url}"\nmodel = "test-model"\n'
                    f'timeout_s = 5\n', encoding="utf-8")
    return path


def test_cli_json_uses_the_server_and_falls_back_with_a_note(server: ChatServer, tmp_path: Path) -> None:
    seed = str(ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt")
    config = write_config(tmp_path, server.base_url)
    # an answer with no numbers passes whatever the analyzer finds
    server.answer = ("MDES holds a digital dialogue with China\n\nThe Thai digital ministry met Chinese officials "
                     "and companies in Bangkok to work together on the digital economy.")
    good = run_cli("--config", str(config), "summary", "--json", seed)
    assert good.returncode == 0, good.stderr
    record = json.loads(good.stdout)
    assert set(record) == {"file", "gist", "brief", "backend"}
    assert record["backend"] == "openai:test-model" and record["gist"] == "MDES holds a digital dialogue with China"
    server.mode = "500"
    failed = run_cli("--config", str(config), "summary", "--json", seed)
    assert failed.returncode == 0
    record = json.loads(failed.stdout)
    assert record["backend"] == "offline" and not has_thai(record["brief"]) and word_count(record["brief"]) <= 120
    assert "HTTP 500" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    asked = len(server.requests)
    offline = run_cli("--config", str(config), "summary", "--offline", seed)
    assert offline.returncode == 0 and "[offline]" in offline.stdout
    assert len(server.requests) == asked


def test_cli_unreadable_file_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run_cli("summary", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith("briefing: cannot read") and len(result.stderr.strip().splitlines()) == 1
