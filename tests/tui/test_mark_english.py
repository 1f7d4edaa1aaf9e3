"""`e` on a mark: its English from the configured LLM (a real server on 127.0.0.1), checked against the
passage's own figures, cached, shown in the marks panel and written under the quoted Thai on export;
offline, the passage's English names and figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import ChatServer, running_server
from pilot_helpers import SIZE, open_seed, seed_id, settle

from briefing.config import load_config
from briefing.store import Store
from briefing.summary.sentence import sentence_key
from briefing.tui.widgets.marks_panel import MarksPanel

RENDERED = "The deputy prime minister met the Chinese vice minister to discuss digital cooperation."


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running_server() as srv:
        yield srv


def use_llm(config_file: Path, base_url: str) -> None:
    config_file.write_text(config_file.read_text(encoding="utf-8") + (
        f'\n[summary]\nbackend = "openai"\nbase_url = "{base_url}"\nmodel = "test-model"\ntimeout_s = 5.0\n'),
        encoding="utf-8")


def english_notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_e_renders_the_mark_caches_it_and_the_export_has_it(frozen_app, store: Store, config_file: Path,
                                                                   make_app, server: ChatServer) -> None:
    use_llm(config_file, server.base_url)
    server.answer = RENDERED
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("j", "j", "m", "M", "e")
        await settle(app, pilot)
        assert any(RENDERED in note for note in english_notes(app))
        assert "EN " + RENDERED in reader.query_one(MarksPanel).plain_text
        [mark] = store.marks(seed_id(store))
        cached = store.brief(seed_id(store), sentence_key(load_config(config_file), mark.text))
        assert cached is not None and cached.brief == RENDERED
        await pilot.press("e")  # asked once: the second time comes from the store
        await settle(app, pilot)
        assert len(server.requests) == 1
        await pilot.press("x", "enter")
        await settle(app, pilot)
    [path] = list((Path.home() / "Documents" / "briefing").glob("*.md"))
    text = path.read_text(encoding="utf-8")
    quote = text.index("> ")
    assert text.index("*In English:* " + RENDERED) > quote


async def test_a_wrong_number_is_rejected_and_nothing_is_cached(frozen_app, store: Store, config_file: Path,
                                                                 make_app, server: ChatServer) -> None:
    use_llm(config_file, server.base_url)
    server.answer = "The minister met 99 companies."  # 99 is no figure of the passage
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        await pilot.press("j", "j", "m", "M", "e")
        await settle(app, pilot)
        assert any("rejected" in note for note in english_notes(app))
        assert "EN " not in reader.query_one(MarksPanel).plain_text
        [mark] = store.marks(seed_id(store))
        assert store.brief(seed_id(store), sentence_key(load_config(config_file), mark.text)) is None


async def test_offline_e_gives_the_names_and_figures(frozen_app, store: Store) -> None:
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("e")
        await settle(frozen_app, pilot)
        assert any(note.startswith("No mark here") for note in english_notes(frozen_app))
        await pilot.press("j", "j", "m", "e")
        await settle(frozen_app, pilot)
        assert any(note.startswith("In English (offline") for note in english_notes(frozen_app))
