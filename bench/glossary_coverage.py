"""Share of headline content words the summary glossary covers, on 1,000 random non-eval headlines.

    python bench/glossary_coverage.py [N] [--missing]

Headlines are drawn with a fixed seed from the corpus archive (/work/shared/corpus/thaigov-v2.tar.xz,
read in place), leaving out the dev set (by source URL) and the gist evaluation (bench/gists). Each
release is analysed whole (its body lets the analyzer find the names its headline shortens); the
headline's content words are the newmm words (`briefing.summary.words.words`) that are Thai, not a
PyThaiNLP stopword, not inside a name (person, organisation, place), a figure or a date the analyzer
found in the headline, not a Thai number word or 'บาท' (a number the figure reader did not take), and
not a Thai given or family name of PyThaiNLP's name lists ('อนุทิน'). A word is covered when it is a
key of headwords.toml or of a glossary.toml table ([verbs], [topics], [roles], [measures]...), or lies
inside a glossary key found in the headline. Prints the share (goal >= 90%) twice: over all content
words, and over the dictionary words only (a word neither PyThaiNLP's Thai dictionary nor the glossary
knows is almost always a piece of a name the title-only analysis missed: 'วุธ', 'เอส', 'ชัย').
--missing prints the most frequent uncovered words, the next candidates for headwords.toml; --seed N
draws another sample (headwords.toml was grown partly from --missing on seed 20261204, so the default
sample is a different one). To grow the glossary, use bench/headword_candidates.py: it ranks the
uncovered words of a sample that leaves this bench's default sample out.
"""

from __future__ import annotations

import collections
import random
import re
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Analysis

CORPUS = Path("/work/shared/corpus/thaigov-v2.tar.xz")
DEV = Path("/work/shared/eval/dev")
HERE = Path(__file__).resolve().parent
URL = re.compile(r"ที่มา\s*:\s*(\S+)")
SEED = 20261205  # the default sample; bench/headword_candidates.py leaves it out


def corpus_texts() -> list[str]:
    """Every corpus release with a body, in archive order, less the dev set and the gist evaluation."""
    excluded: set[str] = set()
    for p in [*DEV.glob("*.txt"), *(HERE / "gists").glob("*.txt")]:
        excluded.update(URL.findall(p.read_text(encoding="utf-8", errors="replace")))
    titles = []
    with tarfile.open(CORPUS) as tar:
        for member in tar:
            if not member.isfile():
                continue
            f = tar.extractfile(member)
            assert f is not None
            text = f.read().decode("utf-8", errors="replace")
            if set(URL.findall(text)) & excluded:
                continue
            if len(text) > 400:  # a page with a body (a few are empty pages)
                titles.append(text)
    return titles


def releases(count: int, seed: int = SEED) -> list[str]:
    return random.Random(seed).sample(corpus_texts(), count)


def known_keys() -> tuple[set[str], list[str]]:
    """Every glossed key (headwords.toml and glossary.toml), and the longer ones, longest first."""
    from briefing.summary.english import glossary
    from briefing.summary.words import headwords

    keys = set(headwords())
    for table in glossary().values():
        keys.update(table)
    return keys, sorted((k for k in keys if len(k) > 2), key=len, reverse=True)


def content_words(analysis: Analysis, keys: set[str], long_keys: list[str],
                  given_names: frozenset[str] | set[str]) -> Iterator[tuple[str, bool]]:
    """The headline's content words as (word, covered), by the rules of the module docstring."""
    from briefing.summary.words import is_content, words
    from briefing.thai.numbers import thai_words_value

    title = analysis.title
    names = [(e.start, e.end) for e in analysis.entities + analysis.references if e.field == "title"]
    names += [(f.start, f.end) for f in analysis.figures if f.field == "title"]
    names += [(d.start, d.end) for d in analysis.dates if d.field == "title"]
    spans = [(m.start(), m.end()) for k in long_keys if k in title for m in re.finditer(re.escape(k), title)]
    for w in words(title):
        if not is_content(w) or any(w.start < e and s < w.end for s, e in names) or w.text in given_names:
            continue
        if w.text in ("บาท", "ล้านบาท") or thai_words_value(w.text) is not None:
            continue
        yield w.text, w.text in keys or any(s <= w.start and w.end <= e for s, e in spans)


def main(argv: list[str]) -> int:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    from briefing.errors import BriefingError
    from briefing.sources.corpus import parse_release
    from briefing.thai import analyze

    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else SEED
    count = int(next((a for i, a in enumerate(argv) if a.isdigit() and (i == 0 or argv[i - 1] != "--seed")),
                     "1000"))
    dictionary = thai_words()
    given_names = thai_male_names() | thai_female_names() | thai_family_names()
    keys, long_keys = known_keys()
    covered = total = dict_covered = dict_total = 0
    missing: collections.Counter[str] = collections.Counter()
    for text in releases(count, seed):
        try:
            analysis = analyze(parse_release(text, name="sample.txt"))
        except BriefingError:
            continue
        for word, known in content_words(analysis, keys, long_keys, given_names):
            total += 1
            covered += known
            if known or word in dictionary:
                dict_total += 1
                dict_covered += known
            if not known:
                missing[word] += 1
    print(f"headlines {count}  content words {total}  covered {covered}  share {covered / max(total, 1):.1%}"
          f"  (goal >= 90%)")
    print(f"dictionary words only: {dict_total}  covered {dict_covered}  share {dict_covered / max(dict_total, 1):.1%}")
    if "--missing" in argv:
        print(" ".join(f"{w}:{n}" for w, n in missing.most_common(300)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
