"""Rooms whose name is written apart from their head, closed by a floor or a building (issue 11, session 17, places).

"ณ ห้องประชุม เทียน อัชกุล ชั้น 10 กรมอุตุนิยมวิทยา", "ณ ห้องประชุม คกก.NT ชั้น 10 อาคารสำนักงานใหญ่",
"ณ ห้องประชุม อินฟินิตี้ บอลรูม โรงแรมพูลแมน": the room's name stands after a space, so the venue scan (a name glued
to its head, or a number) took nothing, and the body after the floor stayed an organisation because no venue came
before it. What stands between the room's head after ณ/ที่ and the floor (ชั้น N) or the building (โรงแรม, อาคาร,
ตึก) is the room's name; the read golds list such rooms whole with their head (ห้องประชุม อก.2, ห้องประชุม บสย.,
ห้อง Regency Ballroom, ห้องประชุม Ballroom 3) and the body after the floor as a place (C3).

Not a name: a body or place written after the unnamed room (ณ ห้องประชุม กรมกิจการเด็กและเยาวชน ชั้น 2: the
owner, which places.owner_after_venue already types), a stop word or verb, more than four words.
"""

from __future__ import annotations

import re

from briefing.thai.scan import NAME_STOPS, is_verb, words

Span = tuple[int, int]

_ROOM = re.compile(
    r"(?:(?<=[\s(])|^)(?:ณ|ที่)[ \t]*(?:บริเวณ[ \t]*)?(?P<room>(?:ห้องประชุม|ห้องรับรอง|ห้องโถง|ห้อง|หอประชุม)(?:ใหญ่|เล็ก)?)"
    r"[ \t]+(?P<name>[^\s]{1,30}(?:[ \t][^\s]{1,30}){0,3}?)[ \t]+(?:ชั้น(?:ที่)?[ \t]?[0-9๐-๙A-Za-z]|โรงแรม|อาคาร|ตึก)"
)
_OWNER_HEADS = (
    "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "ศูนย์", "สถาบัน", "มหาวิทยาลัย", "โรงแรม", "อาคาร", "ตึก", "บริษัท",
    "องค์การ", "ธนาคาร", "สภา", "ศาลา", "จังหวัด", "อำเภอ", "ทำเนียบ", "โรงเรียน", "โรงพยาบาล", "การ", "ชั้น", "ณ",
)


def _name_like(name: str) -> bool:
    """Is `name` a room's own name, not a body written after the room, a clause or a stray word?"""
    if name.startswith(_OWNER_HEADS) or any(c in name for c in ",:;\"“”"):
        return False
    first = name.split()[0]
    if _thai_start(first):
        ws = words(first)
        if not ws or ws[0] in NAME_STOPS or is_verb(ws[0]):
            return False
    return True


def _thai_start(token: str) -> bool:
    """Does the token start with a Thai letter (its first word can be looked up)?"""
    return "\u0e01" <= token[0] <= "\u0e4e"


def find(text: str) -> list[Span]:
    """Every room named apart from its head and closed by a floor or a building, as (start, end)."""
    out: list[Span] = []
    if "ห้อง" not in text and "หอประชุม" not in text:
        return out
    for m in _ROOM.finditer(text):
        if _name_like(m.group("name")):
            out.append((m.start("room"), m.end("name")))
    return out
