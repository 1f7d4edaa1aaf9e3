"""People named bare: full names the archive shows after a title elsewhere (briefing/data/mined_people.tsv).

A release often names a person without a title: a second mention in full, a name in a list that one title
covers, a caption line. bench/mine_people.py counts the releases in which each "first family" pair follows
นาย/นาง/นางสาว, a rank or an academic title; a pair seen so in several releases is a person's name wherever the
two words stand side by side, alone (not glued inside a longer word).
"""

from __future__ import annotations

import functools
import re

from briefing.thai.wordlists import tsv_rows

_THAI = "\u0e01-\u0e2e\u0e30-\u0e4e"
_PAIR = re.compile(rf"(?<![{_THAI}])([{_THAI}]{{2,23}})[ \t\u00a0](?=([{_THAI}]{{2,25}})(?![{_THAI}]))")
"""Two Thai words side by side, overlapping (A B C gives A B and B C); the first may carry a glued
preceding word (และ, โดย...), which `find` strips."""
_GLUED_BEFORE = ("พร้อมด้วย", "ร่วมกับ", "นำโดย", "ได้แก่", "โดยมี", "และ", "โดย", "ของ", "กับ", "จาก", "ถึง", "แก่", "ให้",
                 "ว่า", "อาทิ", "เช่น")
"""Words Thai glues before a bare name in a list or a phrase (และสมศักดิ์ เทพสุทิน, โดยจุติ ไกรฤกษ์)."""


@functools.cache
def names() -> dict[str, frozenset[str]]:
    """First name -> the family names it is mined with (read once)."""
    out: dict[str, set[str]] = {}
    for first, family, *_ in tsv_rows("mined_people.tsv"):
        out.setdefault(first, set()).add(family)
    return {k: frozenset(v) for k, v in out.items()}


def pair(first: str, family: str) -> bool:
    """Is "first family" a mined full name? (นายอมร มีมะโน: a family name beginning like a verb, vouched for.)"""
    return family in names().get(first, ())


def is_first(name: str) -> bool:
    """Is `name` the given name of some mined full name (จิตติมา, whose last letters read as the verb มา)?"""
    return name in names()


def find(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, first, family) of each mined full name standing bare in `text`."""
    table = names()
    if not table:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _PAIR.finditer(text):
        first, family = m.group(1), m.group(2)
        start = m.start(1)
        if first not in table:
            glue = next((w for w in _GLUED_BEFORE if first.startswith(w) and first[len(w):] in table), None)
            if glue is None:
                continue
            first, start = first[len(glue):], start + len(glue)
        if family in table[first]:
            out.append((start, m.start(2) + len(family), first, family))
    return out
