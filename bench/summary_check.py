"""Issue 4's acceptance, file by file, for the offline brief.

    python bench/summary_check.py FILE...      (e.g. ../shared/eval/dev/*.txt)

For each release: Thai characters in the gist or brief, gist and brief word counts (limits 20 and 120),
numbers in them that are not figures or dates of the Analysis, whether the first three figures by
position that mean something alone appear (`facts.key_figures`' required ones: a count nothing
measures, '150 years' or '2 points', is not one; issue 10) (a number in the brief with the figure's
value), and whether every person the Analysis
found with a role appears by English name. `top3` counts a figure present when a number in the brief
has its value; `text` when its English form is written word for word. Exit status 1 when any file
fails.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from briefing.cli.analyze import read_release
    from briefing.summary.check import check_numbers, has_thai, numbers_in, word_count
    from briefing.summary.facts import key_figures
    from briefing.summary.offline import make_brief
    from briefing.thai import analyze

    if not argv:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    failures = 0
    print(f"{'file':42} {'thai':>4} {'gist':>4} {'brief':>5} {'bad#':>4} {'top3':>5} {'text':>5} {'roles':>6}  ok")
    for name in argv:
        path = Path(name)
        release = read_release(path)
        analysis = analyze(release)
        brief = make_brief(release, analysis)
        both = brief.gist + "\n" + brief.brief
        thai = has_thai(both)
        bad = check_numbers(brief.gist, analysis) + check_numbers(brief.brief, analysis)
        values = [n.value for n in numbers_in(brief.brief) if n.value is not None]
        key, required = key_figures(analysis)
        top = [k.figure for k in key[:required]]
        shown = sum(any(math.isclose(v, f.value, rel_tol=0.005) for v in values) for f in top)
        written = sum(f.english in brief.brief for f in top)
        people = {e.english or e.text: e for e in analysis.entities
                  if e.type == "person" and (e.role or e.role_english)}
        present = sum(1 for n in people if not has_thai(n) and n in brief.brief)
        ok = (not thai and word_count(brief.gist) <= 20 and word_count(brief.brief) <= 120 and not bad
              and shown == len(top) and present == len(people))
        failures += not ok
        print(f"{path.name[:42]:42} {'YES' if thai else 'no':>4} {word_count(brief.gist):>4} "
              f"{word_count(brief.brief):>5} {len(bad):>4} {shown:>2}/{len(top):<2} {written:>2}/{len(top):<2}"
              f" {present:>3}/{len(people):<2}"
              f"  {'ok' if ok else 'FAIL'}")
        for problem in bad:
            print(f"    {problem}")
        for missing in [n for n in people if has_thai(n) or n not in brief.brief]:
            print(f"    person with role not in the brief: {missing}")
    print(f"{len(argv) - failures}/{len(argv)} files pass")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
