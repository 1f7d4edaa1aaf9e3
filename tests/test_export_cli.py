"""`briefing export` as a person runs it: subprocesses with HOME and the XDG directories in tmp_path
(set by the autouse fixture in conftest.py), a real store, and the files on disk checked afterwards."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_export_markdown import blocks, load_yaml

from briefing.config import Config
from briefing.model import Mark
from briefing.paths import default_export_dir
from briefing.sources.corpus import parse_release
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
OLDER = ROOT / "tests" / "data" / "export" / "release_39463.txt"
NOBODY = 65534


def briefing(*args: str, env: dict[str, str] | None = None, user: int | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "briefing", *args]
    if user is not None:
        # setpriv rather than subprocess's user=: the interpreter may live under root's home, which
        # setpriv can still reach; the write permission check is the one we test.
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env or dict(os.environ))


def add(store: Store, path: Path, needle: str, label: str, note: str, category: str | None = None) -> int:
    release_id = store.add_release(parse_release(path.read_text(encoding="utf-8"), name=path.name, category=category))
    assert release_id is not None
    body = store.release(release_id).body
    start = body.index(needle)
    store.add_mark(Mark(release_id, start, start + len(needle), needle, label, note=note))
    return release_id


@pytest.fixture
def library() -> dict[str, int]:
    """The default store (under the test's XDG_DATA_HOME) with two marked releases and one unmarked."""
    with Store.open(Config()) as store:
        seed = add(store, SEED, "จำนวน 21 บริษัท", "key fact", "twenty-one firms", "ข่าวทำเนียบรัฐบาล")
        older = add(store, OLDER, "วัคซีนซิโนแวค", "follow up", "which vaccine", "ด้านเศรษฐกิจ")
        unmarked = store.add_release(parse_release(SEED.read_text(encoding="utf-8").replace("92542", "92543"),
                                                   name="copy.txt"))
        assert unmarked is not None
    return {"seed": seed, "older": older, "unmarked": unmarked}


def front(text: str) -> dict:
    found = blocks(text)
    assert found[0][0] == "front_matter"
    return load_yaml(found[0][1])


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("briefing: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr.strip()


def test_default_exports_every_marked_release_into_the_documents_folder(library: dict[str, int]) -> None:
    result = briefing("export")
    assert result.returncode == 0, result.stderr
    out = default_export_dir()
    written = [Path(line) for line in result.stdout.splitlines()]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert len(written) == 2 and all(p.parent == out for p in written)
    dates = sorted(front(p.read_text(encoding="utf-8"))["date"] for p in written)
    assert dates == [dt.date(2021, 2, 28), dt.date(2025, 1, 19)]
    assert all(p.name.startswith(("2025-01-19-", "2021-02-28-")) for p in written)
    seed = next(p for p in written if p.name.startswith("2025"))
    text = seed.read_text(encoding="utf-8")
    assert ("blockquote", ["จำนวน 21 บริษัท"]) in blocks(text)
    assert ("paragraph", "Note: twenty-one firms") in blocks(text)
    # --marked is the same set; the files exist now, so without --force nothing is touched.
    again = briefing("export", "--marked")
    assert "exists; use --force to overwrite" in one_line_error(again)
    assert seed.read_text(encoding="utf-8") == text


def test_release_option_exports_one_release_even_without_marks(library: dict[str, int]) -> None:
    result = briefing("export", "--release", str(library["unmarked"]))
    assert result.returncode == 0, result.stderr
    [path] = [Path(line) for line in result.stdout.splitlines()]
    text = path.read_text(encoding="utf-8")
    assert front(text)["source"] == "https://www.thaigov.go.th/news/contents/details/92543"
    assert not [k for k, _ in blocks(text) if k == "blockquote"]
    assert [p.name for p in default_export_dir().iterdir()] == [path.name]
    missing = one_line_error(briefing("export", "--release", "999"))
    assert "no release with id 999" in missing


def test_release_option_takes_the_page_number_or_address_a_reader_sees(library: dict[str, int]) -> None:
    """The number in the release's address (details/92543) is what a reader has, not the store id."""
    by_id = briefing("export", "--release", str(library["unmarked"]), "-o", "-")
    assert by_id.returncode == 0, by_id.stderr
    for given in ("92543", "https://www.thaigov.go.th/news/contents/details/92543",
                  "www.thaigov.go.th/news/contents/details/92543/", f"id:{library['unmarked']}"):
        result = briefing("export", "--release", given, "-o", "-")
        assert result.returncode == 0, (given, result.stderr)
        assert result.stdout == by_id.stdout, given
    assert "no release from page details/5" in one_line_error(
        briefing("export", "--release", "https://www.thaigov.go.th/news/contents/details/5"))
    assert "not a release id, a page number or a release's address" in one_line_error(
        briefing("export", "--release", "yesterday"))
    # a number that is one release's id and another's page: the error says how to pick each
    with Store.open(Config()) as store:
        text = SEED.read_text(encoding="utf-8").replace("details/92542", f"details/{library['seed']}")
        page = store.add_release(parse_release(text.replace("92542", "1"), name="page.txt"))
    ambiguous = one_line_error(briefing("export", "--release", str(library["seed"]), "-o", "-"))
    assert "ambiguous" in ambiguous and f"id:{library['seed']}" in ambiguous and f"release id {page}" in ambiguous
    assert front(briefing("export", "--release", f"id:{library['seed']}", "-o", "-").stdout)["source"].endswith("92542")


def test_since_keeps_releases_dated_on_or_after(library: dict[str, int]) -> None:
    result = briefing("export", "--since", "2025-01-01", "-o", "-")
    assert result.returncode == 0, result.stderr
    meta = front(result.stdout)
    assert meta["date"] == dt.date(2025, 1, 19) and meta["tags"] == ["key-fact"]
    assert "วัคซีน" not in result.stdout
    salvaged = briefing("export", "--all", "--since", "2025-01-01", "-o", "-")
    assert salvaged.returncode == 0 and front(salvaged.stdout)["date"] == dt.date(2025, 1, 19)
    assert "exported 1 mark (1 with notes) from 1 release\n" in salvaged.stderr  # not "1 marks ... 1 releases"
    nothing = briefing("export", "--since", "2026-01-01")
    assert nothing.returncode == 0 and "no marked releases dated on or after 2026-01-01" in nothing.stderr
    assert not default_export_dir().exists() or not list(default_export_dir().iterdir())


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "19/01/2025"])
def test_bad_since_is_a_one_line_error(library: dict[str, int], bad: str) -> None:
    message = one_line_error(briefing("export", "--since", bad))
    assert bad in message and "YYYY-MM-DD" in message


