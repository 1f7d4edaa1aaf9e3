"""An English headline too long for a gist, cut to the clause it opens with; a list's lead-in dropped.

The site's English items ("Government News", statements, cabinet synopses) have an English headline, and the gist is
that headline when it fits in GIST_WORDS words (headline.english_headline). A longer one was read as a Thai headline
is, word by word, and came out as word salad: 'ASEAN reports on PM pleased to join other ASEAN leaders in adopting'
(bench/gists17 g15), 'President Prabowo Subianto holds BETWEEN THE KINGDOM OF THAILAND AND' (g14), 'Thai Airways
reports on confidences that after Thai Airways-India added PM Supports Aviation Hub Industry' (details/47811 in the
archive). Such a headline opens with its clause and adds modifiers after it: a place or an event after 'at', 'in',
'during', 'between', a second clause after a comma. `fit_title` cuts the rightmost such tail that makes the headline
fit, never inside quotes or brackets, and keeps what is left only when it is a phrase of some words that does not end
on a word whose phrase goes on (saying less: what is cut is a modifier, and what is left is the headline's own words).
A headline in capitals is put in title case, as a list line.

The cabinet synopsis headline 'The cabinet met on August 6, 2024. Some of the resolutions are as follows:' ends on a
sentence that only leads into a list the gist does not give: the gist ended 'as follows:; 5.93 million baht' (g09).
`fit_title` drops such a closing sentence ending in a colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LEAD_IN = re.compile(r"(?<=[a-z0-9)])\.\s+[A-Z][^.]*:\s*$")
"""A closing sentence ending in a colon: 'Some of the resolutions are as follows:'."""

_TAIL = re.compile(r",\s+|\s+(?=(?i:at|in|during|between|amid|following|while|ahead of|after|on the occasion of)\s)"
                   r"|\s+(?=by\s+(?:(?:the\s+)?end|mid|early|late|[12]\d{3}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                   r"[a-z]*\.?)\b)")
"""Where a modifier or a second clause starts: a comma, or a preposition of place, time or occasion (not 'of', 'to',
'with', 'for': what follows them is the object or the purpose the headline is about), or 'by' before a date, a
deadline ('... to return flood disaster-hit area to Chiang Rai district office and municipality by Oct 27',
details/89422: the headline did not fit, and the gist fell back to a body figure, 'Operations Center: 10,000 baht';
'by' before a name is the agent and stays)."""

_PURPOSE = re.compile(r"\s+(?=to\s)")
"""Where a destination or a purpose starts, cut only when no tail of _TAIL makes the headline fit: 'PM: Flood, Storm,
and Landslide Disaster Relief Operations Center to return flood disaster-hit area to Chiang Rai district office and
municipality by Oct 27' (details/89422, 24 words) fits as '... Center to return flood disaster-hit area'; 25 of 1,857
English headlines of the archive fitted no cut before, and the gist was read from the Thai path, a body name and
figure ('Landslide Disaster Relief Operations Center: 10,000 baht')."""

_OPEN_ENDS = frozenset({"of", "the", "a", "an", "and", "or", "to", "for", "on", "in", "at", "with", "by", "from",
                        "under", "as", "than", "its", "their", "his", "her", "that", "which", "who", "whose", "where",
                        "when", "if", "because", "since", "not", "will", "would", "can", "is", "are", "was", "were",
                        "be", "has", "have", "&", "-", "–"})
"""Words a phrase cannot end on: what was left after the cut would dangle."""

_SMALL = frozenset({"of", "the", "a", "an", "and", "or", "to", "for", "on", "in", "at", "with", "by", "from",
                    "between", "under", "as"})

MIN_WORDS = 4
"""What is left must say something: 'PM meets' is no gist of 'PM meets with ...'."""


def _balanced(text: str) -> bool:
    return (text.count("(") == text.count(")") and text.count("“") == text.count("”")
            and text.count('"') % 2 == 0 and text.count("‘") <= text.count("’"))


def _title_case(text: str) -> str:
    """'JOINT STATEMENT OF THE FIRST LEADERS’ CONSULTATION' -> 'Joint Statement of the First Leaders’ Consultation';
    a two-letter capital word that is no small word stays as it is (an acronym: 'US', 'PM')."""
    out = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        if i and low in _SMALL:
            out.append(low)
        elif len(word) <= 2 and word.isalpha():
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _quoted_words(text: str) -> list[str]:
    return [w for q in re.findall(r"“[^”]*”|\"[^\"]*\"", text) for w in q.strip("“”\"").split()]


def fit_title(title: str, limit: int, count: Callable[[str], int], drop: Callable[[str], bool] = lambda w: False) -> str:
    """The headline with a list's lead-in dropped and, when it is longer than `limit` words (by `count`), cut at the
    rightmost tail whose cut makes it fit and leaves whole every quoted name it keeps (no word in it the caller will
    `drop`, a number that is no figure) ('adopting “ASEAN 2045: Our Shared Future”' lost its 2045 and read
    '“ASEAN Our Shared Future”'); the headline unchanged when no cut does (the caller then drops it)."""
    title = _LEAD_IN.sub("", title).rstrip(". ")
    if count(title) <= limit:
        return title  # a short one keeps its quoted names as they were ('“Tokyo Olympics”' for '“Tokyo 2020 Olympics”')
    for match in [*reversed(list(_TAIL.finditer(title))), *reversed(list(_PURPOSE.finditer(title)))]:
        head = title[:match.start()].rstrip(" ,;:-–")
        words = head.split()
        # before 'to' a verb in -ing (or 'according') waits for its object: '... (CIIE) aiming', '... for helping'
        if count(head) > limit or len(words) < MIN_WORDS or words[-1].lower() in _OPEN_ENDS or not _balanced(head) \
                or (match.re is _PURPOSE and (words[-1].endswith("ing") or words[-1] == "according")) \
                or any(drop(w) for w in _quoted_words(head)):
            continue
        return _title_case(head) if head.isupper() else head
    return title
