"""Train the learned organisation/place span model (briefing/thai/learned.py) and estimate what it adds.

    python bench/train_spans.py cv      # cross-validation by set: rules alone vs rules + model
    python bench/train_spans.py train   # train on every training set, write briefing/data/learned_spans.*

Training data: the hand-annotated read sets bench/heldout*/gold, never the measurement sets (bench/measure/,
MEASURE: never read, never trained on) and never the dev set (/work/shared/eval/dev is not under bench/). A type
that is an empty list in every file of a set was not annotated there: that set trains and scores only the
types it annotates. The rules run first (ANALYZER as it is, without the learned step); the model sees their
spans as features and adds only where they found nothing.

Cross-validation: the training sets are dealt into FOLDS groups by name; each group is predicted by a model
trained (head words included) on the other groups only; the predictions are pooled and scored with
/work/shared/eval/score.py's matching (distinct strings per file; organisations and places match when one
contains the other covering >= 60%). `train` picks each type's threshold as the one with the best pooled
CV F1 (so run `cv` first; it writes its choice to THRESHOLDS_FILE) and trains on all sets. Deterministic:
sets, files and candidates are in sorted order and L-BFGS starts from zero.

    python bench/train_spans.py train --out DIR        # the model files: DIR/learned_spans.{json,*.crfsuite}
    python bench/learned_spans_corpus.py DIR            # its new hits on 300 random corpus releases, to read

RESULT (session 7, ANALYZER 121, 266 files in 42 sets, 7 folds; bench/train_spans_cv.txt has every line):

                        organisation P/R/F1     place P/R/F1          person P/R/F1
    rules alone         .948 .893 .920          .955 .905 .930        .991 .958 .975
    + model t=0.5       .917 .903 .910          .921 .914 .917        unchanged
    + model t=0.9       .941 .896 .918          .947 .907 .927        unchanged
    + model t=0.98      .948 .895 .921          .952 .907 .929        unchanged (best pooled F1 per type)

The model finds some names the rules miss (recall +1 point at t=0.5) but adds about three wrong spans for
each new right one, and at the threshold with the best F1 it adds almost nothing (org +3 tp / +3 spans,
place +2 tp / +6 spans). So it is NOT wired into the analyzer (briefing/ is unchanged). Why: the rules were
written on these very sets, so their misses here are the residue of fourteen rounds (org 124, place 96 of
2,302 gold names); 121 of those start at a candidate (a head word or a Latin run the rules left), and each
is a kind of its own, too few to learn from. On 300 random corpus releases (bench/learned_spans_corpus.py,
threshold 0.98) the model adds 19 spans, about 10 of them real (ตำบลนารายณ์, จังหวัดเบ๋นแจ, ห้องประชุมราชสีห์),
the rest cut short (กรมแรงงาน|และฝึกอาชีพ), generic (บริษัทไทย, คณะกรรมการอำนวยการ) or codes (จ.3): about
the break-even precision, and too few to move recall. Variants tried, all no better: training only where the
rules found nothing (LEAVE_RULE_OUT=0, with a 70-letter window: t=0.9 org .918, place .928), the start
probability instead of the whole tagging's (70 letters, no glossary feature: t=0.9 org .915, place .924), a
feature for names that recur in the release (REPEATS: t=0.98 org .920, place .929).

The CV flatters the rules (they were written on these sets). A test where they were not:

    BRIEFING_SRC=/tmp/old93 python bench/train_spans.py temporal    # git archive 8537bd8 | tar -x -C /tmp/old93

runs the rules as they were at 8537bd8 (ANALYZER 93, before heldout28 and heldout30..42 were drawn) on those 14
sets, alone and with a model trained on the 28 sets that tree had (its rules as features):

                        organisation P/R/F1     place P/R/F1
    old rules alone     .912 .794 .849          .863 .759 .808
    + model t=0.5       .890 .819 .853          .801 .777 .789
    + model t=0.9       .904 .799 .849          .851 .759 .803
    + model t=0.98      .913 .799 .852          .857 .759 .805

Where the rules miss a fifth of the names the model still recovers few (org +9 of 73 missed at t=0.5, with 18
more spans; places it makes worse: Latin runs such as "One Province One", "Singapore Green Plan"). The recall
gap is a long tail of kinds (committee sub-units, music groups, schools, heritage towns, bare names without a
head word: about 30 of the 113 organisation and place misses there start at no head word or Latin run).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = Path(os.environ.get("BRIEFING_SRC", str(ROOT)))
"""The briefing package whose rules run (BRIEFING_SRC: an older tree, for `temporal`)."""
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(HERE))

import learned_spans as learned  # bench/learned_spans.py
from measurement_sets import MEASURE, read_set_dirs  # never read, never trained on, never predicted here

FOLDS = 7
TEMPORAL_SHOW = float(os.environ.get("TEMPORAL_SHOW", "0.9"))
GRID = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
KEYS = {"organisation": "organisations", "place": "places", "person": "people"}
MIN_HEAD_COUNT = 3
MIN_HEAD_SETS = 2
LEAVE_RULE_OUT = os.environ.get("LEAVE_RULE_OUT", "1") == "1"
"""Train also at starts the rules cover, as if they had found nothing there (their span taken out of the
features): the model learns what names look like from every annotated name, not only the rules' misses."""
THRESHOLDS_FILE = HERE / "train_spans_cv.json"


