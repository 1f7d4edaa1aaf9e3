"""The next words to gloss in headwords.toml, from a corpus sample the coverage bench does not score.

    python bench/headword_candidates.py [N] [--seed S] [--json OUT]

Draws N (default 6,000) corpus releases with seed S (default 20261210) from the corpus less the dev
set, the gist evaluation and `bench/glossary_coverage.py`'s own default sample, analyses each whole,
and counts the headline content words no glossary key covers (same rules as the coverage bench). It
prints each word with its count and two of its headlines (to read the sense before glossing it), and
how much of the sample's content words the top 100/200/400/800 would cover, measured on the other
half of the sample than the one that ranked them (so the gain is not a count of the words just picked).

--stopwords counts instead the headline words the coverage rules skip because PyThaiNLP lists them as
stopwords, yet no glossary key covers: its list mixes grammar ('ที่', 'และ') with verbs a headline turns
on ('พบ' meet, 'ปิด' close, 'ยืนยัน' confirm), which the gist then cannot read. Only the headline is cut
(no analysis), so it is quick. The later gist samples (bench/gists2, gists3, gists4) are left out too.

--all ranks instead every headline of that pool (the whole corpus less the dev set, bench/gists, gists2, gists3, gists4
and the coverage bench's sample) by the number of headlines each uncovered content word occurs in (>= 3),
cutting the headline only; names are not masked, so name fragments are skipped by hand.

--pairs ranks instead, over that same pool, the adjacent word pairs and triples (no space between them) whose
words are all glossed nouns or modifiers and which no glossary key holds whole, by the number of headlines
each occurs in (>= 5): fixed compounds the cutter splits ('โรงพยาบาล|สนาม' field hospital), printed with the
English the gist would build from the parts, so the ones whose parts mislead can be glossed whole.
"""

from __future__ import annotations

import collections
import itertools
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glossary_coverage


def main(argv: list[str]) -> int:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    from briefing.errors import BriefingError
    from briefing.sources.corpus import parse_release
    from briefing.thai import analyze

    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 20261210
    count = int(next((a for i, a in enumerate(argv) if a.isdigit() and (i == 0 or argv[i - 1] not in ("--seed",))),
                     "6000"))
    texts = glossary_coverage.corpus_texts()
    scored = set(random.Random(glossary_coverage.SEED).sample(texts, 1000))
    later = {u for folder in ("gists2", "gists3", "gists4") for p in (glossary_coverage.HERE / folder).glob("*.txt")
             for u in glossary_coverage.URL.findall(p.read_text(encoding="utf-8", errors="replace"))}
    pool = [t for t in texts if t not in scored and not set(glossary_coverage.URL.findall(t)) & later]
    if "--stopwords" in argv:
        return stopword_candidates(random.Random(seed).sample(pool, count))
    if "--all" in argv:
        return corpus_candidates(pool, argv)
    if "--pairs" in argv:
        return compound_candidates(pool, argv)
    given_names = thai_male_names() | thai_female_names() | thai_family_names()
    keys, long_keys = glossary_coverage.known_keys()
    halves: list[collections.Counter[str]] = [collections.Counter(), collections.Counter()]
    totals = [0, 0]
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for i, text in enumerate(random.Random(seed).sample(pool, count)):
        try:
            analysis = analyze(parse_release(text, name="sample.txt"))
        except BriefingError:
            continue
        for word, known in content_words_of(analysis, keys, long_keys, given_names):
            totals[i % 2] += 1
            if not known:
                halves[i % 2][word] += 1
                if len(examples[word]) < 3:
                    examples[word].append(analysis.title)
    missing = halves[0] + halves[1]
    total = sum(totals)
    print(f"headlines {count}  content words {total}  uncovered {sum(missing.values())}"
          f"  share {1 - sum(missing.values()) / max(total, 1):.1%}")
    for top in (100, 200, 400, 800):
        gain = [sum(halves[1 - h][w] for w, _ in halves[h].most_common(top)) / max(totals[1 - h], 1) for h in (0, 1)]
        print(f"top {top} of one half cover {sum(gain) / 2:.1%} more of the other half")
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps([[w, n, examples[w]] for w, n in missing.most_common()], ensure_ascii=False),
                       encoding="utf-8")
    for w, n in missing.most_common(60):
        print(f"{w}\t{n}\t{' | '.join(examples[w][:2])}")
    return 0


content_words_of = glossary_coverage.content_words


