"""Small things a person using the app tripped over (session 8's hands-on review), each pinned by the
keys that showed it: a count read "1 releases match", and escape did nothing on the list of releases
naming an entity (only F, which also drops filters, brought the list back)."""

from __future__ import annotations

import datetime as dt
import re

from conftest import GISTED, new_app

from briefing.config import load_config
from briefing.model import Analysis, Entity, Release
from briefing.store import Store
from briefing.tui.screens.entities import EntitiesScreen
from briefing.tui.screens.list import ListScreen
from briefing.tui.widgets.release_list import ReleaseList

SIZE = (120, 34)
DEPA_EN = "Digital Economy Promotion Agency (depa)"
DEPA_TH = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def title(app) -> str:
    return str(app.screen.query_one("#list-title").visual)


async def test_escape_brings_the_list_back_after_an_entity_s_releases(gisted_archive, config_file):
    ids = [entry.id for entry in gisted_archive.entries()]
    named = ids[3]
    r = gisted_archive.release(named)
    mention = Entity(type="organisation", field="body", text=DEPA_TH, start=0, end=5, english=DEPA_EN)
    gisted_archive.save_analysis(named, Analysis(title=r.title, body=r.body, entities=[mention], version="x"))
    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        await pilot.press("j", "j")
        before = releases.highlighted_id
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, EntitiesScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ListScreen)
        assert list(releases.entries) == [named]
        assert "1 release matches" in title(app)  # was "1 releases match"
        await pilot.press("escape")
        await settle(app, pilot)
        assert releases.total == GISTED and releases.highlighted_id == before
        assert f"{GISTED} releases" in title(app) and "match" not in title(app)
        assert not app.screen.view.chips()


async def test_one_release_in_the_store_is_counted_in_the_singular(config_file):
    store = Store.open(load_config(config_file))
    store.add_release(Release(title="ข่าวเดียว", body="เนื้อหา", date=dt.date(2024, 1, 1), source="https://x/1"))
    app = new_app(store, config_file)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert "·  1 release" in title(app) and "1 releases" not in title(app)
    finally:
        store.close()


async def test_the_export_and_note_dialogs_fit_an_80_column_terminal(frozen_app, store):
    """At 80x24 the 90-column dialogs ran off the right edge: the hint's end and the border were cut."""
    from pilot_helpers import open_seed

    from briefing.tui.screens.export_prompt import ExportPrompt
    from briefing.tui.screens.note_editor import NoteEditor

    async with frozen_app.run_test(size=(80, 24)) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "m", "a")
        assert isinstance(frozen_app.screen, NoteEditor)
        box = frozen_app.screen.query_one("#note-box").region
        assert box.x >= 0 and box.right <= 80, box
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(frozen_app.screen, ExportPrompt)
        box = frozen_app.screen.query_one("#export-box").region
        assert box.x >= 0 and box.right <= 80, box
        await pilot.press("escape")


async def test_escape_brings_the_list_back_after_a_filter_and_a_wrong_category_is_named(gisted_archive, config_file):
    """The empty view says "Escape or F brings back the whole list", but escape did nothing after f;
    and category:Sport (no such category) showed an empty list without saying which there are."""
    app = new_app(gisted_archive, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        await pilot.press("j")
        before = releases.highlighted_id
        await pilot.press("f", *"category:Sport", "enter")
        await settle(app, pilot)
        assert releases.total == 0 and "category:Sport" in str(app.screen.query_one("#list-chips").visual)
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert any("No release has the category 'Sport'" in m and "Economy" in m for m in warnings), warnings
        await pilot.press("escape")
        await settle(app, pilot)
        assert releases.total == GISTED and releases.highlighted_id == before
        assert not app.screen.view.chips()


async def test_notes_rows_keep_their_shape_on_a_narrow_terminal(frozen_app, store):
    """At 80 columns a long title wrapped back to the first column, under the date; each row is its
    three lines (title, gist, note), cut with an ellipsis as the release list's rows are."""
    from pilot_helpers import open_seed, settle

    from briefing.tui.screens.notes import NotesScreen

    async with frozen_app.run_test(size=(80, 24)) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "m", "N")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, NotesScreen)
        rows = frozen_app.screen.query_one("#notes-list")
        assert rows.option_count == 1
        assert rows.virtual_size.height == 3, rows.virtual_size