def _score_funcs():
    """score.py's matching (copied when /work/shared is absent)."""
    shared = ROOT.parent / "shared" / "eval"
    if (shared / "score.py").exists():
        sys.path.insert(0, str(shared))
        import score  # type: ignore[import-not-found]

        return score.match_spans, score.match_names, score.prf
    raise SystemExit("needs /work/shared/eval/score.py for its matching")


def load_sets() -> list[dict]:
    """Every training file with its normalised fields, rule spans and gold names."""
    from briefing.cli.analyze import read_release
    from briefing.thai.entities import find_entities
    from briefing.thai.normalise import normalise, normalised

    out = []
    for d in read_set_dirs():
        assert d.name not in MEASURE
        golds = {}
        for txt in sorted(d.glob("*.txt")):
            gp = d / "gold" / f"{txt.stem}.json"
            if gp.exists():
                golds[txt] = json.loads(gp.read_text(encoding="utf-8"))
        annotated = {t: any(g[k] for g in golds.values()) for t, k in KEYS.items()}
        for txt, gold in golds.items():
            r = read_release(txt)
            title, body = normalised(r.title).text, normalised(r.body).text
            ents, refs = find_entities(title, body)
            out.append({
                "set": d.name, "file": txt.name, "texts": {"title": title, "body": body}, "annotated": annotated,
                "gold": {t: [normalise(s) for s in gold[k]] for t, k in KEYS.items()},
                "rules": [(e.field, e.start, e.end, e.type) for e in ents + refs],
                "rule_texts": {t: list(dict.fromkeys(e.text for e in ents if e.type == t)) for t in KEYS},
            })
    return out


def skip_of(field: str, text: str) -> int:
    from briefing.thai.entities import TITLE_PREFIX

    m = TITLE_PREFIX.match(text) if field == "title" else None
    return m.end() if m else 0


def learn_heads(files: list[dict]) -> tuple[str, ...]:
    """The rules' heads plus first words of gold organisation/place names that began >= MIN_HEAD_COUNT
    names (distinct per file) in >= MIN_HEAD_SETS sets."""
    count: collections.Counter[str] = collections.Counter()
    sets: dict[str, set[str]] = collections.defaultdict(set)
    for f in files:
        for typ in learned.TYPES:
            for name in set(f["gold"][typ]):
                toks = learned._tokens(name)
                if not toks or not learned._THAI.match(toks[0]) or len(toks[0]) < 2 or len(toks) < 2:
                    continue  # a one-word name teaches no head
                count[toks[0]] += 1
                sets[toks[0]].add(f["set"])
    mined = sorted(w for w, c in count.items() if c >= MIN_HEAD_COUNT and len(sets[w]) >= MIN_HEAD_SETS)
    return tuple(dict.fromkeys(learned.base_heads() + tuple(mined)))


