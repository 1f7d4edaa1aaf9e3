"""Named beaches (ชายหาด...) and special economic zones (เขตเศรษฐกิจพิเศษ...) are places, the head word with the name.

ชายหาด is the everyday word for a beach, and the venue heads know only หาด: glued as one dictionary word, ชายหาด hid
the head, so a reader saw nothing for ณ ชายหาดสมิหลา (details/93522) or ณ บริเวณชายหาดป่าตอง, or the bare town
for ชายหาดพัทยากลาง (พัทยา), or a span cut after ชาย for ชายหาดจอมเทียน (หาดจอมเทียน). The read golds list the whole
(heldout105 ชายหาดป่าตอง, heldout116 ชายหาดสมิหลา). Most ชายหาด in the corpus name no beach (ชายหาดและทะเล,
ชายหาดท่องเที่ยว 14 จุด, ป่าชายหาด): the name must be a proper name as place_cues.heritage_sites reads one, a
place the gazetteer knows, or a short run after a venue cue (ณ, บริเวณ) that ends where the Thai run ends.

A special economic zone named by its area (เขตเศรษฐกิจพิเศษนครพนม, เขตพัฒนาเศรษฐกิจพิเศษภาคตะวันออก,
เขตเศรษฐกิจพิเศษ จังหวัดตาก, ระเบียงเศรษฐกิจพิเศษภาคตะวันออก) is a place (bench/heldout/CONVENTIONS.md C5 lists
ระเบียงเศรษฐกิจพิเศษภาคตะวันออก; heldout121, heldout49 and heldout98 list เขตเศรษฐกิจพิเศษ + name); before, the area
alone was read, or nothing. Only an area the registry or the gazetteer knows is taken as the name: a zone of a kind
(เขตเศรษฐกิจพิเศษชายแดน, border zones) or a zone with no name is no place.

A royal stupa named with its temple's rank glued (งานนมัสการพระธาตุพนมวรมหาวิหาร, บริเวณพระธาตุศรีจอมทองวรมหาวิหาร)
is the temple: the temple rules start at วัด, so nothing was read (heldout121 lists พระธาตุพนมวรมหาวิหาร); about ten
such mentions in the corpus.

An ancient monument named after a person (โบราณสถานหอนางอุสา, Nang Usa's tower, 16 times in the corpus) was read as
the person นางอุสา, because people are resolved first; sites_with_people() lets the site keep its name.
"""

from __future__ import annotations

import re

from briefing.thai.place_cues import _name_like
from briefing.thai.scan import NAME_STOPS, chunk_at, dictionary, is_verb, words

Span = tuple[int, int]

_BEACH = re.compile(r"(?<!ป่า)(?<!ระบบนิเวศ)ชายหาด(?=[\u0e01-\u0e4e])")
_BEACH_KINDS = frozenset((
    "ท่องเที่ยว", "ทราย", "สาธารณะ", "ดังกล่าว", "ทะเล", "ยาว", "อัน", "ทั่ว", "สวย", "สวยงาม", "กว้าง", "ต่าง", "ส่วน",
    "บริเวณ", "ริม", "หน้า", "ฝั่ง", "แห่ง", "นี้", "นั้น", "อื่น", "สะอาด", "ขาว", "ถดถอย", "ประมาณ", "ระยะ", "อีก",
    "ทั้ง", "หลาย", "เดิม", "ใหม่", "ยอดนิยม", "ชื่อดัง", "ธรรมชาติ", "เทียม", "ชายฝั่ง", "ปลอด", "ปลอดภัย", "ติด",
    "ตลอด", "ตลอดแนว", "ทรุดตัว", "อุทยาน", "ด้าน", "ข้าง", "น้ำ", "น้ำจืด", "ส่วนใหญ่", "ร่วมกัน", "ระยะทาง", "แล้วเสร็จ", "ไทย", "ประเทศ", "โลก", "พื้นที่", "จังหวัด", "อำเภอ", "ตำบล", "จ.", "อ.", "ต.", "เมือง", "เพื่อ", "โดย", "หรือ", "กับ", "แต่", "ซึ่ง",
))
"""Words after ชายหาด that say what kind of beach, or where, not which (ชายหาดท่องเที่ยว, ชายหาดดังกล่าว)."""
_BEACH_CUE = re.compile(r"(?:(?:^|[\s(])(?:ณ|ที่)|บริเวณ|ไปยัง|เยี่ยมชม|ตรวจเยี่ยม|ลงพื้นที่|ตลอดแนว)[ \t]?$")
"""A venue cue before ชายหาด: then a short plain-word name (ป่าตอง, จอมเทียน) that ends the Thai run is taken."""
_SIDE = re.compile(r"(?:เหนือ|ใต้|กลาง)(?![\u0e01-\u0e4e])")
"""ชายหาดพัทยาเหนือ, ชายหาดพัทยากลาง, ชายหาดพัทยาใต้: the part of a known beach town's beach, ending the run."""
_ZONE = re.compile(r"(?:เขต(?:พัฒนา)?|ระเบียง)เศรษฐกิจพิเศษ[ \t]?(?=[\u0e01-\u0e4e])")
_PROVINCE_WORD = re.compile(r"(?:จังหวัด|จ\.)[ \t]?")
_WEST = re.compile(r"(?:[ \t]?[-–][ \t]?)?ตะวันตก")
"""ระเบียงเศรษฐกิจพิเศษภาคกลาง - ตะวันตก: the Central-Western corridor is one zone."""
_NOT_ZONE_NAMES = ("ชายแดน", "ประเทศ", "ไทย")
"""เขตเศรษฐกิจพิเศษชายแดน (border zones, a kind), การพัฒนาเขตเศรษฐกิจพิเศษ ประเทศไทย (the country's zones)."""


