"""A school named after its pupils or teachers: นักเรียนจากโรงเรียนบ้านดุซงยอ, ครูโรงเรียนมหิดลวิทยานุสรณ์.

Releases name a school as a body where they name the people who belong to it: its pupils (นักเรียนโรงเรียน...,
นักเรียนจากโรงเรียน...), its teachers (ครูโรงเรียน...), its head (ผู้อำนวยการโรงเรียน..., ผอ.โรงเรียน...), or where it
is a party of a list after จาก/ของ/และ/ได้แก่/ร่วมกับ. The head rules take a school only when its name is a known one
(the gazetteer's) or ends with a word schools' names end with, so most village schools (โรงเรียนบ้าน...) were missed:
the read golds list them (heldout h-sets: `โรงเรียนบ้านดุซงยอ`, `โรงเรียนเผดิมศึกษา`, `โรงเรียนมหิดลวิทยานุสรณ์` among the
misses counted in session 20). A school after ณ/ที่ is the venue (a place, C3) and is left to the place rules: no cue
here is a venue word.

The name is โรงเรียน and the Thai run glued to it to the end of its chunk (a space, a bracket, a comma), with no stop
word or verb in it, four letters or more after the head, and not a class of schools (โรงเรียนในสังกัด,
โรงเรียนขนาดเล็ก, โรงเรียนประถมศึกษา, โรงเรียนตำรวจตระเวนชายแดน ...). `entities` calls `find` and
keeps a school where no other organisation of ours overlaps it (a name found by another rule keeps that rule's span).

Session 21: a school written bare, after a space, a line start or a bracket, is read too (a donation list's
`โรงเรียนหนองปลาหมอวิทยาคม จำนวน 900 ชุด`, a headline's subject), not after a venue word nor inside quotes (a project's or a
sign's name), not when its words start with a verb or การ/ความ/รอบ (โรงเรียนส่งเสริมสุขภาพ, โรงเรียนการเงิน: kinds), and
not beside a road, temple or market in a line that lists streets (a landmark of a flood warning's zones). A
temple school (โรงเรียนวัดจำปี) is a name, not the kind โรงเรียนวัด; a second name in brackets is part of the name
(โรงเรียนบางมด (ตันเปาว์วิทยาคาร)), a section or note is not (... (มัธยม), ... (เดิม)).
"""

from __future__ import annotations

import re

from briefing.thai.scan import (
    THAI_RUN,
    chunk_at,
    cut_at_stop,
    finditer_if,
    is_verb,
    next_chunk,
    prev_chunk,
    words,
)

_SCHOOL = re.compile(r"(?<!พื้นที่)(?P<cue>นักเรียน|นักเรียนจาก|ครู|ครูจาก|ผู้อำนวยการ|ผอ\.|ตัวแทน|จาก|ของ|และ|ได้แก่|ร่วมกับ|กับ|โดย|ประกอบด้วย)[ \t]?(?P<school>โรงเรียน)(?=[\u0e01-\u0e4e])")
_HEAD = "โรงเรียน"
_BARE = re.compile(r"(?<![\u0e01-\u0e4e.])โรงเรียน(?=[\u0e01-\u0e4e])")
"""A school written bare, after a space, a line start or a bracket (โรงเรียนหนองปลาหมอวิทยาคม จำนวน 900 ชุด: a donation's
recipient; a school in a headline's subject): named so, not glued to a word before it."""
_QUOTED = re.compile(r"[“\"'‘][ \t]?$")
"""A quoted โรงเรียน... is a project's or a sign's name (โครงการ “โรงเรียนยุติธรรมอุปถัมภ์”, ป้าย "โรงเรียนครอบครัว")."""
_THAI_AFTER = re.compile(r"[\u0e01-\u0e4e]")
_VENUE_BEFORE = re.compile(r"(?:ณ|ที่|พื้นที่|บริเวณ|ภายใน|หน้า)[ \t]?$")
_CLASS_STARTS = (
    "ใน", "ต่าง", "ทั่ว", "ทุก", "ที่", "ของ", "และ", "ขนาด", "ประถม", "มัธยม", "อนุบาล", "เอกชน", "รัฐ", "นำร่อง",
    "เป้าหมาย", "กลุ่ม", "เครือข่าย", "คุณภาพ", "ปลอด", "สังกัด", "ตำรวจตระเวนชายแดน", "ผู้สูงอายุ", "พระปริยัติธรรม",
    "ดี", "ต้นแบบ", "เรา", "นั้น", "นี้", "แห่ง", "เดิม", "เดียว", "บ้านเกิด", "ใกล้", "ชุมชน", "สาธิต", "วิถี", "สุจริต",
    "คู่", "ประจำ", "เอก", "ศูนย์", "ห้อง", "สอน", "กวดวิชา", "นานาชาติ", "พื้นที่", "ปลายทาง", "อื่น", "หลัก", "ละ",
    "เอง", "ร่วม", "ขยาย", "มัธยมศึกษา", "ประถมศึกษา", "การศึกษา", "เล็ก", "ใหญ่", "ชาย", "หญิง", "รัฐบาล", "เทศบาล",
    "ตชด", "ผู้", "นัก", "ครู", "จำนวน", "ทั้ง", "ได้", "จะ", "มี", "เป็น", "ให้", "เพื่อ", "แต่ละ", "วัดใน", "วัดต่าง", "วัดทั่ว", "วัดและ", "วัดหรือ", "วัดที่",
    "ห่างไกล", "ประกอบ", "เฉพาะ", "เรียนร่วม", "ดนตรี", "ครอบครัว", "พิการ", "ชายขอบ", "ชนบท", "ในเมือง", "เอกชน",
    "ทางไกล", "ออนไลน์", "มาตรฐาน", "ประจำอำเภอ", "ประจำจังหวัด", "คุณธรรม", "แห่งความสุข", "ปลอดภัย", "ปีละ", "กองทุน",
)
"""Words that start a class of schools or a phrase after โรงเรียน, not a school's name (โรงเรียนในสังกัด, โรงเรียนขนาดเล็ก,
โรงเรียนตำรวจตระเวนชายแดน, โรงเรียนผู้สูงอายุ, โรงเรียนเทศบาล, โรงเรียนวัด: kinds of schools)."""


