"""Field units named by a code or a place: the army's task forces (ฉก.), forest protection units, the volunteer
defence corps of one district.

Provincial releases (a governor's raid, a border patrol) name the units that took part by codes the head rules
do not read as names (each kind was counted and read on corpus releases):

- a task force and its code or name: ฉก.3, ฉก.ทพ.21, ฉก.ร.25, ฉก.พญานาคราช (in 99 releases, `find_task_forces`);
- a forest protection unit and its provincial code: หน่วยป้องกันรักษาป่าที่ ศก.1, หน่วยป้องกันรักษาป่าที่ พร.5
  (`find_forest_units`);
- the numbered company of a district's or province's volunteer defence corps, written with spaces:
  กองอาสารักษาดินแดน อำเภอขุนหาญ ที่ 6, กองอาสารักษาดินแดน อำเภอน้ำยืนที่ 8 (`find_volunteer_corps`; the glued
  กองอาสารักษาดินแดนจังหวัดลำปาง is the gazetteer's provincial branch);
- a royal rainmaking unit and the province or region it flies from: หน่วยปฏิบัติการฝนหลวงจังหวัดเชียงใหม่,
  หน่วยปฏิบัติการฝนหลวง จังหวัดลพบุรี, หน่วยปฏิบัติการฝนหลวงภาคเหนือ (in about 25 releases; the bare
  หน่วยปฏิบัติการฝนหลวง is a kind of unit, counted: "หน่วยปฏิบัติการฝนหลวง จำนวน 11 หน่วย") (`find_rainmaking_units`);
- a centre named with the province or region it serves, one unspaced word: ศูนย์ศึกษาและพัฒนาชุมชนนครราชสีมา,
  ศูนย์อุตุนิยมวิทยาภาคเหนือ, ศูนย์คุ้มครองคนไร้ที่พึ่งกรุงเทพมหานคร, สถานีพัฒนาที่ดินตาก (`find_area_centres`; the
  head rules need a known name after ศูนย์, so they took the place alone; golds list ศูนย์เมล็ดพันธุ์ข้าวพะเยา and
  ศูนย์วิจัยและพัฒนาการเพาะเลี้ยงสัตว์น้ำจืดนครปฐม as organisations);
- a numbered company of rangers or soldiers (four digits, which the head rules' unit numbers do not reach) and a
  border patrol police company: กองร้อยทหารพรานที่ 2109, ร้อย ตชด.237, กก.ตชด.23, ตชด.245 (in 52 releases,
  `find_numbered_companies`);
- a company's Thai short form, its name cut with ฯ: บริษัท โตโยต้าฯ, บริษัทอินฟินีออนฯ, บริษัท อาคเนย์ฯ (in 241
  releases; `find_company_short_forms`; heldout32's gold lists บริษัทอินฟินีออนฯ).

This module reads the text, the gazetteer (for the place a unit is named after) and the tokeniser; `entities` calls it.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import finditer_if, is_thai, on_boundary, words
from briefing.thai.wordlists import word_set, word_tuple

_TASK_FORCE = re.compile(
    r"(?<![\u0e01-\u0e4e])ฉก\.[ \t]?(?:"
    r"[0-9๐-๙]{1,3}(?![0-9๐-๙.,])"  # ฉก.3, ฉก. 30
    r"|(?:[\u0e01-\u0e2e]{1,4}\.){1,3}(?:[ \t]?[0-9๐-๙]{1,3}(?![0-9๐-๙.,]))?"  # ฉก.ทพ.21, ฉก.ร.25, ฉก.ชน.
    r"|[\u0e01-\u0e4e]{3,14}(?=[ \t\n),]|$)"  # ฉก.พญานาคราช, ฉก.ลาดหญ้า: a name that ends at a space or bracket
    r")"
)
"""A task force (หน่วยเฉพาะกิจ, ฉก.) and its number, unit code or name: ฉก.3 กกล.สุรนารี, ฉก.ทพ.21 กองกำลังสุรนารี,
(ฉก.พญานาคราช) เปิดเผยว่า."""

_NOT_TASK_NAMES = ("และ", "ที่", "ของ", "ใน", "โดย", "ชุด", "งาน", "รัฐบาล", "ผู้")
"""ฉก. ชุดใหญ่, ฉก.งานสายตรวจ, ฉก.รัฐบาล, ฉก.ผู้ว่าฯ: a kind of team or its owner, not a unit's name."""

_FOREST_UNIT = re.compile(
    r"หน่วยป้องกันรักษาป่าที่[ \t]?[\u0e01-\u0e2e]{1,3}\.[ \t]?[0-9๐-๙]{0,3}(?![0-9๐-๙])"
    r"(?:[ \t]?\([\u0e01-\u0e4e][\u0e01-\u0e4e \t-]{1,30}\))?"
)
"""หน่วยป้องกันรักษาป่าที่ ศก.1 (Si Sa Ket's unit 1): the code is the province's abbreviation and a number; the
station's name in brackets after it is part of the name (หน่วยป้องกันรักษาป่าที่ ชย.6 (วังตะเข้)), not a second
body or a place."""

