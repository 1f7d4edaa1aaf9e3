"""Our extraction against PyThaiNLP's bundled ThaiNER 1.5.1 CRF, through the same scorer.

    python bench/extraction.py [--shared ../shared]

Then the same for each read held-out set (bench/heldout*/), one line per set, and a pooled line. The measurement
sets (bench/measure/heldout*/, bench/measurement_sets.py) are left out: `--measure` scores only them (the lead's
end-of-session number; their misses are never read).

The baseline tags each release with the bundled ThaiNER 1.5.1 CRF (python-crfsuite, newmm tokens,
POS features; see `ThaiNER151`). ThaiNER has no tag for counts or quantities; its MONEY and PERCENT spans get their value
from our own number reading, so the figure comparison is about finding spans, not parsing numbers.
Both runs go through `eval/score.py`; the table prints F1 per type side by side.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from measurement_sets import measure_set_dirs, read_set_dirs  # bench/measurement_sets.py

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON": "person", "ORGANIZATION": "organisation", "LOCATION": "place"}
FIGURE_TAGS = {"MONEY": "money", "PERCENT": "percent"}
MAIN_TYPES = ("person", "organisation", "place", "figure")


def baseline_json(files: list[str]) -> None:
    """Print one JSON line per file in the `briefing analyze --json` shape, from ThaiNER 1.5.1."""
    from briefing.cli.analyze import read_release
    from briefing.thai.figures import find_figures

    tagger = ThaiNER151()
    for name in files:
        release = read_release(Path(name))
        entities, figures = [], []
        for text in (release.title, *release.body.split("\n")):
            if not text.strip():
                continue
            for label, span in spans(tagger.get_ner(text)):
                if label in TYPES:
                    entities.append({"type": TYPES[label], "text": span})
                elif label in FIGURE_TAGS:
                    found = [f for f in find_figures(span, "body") if f.kind == FIGURE_TAGS[label]]
                    if found:
                        figures.append({"kind": found[0].kind, "value": found[0].value, "unit": found[0].unit})
        print(json.dumps({"file": name, "entities": entities, "figures": figures}, ensure_ascii=False))


# Universal POS tags -> the Blackboard treebank tags ThaiNER 1.5.1 was trained on. PyThaiNLP bundles
# no Blackboard POS model (it downloads one), so the bundled ORCHID-UD tagger stands in, mapped.
UD_TO_BLACKBOARD = {
    "NOUN": "NN", "PROPN": "NN", "VERB": "VV", "AUX": "AX", "ADJ": "AJ", "ADV": "AV", "NUM": "NU",
    "PUNCT": "PU", "SYM": "PU", "CCONJ": "CC", "SCONJ": "CC", "ADP": "PS", "PRON": "PR", "PART": "PA",
    "DET": "AJ", "INTJ": "IJ", "X": "XX",
}


class ThaiNER151:
    """ThaiNER 1.5.1 (bundled CRF, python-crfsuite) over newmm tokens with POS features."""

    def __init__(self) -> None:
        import pycrfsuite
        from pythainlp.corpus import get_corpus_path

        self.crf = pycrfsuite.Tagger()
        self.crf.open(get_corpus_path("thainer"))

    def get_ner(self, text: str) -> list[tuple[str, str]]:
        from pythainlp.tag import pos_tag
        from pythainlp.tag.thainer import ThaiNameTagger
        from pythainlp.tokenize import word_tokenize

        tokens = word_tokenize(text, engine="newmm")
        tagged = [(w, UD_TO_BLACKBOARD.get(t, "XX"))
                  for w, t in pos_tag(tokens, engine="perceptron", corpus="orchid_ud")]
        labels = self.crf.tag(ThaiNameTagger._extract_features(tagged))
        return list(zip(tokens, labels))


def spans(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """IOB tags -> (label, text) spans."""
    out: list[tuple[str, str]] = []
    label, words = None, []
    for word, tag in tagged + [("", "O")]:
        if tag.startswith("I-") and label == tag[2:]:
            words.append(word)
            continue
        if label:
            out.append((label, "".join(words).strip()))
        label, words = (tag[2:], [word]) if tag != "O" else (None, [])
    return out


def score(shared: Path, cmd: str, texts: Path | None = None, gold: Path | None = None,
          pooled: dict[str, list[int]] | None = None) -> dict[str, str]:
    """F1 per type on the dev set, or on a held-out set (`texts` and its `gold`); with `pooled`, the
    set's (tp, sys, gold) counts per type are added to it."""
    texts = texts or shared / "eval" / "dev"
    gold = gold or shared / "eval" / "dev-gold"
    files = sorted(str(p) for p in texts.glob("*.txt"))
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
         "--cmd", cmd, *files], capture_output=True, text=True, check=False)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    if not last.startswith("F1 "):
        sys.exit(f"bench: scorer failed for {cmd!r}: {proc.stdout[-500:]} {proc.stderr[-500:]}")
    scores = dict(part.split("=") for part in last[3:].split())
    for line in proc.stdout.splitlines():  # a type the gold has none of (a set annotated for some types) is '-'
        m = re.match(r"(\w+)\s+P=.*\bgold=0\)", line)
        if m and m.group(1) in scores:
            scores[m.group(1)] = "-"
        counts = re.match(r"(\w+)\s+P=.*\(tp=(\d+) sys=(\d+) gold=(\d+)\)", line)
        if pooled is not None and counts and counts.group(1) in MAIN_TYPES and int(counts.group(4)):
            total = pooled.setdefault(counts.group(1), [0, 0, 0])
            for i in range(3):
                total[i] += int(counts.group(i + 2))
    return scores


