"""What a user hit driving the app in tmux (session 16), on the bundled seeds and on the whole archive:
each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import new_app
from pilot_helpers import gisted_archive

from briefing.model import Analysis, Entity, Release
from briefing.store import Store
from briefing.tui.screens.list import PAGE, ListScreen

SIZE = (120, 34)
PHUKET_EN, PHUKET_TH = "Phuket Province", "จังหวัดภูเก็ต"
MANY = PAGE + 100
"""Releases in the store: more than the list holds at a time, so a row can be beyond its first window."""



@pytest.fixture
def archive(config_file: Path) -> Store:
    """MANY releases, Phuket named in every tenth (gists preset: no analysis runs)."""
    store = gisted_archive(config_file, MANY, lambda n: [
        Entity(type="place", field="body", text=PHUKET_TH, start=0, end=5, english=PHUKET_EN)] if n % 10 == 0 else [])
    yield store
    store.close()


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("leave", ["names", "search"])
async def test_escape_brings_back_the_row_the_user_was_on_deep_in_the_list(archive: Store, config_file: Path,
                                                                          leave: str) -> None:
    """On the archive, 250 rows down the list, `w` on a name (or a search) then escape put the highlight
    back on the first release of the whole list: the list keeps only its first 200 rows after a view
    change, and the release the user was on was looked for there alone. Now it is found where it stood."""
    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        await pilot.press("G")
        await settle(app, pilot)
        for _ in range(MANY - 251):
            await pilot.press("k")
        await settle(app, pilot)
        releases = screen.releases
        assert releases.position == 250
        was = releases.highlighted_id
        if leave == "names":
            screen.show_entity("place", PHUKET_EN)  # what the reader's w and the entities screen's enter do
        else:
            await pilot.press("slash", *"17")
            await pilot.pause(0.5)  # the search runs once typing pauses
        await settle(app, pilot)
        assert releases.total < MANY
        await pilot.press("escape")
        await settle(app, pilot)
        assert releases.total == MANY
        assert releases.highlighted_id == was
        assert releases.position == 250


async def test_thai_text_breaks_between_words_before_its_analysis(store: Store, config_file: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A release opened while its analysis took seconds (ten under load) showed its Thai text folded in
    the middle of words: the lines broke between words only once the analysis came. Now the words are
    cut first (a tenth of a second) and the plain text is laid out between them at once."""
    import threading

    from briefing.pipeline import Pipeline
    from briefing.tui.layout import space_breaks, word_breaks_for
    from briefing.tui.screens.reader import ReaderScreen

    release_analysis = threading.Event()
    analysis = Pipeline.analysis

    def slow_analysis(self: Pipeline, release: Release) -> Analysis:
        release_analysis.wait(10)
        return analysis(self, release)

    monkeypatch.setattr(Pipeline, "analysis", slow_analysis)
    app = new_app(store, config_file)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            longest = max(store.entries(), key=lambda entry: len(store.release(entry.id).body))
            app.screen.releases.highlight_id(longest.id)
            await pilot.press("enter")
            reader = app.screen
            assert isinstance(reader, ReaderScreen)
            body = reader.body
            for _ in range(50):  # the words are cut in the worker: up to five seconds under load
                if body.word_breaks:
                    break
                await pilot.pause(0.1)
            assert reader.analysis is None  # still analysing
            text = body.body_text
            layout = body.body_layout
            allowed = set(word_breaks_for(text)) | set(space_breaks(text))
            newlines = {i for i, ch in enumerate(text) if ch == "\n"}
            folded = [text[max(0, at - 8):at] + "|" + text[at:at + 8]
                      for at in layout._inserts if at not in newlines and at not in allowed]
            assert layout.rows > 20 and not folded, folded
            release_analysis.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert reader.analysis is not None
    finally:
        release_analysis.set()


