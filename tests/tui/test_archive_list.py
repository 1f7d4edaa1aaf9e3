"""Pilot tests of the whole archive in the list: the virtual list, `/` search, filter chips and the
entities screen, on a store of generated releases (gists preset, so no analysis runs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import new_app

from briefing.config import load_config
from briefing.model import Analysis, Entity, Release
from briefing.search import import_and_index
from briefing.store import Store
from briefing.tui.screens.entities import EntitiesScreen
from briefing.tui.screens.list import ListScreen
from briefing.tui.widgets.release_list import MATCH_STYLE, ReleaseList

SIZE = (120, 34)
COUNT = 60
DEPA_EN = "Digital Economy Promotion Agency (depa)"
DEPA_TH = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"


def release(n: int) -> Release:
    topic = "ราคาข้าวหอมมะลิ" if n % 10 == 3 else ("ผลผลิตข้าวโพด" if n % 10 == 4 else "การประชุมหารือ")
    return Release(title=f"{topic} ฉบับที่ {n}", body=f"รายละเอียดข่าว {topic} ลำดับ {n}",
                   date=dt.date(2020, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ" if n % 2 else "ด้านสังคม",
                   source=f"https://example.test/{n}")


@pytest.fixture
def archive(config_file: Path) -> Store:
    from briefing.pipeline import offline_key

    store = Store.open(load_config(config_file))
    new, _, _ = import_and_index(store, [(str(n), release(n)) for n in range(COUNT)])
    assert new == COUNT
    for entry in store.entries():
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
    yield store
    store.close()


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.tui.screens.list as list_screen

    monkeypatch.setattr(list_screen, "PAGE", 10)
    monkeypatch.setattr(list_screen, "SEARCH_DELAY", 0.01)


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def title(app) -> str:
    return str(app.screen.query_one("#list-title").visual)


async def test_every_release_is_reachable_with_a_bounded_window(archive, config_file, small_window):
    app = new_app(archive, config_file)
    newest_first = [entry.id for entry in archive.entries()]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        assert f"{COUNT} releases" in title(app)
        assert releases.option_count == 10 < COUNT
        await pilot.press("G")
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[-1] and releases.position == COUNT - 1
        await pilot.press("g")
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[0]
        for _ in range(30):
            await pilot.press("j")
            await pilot.pause()
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[30] and releases.position == 30
        assert releases.option_count <= 10
        for _ in range(30):
            await pilot.press("k")
            await pilot.pause()
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[0]
        await pilot.press("end")
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[-1]
        await pilot.press("home")
        await settle(app, pilot)
        assert releases.highlighted_id == newest_first[0]


async def test_a_held_key_outrunning_the_paint_loses_no_press(archive, config_file, small_window):
    """Keys that arrive faster than the app handles them (a held j on a busy machine) are all handled,
    as a terminal delivers them: a move of the window asked for by one press is made from where the
    highlight is when it runs, so the presses handled meanwhile are not undone."""
    from textual import events

    app = new_app(archive, config_file)
    newest_first = [entry.id for entry in archive.entries()]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        for _ in range(40):  # all queued before the app handles the first
            app._driver.send_message(events.Key("j", "j"))
        await settle(app, pilot)
        assert releases.position == 40 and releases.highlighted_id == newest_first[40]
        for _ in range(25):
            app._driver.send_message(events.Key("k", "k"))
        await settle(app, pilot)
        assert releases.position == 15 and releases.highlighted_id == newest_first[15]


async def test_slash_searches_as_you_type_and_escape_restores(archive, config_file, small_window):
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        await pilot.press("j", "j")
        before = releases.highlighted_id
        await pilot.press("slash")
        # Pilot.press() makes no character of a Thai combining mark (ั ้): insert the word as typed text.
        app.screen.query_one("#search").insert_text_at_cursor("ข้าว")
        await pilot.pause(0.05)  # the debounce timer
        await settle(app, pilot)
        titles = [entry.title for entry in releases.entries.values()]
        assert titles and all(t.startswith("ราคาข้าวหอมมะลิ") for t in titles)  # not ข้าวโพด
        assert releases.total == COUNT // 10
        assert f"{COUNT // 10} releases match" in title(app)
        prompt = releases.get_option_at_index(0).prompt
        assert any(span.style == MATCH_STYLE for span in prompt.spans), "the match is highlighted"
        await pilot.press("down")  # to the results (enter opens the first of them)
        assert releases.has_focus
        await pilot.press("escape")
        await settle(app, pilot)
        assert releases.total == COUNT and releases.highlighted_id == before
        assert f"{COUNT} releases" in title(app)


async def test_filters_show_as_chips_and_combine(archive, config_file, small_window):
    app = new_app(archive, config_file)
    starred = [entry.id for entry in archive.entries()][:6]
    for release_id in starred:
        archive.set_starred(release_id, True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        await pilot.press("f", *"starred", "enter")
        await settle(app, pilot)
        assert releases.total == 6
        await pilot.press("f", *"category:Economy", "enter")
        await settle(app, pilot)
        assert releases.total == 3 and all(e.starred and e.category == "ด้านเศรษฐกิจ" for e in releases.entries.values())
        chips = str(app.screen.query_one("#list-chips").visual)
        assert "starred" in chips and "category:Economy" in chips
        await pilot.press("f", *"since:soon", "enter")  # a bad filter is a notification, not a crash
        await pilot.pause()
        assert any("YYYY-MM-DD" in n.message for n in app._notifications)
        await pilot.press("escape", "F")
        await settle(app, pilot)
        assert releases.total == COUNT


async def test_the_first_screen_reads_few_rows_and_the_window_fills_after(archive, config_file, monkeypatch):
    import briefing.tui.screens.list as list_screen

    monkeypatch.setattr(list_screen, "PAGE", 50)  # more than the first screen's rows (24 at 34 lines)
    newest_first = [entry.id for entry in archive.entries()]
    app = new_app(archive, config_file)
    app.last_opened = newest_first[40]  # where the last session was: beyond the first rows
    first: list[int] = []
    original = list_screen.ListScreen.compose

    def compose(self):
        for widget in original(self):
            if isinstance(widget, ReleaseList):
                first.append(widget.option_count)
            yield widget

    monkeypatch.setattr(list_screen.ListScreen, "compose", compose)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        assert first == [24]
        assert releases.option_count == 50 and releases.highlighted_id == newest_first[40]
        await pilot.press("g", *["j"] * 30)
        await settle(app, pilot)
        assert releases.position == 30 and releases.highlighted_id == newest_first[30]


async def test_entities_screen_merges_aliases_and_lists_their_releases(archive, config_file, small_window):
    ids = [entry.id for entry in archive.entries()]
    for n, release_id in enumerate(ids[:3]):
        r = archive.release(release_id)
        mention = (Entity(type="organisation", field="body", text="ดีป้า", start=0, end=5, english=DEPA_EN,
                          canonical=DEPA_TH) if n % 2 else
                   Entity(type="organisation", field="body", text=DEPA_TH, start=0, end=5, english=DEPA_EN))
        archive.save_analysis(release_id, Analysis(title=r.title, body=r.body, entities=[mention], version="x"))
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        assert [(e.english, e.releases) for e in screen.entities] == [(DEPA_EN, 3)]
        assert "ดีป้า" in screen.entities[0].aliases
        assert "covers 0 of 60" in str(screen.query_one("#entities-title").visual)  # analyses of version x
        assert sum(screen.query_one("#entity-trend").data) == 3
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ListScreen)
        releases = app.screen.query_one(ReleaseList)
        assert list(releases.entries) == ids[:3]  # newest first
        assert "organisation:" in str(app.screen.query_one("#list-chips").visual)


async def test_reader_n_and_p_walk_the_filtered_view_past_the_window(archive, config_file, small_window):
    economy = [entry.id for entry in archive.entries() if entry.category == "ด้านเศรษฐกิจ"]
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *"category:Economy", "enter")
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        assert releases.total == len(economy) == COUNT // 2 and releases.option_count == 10
        await pilot.press("enter")
        await settle(app, pilot)
        seen = [app.screen.release_id]
        for _ in range(14):  # beyond the list's window of 10 rows
            await pilot.press("n")
            await settle(app, pilot)
            seen.append(app.screen.release_id)
        assert seen == economy[:15], "n follows the filtered view, not the whole store"
        await pilot.press("p")
        await settle(app, pilot)
        assert app.screen.release_id == economy[13]
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ListScreen)
        assert releases.highlighted_id == economy[13] and releases.position == 13


# SVG snapshots on the fixed store of tests/data/tui (update with `pytest --snapshot-update`)

async def _search_with_chip(pilot) -> None:
    await settle(pilot.app, pilot)
    await pilot.press("f", *"unread", "enter")
    await settle(pilot.app, pilot)
    await pilot.press("slash")
    pilot.app.screen.query_one("#search").insert_text_at_cursor("ดิจิทัล")
    await pilot.pause(0.05)
    await settle(pilot.app, pilot)


def test_search_and_chip_snapshot(snap_compare, frozen_app, small_window):
    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=_search_with_chip)


async def _entities(pilot) -> None:
    await settle(pilot.app, pilot)
    await pilot.press("e")
    await settle(pilot.app, pilot)


def test_entities_screen_snapshot(snap_compare, frozen_app):
    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=_entities)


async def test_several_filters_typed_at_once_all_apply(archive, config_file, small_window):
    """The prompt's hint lists the filters side by side: typed so ("since:... until:... unread"), each
    applies. Before, the second was read as part of the first's value and the whole line refused."""
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        typed = "since:2020-01-11 until:2020-01-20 category:Economy"
        await pilot.press("f", *["space" if ch == " " else ch for ch in typed], "enter")
        await settle(app, pilot)
        dates = sorted(entry.date for entry in releases.entries.values())
        assert releases.total == 5 and dates[0] >= dt.date(2020, 1, 11) and dates[-1] <= dt.date(2020, 1, 20)
        chips = str(app.screen.query_one("#list-chips").visual)
        assert "category:Economy" in chips and "2020-01-11" in chips and "2020-01-20" in chips
        typed = "since:2020-01-11 until:2020-13-01"  # one bad: nothing applies, the message says which
        await pilot.press("F", "f", *["space" if ch == " " else ch for ch in typed], "enter")
        await settle(app, pilot)
        assert releases.total == COUNT
        assert any("2020-13-01" in n.message for n in app._notifications)


