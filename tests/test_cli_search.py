"""`briefing import` of a .tar.xz made in the test, then `briefing search`, `list` with filters and
`analyze --all` killed with SIGKILL and run again: as a user runs them, in subprocesses."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from briefing import paths

DATA = Path(__file__).parent / "data" / "corpus" / "thaigov-v2" / "data"
GOOD = 7


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=180, check=False)


def corpus_file(title: str, body: str, day: int, number: int) -> str:
    return (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n\nวันจันทร์ที่ {day} มีนาคม 2568\n{day:02d}/03/2568\nพิมพ์\n"
            f"{title}\n{body}\nที่มา : https://www.thaigov.go.th/news/contents/details/{number}\n")


def make_archive(path: Path) -> None:
    files = {
        "data/2025/03/03/ด้านเศรษฐกิจ_1.txt": corpus_file("ราคาข้าวสูงขึ้น", "ชาวนาขายข้าวได้ราคาดี", 3, 1),
        "data/2025/03/04/ด้านเศรษฐกิจ_2.txt": corpus_file("ผลผลิตข้าวโพดเพิ่ม", "ราคาข้าวโพดเลี้ยงสัตว์ดี", 4, 2),
        "data/2025/03/05/ด้านสังคม_1.txt": corpus_file("เที่ยวภูเก็ตช่วงสงกรานต์", "นักท่องเที่ยวมาภูเก็ตมาก", 5, 3),
    }
    with tarfile.open(path, "w:xz") as archive:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def test_import_archive_then_search_and_filter(tmp_path: Path) -> None:
    archive = tmp_path / "mini.tar.xz"
    make_archive(archive)
    proc = briefing("import", str(archive))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("3 new")
    proc = briefing("search", "--json", "ข้าว")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["title"], r["rank"], r["method"]) for r in rows] == [("ราคาข้าวสูงขึ้น", 1, "index")]
    proc = briefing("search", "--json", "--limit", "1", "ภูเก็ต", "--category", "Society")
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["เที่ยวภูเก็ตช่วงสงกรานต์"]
    proc = briefing("list", "--json", "--category", "Economy", "--since", "2025-03-04")
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["ผลผลิตข้าวโพดเพิ่ม"]
    proc = briefing("search", "โพด")
    assert proc.returncode == 0 and "scan" in proc.stderr
    proc = briefing("list", "--until", "March")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--until" in proc.stderr


def analysed(db: Path) -> tuple[int, int, int]:
    """(analyses, distinct releases analysed, entity rows that repeat a (release, type, key))."""
    with sqlite3.connect(db) as conn:
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT release_id) FROM analyses").fetchone()
        repeats = conn.execute("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT release_id, type, key"
                               " FROM release_entities)) FROM release_entities").fetchone()[0]
    return total, distinct, repeats


def test_analyze_all_killed_resumes_without_duplicates(tmp_path: Path) -> None:
    proc = briefing("import", str(DATA))
    assert proc.returncode == 0, proc.stderr
    db = paths.db_path()
    process = subprocess.Popen([sys.executable, "-m", "briefing", "analyze", "--all", "--jobs", "1"],
                               env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if analysed(db)[0] >= 1:
                break
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    first = analysed(db)[0]
    assert 1 <= first < GOOD, "killed part-way through"
    checked = briefing("check")  # the kill left a sound store (issue 12)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    proc = briefing("analyze", "--all", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{GOOD - first} analysed")
    assert f"{GOOD} of {GOOD} releases have a current analysis" in proc.stdout
    assert analysed(db) == (GOOD, GOOD, 0)
    again = briefing("analyze", "--all")
    assert again.stdout.startswith("0 analysed") and analysed(db) == (GOOD, GOOD, 0)
    proc = briefing("search", "--json", "Anutin")  # English forms of the analyses are searchable
    assert [json.loads(line)["method"] for line in proc.stdout.splitlines()][:1] == ["index"]


def test_search_piped_is_one_tab_line_a_release_and_json_escapes_bidi(tmp_path: Path) -> None:
    """Piped, `search` wrote a rich table cut to 80 columns with ellipses (`list` writes tab lines), and
    its --json left a bidi override in a title raw for the terminal."""
    archive = tmp_path / "mini.tar.xz"
    long_title = "ราคาข้าวสูงขึ้น" + " ชาวนาขายข้าวได้ราคาดีมากในปีนี้" * 6 + "\u202eevil"
    with tarfile.open(archive, "w:xz") as tar:
        data = corpus_file(long_title, "ชาวนาขายข้าวได้ราคาดี", 3, 1).encode("utf-8")
        info = tarfile.TarInfo("data/2025/03/03/ด้านเศรษฐกิจ_1.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    assert briefing("import", str(archive)).returncode == 0
    proc = briefing("search", "ข้าว")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    fields = lines[0].split("\t")
    assert fields[1] == "2025-03-03" and fields[3].startswith("ราคาข้าวสูงขึ้น")
    assert "ชาวนาขายข้าวได้ราคาดีมากในปีนี้" * 2 in fields[3].replace(" ", "")  # whole, not cut
    assert "\u202e" not in proc.stdout
    proc = briefing("search", "--json", "ข้าว")
    assert "\u202e" not in proc.stdout and "\\u202e" in proc.stdout
    assert json.loads(proc.stdout)["title"].endswith("\u202eevil")


def test_an_english_query_finds_the_thai_release_and_says_what_it_searched(tmp_path: Path) -> None:
    # briefing/search_glossary.py: "Phuket" is also searched as ภูเก็ต, and standard error says so.
    archive = tmp_path / "mini.tar.xz"
    make_archive(archive)
    assert briefing("import", str(archive)).returncode == 0
    proc = briefing("search", "--json", "Phuket")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["title"] for line in proc.stdout.splitlines()] == ["เที่ยวภูเก็ตช่วงสงกรานต์"]
    assert "also searched in Thai: Phuket = ภูเก็ต" in proc.stderr
    proc = briefing("search", "ภูเก็ต")
    assert "also searched in Thai" not in proc.stderr


def test_search_json_says_what_each_english_term_was_searched_as(tmp_path: Path) -> None:
    """`search --json` carried the releases only: a script could not tell why a Thai release matched "rice"."""
    archive = tmp_path / "mini.tar.xz"
    make_archive(archive)
    assert briefing("import", str(archive)).returncode == 0
    proc = briefing("search", "--json", "rice")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [row["title"] for row in rows] == ["ราคาข้าวสูงขึ้น"]
    assert rows[0]["expansions"] == [{"english": "rice", "thai": ["ข้าว"], "first": []}]
    assert "also searched in Thai: rice = ข้าว" in proc.stderr
    proc = briefing("search", "--json", "ข้าว")  # a Thai query: nothing expanded
    assert [json.loads(line)["expansions"] for line in proc.stdout.splitlines()] == [[]]
    assert '"expansions"' in briefing("search", "--help").stdout  # the help says what the field is
