"""How many missed organisations/places sit in a coordinated list with recognised siblings of the same type.

usage: python bench/list_potential.py DIR   (DIR holds <set>.jsonl = `briefing analyze --json` over bench/<set>/*.txt,
e.g. /work/s7/blind: the blind rule outputs of the read held-out sets). Gold comes from bench/<set>/gold.
A miss counts when one of its occurrences is joined to a same-type system span by list separators only (spaces,
commas, และ/หรือ/รวมถึง/ตลอดจน/รวมทั้ง), directly or through other missed gold items of that type. Prints the count
with >= 1 and >= 2 recognised siblings, per type, and the number of sets the hits come from.
"""
import collections
import glob
import json
import os
import re
import sys

sys.path.insert(0, "/work/shared/eval")
import score

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"^[\s,、/]*(?:และ|หรือ|รวมถึง|ตลอดจน|รวมทั้ง)?[\s,]*$")
VERBOSE = "-v" in sys.argv
KEY = {"organisation": "organisations", "place": "places"}


def occurrences(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(s)) for m in re.finditer(re.escape(s), text)]


def main(d: str) -> None:
    tot = collections.Counter(); hitbare = collections.Counter(); hit1 = collections.Counter(); hit2 = collections.Counter()
    sets = collections.defaultdict(set); ex = collections.defaultdict(list)
    for f in sorted(glob.glob(f"{d}/*.jsonl")):
        n = os.path.basename(f)[:-6]
        golds = {os.path.basename(g)[:-5]: load(g) for g in glob.glob(f"{HERE}/{n}/gold/*.json")}
        ann = {k for k in KEY.values() if any(g[k] for g in golds.values())}
        with open(f) as fh:
            lines = fh.read().splitlines()
        for line in lines:
            out = json.loads(line); gold = golds[os.path.basename(out["file"])[:-4]]
            for typ, key in KEY.items():
                if key not in ann:
                    continue
                sysn = list(dict.fromkeys(e["text"] for e in out["entities"] if e["type"] == typ))
                misses = [g for g in gold[key] if not score.match_spans([g], sysn)]
                tot[typ] += len(misses)
                for field in ("title", "body"):
                    text = out.get(field) or ""
                    rec = sorted((e["start"], e["end"]) for e in out["entities"] if e["type"] == typ and e["field"] == field)
                    mocc = {g: occurrences(text, g) for g in misses}
                    for g in misses:
                        if g in ex_done(ex, typ, n, g):
                            continue
                        for occ in mocc[g]:
                            sib = siblings(text, occ, rec, [o for h in misses for o in mocc[h]])
                            bare = not any(e["start"] < occ[1] and occ[0] < e["end"] for e in out["entities"]
                                           if e["field"] == field)
                            if sib >= 1 and bare:
                                hitbare[typ] += 1
                                if VERBOSE:
                                    ctx = text[max(0, occ[0] - 70):occ[0]] + "[" + g + "]" + text[occ[1]:occ[1] + 50]
                                    print("  bare", typ, n, " ".join(ctx.split()))
                            if sib >= 1:
                                hit1[typ] += 1; sets[typ].add(n)
                                if sib >= 2:
                                    hit2[typ] += 1
                                ex[(typ, n)].append(g)
                                break
    for typ in KEY:
        print(f"{typ}: misses {tot[typ]}, in a list with >=1 recognised sibling {hit1[typ]}, >=2 {hit2[typ]},"
              f" from {len(sets[typ])} sets; of them not overlapped by any system span (bare) {hitbare[typ]}")
    for (typ, n), gs in sorted(ex.items()):
        print(" ", typ, n, " | ".join(gs))


def load(path: str) -> dict:
    with open(path) as fh:
        return json.load(fh)


def ex_done(ex: dict, typ: str, n: str, g: str) -> list[str]:
    return ex.get((typ, n), [])


def siblings(text: str, occ: tuple[int, int], rec: list[tuple[int, int]], others: list[tuple[int, int]]) -> int:
    """Recognised spans reachable from occ through separators (and through other missed items)."""
    seen = {occ}; todo = [occ]; found = set()
    while todo:
        a, b = todo.pop()
        for span in rec + others:
            s, e = span
            gap = text[b:s] if s >= b else text[e:a] if e <= a else None
            if gap is None or len(gap) > 12 or not SEP.match(gap):
                continue
            if span in rec:
                if span not in found:
                    found.add(span); todo.append(span)
            elif span not in seen:
                seen.add(span); todo.append(span)
    return len(found)


if __name__ == "__main__":
    main(next(a for a in sys.argv[1:] if a != "-v"))
