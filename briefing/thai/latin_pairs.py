"""Two places written in English joined by a hyphen: Nakhon Ratchasima-Nong Khai, Bangkok-Nong Khai,
Thailand-China (issue 11, session 18).

English releases name a rail section, a route or a pair of partners with a hyphen and no spaces: "the 2nd phase of
the Thai-Chinese High-Speed Train Project, section Nakhon Ratchasima-Nong Khai" (heldout121 h14, the session's
blind draw), "the Bangkok-Nong Khai route", "Thailand-China relations". The glossary reads Latin words split at
spaces, so "Ratchasima-Nong" was one word that is no name, and both provinces were lost. A reader expects both
ends as places. Only when BOTH sides of the hyphen are known places (provinces, countries, cities, regions): a
hyphen after one place alone joins it to a word (Bangkok-based, Mekong-Lancang Cooperation, Thai-Chinese) and
names no second place. Nor inside a title or a name, which goes on in capitals after the pair or opens with a
quote (“Thailand-UK Strategic Partnership Roadmap”, the Thailand-Cambodia Ministerial Meeting, Thailand-Chile FTA):
names inside titles are not listed (bench/heldout116 README). Read on 90 English releases with a capitalised
hyphen pair (outside bench and dev): before this guard 9 changed, all pairs of real places (Nong Khai-Vientiane,
Russia-Ukraine, Thailand-India trade, Thailand-Cambodia cargo train), five of them inside a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.thai.gazetteer import Gazetteer, Term

_HYPHENS = ("-", "–")
_NEXT_WORD = re.compile(r"[ ]([A-Z][A-Za-z]*)")
_QUOTES = frozenset("“\"‘'")


def _longest(text: str, starts: Sequence[int], ends: Sequence[int], g: Gazetteer, anchor_end: bool) -> tuple[int, int, Term] | None:
    """The longest known place among the word n-grams that end at ends[-1] (anchor_end) or start at starts[0]."""
    n = len(starts)
    for k in range(min(n, g.latin_max_words), 0, -1):
        a, b = (starts[n - k], ends[-1]) if anchor_end else (starts[0], ends[k - 1])
        key = text[a:b].rstrip(".,;:)”’\"'")  # Nong Khai. / Nong Khai), : the word's punctuation is no part of it
        term = g.terms.get(key)
        if term is not None and term.type == "place":
            return a, a + len(key), term
    return None


def paired_places(text: str, base: int, spans: Sequence[tuple[int, int]], g: Gazetteer) -> list[tuple[int, int, Term]]:
    """(start, end, term) of both places of each 'A-B' in a run of Latin words (spans: the run's words, relative
    to base), when the words before the hyphen end with a known place and the words after it start with one."""
    out: list[tuple[int, int, Term]] = []
    for i, (s, e) in enumerate(spans):
        word = text[base + s:base + e]
        cut = next((word.find(h) for h in _HYPHENS if 0 < word.find(h) < len(word) - 1), -1)
        if cut <= 0 or not word[cut + 1].isupper():
            continue
        left_starts = [base + a for a, _ in spans[max(0, i - 4):i]] + [base + s]
        left_ends = [base + b for _, b in spans[max(0, i - 4):i]] + [base + s + cut]
        right_starts = [base + s + cut + 1] + [base + a for a, _ in spans[i + 1:i + 5]]
        right_ends = [base + e] + [base + b for _, b in spans[i + 1:i + 5]]
        left = _longest(text, left_starts, left_ends, g, anchor_end=True)
        right = _longest(text, right_starts, right_ends, g, anchor_end=False)
        if left is None or right is None:
            continue
        nxt = _NEXT_WORD.match(text, right[1])
        if nxt and g.terms.get(nxt.group(1)) is None or text[max(0, left[0] - 1):left[0]] in _QUOTES:
            continue  # “Thailand-UK Strategic Partnership Roadmap”, Thailand-Chile FTA: inside a title or a name
        out += [left, right]
    return out
