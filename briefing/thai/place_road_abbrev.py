"""A road written with the abbreviation ถ. (for ถนน): ถ.วิภาวดีรังสิต, ถ.รัชดาภิเษก, ถ.พระราม 3, ถ. นิพัทธ์สงเคราะห์ 3.

Addresses and venues write the road short: "ศาลอาญา ถ.รัชดาภิเษก กรุงเทพฯ", "เลขที่ 41 ถ.เทอดดำริ แขวงถนนนครไชยศรี",
"ลงพื้นที่ย่านคลองถม ถ.วรจักร แขวงป้อมปราบ" (bench/heldout153 h04 lists ถ.วรจักร). The venue finders know ถนน as a
head but not ถ., so none of these was a place: in 6,000 random corpus releases 23 write ถ. + a name (33 mentions),
and the analyzer found one of them (ถ.เยาวราช, as the bare เยาวราช the glossary knows). The read golds list roads
written ถนน + name as places (47 entries); the short form is the same road.

Taken: ถ. standing alone (not after a Thai letter or a dot, so no abbreviation ending in ถ.), at most one space, then
one run of Thai letters ended by a space, a bracket, a comma or the line's end (a run glued to more Thai is left: its
end is unknown; an area word glued after it is cut off: ถ.สรรพาวุธแขวง/เขต บางนา), of three letters or more, whose
first word starts no question or clause (ถ. for ถาม in a Q&A: "ถ. ทำไม..."; a verb may start a road's name:
ถ.แจ้งวัฒนะ, ถ.เทียมร่วมมิตร), and not itself an abbreviation (a dot after it); a road's number written after one space is
kept (ถ.พระราม 3) unless a range or another number follows (ถ.วิภาวดี 9 – 31: a house-number range). The English is
the road's accepted name where roads.toml knows it (ถ.วิภาวดีรังสิต -> Vibhavadi Rangsit Road), else its name
romanised + Road, as for ถนน (ถ.วรจักร -> Worachak Road).
"""

from __future__ import annotations

import re

from briefing.thai import org_by_parts, roads
from briefing.thai.scan import words

Span = tuple[int, int, str | None]

_ROAD = re.compile(
    r"(?<![\u0e01-\u0e4e.])ถ\.[ \t]?(?P<name>[\u0e01-\u0e4e]{3,30})"
    r"(?:[ \t](?P<num>[0-9๐-๙]{1,3})(?![0-9๐-๙.,]|[ \t]?[-–]))?"
    r"(?=[ \t\u00a0)\],\n/]|$)"
)
_GLUED_AREA = re.compile(r"(?:แขวง|เขต|ตำบล|อำเภอ|จังหวัด)$")
"""An area word glued after the name (ถ.สรรพาวุธแขวง/เขต บางนา): not the road's."""
_ASKING = frozenset(("ทำไม", "อะไร", "อย่างไร", "ใคร", "เมื่อไร", "ที่ไหน", "หาก", "ถ้า", "จะ", "ได้", "มี", "เป็น", "ควร", "ต้อง", "ไม่",
                     "ที่", "และ", "ของ", "ใน", "ซึ่ง", "โดย", "การ", "ความ", "คือ", "ว่า"))
"""First words of a question (ถ. for ถาม in a Q&A) or of a clause, never of a road's name."""


def find(text: str) -> list[Span]:
    """(start, end, English or None) of every road written ถ. + its name (module docstring)."""
    if "ถ." not in text:
        return []
    out: list[Span] = []
    for m in _ROAD.finditer(text):
        name = m.group("name")
        glued = _GLUED_AREA.search(name, 3)
        if glued:
            name = name[:glued.start()]
        ws = words(name)
        if not ws or ws[0] in _ASKING:
            continue
        full = name + (f" {m.group('num')}" if m.group("num") and not glued else "")
        end = m.start("name") + len(name) if glued else m.end()
        english = roads.english("ถนน" + full) or f"{org_by_parts.proper_name(full)} Road"
        out.append((m.start(), end, english))
    return out
