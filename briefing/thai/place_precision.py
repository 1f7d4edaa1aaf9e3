"""Place precision round four: spans a rule found as a place that name no one place (session 9).

Read on 1,400 random releases no rule had seen (2023-2025) and on the read sets' false places: after every finder
has run, a venue head can still be followed only by words of a kind (ห้องสุขา|ชั่วคราว 'temporary toilets',
ห้องสุขา|ฟรี), and an office or hall can end on a bare จังหวัด/อำเภอ/ตำบล (ณ สำนักงานจัดหางานจังหวัด, ที่ศาลากลาง
จังหวัด (ห้องศูนย์ดำรงธรรมจังหวัด)): 'the provincial employment office' of every province, a class of offices, not
one; a country can also be part of another name (สถานีโทรทัศน์แห่งประเทศไทย, Thailand's Got Talent) or a language
(5 ภาษา ทั้ง ไทย อังกฤษ จีน). The kinds' words are data (briefing/data/place_words.toml: place_precision.kind_starts, .back_reference, .sizes, .language_only).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, gazetteer
from briefing.thai.wordlists import word_set, word_tuple

_KIND_STARTS = word_tuple("place_words.toml", "place_precision.kind_starts")
_BARE_ADMIN = re.compile(r"(?:จังหวัด|อำเภอ|ตำบล)$")
_ADMIN_STARTS = ("จังหวัด", "อำเภอ", "ตำบล", "จ.", "อ.", "ต.", "เขต", "แขวง")
_SPACED_NAME = re.compile(r"[ \t]+(\S+)")
_BACK_REFERENCE = word_tuple("place_words.toml", "place_precision.back_reference")
_SIZES = word_tuple("place_words.toml", "place_precision.sizes")
_RELATIVE = re.compile(r"(?:ชุมชน|ถนน|ตลาด|หมู่บ้าน|สะพาน|อาคาร|ศูนย์|วัด|โรงแรม|ท่าเรือ)ที่(?!ทำการ|ว่าการ|พัก)[\u0e01-\u0e2e]")
_OWNER_HEADS = tuple(h for h in ORG_HEADS + VENUE_HEADS if len(h) > 3 and h not in ("อาคาร", "ห้องโถง", "ห้องประชุม"))
"""Heads that name an owner or a building after a kind (ห้องผ่าตัด|โรงพยาบาลสังขละบุรี): the room of a named place."""
_THAI_AFTER_SPACE = re.compile(r"[ \t][\u0e01-\u0e2e]")
_OPEN_QUOTE = re.compile(r"[\"“][ \t]?$")
_CLOSE_QUOTE = re.compile(r"[ \t]?[\"”]")


def quoted_village_kind(text: str, start: int, end: int) -> bool:
    """"หมู่บ้านสีขาว", “หมู่บ้านยั่งยืนต้นแบบ”, "หมู่บ้านรักษาศีล 5": a หมู่บ้าน written whole in quotes with no
    village name (บ้าน...) in it is the title of a programme or a standard a village reaches, not a village."""
    name = text[start:end]
    if not name.startswith("หมู่บ้าน") or "บ้าน" in name[8:]:
        return False
    return bool(_OPEN_QUOTE.search(text, max(0, start - 2), start)) and bool(_CLOSE_QUOTE.match(text, end))


_THAILAND = frozenset({"ไทย", "ประเทศไทย"})
"""Not ราชอาณาจักรไทย: รัฐบาลแห่งราชอาณาจักรไทย, พน. แห่งราชอาณาจักรไทย are a government and a ministry named with
the kingdom, and the read golds list the kingdom there (heldout14/h05, heldout26/h04); every read gold with
ประเทศไทย only after แห่ง (22 releases: ธนาคารแห่งประเทศไทย...) lists no place for it."""
_OF_BEFORE = re.compile(r"แห่ง[ \t]?$")
_LANGUAGE = "ภาษา"
_LANGUAGE_ONLY = word_set("place_words.toml", "place_precision.language_only")
_LIST_GLUE = re.compile(r"[ \t,0-9]+|ทั้ง|ได้แก่|คือ|และ|หรือ|อาทิ|เช่น")
_LATIN_TITLE = re.compile(r"[’'‘]s[ \t]+[A-Z]")


def in_a_name(text: str, start: int, end: int, english: bool) -> bool:
    """Is this country or city mention part of something else's name, not the place: Thailand closing an
    institution's name after แห่ง (สถานีโทรทัศน์แห่งประเทศไทย, โครงการผลิตแพทย์เพิ่มแห่งประเทศไทย: the read golds
    list no place there), a language in a list after ภาษา (5 ภาษา ทั้ง ไทย อังกฤษ จีน ญี่ปุ่น), or a place opening
    an English title in a Thai release (Thailand's Got Talent, Asia's Largest Natural Spring)?"""
    name = text[start:end]
    if name in _THAILAND and _OF_BEFORE.search(text, max(0, start - 5), start):
        return True
    if "รถไฟ" in text[max(0, start - 40):start] and _railway_pair(text, start, end):
        return True
    model = _MODEL_AFTER.match(text, end)
    if model and (model.group(0)[0] not in " \t" or not name.startswith(_ADMIN_STARTS + ("ประเทศ",))):
        return True  # สมุทรสาครโมเดล, เพชรบุรีโมเดล: a programme named after the place, as a reservoir in a project's name
    if not english and name[:1].isascii() and _LATIN_TITLE.match(text, end):
        return True
    at = text.rfind(_LANGUAGE, max(0, start - 60), start)
    return at >= 0 and _language_list(text, at + len(_LANGUAGE), start)


_MODEL_AFTER = re.compile(r"[ \t]?โมเดล(?!เศรษฐกิจ|ธุรกิจ|การ|ความ)")
"""โมเดล after a place (glued or one space) names a programme after it (ชัยนาทโมเดล 'the Chai Nat model', about 24
in the corpus; สมุทรสาครโมเดล, พะเยาโมเดล, โคราชโมเดล): the model, not a mention of the place; but not before a
noun (ร่วมมือกับไทยโมเดลเศรษฐกิจ BCG: the country, then 'the BCG economic model'), and after a space only a bare
name (จังหวัดชัยนาท โมเดล...: the province)."""
_RAILWAY_FIRST = re.compile(r"รถไฟ(?:ความเร็วสูง)?[ \t]?$")
_RAILWAY_SECOND = re.compile(
    r"รถไฟ(?:ความเร็วสูง)?[ \t]?(?:[\u0e01-\u0e4e.]{2,30}[ \t]?[-–][ \t]?)?([\u0e01-\u0e4e.]{2,30})[ \t]?[-–][ \t]?$")
"""The second or third country of a railway's name (รถไฟไทย – ลาว – จีน), the one before the dash a country."""
_PAIR_DASH = re.compile(r"[ \t]?[-–][ \t]?")