def examples(f: dict, heads: tuple[str, ...]):
    """(type, features, labels) for each uncovered candidate start of a file, for the annotated types."""
    regex = learned.head_regex(heads)
    head_set = frozenset(heads)
    for field, text in f["texts"].items():
        spans = [(a, b, t) for fl, a, b, t in f["rules"] if fl == field]
        marks = learned.rule_marks(spans)
        gold_at: dict[str, dict[int, int]] = {t: {} for t in learned.TYPES}
        for typ in learned.TYPES:
            for name in f["gold"][typ]:
                if not name:
                    continue
                pos = text.find(name)
                while pos >= 0:
                    gold_at[typ][pos] = max(gold_at[typ].get(pos, 0), pos + len(name))
                    pos = text.find(name, pos + 1)
        for start in learned.candidate_starts(text, regex, skip_of(field, text)):
            cover = [sp for sp in spans if sp[0] <= start < sp[1]]
            if cover and not LEAVE_RULE_OUT:
                continue
            toks = learned.window_tokens(text, start)
            if not toks:
                continue
            here = learned.rule_marks([sp for sp in spans if sp not in cover]) if cover else marks
            feats = learned.features(text, start, toks, here, head_set)
            for typ in learned.TYPES:
                if not f["annotated"][typ]:
                    continue
                end = gold_at[typ].get(start)
                labels = ["O"] * len(toks)
                if end is not None:
                    labels = ["B" if i == 0 else "I" if a < end else "O" for i, (a, _b) in enumerate(toks)]
                    labels = [lab if k == 0 or labels[k - 1] != "O" or lab == "O" else "O" for k, lab in enumerate(labels)]
                yield typ, feats, labels


