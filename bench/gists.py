"""How many offline gists name the actor, the topic and the key figure a reader would expect.

    python bench/gists.py [-v] [DIR]          (default bench/gists)

DIR holds releases gNN.txt drawn at random from the corpus outside the dev set (bench/gists/select.py)
and, for each, gNN.toml written by hand from the Thai before the method was changed: `actor` (English
forms or acronyms of who acted), `topic` (groups of keywords), `figures` (the key figure's value, or
alternatives; empty when the release has no figure a reader needs in one line).

Matching rule, case-insensitive, on the gist alone:
- actor: any one of the `actor` strings occurs in the gist;
- topic: every group of `topic` has one of its keywords in the gist (a keyword may be a word stem);
- figure: when `figures` is not empty, some number in the gist (as `summary.check.numbers_in` reads
  it, scale words applied: '20 billion' is 2e10) is within 1% of one of the values; when it is empty,
  the figure counts as named.
Prints one line per release and the count naming all three (the goal is >= 25 of 30). A sample whose
files record a judgement by hand of whether the gist reads as true English (`reads_before`, and later
`reads_after`, `reads_after_4b`: "yes"/"no", bench/gists3, gists4) gets those counts printed too; they are judged, not computed.
"""

from __future__ import annotations

import math
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def judge(gist: str, want: dict[str, object]) -> tuple[bool, bool, bool]:
    from briefing.summary.check import numbers_in

    low = gist.lower()
    actor = any(str(a).lower() in low for a in want["actor"])  # type: ignore[attr-defined]
    topic = all(any(str(k).lower() in low for k in group) for group in want["topic"])  # type: ignore[attr-defined]
    values = [n.value for n in numbers_in(gist) if n.value is not None]
    figures = [float(f) for f in want["figures"]]  # type: ignore[attr-defined]
    figure = not figures or any(math.isclose(v, f, rel_tol=0.01) for v in values for f in figures)
    return actor, topic, figure


def main(argv: list[str]) -> int:
    from briefing.cli.analyze import read_release
    from briefing.summary.offline import make_brief
    from briefing.thai import analyze

    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    folder = Path(args[0]) if args else HERE / "gists"
    cases = sorted(folder.glob("g*.toml"))
    good = [0, 0, 0]
    total = 0
    for case in cases:
        want = tomllib.loads(case.read_text(encoding="utf-8"))
        release = read_release(case.with_suffix(".txt"))
        brief = make_brief(release, analyze(release))
        marks = judge(brief.gist, want)
        for i, ok in enumerate(marks):
            good[i] += ok
        total += all(marks)
        flags = "".join("+" if ok else "-" for ok in marks)
        print(f"{case.stem} {flags}  {brief.gist}")
        if verbose and not all(marks):
            print(f"      want: {want['expected']}")
    print(f"actor {good[0]}/{len(cases)}  topic {good[1]}/{len(cases)}  figure {good[2]}/{len(cases)}")
    print(f"all three: {total}/{len(cases)}")
    for key in ("reads_before", "reads_after", "reads_after_4b"):
        judged = [tomllib.loads(c.read_text(encoding="utf-8")).get(key) for c in cases]
        if any(judged):
            print(f"{key.replace('_', ' as English ', 1).replace('_', ' ')} (judged by hand): {judged.count('yes')}/{len(cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
