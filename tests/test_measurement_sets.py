"""The measurement sets live apart (bench/measure/heldoutNN/), out of reach of a bench/heldout* glob or grep, and
bench/measurement_sets.py's MEASURE names exactly them (session 22: two helpers printed measurement golds by
grepping bench/heldout*/; session 23 moved the sets). Only directory names are looked at here, never a set's files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
try:
    import measurement_sets as ms  # bench/measurement_sets.py
finally:
    sys.path.remove(str(BENCH))


def test_the_list_and_the_directory_agree() -> None:
    on_disk = sorted(d.name for d in ms.MEASURE_DIR.iterdir() if d.is_dir())
    assert on_disk == sorted(ms.MEASURE)
    assert len(set(ms.MEASURE)) == len(ms.MEASURE) >= 40
    assert [d.name for d in ms.measure_set_dirs()] == sorted(ms.MEASURE)  # each has its gold/ directory


def test_no_measurement_set_beside_the_read_sets() -> None:
    assert ms.misplaced() == []
    assert not {d.name for d in BENCH.glob("heldout*")} & set(ms.MEASURE)


def test_read_sets_are_every_bench_heldout_set_with_gold() -> None:
    read = ms.read_set_dirs()
    assert len(read) >= 118 and all(d.parent == BENCH for d in read)
    assert [d.name for d in read] == sorted(d.name for d in BENCH.glob("heldout*") if (d / "gold").is_dir())
    assert not {d.name for d in read} & set(ms.MEASURE)
    assert {d.name for d in ms.all_set_dirs()} >= {d.name for d in read} | set(ms.MEASURE)


def test_a_set_is_found_by_name_in_either_place() -> None:
    assert ms.set_dir("heldout27") == ms.MEASURE_DIR / "heldout27"
    assert ms.set_dir("heldout146") == BENCH / "heldout146"


def test_a_measurement_set_in_the_old_place_stops_every_tool(tmp_path: Path) -> None:
    # a set committed as bench/heldoutNN on a branch of the old layout and merged: nothing may list it as read
    (tmp_path / "heldout146" / "gold").mkdir(parents=True)
    (tmp_path / "measure" / "heldout27" / "gold").mkdir(parents=True)
    assert [d.name for d in ms.read_set_dirs(tmp_path)] == ["heldout146"]
    assert [d.name for d in ms.measure_set_dirs(tmp_path)] == ["heldout27"]
    (tmp_path / "heldout29" / "gold").mkdir(parents=True)
    for tool in (ms.read_set_dirs, ms.measure_set_dirs, ms.all_set_dirs):
        with pytest.raises(SystemExit, match="heldout29"):
            tool(tmp_path)
    with pytest.raises(SystemExit, match="git mv"):
        ms.set_dir("heldout146", tmp_path)
