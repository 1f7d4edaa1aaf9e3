"""Air bases as places: the wing (กองบิน 6), its military airport (ท่าอากาศยานทหาร 2) and the district after them.

The prime minister's trips start and end at "ท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง กรุงเทพฯ" (about a hundred
thaigov-v2 releases write it so; others "ณ กองบิน 6 ท่าอากาศยานทหารอากาศ", "ท่าอากาศยาน 2 กองบิน 6 (บน 6)",
"ออกเดินทางจากกองบินตำรวจ ท่าแร้ง เขตบางเขน"). Before this module a reader saw the airport alone ("ท่าอากาศยานทหาร
2"), the wing's abbreviation as an organisation (บน.6), and neither the wing nor Don Mueang: the venue finders
have no head for a wing, and a district named bare is taken only in lists.

What a reader expects. The read golds write the airport with its wing as one name when the airport comes first
(heldout67 "ท่าอากาศยาน 2 กองบิน 6", heldout72 "ท่าอากาศยานทหาร 2 กองบิน 6", heldout73 "ท่าอากาศยานทหาร กองบิน 3";
only heldout88 splits it, and heldout13 lists "กองบิน 6" apart where the wing comes first), then the district:
- "ออกเดินทางจากท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง กรุงเทพฯ": ท่าอากาศยานทหาร 2 กองบิน 6 | บน.6 | ดอนเมือง
  | กรุงเทพฯ, all places (the bracketed abbreviation names the same base: a place, not an organisation);
- "ณ ท่าอากาศยาน 2 กองบิน 6 (บน 6)": ท่าอากาศยาน 2 กองบิน 6 | บน 6;
- "ณ กองบิน 6 ท่าอากาศยานทหารอากาศ": กองบิน 6 (the airport is found by the venue finder);
- "ไปยังท่าอากาศยานทหาร กองบิน 41 จ.เชียงใหม่": ท่าอากาศยานทหาร กองบิน 41; "ที่กองบิน 23 จังหวัดอุดรธานี": กองบิน 23;
- "ออกเดินทางจากกองบินตำรวจ ท่าแร้ง เขตบางเขน": กองบินตำรวจ ท่าแร้ง (the police wing is named by its subdistrict);
- not places: "ผู้บังคับการกองบิน 6" (a post), "กองบิน 6 ได้ส่งเครื่องบิน" with no frame of place (the unit
  acting, left to the organisation finders), "กองบินตำรวจได้ส่ง..." (no name after it).
One read gold disagrees: heldout51, annotated for organisations only, lists "กองบิน 6" and "บน. 6" after
"ออกเดินทางจากสนามบินทหาร 2" as organisations (its org F1 .96 -> .95 with this module); the place-annotated sets
(13, 67, 72, 73, 88) list the base as a place, as CONVENTIONS.md C3 lists a venue's body. An airport written
สนามบินทหาร is not joined to the wing yet (the wing is still taken after จาก).
A wing is taken only in a frame of place: right after an airport (ท่าอากาศยาน...), after ณ/ที่/จาก/ยัง/ถึง, or with
a district, province or (บน.N) right after it.
"""

from __future__ import annotations

import re

from briefing.thai import admin

_WING = re.compile(r"กองบิน(?:[ \t]?(?P<num>[0-9๐-๙]{1,3})(?![0-9๐-๙])|ตำรวจ(?=[ \t]))")
_AIRPORT_BEFORE = re.compile(r"(?P<airport>ท่าอากาศยาน(?:ทหาร(?:อากาศ)?)?(?:[ \t]?[0-9๐-๙]{1,2})?)[ \t]{0,2}$")
_FRAME_BEFORE = re.compile(r"(?:(?:^|[\s(])(?:ณ|ที่)|จาก|ไปยัง|ยัง|ถึง|บริเวณ)[ \t]{0,2}$")
_ABBREV_AFTER = re.compile(r"[ \t]{0,2}\((?P<abbr>บน\.?[ \t]?[0-9๐-๙]{1,3})\)")
_WHERE_AFTER = re.compile(r"[ \t]{1,2}(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.|เขต|กรุงเทพ)")
_POSTS = ("ผู้บังคับการ", "ผบ.", "รองผู้บังคับการ", "เสนาธิการ", "ผู้บังคับ")
_LEVELS: tuple[admin.Level, ...] = ("district", "subdistrict")


def find_air_bases(text: str) -> list[tuple[int, int]]:
    """Spans of the wing (with the airport written before it), the (บน.N) after the wing and a district named bare
    after them, in a frame of place (module docstring)."""
    out: list[tuple[int, int]] = []
    if "กองบิน" not in text:
        return out
    for m in _WING.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if before.endswith(_POSTS) or before.rstrip().endswith(_POSTS):
            continue
        airport = _AIRPORT_BEFORE.search(before)
        end = m.end()
        if m.group("num") is None:  # กองบินตำรวจ ท่าแร้ง: named by its subdistrict, after a space
            name_at = end + 1
            name_end, area = admin.longest_name(text, name_at, _LEVELS)
            if area is None:
                continue
            end = name_end
        abbrev = _ABBREV_AFTER.match(text, end)
        framed = airport is not None or _FRAME_BEFORE.search(before) is not None
        if not framed and abbrev is None and not _WHERE_AFTER.match(text, end):
            continue
        start = m.start()
        if airport is not None:  # ท่าอากาศยานทหาร 2 กองบิน 6: the wing's airport, one name (the read golds)
            start = m.start() - len(before) + airport.start("airport")
        out.append((start, end))
        after = end
        if abbrev is not None:
            out.append((abbrev.start("abbr"), abbrev.end("abbr")))
            after = abbrev.end()
        gap = re.match(r"[ \t]{1,2}", text[after:])
        if gap is not None:
            at = after + gap.end()
            name_end, area = admin.longest_name(text, at, _LEVELS)
            if area is not None and (name_end == len(text) or not _thai_letter(text[name_end])):
                out.append((at, name_end))  # ... (บน.6) ดอนเมือง กรุงเทพฯ: the district the base is in
    return out


def _thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def is_wing_abbreviation(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the bracketed abbreviation after a wing (กองบิน 6 (บน.6))? It names the base, a place."""
    return (start >= 1 and text[start - 1] == "(" and re.fullmatch(r"บน\.?[ \t]?[0-9๐-๙]{1,3}", text[start:end]) is not None
            and re.search(r"กองบิน[ \t]?[0-9๐-๙]{1,3}[ \t]{0,2}\($", text[max(0, start - 16):start]) is not None)
