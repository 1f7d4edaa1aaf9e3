"""Figure misses and false figures on the READ sets, one line each with context, and the pooled figure score.

    python bench/figure_census.py [--shared /work/shared] [heldoutNN ...]

Runs the analyzer in-process on every read set annotated for figures (a set with no figure in any gold is left
out, as score.py's pooled line does per type), matches figures the way eval/score.py does (one per distinct
kind group, value and currency in a file) and prints MISS (gold, not found) and FALSE (found, not gold) lines,
then the pooled P/R/F1. The measurement sets (bench/measure/, measurement_sets.py) are never read: a named one is
skipped. Session 14 used it for the figures census (see bench/heldout92/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from measurement_sets import MEASURE, read_set_dirs  # bench/measurement_sets.py

HERE = Path(__file__).resolve().parent
IN_PROGRESS = ("heldout89",)
"""Sets being annotated blind this session: not read either."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("sets", nargs="*")
    args = parser.parse_args()
    sys.path.insert(0, str(args.shared / "eval"))
    import score  # eval/score.py: the scorer's own matching

    from briefing.cli.analyze import read_release
    from briefing.thai import analyze

    names = args.sets or [d.name for d in read_set_dirs()]
    tp = n_sys = n_gold = 0
    for name in names:
        if name in MEASURE or name in IN_PROGRESS:
            continue
        golds = sorted((HERE / name / "gold").glob("*.json"))
        loaded = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        if not any(j.get("figures") for j in loaded):
            continue
        for gold_path, gold in zip(golds, loaded):
            text_path = HERE / name / (gold_path.stem + ".txt")
            if not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            found = [{"text": f.text, "kind": f.kind, "value": f.value, "unit": f.unit}
                     for f in analyze(read_release(text_path)).figures]
            g, s = score.distinct(gold.get("figures", [])), score.distinct(found)
            used: set[int] = set()
            for want in g:
                hit = next((i for i, got in enumerate(s) if i not in used and score.fig_ok(want, got)), None)
                if hit is None:
                    print("MISS", _line(name, text_path, text, want))
                else:
                    used.add(hit)
            for i, got in enumerate(s):
                if i not in used:
                    print("FALSE", _line(name, text_path, text, got))
            tp, n_sys, n_gold = tp + len(used), n_sys + len(s), n_gold + len(g)
    p, r, f = score.prf(tp, n_sys, n_gold)
    print(f"figure  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} sys={n_sys} gold={n_gold})")


def _line(name: str, path: Path, text: str, figure: dict) -> str:
    at = text.find(figure["text"])
    context = text[max(0, at - 40):at + len(figure["text"]) + 30].replace("\n", " / ") if at >= 0 else "?"
    return f"{name}/{path.name} | {figure['text']!r} {figure['kind']} {figure['value']} {figure['unit']} | {context}"


if __name__ == "__main__":
    main()
