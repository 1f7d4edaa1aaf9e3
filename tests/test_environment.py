"""A hostile environment gives one clear line, never a traceback, a half-written store or a half-written
note: a read-only data directory or store, a full disk (RLIMIT_FSIZE in the subprocess, which files the
way ENOSPC does), an unwritable export directory, a config directory that is a file, and a terminal
without colours (NO_COLOR, TERM=dumb)."""

from __future__ import annotations

import hashlib
import os
import pty
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_helpers import filled_store, write_corpus

from briefing.repair import check_store

ROOT = Path(__file__).resolve().parent.parent
resource = pytest.importorskip("resource")  # POSIX only


def briefing(*args: str, env: dict[str, str], fsize: int | None = None, permissions: bool = False
             ) -> subprocess.CompletedProcess[str]:
    """Run `python -m briefing ...`; `fsize` caps the size of any file it writes (a full disk);
    `permissions` makes file modes bind when the tests run as root (by dropping root's override
    capabilities with setpriv), since a read-only directory means nothing to root otherwise."""
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    prefix: list[str] = []
    if permissions and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions cannot be tested")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]
    return subprocess.run([*prefix, sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                          preexec_fn=limit, check=False)


def one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("briefing: ")
    assert done.stderr.count("\n") == 1, done.stderr
    for word in words:
        assert word in done.stderr


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "home").mkdir()
    yield tmp_path
    for directory, _, _ in os.walk(tmp_path):  # let pytest clean up what the tests made read-only
        os.chmod(directory, 0o755)


def env_for(home: Path) -> dict[str, str]:
    return {"HOME": str(home / "home"), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "home" / "cache"), "PYTHAINLP_DATA_DIR": str(home / "home" / "pythainlp")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_data_directory(home: Path) -> None:
    env = env_for(home)
    data = home / "data" / "briefing"
    data.mkdir(parents=True)
    data.chmod(0o555)
    # No store yet, and none can be made.
    one_line_error(briefing("list", env=env, permissions=True), "read-only")
    assert list(data.iterdir()) == []
    # A store with notes in a directory that became read-only: writing says so; the notes still export.
    data.chmod(0o755)
    filled_store(data / "briefing.db", releases=3)
    data.chmod(0o555)
    before = digest(data / "briefing.db")
    one_line_error(briefing("import", str(ROOT / "tests" / "data" / "corpus"), env=env, permissions=True),
                   "read-only")
    checked = briefing("check", env=env, permissions=True)
    assert checked.returncode == 0 and "integrity: ok" in checked.stdout, checked.stderr
    one_line_error(briefing("check", "--repair", env=env, permissions=True), "read-only")
    out = home / "home" / "notes.md"
    done = briefing("export", "--all", "-o", str(out), env=env, permissions=True)
    assert done.returncode == 0, done.stderr
    assert all(f"note {n}: สำคัญ" in out.read_text(encoding="utf-8") for n in (1, 2, 3))
    assert digest(data / "briefing.db") == before


def test_read_only_store_file_reads_and_refuses_writes(home: Path) -> None:
    env = env_for(home)
    data = home / "data" / "briefing"
    data.mkdir(parents=True)
    filled_store(data / "briefing.db", releases=3)
    (data / "briefing.db").chmod(0o444)
    listed = briefing("list", "--json", env=env, permissions=True)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3, listed.stderr
    one_line_error(briefing("import", str(ROOT / "tests" / "data" / "corpus"), env=env, permissions=True),
                   "read-only")


def test_full_disk_during_import_leaves_a_sound_store_and_resumes(home: Path) -> None:
    env = env_for(home)
    corpus = write_corpus(home / "corpus", range(2000))
    store = home / "data" / "briefing" / "briefing.db"
    notes = filled_store(store, releases=5)
    full = briefing("import", str(corpus), env=env, fsize=500_000)
    one_line_error(full, "disk is full")
    report = check_store(store)
    assert report.ok and report.counts["notes"] == len(notes)
    partial = report.counts["releases"]
    assert partial is not None and 5 < partial < 2005
    resumed = briefing("import", str(corpus), env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert check_store(store).counts["releases"] == 2005


def test_full_disk_during_export_keeps_the_old_file(home: Path) -> None:
    env = env_for(home)
    filled_store(home / "data" / "briefing" / "briefing.db", releases=20, note_size=3000)
    target = home / "notes.md"
    target.write_text("the old export\n", encoding="utf-8")
    done = briefing("export", "--all", "-o", str(target), "--force", env=env, fsize=40_000)
    one_line_error(done, f"cannot write {target}")
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in home.iterdir()) == ["data", "home", "notes.md"], "no temporary file is left"


def test_unwritable_export_directory(home: Path) -> None:
    env = env_for(home)
    filled_store(home / "data" / "briefing" / "briefing.db", releases=2)
    locked = home / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    one_line_error(briefing("export", "--all", "-o", str(locked / "notes.md"), env=env, permissions=True),
                   "permission denied")
    assert list(locked.iterdir()) == []
    config = home / "home" / "config.toml"
    config.write_text(f'[export]\ndir = "{home / "home" / "a-file"}"\n', encoding="utf-8")
    (home / "home" / "a-file").write_text("not a directory\n", encoding="utf-8")
    one_line_error(briefing("--config", str(config), "export", "--all", env=env), "not a directory")


def test_config_directory_that_is_a_file(home: Path) -> None:
    env = env_for(home)
    (home / "config").mkdir()
    (home / "config" / "briefing").write_text("oops\n", encoding="utf-8")
    for command in (["list"], ["check"], ["export", "--all"]):
        one_line_error(briefing(*command, env=env), "config")


def run_in_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """Output of `briefing ARGS` run on a pseudo-terminal, so it takes its terminal code paths."""
    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "briefing", *args], stdin=slave, stdout=slave, stderr=slave,
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0, out.decode(errors="replace")
    return out


COLOUR = re.compile(rb"\x1b\[([0-9;]*)m")


def colours(out: bytes) -> list[bytes]:
    """SGR sequences that set a colour (30-49, 90-107, 38;5;n...), not bold or reset."""
    found = []
    for match in COLOUR.finditer(out):
        codes = [int(c) for c in match.group(1).split(b";") if c]
        if any(30 <= c <= 49 or 90 <= c <= 107 for c in codes):
            found.append(match.group(0))
    return found


def test_no_colour_and_dumb_terminals(home: Path) -> None:
    env = env_for(home)
    corpus = write_corpus(home / "corpus", range(50))
    for extra in ({"TERM": "dumb"}, {"NO_COLOR": "1", "TERM": "xterm-256color"}):
        for args in (["import", str(corpus)], ["list"], ["check"]):
            out = run_in_terminal(args, {**env, **extra})
            assert colours(out) == [], (extra, args)
            if extra["TERM"] == "dumb":
                assert b"\x1b" not in out, (extra, args)
