"""The list's gist maker as a child process on its own (`python -m briefing.gist_server`): its protocol
(a ready line, then one JSON reply per id, an error for a bad line or an unknown id), the gist it saves
being the one the app would make, and its former entry point (`python -m briefing.analyze_all --gists`)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from briefing.gist_server import EXIT_MISMATCH, READY
from briefing.model import Release
from briefing.pipeline import make_gist, offline_key
from briefing.store import Store
from briefing.thai import ANALYZER_VERSION

ROOT = Path(__file__).resolve().parents[1]
TITLE = "นายกรัฐมนตรีสนับสนุนเทศกาลอาหารฮาลาลที่จังหวัดเชียงใหม่"


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))


def test_the_gist_server_answers_each_id_with_the_gist_the_app_would_make(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    with Store(path) as store:
        release_id = store.add_release(Release(
            title=TITLE, body="นายกรัฐมนตรีเปิดงานเทศกาลอาหารฮาลาล มีร้านค้ากว่า 20 ร้าน", date=dt.date(2024, 1, 1),
            category="ด้านเศรษฐกิจ", source="https://example.test/1"))
    child = subprocess.run(
        [sys.executable, "-m", "briefing.gist_server", "--store", str(path), "--parent", str(os.getpid()),
         "--nice", "0", "--expect", offline_key()],
        check=False, input=f"{release_id}\nnot an id\n999\n", capture_output=True, text=True, env=env(), timeout=120)
    assert child.returncode == 0, child.stderr
    ready, *lines = child.stdout.splitlines()
    assert ready == READY
    replies = [json.loads(line) for line in lines]
    assert [reply["id"] for reply in replies] == [release_id, 0, 999]
    assert "not a release id" in replies[1]["error"] and "999" in replies[2]["error"]
    with Store(path) as store:
        analysis = store.analysis(release_id, ANALYZER_VERSION)
        assert analysis is not None, "the child saves the analysis it made"
        gist = make_gist(store.release(release_id), analysis)
        assert gist and replies[0]["gist"] == gist
        assert store.gist(release_id) == (gist, offline_key())


def test_the_former_entry_point_still_starts_the_gist_server(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    Store(path).close()
    child = subprocess.run(
        [sys.executable, "-m", "briefing.analyze_all", "--store", str(path), "--parent", str(os.getpid()),
         "--gists", "--expect", "a key of another version"],
        check=False, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env(), timeout=60)
    assert child.returncode == EXIT_MISMATCH, child.stderr  # the gist server's answer, not argparse's (2)
    assert child.stdout == ""
