"""Marks and notes in the reader (issue 5), on the real app and a real SQLite store.

The analysis of the seed release is the frozen one (tests/data/tui/frozen.json), so sentence
offsets are fixed; every assertion reads the store or the exported file, not the widgets' intent.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from pilot_helpers import SIZE, front_matter, open_seed, seed_id, settle, type_text
from textual.widgets import Input, TextArea

from briefing.config import load_config
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export_prompt import ExportPrompt
from briefing.tui.screens.note_editor import NoteEditor
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.widgets.body_view import BodyView
from briefing.tui.widgets.marks_panel import MarksPanel

NOTE = "Ask DE ministry for the MoU text"












def sentence(reader: ReaderScreen, index: int) -> tuple[int, int]:
    """The cursor's unit: the analysis' sentences, a long one in passages (briefing/tui/passages.py)."""
    return reader.body.sentences[index]


async def test_acceptance_mark_note_export_default_path(frozen_app, store, config_file):
    """j j m, a, a note, ctrl+s, x, Enter: the file has the front matter, brief, quote and note."""
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "j", "m")
        start, end = sentence(reader, 2)
        marks = store.marks(seed_id(store))
        assert [(m.start, m.end, m.label) for m in marks] == [(start, end, "key fact")]
        assert marks[0].text == reader.analysis.body[start:end]
        await pilot.press("a")
        assert isinstance(frozen_app.screen, NoteEditor)
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(frozen_app.screen, ReaderScreen)
        assert [m.note for m in store.marks(seed_id(store))] == [NOTE], "saved at once, to the same mark"
        await pilot.press("x")
        assert isinstance(frozen_app.screen, ExportPrompt)
        await pilot.press("enter")
        await settle(frozen_app, pilot)
        out_dir = Path.home() / "Documents" / "briefing"
        files = list(out_dir.glob("*.md"))
        assert len(files) == 1, files
        assert files[0].name.startswith("2025-01-19-")
        notes = [n for n in frozen_app._notifications if "written to" in n.message]
        # the path on lines of its own, broken after a / or a - (the lines put together are the path)
        assert notes and "".join(notes[-1].message.split("\n")[1:]) == str(files[0])
    text = files[0].read_text(encoding="utf-8")
    meta, body = front_matter(text)
    release = store.release(seed_id(store))
    assert meta["title"] == reader.analysis.title
    assert meta["date"].isoformat() == "2025-01-19"
    assert meta["source"] == release.source
    assert meta["tags"] == ["key-fact"]
    assert "## Brief" in body
    tokens = MarkdownIt("commonmark").parse(body)
    quote_at = next(i for i, t in enumerate(tokens) if t.type == "blockquote_open")
    quote_text = next(t.content for t in tokens[quote_at:] if t.type == "inline")
    marked = reader.analysis.body[start:end]
    assert " ".join(quote_text.split()) == " ".join(marked.split())
    after_quote = [t.content for t in tokens[quote_at:] if t.type == "inline"]
    assert any(NOTE in content and "**Note:**" in content for content in after_quote)
    assert body.index(NOTE) > body.index("## Brief")


async def test_range_mark_covers_the_sentences_and_escape_cancels(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        body = reader.query_one(BodyView)
        await pilot.press("j", "v", "j", "j")
        assert body.cursor_span == (sentence(reader, 1)[0], sentence(reader, 3)[1])
        await pilot.press("escape")
        assert isinstance(frozen_app.screen, ReaderScreen), "escape ends the range, not the reader"
        assert body.range_start is None and store.marks(seed_id(store)) == []
        await pilot.press("k", "v", "j", "j", "j", "m")
        [mark] = store.marks(seed_id(store))
        assert (mark.start, mark.end) == (sentence(reader, 2)[0], sentence(reader, 5)[1])
        assert mark.text == reader.analysis.body[mark.start:mark.end]
        assert body.range_start is None, "marking ends the range"
        overlay = body.overlays["marks"].spans
        assert [(s.start, s.end) for s in overlay] == [(mark.start, mark.end)]
        assert overlay[0].style == "on $briefing-mark-1"


async def test_m_toggles_and_labels_cycle_with_their_colours(frozen_app, store, config_file):
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        body = reader.query_one(BodyView)
        await pilot.press("m")
        assert len(store.marks(seed_id(store))) == 1
        seen = []
        for _ in range(4):
            await pilot.press("l")
            [mark] = store.marks(seed_id(store))
            seen.append((mark.label, body.overlays["marks"].spans[0].style))
        assert seen == [
            ("follow up", "on $briefing-mark-2"),
            ("quote", "on $briefing-mark-3"),
            ("key fact", "on $briefing-mark-1"),
            ("follow up", "on $briefing-mark-2"),
        ]
        await pilot.press("m")
        assert store.marks(seed_id(store)) == [], "m on a marked sentence removes the mark"
        await pilot.press("u")
        [back] = store.marks(seed_id(store))
        assert back.label == "follow up", "undo brings the mark back as it was"


async def test_labels_come_from_the_config(store, config_file, make_app):
    config_file.write_text(config_file.read_text() + '\n[marks]\nlabels = ["claim", "check"]\n', encoding="utf-8")
    app = make_app(store, config_file, load_config(config_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot, store)
        await pilot.press("m", "l", "l", "l")
        assert [m.label for m in store.marks(seed_id(store))] == ["check"]


async def test_delete_and_undo_keep_the_note_and_id(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "a")
        await type_text(pilot, "keep me")
        await pilot.press("ctrl+s")
        await pilot.press("j", "j", "m")
        before = store.marks(seed_id(store))
        assert len(before) == 2
        await pilot.press("k", "k", "d")
        after = store.marks(seed_id(store))
        assert [m.id for m in after] == [before[1].id]
        await pilot.press("u")
        restored = store.marks(seed_id(store))
        assert [(m.id, m.note, m.start) for m in restored] == [(m.id, m.note, m.start) for m in before]
        assert restored[0].note == "keep me"
        await pilot.press("u")
        assert len(store.marks(seed_id(store))) == 2, "nothing more to undo"
        assert reader.body.cursor == 1, "undo moves the cursor to the restored mark"


async def test_cancel_with_typed_text_asks_first(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("a")
        await pilot.press("escape")
        assert isinstance(frozen_app.screen, ReaderScreen), "nothing typed: escape closes at once"
        assert store.marks(seed_id(store)) == [], "a cancelled note makes no mark"
        await pilot.press("a")
        await type_text(pilot, "draft")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(frozen_app.screen, ConfirmScreen), "typed text: escape asks first"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(frozen_app.screen, NoteEditor)
        assert frozen_app.screen.query_one(TextArea).text == "draft", "keep editing keeps the text"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(frozen_app.screen, ReaderScreen)
        assert store.marks(seed_id(store)) == []


async def test_note_on_an_existing_mark_edits_it(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "m", "a")
        await type_text(pilot, "one")
        await pilot.press("ctrl+s", "a")
        area = frozen_app.screen.query_one(TextArea)
        assert area.text == "one", "the editor opens on the mark's note"
        await type_text(pilot, " two")
        await pilot.press("ctrl+s")
        assert [m.note for m in store.marks(seed_id(store))] == ["one two"]


async def test_marks_panel_lists_marks_and_enter_jumps(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        body = reader.query_one(BodyView)
        await pilot.press("j", "m", "j", "j", "j", "j", "a")
        await type_text(pilot, "the second")
        await pilot.press("ctrl+s", "M")
        await pilot.pause()
        panel = reader.query_one(MarksPanel)
        assert panel.display and panel.option_count == 2
        assert "the second" in panel.plain_text and "key fact" in panel.plain_text
        await pilot.press("k", "k", "k", "k")
        assert body.cursor == 1
        first = store.marks(seed_id(store))[0]
        assert panel.selected_mark_id == first.id, "the panel follows the mark under the cursor"
        await pilot.press("j")
        assert panel.selected_mark_id is None, "no mark under the cursor: nothing highlighted"
        await pilot.press("k")
        panel.focus()
        await pilot.press("j", "enter")
        assert body.cursor == 5, "Enter on the second mark moves the cursor to it"
        await pilot.press("d")
        assert [m.start for m in store.marks(seed_id(store))] == [sentence(reader, 1)[0]], \
            "d in the panel deletes the highlighted mark"
        assert panel.option_count == 1
        await pilot.press("M")
        assert not panel.display and body.has_focus


async def test_overwrite_confirmation_yes_and_no(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("m", "x", "enter")
        await settle(frozen_app, pilot)
        [path] = list((Path.home() / "Documents" / "briefing").glob("*.md"))
        first = path.read_text(encoding="utf-8")
        await pilot.press("a")
        await type_text(pilot, "added later")
        await pilot.press("ctrl+s", "x", "enter")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(frozen_app, pilot)
        assert path.read_text(encoding="utf-8") == first, "no keeps the file"
        await pilot.press("x", "enter")
        await settle(frozen_app, pilot)
        await pilot.press("y")
        await settle(frozen_app, pilot)
        assert "added later" in path.read_text(encoding="utf-8"), "yes overwrites it"
        assert len(list(path.parent.glob("*.md"))) == 1


async def test_export_to_a_typed_file_and_a_bad_path(frozen_app, store, tmp_path):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("m", "x")
        field = frozen_app.screen.query_one(Input)
        target = tmp_path / "mine.md"
        field.value = str(target)
        await pilot.press("enter")
        await settle(frozen_app, pilot)
        assert target.read_text(encoding="utf-8").startswith("---\n")
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        await pilot.press("x")
        frozen_app.screen.query_one(Input).value = str(blocker / "notes")
        await pilot.press("enter")
        await settle(frozen_app, pilot)
        errors = [n for n in frozen_app._notifications if n.severity == "error"]
        assert errors and "\n" not in errors[-1].message and str(blocker) in errors[-1].message
        assert isinstance(frozen_app.screen, ReaderScreen)


async def test_marks_survive_reopening_and_show_in_the_body(frozen_app, store, config_file, make_app):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "j", "m")
    again = make_app(store, config_file)
    async with again.run_test(size=SIZE) as pilot:
        reader = await open_seed(again, pilot, store)
        spans = reader.query_one(BodyView).overlays["marks"].spans
        assert [(s.start, s.end) for s in spans] == [sentence(reader, 2)]


def test_reader_with_two_marks_and_the_marks_panel_snapshot(snap_compare, frozen_app, store):
    """Two marks in two label colours (one a range, one with a note) and the marks panel open."""

    async def mark_two(pilot) -> None:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "j", "a")
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s", "j", "j", "j", "v", "j", "m", "l", "k", "k", "k", "k", "k", "M")
        await settle(frozen_app, pilot)
        frozen_app.clear_notifications()
        await pilot.pause()

    assert snap_compare(frozen_app, terminal_size=SIZE, run_before=mark_two)


async def test_mark_keys_are_remappable_and_listed_in_help(store, config_file, make_app):
    from briefing.tui.screens.help import HelpScreen

    config_file.write_text(config_file.read_text() + '\n[keys]\nmark = "b"\nnote = "ctrl+n"\n', encoding="utf-8")
    app = make_app(store, config_file, load_config(config_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot, store)
        await pilot.press("m")
        assert store.marks(seed_id(store)) == [], "m no longer marks once remapped"
        await pilot.press("b", "ctrl+n")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        assert len(store.marks(seed_id(store))) == 1
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for line in ("b", "mark"), ("^n", "note"), ("d", "delete-mark"), ("u", "undo-mark"), ("x", "export"):
            assert any(row.startswith(line[0] + " ") and row.rstrip().endswith(line[1]) for row in text.splitlines()), line


async def test_note_on_a_range_marks_the_range(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        reader = await open_seed(frozen_app, pilot, store)
        await pilot.press("v", "j", "a")
        await type_text(pilot, "two sentences")
        await pilot.press("ctrl+s")
        [mark] = store.marks(seed_id(store))
        assert (mark.start, mark.end, mark.note) == (sentence(reader, 0)[0], sentence(reader, 1)[1], "two sentences")
        assert reader.body.range_start is None


async def test_escape_in_the_export_prompt_writes_nothing(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("m", "x")
        assert isinstance(frozen_app.screen, ExportPrompt)
        await pilot.press("escape")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, ReaderScreen)
        assert not (Path.home() / "Documents" / "briefing").exists()


async def test_a_note_the_store_cannot_take_is_kept_in_the_editor(frozen_app, store):
    """Another process holds the write lock when ctrl+s is pressed: a notification, the editor comes
    back with the text, and once the lock is gone the same text is saved."""
    import sqlite3

    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("a")
        await settle(frozen_app, pilot)
        await type_text(pilot, "keep me")
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("ctrl+s")
            await settle(frozen_app, pilot)
            assert isinstance(frozen_app.screen, NoteEditor)
            assert frozen_app.screen.query_one(TextArea).text == "keep me"
            assert any(n.message.startswith("Note not saved") for n in frozen_app._notifications)
        finally:
            other.execute("ROLLBACK")
            other.close()
        await pilot.press("ctrl+s")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, ReaderScreen)
        assert [m.note for m in store.marks(seed_id(store))] == ["keep me"]
