"""The CLI against hostile input (issue 15): subprocesses as a user runs them, XDG_* under tmp_path.

Control characters never reach the terminal from any output path, input past validation is a
one-line error with status 2, and a full standard output is one line, never a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import paths
from briefing.config import config_from_dict
from briefing.errors import BriefingError
from briefing.model import Release
from briefing.printable import UNSAFE, json_line, strip_controls, visible
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefing" / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
HOSTILE = "Budget \x1bc\x1b[2J\x9b31m\x9d52;c;eA==\x9c \u202egnp.exe \x07done"
"""A title with ESC c (reset), ESC[2J (clear), C1 CSI and OSC, a right-to-left override and BEL."""
RAW = [b"\x1b", b"\x07", "\x9b".encode(), "\x9d".encode(), "\u202e".encode()]


def briefing(*args: str, stdout: int | None = subprocess.PIPE,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {"PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1"} | (env or {})
    return subprocess.run([sys.executable, "-m", "briefing", *args], stdout=stdout, stderr=subprocess.PIPE,
                          env=env, timeout=120, check=False, cwd=ROOT)


def assert_one_line_error(proc: subprocess.CompletedProcess[bytes], status: int, *words: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == status, err
    assert "Traceback" not in err
    line = err.strip().splitlines()[-1]
    for word in words:
        assert word in line, line
    return line


def hostile_store() -> None:
    with Store(paths.db_path()) as store:
        store.add_release(Release(title=HOSTILE, body="body \x1b]0;pwned\x07", source="https://x/1"))
        release_id = store.add_release(Release(title="plain", body="b", source="https://x/2"))
        assert release_id is not None
        store.set_gist(release_id, "gist \x9b2J\u202e", "k")


def test_printable_makes_every_control_visible_one_for_one() -> None:
    shown = visible(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert not UNSAFE.search(shown)
    assert "Budget" in shown and "done" in shown and "\u241b" in shown  # ESC shows as ␛
    assert strip_controls("a\x1b[31mred\x1b[0m\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ b\x1bc") == "aredlink b"
    line = json_line({"t": HOSTILE})
    assert json.loads(line) == {"t": HOSTILE}  # the data is unchanged for a program
    assert not any(raw.decode() in line for raw in RAW)


def test_list_and_list_json_show_no_raw_control_characters() -> None:
    hostile_store()
    # FORCE_COLOR makes Rich write styles as it does on a terminal.
    table = briefing("list", env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    text = table.stdout.decode()
    assert "Budget" in text and "done" in text and "\u241b" in text
    for raw in RAW[1:]:
        assert raw not in table.stdout
    assert "\x1bc" not in text and "\x1b[2J" not in text  # Rich's own colour codes are the only ESCs
    rows = briefing("list", "--json")
    assert rows.returncode == 0
    assert not any(raw in rows.stdout for raw in RAW)
    decoded = [json.loads(line) for line in rows.stdout.decode().splitlines()]
    assert {row["title"] for row in decoded} == {HOSTILE, "plain"}
    assert "gist \x9b2J\u202e" in {row["gist"] for row in decoded}


def test_analyze_never_reads_file_names_as_markup(tmp_path: Path) -> None:
    name = tmp_path / "[link=https:evil.example]x\x1b[2J.txt"
    shutil.copy(SEED, name)
    proc = briefing("analyze", str(name), env={"FORCE_COLOR": "1", "COLUMNS": "300"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "[link=https:evil.example]x" in out  # shown as typed, not made a hyperlink
    assert "\x1b]8;" not in out and "\x1b[2J" not in out
    bad = tmp_path / "bad \x1b]52;c;eA==\x07.txt"
    bad.write_bytes(b"")
    proc = briefing("analyze", "--json", str(bad))
    line = assert_one_line_error(proc, 2, "empty file")
    assert "\x1b" not in line and "\x07" not in line
    assert json.loads(proc.stdout)["file"] == str(bad)
    assert b"\x1b" not in proc.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["list", "--limit", "99999999999999999999"], ["--limit", "out of range"]),
    (["list", "--limit", "-1"], ["--limit", "out of range"]),
    (["export", "--release", "99999999999999999999999"], ["--release", "out of range"]),
    (["export", "--release", "x"], ["--release", "not a release id, a page number or a release's address"]),
    (["export", "--release", "id:99999999999999999999999"], ["--release", "out of range"]),
    (["--config", "/typo/path.toml", "list"], ["--config /typo/path.toml: no such file"]),
])
def test_bad_arguments_are_one_line_errors(args: list[str], words: list[str]) -> None:
    assert_one_line_error(briefing(*args), 2, *words)


@pytest.mark.parametrize(("toml", "words"), [
    ("timeout_s = nan", ["timeout_s", "not nan"]),
    ("timeout_s = inf", ["timeout_s", "not inf"]),
    ("timeout_s = 1e300", ["timeout_s", "up to 3600"]),
    ('base_url = "http://[::1"', ["base_url is not a valid URL"]),
    ('base_url = "http://localhost:99999/v1"', ["base_url is not a valid URL"]),
    ('base_url = "localhost:11434/v1"', ["base_url must start with http"]),
    ('base_url = "http:///v1"', ["base_url has no host name"]),
])
def test_config_values_that_would_fail_later_are_rejected_on_load(toml: str, words: list[str]) -> None:
    import tomllib

    with pytest.raises(BriefingError) as raised:
        config_from_dict({"summary": tomllib.loads(toml)}, "c.toml")
    for word in words:
        assert word in str(raised.value)


def test_bad_config_value_in_the_cli_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[summary]\ntimeout_s = nan\n", encoding="utf-8")
    assert_one_line_error(briefing("--config", str(config), "list"), 2, "summary.timeout_s")
    assert config_from_dict({"summary": {"base_url": "http://[::1]:8080/v1"}}).summary.timeout_s == 60


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["dirs"], ["analyze", "--json", str(SEED)],
                                  ["summary", str(SEED)]])
def test_a_full_stdout_is_one_line(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = briefing(*args, stdout=full.fileno())
    line = assert_one_line_error(proc, 1, "cannot write the output", "No space left")
    assert proc.stderr.decode().count("\n") == 1, proc.stderr
    assert line.startswith("briefing: ")
