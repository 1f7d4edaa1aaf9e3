"""A marked sentence in English from an LLM, against the loopback chat server (tests/llm_server.py):
a good answer is used and cached per sentence and model, an answer with a number the sentence does
not give is rejected, a server that does not answer in time leaves the offline facts line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import ChatServer, running_server

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Release
from briefing.store import Store
from briefing.summary.sentence import passage_facts, render_passage, sentence_key

DATA = Path(__file__).parent / "data" / "summary"
GOOD = "That afternoon China's MIIT minister brought 21 companies in information and digital technology to Thailand."
WRONG = GOOD.replace("21 companies", "35 companies")


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running_server() as srv:
        yield srv


@pytest.fixture
def analysis() -> Analysis:
    return Analysis.from_json(json.loads((DATA / "seed_analysis.json").read_text(encoding="utf-8")))


def span(analysis: Analysis) -> tuple[int, int]:
    """The sentence holding the figure '21 companies'."""
    figure = next(f for f in analysis.figures if f.english == "21 companies")
    return next((s, e) for s, e in analysis.sentences if s <= figure.start and figure.end <= e)


def config_for(base_url: str, timeout_s: float = 5.0) -> Config:
    return Config(summary=SummaryConfig(backend="openai", base_url=base_url, model="test-model",
                                        api_key_env="BRIEFING_TEST_KEY", timeout_s=timeout_s))


def stored(tmp_path: Path, analysis: Analysis) -> tuple[Store, Release]:
    store = Store(tmp_path / "library.db")
    release = Release(title=analysis.title, body=analysis.body, source="https://example.org/1")
    release.id = store.add_release(release)
    assert release.id is not None
    return store, release


def test_good_rendering_is_used_and_cached_per_sentence_and_model(server: ChatServer, analysis: Analysis,
                                                                  tmp_path: Path) -> None:
    server.answer = GOOD
    store, release = stored(tmp_path, analysis)
    start, end = span(analysis)
    config = config_for(server.base_url)
    first = render_passage(release, analysis, start, end, config, store)
    assert first.english == GOOD and first.note is None and first.backend == "openai:test-model"
    sent = server.requests[0][1]["messages"][1]["content"]
    assert analysis.body[start:end] in sent and "21 companies" in sent
    server.mode = "500"  # a cached rendering is not asked for again
    again = render_passage(release, analysis, start, end, config, store)
    assert again.english == GOOD and len(server.requests) == 1
    other = Config(summary=SummaryConfig(backend="openai", base_url=server.base_url, model="other-model"))
    assert sentence_key(other, analysis.body[start:end]) != sentence_key(config, analysis.body[start:end])
    assert store.entries()[0].gist is None  # the list's gist is not a sentence's rendering


def test_rendering_with_a_number_the_sentence_lacks_is_rejected(server: ChatServer, analysis: Analysis,
                                                               tmp_path: Path) -> None:
    server.answer = WRONG
    store, release = stored(tmp_path, analysis)
    start, end = span(analysis)
    result = render_passage(release, analysis, start, end, config_for(server.base_url), store)
    assert result.english is None
    assert result.note and "rejected" in result.note and "35" in result.note and "\n" not in result.note
    assert "21 companies" in result.facts
    server.answer = GOOD  # nothing was cached: the next call asks again and gets the good answer
    assert render_passage(release, analysis, start, end, config_for(server.base_url), store).english == GOOD
    assert len(server.requests) == 2


def test_a_figure_of_another_sentence_is_not_backed(server: ChatServer, analysis: Analysis) -> None:
    server.answer = GOOD + " Startups grew 15%."  # 15% is a figure of the release, not of this sentence
    start, end = span(analysis)
    result = render_passage(Release(title="t", body=analysis.body), analysis, start, end,
                            config_for(server.base_url))
    assert result.english is None and result.note and "15" in result.note


def test_timeout_falls_back_to_the_facts_line(server: ChatServer, analysis: Analysis) -> None:
    server.delay = 1.5
    start, end = span(analysis)
    result = render_passage(Release(title="t", body=analysis.body), analysis, start, end,
                            config_for(server.base_url, timeout_s=0.3))
    assert result.english is None and result.backend == "offline"
    assert result.note and "did not answer within 0.3 s" in result.note
    assert result.facts == passage_facts(analysis, start, end) and "21 companies" in result.facts


def test_offline_gives_the_facts_line_without_asking(analysis: Analysis) -> None:
    start, end = span(analysis)
    result = render_passage(Release(title="t", body=analysis.body), analysis, start, end, Config())
    assert result.english is None and result.note is None and "21 companies" in result.facts