_KINDS = frozenset({"แพทย์", "พยาบาล", "นายร้อย", "นายเรือ", "นายเรืออากาศ", "กีฬา", "ศิลปะ", "ดนตรี", "สอนขับรถ", "เสริมสวย"})
"""Kinds of school written whole after โรงเรียน (โรงพยาบาลของโรงเรียนแพทย์: medical schools)."""


_LANDMARKS = ("ถนน", "ซอย", "วัด", "ตลาด", "หมู่บ้าน", "สะพาน", "ชุมชน", "แยก", "สี่แยก", "ห้าง", "ค่าย", "สถานีรถไฟ")
_STREET = re.compile(r"(?:^|[ \t])(?:ถนน|ซอย|ตลาด|หมู่บ้าน|สะพาน|แยก|สี่แยก)[\u0e01-\u0e4e]")


def _among_landmarks(text: str, start: int, end: int) -> bool:
    """A bare school beside a spaced road, temple, market or village, in a line that lists streets or markets, is a
    landmark of a list of places (โซน 2 ถนนเจริญประเทศ ป่าไม้เชียงใหม่ โรงเรียนมงฟอร์ตประถม วัดชัยมงคล: the areas a
    flood warning names), not a body; schools and temples given a donation (ให้แก่ โรงเรียนวัดสองพี่น้อง ...
    วัดสองพี่น้อง) are listed with no street."""
    before, after = prev_chunk(text, start), next_chunk(text, end)
    if not any(c is not None and c.text.startswith(_LANDMARKS) for c in (before, after)):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return _STREET.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


_SECOND_NAME = re.compile(r"[ \t]?\(([\u0e01-\u0e4e]{4,30})\)")
_NOT_SECOND_NAME = ("เดิม", "ใหม่", "มัธยม", "ประถม", "อนุบาล", "เพิ่มเติม", "องค์การมหาชน", "ศูนย์", "โครงการ", "มหาวิทยาลัย",
                    "แผนก", "ฉบับ", "นักเรียน", "ตาม", "คง", "สังกัด", "วิทยาเขต", "ปัจจุบัน")


def _second_name_end(text: str, end: int) -> int:
    """A school's second name in brackets is part of its name: โรงเรียนคลองทวีวัฒนา (ทองท่วมอนุสรณ์), โรงเรียนบ้านเหล่า
    (รัฐราษฎร์บำรุง), as Thai schools are registered and the read golds write it (heldout127 h08); not a section, a
    former name or a note (โรงเรียนวัดราชบพิธ (มัธยม), ... (เดิม), ... (องค์การมหาชน), ... (ศูนย์อพยพ))."""
    m = _SECOND_NAME.match(text, end)
    if m is None or m.group(1).startswith(_NOT_SECOND_NAME):
        return end
    return m.end()


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each school named after its pupils, teachers, head or a list word."""
    out: list[tuple[int, int]] = []
    cued = {m.start("school") for m in finditer_if(_SCHOOL, text, _HEAD)}
    starts = list(cued)
    starts += [m.start() for m in finditer_if(_BARE, text, _HEAD)
               if not _VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _QUOTED.search(text, max(0, m.start() - 2), m.start())]
    for start in sorted(set(starts)):
        c = chunk_at(text, start)
        run = THAI_RUN.match(text, start)
        if c is None or run is None:
            continue
        name = text[start:min(c.end, run.end())]
        rest = name[len(_HEAD):]
        if len(rest) < 4 or rest.startswith(_CLASS_STARTS) or rest in _KINDS:
            continue
        if start not in cued and (rest.startswith(("การ", "ความ", "รอบ")) or is_verb(words(rest)[0])):
            continue  # โรงเรียนส่งเสริมสุขภาพ, โรงเรียนการเงิน, โรงเรียนรอบเขต...: a kind or a phrase, read bare
        if cut_at_stop(name, len(_HEAD), verbs=True) < len(name):
            continue  # โรงเรียนบ้านหนองบัวได้รับ...: a clause glued on, where the name ends is unclear
        if start not in cued and _among_landmarks(text, start, start + len(name)):
            continue
        out.append((start, _second_name_end(text, start + len(name))))
    names = {text[a:b] for a, b in out}
    for name in names:  # the same school again without a cue (ครูฝึก โรงเรียนทศพรวิทยา after ผู้อำนวยการโรงเรียนทศพรวิทยา)
        for m in re.finditer(re.escape(name), text):
            if _VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # ในพื้นที่โรงเรียนบ้านนาหลวง, ณ โรงเรียน...: the school's grounds, a place
            if not _THAI_AFTER.match(text, m.end()) and not any(a < m.end() and m.start() < b for a, b in out):
                out.append(m.span())
    return sorted(out)
