"""Thai-headed bodies the head rules miss because their head is no name head of the register: a province's Red Cross
chapter, a university's faculty, a military unit written short with its number.

Session 10 listed the organisations the read sets' golds name and the extractor missed, by their first word
(/work/s7/misscat.py), and read fresh archive releases; three heads carry a body's name whatever words follow, and
each has a plain end:

- เหล่ากาชาดจังหวัด + a province of the register: the province's Red Cross chapter (about 940 in the archive, most in
  its president's post, นายกเหล่ากาชาดจังหวัดยะลา). The name ends with the province; the bare
  เหล่ากาชาดจังหวัด ('the provincial chapter', any province's) is no one body (`find_red_cross`).
- คณะ + a field of study written as one word ending in ศาสตร์: a faculty (คณะครุศาสตร์ มหาวิทยาลัยสวนดุสิต,
  คณะนิติศาสตร์ มหาวิทยาลัยเกียวโต; about 1,400 in the archive), with a teaching hospital glued after it
  (คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี, the faculty's own name). คณะกรรมการยุทธศาสตร์... ('committee on strategy') and
  คณะนักวิทยาศาสตร์ ('a team of scientists') are not faculties: the field must be a dictionary word of at most two
  newmm words and not start with a word for people or committees (`find_faculties`).
- a military circle, army region or division written short with its number, in Arabic or Thai digits:
  มทบ. ๓๔, มทบ.32, ทภ.3, พล.ร.9; with a short centre glued before it (ศบภ.มทบ.๓๙, that circle's disaster-relief
  centre) the name is the whole token (`find_short_units`).

`entities._org_cands` calls the three; their English is left to the glossary.
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.scan import THAI_RUN, chunk_at, cut_at_stop, dictionary, is_thai, words

_RED_CROSS = re.compile(r"เหล่ากาชาดจังหวัด(?=[\u0e01-\u0e4e])")


def find_red_cross(text: str) -> list[tuple[int, int]]:
    """A province's Red Cross chapter, up to the province's name (module docstring)."""
    out: list[tuple[int, int]] = []
    if "เหล่ากาชาด" not in text:
        return out  # the cheap literal check: most releases name no chapter
    for m in _RED_CROSS.finditer(text):
        end, area = admin.longest_name(text, m.end(), ("province",))
        if area is not None and not (end < len(text) and is_thai(text[end]) and _runs_on(text, m.end(), end)):
            out.append((m.start(), end))
    return out


def _runs_on(text: str, start: int, end: int) -> bool:
    """True when the province's name at text[start:end] is the start of a longer word (a misread glued name)."""
    run = THAI_RUN.match(text, start)
    return run is not None and bool(words(text[start:run.end()])) and len(words(text[start:run.end()])[0]) > end - start


_FACULTY = re.compile(r"คณะ(?P<field>[\u0e01-\u0e4e]{2,24}?ศาสตร์)")
_NOT_FIELD = ("นัก", "ผู้", "กรรม", "อนุ", "ทำงาน", "รัฐมนตรี", "ใน", "ด้าน", "ที่", "ของ", "และ")
"""What starts the words after คณะ when they are a team or a committee, not a field of study (คณะนักวิทยาศาสตร์,
คณะกรรมการยุทธศาสตร์, คณะทำงานด้าน...)."""


_FACULTY_AND = frozenset({"และ"})
_FACULTY_STOPS = ("มหาวิทยาลัย", "จุฬา", "คณะ", "วิทยาลัย", "สถาบัน", "กระทรวง", "กรม", "สำนัก", "ศูนย์", "ของ", "ดีเด่น",
                  "ทุก", "แต่", "แห่ง", "ใน", "ที่", "ซึ่ง", "เป็น", "ได้")
"""Where a faculty's glued name ends: its university or another body written on (คณะแพทย์ศาสตร์โรงพยาบาลรามาธิบดี|
มหาวิทยาลัยมหิดล, คณะพยาบาลศาสตร์และ|คณะ...), a possessive, an award (คณะ...ดีเด่น), words newmm glues into one
(คณะทันตแพทยศาสตร์|ทุกแห่ง, คณะแพทยศาสตร์ศิริราชพยาบาล|แต่อย่างใด, คณะเศรษฐศาสตร์|แห่ง...)."""


