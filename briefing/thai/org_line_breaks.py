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
from briefing.thai.scan import words

_BREAK = re.compile(r"([\u0e01-\u0e4e]{2,80})[ \t]*\n[ \t]*([\u0e01-\u0e4e]{2,80})")
_MIN_NAME = 8
_HEADS = frozenset(ORG_HEADS)


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
    while (m := _BREAK.search(text, pos)) is not None:
        pos = m.start(2)  # the second part may end a line too
        left, right = m.group(1), m.group(2)
        joined = left + right
        right_ends = set()
        at = len(left)
        for word in words(right):
            at += len(word)
            right_ends.add(at)
        for i in _starts(left):
            hit = g.regex.match(joined, i)
            if not hit or not hit.group(0):
                continue
            key = hit.group(0)
            term = g.terms[key]
            if term.type != "organisation" or len(key) < _MIN_NAME or key in _HEADS:
                continue
            if hit.end() <= len(left) or hit.end() not in right_ends:
                continue
            start = m.start(1) + i
            end = m.start(2) + hit.end() - len(left)
            out.append((start, end, key))
            break
    return out
