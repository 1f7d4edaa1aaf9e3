"""The app's background analysis child (`python -m briefing.analyze_all`): one per store at a time (a
second one waits for the first's lock), and it leaves as soon as the process that started it is gone."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from briefing.analyze_all import LOCK_SUFFIX
from briefing.model import Release
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION

ROOT = Path(__file__).resolve().parents[1]


def make_store(path: Path, count: int) -> None:
    with Store(path) as store:
        for n in range(count):
            store.add_release(Release(title=f"กระทรวงการคลังแถลงข่าว ครั้งที่ {n}", body=f"รายละเอียด ครั้งที่ {n}",
                                      date=dt.date(2024, 1, 1) + dt.timedelta(days=n), category="ด้านเศรษฐกิจ",
                                      source=f"https://example.test/{n}"))


def child(store: Path, parent: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    return subprocess.Popen([sys.executable, "-m", "briefing.analyze_all", "--store", str(store), "--parent",
                             str(parent), "--nice", "0"], env=env, stderr=subprocess.PIPE)


def running(pid: int) -> bool:
    """Whether `pid` is alive; an ended child nobody has reaped yet (a zombie) is not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def analysed(path: Path) -> int:
    with Store(path) as store:
        return store.analysed_count(ANALYZER_VERSION)


def test_a_second_background_analysis_waits_for_the_first(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    make_store(path, 2)
    with open(path.with_name(path.name + LOCK_SUFFIX), "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another app's child is at work
        process = child(path, os.getpid())
        time.sleep(2.0)
        assert process.poll() is None and analysed(path) == 0
    # The lock is free: it does the work, once, and leaves.
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    assert analysed(path) == 2


def test_the_child_leaves_when_its_parent_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    make_store(path, 1)
    # The lock held keeps the child waiting, so only its parent's going can end it.
    with open(path.with_name(path.name + LOCK_SUFFIX), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # The parent: a Python that starts the child, prints its pid and ends.
        script = (f"import subprocess, sys, os; p = subprocess.Popen([sys.executable, '-m', 'briefing.analyze_all',"
                  f" '--store', {str(path)!r}, '--parent', str(os.getpid()), '--nice', '0']); print(p.pid)")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        pid = int(out.stdout.strip())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and running(pid):
            time.sleep(0.1)
        if running(pid):
            os.kill(pid, 9)
            raise AssertionError("the child outlived its parent by 30 s")
