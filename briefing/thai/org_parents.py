"""A unit named with its parent body's short form after a space: กองสารนิเทศ สป.มท., สำนักงานปลัด อว., กรม สบส.

Releases name a division, office or working group by its own words and then, after one space, the short form of
the body it belongs to (issue 11, boundaries). The unit's words alone name no one body (กองสารนิเทศ: every ministry
has one), so a reader lists the unit with its parent as one organisation, as the read golds do in every such case
they have (bench/heldout20 สำนักงานปลัดกระทรวง อว., heldout33 สำนักงานปลัด อว., heldout35 กลุ่มประชาสัมพันธ์ สร.ศธ.,
heldout48 สำนักเลขาธิการ ครม. and กรม สบส., heldout62 คณะทำงานขับเคลื่อน ศบปภ., heldout79 กองสารนิเทศ สป.มท.), like
the dev gold's กระทรวง ดีอี. Before this the head rules took the short form alone (สป.มท., ครม.): the unit was
missed and the short form counted as a second, wrong name.

Counted on the archive (63k releases): a unit head and a known short form after one space in 1,864 releases, most
สำนักงาน + a body's own short form (สำนักงาน คปภ., read by organisations' bare-head rule); the units with a name of
their own (กองสารนิเทศ สป.มท. 52, สำนักงานปลัดกระทรวง อว. 55, ศูนย์วิจัย ธ.ก.ส. 46 ...) are
what this reads.

Left alone, on purpose:
- a unit with its parent written in full after a space (สำนักการสังคีต กรมศิลปากร): the read golds list those as
  two bodies in 11 of 12 cases, and so does the dev gold (ด่านศุลกากรแม่สอด | สำนักงานศุลกากรภาคที่ 3); a faculty
  with its university's full name is the exception, joined by org_faculties (the read golds join 4 of 5);
- a team of people (คณะผู้บริหาร พม., 'the ministry's executives'), an army, a fund (กองทัพ, กองทุน), and every
  กลุ่ม but a department's work group or press office (กลุ่มงาน..., กลุ่มประชาสัมพันธ์): กลุ่มลูกค้าสินเชื่อ ธ.ก.ส.,
  กลุ่มผู้ให้บริการโทรคมนาคม กสทช. are a bank's customers and a regulator's licensees (read on 2,500 releases);
- a district or province after the space (กลุ่มทอผ้า อ.วิภาวดี: อ. is a place, not a body);
- a list of short forms (กองทุน ววน. สกสว. ...: the first short form is one item of the list, not the unit's parent);
- a committee's secretariat (สทนช. ในฐานะฝ่ายเลขานุการ กนช., ฝ่ายเลขานุการร่วม คปร.): a role an agency plays for the
  committee, no unit of it; the committee is the body (heldout146 h03; about 100 such mentions in the archive, most
  after ในฐานะ).

This module reads the text, the gazetteer (which short forms are bodies) and the tokeniser; `entities` calls it.
"""

from __future__ import annotations

import re
from typing import Literal

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import finditer_if, is_thai, on_boundary, words

_UNIT = re.compile(
    r"(?:กรม|สำนักงานปลัดกระทรวง|สำนักงานปลัด|สำนักเลขาธิการ|สำนักเลขาฯ|คณะทำงาน[\u0e01-\u0e4e]{2,40}"
    r"|คณะ[\u0e01-\u0e4e]{2,20}ศาสตร์|กลุ่มประชาสัมพันธ์|(?:สำนัก(?!งาน)|กอง(?!ทัพ|ทุน|ร้อย)|ศูนย์|ฝ่าย|กลุ่มงาน)"
    r"[\u0e01-\u0e4e]{2,40})(?=[ \t](?:[\u0e01-\u0e2e]{1,6}\.))"
)
_PARENT_HEADS = ("กระทรวง", "กรม", "สำนักงาน", "สำนัก")
_TWO_BODIES = re.compile("และ(?:สำนัก|กรม|กระทรวง|ศูนย์|กอง|ฝ่าย|คณะ)")
_SHORT = re.compile(r"(?:[\u0e01-\u0e2e]{1,6}\.)+(?:[\u0e01-\u0e4e]{2,12}(?![\u0e01-\u0e4e.]))?")
_AREAS = ("อ.", "จ.", "ต.", "ม.", "กทม.", "พ.ศ.", "ค.ศ.", "น.", "ร.", "ถ.", "อบต.", "อบจ.", "อปท.", "ทต.", "รพ.สต.", "อสม.",
          "อส.", "อพม.")
"""Short forms that are places, dates or times, not a parent body (กลุ่มทอผ้า อ.วิภาวดี, กรม พ.ศ. 2545); กทม. after a
centre is where it is as often as whose (ศูนย์ช่วยเหลือสังคมชุมชนโค้งรถไฟยมราช กทม., a community in Bangkok); a local
body or health station with no place (ศูนย์พัฒนาเด็กเล็ก อบต., ศูนย์คัดกรอง รพ.สต.) is any such body's, and volunteers
(กลุ่มสมาชิก อสม.) are people."""
_BEFORE = ("ส่ง", "ใน", "ของ", "จาก", "ที่", "กับ", "โดย", "และ", "แก่", "ให้", "ต่อ", "ถึง", "ร่วม", "ทาง")
"""Words a unit's head is glued after (ส่งสำนักเลขาธิการ ครม.: newmm keeps ส่ง apart, but not every such word)."""
_ROLES = ("ฝ่ายเลขานุการ", "ฝ่ายเลขาฯ")
"""A secretariat a body serves as for a committee (module docstring): its role, not a unit with that parent."""
_CLAUSE = frozenset({"ได้", "จะ", "เป็น", "ให้", "ที่", "ซึ่ง", "หรือ", "ของ", "ใน", "โดย", "เพื่อ", "มี", "ไป", "มา"})


