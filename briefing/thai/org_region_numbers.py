"""A regional unit with its region's number glued to ภาค: ตำรวจภูธรภาค1, กองทัพภาคที่2, กองทัพภาค4.

The police regions, army regions and regional courts are named by ภาค ('region') and a number, and releases
write the number glued as often as spaced (ตำรวจภูธรภาค 5, ตำรวจภูธรภาค1). The head rules read the spaced number
and cut the glued one off, so the reader saw a body that is no region at all (`ตำรวจภูธรภาค`, `กองทัพภาคที่`):
heldout156 h04's title `"ชาดา" ร่วมตำรวจภูธรภาค1 แถลงผลจับกุม...` gave `ตำรวจภูธรภาค`.

Counted on thaigov-v2: 16 such glued mentions in 14 releases (กองทัพภาคที่2 6, ตำรวจภูธรภาค1 5, กองทัพภาค4 2 ...).
The unit is the head, ภาค, an optional ที่ and the glued number of one or two digits. `entities` calls `find`.
"""

from __future__ import annotations

import re

_REGION = re.compile(
    r"(?:กองบัญชาการตำรวจภูธร|ตำรวจภูธร|กองทัพ|ศาลแรงงาน|ศาลปกครอง|ศาลเยาวชนและครอบครัว|ศาลอุทธรณ์)"
    r"ภาค(?:ที่)?[0-9๐-๙]{1,2}(?![0-9๐-๙])"
)


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each regional unit written with its number glued."""
    if "ภาค" not in text:
        return []
    return [(m.start(), m.end()) for m in _REGION.finditer(text)]