async def test_the_header_counts_a_long_search_index_run(config_file, monkeypatch):
    """A store whose index is made again (the schema-5 upgrade queues all 63k releases: ~70 s) says so in the
    header while it runs, and nothing once the run is done; update_index reports its start and its end."""
    import briefing.tui.screens.list as list_screen
    from briefing.pipeline import offline_key
    from briefing.search import update_index

    store = Store.open(load_config(config_file))
    for n in range(COUNT):
        store.add_release(release(n))  # stored, not indexed: queued for search
    for entry in store.entries():
        store.set_gist(entry.id, f"gist {entry.id}", offline_key())
    calls: list[tuple[int, int]] = []
    assert update_index(store, progress=lambda done, total: calls.append((done, total))) == COUNT
    assert calls[0] == (0, COUNT) and calls[-1] == (COUNT, COUNT)
    for n in range(COUNT, COUNT + 3):
        store.add_release(release(n))
    monkeypatch.setattr(list_screen, "INDEX_PROGRESS_MIN", 1)
    app = new_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert store.search_pending_count() == 0
        assert "indexing" not in title(app)  # the run is over: the count is gone
        screen = app.screen
        assert isinstance(screen, ListScreen)
        screen._show_indexing(1_500, 62_904)
        assert "indexing for search 1,500/62,904" in title(app)
        screen._show_indexing(0, 0)
        assert "indexing" not in title(app)
    store.close()


