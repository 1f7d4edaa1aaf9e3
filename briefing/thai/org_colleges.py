"""A vocational, community, nursing or arts college named by its kind and its place: วิทยาลัยเทคนิคลำปาง.

Thailand's public colleges are named by their kind and the town or province they serve: วิทยาลัยเทคนิคเทิง,
วิทยาลัยการอาชีพนครไทย, วิทยาลัยสารพัดช่างอุบลราชธานี, วิทยาลัยอาชีวศึกษาสระบุรี, วิทยาลัยนาฏศิลปพัทลุง,
วิทยาลัยพยาบาลบรมราชชนนีสวรรค์ประชารักษ์ (the Office of the Vocational Education Commission's, the Bunditpatanasilpa
Institute's and the Praboromarajchanok Institute's college names). วิทยาลัย is a weak head: the head rules take a
name only when a list knows it, and these lists know few of some 900 colleges, so a release's "ขณะที่
วิทยาลัยเทคนิคนครปฐม มีสิ่งประดิษฐ์" (details/59078) gave the reader nothing: on 100 corpus releases naming such a
college, 159 of 248 college mentions were found by no rule. A reader expects the college: a body that makes,
teaches and takes part.

The name is the kind and the Thai run glued to it, to the end of its chunk or the first stop word or verb
(วิทยาลัยเทคนิคพัทยา|มาสอน, วิทยาลัยเทคนิคฉะเชิงเทรา|ในสังกัด); the kind alone is a class of colleges, no name
(วิทยาลัยชุมชน, วิทยาลัยเทคนิคและวิทยาลัยการอาชีพ ใน จ.เชียงราย: C7), except the nursing colleges' own name
(วิทยาลัยพยาบาลบรมราชชนนี). Not inside มหาวิทยาลัย. A college after ณ/ที่ is the venue: entities retypes it a place
(C3), as it does any body there; so is one on a line that names a venue before it (ณ อาคารโดม 70 ปี วิทยาลัย...,
ศูนย์พักพิงผู้อพยพ วิทยาลัย...) or right after its province's label in a list of sites (7. จังหวัดน่าน วิทยาลัยเทคนิคน่าน).

Measured on the other 263 corpus releases naming such a college (outside bench and dev; the rule was written from
the first 100): 118 new organisations; 96 right on the strictest reading (81%), 111 if the numbered sites of a
housing plan on colleges' land count (their same names recur there as the land's owner: ใช้ที่ดินของวิทยาลัย...).
Wrong: a venue list the line test misses, a service point, a project's name, a schedule's venue, and a bare
วิทยาลัยเทคนิค another list rule took.
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.scan import THAI_RUN, chunk_at, cut_at_stop, finditer_if, is_verb, words

_COLLEGE = re.compile(
    r"วิทยาลัย(?P<kind>เทคนิค|การอาชีพ|อาชีวศึกษา|เกษตรและเทคโนโลยี|สารพัดช่าง|ชุมชน|พยาบาลบรมราชชนนี|นาฏศิลป์?|ช่างศิลป์?"
    r"|บริหารธุรกิจและการท่องเที่ยว|ประมง|พณิชยการ)"
)
_NAMED_KINDS = ("พยาบาลบรมราชชนนี",)
"""A kind that is a name by itself (the Praboromarajchanok Institute's nursing colleges)."""
_GLUED_STOPS = frozenset({"ใน", "และ", "ของ", "ซึ่ง", "ที่", "เพื่อ", "โดย", "ได้", "จะ", "สังกัด", "กับ", "จาก", "ร่วม",
                          "ร่วมกับ", "มี", "เป็น", "ได้รับ", "หรือ", "ทั้ง", "ทุก", "ต่าง", "แห่ง", "สาขา", "คณะ", "แผนก"})
"""Words newmm splits off a glued name that end it (วิทยาลัยเทคนิคฉะเชิงเทรา|ในสังกัด), where cut_at_stop reads on."""
_VENUE_BEFORE = re.compile(r"(?:ณ|ที่|พื้นที่|บริเวณ|ภายใน|หน้า|ข้าง|ไปยัง|ยัง|ช่วงจาก|หอประชุม|ศูนย์พักพิง)[ \t]?$")
"""ที่วิทยาลัยเทคนิคเทิง, เดินทางต่อไปยังวิทยาลัย...: the college's grounds, a place for the place rules (C3)."""
_VENUE_ON_LINE = re.compile(r"(?:^|[ \t])(?:ณ[ \t]|ที่(?=[\u0e01-\u0e4e]))|หอประชุม|อาคาร|ห้อง|โรงแรม|ศูนย์อพยพ|ศูนย์พักพิง|จุดให้บริการ"
                            r"|[0-9]+[ \t]?จุด|บริเวณ")
_PROVINCE_LABEL = re.compile(r"(?:^|[ \t])(?:จังหวัด|จ\.)[\u0e01-\u0e4e]+[ \t]?$")
_HYPHENED = re.compile(r"-[\u0e01-\u0e4e]{2,12}(?=[ \t\n]|$)")
_WHILE_BEFORE = re.compile(r"ขณะที่[ \t]?$")
"""ขณะที่ วิทยาลัยเทคนิคนครปฐม มี...: 'while', no venue."""
_NOT_NAME_START = ("และ", "หรือ", "ใน", "ของ", "ทั่ว", "ทุก", "ต่าง", "สังกัด", "แห่ง", "ที่", "เพื่อ", "กับ", "จาก")


def _venue(text: str, start: int) -> bool:
    """Is the college at `start` where something happens or someone is: after ณ/ที่ or a venue's words on its line
    (ณ อาคารโดม 70 ปี วิทยาลัยเทคนิคสุพรรณบุรี, ศูนย์พักพิงผู้อพยพ วิทยาลัยเทคนิคกันทรลักษ์), or a site listed under its
    province (7. จังหวัดน่าน วิทยาลัยเทคนิคน่าน)?"""
    before = text[max(0, start - 12):start]
    if _VENUE_BEFORE.search(before) and not _WHILE_BEFORE.search(before):
        return True
    line = text[max(0, start - 45):start].rsplit("\n", 1)[-1]
    return bool(_VENUE_ON_LINE.search(line) or _PROVINCE_LABEL.search(line))


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each college named by its kind and its place."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_COLLEGE, text, "วิทยาลัย"):
        start = m.start()
        if text.endswith(("มหา", "ราช"), 0, start) or _venue(text, start):
            continue  # มหาวิทยาลัย..., ราชวิทยาลัย...: another body; a venue is the place rules'
        c = chunk_at(text, start)
        run = THAI_RUN.match(text, start)
        if c is None or run is None:
            continue
        after_kind = m.end() + (1 if text.startswith("์", m.end()) else 0)
        area_end, area = admin.longest_name(text, after_kind, ("province", "district"))
        if area is not None and area_end <= c.end:
            out.append((start, area_end))  # วิทยาลัยนาฏศิลป์นครราชสีมา|บรรเลงเพลง, ...สุไหงโก-ลก: the place closes the name
            continue
        name_end = min(c.end, run.end())
        end = start + cut_at_stop(text[start:name_end], m.end() - start, verbs=True)
        pos = m.end()
        for i, word in enumerate(words(text[m.end():end])):
            if word.startswith(tuple(_GLUED_STOPS)) or i and is_verb(word):
                end = pos  # ...ฉะเชิงเทรา|ในสังกัด
                break
            pos += len(word)
        rest = text[m.end():end].removeprefix("์")  # นาฏศิลป์|... : the kind's own mark
        if not rest:
            if m.group("kind") in _NAMED_KINDS and end > start:
                out.append((start, m.end()))
            continue
        if len(rest) < 3 or rest.startswith(_NOT_NAME_START) or is_verb(words(rest)[0]):
            continue  # วิทยาลัยเทคนิคในสังกัด..., วิทยาลัยเทคนิคสนับสนุน...: the kind with a phrase, no name
        if end == name_end and (hyphen := _HYPHENED.match(text, end)) is not None:
            end = hyphen.end()  # วิทยาลัยการอาชีพสุไหง-โกลก: a town written with its hyphen
        out.append((start, end))
    return out