def _field(field: str) -> bool:
    """True when `field` (ending in ศาสตร์) is a field of study: one dictionary word, or a stem of at most two words."""
    if "ยุทธ" in field or field.startswith(_NOT_FIELD):
        return False  # ยุทธศาสตร์ ('strategy'): คณะกรรมการยุทธศาสตร์..., a committee
    if field in dictionary():
        return True
    stem = words(field[: -len("ศาสตร์")])
    return 1 <= len(stem) <= 2 and all(w in dictionary() for w in stem)


def find_faculties(text: str) -> list[tuple[int, int]]:
    """A university faculty named by its field, up to where its glued name ends (module docstring): the rest of the
    field (คณะวิทยาศาสตร์และเทคโนโลยี, คณะครุศาสตร์อุตสาหกรรม) or its teaching hospital (คณะแพทยศาสตร์ศิริราชพยาบาล,
    คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี), never a stop word, its university or another body."""
    out: list[tuple[int, int]] = []
    if "ศาสตร์" not in text:
        return out
    for m in _FACULTY.finditer(text):
        if not _field(m.group("field")):
            continue
        end = m.end()
        c = chunk_at(text, end)
        thai = THAI_RUN.match(text, end)
        if c is not None and thai is not None:
            tail = text[end:min(c.end, thai.end())]
            tail = tail[: cut_at_stop(tail, 0, _FACULTY_AND)]
            for stop in _FACULTY_STOPS:
                if (at := tail.find(stop)) >= 0:
                    tail = tail[:at]
            while tail.endswith("และ"):
                tail = tail[: -len("และ")]
            end += len(tail)
        out.append((m.start(), end))
    return out


_SHORT_UNIT = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?P<centre>[\u0e01-\u0e2e]{2,4}\.)?(?:มทบ|ทภ|พล\.ร|พล\.ม|พล\.ปตอ|พล\.พัฒ)\.[ \t]?[0-9๐-๙]{1,3}(?![0-9๐-๙.,/:])"
)
_POST_SHORT = ("ผบ.", "ผช.", "เสธ.", "รอง.")
"""Short posts glued before a unit (ผบ.มทบ.34, its commander): the post, not the unit, is what the text names."""
_POSTS_BEFORE = ("ผบ.", "ผบ. ", "ผู้บัญชาการ", "ผู้บัญชาการ ", "เสนาธิการ")


def find_short_units(text: str) -> list[tuple[int, int]]:
    """A military circle, region or division written short with its number (module docstring)."""
    out: list[tuple[int, int]] = []
    if "ทบ." not in text and "ทภ." not in text and "พล." not in text:
        return out
    for m in _SHORT_UNIT.finditer(text):
        if m.group("centre") in _POST_SHORT or text.endswith(_POSTS_BEFORE, 0, m.start()):
            continue  # ผบ.มทบ.34, ผู้บัญชาการมณฑล...: the unit inside its chief's post, which the golds do not list
        out.append((m.start(), m.end()))
    return out


_DEDICATED_HEADS = ("มูลนิธิ", "โรงพยาบาล")
"""Heads whose names are often dedicated to a royal (มูลนิธิแพทย์อาสาสมเด็จพระศรีนครินทราบรมราชชนนี,
โรงพยาบาลค่ายสมเด็จพระนเรศวรมหาราช): the royal's title glued inside is the body's name, not a mention of the person."""
_ROYAL_START = ("สมเด็จพระ", "พระบาทสมเด็จ", "พระเจ้า", "พระราช", "พระบรม")


