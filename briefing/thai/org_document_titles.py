"""A body named as the issuer or a party of a document ends before the document's subject (ว่าด้วย, 'on').

A regulation, notice or order is titled with the body that issues it and its subject: ระเบียบคณะกรรมการกองทุน
สงเคราะห์ลูกจ้าง|ว่าด้วยการจ่ายเงินสงเคราะห์, ระเบียบคณะกรรมการนโยบายและกำกับการบริหารหนี้สาธารณะ|ว่าด้วยการกู้เงิน.
An agreement names its parties the same way: บันทึกความเข้าใจระหว่าง...กับกระทรวงกลาโหมแห่งสาธารณรัฐเช็ก|ว่าด้วย
ความร่วมมือด้านเทคนิคทางทหาร. The head rules ran such a body on into the subject (the subject is written glued, and a
committee's name may itself hold ว่าด้วย). A reader expects the committee or the ministry: the subject is the
document's, not the body's name.

`issuer_end` cuts a body's span before ว่าด้วย when the span is that document's issuer (a document word is written
glued or spaced right before it: ระเบียบ, ประกาศ, ข้อบังคับ, คำสั่ง, with ร่าง) or a party named with its country
(...แห่ง<country>|ว่าด้วย). Left whole: a body whose own name is 'committee on X', with ว่าด้วย right after its head
and at most one word (คณะกรรมการว่าด้วยอุปสรรคทางเทคนิคต่อการค้า, ประกาศคณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ:
the Central Committee on Prices), and ว่าด้วย in the name of a body outside a document's title
(คณะทำงานสหประชาชาติว่าด้วยธุรกิจกับสิทธิมนุษยชน, ศูนย์ปฏิบัติการแห่งชาติว่าด้วยการห้ามอาวุธเคมี).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, gazetteer
from briefing.thai.scan import words

_SUBJECT = "ว่าด้วย"
_DOCUMENT_BEFORE = re.compile(r"(?:ระเบียบ|ประกาศ|ข้อบังคับ|คำสั่ง)[ \t]?$")
"""A document word right before the body: the body issues it (ร่างระเบียบ|คณะกรรมการ..., ตามประกาศ|กระทรวง...)."""
_PARTY_COUNTRY = re.compile(r"แห่ง(?:ราชอาณาจักร|สาธารณรัฐ|ประเทศ|สหพันธรัฐ|รัฐ)?[\u0e01-\u0e4e]{2,30}$")


def _own_name(name: str) -> bool:
    """คณะกรรมการ|ว่าด้วย..., คณะกรรมการกลาง|ว่าด้วย...: the head and at most one word before ว่าด้วย, a body named
    'committee on X'."""
    head = next((h for h in sorted(ORG_HEADS, key=len, reverse=True) if name.startswith(h)), "")
    rest = name[len(head):]
    return not head or len(words(rest)) <= 1 if rest else True


def _country_party(before: str) -> bool:
    """...แห่งสาธารณรัฐเช็ก: the part before ว่าด้วย ends with a country after แห่ง."""
    m = _PARTY_COUNTRY.search(before)
    if m is None:
        return False
    g = gazetteer()
    assert g.regex is not None
    tail = before[m.start() + 4:]
    hit = g.regex.fullmatch(tail)
    return bool(hit and g.terms[tail].kind == "country")


_MATTER = "เรื่อง"
_ISSUER_BEFORE = re.compile(r"(?:ระเบียบ|ประกาศ|ข้อบังคับ|คำสั่ง)(?:ของ)?[ \t]?$")
"""A document word (and ของ) before a body whose span took the title's เรื่อง ('on the matter of'): ประกาศ
คณะกรรมการว่าด้วยสัญญา|เรื่อง ให้ธุรกิจ..., (ร่าง) ประกาศของคณะกรรมการว่าด้วยสัญญา|เรื่อง..., ตามประกาศคณะกรรมการ
สุขภาพปฐมภูมิ|เรื่อง บริการสุขภาพ... (session 24, corpus releases: 4 spans, every one the issuing committee)."""


def issuer_end(text: str, start: int, end: int) -> int:
    """The end of a body at `start` that ran to `end` on into a document's subject (module docstring), or into
    the เรื่อง its title's subject follows; `end` when it did not."""
    if text.endswith(_MATTER, start, end) and end - start > len(_MATTER) + 4 \
            and _ISSUER_BEFORE.search(text, max(0, start - 16), start):
        return end - len(_MATTER)
    at = text.find(_SUBJECT, start, end)
    if at <= start:
        return end
    before = text[start:at]
    if _own_name(before):
        return end
    if _DOCUMENT_BEFORE.search(text, max(0, start - 12), start) or _country_party(before):
        return at
    return end
