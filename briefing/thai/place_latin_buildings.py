"""A building named in Latin letters after อาคาร or ตึก is a place wherever it stands: พิธีเปิดอาคาร Delta Plant 8,
อาคาร SME Bank Tower, ตึก Energy Complex, อาคาร Exchange Tower.

The venue finder of places.py takes อาคาร only after a cue (ณ, ที่, เยี่ยมชม ...), since a Thai word after it is
often a kind, not a name (อาคารเรียน, อาคารที่พักอาศัย, อาคารสูง). A Latin name after it is no kind: the thaigov-v2
corpus writes some 115 such names in 312 releases (อาคาร B 55, อาคาร SME Bank Tower 33, อาคาร A 25, อาคาร SAT 13,
อาคาร CW Tower 7 ...), each a named building or a lettered one of a compound (อาคาร A, C3 lists numbered rooms and
buildings); after a verb such as เปิด (the building opened) it was lost.

The name is up to five words, each starting with a capital or a digit (Delta Plant 8, Ratchadamnoen Center 1, A3),
after อาคาร/ตึก and at most one space.
"""

from __future__ import annotations

import re

_BUILDING = re.compile(r"(?:อาคาร|ตึก)[ \t]?[A-Z][A-Za-z0-9&'’.-]*(?:[ \t][A-Z0-9][A-Za-z0-9&'’.-]*){0,4}(?![A-Za-z0-9])")


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of every building named in Latin letters after อาคาร or ตึก."""
    if "อาคาร" not in text and "ตึก" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _BUILDING.finditer(text):
        end = m.end()
        while text[end - 1] in ".-’'":  # อาคาร B. (a full stop after the name)
            end -= 1
        out.append((m.start(), end))
    return out
