"""Organisation spans checked once every rule has added its mentions: a class of hospitals or schools, a generic
office, and an English sentence's article.

Rules that add mentions late (names learnt from brackets, list siblings, bodies after a chief's post or a verb of
acting together) run after the precision checks of `precision` and `organisations`, so a span those checks drop can
come back. This module is read on the last list of spans (entities.find_entities) for three kinds a reader does not
take for one body, each counted in the read sets and on corpus releases:

- a hospital or a school named by its class, not its own name (CONVENTIONS C7): `เปิดโครงการยกระดับ
  โรงพยาบาลสมเด็จพระยุพราช โรงพยาบาลชุมชนเฉลิมพระเกียรติ โรงพยาบาลชัยพัฒน์ และหน่วยบริการปฐมภูมิ 72 แห่ง` (the 21
  crown-prince hospitals, the community hospitals named in the King's honour, the Chaipattana hospitals),
  `ส่งต่อ ... สถานพยาบาลยาเสพติด หรือ รพ.จิตเวช`, `เปิด รพ.ทหาร บำบัดผู้ป่วย`, `ใช้โรงพยาบาลค่ายและค่ายทหาร`,
  `นำส่งเด็กเข้าเรียนต่อที่โรงเรียนประจำ`, `ได้ข้อสอบมาจากโรงเรียนกวดวิชา`. A member named after its class is one
  body and is kept (`โรงพยาบาลสมเด็จพระยุพราชสระแก้ว`, `รพ.ค่ายสุรนารี`: a longer span);
- an office named by what it is to someone else, with no name of its own (`จัดตั้งสำนักงานในประเทศไทย`,
  `จัดตั้งสำนักงานภูมิภาคเอเชียแปซิฟิกของกองทุน...`, `ในฐานะสำนักงานเลขานุการของคณะกรรมการ...`) and the common nouns
  `precision.not_one` already refuses (`สำนักงานภูมิภาค`, `โรงพยาบาลเอกชน`);
- `The` opening an English sentence or a bullet before a body's name (`Gist The International Vaccine Institute has
  sent ...`, `- The Joint Boundary Commission (JBC), which ...`): the name starts after it, as the gold lists it.
  Inside a sentence a capital `The` is the name's own (`HunCham (The Hungary- Thai Chamber of Commerce`, `บทความ
  The Economist`) and is kept.
"""

from __future__ import annotations

import re

from briefing.thai import admin, precision

_HOSPITAL = re.compile(r"(?:โรงพยาบาล|รพ\.)")
_HOSPITAL_CLASSES = frozenset({
    "ชุมชน", "ชุมชนเฉลิมพระเกียรติ", "ชัยพัฒน์", "จิตเวช",
    "ทหาร", "ค่าย", "ค่ายทหาร", "ศูนย์", "ทั่วไป", "รัฐ", "ของรัฐ", "ส่งตัว", "ต้นทาง", "ปลายทาง", "ลูกข่าย", "คู่สัญญา",
    "ประจำจังหวัด", "ประจำอำเภอ", "จังหวัด", "อำเภอ", "สังกัด", "ในสังกัด", "กทม", "กทม.",
})
"""What a hospital's class is written as after its head: the royal families of hospitals (the ชุมชนเฉลิมพระเกียรติ and
ชัยพัฒน์ hospitals), the kinds by owner or level (ทหาร, ค่าย: the army's camp hospitals,
ศูนย์, ทั่วไป, ชุมชน, รัฐ, กทม.: the Bangkok Metropolitan Administration's) and by role in a referral (ส่งตัว, ต้นทาง,
ปลายทาง, ลูกข่าย, คู่สัญญา). `รพ.ตำรวจ` (the Police General Hospital) is one hospital and is not here."""
_CROWN_PRINCE = re.compile(r"(?:โรงพยาบาล|รพ\.)สมเด็จพระยุพราชฯ?")
"""The 21 crown-prince hospitals: each is named by its district after the family's name (โรงพยาบาลสมเด็จพระยุพราช
สระแก้ว, ...ท่าบ่อ, ...ปัว), and the bare family's name is the class in most releases but also the one hospital of
the district the release is about (ไม่สามารถผลิตน้ำประปา...ให้บริการประชาชน โรงพยาบาลสมเด็จพระยุพราช และชุมชน, in
Tha Bo): it is taken for the class only with a word that makes it one (`_CLASS_CUE_AFTER`, `_CLASS_CUE_BEFORE`)."""
_CLASS_CUE_AFTER = re.compile(
    r"[ \t]*(?:ทั้ง|ทั่ว|ทุก|ต่าง ?ๆ|[0-9๐-๙]+[ \t]*แห่ง|(?:โรงพยาบาล|รพ\.)(?:ชุมชน)?เฉลิมพระเกียรติ|(?:โรงพยาบาล|รพ\.)ชัยพัฒน์)"
)
_CLASS_CUE_BEFORE = re.compile(r"(?:เครือข่าย|ยกระดับ|ที่ตั้งของ|กลุ่ม|เฉลิมพระเกียรติ[ \t]?และ|ว่า[ \t]?[“\"])[ \t]?$")
_SCHOOL = re.compile(r"(?:โรงเรียน|รร\.)")
_SCHOOL_CLASSES = frozenset({
    "ประจำ", "กวดวิชา", "เอกชน", "รัฐ", "นานาชาติ", "อนุบาล", "ประถมศึกษา", "มัธยมศึกษา", "ขยายโอกาส", "ต้นแบบ",
    "คุณภาพ", "นำร่อง", "เป้าหมาย", "ปลายทาง", "ตำรวจตระเวนชายแดน", "พระปริยัติธรรม", "สาธิต", "ชายแดน", "สังกัด",
    "ในสังกัด", "ขนาดเล็ก", "ขนาดกลาง", "ขนาดใหญ่", "เครือข่าย", "ประจำตำบล", "ประจำอำเภอ", "ประจำจังหวัด",
})
"""What a school's class is written as after its head (the kinds org_schools refuses as names, written alone)."""
_FOLLOWS_CLASS = (
    "ทั่ว", "ทุก", "ทั้ง", "ต่าง", "แห่ง", "และ", "หรือ", "กับ", "ของ", "ใน", "ที่", "ซึ่ง", "เป็น", "ได้", "จะ", "มี",
    "จำนวน", "อีก", "เพื่อ", "ให้", "จึง", "ก็", "แล้ว", "นั้น", "นี้", "เหล่านี้", "ฯลฯ",
)
"""Words that, glued after a class, go on with the sentence rather than name one member (โรงพยาบาลสมเด็จพระยุพราช
ทั่วประเทศ, ...ทั้ง 21 แห่ง, โรงพยาบาลค่ายและค่ายทหาร)."""
_OFFICE = re.compile(r"สำนักงาน(?:ภูมิภาค[\u0e01-\u0e4e\- ]*|ใน(?:ประเทศ)?ไทย|ในประเทศ|เลขานุการ)ฯ?")
"""An office named by its role for another body: a company's or agency's regional office (สำนักงานภูมิภาค,
...เอเชียแปซิฟิก, ...ฯ), its office in Thailand, a committee's secretariat (ในฐานะสำนักงานเลขานุการของ...). A
department's own secretariat is written with its owner glued (สำนักงานเลขานุการกรม) and is a longer span."""
_SENTENCE_START = re.compile(r"(?:^|[\n.:;!?•*]|(?:^|[\s:])[-–])[ \t\xa0]*$")
_ARTICLE = re.compile(r"The[ \t]+(?=[A-Z])")
_NOT_ALONE = frozenset({
    "Ministry", "Government", "Department", "Office", "Company", "Group", "Committee", "Council", "Commission", "Agency",
    "Bureau", "Board", "Organization", "Organisation", "Institute", "Bank", "Fund", "Center", "Centre", "Authority",
    "Corporation", "Association", "Foundation", "University", "Court", "Union", "Party",
})
"""A head left alone after the article: The Ministry of ... cut before its name, The Bank (the bank named before) is
fully equipped to ...: no name. `The Cabinet` is the cabinet (`Cabinet`, listed as the golds do) and is not here."""


