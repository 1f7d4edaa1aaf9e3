"""`briefing analyze --all` and the app's background analysis child share a store without analysing the
same release twice: the command takes the child's lock, and the child gives the store up after the
release in hand when a command wants it, then goes on with what is left once the command is done.

A trigger in the test's store logs every analysis saved, so a release analysed twice shows."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

from briefing.__main__ import main
from briefing.analyze_all import LOCK_SUFFIX, WAITING, WANTED_SUFFIX
from briefing.model import Release
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = ("นายกรัฐมนตรีมอบหมายให้กระทรวงการคลังและธนาคารแห่งประเทศไทยเร่งรัดมาตรการช่วยเหลือผู้ประกอบการ"
             "วิสาหกิจขนาดกลางและขนาดย่อมในจังหวัดเชียงใหม่ วงเงิน {n},000 ล้านบาท ภายในวันที่ 30 กันยายน 2567 ")


def make_store(path: Path, count: int, paragraphs: int = 1) -> None:
    with Store(path) as store:
        for n in range(count):
            store.add_release(Release(title=f"กระทรวงการคลังแถลงข่าว ครั้งที่ {n}",
                                      body="\n".join(PARAGRAPH.format(n=n + k) for k in range(paragraphs)),
                                      date=dt.date(2024, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                                      source=f"https://example.test/{n}"))
    with sqlite3.connect(path) as conn:  # every analysis saved, in order, whichever process saved it
        conn.executescript("CREATE TABLE analysed_log (release_id INTEGER);"
                           "CREATE TRIGGER log_analysis AFTER INSERT ON analyses"
                           " BEGIN INSERT INTO analysed_log VALUES (new.release_id); END;")


def log(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT release_id FROM analysed_log ORDER BY rowid")]


def line_within(stream: IO[Any], seconds: float) -> str:
    """The next line a child writes on `stream`, failing the test if none comes in time."""
    ready, _, _ = select.select([stream], [], [], seconds)
    assert ready, "the child wrote nothing"
    line = stream.readline()
    return line.decode() if isinstance(line, bytes) else line


def child(store: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    return subprocess.Popen([sys.executable, "-m", "briefing.analyze_all", "--store", str(store), "--parent",
                             str(os.getpid()), "--nice", "0"], env=env, stderr=subprocess.PIPE)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "briefing.db"}"\n', encoding="utf-8")
    return path


def test_the_command_takes_the_store_from_a_working_child(tmp_path: Path, config: Path, capsys) -> None:
    path = tmp_path / "briefing.db"
    count = 60
    make_store(path, count, paragraphs=6)
    process = child(path)
    try:
        deadline = time.monotonic() + 60
        while not log(path):  # the child is at work (and holds the store's lock)
            assert time.monotonic() < deadline and process.poll() is None, "the child never started"
            time.sleep(0.05)
        assert main(["--config", str(config), "analyze", "--all", "--jobs", "1"]) == 0
        analysed = log(path)
        assert sorted(analysed) == sorted(set(analysed)), "a release was analysed twice"
        out, err = capsys.readouterr()
        # The command found the child's lock held and waited for it, not working beside it; then it did
        # the rest (the child did some first).
        assert "waiting for it" in err
        assert 0 < int(out.split()[0]) < count == len(log(path))
        # The child, told the store was wanted, stopped after the release in hand; with nothing left
        # once the command is done, it leaves.
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    analysed = log(path)
    assert sorted(analysed) == sorted(set(analysed)), "a release was analysed twice"
    assert len(analysed) == count
    with Store(path) as store:
        assert store.analysed_count(ANALYZER_VERSION) == count


def test_a_child_waits_while_a_command_wants_the_store(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    make_store(path, 2)
    with open(path.with_name(path.name + WANTED_SUFFIX), "a") as wanted:
        fcntl.flock(wanted, fcntl.LOCK_SH)  # a `briefing analyze --all` is starting
        process = child(path)
        assert process.stderr is not None
        assert WAITING in line_within(process.stderr, 60)  # it found the store wanted, and waits
        assert process.poll() is None and log(path) == []
        with open(path.with_name(path.name + LOCK_SUFFIX), "a") as lock:  # the lock is free for the command
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    # The command is done: the child does the work, once, and leaves.
    with process.stderr:
        assert process.wait(timeout=60) == 0, process.stderr.read()
    assert sorted(log(path)) == sorted(set(log(path))) and len(log(path)) == 2


def test_the_command_waits_for_the_lock(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "briefing.db"
    make_store(path, 2)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    with open(path.with_name(path.name + LOCK_SUFFIX), "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another analysis is at work
        command = subprocess.Popen([sys.executable, "-m", "briefing", "--config", str(config), "analyze", "--all",
                                    "--jobs", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert command.stderr is not None
        assert "waiting for it" in line_within(command.stderr, 60)
        assert command.poll() is None and log(path) == []
    out, err = command.communicate(timeout=60)
    assert command.returncode == 0, err
    assert out.startswith("2 analysed")
    assert len(log(path)) == 2