def train(files: list[dict], directory: Path, thresholds: dict[str, float]) -> tuple[str, ...]:
    import pycrfsuite

    heads = learn_heads(files)
    trainers = {t: pycrfsuite.Trainer(verbose=False) for t in learned.TYPES}
    for f in files:
        for typ, feats, labels in examples(f, heads):
            trainers[typ].append(feats, labels)
    for typ, tr in trainers.items():
        tr.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
        tr.train(str(directory / f"{learned.MODEL_STEM}.{typ}.crfsuite"))
    meta = {"heads": list(heads), "thresholds": thresholds,
            "trained_on": sorted({f["set"] for f in files}), "excluded": list(MEASURE) + ["dev"]}
    (directory / f"{learned.MODEL_STEM}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return heads


def predict_file(f: dict, m: learned.Model) -> dict[str, list[tuple[str, float]]]:
    """Learned (text, probability) per type for one file."""
    found: dict[str, list[tuple[str, float]]] = {t: [] for t in learned.TYPES}
    for field, text in f["texts"].items():
        spans = [(a, b, t) for fl, a, b, t in f["rules"] if fl == field]
        for s in learned.predict(text, spans, m, skip_of(field, text)):
            found[s.type].append((text[s.start:s.end], s.prob))
    return found


def tally(files: list[dict], preds: dict[str, dict[str, list[tuple[str, float]]]] | None, thresholds: dict[str, float]):
    match_spans, match_names, _ = _score_funcs()
    tot = {t: [0, 0, 0] for t in KEYS}
    for f in files:
        for typ in KEYS:
            if not f["annotated"][typ]:
                continue
            system = list(f["rule_texts"][typ])
            if preds is not None and typ in learned.TYPES:
                for s, p in preds[f["file_id"]][typ]:
                    if p >= thresholds[typ] and not learned.near_duplicate(s, system):
                        system.append(s)
            gold = f["gold"][typ]
            tp = (match_names(gold, system, 25) if typ == "person" else match_spans(gold, system))
            for j, v in enumerate((tp, len(system), len(gold))):
                tot[typ][j] += v
    return tot


def line(name: str, tot: dict[str, list[int]]) -> str:
    _, _, prf = _score_funcs()
    parts = []
    for typ in ("organisation", "place", "person"):
        p, r, f1 = prf(*tot[typ])
        parts.append(f"{typ[:5]} P={p:.3f} R={r:.3f} F1={f1:.3f} ({tot[typ][0]}/{tot[typ][1]}/{tot[typ][2]})")
    return f"{name:22s} " + "  ".join(parts)


def cv(files: list[dict]) -> dict[str, float]:
    names = sorted({f["set"] for f in files})
    group = {n: i % FOLDS for i, n in enumerate(names)}
    preds: dict[str, dict[str, list[tuple[str, float]]]] = {}
    low = {t: min(GRID) for t in learned.TYPES}
    for k in range(FOLDS):
        train_files = [f for f in files if group[f["set"]] != k]
        test_files = [f for f in files if group[f["set"]] == k]
        with tempfile.TemporaryDirectory() as tmp:
            train(train_files, Path(tmp), low)
            m = learned.model(Path(tmp))
            assert m is not None
            for f in test_files:
                preds[f["file_id"]] = predict_file(f, m)
        print(f"fold {k}: {sorted({f['set'] for f in test_files})}", file=sys.stderr)
    print(line("rules alone", tally(files, None, low)))
    best: dict[str, tuple[float, float]] = {}
    _, _, prf = _score_funcs()
    for th in GRID:
        ths = {t: th for t in learned.TYPES}
        tot = tally(files, preds, ths)
        print(line(f"rules+model t={th}", tot))
        for typ in learned.TYPES:
            f1 = prf(*tot[typ])[2]
            if typ not in best or f1 > best[typ][1]:
                best[typ] = (th, f1)
    chosen = {t: best[t][0] for t in learned.TYPES}
    print(line(f"rules+model chosen {chosen}", tally(files, preds, chosen)))
    # what the model added at the chosen thresholds, for reading
    for f in files:
        for typ in learned.TYPES:
            for s, p in preds[f["file_id"]][typ]:
                if p >= chosen[typ] and f["annotated"][typ] and not learned.near_duplicate(s, f["rule_texts"][typ]):
                    match_spans = _score_funcs()[0]
                    ok = match_spans(f["gold"][typ], [s]) > 0
                    print(f"  added {typ} {'OK ' if ok else 'BAD'} {p:.2f} {f['set']}/{f['file']}: {s}", file=sys.stderr)
    THRESHOLDS_FILE.write_text(json.dumps(chosen) + "\n", encoding="utf-8")
    return chosen


def temporal(files: list[dict]) -> None:
    """Rules as they were before a set existed (BRIEFING_SRC, an old tree) on the sets drawn after it, alone
    and with a model trained on the sets that tree had (with that tree's rules as features): how the model
    does where the rules were never tuned."""
    old = {p.name for p in (SRC / "bench").glob("heldout*")}
    train_files = [f for f in files if f["set"] in old]
    test_files = [f for f in files if f["set"] not in old]
    print(f"rules from {SRC}; train {len({f['set'] for f in train_files})} sets, test {sorted({f['set'] for f in test_files})}")
    preds = {}
    with tempfile.TemporaryDirectory() as tmp:
        train(train_files, Path(tmp), {t: min(GRID) for t in learned.TYPES})
        m = learned.model(Path(tmp))
        assert m is not None
        for f in test_files:
            preds[f["file_id"]] = predict_file(f, m)
    print(line("old rules alone", tally(test_files, None, {})))
    for th in GRID:
        print(line(f"old rules+model t={th}", tally(test_files, preds, {t: th for t in learned.TYPES})))
    match_spans = _score_funcs()[0]
    for f in test_files:
        for typ in learned.TYPES:
            for s, p in preds[f["file_id"]][typ]:
                if p >= TEMPORAL_SHOW and f["annotated"][typ] and not learned.near_duplicate(s, f["rule_texts"][typ]):
                    ok = match_spans(f["gold"][typ], [s]) > 0
                    print(f"  added {typ} {'OK ' if ok else 'BAD'} {p:.2f} {f['set']}/{f['file']}: {s}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("cv", "train", "temporal"))
    ap.add_argument("--out", type=Path, help="train: the directory for the model files (made if missing)")
    a = ap.parse_args()
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    files = load_sets()
    for f in files:
        f["file_id"] = f"{f['set']}/{f['file']}"
    assert not {f["set"] for f in files} & set(MEASURE)
    print(f"{len(files)} files in {len({f['set'] for f in files})} sets; excluded {', '.join(MEASURE)} and dev", file=sys.stderr)
    if a.what == "cv":
        cv(files)
    elif a.what == "temporal":
        temporal(files)
    else:
        chosen = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))
        if a.out is None:
            ap.error("train needs --out DIR")
        a.out.mkdir(parents=True, exist_ok=True)
        heads = train(files, a.out, chosen)
        size = sum(p.stat().st_size for p in a.out.glob(f"{learned.MODEL_STEM}.*"))
        print(f"trained on {len(files)} files; {len(heads)} heads; thresholds {chosen}; {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
