"""Municipalities named without their level: เทศบาลแม่เหียะ, เทศบาลนาจอมเทียน, and the abbreviated ทต./ทม./ทน.
(เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร) glued to the place: ทม.ลำพูน, ทต.เชียงม่วน.

organisations.find_local_bodies reads a municipality written with its level (เทศบาลตำบลบ้านแหลม, เทศบาลนครยะลา);
releases also drop the level ("นายกรัฐมนตรี ชื่นชมเทศบาลแม่เหียะ", "ส่งมอบให้เทศบาลนาจอมเทียนเป็นผู้ดูแลต่อไป",
"ในพื้นที่เทศบาลกาญจนบุรี": ~200 such in thaigov-v2) or write it short, and those were missed. The municipality is
a local government, which the golds list as an organisation (bench/heldout48 เทศบาลนครสกลนคร, heldout64's
องค์การบริหารส่วนตำบล...).

A city municipality named by a city the register lacks (`find_city_municipalities`): เทศบาลเมืองพัทยา (Pattaya City
is no subdistrict of the register, so the level's rule in organisations.find_local_bodies gave nothing and the place
finders took เมืองพัทยา), and the foreign ones releases write the same way, เทศบาลนครเซี่ยงไฮ้, เทศบาลนครโอซากา,
เทศบาลเมืองคุนหมิง (20 such mentions in thaigov-v2, every one the city's government acting or hosting). The city
must be a city in the gazetteer, ending on a word's end.

The place must be a subdistrict, district or province of the register, starting right after the head and not the
start of a longer word (เทศบาลลำนารายณ์ yes; เทศบาลและ..., เทศบาลในพื้นที่, เทศบาลภาคเหนือ no: no area there).
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import THAI_RUN, cut_at_stop, finditer_if, is_thai, on_boundary, words

_HEAD = re.compile(r"(?<![\u0e01-\u0e4e.])(?:ทต\.|ทม\.|ทน\.)(?=[\u0e01-\u0e4e])|เทศบาล(?!ตำบล|เมือง|นคร)(?=[\u0e01-\u0e4e])")
_OFFICE_BEFORE = re.compile(r"(?:สำนักงาน|โรงเรียน|สังกัด|ปลัด|ศูนย์|เขต)[ \t]?$")
"""สำนักงานเทศบาล..., โรงเรียนเทศบาล...: the municipality's office or school, another name; ปลัดเทศบาล..., a post;
ในเขตเทศบาลแม่สอด, the municipal area, a place."""
_SEGMENT_BEFORE = re.compile(r"[-–][ \t]?$")
_SEGMENT_AFTER = re.compile(r"[ \t]?[-–]")
"""ทล.205 คลองห้วยไผ่ - เทศบาลลำนารายณ์: the end of a road segment, a place (bench/heldout71's segment ends)."""
MAX_GLUED = 12
_CLAUSE = ("เป็น", "ได้", "จะ", "มี", "ให้", "ก็", "ด้วย", "ที่", "ซึ่ง", "และ", "ยัง", "จึง")
"""Words that start what is said of the municipality (เทศบาลระยอง|เป็นต้นแบบ, one word to newmm), not its name."""


def find_municipalities(text: str) -> list[tuple[int, int]]:
    """(start, end) of each municipality written เทศบาลPLACE or ทต./ทม./ทน.PLACE (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_HEAD, text, "เทศบาล", "ทต.", "ทม.", "ทน."):
        if _OFFICE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _SEGMENT_BEFORE.search(
            text, max(0, m.start() - 3), m.start()
        ):
            continue
        at = m.end()
        end, area = admin.longest_name(text, at, ("subdistrict", "district", "province"))
        run = THAI_RUN.match(text, at)
        if area is None or run is None or end - at < 3:
            continue
        ws = words(text[at:run.end()])
        if not ws or len(ws[0]) > end - at:
            continue  # the area's name is the start of a longer word
        if end < run.end():  # ทม.สุโขทัย|ธานี, เทศบาลปากน้ำ|หลังสวน, ทต.น้ำแพร่|พัฒนา: a longer name glued on
            longer = at + cut_at_stop(text[at:run.end()], end - at, verbs=True)
            if longer - end <= MAX_GLUED and len(words(text[end:longer])) == 1 and not text.startswith(_CLAUSE, end):
                end = longer  # one word glued on; not เทศบาลระยอง|เป็นต้นแบบ, a clause
        if _SEGMENT_AFTER.match(text, end):
            continue
        out.append((m.start(), end))
    return out


_LEVEL_ENGLISH = {"ทต.": "Subdistrict Municipality", "ทม.": "Town Municipality", "ทน.": "City Municipality",
                  "เทศบาล": "Municipality"}


def english_of(text: str, start: int, end: int) -> str | None:
    """The English of a municipality `find_municipalities` found: its area's official English (DOPA's register, the
    province named nearby settling a name several areas share) and the level the short form gives, or 'Municipality'
    alone for a bare เทศบาล (เทศบาลบึงกาฬ -> 'Bueng Kan Municipality'; ทต.เชียงม่วน -> 'Chiang Muan Subdistrict
    Municipality'). None when a word glued on makes the name longer than the area's (เทศบาลปากน้ำหลังสวน)."""
    head = next((h for h in _LEVEL_ENGLISH if text.startswith(h, start)), None)
    if head is None:
        return None
    at = start + len(head)
    found, area = admin.longest_name(text, at, ("subdistrict", "district", "province"))
    if area is None or found != end:
        return None
    settled = admin.resolve(text[at:end], area.level, text, start) or area
    return f"{settled.en} {_LEVEL_ENGLISH[head]}"


_CITY_HEAD = re.compile(r"เทศบาล(?:นคร|เมือง)(?=[\u0e01-\u0e4e])")


def find_city_municipalities(text: str, g: Gazetteer) -> list[tuple[int, int, str | None]]:
    """(start, end, English) of each เทศบาลนคร/เทศบาลเมือง + a gazetteer city the register lacks (module docstring);
    the English is the city's with 'Municipality' (Pattaya Municipality, Shanghai Municipality)."""
    out: list[tuple[int, int, str | None]] = []
    if g.regex is None:
        return out
    for m in finditer_if(_CITY_HEAD, text, "เทศบาล"):
        if _OFFICE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # ในเขตเทศบาลเมืองออสโล: the municipal area, a place; สำนักงานเทศบาล...: its office
        if admin.longest_name(text, m.end(), ("subdistrict", "district", "province"))[1] is not None:
            continue  # เทศบาลนครภูเก็ต: the register's own area, read by organisations.find_local_bodies
        hit = g.regex.match(text, m.end())
        if hit is None or not hit.group(0):
            continue
        term = g.terms.get(hit.group(0))
        end = hit.end()
        if term is None or term.type != "place" or term.kind != "city":
            continue
        if end < len(text) and is_thai(text[end]) and not on_boundary(text, m.start(), end, check_left=False):
            continue  # the city's name is the start of a longer word
        out.append((m.start(), end, f"{term.english} Municipality" if term.english else None))
    return out
