"""Does a change leave the analyzer's output as it was? Two source trees analyse the same archive releases.

    python bench/identical.py BASE_TREE [N] [--tree TREE] [--seed S] [--store DB] [--show K] [--keep-base FILE] [--spans]

A speed change must not change what the analyzer finds. This draws N (default 4,000) releases from the
read-only archive store, deterministically (`--seed`), leaving out the sources of
bench/mine_exclude_sources.txt (the dev files and the held-out sets) and the sources every held-out set's README
names, analyses each one with the `briefing` package of BASE_TREE (e.g. a detached `git worktree add` of the commit before the change) and
with the one of TREE (default: this checkout), each in its own process, and compares the full
`Analysis.to_json()` of every release. Prints the number of releases whose analysis differs, the first
K (default 5) of them with the entities that differ, and each tree's total analysis time (a rough
figure: bench/analyze.py is the speed measure). Exit status 1 when any release differs. `--keep-base FILE`
reads the base tree's output from FILE when it exists (same N and seed: the base does not change between
steps of a series of changes) and writes it there otherwise. `--spans` leaves the entities' English forms
(english, english_source) and the analyzer version out of the comparison: for a change that gives names
English but must leave every span, type, figure and date as it was.

Both processes use the environment as given: point XDG_CACHE_HOME at a scratch copy of the romaniser's
cache to keep a shared one untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_STORE = "/tmp/wt8_store/p/d/briefing/briefing.db"

WORKER = """
import datetime as dt, json, sys, time
from briefing.model import Release
from briefing.printable import json_line
from briefing.thai import analyze
spent = 0.0
with open(sys.argv[1], encoding="utf-8") as releases, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in releases:
        r = json.loads(line)
        release = Release(title=r["title"], body=r["body"], source=r["source"], id=r["id"],
                          date=dt.date.fromisoformat(r["date"]) if r["date"] else None)
        t = time.perf_counter()
        analysis = analyze(release)
        spent += time.perf_counter() - t
        out.write(json_line(analysis.to_json()) + "\\n")
print(spent)
"""


_DETAIL = re.compile(r"details/([0-9]+)")


def held_out_details() -> set[str]:
    """The release numbers (details/NNN) every bench/heldout*/README.md (and bench/measure/heldout*/README.md)
    gives as its sources. Read by the
    program, never shown: mine_exclude_sources.txt was last copied before heldout60, so the sets annotated
    since (heldout60-67 checked: none of their 48 sources is in it) could be drawn here and their entities printed."""
    readmes = [*HERE.glob("heldout*/README.md"), *HERE.glob("measure/heldout*/README.md")]
    return {m for readme in readmes for m in _DETAIL.findall(readme.read_text(encoding="utf-8"))}


def draw(store: str, n: int, seed: int) -> list[dict[str, object]]:
    excluded = set((HERE / "mine_exclude_sources.txt").read_text(encoding="utf-8").split())
    details = held_out_details()
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    rows = db.execute("SELECT id, source, title, body, date FROM releases ORDER BY id").fetchall()
    rows = [r for r in rows if r[1] not in excluded and not set(_DETAIL.findall(r[1] or "")) & details]
    random.Random(seed).shuffle(rows)
    return [{"id": i, "source": s, "title": t, "body": b, "date": d[:10] if d else ""} for i, s, t, b, d in rows[:n]]


def _without_english(line: str) -> str:
    """One release's analysis with the entities' English forms and the version taken out."""
    data = json.loads(line)
    data.pop("version", None)
    for key in ("entities", "references"):
        for entity in data.get(key, []):
            entity.pop("english", None)
            entity.pop("english_source", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the tree whose output is the reference")
    parser.add_argument("n", type=int, nargs="?", default=4000)
    parser.add_argument("--tree", type=Path, default=HERE.parent)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--store", default=DEFAULT_STORE)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--keep-base", type=Path)
    parser.add_argument("--spans", action="store_true", help="ignore English forms and the version")
    args = parser.parse_args()

    releases = draw(args.store, args.n, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        given = Path(tmp) / "releases.jsonl"
        given.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in releases), encoding="utf-8")
        outputs = {"base": Path(tmp) / "base", "tree": Path(tmp) / "tree"}
        trees = [("base", args.base), ("tree", args.tree)]
        if args.keep_base and args.keep_base.exists():
            outputs["base"] = args.keep_base
            trees = trees[1:]
        runs = {}
        for name, tree in trees:
            env = dict(os.environ, PYTHONPATH=str(tree.resolve()), PYTHAINLP_OFFLINE="1", HF_HUB_OFFLINE="1")
            runs[name] = subprocess.Popen([sys.executable, "-c", WORKER, str(given), str(outputs[name])],
                                          env=env, cwd=tree, stdout=subprocess.PIPE, text=True)
        spent = {"base": float("nan")}
        for name, proc in runs.items():
            out, _ = proc.communicate()
            if proc.returncode:
                print(f"{name}: the worker failed (status {proc.returncode})", file=sys.stderr)
                return 2
            spent[name] = float(out.strip())
        base = outputs["base"].read_text(encoding="utf-8").splitlines()
        tree = outputs["tree"].read_text(encoding="utf-8").splitlines()
        if args.keep_base and not args.keep_base.exists():
            args.keep_base.write_text("".join(line + "\n" for line in base), encoding="utf-8")
    if args.spans:
        base, tree = [_without_english(line) for line in base], [_without_english(line) for line in tree]
    differ = [i for i, (a, b) in enumerate(zip(base, tree, strict=True)) if a != b]
    print(f"releases        {len(releases)} (seed {args.seed})")
    print(f"analysis time   base {spent['base']:.1f} s, tree {spent['tree']:.1f} s")
    print(f"differing       {len(differ)}")
    for i in differ[:args.show]:
        a, b = json.loads(base[i]), json.loads(tree[i])
        print(f"- release {releases[i]['id']} {releases[i]['source']}")
        for key in a:
            if a[key] != b.get(key):
                only_a = [x for x in a[key] if x not in b[key]] if isinstance(a[key], list) else a[key]
                only_b = [x for x in b[key] if x not in a[key]] if isinstance(b[key], list) else b[key]
                print(f"    {key}: base only {json.dumps(only_a, ensure_ascii=False)[:300]}")
                print(f"    {key}: tree only {json.dumps(only_b, ensure_ascii=False)[:300]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
