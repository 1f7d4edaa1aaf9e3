"""Pilot tests: the real app on a real SQLite store built from tests/data/tui."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pilot_helpers import SIZE, palette_hits, seed_id, settle, until
from textual.widgets import Static

from briefing.config import load_config
from briefing.model import Release
from briefing.store import Store
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.list import ListScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.body_view import CURSOR_STYLE, BodyView
from briefing.tui.widgets.release_list import ReleaseList


async def open_release(app, pilot, release_id: int) -> ReaderScreen:
    releases = app.screen.query_one(ReleaseList)
    releases.highlight_id(release_id)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen)
    assert app.screen.release_id == release_id
    return app.screen


async def test_list_is_newest_first_with_iso_date_and_english_category(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        ids = [int(option.id) for option in releases.options]
        dates = [releases.entries[i].date for i in ids]
        assert dates == sorted(dates, reverse=True)
        first = releases.get_option_at_index(0).prompt.plain
        assert "2025-03-11" in first and "Security" in first
        assert all(releases.entries[i].gist for i in ids), "the worker fills every missing gist"
        assert all(store.entries()[n].gist for n in range(store.count())), "gists are saved in the store"


async def test_open_reader_marks_read_and_back_dims_the_row(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        target = seed_id(store)
        assert not app.screen.query_one(ReleaseList).entries[target].read
        reader = await open_release(app, pilot, target)
        header = reader.query_one("#release-header", Static).visual.plain
        assert "2025-01-19" in header and "19 มกราคม 2568" in header
        gist = next(e.gist for e in store.entries() if e.id == target)
        assert gist and gist in header, "the English gist is shown under the Thai title"
        assert "https://www.thaigov.go.th/news/contents/details/92542" in header
        assert store.release_flags(target)[0] is True
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        releases = app.screen.query_one(ReleaseList)
        assert releases.entries[target].read
        prompt = releases.get_option(str(target)).prompt
        assert any(span.style == "dim" for span in prompt.spans)


async def test_sentence_cursor_moves_and_stays_in_view(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        assert body.cursor == 0 and len(body.sentences) > 5
        await pilot.press("j", "j")
        assert body.cursor == 2
        await pilot.press("k")
        assert body.cursor == 1
        content = body.query_one("#body-text", Static).visual
        start, end = body.sentences[1]
        sentence = body.body_text[start:end]
        cursor = [s for s in content.spans if s.style == CURSOR_STYLE]
        assert len(cursor) == 1
        assert content.plain[cursor[0].start:cursor[0].end].replace("\n", "") == sentence.replace("\n", "")
        for _ in range(len(body.sentences)):
            await pilot.press("j")
        await pilot.pause()
        assert body.cursor == len(body.sentences) - 1
        row = body.body_layout.row(body.sentences[-1][0])
        assert body.scroll_y > 0
        assert body.scroll_y <= row < body.scroll_y + body.scrollable_content_region.height
        await pilot.press("home")  # scroll back to the top without moving the cursor ...
        await pilot.pause()
        assert body.scroll_y == 0 and body.cursor == len(body.sentences) - 1
        await pilot.press("j")  # ... then j starts from the first sentence on screen
        assert body.cursor == 0


async def test_next_and_previous_release(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first = store.entries()[0].id
        reader = await open_release(app, pilot, first)
        await pilot.press("n")
        await settle(app, pilot)
        assert reader.release_id == store.entries()[1].id
        assert store.release_flags(reader.release_id)[0]
        await pilot.press("p")
        await settle(app, pilot)
        assert reader.release_id == first
        await pilot.press("p")
        await settle(app, pilot)
        assert reader.release_id == first, "nothing before the newest release"


async def test_highlight_and_panel_toggles(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        text = body.query_one("#body-text", Static)
        highlighted = [s for s in text.visual.spans if s.style != CURSOR_STYLE]
        assert len(highlighted) == len(body.highlights)
        await pilot.press("h")
        assert not body.show_highlights
        assert all(s.style == CURSOR_STYLE for s in text.visual.spans)
        await pilot.press("h")
        assert len([s for s in text.visual.spans if s.style != CURSOR_STYLE]) == len(body.highlights)
        panel = reader.query_one("#entities")
        assert panel.display
        await pilot.press("i")
        assert not panel.display
        await pilot.press("i", "tab")
        assert panel.has_focus
        await pilot.press("tab")
        assert body.has_focus


async def test_star_in_list_and_reader(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        target = releases.highlighted_id
        await pilot.press("asterisk")
        assert store.release_flags(target)[1] is True
        assert releases.entries[target].starred
        assert releases.get_option(str(target)).prompt.plain.startswith("•*")
        await pilot.press("enter")
        await settle(app, pilot)
        header = app.screen.query_one("#release-header", Static)
        assert "* starred" in header.visual.plain
        await pilot.press("asterisk")
        assert store.release_flags(target)[1] is False
        assert "starred" not in header.visual.plain
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one(ReleaseList).entries[target].starred


async def test_help_lists_the_active_bindings(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help-text", Static).visual.plain
        assert "open" in text and "star" in text and "quit" in text
        await pilot.press("escape")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one("#help-text", Static).visual.plain
        for binding_id in ("next-sentence", "next-release", "highlights",
                           "entities", "back", "switch-pane"):
            assert binding_id in text
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_keymap_from_config_remaps_a_binding(store, config_file: Path, make_app):
    config_file.write_text(config_file.read_text() + '\n[keys]\nnext-sentence = "ctrl+n"\n')
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        await pilot.press("j")
        assert body.cursor == 0
        await pilot.press("ctrl+n")
        assert body.cursor == 1
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one("#help-text", Static).visual.plain
        line = next(line for line in text.splitlines() if line.rstrip().endswith("next-sentence"))
        assert line.startswith("^n")


async def test_theme_switch_from_palette_is_saved_and_used_next_time(app, store, config_file: Path, make_app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "briefing-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await until(pilot, lambda: any("Theme" in hit for hit in palette_hits(app)))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"briefing-light")
        await until(pilot, lambda: palette_hits(app)[:1] and "briefing-light" in palette_hits(app)[0])
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "briefing-light"
    saved = tomllib.loads(config_file.read_text(encoding="utf-8"))
    assert saved["ui"]["theme"] == "briefing-light"
    assert saved["store"]["path"], "the rest of the config survives the update"
    again = make_app(store, config_file)
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == "briefing-light"


async def test_ctrl_t_keeps_the_users_comments_and_other_keys_byte_for_byte(store, config_file: Path, make_app):
    """The theme picked in the app changes only `[ui] theme` in a config copied from the example."""
    example = (Path(__file__).resolve().parents[2] / "config.example.toml").read_text(encoding="utf-8")
    mine = example.replace('#path = ""', f'path = "{store.path}"', 1) + "\n# my own note at the end\n"
    config_file.write_text(mine, encoding="utf-8")
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"briefing-light")
        await until(pilot, lambda: palette_hits(app)[:1] and "briefing-light" in palette_hits(app)[0])
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "briefing-light"
    after = config_file.read_text(encoding="utf-8")
    # One line added in [ui]; every comment, blank line and other key exactly as the user had them.
    assert after.count('theme = "briefing-light"\n') == 1
    assert after.replace('theme = "briefing-light"\n', "", 1) == mine
    assert tomllib.loads(after)["ui"]["theme"] == "briefing-light"


async def test_broken_theme_file_is_a_notification(store, config_file: Path, tmp_path: Path):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "bad.toml").write_text('name = "bad"\nprimary = "not a colour"\n', encoding="utf-8")
    (themes / "mine.toml").write_text('name = "mine"\nprimary = "#336699"\ndark = true\n', encoding="utf-8")
    from briefing.tui.app import BriefingApp

    app = BriefingApp(load_config(config_file), store, config_path=config_file,
                      themes_dirs=[Path(__file__).resolve().parents[2] / "themes", themes])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("bad.toml" in m and "primary" in m for m in messages)
        assert "mine" in app.available_themes and "bad" not in app.available_themes


async def test_release_text_is_never_markup_and_control_chars_show(store, config_file: Path, make_app):
    release = Release(
        title="หัวข้อ [@click=app.quit]คลิก[/] \x1b[31mแดง\x07",
        body="ย่อหน้า [@click=app.quit]คลิกที่นี่[/] [bold]หนา[/bold] \x1b]0;x\x07 \u202eกลับ\u202c จบ",
        source="https://example.invalid/hostile", category="ด้านสังคม",
    )
    release_id = store.add_release(release)
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        row = app.screen.query_one(ReleaseList).get_option(str(release_id)).prompt.plain
        assert "[@click=app.quit]คลิก[/]" in row and "␛[31m" in row and "\x1b" not in row
        reader = await open_release(app, pilot, release_id)
        header = reader.query_one("#release-header", Static).visual.plain
        assert "[@click=app.quit]คลิก[/] ␛[31mแดง␇" in header
        body = reader.query_one(BodyView)
        plain = body.query_one("#body-text", Static).visual.plain
        assert "[@click=app.quit]คลิกที่นี่[/] [bold]หนา[/bold]" in plain
        assert "␛]0;x␇" in plain and "\u202e" not in plain
        await pilot.click("#body-text", offset=(12, 0))
        await pilot.click("#release-header", offset=(12, 0))
        await settle(app, pilot)
        assert app.is_running and isinstance(app.screen, ReaderScreen)


async def test_palette_offers_every_reader_command(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        await pilot.press("ctrl+p")
        await until(pilot, lambda: len(palette_hits(app)) > 5)
        hits = " | ".join(palette_hits(app))
        for title in ("Next sentence", "Previous sentence", "Next", "Previous", "Highlights", "Entities",
                      "Back", "Star", "Help", "Theme", "Quit"):
            assert title in hits
        await pilot.press(*"highlights")
        await until(pilot, lambda: palette_hits(app)[:1] and "Highlights" in palette_hits(app)[0])
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is reader and not reader.query_one(BodyView).show_highlights


async def test_seed_figures_and_names_are_highlighted(app, store):
    """Issue 2's acceptance: the seed's figures, people and organisations carry highlight styles."""
    from briefing.tui.widgets.body_view import HIGHLIGHT_STYLES

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        content = reader.query_one("#body-text", Static).visual
        styled = {(content.plain[s.start:s.end], s.style) for s in content.spans}
        for figure in ("21 บริษัท", "15%", "1.5 ล้านล้านหยวน"):
            assert (figure, HIGHLIGHT_STYLES["figure"]) in styled
        assert any(style == HIGHLIGHT_STYLES["person"] and "ประเสริฐ" in text for text, style in styled)
        assert any(style == HIGHLIGHT_STYLES["organisation"] for _text, style in styled)
        header = reader.query_one("#release-header", Static).visual
        assert any(HIGHLIGHT_STYLES["organisation"] in span.style and header.plain[span.start:span.end] == "กระทรวงดีอี"
                   for span in header.spans if isinstance(span.style, str))
        await pilot.press("h")
        header = reader.query_one("#release-header", Static).visual
        assert not any(isinstance(s.style, str) and "briefing" in s.style for s in header.spans)
        await pilot.press("h")
        panel = reader.query_one("#entities").plain_text
        assert "People" in panel and "Figures" in panel and "yuan" in panel


async def test_mouse_opens_a_row_and_moves_the_cursor_to_a_clicked_sentence(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        releases = app.screen.query_one(ReleaseList)
        target = store.entries()[1].id
        await pilot.click(ReleaseList, offset=(10, 2))  # rows are two lines: the second release
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.release_id == target
        await pilot.press("escape")
        await pilot.pause()
        releases.highlight_id(seed_id(store))
        await pilot.press("enter")
        await settle(app, pilot)
        body = app.screen.query_one(BodyView)
        text, layout = body.body_text, body.body_layout
        height = body.scrollable_content_region.height
        index, row = next(
            (i, layout.row(start)) for i, (start, _end) in enumerate(body.sentences)
            if i > 0 and text[start - 1] == "\n" and layout.row(start) < height
        )
        assert body.cursor == 0
        await pilot.click("#body-text", offset=(1, row))  # column 1: the text's second character (the gutter is left of the text)
        await pilot.pause()
        assert body.cursor == index


async def test_empty_store_says_how_to_import_and_unknown_key_ids_are_reported(config_file: Path, make_app):
    config_file.write_text(config_file.read_text() + '\n[keys]\n"no-such-thing" = "x"\n')
    store = Store.open(load_config(config_file))
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        empty = app.screen.query_one("#list-empty", Static)
        assert empty.display and "briefing import PATH" in empty.visual.plain
        assert any("no-such-thing" in n.message for n in app._notifications)
        await pilot.press("enter", "asterisk", "j")
        assert isinstance(app.screen, ListScreen)
    store.close()


async def test_builtin_theme_gets_the_reader_colours(app, store):
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await settle(app, pilot)
        variables = {k: v for k, v in app.theme_variables.items() if k.startswith("briefing-")}
        assert {"briefing-person", "briefing-figure", "briefing-cursor", "briefing-mark-1"} <= set(variables)
        assert not any("$" in value for value in variables.values())
        assert app.stylesheet.parse_style(CURSOR_STYLE).background is not None
        assert app.stylesheet.parse_style("bold $briefing-figure").foreground is not None


async def test_choosing_an_entity_moves_the_cursor_to_its_first_mention(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        panel = reader.query_one("#entities")
        await pilot.press("tab")
        assert panel.has_focus
        # Walk down to an entry whose first mention is past the first sentence, then choose it.
        for _ in range(panel.option_count):
            await pilot.press("down")
            option = panel.highlighted_option
            if option is not None and (panel.offset_of(option.id) or 0) >= body.sentences[1][0]:
                break
        offset = panel.offset_of(panel.highlighted_option.id)
        await pilot.press("enter")
        await pilot.pause()
        start, end = body.sentences[body.cursor]
        assert start <= offset < end or (body.cursor > 0 and body.sentences[body.cursor - 1][1] <= offset < start)
        assert body.cursor > 0


async def test_one_entry_per_entity_and_enter_again_goes_to_the_next_mention(app, store):
    """A name mentioned several times is one entry; each Enter moves the cursor to its next mention."""
    from briefing.model import entity_groups

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        panel = reader.query_one("#entities")
        groups = entity_groups(reader.analysis)
        assert len({(g.type, g.key) for g in groups}) == len(groups)
        repeated = next(g for g in groups if len(g.body_offsets) >= 2)
        english = repeated.english or "(no English form)"
        texts = panel.plain_text
        assert texts.count("• " + english) == 1, english
        await pilot.press("tab")
        index = next(i for i in range(panel.option_count)
                     if str(panel.get_option_at_index(i).prompt).startswith("• " + english))
        panel.highlighted = index
        seen = []
        for _ in repeated.body_offsets:
            await pilot.press("enter")
            await pilot.pause()
            seen.append(body.cursor)
        first, second = repeated.body_offsets[:2]
        def sentence_of(offset: int) -> int:
            return next(i for i, (a, b) in enumerate(body.sentences) if a <= offset < b)
        assert seen[:2] == [sentence_of(first), sentence_of(second)]


async def test_a_range_start_makes_the_cursor_a_range_of_sentences(app, store):
    """The hook issue 5's `v` uses: with a range start set, the cursor span covers range_start..cursor."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        body = reader.query_one(BodyView)
        await pilot.press("j")
        body.range_start = body.cursor
        await pilot.press("j", "j")
        assert body.cursor_span == (body.sentences[1][0], body.sentences[3][1])
        await pilot.press("k", "k", "k")
        assert body.cursor_span == (body.sentences[0][0], body.sentences[1][1])
        content = body.query_one("#body-text", Static).visual
        assert len([s for s in content.spans if s.style == CURSOR_STYLE]) == 1


