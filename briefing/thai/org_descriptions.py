"""Organisation spans that say what something aims to become, or what a committee is for, not name one body.

Session 24 organisation precision (kinds read on 300 random 2023-2025 releases outside the bench sets; each rule
counted on 1,430 other corpus releases) found two shapes of span a head word starts but no body's name fills:

- what something aims to BE, after การเป็น ('being', 'the becoming of'): ธนาคารออมสินย้ำจุดยืนการเป็น|ธนาคารเพื่อสังคม
  'the GSB restates its stand as a bank for society', EXIM BANK ...สู่การเป็น|ธนาคารเพื่อความยั่งยืน, สาขา...สู่การเป็น|
  ศูนย์ที่ปรึกษาทางการเงิน SMEs (`predicate`; 11 spans in 9 releases, all a kind, none a body). Read at newmm words, so
  a word ending in การ (ส่วนราช|การ|เป็น 'divided into') is not one; a body the gazetteer lists stays. ที่เป็น and
  ให้เป็น were tried and left out: ส่วนที่เป็นกระทรวงวิทยาศาสตร์, ...ให้เป็นคณะกรรมาธิการวิสามัญ... name bodies.
- a committee or a centre 'for the matter of' something, the span ending on เรื่อง ('the matter'): คณะกรรมการ
  เฉพาะเรื่อง 'specific-matter committees', ทุกจังหวัดเปิดศูนย์รับเรื่อง (call center), กำหนดให้คณะกรรมการคำนึงถึง
  เรื่อง| ดังต่อไปนี้ (`about_matter`; 13 of 14 spans right to drop, the other คณะกรรมการกลั่นกรองเรื่อง|เสนอ
  คณะรัฐมนตรี, cut short before). A name holds เรื่อง inside (คณะกรรมการพิจารณาเรื่องราวร้องทุกข์), not at its end;
  a notice's issuer that took the title's เรื่อง (ประกาศคณะกรรมการสุขภาพปฐมภูมิ|เรื่อง) is cut before it first
  (org_document_titles.issuer_end).
- a central bank run on into a quantifier or the sentence, no country named (`unnamed_central_bank`):
  ธนาคารกลาง|ทั่วโลก, ธนาคารกลาง|อื่น ๆ, ธนาคารกลาง|เป็นลำดับแรก.
"""

from __future__ import annotations

import re

from briefing.thai.scan import words

_PREDICATE_BEFORE = re.compile(r"การเป็น[ \t]?$")
_THAI_START = re.compile(r"[\u0e01-\u0e2e]")


def predicate(text: str, start: int, end: int, known: bool) -> bool:
    """Is the (unlisted, Thai) organisation span what something is or becomes: right after ที่เป็น, การเป็น,
    ให้เป็น, ยกระดับเป็น, กลายเป็น or ความเป็น?"""
    if known or _THAI_START.match(text, start) is None:
        return False
    if _PREDICATE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    ws = [w for w in words(text[max(0, start - 30):start].rstrip(" \t")) if w.strip()]
    return ws[-2:] == ["การ", "เป็น"]  # not ส่วนราช|การ: แบ่งส่วนราชการเป็น สำนักงานเลขานุการกรม... ('divided into')


def about_matter(text: str, start: int, end: int) -> bool:
    """Does the organisation span end on เรื่อง, 'the matter (of)': a committee's purpose, no name?"""
    return text.endswith("เรื่อง", start, end)


_CENTRAL_BANK = "ธนาคารกลาง"
_NO_COUNTRY_TAIL = re.compile(r"[ \t]?(?:ทั่วโลก|อื่น|หลาย|ต่าง|ทุก|แต่ละ|บาง|และ|หรือ|เป็น|ที่|ซึ่ง|ของ|ใด|เหตุใด|ได้|จะ|ก็|ยัง)")


def unnamed_central_bank(text: str, start: int, end: int) -> bool:
    """Is the span 'the central bank(s)' run on into a quantifier, a conjunction or the sentence, no country named:
    ธนาคารกลาง|ทั่วโลกยังคงดำเนินนโยบาย... 'central banks worldwide', ธนาคารกลาง|อื่น ๆ ในภูมิภาค, ธนาคารกลาง|เป็น
    ลำดับแรก? The country after ธนาคารกลาง names one (ธนาคารกลางสหรัฐ, ธนาคารกลางอังกฤษ); bare ธนาคารกลาง is
    precision.generic_orgs already."""
    if not text.startswith(_CENTRAL_BANK, start) or end - start <= len(_CENTRAL_BANK):
        return False
    return _NO_COUNTRY_TAIL.match(text, start + len(_CENTRAL_BANK), end) is not None