def pooled_f1(total: list[int]) -> str:
    tp, found, gold = total
    return f"{2 * tp / (found + gold):.2f}" if found + gold else "-"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--baseline-json", nargs="+", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help="score only the measurement sets")
    args = parser.parse_args()
    if args.baseline_json:
        baseline_json(args.baseline_json)
        return 0
    ours = score(args.shared, f"{sys.executable} -m briefing analyze --json")
    base = score(args.shared, f"{sys.executable} {Path(__file__).resolve()} --baseline-json")
    print(f"{'type':13s} {'briefing':>9s} {'ThaiNER 1.5.1':>14s}")
    worse = []
    for key in ours:
        print(f"{key:13s} {ours[key]:>9s} {base[key]:>14s}")
        if key in MAIN_TYPES and ours[key] != "-" and float(ours[key]) <= float(base[key]):
            worse.append(key)
    # money/percent/other split the figure row; the baseline's money values come from our own number
    # reading, so a tie there says both found the same spans.
    print("better on every type" if not worse else f"NOT better on: {', '.join(worse)}")
    # Releases the rules were not made on (bench/heldout*: see their READMEs for how blind each is).
    held = measure_set_dirs() if args.measure else read_set_dirs()
    if held:
        print(f"\n{'held-out':13s} " + " ".join(f"{t[:6]:>6s}" for t in MAIN_TYPES) + "   (briefing | ThaiNER 1.5.1)")
        pooled: dict[str, list[int]] = {}
        for directory in held:
            ours = score(args.shared, f"{sys.executable} -m briefing analyze --json", directory, directory / "gold", pooled)
            base = score(args.shared, f"{sys.executable} {Path(__file__).resolve()} --baseline-json", directory, directory / "gold")
            print(f"{directory.name:13s} " + " ".join(f"{ours[t]:>6s}" for t in MAIN_TYPES)
                  + "   | " + " ".join(f"{base[t]:>6s}" for t in MAIN_TYPES))
        # every held-out mention counted once (micro F1): sets annotated for a type add to that type only
        print(f"{'pooled':13s} " + " ".join(f"{pooled_f1(pooled[t]) if t in pooled else '-':>6s}" for t in MAIN_TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
