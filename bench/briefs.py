"""The offline brief against what a reader expects of 15 random corpus releases (bench/briefs/).

    python bench/briefs.py [--show]

bench/briefs/bNN.txt are releases drawn by bench/briefs/select.py outside the dev set, the seeds, the
test data, the held-out sets and the gist sample; bNN.toml says, written by hand before the brief's
method changed, who a reader expects named, which figures with what they measure, and what comes
next. Per release this prints: sentences (target 3 to 5), words (<= 120), Thai (none), whether lists
of names ('Organisations: ...') are in the prose, expected people named, expected figures written
with their measure word nearby (stem of the word within 6 words of the number; the unit counts when
no measure is expected), and expected dates ahead written. Totals at the end; --show prints briefs.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent / "briefs"
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[A-Z“\"]|\s*$)")


def sentences(text: str) -> int:
    """Sentences of a brief: full stops before a capital or the end, not after an initial or 'Mr'."""
    return len(_SENTENCE_END.findall(text.strip()))


def figure_said(brief: str, number: str, measure: str) -> bool:
    pos = brief.find(number)
    if pos < 0:
        return False
    if not measure:
        return True
    words = brief[:pos].split()[-6:] + brief[pos + len(number):].split()[:6]
    stem = measure.lower()[:6]
    return any(w.lower().strip(".,;:()").startswith(stem) for w in words)


def main(argv: list[str]) -> int:
    from briefing.cli.analyze import read_release
    from briefing.summary.check import check_numbers, has_thai, word_count
    from briefing.summary.offline import make_brief
    from briefing.thai import analyze

    show = "--show" in argv
    totals = {"files": 0, "shape": 0, "who": [0, 0], "figures": [0, 0], "next": [0, 0], "clean": 0}
    print(f"{'file':6} {'sent':>4} {'words':>5} {'thai':>4} {'lists':>5} {'who':>5} {'figs':>5} {'next':>5} {'bad#':>4}")
    for path in sorted(HERE.glob("b*.txt")):
        expect = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
        release = read_release(path)
        analysis = analyze(release)
        brief = make_brief(release, analysis).brief
        n, words, thai = sentences(brief), word_count(brief), has_thai(brief)
        lists = bool(re.search(r"\b(?:Organisations|People|Named in English in the release):", brief))
        who = sum(name in brief for name in expect["who"])
        figs = sum(figure_said(brief, num, measure) for num, measure in expect["figures"])
        ahead = sum(d in brief for d in expect["next_dates"])
        bad = len(check_numbers(brief, analysis))
        totals["files"] += 1
        totals["shape"] += 3 <= n <= 5 and words <= 120
        totals["clean"] += not thai and not lists and not bad
        for key, got, of in (("who", who, len(expect["who"])), ("figures", figs, len(expect["figures"])),
                             ("next", ahead, len(expect["next_dates"]))):
            totals[key][0] += got
            totals[key][1] += of
        print(f"{path.stem:6} {n:>4} {words:>5} {'YES' if thai else 'no':>4} {'yes' if lists else 'no':>5} "
              f"{who:>2}/{len(expect['who']):<2} {figs:>2}/{len(expect['figures']):<2} "
              f"{ahead:>2}/{len(expect['next_dates']):<2} {bad:>4}")
        if show:
            print(f"    {brief}")
    print(f"3-5 sentences and <= 120 words: {totals['shape']}/{totals['files']}; no Thai, no name lists, "
          f"no stray numbers: {totals['clean']}/{totals['files']}")
    print(f"people expected named: {totals['who'][0]}/{totals['who'][1]}; figures with their measure: "
          f"{totals['figures'][0]}/{totals['figures'][1]}; dates ahead: {totals['next'][0]}/{totals['next'][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