_VOLUNTEER_CORPS = re.compile(
    r"กองอาสารักษาดินแดน[ \t](?P<area>(?:อำเภอ|จังหวัด)[\u0e01-\u0e4e]{2,30}?)"
    r"(?P<number>[ \t]?ที่[ \t]?[0-9๐-๙]{1,2}(?![0-9๐-๙]))(?=[ \t\n,)]|$)"
)
"""กองอาสารักษาดินแดน อำเภอขุนหาญ ที่ 6: the corps' numbered company of a district, spaced from its head word. Without
the number the district stays a place of its own (กองอาสารักษาดินแดน อำเภอบางละมุง: heldout2's gold lists the corps
and the district apart)."""


def find_task_forces(text: str) -> list[tuple[int, int]]:
    """Spans of ฉก. and the code or name after it."""
    out = []
    for m in finditer_if(_TASK_FORCE, text, "ฉก."):
        tail = m.group(0)[3:].strip()
        if tail.startswith(_NOT_TASK_NAMES):
            continue  # ฉก.และ...: not a code
        out.append((m.start(), m.end()))
    return out


def find_forest_units(text: str) -> list[tuple[int, int]]:
    """Spans of forest protection units named with their provincial code."""
    return [(m.start(), m.end()) for m in _FOREST_UNIT.finditer(text)]


def find_volunteer_corps(text: str) -> list[tuple[int, int]]:
    """Spans of a district's or province's volunteer defence corps written with a space after the head."""
    return [(m.start(), m.end()) for m in _VOLUNTEER_CORPS.finditer(text)]


_RAINMAKING = re.compile(r"หน่วยปฏิบัติการฝนหลวง[ \t]?(?=จังหวัด|ภาค)")
_AREA_KINDS = frozenset({"province", "region"})


