"""Does a learned tagger add organisations or places the rules miss? A cross-validated check on the read sets.

    python bench/tagger_cv.py organisation|place [--folds 5] [--fold K] [--no-rule-features]

Session 20 tried the learned component session 19's note proposed for issue 11: a CRF (python-crfsuite, already a
dependency through PyThaiNLP) over nlpo3 words, trained on the read sets' golds, with the rules' own spans as features
(or without them), whose confident spans that no rule span overlaps are added to the analysis. The read sets are cut
into folds by set; each fold is tagged by a model trained on the others and scored as score.py scores (one-to-one,
60% containment), the rules alone against the rules plus the added spans at several confidence thresholds.

What it showed (session 20, this script, fold 0 of 5 by set; tp/sys/gold as score.py counts them):
- organisations, rule features on: rules alone tp 810 sys 871 gold 878 (F1 .9262); adding the tagger's spans at
  confidence >= 0 gives 814/885 (.9234), >= 0.9 811/873 (.9263), >= 0.95 811/872 (.9269): the tagger learns to trust
  the rules and adds almost nothing;
- places, rule features off: rules alone 814/852/880 (.9400); >= 0 825/927 (.9131), >= 0.9 818/878 (.9306), >= 0.95
  818/867 (.9365): more spans, mostly wrong.
An addition has to be right about half the time to raise F1; these are right a fifth to a third of the time. The
read sets' misses are one-offs the rules were not written for, and a tagger trained on ~800 releases does not find
them either. Not shipped. The measurement sets are never read here (bench/measure/, bench/measurement_sets.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from measurement_sets import read_set_dirs

KEY = {"organisation": "organisations", "place": "places", "person": "people"}
SHORT = {"organisation": "O", "place": "L", "person": "P"}
THRESHOLDS = (0.0, 0.5, 0.7, 0.9, 0.95)


def _scorer():
    spec = importlib.util.spec_from_file_location("score", HERE.parent.parent / "shared" / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read_sets() -> list[dict]:
    """Every read set's releases with golds for organisations or places: normalised texts, rule spans, golds."""
    from briefing.cli.analyze import read_release
    from briefing.thai.entities import find_entities
    from briefing.thai.normalise import normalised
    from briefing.thai.scan import forget_cuts

    docs = []
    for d in read_set_dirs():
        golds = {g.stem: json.loads(g.read_text(encoding="utf-8")) for g in sorted((d / "gold").glob("*.json"))}
        typed = {k: any(g.get(k) for g in golds.values()) for k in KEY.values()}
        for stem, gold in golds.items():
            if not (d / f"{stem}.txt").exists():
                continue
            release = read_release(d / f"{stem}.txt")
            forget_cuts()
            title, body = normalised(release.title).text, normalised(release.body).text
            entities, references = find_entities(title, body)
            docs.append({"set": d.name, "title": title, "body": body, "gold": gold, "typed": typed,
                         "rules": [(e.type, e.field, e.start, e.end) for e in entities],
                         "taken": [(e.field, e.start, e.end) for e in entities + references]})
    return docs


def _tokens(text: str) -> list[tuple[int, int, str]]:
    from pythainlp.tokenize.nlpo3 import segment

    out, pos = [], 0
    for w in segment(text):
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


def _shape(w: str) -> str:
    if w.isspace():
        return "S"
    if re.fullmatch(r"[\u0e00-\u0e7f]+", w):
        return "T"
    if re.fullmatch(r"[A-Za-z]+", w):
        return "U" if w.isupper() else "L"
    return "D" if re.fullmatch(r"[0-9.,]+", w) else "P"


def _features(toks: list[tuple[int, int, str]], rule: list[str], title: bool) -> list[list[str]]:
    ws = [" " if w.isspace() else w.lower() for _, _, w in toks]
    out = []
    for i, w in enumerate(ws):
        f = ["b", "w=" + w, "sh=" + _shape(toks[i][2]), "r=" + rule[i], "p2=" + w[:2], "s2=" + w[-2:]] + (["title"] if title else [])
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append(f"w{d:+d}=" + (ws[j] if 0 <= j < len(ws) else "EDGE"))
            if abs(d) == 1 and 0 <= j < len(ws):
                f.append(f"r{d:+d}=" + rule[j])
        out.append(f)
    return out