def glued_royals(text: str, orgs: list[tuple[int, int]], persons: list[tuple[int, int]],
                 places: list[tuple[int, int]] | None = None) -> set[int]:
    """Indexes into `persons` of the royal names glued inside the name of a body that `orgs` finds with a dedicated
    head (foundation, hospital), or inside a place's name (ค่ายสมเด็จพระนเรศวรมหาราช, a camp; สะพานสมเด็จพระเจ้าตากสิน
    มหาราช, a bridge: heldout82 h02 lists the bridge and not the king): those names are the body's or the place's, and
    the person candidate yields to it. A monument's name keeps its person (อนุสาวรีย์ครูบาศรีวิชัย: heldout80 h06 lists
    both): the monument names whom it honours."""
    out: set[int] = set()
    for i, (a, b) in enumerate(persons):
        if a == 0 or not is_thai(text[a - 1]) or not text.startswith(_ROYAL_START, a):
            continue  # ...ในพระราชูปถัมภ์ สมเด็จพระ...: after a space the royal is named as a patron, a person
        in_body = any(s < a and b <= e and text.startswith(_DEDICATED_HEADS, s) and "ใน" != text[a - 2:a] for s, e in orgs)
        if in_body or any(s < a and b <= e and _MONUMENT not in text[s:a] for s, e in places or ()):
            out.add(i)
    return out


_MONUMENT = "านุสาวรีย์"
"""อนุสาวรีย์, พระบรมราชานุสาวรีย์: a monument's name is the person it honours."""


_BODY_STATION = re.compile(
    r"สถานี(?:(?P<placed>พัฒนาที่ดิน|อุตุนิยมวิทยา|ทดลองพืชสวน|ทดลองข้าว|ทดลองยาสูบ)"
    r"|เพาะเลี้ยงสัตว์ป่า|เพาะเลี้ยงนกน้ำ|เกษตรหลวง|วิจัยเกษตรหลวง|พัฒนาการเกษตรที่สูง)(?=[\u0e01-\u0e4e])"
)
_NOT_STATION_NAME = ("ที่", "และ", "ใน", "ของ", "ทั่ว", "นั้น", "นี้", "ระหว่าง", "แห่ง", "ต่าง", "ทุก", "เพื่อ", "ด้าน")
"""What follows a station's kind when no one station is named: ที่มีอยู่ทั่วประเทศ ('the stations there are'), และ..."""
_PROVINCE_WORD = "จังหวัด"


def find_stations(text: str) -> list[tuple[int, int]]:
    """A station that is a government body, named by its kind and its place (session 10's reading of the head rules'
    misses): สถานีพัฒนาที่ดินระยอง (a Land Development Department station, 78 in the archive), สถานีอุตุนิยมวิทยาเบตง,
    สถานีเพาะเลี้ยงสัตว์ป่าธวัชบุรี, สถานีเกษตรหลวงอินทนนท์. A land, weather or experiment station is named by a
    province or district of the register and ends with it (สถานีพัฒนาที่ดิน|โครงการชลประทาน is two bodies); the
    others run to a stop word or a verb (สถานีเพาะเลี้ยงสัตว์ป่าภูเขียว). A kind with nothing after it (หัวหน้าสถานีวิจัย)
    is no one station; after ณ the venue rule types it a place."""
    out: list[tuple[int, int]] = []
    if "สถานี" not in text:
        return out
    for m in _BODY_STATION.finditer(text):
        if text.startswith("ฯ", m.end()):
            out.append((m.start(), m.end() + 1))  # สถานีเพาะเลี้ยงสัตว์ป่าฯ: the station named before, written short
            continue
        if m.group("placed"):
            at = m.end() + len(_PROVINCE_WORD) if text.startswith(_PROVINCE_WORD, m.end()) else m.end()
            end, area = admin.longest_name(text, at, ("province", "district"))
            if area is not None and not _runs_on(text, at, end):
                out.append((m.start(), end))
            continue
        thai = THAI_RUN.match(text, m.end())
        if thai is None:
            continue
        tail = text[m.end():thai.end()]
        tail = tail[: cut_at_stop(tail, 0, verbs=True)]
        if len(tail) < 2 or tail.startswith(_NOT_STATION_NAME) or len(tail) > 40:
            continue
        end = m.end() + len(tail)
        if text.startswith("ฯ", end):
            end += 1  # สถานีพัฒนาการเกษตรที่สูงตามพระราชดำริฯ
        out.append((m.start(), end))
    return out