def test_output_file_is_one_combined_note(library: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "all notes.md"
    result = briefing("export", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = target.read_text(encoding="utf-8")
    found = blocks(text)
    assert [k for k, _ in found].count("front_matter") == 1
    meta = load_yaml(found[0][1])
    assert meta["date"] == dt.date(2025, 1, 19)
    assert meta["tags"] == ["key-fact", "follow-up"]
    assert len(meta["sources"]) == 2
    assert [c for k, c in found if k == "blockquote"] == [["จำนวน 21 บริษัท"], ["วัคซีนซิโนแวค"]]


def test_stdout_output(library: dict[str, int]) -> None:
    result = briefing("export", "--release", str(library["seed"]), "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: ")
    assert front(result.stdout)["tags"] == ["key-fact"]
    assert not default_export_dir().exists(), "stdout export writes no file"


def test_existing_file_needs_force(library: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own notes\n", encoding="utf-8")
    refused = briefing("export", "-o", str(target))
    assert one_line_error(refused) == f"briefing: {target} exists; use --force to overwrite"
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    forced = briefing("export", "-o", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "my own notes" not in target.read_text(encoding="utf-8")
    assert front(target.read_text(encoding="utf-8"))["tags"] == ["key-fact", "follow-up"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_bad_output_path_is_a_one_line_error(library: dict[str, int], tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    message = one_line_error(briefing("export", "-o", str(tmp_path / "file" / "notes.md")))
    assert message == f"briefing: cannot write {tmp_path / 'file' / 'notes.md'}: not a directory"


@contextmanager
def unprivileged_home() -> Iterator[tuple[dict[str, str], int | None]]:
    """An environment whose user cannot write a root-owned directory.

    As root (where permissions are not enforced) the command runs as `nobody`, with HOME and the
    store in a folder nobody owns; otherwise as ourselves with the test's own HOME.
    """
    if os.geteuid() != 0:
        yield dict(os.environ), None
        return
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop privileges to test permissions")
    probe = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                            sys.executable, "-c", "import briefing; print(briefing.__file__)"],
                           check=False, capture_output=True, text=True, cwd=ROOT, timeout=60)
    if probe.returncode != 0 or not probe.stdout.strip().startswith(str(ROOT)):
        pytest.skip("the unprivileged user cannot run this checkout (e.g. it lives in a private directory)")
    home = Path(tempfile.mkdtemp(prefix="briefing-nobody-"))
    try:
        source = Path(os.environ["HOME"])
        shutil.copytree(source, home, dirs_exist_ok=True)
        for path in [home, *home.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
        env = dict(os.environ)
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                   XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
                   XDG_DOCUMENTS_DIR=str(home / "Documents"))
        yield env, NOBODY
    finally:
        shutil.rmtree(home)


def test_unwritable_directory_is_a_one_line_error(library: dict[str, int]) -> None:
    locked = Path(tempfile.mkdtemp(prefix="briefing-locked-"))
    try:
        locked.chmod(0o555)
        with unprivileged_home() as (env, user):
            target = locked / "notes.md"
            result = briefing("export", "-o", str(target), env=env, user=user)
            assert one_line_error(result) == f"briefing: cannot write {target}: permission denied"
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
        shutil.rmtree(locked)


def test_config_sets_the_directory_and_combined_export(library: dict[str, int], tmp_path: Path) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "briefing" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f'[export]\ndir = "{tmp_path / "notes"}"\ncombined = true\n', encoding="utf-8")
    result = briefing("export")
    assert result.returncode == 0, result.stderr
    [path] = [Path(line) for line in result.stdout.splitlines()]
    assert path.parent == tmp_path / "notes" and path.name.endswith("-briefing-notes.md")
    assert len(front(path.read_text(encoding="utf-8"))["sources"]) == 2
    config.write_text(f'[export]\ndir = "{tmp_path / "notes"}"\n', encoding="utf-8")
    single = briefing("export", "--release", str(library["older"]))
    assert single.returncode == 0, single.stderr
    assert Path(single.stdout.strip()).name.startswith("2021-02-28-")
    assert not default_export_dir().exists()


def test_output_folder_gets_one_file_per_release(library: dict[str, int], tmp_path: Path) -> None:
    """-o with an existing folder wrote nothing ("cannot write DIR: is a directory"); the app's export
    prompt takes a folder, so the command does too: one file per release, as in the export directory."""
    folder = tmp_path / "vault"
    folder.mkdir()
    result = briefing("export", "-o", str(folder))
    assert result.returncode == 0, result.stderr
    written = sorted(Path(line) for line in result.stdout.splitlines())
    assert len(written) == 2 and all(p.parent == folder for p in written)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert "exists; use --force" in one_line_error(briefing("export", "-o", str(folder)))
    salvaged = briefing("export", "--all", "--force", "-o", str(folder))
    assert salvaged.returncode == 0, salvaged.stderr
    assert sorted(Path(line) for line in salvaged.stdout.splitlines()) == written
