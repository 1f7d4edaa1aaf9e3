"""Precision round two: organisation and place spans that ran on into the sentence, or name no one body or place.

Read on 300 random releases no rule had seen (session 7): after every recogniser has run, a span found by its head
word can still run on into the next clause (คณะกรรมการสงเคราะห์เกษตรกร|ได้มีมติอนุมัติ..., โรงพยาบาลบุษราคัม|
ประมาณช่วง, อำเภอลอง|เอาไว้), count places rather than name one (วัด|แห่ง, เรือนจำ|บางแห่ง, ถนน|หลายสาย), or be a
common noun that begins with a head word (ตลาด|ทุน 'the capital market', กรม|ธรรม์ 'an insurance policy'). The
words are data (briefing/data/org_words.toml, place_words.toml: the precision.* lists); this module reads them at
newmm word starts, so a word inside a longer word (งบ|ประมาณ in สำนักงบประมาณ, จะนะ) is never one.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, gazetteer
from briefing.thai.scan import dictionary, words
from briefing.thai.wordlists import word_set, word_tuple

_CLAUSE = word_tuple("org_words.toml", "precision.clause_words") + word_tuple("org_words.toml", "bounds.clause_words")
_CLAUSE_RE = re.compile("|".join(re.escape(w) for w in sorted(_CLAUSE, key=len, reverse=True)))
_NOT_ONE = word_tuple("org_words.toml", "precision.not_one_tails")
_NOT_ONE_START = _NOT_ONE[:7]
_GENERIC_ORGS = word_set("org_words.toml", "precision.generic_orgs")
_GENERIC_ORG_STARTS = word_tuple("org_words.toml", "precision.generic_org_starts")
_GENERIC_PLACES = word_set("place_words.toml", "precision.generic_places")
_INSTRUMENTS = word_tuple("place_words.toml", "precision.instrument_words")
_INSTRUMENT_BEFORE = re.compile("(?:" + "|".join(map(re.escape, _INSTRUMENTS)) + ")[ \t]?$")
_COUNTRY_STARTS = ("ไทย", "ประเทศ", "สาธารณรัฐ", "ราชอาณาจักร", "สหพันธ", "สหรัฐ", "อาเซียน")
"""A country right after ความตกลง is a party (ความตกลงไทย-ญี่ปุ่น), not the instrument's city: kept (these
starts, and any name the gazetteer holds as a country)."""
_UNITS = word_set("org_words.toml", "precision.unit_abbreviations")
_UNIT_PREFIXES = word_set("org_words.toml", "precision.unit_prefixes")
_UNIT_REST = re.compile(r"(?:กม|ซม|มม|ม|ว|ฟ)(?:\.|(?![\u0e01-\u0e4e]))")
"""The unit letters glued after ตร./ลบ. (ตร.กม., ตร.ม., ตร.ว, ลบ.ม.): written with no space, as the police's ตร. never
is before มี/ว่า (ตร. มีคำสั่ง, ตร. ว่า...)."""
_NUMBER_BEFORE = re.compile(r"(?<![\n(0-9๐-๙.,-])(?<!^)[0-9๐-๙][0-9๐-๙.,-]*[ \t]?$")
"""A number right before the span, not a list item's number at a line start (\n2 กก. แจ้งว่า...: the ministry)."""
_AREA_HEADS = ("จังหวัด", "อำเภอ", "ตำบล", "เขต", "แขวง", "มณฑลพิธี", "เรือนจำ", "นิคม", "ย่าน")
_NOT_AFTER = ("ผู้", "ที่", "การ")
_GLUED = 6
"""A clause word this long is read at a word start even when newmm glued the next word to it (หัวหน้า|กลุ่ม read
as one word): none is the start of a longer word a name holds; a shorter one (จะ, จน) must end a word (จะนะ)."""
"""A clause word after these is part of a name's phrase (ศูนย์ช่วยเหลือผู้|ได้...): not read as a run-on."""
_SPACE = re.compile(r"[ \t]")


@functools.cache
def _heads(kind: str) -> tuple[str, ...]:
    heads = ORG_HEADS if kind == "organisation" else VENUE_HEADS + _AREA_HEADS
    return tuple(sorted(set(heads), key=len, reverse=True))


def _head(name: str, kind: str) -> str:
    if not name.startswith(_heads(kind)):
        return ""
    return next((h for h in _heads(kind) if name.startswith(h)), "")


def _word_follows(name: str, pos: int, bounds: list[int], ws: tuple[str, ...]) -> bool:
    """Does a dictionary word (or the span's end, or a space) follow at `pos`?"""
    if pos >= len(name) or name[pos] in " \t":
        return True
    if pos not in bounds:
        return False
    return ws[bounds.index(pos)] in dictionary()


def _in_registered_area(text: str, start: int, word_starts: list[int], past: int) -> bool:
    """Does a district or subdistrict name of the register start at one of `word_starts` (the span's words after its
    head, up to the clause word) and run past the clause word (`past`, relative to `start`)? Then the clause word is inside a place's name (อำเภอจะแนะ,
    Chanae District: newmm cuts จะ|แนะ, and แนะ is a word, so the run-on check took จะ for 'will')."""
    from briefing.thai import admin

    for b in word_starts:
        registered, area = admin.longest_name(text, start + b, ("district", "subdistrict"))
        if area is not None and registered >= start + past:
            return True
    return False