def _gold_chars(text: str, doc: dict) -> list[tuple[str, int] | None]:
    from briefing.thai.normalise import normalised

    marks: list[tuple[str, int] | None] = [None] * len(text)
    names = sorted(((normalised(g).text.strip(), t) for t, k in KEY.items() for g in doc["gold"].get(k, [])),
                   key=lambda p: len(p[0]), reverse=True)
    for name, typ in names:
        for m in re.finditer(re.escape(name), text) if name else ():
            if all(x is None for x in marks[m.start():m.end()]):
                marks[m.start():m.end()] = [(typ, m.start())] * (m.end() - m.start())
    return marks


def _sequences(doc: dict, typ: str, rule_features: bool, labelled: bool):
    for field in ("title", "body"):
        text = doc[field]
        marks = _gold_chars(text, doc) if labelled else None
        pos = 0
        for line in text.split("\n"):
            off, pos = pos, pos + len(line) + 1
            if not line.strip():
                continue
            toks = _tokens(line)
            rule = ["O"] * len(toks)
            for t, f, s, e in doc["rules"] if rule_features else ():
                first = True
                for i, (a, b, _) in enumerate(toks):
                    if f == field and a + off < e and b + off > s:
                        rule[i] = ("B" if first else "I") + SHORT[t]
                        first = False
            labels, prev = [], None
            for a, b, _ in toks if labelled else ():
                inside = [m for m in marks[a + off:b + off] if m is not None and m[0] == typ]  # type: ignore[index]
                start = inside[0][1] if len(inside) * 2 > b - a else None
                labels.append("O" if start is None else "I" if start == prev else "B")
                prev = start
            yield field, off, toks, _features(toks, rule, field == "title"), labels


def _spans(tagger, doc: dict, typ: str, rule_features: bool) -> list[tuple[str, int, int, float]]:
    out = []
    for field, off, toks, x, _ in _sequences(doc, typ, rule_features, False):
        tagger.set(x)
        tags = tagger.tag()
        i = 0
        while i < len(tags):
            if tags[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < len(tags) and tags[j] == "I":
                j += 1
            conf = min(tagger.marginal(tags[k], k) for k in range(i, j))
            s, e = toks[i][0] + off, toks[j - 1][1] + off
            text = doc[field][s:e]
            if text.strip():
                out.append((field, s + len(text) - len(text.lstrip()), s + len(text.rstrip()), conf))
            i = j
    return out


def main() -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser()
    ap.add_argument("type", choices=("organisation", "place"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fold", type=int, action="append")
    ap.add_argument("--no-rule-features", action="store_true")
    a = ap.parse_args()
    score = _scorer()
    docs = [d for d in read_sets() if d["typed"][KEY[a.type]]]
    sets = sorted({d["set"] for d in docs})
    random.Random(7).shuffle(sets)
    fold_of = {s: i % a.folds for i, s in enumerate(sets)}
    features = not a.no_rule_features
    for k in a.fold or range(a.folds):
        trainer = pycrfsuite.Trainer(verbose=False)
        for d in (d for d in docs if fold_of[d["set"]] != k):
            for _, _, _, x, y in _sequences(d, a.type, features, True):
                trainer.append(x, y)
        trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
        with tempfile.TemporaryDirectory() as tmp:
            trainer.train(f"{tmp}/model")
            tagger = pycrfsuite.Tagger()
            tagger.open(f"{tmp}/model")
            totals = {t: [0, 0, 0] for t in ("rules", *THRESHOLDS)}
            for d in (d for d in docs if fold_of[d["set"]] == k):
                gold = d["gold"][KEY[a.type]]
                base = list(dict.fromkeys(d[f][s:e] for t, f, s, e in d["rules"] if t == a.type))
                added = [(d[f][s:e], c) for f, s, e, c in _spans(tagger, d, a.type, features)
                         if not any(f == f2 and s < e2 and e > s2 for f2, s2, e2 in d["taken"])]
                for t, kept in totals.items():
                    names = base + [n for n, c in added if t != "rules" and c >= t and n not in base]  # type: ignore[operator]
                    names = list(dict.fromkeys(names))
                    for j, v in enumerate((score.match_spans(gold, names), len(names), len(gold))):
                        kept[j] += v
        print(f"fold {k} ({a.type}, rule features {'on' if features else 'off'})")
        for t, (tp, n, g) in totals.items():
            print(f"  {t!s:6}  tp={tp} sys={n} gold={g}  F1={2 * tp / (n + g):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
