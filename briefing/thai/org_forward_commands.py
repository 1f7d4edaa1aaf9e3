"""A body's forward command named with the province it serves: ศปช. ส่วนหน้าจังหวัดเชียงราย, อว.ส่วนหน้า จังหวัดภูเก็ต.

A centre or ministry sets up a forward command (ส่วนหน้า, 'forward') in a province hit by a flood or a crisis, and
names it by the province after ส่วนหน้า (ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย (ศปช.) ส่วนหน้าจังหวัดเชียงราย, the
higher-education ministry's อว.ส่วนหน้า จังหวัดภูเก็ต). The head rules end the name at ส่วนหน้า, so the reader saw a
forward command of no place: the read golds list the name with its province (heldout122 h07 and heldout146 h06
`ศปช. ส่วนหน้าจังหวัดเชียงราย`, heldout132 h10 `อว.ส่วนหน้า จังหวัดภูเก็ต`).

Counted on thaigov-v2: ส่วนหน้า then a province in 89 mentions of 50 releases (ศปช. 61, อว. 14, ศูนย์ดำรงธรรม 3 ...).
`extend_end` gives where an organisation ending with ส่วนหน้า ends once its province is read (จังหวัด or จ. and a
province of the register, glued or after one space); `entities` grows the kept organisation to it.
"""

from __future__ import annotations

import re

from briefing.thai import admin

_PROVINCE_WORD = re.compile(r"[ \t\u00a0]?(?:จังหวัด|จ\.)[ \t]?")


def extend_end(text: str, start: int, end: int) -> int:
    """Where the organisation at (start, end) ends with its province read after ส่วนหน้า (== end: none)."""
    if not text.endswith("ส่วนหน้า", start, end):
        return end
    m = _PROVINCE_WORD.match(text, end)
    if m is None:
        return end
    stop, area = admin.longest_name(text, m.end(), ("province",))
    return stop if area is not None else end
