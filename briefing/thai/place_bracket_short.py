"""A short form in brackets right after a venue is that venue's other name, a place: อาคารสถาบันเพื่อการยุติธรรม
แห่งประเทศไทย (TIJ), ณ สำนักงานคณะกรรมการกิจการกระจายเสียง ... (กสทช.).

Releases write the meeting's venue by a body's building or office and gloss it with the body's short form:
"ณ ห้องประชุมบอร์ด ชั้น 5 อาคารสถาบันเพื่อการยุติธรรมแห่งประเทศไทย (TIJ)", "ณ สถานีโทรทัศน์แห่งประเทศไทย (NBT)",
"ณ อาคารรื่นฤดี สำนักงานกองอำนวยการรักษาความมั่นคงภายในราชอาณาจักร (กอ.รมน.)". The venue was read as a place
(CONVENTIONS.md C3, C15) but the short form after it as an organisation: the place and the organisation disagreed
(session 18 counted it in about 50 of 58 sampled releases with such a bracket). CONVENTIONS.md C5 lists a place's
English name or abbreviation beside it as a place too, and the read golds that meet the case do so (heldout5 h05
NBT after สถานีโทรทัศน์แห่งประเทศไทย, heldout127 h05 กสทช. after its office as the venue, heldout132 h08 TIJ). So
the short form IN THAT BRACKET is typed as the venue is; the same short form elsewhere, acting (ป.ป.ช. ชี้แจง),
stays an organisation, and a release that does both lists it under both types.

What a reader expects (read on corpus releases with "venue (short form)"; details/NNNNN in the tests):
- "อาคารสถาบันเพื่อการยุติธรรมแห่งประเทศไทย (TIJ)" -> TIJ a place;
- "ณ สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)" -> ป.ป.ช. here a place; acting later, an
  organisation;
- "ณ หอศิลป์แห่งชาติ กระทรวงวัฒนธรรม (วธ.)", "ณ สถานีวิทยุโทรทัศน์แห่งประเทศไทย (NBT)",
  "ณ หอศิลป์วัฒนธรรมแห่งกรุงเทพมหานคร (BACC)", "ณ ศูนย์บริการประชาชน(PDPC-Center)" -> the short form a place;
- not: a bracket after a country, province or city (ประเทศไทย (ททท.) ends a body's name: การท่องเที่ยวแห่งประเทศไทย),
  a post's short form (รัฐมนตรีว่าการกระทรวงวัฒนธรรม (รมว.วธ.)), a unit (กิโลเมตร (กม.)), or a bracket after a body
  read as an organisation (the body acting: สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) รายงาน).
Only an organisation span or an unclaimed short form exactly filling the bracket is taken, and only when the short
form can stand for the venue: a Thai one's letters are found in order in the venue's name (กอ.รมน. in สำนักงานกองอำนวย
การรักษาความมั่นคงภายในราชอาณาจักร, ทภก. in ท่าอากาศยานภูเก็ต); a Latin one must already be read as an organisation's
name there (a brand or a code after a venue is not its name: หอประชุมตลาดผลไม้เทศบาลตำบลหัวดง (OTOP), อาคารศูนย์
นวัตกรรมและเทคโนโลยีการขนส่งทางถนน (GPS), สถานีอโศก (E4)).

This module reads only the text and the spans `entities` found; `entities.find_entities` calls it.
"""

from __future__ import annotations

import re

_SHORT = re.compile(r"[ \t]?\((?P<s>[A-Z][A-Z0-9&]{1,9}(?:-[A-Z][A-Za-z]+)?|[\u0e01-\u0e2e][\u0e01-\u0e4e.]{0,12}\.)\)")
"""A Latin acronym (TIJ, PDPC-Center) or a Thai short form ending in a dot (กสทช., กอ.รมน.), alone in brackets."""
VENUE_HEADS = (
    "อาคาร", "ตึก", "ห้อง", "หอ", "ศูนย์", "สำนักงาน", "สำนัก", "กระทรวง", "กรม", "สถานี", "สถาบัน", "มหาวิทยาลัย",
    "วิทยาลัย", "ธนาคาร", "ท่าอากาศยาน", "ท่าเรือ", "โรงแรม", "โรงพยาบาล", "พิพิธภัณฑ์", "การไฟฟ้า", "การประปา",
    "องค์การ", "สภา", "สมาคม", "ทำเนียบ", "ศาลา", "สโมสร",
)
"""Heads of a venue that is a building or a body's premises (not a country, province or city)."""
_NOT_SHORT = ("รมว.", "รมช.", "รมต.", "ผอ.", "ผบ.", "ผวจ.", "นรม.", "กม.", "ตร.ม.", "ตร.กม.", "ม.", "จ.", "อ.", "ต.", "ถ.",
              "พ.ศ.", "ค.ศ.", "น.")
"""Posts, units and area words: a bracket holding one is no name of the venue."""


def _letters_in(short: str, name: str) -> bool:
    """Are the short form's letters (dots dropped) found in order in `name`?"""
    pos = 0
    for ch in short.replace(".", ""):
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def venue_short_forms(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, latin) of each short form alone in brackets right after a venue span in `places` (module
    docstring); a Latin one (latin True) is to be taken only where an organisation span already fills it."""
    out: list[tuple[int, int, bool]] = []
    if "(" not in text:
        return out
    for a, b in places:
        if not text.startswith(VENUE_HEADS, a):
            continue
        m = _SHORT.match(text, b)
        if m is None or m.group("s").startswith(_NOT_SHORT):
            continue
        short = m.group("s")
        latin = short[0].isascii()
        if not latin and not _letters_in(short, text[a:b]):
            continue
        out.append((*m.span("s"), latin))
    return out
