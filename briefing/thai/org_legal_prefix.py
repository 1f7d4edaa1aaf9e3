"""A company written with the abbreviation of its legal form before its name: บมจ. ไทยเบฟเวอเรจ, บจก.ทรัพย์สกล ๑๙๙๔,
หจก. ภักดีแผ่นดินขอนแก่น.

บมจ. (บริษัทมหาชนจำกัด, a public company), บจก. (บริษัทจำกัด) and หจก. (ห้างหุ้นส่วนจำกัด, a limited partnership) stand
for the legal form a name ends with when written out (บริษัท ... จำกัด (มหาชน)); a release that writes the
abbreviation writes the name right after it, glued or after a space, and no จำกัด closes it. Unlike บริษัท (also 'the
company': บริษัทได้..., บริษัทเอกชน), the abbreviation is never a common noun, so the name after it is read even
when glued. The heads of organisations.find_companies (บริษัท + a spaced name, บริษัท ... จำกัด) and companies'
registered names found most of these only when the name was known (ธนาคารกรุงไทย, ปตท.), cut them (กรุงไทย out of
บมจ. กรุงไทยพานิชประกันภัย) or typed a piece of them as a place (ไทย out of บมจ. ไทยคม, เมืองไทย out of บมจ.
เมืองไทยประกันชีวิต).

Counted on thaigov-v2 (releases outside bench and dev): the abbreviations are written in 370 releases; on 60 of
them read before the rule, most mentions had no entity of ours over the name, or only a piece of it. What a reader
takes (details/NNNNN): บมจ. ไทยคม (36863), the insurers listed in 41636 and 43489 (บมจ.กรุงเทพประกันชีวิต,
บมจ.โตเกียวมารีนประกันชีวิต, บมจ. ทิพยประกันภัย ...), หจก.ภักดีแผ่นดินขอนแก่น (85567), บจก.ไทยรวมสินพัฒนาอุตสาหกรรม
(86601), บมจ. อสมท (50657).
Read after the rule on 120 random such releases (seed 7): 175 new organisation mentions in 65 releases (97 of them a
longer span over a shorter one we gave: การบินไทย -> บมจ. การบินไทย), 169 right, 6 cut or run on (บมจ.แคล| - คอมพ์
..., บมจ. กสท| โทรคมนาคม, บมจ.ปตท.น้ำมัน|และการค้าปลีก, บมจ. การบินไทยหลุดพ้น, a name with a typo's space in it);
16 false places went (ไทย, กรุงเทพ, เมืองไทย, โตเกียว read out of insurers' names).

The name is the chunk after the abbreviation (glued or after a space), then up to three more chunks after single
spaces while each is a word of a name: not a stop word, verb or clause glued on (ไทยเบฟเวอเรจ| และสื่อมวลชน,
ไทยคม| ซึ่งเป็น...), not another body's head, not a person's title, and a chunk holding a clause glued to its end
(ประกันภัยหลังตัวแทนลูกจ้าง...) ends the name before it. A name ending with ฯ (โทรคมนาคมฯ) stands for the rest of
the name. A year after the name (๑๙๙๔, 2022) is part of it. A name that opens with another body's head word
(บมจ. ธนาคารกรุงไทย, บมจ. ท่าอากาศยานไทย) is left to the head rules, which find it. `entities` calls `find`.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.companies import mined_name_words, name_word
from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer
from briefing.thai.scan import NAME_STOPS, cut_at_stop, dictionary, finditer_if, is_verb, words

_PREFIX = re.compile(r"(?:บมจ|บจก|หจก)\.[ \t\u00a0]?(?=[\u0e01-\u0e4e])")
_YEAR = re.compile(r"[ \t\u00a0](?:[12][0-9]{3}|[๑๒][๐-๙]{3})(?![0-9๐-๙%.,])(?![ \t]*(?:%|บาท|ราย|คน|ล้าน|แห่ง))")
_MAX_CHUNKS = 4
_PREPOSITIONS = frozenset({"จาก", "ใน", "ให้", "กับ", "ต่อ", "ว่า", "แก่"})
_CHUNK = re.compile(r"[\u0e01-\u0e4e][\u0e01-\u0e4e.\-]*")
_NOT_NAME = ("จำกัด", "มหาชน", "สาขา", "ทุกสาขา", "ในเครือ", "เครือ", "จังหวัด", "อำเภอ", "ตำบล", "เขต", "แขวง", "จ.", "อ.", "ต.",
             "ประเทศ", "ผู้", "นาย", "นาง", "เป็นต้น", "ค่า", "โทร", "บริษัท", "บมจ", "บจก", "หจก", "บลจ", "บจ.")
"""Words that start no word of a company's name after its first: the legal form, a branch, an area, a person, a fee, a
phone number, the next company of a list (บมจ.ไปรษณีย์ไทย| บมจ.ปตท.)."""


@functools.cache
def _heads() -> tuple[str, ...]:
    return tuple(ORG_HEADS) + tuple(VENUE_HEADS)


def _stop_in(word: str) -> int:
    """Where a clause glued to this chunk starts (len(word): none), after four letters of the name: a stop word with a
    Thai word of three letters or more after it (ไทยเบฟเวอเรจ|และ|สื่อมวลชน, ปตท.น้ำมัน|และ|การค้าปลีก), or a word no
    registered name uses before a preposition (การบินไทย|หลุดพ้น|จาก, การบินไทย|รับผิดชอบ|ใน); not the pieces newmm
    cuts a transliteration into (โตเกียว|มา|รี|น, ฟาร์|มา)."""
    cut = cut_at_stop(word, 0, verbs=True)
    if 4 <= cut < len(word):
        rest = words(word[cut:])
        if len(rest[0]) >= 3 or (len(rest) > 1 and len(rest[1]) >= 3 and rest[1] in dictionary()):
            return cut  # การบินไทย|ทำการบินแบบเช่าเหมาลำ
    pos = 0
    pieces = words(word)
    name_words = mined_name_words()
    for i, piece in enumerate(pieces):
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        if pos >= 4 and piece in NAME_STOPS and len(after) >= 3 and after in dictionary():
            return pos
        if (pos >= 4 and after in _PREPOSITIONS and len(piece) >= 4 and piece in dictionary()
                and piece not in name_words):
            return pos
        pos += len(piece)
    return len(word)


def _name_chunk(word: str, honorifics: tuple[str, ...]) -> bool:
    if word.startswith(_heads() + _NOT_NAME) or (honorifics and word.startswith(honorifics)):
        return False
    first = words(word)[:1]
    return not first or not (first[0] in NAME_STOPS or is_verb(first[0]))


def _later_word(word: str, honorifics: tuple[str, ...]) -> bool:
    """Is this chunk after the first a word of the name: a transliteration or a word registered names use
    (companies' test), or a dotted short form (ปตท.)?"""
    if len(word) < 2:
        return False
    if word.endswith("."):
        return True
    if not name_word(word, honorifics):
        return False
    if word in mined_name_words() or "์" in word or "็" in word:
        return True
    return not all(len(p) >= 3 and p in dictionary() for p in words(word))  # ถูกจัด: Thai words (not สุ|มิ|โต|โม)


def find(text: str, g: Gazetteer | None = None) -> list[tuple[int, int]]:
    """(start, end) of each company written after บมจ./บจก./หจก., the abbreviation included."""
    honorifics = tuple(g.honorifics) if g is not None else ()
    out: list[tuple[int, int]] = []
    for m in finditer_if(_PREFIX, text, "บมจ.", "บจก.", "หจก."):
        pos, end = m.end(), m.end()
        for i in range(_MAX_CHUNKS):
            c = _CHUNK.match(text, pos)
            if c is None:
                break
            word = c.group(0)
            if i == 0 and word.startswith(_heads()):
                break  # บมจ. ธนาคารกรุงไทย: the head rules find the bank
            if not _name_chunk(word, honorifics) or (i > 0 and not _later_word(word[:_stop_in(word)], honorifics)):
                break
            cut = _stop_in(word)
            if cut < 4 and i == 0:
                cut = len(word)  # บจก.ไทย|รวมสิน...: too short a name before a stop: the stop is inside the name
            if cut < len(word):
                if cut >= 4:
                    end = c.start() + cut  # บจก.ทรัพย์สกลได้มอบ..., เดอะ วัน ประกันภัยหลังตัวแทน...: the name before the clause
                break
            end = c.end()
            if word.endswith("ฯ") or text[end:end + 1] not in (" ", "\t", "\u00a0") or text[end + 1:end + 2] in (" ", "\t"):
                break  # โทรคมนาคมฯ stands for the rest; a bracket, comma or two spaces end the name
            pos = end + 1
        if end <= m.end():
            continue
        name = text[m.end():end].strip()
        if len(name) >= 5 and name in dictionary() and "์" not in name and "็" not in name:
            continue  # บจก.คู่สัญญา: 'the contracting company', a common noun
        year = _YEAR.match(text, end)
        if year:
            end = year.end()  # หจก. แจ้ซ้อนไวน์เนอร์รี่ 2022
        out.append((m.start(), end))
    return out