def stopword_candidates(texts: list[str]) -> int:
    """The most frequent headline words that are PyThaiNLP stopwords and glossed nowhere."""
    from briefing.errors import BriefingError
    from briefing.sources.corpus import parse_release
    from briefing.summary.words import THAI_LETTER, stopwords, words

    keys, long_keys = glossary_coverage.known_keys()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for text in texts:
        try:
            title = parse_release(text, name="sample.txt").title
        except BriefingError:
            continue
        spans = [(m.start(), m.end()) for k in long_keys if k in title for m in re.finditer(re.escape(k), title)]
        for w in words(title):
            if (w.text in stopwords() and len(w.text) > 1 and THAI_LETTER.search(w.text) and w.text not in keys
                    and not any(s <= w.start and w.end <= e for s, e in spans)):
                counts[w.text] += 1
                if len(examples[w.text]) < 2:
                    examples[w.text].append(title)
    print(f"headlines {len(texts)}  uncovered stopword tokens {sum(counts.values())}")
    for w, n in counts.most_common(120):
        print(f"{w}\t{n}\t{' | '.join(examples[w])}")
    return 0

def corpus_candidates(texts: list[str], argv: list[str]) -> int:
    """Every headline of the pool, cut only (no analysis): the content words in >= 3 headlines no key covers.

    Without the analysis, names are not masked: the list holds name fragments, skipped by hand when glossing.
    """
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    from briefing.errors import BriefingError
    from briefing.sources.corpus import parse_release
    from briefing.summary.words import is_content, words
    from briefing.thai.numbers import thai_words_value

    given_names = thai_male_names() | thai_female_names() | thai_family_names()
    keys, long_keys = glossary_coverage.known_keys()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for text in texts:
        try:
            title = parse_release(text, name="sample.txt").title
        except BriefingError:
            continue
        spans = [(m.start(), m.end()) for k in long_keys if k in title for m in re.finditer(re.escape(k), title)]
        seen = set()
        for w in words(title):
            if (not is_content(w) or w.text in given_names or w.text in keys or w.text in ("บาท", "ล้านบาท")
                    or thai_words_value(w.text) is not None or any(s <= w.start and w.end <= e for s, e in spans)):
                continue
            if w.text not in seen:
                seen.add(w.text)
                counts[w.text] += 1
                if len(examples[w.text]) < 2:
                    examples[w.text].append(title)
    print(f"headlines {len(texts)}  uncovered words in >= 3 headlines {sum(1 for n in counts.values() if n >= 3)}")
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps([[w, n, examples[w]] for w, n in counts.most_common() if n >= 3],
                                  ensure_ascii=False), encoding="utf-8")
    for w, n in counts.most_common(120):
        print(f"{w}\t{n}\t{' | '.join(examples[w])}")
    return 0


def compound_candidates(texts: list[str], argv: list[str]) -> int:
    """Adjacent glossed noun/modifier pairs and triples of every pool headline that no key holds whole."""
    from briefing.errors import BriefingError
    from briefing.sources.corpus import parse_release
    from briefing.summary.grammar import group_english
    from briefing.summary.words import words

    keys, _ = glossary_coverage.known_keys()
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()
    english: dict[tuple[str, ...], str] = {}
    examples: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
    for text in texts:
        try:
            title = parse_release(text, name="sample.txt").title
        except BriefingError:
            continue
        ws = words(title)
        seen: set[tuple[str, ...]] = set()
        for i in range(len(ws)):
            for n in (2, 3):
                run = ws[i:i + n]
                if (len(run) < n or any(w.part not in ("noun", "modifier") or not w.english for w in run)
                        or any(a.end != b.start for a, b in itertools.pairwise(run)) or run[0].part != "noun"):
                    continue
                key = tuple(w.text for w in run)
                if "".join(key) in keys or key in seen:
                    continue
                seen.add(key)
                counts[key] += 1
                english.setdefault(key, group_english([w.english for w in run if w.english]))
                if len(examples[key]) < 2:
                    examples[key].append(title)
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 200
    print(f"headlines {len(texts)}  glossed noun runs in >= 5 headlines {sum(1 for n in counts.values() if n >= 5)}")
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps([["|".join(k), n, english[k], examples[k]] for k, n in counts.most_common() if n >= 5],
                                  ensure_ascii=False), encoding="utf-8")
    for k, n in counts.most_common(top):
        print(f"{'|'.join(k)}\t{n}\t{english[k]}\t{' | '.join(examples[k])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
