"""What the extractor scored on each held-out set BEFORE anyone read it: the honest unseen number, pooled.

    python bench/blind_scores.py [--shared ../shared] [--cache DIR] [--current]

Each read set (bench/heldout*/) was drawn and annotated by hand before any rule was written from it. The commit that
first added its gold therefore still holds the analyzer that had never seen it. For every set this script
checks that commit out in a temporary git worktree, runs its `briefing analyze --json` over the set's files,
and scores the output with eval/score.py's own matching. Pooled over ~270 releases, that is a far larger
unseen sample than any single set, though each set is scored by the analyzer of its own day, not today's.

`--current` also scores today's analyzer on the same files (those sets have been read since, so this is the
seen number; the gap between the two is how much reading a set flatters it).

Only the types a set annotated count (a type that is an empty list in every gold file of a set was not
annotated there). The measurement sets (bench/measure/, MEASURE) are skipped: they are scored once, on totals, by
the lead.
Outputs are cached per set and commit in --cache (default: a temporary directory), so a rerun is quick.
Needs the git history (a clone, not an archive) and eval/score.py from ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from measurement_sets import read_set_dirs  # bench/measurement_sets.py

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TYPES = (("person", "people"), ("organisation", "organisations"), ("place", "places"))


def gold_commit(name: str) -> tuple[str, int]:
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H %ct", "--", f"bench/{name}/gold"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\n")
    lines = [line for line in out if line.strip()]
    sha, when = lines[-1].split()
    return sha, int(when)


def analyze(checkout: Path, files: list[Path]) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHAINLP_OFFLINE="1", HF_HUB_OFFLINE="1")
    out = subprocess.run([sys.executable, "-m", "briefing", "analyze", "--json", *map(str, files)],
                         cwd=checkout, env=env, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def blind_output(name: str, sha: str, files: list[Path], cache: Path) -> list[dict]:
    cached = cache / f"{name}-{sha[:12]}.jsonl"
    if cached.exists():
        return [json.loads(line) for line in cached.read_text().splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        checkout = Path(tmp) / "wt"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(checkout), sha], cwd=ROOT, check=True)
        try:
            rows = analyze(checkout, files)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT, check=True)
    cached.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return rows


def tally(score, rows: list[dict], golds: dict[str, dict]) -> dict[str, list[int]]:
    annotated = {key for key in ("people", "organisations", "places", "figures") if any(g[key] for g in golds.values())}
    tot = {t: [0, 0, 0] for t in ("person", "organisation", "place", "figure")}
    for out in rows:
        gold = golds[Path(out["file"]).stem]
        ents = out.get("entities", [])
        for typ, key in TYPES:
            if key not in annotated:
                continue
            found = list(dict.fromkeys(e["text"] for e in ents if e.get("type") == typ))
            tp = (score.match_names(gold[key], found, 25) if typ == "person"
                  else score.match_spans(gold[key], found))
            for i, v in enumerate((tp, len(found), len(gold[key]))):
                tot[typ][i] += v
        if "figures" in annotated:
            figs, gf = score.distinct(out.get("figures", [])), score.distinct(gold["figures"])
            for i, v in enumerate((score.match_figures(gf, figs), len(figs), len(gf))):
                tot["figure"][i] += v
    return tot


def line(score, tot: dict[str, list[int]]) -> str:
    cells = []
    for typ, (tp, n_sys, n_gold) in tot.items():
        if n_gold or n_sys:
            p, r, f = score.prf(tp, n_sys, n_gold)
            cells.append(f"{typ[:5]} {f:.3f} (P {p:.2f} R {r:.2f})")
        else:
            cells.append(f"{typ[:5]}    -              ")
    return "  ".join(cells)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default=None)
    ap.add_argument("--current", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.shared) / "eval"))
    import score  # type: ignore[import-not-found]

    cache = Path(a.cache) if a.cache else Path(tempfile.mkdtemp(prefix="blind-"))
    cache.mkdir(parents=True, exist_ok=True)
    sets = []
    for d in read_set_dirs():
        sha, when = gold_commit(d.name)
        sets.append((when, d.name, sha))
    pooled = {t: [0, 0, 0] for t in ("person", "organisation", "place", "figure")}
    current = {t: [0, 0, 0] for t in pooled}
    for _, name, sha in sorted(sets):
        files = sorted((HERE / name).glob("*.txt"))
        golds = {p.stem: json.loads(p.read_text()) for p in (HERE / name / "gold").glob("*.json")}
        tot = tally(score, blind_output(name, sha, files, cache), golds)
        for t, v in tot.items():
            pooled[t] = [a_ + b for a_, b in zip(pooled[t], v)]
        print(f"{name:11s} {sha[:7]}  {line(score, tot)}", flush=True)
        if a.current:
            now = tally(score, analyze(ROOT, files), golds)
            for t, v in now.items():
                current[t] = [a_ + b for a_, b in zip(current[t], v)]
    print(f"POOLED blind          {line(score, pooled)}")
    if a.current:
        print(f"POOLED today (read)   {line(score, current)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
