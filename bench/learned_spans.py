"""Organisations and places the rules miss, found by a learned model: `learned_spans`.

The rules (organisations.py, places.py, the gazetteer) are precise but each round of them covered only
the kinds its annotator saw. This module looks where an organisation or a place could START and the
rules found nothing there: a head word (the rules' ORG_HEADS and VENUE_HEADS, and the first words of
organisation and place names in the hand-annotated held-out sets, kept when they began a name often
enough), or a run of capitalised Latin words. At each such start it segments a short window with newmm
(never the whole text) and a linear-chain CRF (python-crfsuite), one for organisations and one for
places, tags the window B/I/O from the words, their dictionary and part-of-speech facts and what the
rules found in the window. A span is kept when the CRF's probability of its whole tagging (the start
and where the name ends; PATH_PROB) is at least the model's threshold (chosen by cross-validation over
the annotated sets), it does not overlap a rule span and it is not a near-duplicate of a name found.

The model files are made by bench/train_spans.py from the annotated sets (never from the dev set or
the measurement sets) into a directory you name; they load once, lazily. NOT WIRED INTO THE ANALYZER:
cross-validation by set showed no gain (see bench/train_spans.py), so this lives in bench/ as the
record of what was tried and the means to try again.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS

WINDOW = 100
"""Letters after a candidate start the model reads (names cut at a line end)."""
TYPES = ("organisation", "place")
PATH_PROB = True
REPEATS = False
_LATIN_START = re.compile(r"(?<![A-Za-z0-9/=._\-#@?&%:])[A-Z][A-Za-z0-9&.'’\-]+(?:[ \t]+(?:of|and|the|for|de|[A-Z0-9][A-Za-z0-9&.'’\-]*))*")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_DIGIT = re.compile(r"^[0-9๐-๙][0-9๐-๙.,]*$")
_LATIN = re.compile(r"^[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    prob: float


@dataclass(frozen=True, slots=True)
class Model:
    heads: tuple[str, ...]
    regex: re.Pattern[str]
    thresholds: dict[str, float]
    taggers: dict[str, object]  # type -> pycrfsuite.Tagger


def head_regex(heads: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(heads), key=len, reverse=True)
    return re.compile("|".join(re.escape(h) for h in ordered))


def candidate_starts(text: str, regex: re.Pattern[str], skip: int = 0) -> list[int]:
    """Positions where a name could start: a head word, a capitalised Latin run."""
    found = {m.start() for m in regex.finditer(text, skip)}
    found.update(m.start() for m in _LATIN_START.finditer(text, skip))
    return sorted(found)


@functools.lru_cache(maxsize=8192)
def _tokens(window: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    from briefing.thai.scan import word_set

    return tuple(word_tokenize(window, engine="newmm", custom_dict=word_set()))  # type: ignore[arg-type]


def window_tokens(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the newmm words of the window that opens at `start` (to a line end)."""
    end = min(len(text), start + WINDOW)
    nl = text.find("\n", start, end)
    if nl >= 0:
        end = nl
    out: list[tuple[int, int]] = []
    pos = start
    for tok in _tokens(text[start:end]):
        out.append((pos, pos + len(tok)))
        pos += len(tok)
    if len(out) > 1 and pos == end and end < len(text) and text[end] not in " \t\n":
        out.pop()  # the window cut a word: drop the cut piece
    return out


def _shape(tok: str) -> str:
    if tok.isspace():
        return "SP"
    if _DIGIT.match(tok):
        return "NUM"
    if _LATIN.match(tok):
        return "LATCAP" if tok[0].isupper() else "LAT"
    if _THAI.match(tok):
        return "TH"
    return "PUNCT"


def features(
    text: str, start: int, toks: Sequence[tuple[int, int]], rules: dict[int, str], heads: frozenset[str],
) -> list[list[str]]:
    """One feature list per window word. `rules`: text position -> 'type-B'/'type-I' of rule spans."""
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.scan import dictionary, pos_tags

    terms = gazetteer().terms
    words = dictionary()
    tags = pos_tags()
    strs = [text[a:b] for a, b in toks]
    before = text[max(0, start - 3):start]
    out: list[list[str]] = []
    counts = [text.count(text[start:b], 0, len(text)) if b - start >= 2 else 0 for _a, b in toks] if REPEATS else []
    for i, (a, _b) in enumerate(toks):
        w = strs[i]
        shape = _shape(w)
        f = [
            "bias",
            f"i={min(i, 6)}",
            f"w={w if len(w) <= 20 else w[:20]}",
            f"sh={shape}",
            f"p2={w[:2]}",
            f"s2={w[-2:]}",
            f"pos={tags.get(w, '?')}",
            f"rule={rules.get(a, '-')}",
        ]
        if shape == "TH":
            f.append("dict" if w in words else "oov")
        if w in heads:
            f.append("head")
        term = terms.get(w)
        if term is not None:
            f.append(f"gaz={term.type}:{term.kind or ''}")
        if len(w) <= 2:
            f.append("short")
        prev = strs[i - 1] if i else None
        nxt = strs[i + 1] if i + 1 < len(strs) else None
        f.append(f"w-1={prev}" if prev is not None else f"b3={before}")
        f.append(f"sh-1={_shape(prev) if prev is not None else ('SP' if before[-1:].isspace() else 'BOS' if not before else 'TH' if _THAI.match(before[-1:]) else 'X')}")
        f.append(f"w+1={nxt}" if nxt is not None else "EOW")
        f.append(f"sh+1={_shape(nxt) if nxt is not None else 'EOW'}")
        if nxt is not None:
            f.append(f"pos+1={tags.get(nxt, '?')}")
            f.append(f"rule+1={rules.get(toks[i + 1][0], '-')}")
        if i == 0:
            f.append(f"first={w}")
        if counts:  # a name recurs in its release, and recurs whole: where the repeats stop, it may end
            f.append(f"rep={min(counts[i], 3)}")
            if i + 1 < len(counts):
                f.append("rep_drop" if counts[i + 1] < counts[i] else "rep_same")
        out.append(f)
    return out