def clause_end(text: str, start: int, end: int, kind: str) -> int:
    """The end of an organisation or place span cut before the first clause word at a word start after its
    first word (its head); `start` when only the head is left (คณะกรรมการ|ยังมี: no name)."""
    name = text[start:end]
    if _CLAUSE_RE.search(name, 2) is None:
        return end  # the cheap literal check: most spans hold none
    ws = words(name)
    bounds = []
    pos = 0
    for w in ws:
        pos = name.find(w, pos)
        bounds.append(pos)
        pos += len(w)
    ends = {b + len(w) for b, w in zip(bounds, ws)}
    for i in range(1, len(ws)):
        b = bounds[i]
        if ws[i - 1] in _NOT_AFTER:
            continue
        phrase = next((p for p in _CLAUSE if name.startswith(p, b) and (b + len(p) in ends or len(p) >= _GLUED)), None)
        if phrase is None:
            continue
        left = name[:b].rstrip(" \t")
        if left.count('"') % 2 or left.count("“") > left.count("”"):
            continue  # คณะอนุกรรมการพัฒนาระบบการศึกษา "เรียน|ได้ทุกที่ทุกเวลา": inside the name's quoted slogan
        if len(phrase) < _GLUED - 2 and not _word_follows(name, b + len(phrase), bounds, ws):
            continue  # อ.นา|จะ|หลวย: newmm split a district's name; a run-on จะ/ได้/จน is followed by a word
        if _in_registered_area(text, start, bounds[1:i + 1], b + len(phrase)):
            continue  # อำเภอ|จะ|แนะ, สถานีตำรวจภูธร|จะ|แนะ: the register's district, though แนะ is a word too
        head = _head(left, kind)
        if len(left) <= len(head) + 1:
            return start
        return start + len(left)
    return end


_POST_HOLDER = re.compile(r"(?:ใหม่|ปัจจุบัน|แรก|ก่อน|เดิม|ล่าสุด|ที่[ \t]?[0-9๐-๙])")


def post_holder_end(text: str, start: int, end: int) -> int:
    """An organisation span that took the คน of the post holder after it (ประธานคณะกรรมการน้ำตาลทราย|คน|ใหม่ 'the
    board's new chairman', เลขาธิการสำนักงานคณะกรรมการอาหารและยา|คนที่ 10): where the body's name ends."""
    if text.endswith("คน", start, end) and end - start > 4 and _POST_HOLDER.match(text, end):
        return end - 2
    m = _HOLDER_INSIDE.search(text, start, end)
    return m.start() if m and m.start() - start > 4 else end


_HOLDER_INSIDE = re.compile(r"คนที่[ \t]?[0-9๐-๙]+")
_MEMORANDUM_BEFORE = re.compile(r"บันทึก|ลงนาม|Memorandum|ความร่วมมือ|ข้อตกลง")
"""Words before MOC that make it a memorandum of cooperation: in thaigov-v2, 33 MOC mentions follow one within 40
characters (บันทึกความร่วมมือ (MOC), ลงนาม MOC ร่วมกับ..., Memorandum of Cooperation (MOC)), every one the memorandum;
the Ministry of Commerce's MOC is written elsewhere (session 22; blind heldout150 h13)."""


def not_one(text: str, start: int, end: int, kind: str) -> bool:
    """Does the span name no one body or place: a common noun that starts with a head word (ตลาดทุน,
    กรมธรรม์ประกันภัย), or a head followed by a count or kind (วัดแห่ง, ถนนหลายสาย, เรือนจำบางแห่ง)?"""
    name = _SPACE.sub("", text[start:end])
    if kind == "organisation" and name == "MOC" and _MEMORANDUM_BEFORE.search(text[max(0, start - 40):start]):
        return True  # ลงนามในบันทึกความร่วมมือ (MOC): the memorandum of cooperation, not the Ministry of Commerce
    if kind == "organisation" and name in _UNITS and _NUMBER_BEFORE.search(text[max(0, start - 20):start]):
        return True  # 2,300 มก.ต่อวัน: milligrams, not Kasetsart University
    if kind == "organisation" and name in _UNIT_PREFIXES and _UNIT_REST.match(text, end):
        return True  # 147.14 ตร.กม.: square kilometres, not the police
    if kind == "organisation" and (name in _GENERIC_ORGS or name.startswith(_GENERIC_ORG_STARTS)):
        return True
    if kind == "place" and name in _GENERIC_PLACES:
        return True
    if kind == "place" and in_instrument_name(text, start, end):
        return True
    head = _head(name, kind)
    if not head:
        return False
    tail = name[len(head):]
    return tail in _NOT_ONE or tail.startswith(_NOT_ONE_START)


def in_instrument_name(text: str, start: int, end: int) -> bool:
    """Is the place a city in the name of a declaration, agreement, framework or plan (ความตกลง|ปารีส,
    ร่างปฏิญญา|กรุงกัวลาลัมเปอร์, กรอบงาน|คุนหมิง - มอนทรีออล, แผนปฏิบัติการ|เซบู)? Not a country named as a party."""
    if text.startswith(_COUNTRY_STARTS, start):
        return False
    if _INSTRUMENT_BEFORE.search(text, max(0, start - 16), start) is None:
        return False
    term = gazetteer().terms.get(text[start:end])
    return term is None or term.kind != "country"  # ความตกลงกัมพูชา-ไทย: a party, kept
