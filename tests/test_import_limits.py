"""Imports that used to exhaust memory or hang (issue 15): a tar bomb built here, /dev/zero, a FIFO
named x.txt, a file over the size cap, and one release imported under two spellings of its path."""

from __future__ import annotations

import io
import lzma
import os
import subprocess
import sys
import tarfile
import tracemalloc
from pathlib import Path

import pytest

from briefing import paths
from briefing.sources.corpus import MAX_RELEASE_BYTES, iter_paths
from briefing.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefing" / "seeds" / "ข่าวรอง นรม  รมตนร _0_02efa86ef419c001.txt"
BOMB = 64 * 1024 * 1024


def briefing(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=60, check=False)


class _Zeros(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


def tar_bomb(path: Path) -> Path:
    """A .tar.xz of a few KB: a 64 MB member of zeros between two real releases."""
    with lzma.open(path, "wb", preset=0) as xz, tarfile.open(fileobj=xz, mode="w|") as tar:
        tar.add(SEED, arcname="corpus/first.txt")
        info = tarfile.TarInfo("corpus/bomb.txt")
        info.size = BOMB
        tar.addfile(info, io.BufferedReader(_Zeros(BOMB), 1 << 20))
        fifo = tarfile.TarInfo("corpus/pipe.txt")
        fifo.type = tarfile.FIFOTYPE
        tar.addfile(fifo)
        second = SEED.read_text(encoding="utf-8").replace("92542", "92543")
        data = second.encode()
        info = tarfile.TarInfo("corpus/second.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    assert path.stat().st_size < 200_000
    return path


def test_tar_bomb_is_skipped_in_constant_memory(tmp_path: Path) -> None:
    archive = tar_bomb(tmp_path / "bomb.tar.xz")
    tracemalloc.start()
    try:
        results = list(iter_paths([archive]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    names = {name.rsplit(":", 1)[-1]: item for name, item in results}
    assert set(names) == {"corpus/first.txt", "corpus/bomb.txt", "corpus/second.txt"}  # no FIFO
    assert "larger than 2 MB" in str(names["corpus/bomb.txt"])
    assert names["corpus/second.txt"].source.endswith("92543")  # type: ignore[union-attr]
    assert peak < 16 * 1024 * 1024, peak  # tarfile's own "r|*" held the whole 64 MB (and then some)


def test_import_of_a_tar_bomb_keeps_the_good_members(tmp_path: Path) -> None:
    proc = briefing("import", str(tar_bomb(tmp_path / "bomb.tar.xz")))
    assert proc.returncode == 0, proc.stderr
    assert "2 new, 0 already in the store, 1 bad" in proc.stdout
    assert "bomb.txt: larger than 2 MB, too large for a release" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_dev_zero_and_a_fifo_are_refused_not_read(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    (tree / "a.txt").write_bytes(SEED.read_bytes())
    os.mkfifo(tree / "x.txt")  # nobody ever writes to it: reading it would wait forever
    (tree / "zero.txt").symlink_to("/dev/zero")
    proc = briefing("import", str(tree))
    assert proc.returncode == 0, proc.stderr
    assert "1 new, 0 already in the store, 2 bad" in proc.stdout
    assert "x.txt: not a regular file" in proc.stderr and "zero.txt: not a regular file" in proc.stderr
    for args in (["import", "/dev/zero"], ["analyze", "/dev/zero"], ["summary", str(tree / "x.txt")]):
        proc = briefing(*args)
        assert proc.returncode == 2, proc.stderr
        assert "not a regular file" in proc.stderr and "Traceback" not in proc.stderr


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() + b"\n" + b"x" * MAX_RELEASE_BYTES)
    proc = briefing("analyze", "--json", str(big))
    assert proc.returncode == 2 and "big.txt: larger than 2 MB" in proc.stderr
    config = tmp_path / "c.toml"
    config.write_text("[store]\nmax_release_kb = 4\n", encoding="utf-8")
    assert SEED.stat().st_size > 4096
    proc = briefing("--config", str(config), "import", str(SEED))
    assert proc.returncode == 2
    assert "larger than 4 KB" in proc.stderr
    config.write_text("[store]\nmax_release_kb = 0\n", encoding="utf-8")
    proc = briefing("--config", str(config), "list")
    assert proc.returncode == 2 and "max_release_kb must be from 1" in proc.stderr


def test_a_release_without_a_source_line_is_stored_once_whatever_the_path(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    no_source = text[:text.rindex("ที่มา")]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text(no_source, encoding="utf-8")
    first = briefing("import", "in/x.txt", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 new")
    again = briefing("import", str(folder / "x.txt"), str(folder / ".." / "in" / "x.txt"))
    assert again.returncode == 0
    assert again.stdout.startswith("0 new, 2 already in the store")
    with Store(paths.db_path()) as store:
        assert sum(entry.title in no_source for entry in store.entries()) == 1


@pytest.mark.parametrize("name", ["x.tar.xz", "x.tar.gz", "x.tar"])
def test_a_truncated_archive_is_one_bad_line(tmp_path: Path, name: str) -> None:
    archive = tmp_path / name
    mode = {"x.tar.xz": "w:xz", "x.tar.gz": "w:gz", "x.tar": "w"}[name]
    with tarfile.open(archive, mode) as tar:
        tar.add(SEED, arcname="a.txt")
    archive.write_bytes(archive.read_bytes()[:300])
    results = list(iter_paths([archive]))
    assert results and all(not hasattr(item, "title") for _, item in results)
    assert any("cannot read archive" in str(item) for _, item in results)
