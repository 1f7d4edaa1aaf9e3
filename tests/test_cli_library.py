"""`briefing import`, `list` and `dirs` as a user runs them: subprocesses with XDG_* under tmp_path."""

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from briefing import paths
from briefing.config import Config
from briefing.library import open_store
from briefing.model import Release
from briefing.sources.corpus import read_file
from briefing.store import Store

DATA = Path(__file__).parent / "data" / "corpus" / "thaigov-v2" / "data"
SEEDS = Path(__file__).resolve().parent.parent / "briefing" / "seeds"
GOOD = 7  # releases among the sample corpus files
BAD = 2  # empty pages among them


def briefing(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          cwd=cwd, env=os.environ.copy(), timeout=120, check=False)


def seed_count() -> int:
    return len(list(SEEDS.glob("*.txt")))


def test_dirs_follow_xdg(isolated_home: Path) -> None:
    proc = briefing("dirs")
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(None, 1) for line in proc.stdout.splitlines() if not line.startswith("bundled"))
    assert lines["config"] == str(isolated_home / ".config" / "briefing" / "config.toml")
    assert lines["store"] == str(isolated_home / ".local" / "share" / "briefing" / "briefing.db")
    assert lines["cache"] == str(isolated_home / ".cache" / "briefing")
    assert lines["seeds"] == str(SEEDS)


def test_list_on_a_fresh_machine_shows_the_seeds() -> None:
    proc = briefing("list", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == seed_count() >= 31
    assert set(rows[0]) == {"id", "date", "category", "category_en", "title", "gist", "read", "starred"}
    dates = [row["date"] for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert all(row["date"].startswith("2025-") for row in rows)
    titles = {row["title"] for row in rows}
    assert read_file(SEEDS / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt").title in titles
    assert any(row["category"] == "Government News" for row in rows)
    assert len({row["category"] for row in rows}) >= 10
    assert all(row["category_en"] for row in rows if row["category"])  # English names from the data file
    assert paths.db_path().exists()
    # The second run finds the store filled and imports nothing again.
    again = briefing("list", "--json", "--limit", "3")
    assert [json.loads(line)["id"] for line in again.stdout.splitlines()] == [row["id"] for row in rows[:3]]


def test_list_table_in_an_80_column_terminal_keeps_title_and_gist() -> None:
    """On a terminal the list is a table that fits the width: title and gist stay (cut short)."""
    import pty

    briefing("list", "--limit", "5")  # make the gists first (not timed here)
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "COLUMNS": "80", "TERM": "dumb"}
    proc = subprocess.run([sys.executable, "-m", "briefing", "list", "--limit", "5"], stdout=follower,
                          stderr=subprocess.PIPE, env=env, timeout=60, check=False)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[0].split() == ["id", "date", "category", "title", "gist"]
    assert len(lines) == 6 and out.count("2025-") == 5
    for line in lines[1:]:
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in line), "the Thai title is shown"
        assert line.rstrip().split("  ")[-1].strip()[:1].isascii(), "the English gist is shown"


def test_import_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    tree = tmp_path / "corpus"
    shutil.copytree(DATA, tree)
    (tree / "empty.txt").write_bytes(b"")
    (tree / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tree / "latin1.txt").write_bytes(b"caf\xe9")
    (tree / "notes.txt").write_text("shopping list\n", encoding="utf-8")
    proc = briefing("import", str(tree))
    assert proc.returncode == 0, proc.stderr
    assert f"{GOOD} new, 0 already in the store, {BAD + 4} bad" in proc.stdout
    bad_lines = [line for line in proc.stderr.splitlines() if line.startswith("bad: ")]
    assert len(bad_lines) == BAD + 4
    for name in ("empty.txt", "binary.txt", "latin1.txt", "notes.txt"):
        assert sum(name in line for line in bad_lines) == 1
    assert "Traceback" not in proc.stderr
    with Store(paths.db_path()) as store:
        assert store.count() == GOOD
    again = briefing("import", str(tree))
    assert again.returncode == 0
    assert f"0 new, {GOOD} already in the store" in again.stdout


def test_import_archive_and_config_store_path(tmp_path: Path) -> None:
    archive = tmp_path / "sample.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(DATA, arcname="thaigov-v2/data")
    config = tmp_path / "my.toml"
    store_path = tmp_path / "elsewhere" / "lib.db"
    config.write_text(f'[store]\npath = "{store_path}"\n', encoding="utf-8")
    proc = briefing("--config", str(config), "import", str(archive))
    assert proc.returncode == 0, proc.stderr
    assert f"{GOOD} new" in proc.stdout
    assert store_path.exists() and not paths.db_path().exists()
    listed = briefing("--config", str(config), "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == GOOD  # a filled store gets no seeds
    english = [row for row in rows if row["category"] == "Government News"]
    assert english and english[0]["title"] == "Airport bottlenecks to be urgently addressed"


def test_import_of_unreadable_paths_exits_2(tmp_path: Path) -> None:
    proc = briefing("import", str(tmp_path / "nope"), str(tmp_path / "nada.txt"))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("briefing: ") for line in lines)
    assert "nope" in lines[0] and "nada.txt" in lines[1]


def test_import_of_only_bad_files_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = briefing("import", str(tmp_path / "empty.txt"))
    assert proc.returncode == 2
    assert "0 new, 0 already in the store, 1 bad" in proc.stdout
    assert "empty.txt: empty file" in proc.stderr


def test_bad_config_is_one_line_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[summary]\ntimeout_s = "soon"\n', encoding="utf-8")
    proc = briefing("--config", str(config), "list")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"briefing: {config}: summary.timeout_s must be a number"


def test_open_store_imports_seeds_only_into_an_empty_store(tmp_path: Path) -> None:
    config = Config()
    config.store.path = str(tmp_path / "a.db")
    with open_store(config) as store:
        assert store.count() == seed_count()
    config.store.path = str(tmp_path / "b.db")
    with Store.open(config) as store:
        store.add_release(Release(title="t", body="b", source="https://example.org/1"))
    with open_store(config) as store:
        assert store.count() == 1


def test_list_piped_is_one_tab_separated_release_a_line_with_gists() -> None:
    """`briefing list | head -3`: three lines of id, date, category, title and gist; releases never
    opened in the app get their gists made for the rows listed."""
    proc = briefing("list", "--limit", "3")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        rid, date, category, title, gist = line.split("\t")
        assert rid.isdigit() and len(date) == 10 and category and title
        assert gist and not any("\u0e00" <= ch <= "\u0e7f" for ch in gist), "an English gist"
    listed = [json.loads(line) for line in briefing("list", "--json", "--limit", "3").stdout.splitlines()]
    assert [row["gist"] for row in listed] == [line.split("\t")[4] for line in lines]