async def test_first_launch_imports_the_seeds_and_reads_user_themes(tmp_path: Path):
    """`briefing` on a fresh machine: the real entry point's app, an empty store, the user's themes dir."""
    import argparse

    from briefing import paths
    from briefing.cli.tui import build_app

    paths.user_themes_dir().mkdir(parents=True)
    (paths.user_themes_dir() / "mine.toml").write_text('name = "mine"\nprimary = "#336699"\n', encoding="utf-8")
    config = tmp_path / "fresh.toml"
    config.write_text(f'[store]\npath = "{tmp_path / "fresh.db"}"\n[ui]\ntheme = "mine"\n', encoding="utf-8")
    app, store = build_app(argparse.Namespace(config=config))
    try:
        assert store.count() >= 30, "the seeds are imported into an empty store"
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.theme == "mine"
            releases = app.screen.query_one(ReleaseList)
            # the list fills page by page as it mounts; under load the last page lands after the first pause
            await until(pilot, lambda: releases.option_count == store.count())
            assert any("ดิจิทัล" in entry.title for entry in releases.entries.values())
            app.workers.cancel_all()  # the gist worker stops after its current release
    finally:
        store.close()


async def test_w_on_a_side_panel_name_lists_every_release_naming_it(frozen_app, store):
    """From the reader's side panel, w shows the list filtered to the releases naming that entity."""
    from briefing.tui.widgets.entities_panel import EntitiesPanel

    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reader = await open_release(app, pilot, seed_id(store))
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen), "nothing highlighted: w explains and stays"
        panel = reader.query_one(EntitiesPanel)
        await pilot.press("tab")
        for _ in range(panel.option_count):
            await pilot.press("j")
            if panel.highlighted_entity is not None:
                break
        kind, name = panel.highlighted_entity
        await pilot.press("w")
        await settle(app, pilot)
        assert isinstance(app.screen, ListScreen)
        assert getattr(app.screen.view, kind) == name
        assert seed_id(store) in app.screen.releases.entries
