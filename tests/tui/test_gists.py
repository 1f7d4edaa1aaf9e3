"""The list's gists are remade when they were made under another summary key (an older analyzer or
offline brief), and kept when they are current: the list shows what the current code would make."""

from __future__ import annotations

from briefing.pipeline import make_gist, offline_key
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION
from briefing.tui.widgets.release_list import ReleaseList


async def test_the_list_remakes_stale_gists_and_keeps_current_ones(frozen_app, store: Store) -> None:
    seed = next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-01-19")
    other = next(e.id for e in store.entries() if e.id != seed)
    store.set_gist(seed, "A gist from an older analyzer", "offline:0.0")
    store.set_gist(other, "A current gist", offline_key())
    analysis = store.analysis(seed, ANALYZER_VERSION)
    assert analysis is not None
    expected = make_gist(store.release(seed), analysis)
    async with frozen_app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        await frozen_app.workers.wait_for_complete()
        await pilot.pause()
        entries = frozen_app.screen.query_one(ReleaseList).entries
        assert entries[seed].gist == expected != "A gist from an older analyzer"
        assert entries[other].gist == "A current gist"
    by_id = {e.id: e.gist for e in store.entries()}
    assert (by_id[seed], by_id[other]) == (expected, "A current gist")
    assert frozen_app.pipeline.stale_gists([e.id for e in store.entries()]) == []