def _thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def class_named(text: str, start: int, end: int) -> bool:
    """Is the span a hospital or a school named by its class: the head and a class word, with nothing glued
    after it but the sentence's next word?"""
    name = re.sub(r"[ \t]", "", text[start:end])
    if _CROWN_PRINCE.fullmatch(name):
        return bool(_CLASS_CUE_AFTER.match(text, end) or _CLASS_CUE_BEFORE.search(text, max(0, start - 24), start))
    for head, classes in ((_HOSPITAL, _HOSPITAL_CLASSES), (_SCHOOL, _SCHOOL_CLASSES)):
        m = head.match(name)
        if m is None or name[m.end():] not in classes:
            continue
        after = text[end:end + 12]
        return not after or not _thai_letter(after[0]) or after.startswith(_FOLLOWS_CLASS)
    return False


def member_end(text: str, start: int, end: int) -> int:
    """End of a crown-prince hospital whose district is written after a space (โรงพยาบาลสมเด็จพระยุพราช ปัว จังหวัดน่าน,
    ...| เดชอุดม): the district's name from the register, ending its word; else `end`. Glued districts are read by
    org_bounds.family_member_end."""
    if _CROWN_PRINCE.fullmatch(text[start:end]) is None or not text.startswith(" ", end):
        return end
    after, area = admin.longest_name(text, end + 1, ("district",))
    if area is None or (after < len(text) and _thai_letter(text[after])):
        return end
    return after


def generic_office(text: str, start: int, end: int) -> bool:
    """Is the span an office named only by its role (สำนักงานภูมิภาค, สำนักงานในประเทศไทย, สำนักงานเลขานุการ), or a
    common noun `precision.not_one` refuses? A name glued after it (สำนักงานเลขานุการกรม) makes a longer span."""
    if precision.not_one(text, start, end, "organisation"):
        return True
    name = text[start:end].rstrip()
    if _OFFICE.fullmatch(name) is None:
        return False
    return end >= len(text) or not _thai_letter(text[end]) or text.startswith(_FOLLOWS_CLASS, end)


def article_start(text: str, start: int, end: int) -> int:
    """Where an English name starts when `The` opens the sentence before it: after the article; -1 when only a
    bare head is left (The Ministry); else `start`."""
    m = _ARTICLE.match(text, start, end)
    if m is None or _SENTENCE_START.search(text, max(0, start - 8), start) is None:
        return start
    if text[m.end():end] in _NOT_ALONE:
        return -1
    return m.end()
