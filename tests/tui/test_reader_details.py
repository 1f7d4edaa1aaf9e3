"""Issue 14's small things: themes found by name in the palette, one help entry, "1 release's notes",
the notes screen's escape described as what it does, notes kept on their lines in the marks panel, an
unknown theme falling back to briefing-dark."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import SIZE, open_seed, palette_hits, settle, type_text, until

from briefing.tui.screens.export_prompt import ExportPrompt
from briefing.tui.screens.help import help_content
from briefing.tui.screens.notes import NotesScreen
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.marks_panel import MarksPanel


async def test_typing_a_theme_name_in_the_palette_finds_it(app, store, config_file: Path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles)), "no command listed twice"
        assert "Keys" not in titles and "Help" in titles
        await pilot.press("ctrl+p")
        await type_text(pilot, "nord")
        await until(pilot, lambda: palette_hits(app)[:1] and "Theme: nord" in palette_hits(app)[0])
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.theme == "nord"
    assert 'theme = "nord"' in config_file.read_text(encoding="utf-8")


async def test_unknown_theme_falls_back_to_briefing_dark(store, config_file: Path, make_app):
    config_file.write_text(config_file.read_text(encoding="utf-8") + '[ui]\ntheme = "no-such-theme"\n',
                           encoding="utf-8")
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "briefing-dark"
        assert any("no-such-theme" in n.message and "briefing-dark" in n.message for n in app._notifications)


async def test_multi_line_note_export_of_one_release_and_notes_escape(frozen_app, store):
    app = frozen_app
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(app, pilot, store)
        assert reader.analysis is not None and reader.body.cursor_span is not None
        reader.marks.book.add(reader.analysis.body, reader.body.cursor_span, note="first line\nsecond line")
        await pilot.press("M")
        await settle(app, pilot)
        panel = reader.query_one(MarksPanel)
        lines = panel.plain_text.splitlines()
        assert any(line.endswith("first line") for line in lines)
        assert "  second line" in lines, "the note's second line is a line of its own"
        # the notes screen: one release -> "1 release's notes"; escape says where it goes, and goes there
        await pilot.press("N")
        await settle(app, pilot)
        notes = app.screen
        assert isinstance(notes, NotesScreen)
        assert "back to the list or the release" in help_content(notes).plain
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportPrompt)
        assert app.screen.query_one("#export-box").border_title == "Export 1 release's notes"
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is notes
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen is reader


async def test_bad_key_remaps_are_one_line_notifications_and_keep_the_defaults(store, config_file: Path, make_app):
    from briefing.tui.screens.list import ListScreen

    config_file.write_text(config_file.read_text(encoding="utf-8")
                           + '[keys]\nstar = "ctrl+shift+banana"\nmark = "j"\nquit = "ctrl+q"\n', encoding="utf-8")
    app = make_app(store, config_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        problems = [n.message for n in app._notifications if n.title == "Config"]
        assert len(problems) == 2 and all("\n" not in p for p in problems)
        banana = next(p for p in problems if "star" in p)
        assert "ctrl+shift+banana" in banana and "'banana' is not a key name" in banana
        taken = next(p for p in problems if p.startswith("[keys] mark"))
        assert "'j' is already next-sentence in the reader" in taken
        # the refused remaps changed nothing; the good one applies
        assert isinstance(app.screen, ListScreen)
        keys = {binding.id: key for key, bindings in app.screen._bindings.key_to_bindings.items()
                for binding in bindings}
        assert keys.get("star") == "asterisk"
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running, "q no longer quits: ctrl+q does"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


def test_default_keys_have_no_conflict_on_any_screen():
    from briefing.tui.commands import check_keymap, key_problem

    assert check_keymap({}) == ({}, [])
    for good in ("j", "ctrl+q", "question_mark", "f5", "shift+tab", "pageup", "ก"):
        assert key_problem(good) is None, good
    for bad in ("ctrl+shift+banana", "banana", "hyperr+x", ""):
        assert key_problem(bad) is not None, bad


def test_config_path_that_does_not_exist_is_an_error(tmp_path: Path, capsys):
    from briefing.__main__ import main

    missing = tmp_path / "nonexistent.toml"
    assert main(["--config", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"briefing: --config {missing}: no such file\n"
    assert not missing.exists()
