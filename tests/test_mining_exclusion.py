"""The miners' exclusion list (bench/mining.py, bench/mine_exclude_sources.txt): every bench/ set's releases are
in it, and a miner refuses to run without it (session 12: the lists had been mined before the sets of session 11
were added)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
try:
    import mining  # bench/mining.py (it imports bench/measurement_sets.py)
finally:
    sys.path.remove(str(BENCH))


def test_committed_list_covers_every_bench_set() -> None:
    urls = mining.excluded_sources(mining.EXCLUDE, dev=None)  # raises SystemExit when a set's source is missing
    assert len(urls) >= 809
    assert all(u.startswith("http") for u in urls)  # '#' comment lines (which sets, which session) are skipped
    found = mining.annotated_sources(dev=None)
    assert len(found) > 600 and not any("heldout27" in f for f in found)  # measurement sets are not opened
    assert not any(f.startswith(str(BENCH / "measure")) for f in found)  # (bench/measure/, session 23)


def test_refuses_without_the_list(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no exclusion list"):
        mining.excluded_sources(tmp_path / "missing.txt", dev=None)
    empty = tmp_path / "empty.txt"
    empty.write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="holds no source URL"):
        mining.excluded_sources(empty, dev=None)


def test_refuses_a_list_missing_a_set(tmp_path: Path) -> None:
    full = sorted(mining.excluded_sources(mining.EXCLUDE, dev=None))
    one = next(iter(mining.annotated_sources(dev=None).values()))
    short = tmp_path / "short.txt"
    short.write_text("\n".join(u for u in full if u != one) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="lacks the sources of 1 annotated"):
        mining.excluded_sources(short, dev=None)
