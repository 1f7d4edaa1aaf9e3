"""An international body's office in Thailand, or a company's Thai subsidiary, written with the country after the
name: one organisation.

Releases name the Thai office of a UN agency or a development bank by the body and the country, glued or after a
space, with or without แห่ง: `นางคิม คยองซัน ผู้แทนองค์การยูนิเซฟ ประเทศไทย`, `พม. หารือยูนิเซฟ ประเทศไทย`, `UNDP
ประเทศไทยจับมือกรุงไทย`, `ร่วมกับยูเนสโกประเทศไทย`, `ผู้อำนวยการองค์การยูนิเซฟ แห่งประเทศไทย` (about 200 such mentions in
thaigov-v2 besides the ประจำประเทศไทย form, which org_bounds.posted_end reads). The name stopped at the body's and the
country came out as a place of its own; the read golds list the whole (bench/heldout25 h03, 130 h03, 137 h06: three
of three). Only a body the glossary knows as international is read so (a Thai body followed by ประเทศไทย is another
phrase: ธนาคารกรุงไทย ประเทศไทย is not written).

A company's Thai subsidiary is written with the country in brackets after its name, often without the legal form:
`ขอขอบคุณ บริษัท HP Inc (Thailand) ที่ได้สนับสนุน`, `บริษัท Midea (Thailand) ผู้ผลิตเครื่องใช้ไฟฟ้า`, `ประธานบริษัท
AstraZeneca (ประเทศไทย)`, `Fitch Ratings (Thailand)`. The name stopped before the bracket (and Thailand came out as a
place); the read golds list it with the bracket in all 10 such entries (heldout17 h01 `Fitch Ratings (Thailand)`,
heldout45 h07 `บริษัท Wus Printed Circuit (Thailand)`, `หัวเว่ย เทคโนโลยี่ (ประเทศไทย)`, `แอสตร้าเซนเนก้า (ประเทศไทย)`...).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer

_COUNTRY = re.compile(r"[ \t]?(?:แห่ง)?ประเทศไทย(?!ฯ)")
_CLAUSE_AFTER = re.compile(r"[ \t]?(?:ก็|จะ|ยัง|ต้อง|ควร|จึง|เป็น|มี|ไม่|ใน)")
"""Thailand as the subject of the next clause, not the office: ก่อนหน้าการประกาศของ WHO ประเทศไทยก็พบผู้ป่วย,
การเข้าเป็นสมาชิก OECD ประเทศไทยจะจัดทำแผน (the office's own ได้ is kept: UNHCR ประเทศไทยได้...)."""
_GROUPS = frozenset({"อาเซียน", "ASEAN"})
"""International groups of countries, not bodies with an office in Thailand (ในกลุ่มประเทศอาเซียนประเทศไทยใน...,
เครือข่ายผู้ประกอบการสตรีอาเซียน ประเทศไทย: the network's name)."""


_SUBSIDIARY = re.compile(
    r"[ \t]?\((?:ประเทศไทย|Thailand)\)(?:[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?"
    r"|[ \t](?:Co\.,?[ \t]?Ltd\.?|Company[ \t]Limited|Ltd\.?|Limited|Pty[ \t]Ltd\.?|Sdn\.?[ \t]Bhd\.?)(?![A-Za-z]))?"
)
"""The bracket and the legal form written after it (…จำกัด (ประเทศไทย), …(Thailand) Ltd.)."""
_COMPANY_STARTS = ("บริษัท", "บจก.", "บมจ.", "หจก.", "กลุ่มบริษัท")


def subsidiary_end(text: str, start: int, end: int) -> int:
    """End of a company's name with (ประเทศไทย) or (Thailand) after it (and the legal form after the bracket, if
    written), or `end`. A company is a span that starts with a company word or is written in Latin letters."""
    m = _SUBSIDIARY.match(text, end)
    if m is None:
        return end
    name = text[start:end]
    if not (name.startswith(_COMPANY_STARTS) or re.fullmatch(r"[A-Za-z][A-Za-z0-9&.,'’\- ]*", name)):
        return end
    return m.end()


def thailand_office_end(text: str, start: int, end: int, g: Gazetteer) -> int:
    """End of an international body's name with ประเทศไทย after it (glued, spaced, or after แห่ง), or `end`."""
    m = _COUNTRY.match(text, end)
    if m is None:
        return end
    term = g.terms.get(text[start:end])
    if term is None or term.type != "organisation" or term.kind != "international" or text[start:end] in _GROUPS:
        return end
    if _CLAUSE_AFTER.match(text, m.end()) or text.endswith("สมาชิก", 0, start) or text.endswith("สมาชิก ", 0, start):
        return end
    return m.end()