async def test_on_a_narrow_terminal_the_gist_starts_under_the_date(gisted_archive, config_file):
    """At 80 columns the English gist, indented under the title, had 40 characters; below 100 columns
    it starts under the date, and the list follows a resize either way."""
    app = new_app(gisted_archive, config_file)

    def gist_line() -> str:
        releases = app.screen.query_one(ReleaseList)
        return releases.get_option_at_index(0).prompt.plain.split("\n")[1]

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert gist_line().startswith("   gist ")
        await pilot.resize_terminal(120, 34)
        await settle(app, pilot)
        assert gist_line().startswith(" " * 30) and gist_line().strip().startswith("gist ")
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert gist_line().startswith("   gist ")


def test_the_reader_header_does_not_repeat_a_gist_that_is_the_title():
    """An English release's gist is often its own title: the header showed the same line twice."""
    from briefing.tui.widgets.release_header import header_content

    title = "Thai Govt’s special envoy to attend His Holiness Pope Francis’s funeral on April 26"
    release = Release(title=title, body="April 25, 2025 ...", date=dt.date(2025, 4, 25), category="Government News")
    assert header_content(release, gist=title).plain.count("special envoy") == 1
    assert header_content(release, gist="Envoy named").plain.count("Envoy named") == 1


def test_a_wrong_category_on_the_archive_names_the_near_ones_not_all_sixty() -> None:
    """On the 63,000-release archive (60 categories) category:Econ listed every category: a notice
    that covered the list at 80x24 and ran off the top of the screen."""
    from briefing.tui.screens.list import unknown_category

    known = sorted(["Economy", "Education", "Society", "Security", "Culture and Tourism", "Cabinet Meeting Summary",
                    *(f"Programme {n}" for n in range(54))])
    said = unknown_category("Econ", known)
    assert said.startswith("No release has the category 'Econ'. Did you mean Economy")
    assert "Programme" not in said and "60 names" in said and len(said) < 160
    assert "Did you mean" not in unknown_category("xyz", known)
    assert "Cabinet Meeting Summary" in unknown_category("cabinet", known)
    few = unknown_category("Sport", ["Economy", "Society"])
    assert few.endswith("The categories: Economy, Society")


async def test_side_panel_lines_fit_once_its_scrollbar_shows(frozen_app, store):
    """At 80x24 the entities panel was filled before its scrollbar appeared: the scrollbar then took two
    columns without a resize, and lines wrapped for the wider panel were cut (the end of
    'นายจิรายุ ห่วงทรัพย์ · นายจิรายุ ×2' and of long Thai agency names lost on the archive)."""
    from pilot_helpers import open_seed
    from rich.cells import cell_len

    from briefing.tui.widgets.entities_panel import EntitiesPanel

    async with frozen_app.run_test(size=(80, 24)) as pilot:
        await open_seed(frozen_app, pilot, store)
        await settle(frozen_app, pilot)
        panel = frozen_app.screen.query_one(EntitiesPanel)
        assert panel.display and panel.show_vertical_scrollbar, "the seed's panel scrolls at 80x24"
        width = panel.scrollable_content_region.width
        # The Thai lines are wrapped by briefing between words (Textual folds English at spaces itself).
        lines = [line for i in range(panel.option_count)
                 for line in str(panel.get_option_at_index(i).prompt).split("\n") if re.search("[ก-๛]", line)]
        too_wide = [line for line in lines if cell_len(line) > width]
        assert len(lines) > 10 and not too_wide, (width, too_wide)
