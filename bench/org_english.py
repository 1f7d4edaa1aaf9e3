"""Which organisations the reader shows with no English form, on a list of corpus releases.

    python bench/org_english.py LIST [--only none|made|all] [--quiet]

LIST is a file of corpus release paths, one a line (e.g. a sample drawn from /tmp/corpus/thaigov-v2/data).
Each release is analysed as the reader does, its organisations grouped as the side panel groups them
(`model_records.entity_groups`), and each is printed with its English form and where that comes from
(listed, release, romanised, translated) or "(none)". The last lines count the organisations, those without
English, and those by source. --only none prints only the ones without English; --only made only the
romanised and translated ones (to read the made forms by eye); --quiet prints only the counts.

Session 14, on the lead's 200 random releases (/tmp/lead13/sample.txt): 242 of 1,095 organisations without
English at the start (ef76e38), 120 of 1,093 after briefing/thai/org_translate.py (122 translated; two groups
fewer because a mention's English now matches a listed one's).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing.model_records import entity_groups
from briefing.sources.corpus import parse_bytes
from briefing.thai import analyze


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("list", type=Path)
    parser.add_argument("--only", choices=("none", "made", "all"), default="all")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    paths = [Path(p) for p in args.list.read_text(encoding="utf-8").split("\n") if p.strip()]
    total = 0
    by_source: collections.Counter[str] = collections.Counter()
    for path in paths:
        release = parse_bytes(path.read_bytes(), path.name)
        groups = [g for g in entity_groups(analyze(release)) if g.type == "organisation"]
        lines = []
        for g in groups:
            total += 1
            source = g.english_source if g.english else "none"
            by_source[source or "none"] += 1
            if args.only == "none" and g.english:
                continue
            if args.only == "made" and source not in ("romanised", "translated"):
                continue
            lines.append(f"  {g.label}\t{g.english or '(none)'}\t[{source}]")
        if lines and not args.quiet:
            print(f"{path}  {release.source or ''}")
            print("\n".join(lines))
    print(f"releases        {len(paths)}")
    print(f"organisations   {total}")
    print(f"without English {by_source['none']} ({by_source['none'] / max(total, 1):.0%})")
    for source, n in sorted(by_source.items()):
        if source != "none":
            print(f"  {source:<13} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