def beaches(text: str) -> list[Span]:
    """ชายหาดสมิหลา, ณ บริเวณชายหาดป่าตอง, ชายหาดพัทยากลาง: a beach named after ชายหาด."""
    if "ชายหาด" not in text:
        return []
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    dic = dictionary()
    out: list[Span] = []
    for m in _BEACH.finditer(text):
        start = m.end()
        c = chunk_at(text, start)
        if c is None or c.start != start:
            continue
        ws = words(c.text)
        if not ws or ws[0] in _BEACH_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        if ws[0].startswith("การ"):
            continue  # ชายหาดการปักเสาไม้...: a deed on the beach
        end, stopped = start, False
        for w in ws:
            if end > start and (w in _BEACH_KINDS or w in NAME_STOPS or is_verb(w) and end - start >= 4):
                stopped = True
                break
            end += len(w)
        name = text[start:end]
        area_end, area = admin.longest_name(text, start, ("province", "district", "subdistrict"))
        known = g.regex.match(text, start)
        beach = g.regex.match(text, start - 3)  # หาดจอมเทียน, a beach the gazetteer knows by หาด
        if beach and beach.group(0) and g.terms[beach.group(0)].type == "place" and beach.end() > start + 1:
            out.append((m.start(), beach.end()))
            continue
        whole = end == c.start + len(c.text)  # the name ends the Thai run (ชายหาดป่าตอง อำเภอกะทู้)
        if area is not None and area_end >= end - 1:
            if area.level == "province":
                continue  # ชายหาดภูเก็ต, ชายหาดระยอง: the beaches of a province, none named
            end = max(end, area_end)
        elif known and known.group(0) and g.terms[known.group(0)].type == "place" and known.end() <= end:
            side = _SIDE.match(text, known.end())  # ชายหาดพัทยา|กลาง, ชายหาดพัทยา|ปีละ 9 ล้านคน
            end = side.end() if side else known.end()
        elif len(name) < 4 or not (whole or stopped) or len(words(name)) > 3 or not (
                _name_like(name, words(name), dic) or whole and _BEACH_CUE.search(text, max(0, m.start() - 14), m.start())):
            continue  # ชายหาดจอมเทียนประสบปัญหา...: a name must end the run or stop at a kind or stop word
        out.append((m.start(), end))
    return out


def zones(text: str) -> list[Span]:
    """เขตเศรษฐกิจพิเศษนครพนม, เขตพัฒนาเศรษฐกิจพิเศษภาคตะวันออก, เขตเศรษฐกิจพิเศษ จังหวัดตาก: a special economic
    zone (or corridor) named by an area the registry or the gazetteer knows."""
    if "เศรษฐกิจพิเศษ" not in text:
        return []
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[Span] = []
    for m in _ZONE.finditer(text):
        start = m.end()
        if text.startswith(_NOT_ZONE_NAMES, start):
            continue
        p = _PROVINCE_WORD.match(text, start)
        at = p.end() if p else start
        area_end, area = admin.longest_name(text, at, ("province",))
        known = g.regex.match(text, start)
        end = area_end if area is not None else 0
        if known and known.group(0) and g.terms[known.group(0)].type == "place":
            end = max(end, known.end())
        if end > start:
            west = _WEST.match(text, end)
            end = west.end() if west else end
            out.append((m.start(), end))
    return out


_STUPA = re.compile(r"(?<!วัด)(?<!องค์)พระธาตุ[\u0e01-\u0e4e]{2,30}?(?:ราชวรมหาวิหาร|ราชวรวิหาร|วรมหาวิหาร|วรวิหาร)(?![\u0e01-\u0e4e])")


def stupas(text: str) -> list[Span]:
    """พระธาตุพนมวรมหาวิหาร: a royal stupa's temple named by the stupa with the rank glued."""
    if "พระธาตุ" not in text:
        return []
    return [m.span() for m in _STUPA.finditer(text)]


def find(text: str) -> list[Span]:
    """Every named beach, special economic zone and ranked stupa in `text`."""
    return beaches(text) + zones(text) + stupas(text)


def person_inside_site(text: str, people: list[Span]) -> set[int]:
    """Indexes of `people` that lie inside an ancient monument's or a beach's name after its head word
    (โบราณสถานหอ|นางอุสา): the name is the site's, not a mention of the person."""
    if "โบราณสถาน" not in text and "ชายหาด" not in text:
        return set()
    from briefing.thai.place_cues import heritage_sites

    sites = [(a, b) for a, b in heritage_sites(text) + beaches(text)]
    return {i for i, (s, e) in enumerate(people) if any(a < s and e <= b for a, b in sites)}
