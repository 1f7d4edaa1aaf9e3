"""The border's friendship bridges, named with their number (issue 11, session 18, places).

Thailand's bridges to its neighbours are named สะพานมิตรภาพไทย-ลาว, ไทย-เมียนมา, ไทย-กัมพูชา, ไทย-มาเลเซีย, and the
Thai-Lao and Thai-Myanmar ones are numbered: สะพานมิตรภาพไทย - ลาว แห่งที่ 5 (Bueng Kan - Bolikhamxai) is not the
first bridge at Nong Khai. The gazetteer held the bare Thai-Lao and Thai-Myanmar names with their dash written two
ways, so a reader saw "สะพานมิตรภาพไทย - ลาว" highlighted as the Thai-Lao Friendship Bridge without its number,
"สะพานมิตรภาพไทย – ลาว" (an en dash) not at all, and สะพานมิตรภาพไทย - กัมพูชา romanised 'Mitphapthai - Kamphucha
Bridge'. The thaigov-v2 corpus writes these names about 350 times, 300 of them with แห่งที่ N.

A name is สะพานมิตรภาพ, ชายแดน optionally, ไทย, a dash (any spacing, hyphen or en dash), the neighbour, and its number
when one follows: one place, whose English is the bridge's name as the two governments publish it ("Fifth Thai-Lao
Friendship Bridge", "Thai-Cambodian Friendship Bridge").
"""

from __future__ import annotations

import re

_NEIGHBOURS = {"ลาว": "Lao", "สปป.ลาว": "Lao", "เมียนมา": "Myanmar", "เมียนมาร์": "Myanmar", "พม่า": "Myanmar",
               "กัมพูชา": "Cambodian", "มาเลเซีย": "Malaysian"}
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth")
_BRIDGE = re.compile(
    r"สะพานมิตรภาพ(?:ชายแดน)?ไทย[ \t]*[-–][ \t]*(?P<other>สปป\.ลาว|ลาว|เมียนมาร์|เมียนมา|พม่า|กัมพูชา|มาเลเซีย)"
    r"(?:[ \t]*แห่งที่[ \t]*(?P<n>[1-9๑-๙])(?![0-9๐-๙]))?"
)
_THAI_DIGITS = str.maketrans("๑๒๓๔๕๖๗๘๙", "123456789")


def find(text: str) -> list[tuple[int, int, str]]:
    """Every friendship bridge to a neighbour, as (start, end, English name)."""
    if "สะพานมิตรภาพ" not in text:
        return []
    out = []
    for m in _BRIDGE.finditer(text):
        english = f"Thai-{_NEIGHBOURS[m.group('other')]} Friendship Bridge"
        if m.group("n"):
            english = f"{_ORDINALS[int(m.group('n').translate(_THAI_DIGITS)) - 1]} {english}"
        out.append((m.start(), m.end(), english))
    return out


def bridge_end(text: str, start: int) -> int | None:
    """Where the friendship bridge named at `start` ends (with its number), or None when none is named there:
    places.place_name_end cuts other names at แห่งที่."""
    m = _BRIDGE.match(text, start) if text.startswith("สะพานมิตรภาพ", start) else None
    return m.end() if m else None