@pytest.mark.parametrize("pause", [True, False])
async def test_one_enter_in_the_search_box_opens_the_best_result(archive: Store, config_file: Path,
                                                                 pause: bool) -> None:
    """`/`, a word, Enter only moved to the list: a second Enter opened the release. Now the first Enter
    opens the highlighted (best) result, also when it is pressed before the results came (`pause`
    False: typed and entered at once); down in the box goes to the results instead."""
    from briefing.tui.screens.reader import ReaderScreen

    app = new_app(archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        await pilot.press("slash", *"17")
        if pause:
            await pilot.pause(0.5)  # the search runs once typing pauses
            await settle(app, pilot)
            best = screen.releases.highlighted_id
            assert screen.releases.total < MANY and best is not None
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert "17" in reader.release.title
        if pause:
            assert reader.release_id == best
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen and screen.releases.has_focus and screen.releases.total < MANY
        # down in the box: to the results, nothing opened
        await pilot.press("slash", "down")
        await settle(app, pilot)
        assert app.screen is screen and screen.releases.has_focus


RANGE_RELEASE = """รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กรมทางหลวงชนบท สร้างถนน 4 เลน


วันพฤหัสบดีที่ 21 สิงหาคม 2568
กรมทางหลวงชนบท สร้างถนน 4 เลน
กรมทางหลวงชนบท สร้างถนน 4 เลน
ก่อสร้างเป็นถนนคอนกรีตเสริมเหล็กขนาด 4 ช่องจราจร กว้างช่องละ 3.25 เมตร (ไป - กลับ) ไหล่ทางกว้าง 1 - 3 เมตร พร้อมก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามทางรถไฟ 1 แห่ง ความยาว 390 เมตร

ที่มา : https://www.thaigov.go.th/news/contents/details/99967
"""
"""The range as the seed release 99967 (briefing/seeds) writes it: ไหล่ทางกว้าง 1 - 3 เมตร."""


async def test_a_range_first_number_is_shown_in_its_range(store: Store, config_file: Path, tmp_path: Path) -> None:
    """ไหล่ทางกว้าง 1 - 3 เมตร gives two figures, the first written without its unit: the side panel listed
    "1 metre" over a lone "1", and the export's key figures a row "| 1 | 1 metre | 1 metre |", which says
    nothing of what measures one metre. Now both show the range: "from 1 metre" over "1 - 3 เมตร"."""
    from pilot_helpers import settle as settle_all
    from pilot_helpers import type_text

    from briefing.sources.corpus import parse_release
    from briefing.tui.screens.export_prompt import ExportPrompt
    from briefing.tui.screens.reader import ReaderScreen

    release_id = store.add_release(parse_release(RANGE_RELEASE, "range.txt", None))
    app = new_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle_all(app, pilot)
        app.screen.releases.highlight_id(release_id)
        await pilot.press("enter")
        await settle_all(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.analysis is not None
        panel = reader.entities
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any(p.startswith("• from 1 metre\n") and "1 - 3 เมตร" in p for p in prompts), prompts
        assert any(p.startswith("• 3 metres\n") for p in prompts), prompts
        await pilot.press("x")
        assert isinstance(app.screen, ExportPrompt)
        await pilot.press("ctrl+u")
        await type_text(pilot, str(tmp_path / "road.md"))
        await pilot.press("enter")
        await settle_all(app, pilot)
    exported = (tmp_path / "road.md").read_text(encoding="utf-8")
    assert "| 1 - 3 เมตร | from 1 metre | 1 metre |" in exported, exported
    assert "| 3 เมตร | 3 metres | 3 metres |" in exported
    assert "| 1 |" not in exported


async def test_the_text_stands_in_the_middle_of_a_wide_terminal(frozen_app, store: Store) -> None:
    """At 200 columns, the side panel hidden (i), the text stopped at 120 columns against the left edge and
    the right 80 were blank. Now the text (and its panels, when shown) stand in the middle."""
    from pilot_helpers import open_seed
    from pilot_helpers import settle as settle_all

    async with frozen_app.run_test(size=(200, 50)) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await pilot.press("i")
        await settle_all(frozen_app, pilot)
        body = reader.body.region
        assert not reader.entities.display and body.width == 120
        assert abs(body.x - (200 - body.right)) <= 1, body
        await pilot.press("i")
        await settle_all(frozen_app, pilot)
        shown = reader.entities.region
        assert reader.entities.display and shown.x == reader.body.region.right
        assert abs(reader.body.region.x - (200 - shown.right)) <= 1, (reader.body.region, shown)


LONG_TITLE = ("รัฐมนตรีว่าการกระทรวงยุติธรรม ลงพื้นที่ติดตามความคืบหน้าการแก้ปัญหายาเสพติดในพื้นที่จังหวัดนราธิวาส-"
              "ชื่นชมองค์การบริหารส่วนตำบลดุซงญอ สร้างศูนย์เฝ้าระวังยาเสพติดชุมชน และกลไกแจ้งเตือนภัยล่วงหน้าโดย"
              "ประชาชนมีส่วนร่วม")
"""The title of the seed release 96740 (briefing/seeds)."""


async def test_the_reader_title_breaks_between_words(store: Store, config_file: Path) -> None:
    """At 80 columns the reader's header folded a long Thai title wherever the line ended, mid-word
    (…องค์การบริหารส่วนตำบลดุซง / ญอ สร้างศูนย์…). Now it breaks between words, as the body does."""
    from pilot_helpers import settle as settle_all
    from textual.geometry import Region

    from briefing.sources.corpus import parse_release
    from briefing.tui.layout import space_breaks, word_breaks_for
    from briefing.tui.screens.reader import ReaderScreen
    from briefing.tui.widgets.release_header import ReleaseHeader

    text = RANGE_RELEASE.replace("กรมทางหลวงชนบท สร้างถนน 4 เลน", LONG_TITLE)
    release_id = store.add_release(parse_release(text, "long-title.txt", None))
    title = LONG_TITLE
    app = new_app(store, config_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_all(app, pilot)
        app.screen.releases.highlight_id(release_id)
        await pilot.press("enter")
        await settle_all(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.analysis is not None
        header = app.screen.query_one(ReleaseHeader)
        region = header.content_region
        rows = [strip.text.strip() for strip in header.render_lines(Region(0, 0, region.width, region.height))]
    allowed = set(word_breaks_for(title)) | set(space_breaks(title))
    shown, position = [], 0
    for row in rows:
        if not row or title.find(row, position) < 0:
            break  # past the title (the gist, the date)
        start = title.index(row, position)
        shown.append(row)
        assert not position or start in allowed, f"the title breaks mid-word: {title[start - 6:start]}|{row[:6]}"
        position = start + len(row)
    assert len(shown) >= 2 and position == len(title), rows


@pytest.mark.parametrize("reading", [True, False])
async def test_the_list_comes_back_at_the_release_last_read_however_deep(archive: Store, config_file: Path,
                                                                        reading: bool) -> None:
    """Quit while reading (or in the list) on a release 250 rows down: the next launch opened the reader on
    it, but escape (or the list at once) showed the top of the list, the release out of sight. Now the
    list stands at it."""
    from briefing.tui.resume import ReadingPlace, save_place

    deep = archive.entries(limit=1, offset=250)[0].id
    app = new_app(archive, config_file)
    save_place(app._place_file, ReadingPlace(release_id=deep, offset=0, reading=reading))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        if reading:
            assert app.screen.release_id == deep
            await pilot.press("escape")
            await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ListScreen)
        assert screen.releases.highlighted_id == deep and screen.releases.position == 250
