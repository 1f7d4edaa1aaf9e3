"""ประเทศไทย in brackets after a company's name is part of the name, not a place (issue 11, session 17, places).

"บจก. หัวเว่ย เทคโนโลยี (ประเทศไทย)", "Google (ประเทศไทย)", "ฟิทช์ เรทติ้งส์ (ประเทศไทย)", "บมจ.ตลาดสัญญาซื้อขาย
ล่วงหน้า (ประเทศไทย)": the bracket names a body's Thai branch, as "(ประเทศไทย) จำกัด" does inside a registered
company name (which the organisation rules already take whole). Without จำกัด the organisation ended before the
bracket and ประเทศไทย came out a place. The read golds list no place for such a bracket where the country is written
nowhere else (heldout36 h04 บริษัท เจิงฉิว (ประเทศไทย)); GUIDELINES.md counts a place where the text names one.

Taken only when the bracket directly follows an organisation the extractor found, a Latin name (a brand), or a
company word (บริษัท, บจก., บมจ., หจก.) earlier in the same clause. Read on 2,000 random thaigov-v2 releases
outside bench and dev (seed 7): 7 mentions dropped, all a company's or agency's Thai branch (Fitch Ratings,
ฟิทช์ เรทติ้งส์, เทสลา, บมจ.ตลาดสัญญาซื้อขายล่วงหน้า ...); 2 such brackets are left (a body the extractor did not find
before them, no company word).
"""

from __future__ import annotations

import re

_BRACKET = re.compile(r"\([ \t]*$")
_CLOSE = re.compile(r"[ \t]*\)")
_LATIN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&'\-]*)[ \t]*\([ \t]*$")
_COMPANY = re.compile(r"(?:บริษัท|บจก\.|บมจ\.|หจก\.)[^\n()]{0,50}\([ \t]*$")


def in_company_bracket(text: str, start: int, end: int, org_ends: set[int]) -> bool:
    """Is text[start:end] ประเทศไทย written in brackets after a body's or company's name?"""
    if text[start:end] != "ประเทศไทย":
        return False
    bracket = _BRACKET.search(text, max(0, start - 4), start)
    if bracket is None or not _CLOSE.match(text, end):
        return False
    before = bracket.start()
    name_end = len(text[:before].rstrip(" \t\u00a0"))
    if name_end in org_ends:
        return True
    latin = _LATIN_BEFORE.search(text, max(0, start - 40), start)
    if latin is not None and latin.group(1).lower() != "thailand":
        return True
    return _COMPANY.search(text, max(0, start - 60), start) is not None
