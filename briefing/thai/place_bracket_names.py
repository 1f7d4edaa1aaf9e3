"""A venue's other name in brackets is a place: อาคารอินเตอร์ลิงค์ทาวเวอร์ (ตึกเนชั่น), ศาลหมื่นปี (ลานข่วงวัฒนธรรม).

Releases gloss a place with the name people know it by, in brackets: "สถานีขนส่งผู้โดยสารจังหวัดเชียงใหม่แห่งที่ 1
(สถานีขนส่งช้างเผือก)", "ชุมชนบำบัด (บ้านกาญจนารักษ์)", "วัดมงคลวราราม (วัดในยาง)". The head rules take a venue after ณ or
a place preposition, and a bracket is neither, so the reader saw the first name and nothing for the second. The read
golds list such a bracketed name as a place of its own (4 of the 5 bracketed names that start with a venue head:
ตึกเนชั่น, ลานข่วงวัฒนธรรม, สถานีขนส่งช้างเผือก, บ้านกาญจนารักษ์; session 14 census). As with an English name in brackets
(CONVENTIONS.md C5), the place is listed in both forms.

What a reader expects:
- "อาคารอินเตอร์ลิงค์ทาวเวอร์ (ตึกเนชั่น) ถนนเทพรัตน" -> ตึกเนชั่น, a place;
- "วัดเวฬุวนาราม (แช่ไห)" -> no new place here (no head in the bracket; a bare nickname is too often a person's or a
  descriptor: "(ทางเลี่ยงเมือง)", "(ฝั่งเคเบิ้ลคาร์)");
- not: a bracket of a kind ("(อาคารเดิม)", "(บ้านเลขที่ 12)"), an abbreviation with a dot, a bracket opening a line.
Only what the bracket holds whole is taken: a head, then its name to the closing bracket, with no space in it but
before a number (ถนนพระราม 2): a spaced bracket is a list (เกาะสมุย เกาะพะงัน และเกาะเต่า) or a name and its area, which
the other rules take part by part.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import dictionary, words

_GLOSSED = re.compile(r"[\u0e01-\u0e4e0-9๐-๙ฯ][ \t]?$")
_HEADS = ("ตึก", "อาคาร", "ลาน", "สถานีขนส่ง", "สถานีกลาง", "วัด", "สวน", "สนาม", "ศาลา", "เกาะ", "บ้าน", "ถนน",
          "สะพาน", "เขื่อน", "พิพิธภัณฑ์", "อนุสาวรีย์", "หาด", "ดอย", "น้ำตก", "ถ้ำ")
"""Heads a bracketed other name starts with. Not the heads of kinds (หอ: หอนอนหญิง, หมู่บ้าน: หมู่บ้านศีลธรรม, ชุมชน,
ตลาด, โรงแรม: โรงแรมและรีสอร์ท), which in brackets gloss a category more often than name a venue."""
_NOT_IN_NAMES = ("ของ", "และ", "หรือ", "โดยรอบ", "เรา", "ชั่วคราว", "ท่องเที่ยว", "สาย", "ต่าง", "ทั้ง", "เดิม", "ใหม่",
                 "เก่า", "ดังกล่าว", "นี้", "เลขที่", "พัก", "จัดสรร", "เดี่ยว", "ไร่นา", "ท้องถิ่น", "ไป")
"""Words that make the bracket a phrase or a kind, not a name (สวนลิ้นจี่ต้นแรกของจังหวัด..., บ้านเรา, ถนนท่องเที่ยว,
สะพานเหล็กชั่วคราว, บ้านจัดสรร, บ้านเลขที่)."""


@functools.lru_cache(maxsize=1)
def _inner() -> re.Pattern[str]:
    heads = sorted(_HEADS, key=len, reverse=True)
    return re.compile("((?:" + "|".join(map(re.escape, heads)) + r")([\u0e01-\u0e4e]{2,30}(?: [0-9๐-๙]{1,3})?))\)")


def find(text: str) -> list[tuple[int, int]]:
    """Spans of the venue names written whole in brackets after what they gloss (module docstring)."""
    if "(" not in text:
        return []
    rx = _inner()
    dic = dictionary()
    out = []
    at = text.find("(")
    while at >= 0:  # str.find, then one anchored match: no scan of every position
        m = rx.match(text, at + 1)
        if m is not None and _GLOSSED.search(text, max(0, at - 2), at):
            name = m.group(2)
            head = m.group(1)[: len(m.group(1)) - len(name)]
            first = words(m.group(1))[0]
            if first == head and m.group(1) not in dic and not any(w in name for w in _NOT_IN_NAMES):
                out.append((m.start(1), m.end(1)))  # (first == head: หอย|นางรม is no หอ)
        at = text.find("(", at + 1)
    return out
