"""What changed between two bench/precision_read.py runs (before/after a rule change), for reading by hand.

    python bench/precision_diff.py BEFORE.jsonl AFTER.jsonl

One line per mention that went (GONE), appeared (NEW) or changed its end or type (CUT), with its context and
the release id: every line is read to count false mentions removed and real ones lost.
"""
import json
import sys


def load(path: str) -> dict[tuple, dict]:
    with open(path, encoding="utf-8") as f:
        return {(r["id"], r["field"], r["type"], r["start"]): r for r in map(json.loads, f)}


def main() -> None:
    a, b = load(sys.argv[1]), load(sys.argv[2])
    for k in sorted(set(a) | set(b)):
        ra, rb = a.get(k), b.get(k)
        if ra and rb and ra["end"] == rb["end"]:
            continue
        r = ra or rb
        assert r is not None
        context = f"«{r['left'][-15:]}|{r['right'][:15]}»".replace("\n", " ")
        if ra and not rb:
            print("GONE", ra["type"], ra["text"], context, ra["id"], sep="\t")
        elif rb and not ra:
            print("NEW", rb["type"], rb["text"], context, rb["id"], sep="\t")
        elif ra and rb:
            print("CUT", ra["type"], f"{ra['text']} -> {rb['text']}", context, ra["id"], sep="\t")


if __name__ == "__main__":
    main()