def find_rainmaking_units(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of a rainmaking unit named with a province or region the gazetteer knows (the name ends where it
    does: หน่วยปฏิบัติการฝนหลวงจังหวัดเชียงใหม่|ว่า)."""
    assert g.regex is not None
    out = []
    for m in _RAINMAKING.finditer(text):
        place = g.regex.match(text, m.end())
        if place and place.group(0) and g.terms[place.group(0)].kind in _AREA_KINDS:
            out.append((m.start(), place.end()))
    return out


_CENTRE = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:ศูนย์|สถานี(?=พัฒนาที่ดิน|อุตุนิยมวิทยา|วิจัย))[\u0e01-\u0e4e]{5,70}(?![\u0e01-\u0e4e])"
)
_NOT_CENTRE = word_tuple("org_words.toml", "org_units.not_centre")
"""ศูนย์กลางการบินในภาคเหนือ (a hub), ศูนย์ราชการจังหวัดระนอง (the government complex, a place), convention and
shopping centres and ศูนย์สอบ... (venues), ศูนย์ฉีด... (a vaccination point); ศูนย์ดำรงธรรม... has its own rules."""
_NOT_BEFORE_AREA = word_tuple("org_words.toml", "org_units.not_before_area")
"""ศูนย์กระจายสินค้าในพื้นที่จังหวัด...: where a kind of centre is; ศูนย์จังหวัด|ตาก: the area split, no name."""
_OWNED = ("เทศบาล", "มหาวิทยาลัย", "กรม", "โรงพยาบาล", "องค์การ", "กระทรวง", "สำนักงาน", "ศูนย์", "หรือ")
"""A body inside the word (ศูนย์แพทย์มหาวิทยาลัย..., ...สำนักงานเจ้าท่า...สาขากระบี่) or a second centre: not one name."""
_CENTRE_AREAS = frozenset({"province", "region"})


def find_area_centres(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of one-word centres whose name ends with a province or region the gazetteer knows."""
    assert g.regex is not None
    out = []
    for m in finditer_if(_CENTRE, text, "ศูนย์", "สถานี"):
        word = m.group(0)
        if word.startswith(_NOT_CENTRE):
            continue
        head = 5 if word.startswith("ศูนย์") else 5 + 4
        for p in range(m.start() + head + 3, m.end() - 2):
            place = g.regex.match(text, p)
            if not place or place.end() != m.end() or not place.group(0):
                continue
            if g.terms[place.group(0)].kind not in _CENTRE_AREAS:
                continue
            if not on_boundary(text, p, m.end()):
                break  # ศูนย์มรดกโลกได้เผย|แพร่: the province's name is the tail of a word
            middle = text[m.start() + head:p]
            if not middle.endswith(_NOT_BEFORE_AREA) and not any(o in middle for o in _OWNED):
                out.append((m.start(), m.end()))
            break
    return out


_NUMBERED_COMPANY = re.compile(
    r"(?:กองร้อย|กองพัน)[\u0e01-\u0e4e]{0,30}?ที่[ \t]?[0-9๐-๙]{4}(?![0-9๐-๙])"
    r"|(?:ร้อย[ \t.]?|(?<![\u0e01-\u0e4e])กก\.)?ตชด\.[ \t]?[0-9๐-๙]{2,3}(?![0-9๐-๙])"
)
"""กองร้อยทหารพรานที่ 2109, กองร้อยเฉพาะกิจทหารพรานที่ 2110; ร้อย ตชด.237 (a border patrol police company), กก.ตชด.23
(its regiment), ตชด.245: the number names the unit, without it ตชด. is the whole Border Patrol Police. Not กก. inside
a post (ผกก.ตชด.32, the regiment's superintendent: the unit is ตชด.32)."""


def find_numbered_companies(text: str) -> list[tuple[int, int]]:
    """Spans of numbered ranger, army and border patrol police companies."""
    return [(m.start(), m.end()) for m in finditer_if(_NUMBERED_COMPANY, text, "กองร้อย", "กองพัน", "ตชด.")]


_COMPANY_SHORT = re.compile(r"บริษัท[ \t]?(?P<name>[\u0e01-\u0e2e\u0e30-\u0e4e]{2,25})ฯ")
_NOT_COMPANY_NAME = word_set("org_words.toml", "org_units.not_company_name")
"""บริษัทจดทะเบียนในตลาดหลักทรัพย์ฯ, บริษัทชั้นนำของสหรัฐฯ, บริษัทจัดหางานฯ, บริษัทลูกฯ, บริษัทที่ปรึกษาฯ,
บริษัทนวัตกรรมฯ: a kind of company (the first word says which), not one company's name."""


def find_company_short_forms(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of บริษัท and a name cut with ฯ (บริษัท โตโยต้าฯ), not a kind of company and not a place or body whose
    own short form ends with ฯ (บริษัทสหรัฐฯ, บริษัทในนิคมฯ, บริษัทลูกของการรถไฟฯ)."""
    out = []
    for m in _COMPANY_SHORT.finditer(text):
        name = m.group("name") + "ฯ"
        parts = words(m.group("name"))
        if not parts or parts[0] in _NOT_COMPANY_NAME or name.startswith(_NOT_COMPANY_START) or any(
            name.endswith(k) for k in _short_terms(g)
        ):
            continue
        if len(parts) > 3 or any(w in _CLAUSE_WORDS for w in parts):
            continue  # บริษัทผู้รับประกันจะส่งกรมธรรม์ฯ: a clause cut with ฯ, not a name
        if m.start() and is_thai(text[m.start() - 1]) and not on_boundary(text, m.start(), m.start() + len("บริษัท")):
            continue
        if text.startswith(("จำกัด", " จำกัด"), m.end()):
            continue  # บริษัท วิงสแปนฯ จำกัด: the company rules read the whole legal name
        out.append((m.start(), m.end()))
    return out


_NOT_COMPANY_START = ("แอป", "ในเครือ", "ซาอุ")
"""บริษัทแอปฯ (loan-app companies), บริษัทในเครือฯ (the group's companies), บริษัทซาอุดีฯ (Saudi companies): newmm
reads these first words otherwise than the list above."""
_CLAUSE_WORDS = frozenset({"จะ", "และ", "ต้อง", "ส่ง", "ได้", "ให้", "ที่"})

_SHORT_TERMS: dict[int, tuple[Gazetteer, tuple[str, ...]]] = {}


def _short_terms(g: Gazetteer) -> tuple[str, ...]:
    """The gazetteer's names that end with ฯ (สหรัฐฯ, กรุงเทพฯ, ตลาดหลักทรัพย์ฯ, การรถไฟฯ), once per gazetteer (the
    entry holds its gazetteer, so a new one at a collected one's address is not taken for it)."""
    held = _SHORT_TERMS.get(id(g))
    if held is None or held[0] is not g:
        held = (g, tuple(k for k in g.terms if k.endswith("ฯ")) + ("นิคมฯ", "โครงการฯ", "องค์กรฯ", "คณะกรรมการฯ", "อุตฯ"))
        _SHORT_TERMS.clear()
        _SHORT_TERMS[id(g)] = held
    return held[1]


def find_units(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Every field unit this module reads."""
    return (find_task_forces(text) + find_forest_units(text) + find_volunteer_corps(text)
            + find_rainmaking_units(text, g) + find_area_centres(text, g) + find_company_short_forms(text, g)
            + find_numbered_companies(text))


def ends_as_clause(text: str, start: int, end: int) -> bool:
    """Does a found name end with the copula เป็น, so that it is a clause, not a name? มหาวิทยาลัยเข้าสู่การเป็น
    (AI University), ธนาคารออมสินมุ่งขับเคลื่อนสู่การเป็น...: the head is the subject of 'become'. No name
    ends so (read on 209 corpus hits of a head, up to 30 letters and เป็น; จำเป็น is one word of its own)."""
    if not text.endswith("เป็น", 0, end):
        return False
    tail = words(text[max(start, end - 20):end])
    return bool(tail) and tail[-1] == "เป็น"