async def test_one_index_run_at_a_time(config_file):
    """Asked again while a run goes on (at launch, then a refresh), the list started a second worker that cut the
    same releases' words again; now the running one looks at the queue once more and there is one worker."""
    from textual.worker import WorkerState

    store = Store.open(load_config(config_file))
    for n in range(COUNT):
        store.add_release(release(n))
    app = new_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        for n in range(COUNT, COUNT + 40):
            store.add_release(release(n))
        screen.update_search_index()
        screen.update_search_index()
        screen.update_search_index()
        running = [w for w in app.workers if w.group == "index" and w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        assert len(running) == 1
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert store.search_pending_count() == 0
        screen.update_search_index()  # after the run: a new one starts
        await app.workers.wait_for_complete()
        assert not screen._index_running
    store.close()


async def test_an_english_search_finds_thai_releases_and_says_what_it_searched(archive, config_file, small_window):
    # The archive is Thai: "rice" finds the releases that write ข้าว (briefing/search_glossary.py), and the chips
    # line says so, so a Thai title under an English search is explained; a Thai search says nothing of it.
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        chips = app.screen.query_one("#list-chips")
        await pilot.press("slash", *"rice")
        await pilot.pause(0.05)  # the debounce timer
        await settle(app, pilot)
        titles = [entry.title for entry in releases.entries.values()]
        assert titles and all(t.startswith("ราคาข้าวหอมมะลิ") for t in titles)  # ข้าว, not ข้าวโพด
        assert releases.total == COUNT // 10
        assert "also in Thai: rice = ข้าว" in str(chips.visual)
        prompt = releases.get_option_at_index(0).prompt
        assert any(span.style == MATCH_STYLE for span in prompt.spans), "the Thai form is highlighted"
        search_box = app.screen.query_one("#search")
        search_box.value = ""
        search_box.insert_text_at_cursor("ข้าว")
        await pilot.pause(0.05)
        await settle(app, pilot)
        assert releases.total == COUNT // 10
        assert "also in Thai" not in str(chips.visual)


async def test_a_long_expansion_keeps_to_the_chips_line(archive, config_file, small_window):
    app = new_app(archive, config_file)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"rice")
        await pilot.pause(0.05)
        await settle(app, pilot)
        screen = app.screen
        # EEC and Bangkok's Thai forms, as the archive gives them: three lines of a 60-column screen before
        screen.expanded = ("EEC = ระเบียงเศรษฐกิจพิเศษภาคตะวันออก, อีอีซี, เขตพัฒนาพิเศษภาคตะวันออก; Bangkok ="
                           " กรุงเทพมหานคร, กรุงเทพฯ, กทม.")
        screen._update_title()
        await pilot.pause()
        text = str(screen.query_one("#list-chips").visual)
        assert "also in Thai: EEC = ระเบียง" in text and text.endswith("…") and "\n" not in text


