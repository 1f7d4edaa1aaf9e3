"""The held-out sets kept for measurement: drawn and annotated blind by helpers who changed no code, never read.

Nobody opens their texts or reads the extractor's misses on them; they are scored on totals only, by the lead,
at the end of a session (`bench/extraction.py --measure`, `bench/score_sets.py TREE OUT measure`). Every other
bench script skips them: a rule or a model tuned on them would make their number a seen one.

Where they are: bench/measure/heldoutNN/ (MEASURE_DIR), not beside the read sets (bench/heldoutNN/), so that no
`bench/heldout*` glob or grep reaches their texts or golds (session 22: two helpers printed measurement golds by
grepping bench/heldout*/; session 23 moved the 40 sets here). Tools find sets through the functions below:
read_set_dirs() (every read set), measure_set_dirs() (every measurement set, for totals only), set_dir(NAME),
and all_set_dirs() (both, for the tools that leave every annotated release out of a draw or a mining run by
its source URL, read by a script). MEASURE names the measurement sets too; tests/test_measurement_sets.py checks
that it and bench/measure/ agree, and every function here stops (SystemExit) when a listed set sits in bench/
beside the read sets, so a set committed in the old place is moved before anything reads it.

To add a measurement set (e.g. a blind draw committed as bench/heldoutNN/ on a helper's branch), before anyone
runs a read-set tool on the merged tree:
  1. `git mv bench/heldoutNN bench/measure/heldoutNN` (by name only: never open, cat or grep its files);
  2. add "heldoutNN" to MEASURE below;
  3. add its sources to bench/mine_exclude_sources.txt if the draw's were not added already (bench/mining.py
     says how: a script reads each file's `ที่มา :` line), then run tests/test_measurement_sets.py and
     tests/test_mining_exclusion.py;
  4. commit the move and the list together.
To demote one to a read set (its misses were read): `git mv bench/measure/heldoutNN bench/heldoutNN`, take it out
of MEASURE, and say why in its README.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
MEASURE_DIR = HERE / "measure"

MEASURE = ("heldout27", "heldout29", "heldout43", "heldout44", "heldout45", "heldout53", "heldout54",
           "heldout68", "heldout74", "heldout75", "heldout83", "heldout84", "heldout89",
           "heldout97", "heldout102", "heldout103", "heldout104", "heldout106", "heldout107",
           "heldout108", "heldout109", "heldout112", "heldout113", "heldout114", "heldout115",
           "heldout117", "heldout118", "heldout119", "heldout123", "heldout124",
           "heldout128", "heldout129", "heldout138", "heldout139", "heldout140", "heldout141",
           "heldout144", "heldout145", "heldout154", "heldout155", "heldout157",
           "heldout158", "heldout159")


def misplaced(bench: Path = HERE) -> list[str]:
    """The measurement sets found in bench/ itself, where a bench/heldout* glob would reach them (by name only)."""
    return sorted(name for name in MEASURE if (bench / name).exists())


def _guard(bench: Path) -> None:
    wrong = misplaced(bench)
    if wrong:
        raise SystemExit(f"measurement sets beside the read sets in {bench}: {', '.join(wrong)}; move each unread "
                         f"with `git mv bench/NAME bench/measure/NAME` (see bench/measurement_sets.py)")


def read_set_dirs(bench: Path = HERE) -> list[Path]:
    """Every read set: bench/heldout*/ with a gold/ directory, sorted by name."""
    _guard(bench)
    return sorted((d for d in bench.glob("heldout*") if (d / "gold").is_dir()), key=lambda d: d.name)


def measure_set_dirs(bench: Path = HERE) -> list[Path]:
    """Every measurement set: bench/measure/heldout*/ with a gold/ directory, sorted by name (for totals only)."""
    _guard(bench)
    return sorted((d for d in (bench / "measure").glob("heldout*") if (d / "gold").is_dir()), key=lambda d: d.name)


def all_set_dirs(bench: Path = HERE) -> list[Path]:
    """Every held-out set directory, read and measurement, gold or not: for the tools that leave all annotated
    releases out of a draw or a mining run (a script reads their source URLs; nobody sees the texts)."""
    _guard(bench)
    return sorted([*(d for d in bench.glob("heldout*") if d.is_dir()),
                   *(d for d in (bench / "measure").glob("heldout*") if d.is_dir())], key=lambda d: d.name)


def set_dir(name: str, bench: Path = HERE) -> Path:
    """The directory of the set called `name` (heldoutNN): under bench/measure/ for a measurement set."""
    _guard(bench)
    return (bench / "measure" if name in MEASURE else bench) / name