def rule_marks(spans: Iterable[tuple[int, int, str]]) -> dict[int, str]:
    """Text position -> 'type-B' at a rule span's start, 'type-I' inside it (each letter)."""
    marks: dict[int, str] = {}
    for a, b, typ in spans:
        marks[a] = f"{typ}-B"
        for k in range(a + 1, b):
            marks.setdefault(k, f"{typ}-I")
    return marks


def decode(tagger: object, feats: list[list[str]]) -> tuple[float, int]:
    """(probability the window starts a name, number of words in it) by the CRF."""
    tagger.set(feats)  # type: ignore[attr-defined]
    labels = tagger.tag()  # type: ignore[attr-defined]
    if labels[0] != "B":
        return tagger.marginal("B", 0), 0  # type: ignore[attr-defined]
    n = 1
    while n < len(labels) and labels[n] == "I":
        n += 1
    if PATH_PROB:  # sure of the start AND of where the name ends: the probability of the whole tagging
        return tagger.probability(labels), n  # type: ignore[attr-defined]
    return tagger.marginal("B", 0), n  # type: ignore[attr-defined]


def predict(
    text: str, rule_spans: Sequence[tuple[int, int, str]], model: Model, skip: int = 0,
) -> list[Span]:
    """Organisation and place spans the rules missed, each above its type's threshold, not overlapping
    a rule span or one another."""
    covered = sorted((a, b) for a, b, _ in rule_spans)
    marks = rule_marks(rule_spans)
    heads = frozenset(model.heads)
    out: list[Span] = []
    taken_until = -1
    for start in candidate_starts(text, model.regex, skip):
        if start < taken_until or any(a <= start < b for a, b in covered):
            continue
        toks = window_tokens(text, start)
        if not toks:
            continue
        feats = features(text, start, toks, marks, heads)
        best: Span | None = None
        for typ in TYPES:
            tagger = model.taggers.get(typ)
            if tagger is None:
                continue
            prob, n = decode(tagger, feats)
            if n == 0 or prob < model.thresholds[typ]:
                continue
            end = toks[n - 1][1]
            limit = min((a for a, _ in covered if a > start), default=len(text))
            end = min(end, limit)
            while end > start and text[end - 1] in " \t":
                end -= 1
            if end - start < 2 or (best is not None and best.prob >= prob):
                continue
            best = Span(start, end, typ, prob)
        if best is not None and text[best.start:best.end] not in heads:  # a head word alone names nothing
            out.append(best)
            taken_until = best.end
    return out


_SPACES = re.compile(r"[\s\u200b\u200c\u200d\ufeff\"'“”‘’()\[\]]")


def near_duplicate(name: str, known: Iterable[str]) -> bool:
    """The same name as one already found, or most of it (one contains the other, covering >= 60%):
    a second entry for an entity the rules already list (bench/train_spans.py counts these as wrong)."""
    a = _SPACES.sub("", name).lower()
    for other in known:
        b = _SPACES.sub("", other).lower()
        short, long_ = sorted((a, b), key=len)
        if short and short in long_ and len(short) / len(long_) >= 0.6:
            return True
    return False


MODEL_STEM = "learned_spans"


@functools.lru_cache(maxsize=1)
def model(directory: Path) -> Model | None:
    """The trained model in `directory` (None when its files are missing)."""
    meta_path = directory / f"{MODEL_STEM}.json"
    if not meta_path.exists():
        return None
    import pycrfsuite

    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    taggers: dict[str, object] = {}
    for typ in TYPES:
        path = directory / f"{MODEL_STEM}.{typ}.crfsuite"
        if path.exists():
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            taggers[typ] = tagger
    heads = tuple(meta["heads"])
    return Model(heads=heads, regex=head_regex(heads), thresholds=dict(meta["thresholds"]), taggers=taggers)


def base_heads() -> tuple[str, ...]:
    """The rules' head words, which the learned heads extend."""
    return tuple(dict.fromkeys(ORG_HEADS + VENUE_HEADS))
