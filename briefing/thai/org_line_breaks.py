"""A known body's name broken across two lines, read as one name.

Releases laid out as tables or narrow columns (the cabinet summaries, สรุปข่าวการประชุม ครม., most of all) break long
names where the column ends: "กระทรวงการพัฒนาสังคม\\nและความมั่นคงของมนุษย์", "สำนักงาน\\nหลักประกันสุขภาพแห่งชาติ",
"เสนอโดยการท่องเที่ยว\\nแห่งประเทศไทย". Every rule reads one line at a time, so the reader saw the first part as a
shorter body or a word (กระทรวงการท่องเที่ยว, การท่องเที่ยว), the second as nothing or another name
(คณะกรรมการนโยบายเขตพัฒนาพิเศษภาคตะวันออก for its office), or nothing at all (กระทรวง|แรงงาน). A reader expects the
body named once, whole. On 8,000 random thaigov-v2 releases, 33 glossary names cross a line break (24 distinct).

`find` joins the Thai run that ends a line with the one that starts the next and looks for the glossary's
organisation names (briefing/data/agencies.toml and the other lists the gazetteer reads) that start at a word of
the first part and end at a word end in the second, crossing the break; the span runs from the name's first letter
to its last, the line break and any spaces inside it (the scorer and the reader's notes drop the white space).
A name must be 8 letters or more and not a bare head (กระทรวง, สำนักงาน): short forms and heads are found where they
stand.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, Gazetteer
from briefing.thai.scan import is_thai, words

_BREAK = re.compile(r"([\u0e01-\u0e4e]{2,80})[ \t]*\n[ \t]*([\u0e01-\u0e4e]{2,80})")
_MIN_NAME = 8
_MAX_LEFT = 70
"""How far before the break a name may start: the glossary's longest Thai names are about 70 letters."""
_HEADS = frozenset(ORG_HEADS)


def _run_start(text: str, nl: int) -> int:
    """Where the Thai run that ends (maybe before spaces) at the line break `nl` starts, at most 80 letters back."""
    end = nl
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and end - start < 80 and is_thai(text[start - 1]):
        start -= 1
    return start


def _starts(run: str) -> list[int]:
    """Offsets in `run` where a newmm word starts."""
    out, pos = [], 0
    for word in words(run):
        out.append(pos)
        pos += len(word)
    return out


def find(text: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, name) of each glossary organisation name broken by one line break."""
    out: list[tuple[int, int, str]] = []
    if "\n" not in text or g.regex is None:
        return out
    pos = 0
    while (nl := text.find("\n", pos)) >= 0:
        pos = nl + 1  # the second part may end a line too; a regex search from every Thai letter was the slow part
        start = _run_start(text, nl)
        if start == nl or not is_thai(text[start]):
            continue
        m = _BREAK.match(text, start)
        if m is None or m.end(1) > nl or m.start(2) < nl:
            continue
        left, right = m.group(1), m.group(2)
        joined = left + right
        crossing = []
        for i in range(max(0, len(left) - _MAX_LEFT), len(left) - 1):
            hit = g.regex.match(joined, i)  # a trie regex fails at once where no name starts: cheap before words()
            if hit and len(hit.group(0)) >= _MIN_NAME and hit.end() > len(left) + 1:
                crossing.append((i, hit))
        if not crossing:
            continue
        starts = set(_starts(left))
        right_ends = set()
        at = len(left)
        for word in words(right):
            at += len(word)
            right_ends.add(at)
        for i, hit in crossing:
            key = hit.group(0)
            term = g.terms[key]
            if i not in starts or term.type != "organisation" or key in _HEADS or hit.end() not in right_ends:
                continue
            out.append((m.start(1) + i, m.start(2) + hit.end() - len(left), key))
            break
    return out
