"""Atomic, no-clobber writes with one-line errors, and the TUI's export call (ExportExistsError, then force)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.errors import BriefingError
from briefing.export.write import (
    ExportExistsError,
    export_releases,
    export_to,
    export_to_default,
    write_atomic,
)
from briefing.model import Mark
from briefing.sources.corpus import parse_release
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def test_write_refuses_to_overwrite_then_overwrites_with_force(tmp_path: Path) -> None:
    target = tmp_path / "note.md"
    assert write_atomic(target, "ไทย one\n") == target
    assert target.read_text(encoding="utf-8") == "ไทย one\n"
    with pytest.raises(ExportExistsError) as caught:
        write_atomic(target, "two\n")
    assert str(caught.value) == f"{target} exists; use --force to overwrite"
    assert caught.value.path == target
    assert target.read_text(encoding="utf-8") == "ไทย one\n"
    write_atomic(target, "two\n", force=True)
    assert target.read_text(encoding="utf-8") == "two\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.md"], "no temporary files left"


def test_written_file_has_ordinary_permissions(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "note.md", "x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_concurrent_writers_never_clobber(tmp_path: Path) -> None:
    """Many threads race to create the same file without force: exactly one wins, whole."""
    target = tmp_path / "race.md"
    results: list[str] = []
    start = threading.Barrier(8)

    def writer(n: int) -> None:
        start.wait()
        try:
            write_atomic(target, f"writer {n}\n" * 1000)
            results.append(f"ok {n}")
        except ExportExistsError:
            results.append("exists")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r in results if r.startswith("ok")]
    assert len(winners) == 1 and results.count("exists") == 7
    n = winners[0].split()[1]
    assert target.read_text() == f"writer {n}\n" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["race.md"]


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing" / "note.md", "no such file or directory"),
    (lambda d: (d / "file.txt").write_text("x") and d / "file.txt" / "note.md", "not a directory"),
    (lambda d: (d / "dir.md").mkdir() or d / "dir.md", "is a directory"),
])
def test_bad_paths_are_one_line_errors(tmp_path: Path, make, reason: str) -> None:
    target = make(tmp_path)
    with pytest.raises(BriefingError) as caught:
        write_atomic(target, "x")
    message = str(caught.value)
    assert message == f"cannot write {target}: {reason}"
    assert "\n" not in message


@pytest.mark.skipif(IS_ROOT, reason="root ignores directory permissions")
def test_unwritable_directory_is_a_one_line_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(BriefingError) as caught:
            write_atomic(locked / "note.md", "x")
        assert str(caught.value) == f"cannot write {locked / 'note.md'}: permission denied"
    finally:
        locked.chmod(0o755)


def seeded_store(tmp_path: Path) -> tuple[Store, int]:
    store = Store(tmp_path / "briefing.db")
    release_id = store.add_release(parse_release(SEED.read_text(encoding="utf-8"), name=SEED.name))
    assert release_id is not None
    body = store.release(release_id).body
    start = body.index("นายประเสริฐ เปิดเผยว่า")
    store.add_mark(Mark(release_id, start, start + 22, body[start:start + 22], "quote", note="first"))
    return store, release_id


def test_export_to_refuses_to_overwrite_until_forced(tmp_path: Path) -> None:
    store, release_id = seeded_store(tmp_path)
    out = tmp_path / "out"
    [first] = export_to(store, [release_id], Config(), out)
    assert first.parent == out and "first" in first.read_text(encoding="utf-8")

    [mark] = store.marks(release_id)
    mark.note = "second"
    store.update_mark(mark)
    with pytest.raises(ExportExistsError) as caught:
        export_to(store, [release_id], Config(), out)
    assert caught.value.path == first
    assert "first" in first.read_text(encoding="utf-8"), "refusing keeps the old file"

    assert export_to(store, [release_id], Config(), out, force=True) == [first]
    text = first.read_text(encoding="utf-8")
    assert "second" in text and "first" not in text
    [single] = export_to(store, [release_id], Config(), tmp_path / "one.md")
    assert single == tmp_path / "one.md" and "second" in single.read_text(encoding="utf-8")
    store.close()


def test_export_defaults_to_the_configured_then_the_documents_folder(tmp_path: Path) -> None:
    from briefing.paths import default_export_dir

    store, release_id = seeded_store(tmp_path)
    config = Config()
    [path] = export_to_default(store, [release_id], config)
    assert path.parent == default_export_dir()
    assert default_export_dir().is_relative_to(Path(os.environ["HOME"]))
    config.export.dir = str(tmp_path / "configured")
    [path] = export_to_default(store, [release_id], config)
    assert path.parent == tmp_path / "configured"
    store.close()


def test_a_batch_is_checked_before_anything_is_written(tmp_path: Path) -> None:
    store, seed_id = seeded_store(tmp_path)
    other = parse_release((ROOT / "tests" / "data" / "export" / "release_39463.txt").read_text(encoding="utf-8"),
                          name="release_39463.txt")
    other_id = store.add_release(other)
    assert other_id is not None
    out = tmp_path / "out"
    [seed_path] = export_releases(store, [seed_id], out_dir=out)
    with pytest.raises(ExportExistsError):
        export_releases(store, [other_id, seed_id], out_dir=out)
    assert [p.name for p in out.iterdir()] == [seed_path.name], "the other release was not written either"
    paths = export_releases(store, [other_id, seed_id], out_dir=out, force=True)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    store.close()


def test_offline_config_caches_the_brief_it_exports(tmp_path: Path) -> None:
    from briefing.summary import cache_key

    store, release_id = seeded_store(tmp_path)
    config = Config()
    assert store.brief(release_id, cache_key(config)) is None
    [path] = export_to(store, [release_id], config, tmp_path / "out")
    cached = store.brief(release_id, cache_key(config))
    assert cached is not None
    assert f'title_en: "{cached.gist}"' in path.read_text(encoding="utf-8")
    store.close()


def test_llm_config_exports_the_cached_llm_brief_and_never_asks_the_server(tmp_path: Path) -> None:
    from briefing.model import Brief
    from briefing.summary import cache_key

    store, release_id = seeded_store(tmp_path)
    config = Config()
    config.summary.backend = "openai"
    config.summary.model = "some-model"
    config.summary.base_url = "http://127.0.0.1:9/v1"  # nothing listens: a request would fail
    out = tmp_path / "out"
    [offline] = export_to(store, [release_id], config, out)
    from briefing.summary.offline import make_brief
    from briefing.thai import ANALYZER_VERSION

    analysis = store.analysis(release_id, ANALYZER_VERSION)
    assert analysis is not None
    stand_in = make_brief(store.release(release_id), analysis, config.summary.max_words)
    assert f'title_en: "{stand_in.gist}"' in offline.read_text(encoding="utf-8")
    assert store.brief(release_id, cache_key(config)) is None, "an offline stand-in is not cached as the LLM's"

    store.save_brief(release_id, cache_key(config),
                     Brief(gist="LLM gist: Thai-China digital talks", brief="The LLM brief.", backend="openai:x"))
    [again] = export_to(store, [release_id], config, out, force=True)
    assert again.name.endswith("-llm-gist-thai-china-digital-talks.md")
    text = again.read_text(encoding="utf-8")
    assert 'title_en: "LLM gist: Thai-China digital talks"' in text and "The LLM brief." in text
    store.close()