def _parent_end(text: str, pos: int, g: Gazetteer) -> int:
    """End of a known body's short form at `pos` (== pos: none): สป.มท., ครม., ธ.ก.ส., มทร.ธัญบุรี, สร.ศธ. (its last
    dotted piece a known body), never a place or a date."""
    m = _SHORT.match(text, pos)
    if m is None or text.startswith(_AREAS, pos):
        return pos
    whole = m.group(0)
    for end in range(len(whole), 1, -1):  # the longest known body that the short form starts with
        term = g.terms.get(whole[:end])
        if term is not None and term.type == "organisation" and "." in whole[:end] and (
            pos + end == len(text) or not is_thai(text[pos + end]) or whole[end - 1] == "."
        ):
            return pos + end
    pieces = [p + "." for p in whole.rstrip(".").split(".")] if whole.endswith(".") else []
    if len(pieces) >= 2 and all(len(p) <= 5 for p in pieces):
        term = g.terms.get(pieces[-1])
        if term is not None and term.type == "organisation":
            return pos + len(whole)  # กลุ่มประชาสัมพันธ์ สร.ศธ.: the office (สร.) of a known ministry (ศธ.)
    return pos


def find_units_with_parent(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each unit written with its parent's short form after one space (module docstring)."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_UNIT, text, "กรม", "สำนัก", "กอง", "ศูนย์", "ฝ่าย", "กลุ่ม", "คณะ"):
        start, unit_end = m.start(), m.end()
        if start and is_thai(text[start - 1]) and not text.endswith(_BEFORE, 0, start) and not on_boundary(
            text, start, unit_end
        ):
            continue  # inside another word
        if text.startswith(_ROLES, start):
            continue  # ในฐานะฝ่ายเลขานุการ กนช.: the committee's secretariat, a role
        name = words(text[start:unit_end])
        if name[-1] == "และ" or len(name) > 1 and any(w in _CLAUSE or w in _SAYS for w in name[1:]):
            continue  # ศูนย์ข่าว|รายงาน ครม.: a clause, not a unit's name
        if text.endswith(_PARENT_HEADS, start + 3, unit_end) and text[start:unit_end] != "สำนักงานปลัดกระทรวง":
            continue  # ศูนย์รับบริจาค|กระทรวง พม.: the ministry is "กระทรวง พม." (organisations' bare-head rule), the
            # centre's words end before it (tests/test_organisations_round5.py)
        if _TWO_BODIES.search(text, start, unit_end):
            continue  # สำนักงบประมาณและสำนักงาน ก.พ.ร.: two bodies, the second with its own short form
        parent = unit_end + 1
        end = _parent_end(text, parent, g)
        if end == parent:
            continue
        term = g.terms.get(text[parent:end])
        if term is not None and term.canonical == text[start:unit_end]:
            continue  # กรมป้องกันและบรรเทาสาธารณภัย ปภ.: the body and its own short form, two mentions
        after = text[end:end + 8]
        if re.match(r"[ \t](?:[\u0e01-\u0e2e]{1,6}\.)", after) and _parent_end(text, end + 1, g) > end + 1:
            continue  # a list of short forms
        out.append((start, end))
    return out


_SAYS = frozenset({"กล่าว", "เปิดเผย", "รายงาน", "แจ้ง", "ร่วม", "เข้าร่วม", "ส่ง", "มอบ", "นำ", "พร้อม", "ขอ", "ลง", "รับ",
                   "ทุก", "แห่ง", "นี้", "ดังกล่าว", "ต่าง", "ต่างๆ", "ว่า", "กล่าวว่า", "สังกัด", "ภายใต้", "จาก",
                   "หน่วยงาน"})
"""Words that make what stands before the space a clause or a class, not a unit's name (ศูนย์ข่าว|รายงาน ครม.,
สำนักนายกรัฐมนตรี|กล่าวว่า ครม., ศูนย์พัฒนาเด็กเล็ก|สังกัด อปท., คณะทำงาน|ภายใต้ กนป.: every such centre or group);
the verbs units are named by (สารนิเทศ, วิจัยและพัฒนา, ขับเคลื่อน, รับบริจาค) stay."""


def english(surface: str, g: Gazetteer) -> tuple[str, Literal["listed"]] | None:
    """The glossary's English of a unit written with its parent's short form, when the unit and the parent's full
    name make a name the glossary holds: สำนักงานปลัดกระทรวง อว. and สำนักงานปลัด อว. are the listed Office of the
    Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation; สำนักเลขาธิการ ครม. the
    Secretariat of the Cabinet; กรม สบส. (the head, then the department's own short form) the department. These had no
    English in the side panel (about 70 such mentions in 1,500 random releases); a unit with a name of its own
    (กองสารนิเทศ สป.มท.) is translated by its words elsewhere."""
    unit, _, parent = surface.rpartition(" ")
    unit = unit.strip()
    term = g.terms.get(parent)
    if not unit or term is None or term.type != "organisation":
        return None
    full = term.canonical or parent
    names = [unit + full] + [unit[:-n] + full for n in range(1, len(unit)) if full.startswith(unit[-n:])]
    if full.startswith(unit):
        names.append(full)
    for name in names:
        known = g.terms.get(name)
        if known is not None and known.type == "organisation" and known.english:
            return known.english, "listed"
    return None
