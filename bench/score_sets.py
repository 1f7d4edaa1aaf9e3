"""Score a source tree's analyzer on the held-out sets, pooled per type, in one pass: the lead's quick number.

    python bench/score_sets.py TREE OUT {read|measure|SET...} [--jobs N] [--detail] [--shared DIR]

Runs `python -m briefing analyze --json` with TREE's package (PYTHONPATH=TREE) over every file of the chosen
held-out sets of this checkout, split into N parallel processes (default 2), saves the output in
OUT/analysis.jsonl, and scores it with eval/score.py's own matching functions (imported, so the numbers are
score.py's), pooling each type over the sets annotated for it (a type that is an empty list in every gold file of
a set was not annotated there). `read` is every read set (bench/heldout*/), `measure` every measurement set
(bench/measure/heldout*/, bench/measurement_sets.py), which print totals and nothing else (their misses are never
read); a set named by hand is looked for in either place. `--detail` writes OUT/detail.json with
each read file's system and gold lists per type, for reading what a change moved. bench/extraction.py gives the
same figures per set beside ThaiNER's, one score.py run per set; this is the fast pooled number (about 30 s for
the ~900 read files on two cores).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from measurement_sets import MEASURE, measure_set_dirs, read_set_dirs, set_dir  # bench/measurement_sets.py

HERE = Path(__file__).resolve().parent
TYPES = (("person", "people"), ("organisation", "organisations"), ("place", "places"))


def load_score(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyze(tree: Path, files: list[Path], jobs: int) -> dict[Path, dict]:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHAINLP_OFFLINE="1", HF_HUB_OFFLINE="1")

    def run(chunk: list[Path]) -> list[tuple[Path, dict]]:
        if not chunk:
            return []
        proc = subprocess.run([sys.executable, "-m", "briefing", "analyze", "--json", *map(str, chunk)],
                              cwd=tree, env=env, capture_output=True, text=True, check=False)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode or len(lines) != len(chunk):
            sys.exit(f"analyze failed (exit {proc.returncode}): {proc.stderr[-1500:]}")
        return [(f, json.loads(line)) for f, line in zip(chunk, lines)]

    with ThreadPoolExecutor(jobs) as pool:
        return dict(pair for pairs in pool.map(run, [files[i::jobs] for i in range(jobs)]) for pair in pairs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--detail", action="store_true")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    score = load_score(args.shared)
    if args.sets == ["measure"]:
        dirs = measure_set_dirs()
    elif args.sets == ["read"]:
        dirs = read_set_dirs()
    else:
        dirs = [set_dir(n) for n in args.sets]
    names = [d.name for d in dirs]
    detail = args.detail and not any(n in MEASURE for n in names)
    files = [f for d in dirs for f in sorted(d.glob("*.txt")) if (d / "gold" / f"{f.stem}.json").exists()]
    out = analyze(args.tree.resolve(), files, args.jobs)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "analysis.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"path": str(f), "out": out[f]}, ensure_ascii=False) + "\n" for f in files)
    match = {"person": lambda g, s: score.match_names(g, s, 25), "organisation": score.match_spans, "place": score.match_spans}
    total = {k: [0, 0, 0] for k in ("person", "organisation", "place", "figure")}
    rows = []
    for name in names:
        mine = [f for f in files if f.parent.name == name]
        golds = {f: json.loads((f.parent / "gold" / f"{f.stem}.json").read_text(encoding="utf-8")) for f in mine}
        annotated = {key for _, key in TYPES if any(g.get(key) for g in golds.values())}
        figures = any(g.get("figures") for g in golds.values())
        for f in mine:
            gold, ents = golds[f], out[f].get("entities", [])
            row: dict = {"set": name, "file": f.name}
            for typ, key in TYPES:
                if key in annotated:
                    found = list(dict.fromkeys(e["text"] for e in ents if e.get("type") == typ))
                    tp = match[typ](gold[key], found)
                    for i, v in enumerate((tp, len(found), len(gold[key]))):
                        total[typ][i] += v
                    row[typ] = {"sys": found, "gold": gold[key], "tp": tp}
            if figures:
                found_f, gold_f = score.distinct(out[f].get("figures", [])), score.distinct(gold["figures"])
                for i, v in enumerate((score.match_figures(gold_f, found_f), len(found_f), len(gold_f))):
                    total["figure"][i] += v
            rows.append(row)
    if detail:
        (args.out / "detail.json").write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(names)} sets, {len(files)} files")
    for typ, (tp, found_n, gold_n) in total.items():
        if not gold_n:
            continue  # no set chosen annotates it
        p, r, f1 = score.prf(tp, found_n, gold_n)
        print(f"{typ:13s} P={p:.4f} R={r:.4f} F1={f1:.4f}  (tp={tp} sys={found_n} gold={gold_n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
