"""Hostile LLM servers on 127.0.0.1: one that trickles, one that floods, one that sends terminal escapes.

The brief must come back in bounded time and memory, and nothing the server sends may reach a
terminal as a control sequence (issue 15).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import GOOD, ChatServer, running_server

from briefing.config import Config, SummaryConfig
from briefing.model import Analysis, Release
from briefing.printable import UNSAFE
from briefing.sources.corpus import parse_release
from briefing.summary import summarise
from briefing.summary.llm import MAX_RESPONSE_BYTES, split_answer

ROOT = Path(__file__).parent.parent
SEED = ROOT / "briefing" / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
ANALYSIS = Path(__file__).parent / "data" / "summary" / "seed_analysis.json"
ESCAPES = "\x1bc\x1b[H\x1b]52;c;cHduZWQ=\x07\x9b2J\x9d0;title\x9c\u202e"
"""Reset the terminal, home the cursor, write the clipboard (OSC 52), C1 CSI and OSC, a bidi override."""


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running_server() as srv:
        yield srv


@pytest.fixture
def release() -> Release:
    return parse_release(SEED.read_text(encoding="utf-8"), name="seed")


@pytest.fixture
def analysis() -> Analysis:
    return Analysis.from_json(json.loads(ANALYSIS.read_text(encoding="utf-8")))


def config_for(base_url: str, timeout_s: float) -> Config:
    return Config(summary=SummaryConfig(backend="openai", base_url=base_url, model="test-model",
                                        timeout_s=timeout_s))


@pytest.mark.parametrize("streamed", [False, True])
def test_a_trickling_server_is_cut_off_at_the_total_deadline(server: ChatServer, release: Release,
                                                              analysis: Analysis, streamed: bool) -> None:
    # A byte (or an SSE event) every 50 ms keeps every read well inside httpx's per-read timeout:
    # only a deadline over the whole answer stops it.
    server.mode = "trickle"
    started = time.monotonic()
    brief = summarise(release, analysis, config_for(server.base_url, timeout_s=1.0),
                      on_chunk=(lambda piece: None) if streamed else None)
    elapsed = time.monotonic() - started
    assert brief.backend == "offline"
    assert brief.note is not None and "did not finish its answer within 1 s" in brief.note
    assert server.hung_up.wait(5), "the client kept listening to the trickle"
    assert elapsed < 10, elapsed  # the server would trickle for hours; the deadline is 1 s


@pytest.mark.parametrize("streamed", [False, True])
def test_an_endless_answer_is_cut_off_at_the_size_cap(server: ChatServer, release: Release,
                                                       analysis: Analysis, streamed: bool) -> None:
    server.mode = "flood"
    brief = summarise(release, analysis, config_for(server.base_url, timeout_s=30.0),
                      on_chunk=(lambda piece: None) if streamed else None)
    assert brief.backend == "offline"
    assert brief.note is not None and f"more than {MAX_RESPONSE_BYTES // 1024} KB" in brief.note
    assert server.hung_up.wait(5)
    # The client stopped near the cap (plus what the kernel's socket buffers held), not at 64 MB.
    assert server.sent < MAX_RESPONSE_BYTES + 16 * 1024 * 1024


def test_escapes_in_an_answer_are_taken_out_before_the_checks(server: ChatServer, release: Release,
                                                             analysis: Analysis) -> None:
    head, _, rest = GOOD.partition("\n")
    server.answer = f"{head}{ESCAPES}\n\n{ESCAPES}{rest}"
    brief = summarise(release, analysis, config_for(server.base_url, timeout_s=5.0))
    assert brief.note is None, brief.note
    assert (brief.gist, brief.brief) == split_answer(GOOD)
    assert not UNSAFE.search(brief.gist + brief.brief)


def test_an_answer_of_only_escapes_is_rejected(server: ChatServer, release: Release, analysis: Analysis) -> None:
    server.answer = ESCAPES + "\n\n" + GOOD.partition("\n")[2]
    brief = summarise(release, analysis, config_for(server.base_url, timeout_s=5.0))
    assert brief.backend == "offline" and brief.note is not None and "no gist" in brief.note


def briefing_summary(config: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {"PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "briefing", "--config", str(config), "summary", *args],
                          capture_output=True, env=env, timeout=120, check=False, cwd=ROOT)


def test_summary_cli_prints_no_escape_from_the_server(server: ChatServer, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[summary]\nbackend = "openai"\nmodel = "m"\nbase_url = "{server.base_url}"\n'
                      "timeout_s = 5\n", encoding="utf-8")
    head, _, rest = GOOD.partition("\n")
    server.answer = f"{head}{ESCAPES}\n\n{ESCAPES}{rest}"
    proc = briefing_summary(config, str(SEED))  # (--json goes through json_line: tests/test_cli_hardening.py)
    assert proc.returncode == 0, proc.stderr
    assert b"[openai:m]" in proc.stdout
    for raw in (b"\x1b", b"\x07", "\x9b".encode(), "\x9d".encode(), "\u202e".encode()):
        assert raw not in proc.stdout + proc.stderr
    # A server error message carrying OSC 52 (write the clipboard) reaches stderr only as visible text.
    server.mode = "500"
    server.error_message = "boom \x1b]52;c;cHduZWQ=\x07 \x9d8;;http://x\x9c"
    proc = briefing_summary(config, str(SEED))
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "answered HTTP 500: boom" in err and len(err.splitlines()) == 1
    assert not UNSAFE.search(err.rstrip("\n")) and "\x1b" not in err
