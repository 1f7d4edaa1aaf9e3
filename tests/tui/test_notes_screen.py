"""The notes screen (issue 5): every marked release, opened with Enter, exported all at once."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import SIZE, front_matter, open_seed, palette_hits, seed_id, settle, type_text, until

from briefing.config import load_config
from briefing.model import Mark
from briefing.store import Store
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export_prompt import ExportPrompt
from briefing.tui.screens.list import ListScreen
from briefing.tui.screens.notes import NotesScreen
from briefing.tui.screens.reader import ReaderScreen


def other_id(store: Store) -> int:
    return next(e.id for e in store.entries() if e.date and e.date.isoformat() == "2025-03-11")


def mark_other(store: Store, note: str = "") -> Mark:
    """A mark made straight in the store, as an earlier session would have left it."""
    release = store.release(other_id(store))
    start = release.body.index(release.body.strip()[:10])
    end = start + 40
    return store.add_mark(Mark(release_id=release.id, start=start, end=end, text=release.body[start:end],
                               label="follow up", note=note))


def notes_text(screen: NotesScreen) -> list[str]:
    rows = screen.rows_list
    return [str(rows.get_option_at_index(i).prompt) for i in range(rows.option_count)]


async def test_notes_screen_lists_marked_releases_and_opens_them(frozen_app, store):
    mark_other(store)
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("j", "m", "j", "a")
        await type_text(pilot, "check the yuan figure")
        await pilot.press("ctrl+s", "escape")
        assert isinstance(frozen_app.screen, ListScreen)
        await pilot.press("N")
        await settle(frozen_app, pilot)
        screen = frozen_app.screen
        assert isinstance(screen, NotesScreen)
        rows = notes_text(screen)
        assert len(rows) == 2
        assert rows[0].startswith("2025-03-11") and "1 mark " in rows[0], "newest first, with its count"
        seed = store.release(seed_id(store))
        gist = next(e.gist for e in store.entries() if e.id == seed.id)
        assert rows[1].startswith("2025-01-19") and "2 marks" in rows[1]
        assert " ".join(seed.title.split())[:30] in rows[1] and gist in rows[1]
        assert "✎ check the yuan figure" in rows[1], "the first note is previewed"
        await pilot.press("j", "enter")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, ReaderScreen) and frozen_app.screen.release_id == seed.id
        await pilot.press("j", "j", "j", "m", "escape")
        await settle(frozen_app, pilot)
        assert frozen_app.screen is screen, "escape from the reader comes back to the notes"
        assert "3 marks" in notes_text(screen)[1], "the list is re-read on return"


async def test_notes_from_the_palette(frozen_app, store):
    async with frozen_app.run_test(size=SIZE) as pilot:
        await settle(frozen_app, pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Notes")
        await until(pilot, lambda: palette_hits(frozen_app)[:1] and palette_hits(frozen_app)[0].startswith("Notes"))
        await pilot.press("enter")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, NotesScreen)
        assert "No marks yet" in notes_text(frozen_app.screen)[0]
        await pilot.press("x")
        assert not isinstance(frozen_app.screen, ExportPrompt), "nothing to export: no prompt"


async def test_export_all_writes_one_file_each_and_asks_before_overwriting(frozen_app, store):
    mark_other(store, note="first note")
    async with frozen_app.run_test(size=SIZE) as pilot:
        await open_seed(frozen_app, pilot, store)
        await pilot.press("m", "escape", "N")
        await settle(frozen_app, pilot)
        await pilot.press("x")
        assert isinstance(frozen_app.screen, ExportPrompt)
        await pilot.press("enter")
        await settle(frozen_app, pilot)
        out = Path.home() / "Documents" / "briefing"
        files = sorted(out.glob("*.md"))
        assert [f.name[:10] for f in files] == ["2025-01-19", "2025-03-11"]
        assert front_matter(files[1].read_text(encoding="utf-8"))[0]["tags"] == ["follow-up"]
        assert "first note" in files[1].read_text(encoding="utf-8")
        store.update_mark(Mark(**{**_fields(store.marks(other_id(store))[0]), "note": "second note"}))
        await pilot.press("x", "enter")
        await settle(frozen_app, pilot)
        assert isinstance(frozen_app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(frozen_app, pilot)
        assert "first note" in files[1].read_text(encoding="utf-8"), "no: nothing overwritten"
        await pilot.press("x", "enter")
        await settle(frozen_app, pilot)
        await pilot.press("y")
        await settle(frozen_app, pilot)
        text = files[1].read_text(encoding="utf-8")
        assert "second note" in text and "first note" not in text, "yes: overwritten"
        assert sorted(out.glob("*.md")) == files


async def test_export_all_combined_when_configured(store, config_file, make_app):
    config_file.write_text(config_file.read_text() + '\n[export]\ncombined = true\n', encoding="utf-8")
    mark_other(store, note="in the combined file")
    app = make_app(store, config_file, load_config(config_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot, store)
        await pilot.press("m", "escape", "N")
        await settle(app, pilot)
        await pilot.press("x", "enter")
        await settle(app, pilot)
        [combined] = list((Path.home() / "Documents" / "briefing").glob("*.md"))
        assert combined.name.endswith("-briefing-notes.md")
        text = combined.read_text(encoding="utf-8")
        assert "in the combined file" in text and text.count("\n## ") >= 2


def _fields(mark: Mark) -> dict:
    return {name: getattr(mark, name) for name in Mark.__slots__}


def test_notes_rows_read_each_marked_release_gist_by_id(store):
    """The notes screen's rows take each marked release's gist by its id (it read every list entry of
    the store for them: 3 s of "loading…" on the 63,000-release archive); no gist is None, not ''."""
    from briefing.tui.screens.notes import notes_rows

    mark_other(store)
    seed = seed_id(store)
    store.add_mark(Mark(release_id=seed, start=0, end=10, text=store.release(seed).body[:10], label="key fact"))
    store.set_gist(seed, "A gist written for the test", "k")
    store.set_gist(other_id(store), "", "")
    rows = {row.release.id: row for row in notes_rows(store)}
    assert set(rows) == {seed, other_id(store)}
    assert rows[seed].gist == "A gist written for the test" and rows[other_id(store)].gist is None
    assert [mark.release_id for mark in rows[seed].marks] == [seed]