def _railway_pair(text: str, start: int, end: int) -> bool:
    """Is this country one of the pair that names a railway (โครงการรถไฟความเร็วสูงไทย - จีน, รถไฟลาว-จีน: about 200
    in the corpus), the line's name and not the countries (heldout56/h02 and heldout66/h01 list neither)? Both
    ends must be countries: ชุมทางรถไฟบริเวณพรมแดนจีน-คาซัคสถาน is a border; a pair after ความสัมพันธ์ or ชายแดน
    stays two countries."""
    g = gazetteer()
    assert g.regex is not None

    def country(name: str) -> bool:
        term = g.terms.get(name)
        return term is not None and term.kind == "country"

    if not country(text[start:end]):
        return False
    before = text[max(0, start - 40):start]
    if _RAILWAY_FIRST.search(before):
        dash = _PAIR_DASH.match(text, end)
        m = g.regex.match(text, dash.end()) if dash else None
        return m is not None and country(m.group(0))
    second = _RAILWAY_SECOND.search(before)
    return second is not None and country(second.group(1))


def _language_list(text: str, pos: int, start: int) -> bool:
    """Is text[pos:start] (after ภาษา) only languages and list words: ภาษา|ไทย, ภาษา ทั้ง ไทย อังกฤษ |จีน?"""
    g = gazetteer()
    assert g.regex is not None
    while pos < start:
        m = _LIST_GLUE.match(text, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        word = next((w for w in _LANGUAGE_ONLY if text.startswith(w, pos)), None)
        if word:
            pos += len(word)
            continue
        m = g.regex.match(text, pos)
        if not m or not m.group(0) or g.terms[m.group(0)].kind != "country":
            return False
        pos = m.end()
    return True


_WATER_HEADS = ("แม่น้ำ", "คลอง")
_SAI_KINDS = word_tuple("place_words.toml", "places.sai_kinds")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def _river_classifier(text: str, start: int, end: int) -> bool:
    """แม่น้ำของ|เอเชีย ('rivers of Asia'), แม่น้ำสาย|สำคัญ ('major rivers'): a water head with ของ glued to the next
    word or สาย as its classifier before a kind word (places.sai_kinds) names no river; แม่น้ำของ standing alone (the
    Mekong's northern name) and แม่น้ำสาย (the Sai River) do (session 15: heldout100 h05 gave both as places)."""
    head = next((h for h in _WATER_HEADS if text.startswith(h, start)), None)
    if head is None:
        return False
    rest = text[start + len(head):end]
    if rest == "ของ":
        return bool(_THAI_LETTER.match(text, end))
    return rest == "สาย" and text.startswith(_SAI_KINDS, end)


def names_none(text: str, start: int, end: int) -> bool:
    """Is the place span a kind of place rather than one: a facility no one names (ห้องสุขา..., ห้องน้ำ...), a
    quoted หมู่บ้าน title, a back-reference (ถนนสายนี้), a size (ขนาดใหญ่), a head and a relative clause, or a class
    of offices ending on a bare จังหวัด/อำเภอ/ตำบล with no name after it?"""
    name = text[start:end]
    kind = next((k for k in _KIND_STARTS if name.startswith(k)), None) if name.startswith(_KIND_STARTS) else None
    if kind and not _THAI_AFTER_SPACE.search(name) and not any(h in name[len(kind):] for h in _OWNER_HEADS):
        return True  # but not a chain a kind opens (อาคารพักแพทย์ โรงพยาบาล..., อาคารจอดรถศูนย์ราชการ...): it names where
    if quoted_village_kind(text, start, end) or name.endswith(_BACK_REFERENCE + _SIZES):
        return True  # ถนนสายนี้ 'this road', หมู่บ้านแห่งหนึ่ง 'a village'; ท่าเรือท่องเที่ยวขนาดใหญ่ 'large cruise ports'
    if _river_classifier(text, start, end):
        return True
    if _RELATIVE.match(name):
        return True  # ชุมชนที่จะช่วยพัฒนาพื้นที่ 'communities that will help...': a head then a relative clause
    if not (name.endswith(("จังหวัด", "อำเภอ", "ตำบล")) and _BARE_ADMIN.search(name)) or name.startswith(_ADMIN_STARTS):
        return False
    spaced = _SPACED_NAME.match(text, end)  # ศาลากลางจังหวัด เชียงใหม่: a name after a space is cut, not absent
    if spaced:
        g = gazetteer()
        assert g.regex is not None
        m = g.regex.match(spaced.group(1))
        if m and m.group(0) and g.terms[m.group(0)].type == "place":
            return False
    return True


_ROAD_DASH = re.compile(r"[ \t]?[-–][ \t]?")
_NOT_ROAD_END = ("ถนน", "ทาง", "แยก", "สะพาน", "จังหวัด", "อำเภอ", "ตำบล", "จ.", "อ.", "ต.")


def road_second_end(text: str, road_start: int, road_end: int, start: int, end: int) -> bool:
    """Is the place at start:end the second end of a road named by its two ends and written with spaces around the
    dash (ถนนรังสิต - นครนายก, ถนนบางนา - ตราด: about 30 in the corpus, the same roads written ถนนบางนา-ตราด glued are
    one span already)? Then the road's name runs to its end; not another road or a junction (ถนนราชพฤกษ์ - ถนน
    กาญจนาภิเษก is a section between two roads) nor a prefixed province (ถนนX - จังหวัด...); the second end is a
    province, district or town (ถนนลาดพร้าว - อนุสาวรีย์ชัยสมรภูมิ is a bus route's stops)."""
    if not text.startswith("ถนน", road_start) or " " in text[road_start:road_end]:
        return False
    dash = _ROAD_DASH.match(text, road_end)
    if dash is None or dash.end() != start or text.startswith(_NOT_ROAD_END, start):
        return False
    if end < len(text) and "\u0e01" <= text[end] <= "\u0e4e":
        return False  # ถนนอาเนาะรู - ปัตตานี|รมย์: the province's letters open another road's name
    term = gazetteer().terms.get(text[start:end])
    return term is not None and term.type == "place" and term.kind in ("province", "district", "city")



_PLATE = re.compile(r"ทะเบียน(?:รถ)?[ \t]?(?:[0-9]{0,2}[ก-ฮ]{1,3}|[0-9]{1,2}[ \t]?-)[ \t]?[0-9]{1,4}[ \t]?(?:จ\.|จังหวัด)?$")


_MEASURED_OBJECTS = word_tuple("place_words.toml", "place_precision.measured_objects")
_MEASURING_BEFORE = ("เครื่อง", "ตรวจ", "ตรวจสอบ", "การ")
_TEMPLE_ENDINGS = ("าราม", "วิหาร")


def measured(text: str, start: int, end: int) -> bool:
    """วัด is 'temple' and the verb 'to measure': a place span starting วัด + what one measures (วัดควันดำ, วัดค่า...,
    วัดส่วนสูง, วัดความดันโลหิต, เป่า “วัดแอลกอฮอล์”) is the verb, no temple; no temple's name starts so (gazetteer
    and corpus read, session 19). After เครื่อง/ตรวจ/ตรวจสอบ/การ (เครื่องวัด..., ตรวจวัด..., การวัด...) วัด is the verb
    too, unless the name ends as a temple's does (...าราม, ...วิหาร) or การ ends กรรมการ (กรรมการวัด...: a temple's board)."""
    if not text.startswith("วัด", start):
        return False
    rest = start + 3
    if text.startswith(_MEASURED_OBJECTS, rest) and not text.startswith(("ค่าย", "ผลา"), rest):
        return True
    before = text[max(0, start - 8):start]
    return (before.endswith(_MEASURING_BEFORE) and not before.endswith("กรรมการ")
            and not text[start:end].endswith(_TEMPLE_ENDINGS))


def plate_province(text: str, start: int) -> bool:
    """Is the place at `start` the province of a licence plate (รถกระบะทะเบียน ขห 2496 เชียงใหม่, ทะเบียน 70-8773
    สมุทรสาคร)? Where a vehicle is registered, not a place the release speaks of (about 570 corpus mentions)."""
    return bool(_PLATE.search(text, max(0, start - 24), start))