async def test_a_given_name_alone_shows_the_full_name_it_ranks_first(archive, config_file, small_window):
    # "Srettha" found a district official named นายเศรษฐา ขันตี above the Prime Minister (the name in his title);
    # now the releases naming เศรษฐา ทวีสิน come first, and the chips line says so.
    from briefing.pipeline import offline_key

    other = Release(title="นายเศรษฐา ขันตี อุตสาหกรรมจังหวัดบึงกาฬ ลงพื้นที่", body="นายเศรษฐา ขันตี ตรวจโรงงาน",
                    date=dt.date(2020, 6, 2), category="ด้านเศรษฐกิจ", source="https://example.test/other")
    prime_minister = Release(title="ประชุมคณะรัฐมนตรี", body="นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธาน",
                             date=dt.date(2020, 6, 1), category="ด้านเศรษฐกิจ", source="https://example.test/pm")
    import_and_index(archive, [("other", other), ("pm", prime_minister)])
    for entry in archive.entries(limit=2):
        archive.set_gist(entry.id, f"gist {entry.id}", offline_key())
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        await pilot.press("slash", *"Srettha")
        await pilot.pause(0.05)  # the debounce timer
        await settle(app, pilot)
        titles = [releases.entries[int(releases.get_option_at_index(i).id or 0)].title for i in range(2)]
        assert titles == [prime_minister.title, other.title]
        assert "also in Thai: Srettha = เศรษฐา (เศรษฐา ทวีสิน first)" in str(app.screen.query_one("#list-chips").visual)
