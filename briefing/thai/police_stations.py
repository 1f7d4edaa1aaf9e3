"""Police stations written by their abbreviation: สภ. (สถานีตำรวจภูธร, a provincial police station) and สน.
(สถานีตำรวจนครบาล, a Bangkok metropolitan one), glued to the station's name: สภ.อ่าวนาง, สภ.เมืองนครพนม, สน.บางพลัด.

The head rules read the written-out สถานีตำรวจภูธรเมืองเชียงใหม่, but the abbreviation is no head to them, so the
station was missed, or worse its name alone was typed a place ("ส่งพนักงานสอบสวน สภ.อ่าวนาง" gave the place อ่าวนาง).
The archive writes the abbreviation about 1,100 times (881 สภ., 245 สน. in thaigov-v2), most often where a suspect is
handed over ("นำส่งพนักงานสอบสวน สภ.ท่าอุเทน เพื่อดำเนินคดี") or where the station's officers act ("ชุดสืบสวน
สภ.เมืองชัยภูมิ จึงได้ขยายผล", "ร่วมกับ ตำรวจ สภ.เวียงแก่น"): the station is a body, and the golds list it as an
organisation (bench/heldout63 สภ.เมืองพัทยา, heldout30 สน.บางพลัด).

Left alone:
- the abbreviation glued inside a post (ผกก.สภ.สบปราบ, สว.สส.สภ.เมืองพะเยา, ร้อย อส.จ.สน.ที่ 1): a post's abbreviation is
  not listed (bench/heldout69), and ร้อย อส.จ.สน. is a volunteer company of Sakon Nakhon, no police station;
- a station gone to (ที่ สน.ลุมพินี, ณ สภ.เมือง...): where something happens, which place_named types a place (สน. and,
  since session 12, สภ.);
- an abbreviation after the abbreviation (สน.สก.): another body's short form, not a station's name.

The name is a district or subdistrict of the register when one starts there (สภ.เมืองนครพนม, สภ.ท่าศาลา), else the
Thai words up to a stop word or a verb (สภ.หลักศิลา, สน.ทองหล่อ|วานนี้), three letters at least.
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.scan import NAME_STOPS, THAI_RUN, cut_at_stop, dictionary, finditer_if, is_verb, words

_ABBREVIATED = re.compile(r"(?<![\u0e01-\u0e4e.])(?:สภ\.[ \t]?|สน\.)(?=[\u0e01-\u0e4e])")
"""สภ. may stand apart from its name (สภ. คลองหลวง); สน. only glued to it: spaced, สน. is also a forward command's
short form (ส่วนหน้า: "กอ.รมน. ภาค4 สน. ค่ายสิรินธร")."""
_POST_BEFORE = re.compile(r"(?:[\u0e01-\u0e4e]\.|ผู้กำกับ(?:การ)?|สารวัตร|ผกก)[ \t]?$")
"""A post right before the station (ผกก. สภ.เมืองเลย, ผู้กำกับ สน.บางมด): the station inside a post, not listed."""
_GONE_TO = re.compile(r"(?:ณ|(?<!หน้า)(?<!พื้น)ที่|ยัง)[ \t]?$")
"""Where someone goes or something happens (ณ, นำตัวไปที่, แจ้งความที่, กลับไปยัง): the station is the place, which
place_named reads for สน.; but เจ้าหน้าที่ สภ.... are the station's officers and ในพื้นที่ สภ.... its beat."""
_CONTACTED = re.compile(r"(?:ประสาน|ติดต่อ|ส่งเรื่อง|หนังสือ)(?:ไป)?ยัง[ \t]?$")
"""A station written to or contacted (ติดต่อประสานไปยัง สภ.ปากคลองรังสิต, details/96086 kind): the body that answers,
which place_named leaves alone; before, neither rule took it and the bare คลองรังสิต was typed a place."""
_NOT_METRO = re.compile(r"(?:สาขา|\()[ \t]?$")
"""สาขา สน.บางขุนนนท์ (a branch at the station's area), (สน.บางบัวทอง) glossing a canal: สน. as a place or another
abbreviation (a pumping station), not a police station acting."""
_NUMBERED_AFTER = re.compile(r"[ \t]?[0-9๐-๙]")
_NOT_NAMES = frozenset({"ท้องที่", "พื้นที่"})
"""สน.ท้องที่ ('the local station'): every district's, no one station."""
MAX_NAME = 30


def _area_ends(text: str, end: int, run_end: int) -> bool:
    """Does the station's name end with the area's name at `end`: the Thai run ends, or a common word follows (a stop
    word, a verb, a dictionary word: สภ.ถลาง|ดำเนินคดี), not a name's next word, an area or place of its own
    (สภ.ปากคลอง|รังสิต, สภ.เมือง|พัทยา: the register's sub-districts ปากคลอง and เมือง start longer names)?"""
    if end >= run_end:
        return True
    following = words(text[end:run_end])
    if not following:
        return False
    word = following[0]
    if word in NAME_STOPS or is_verb(word):
        return True
    return word in dictionary() and word not in admin.areas() and not _place_word(word)


def _place_word(word: str) -> bool:
    from briefing.thai.gazetteer import gazetteer

    term = gazetteer().terms.get(word)
    return term is not None and term.type == "place"  # สภ.เมือง|พัทยา: the city's name goes on


def _name_end(text: str, at: int) -> int:
    """Where the station's name that starts at `at` ends (== at: no name)."""
    end, area = admin.longest_name(text, at, ("district", "subdistrict"))
    run = THAI_RUN.match(text, at)
    if run is None:
        return at
    if area is not None:
        ws = words(text[at:run.end()])
        if ws and len(ws[0]) <= end - at and _area_ends(text, end, run.end()):  # the area's name is not the start
            return end  # of a longer word, nor of a longer name (สภ.ปากคลอง|รังสิต: the sub-district ปากคลอง, then รังสิต)
    tail = text[at:min(run.end(), at + MAX_NAME + 1)]
    cut = cut_at_stop(tail, 0, verbs=True)
    if cut < 3 or cut > MAX_NAME:
        return at
    return at + cut


def find_police_stations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each police station written สภ.NAME or สน.NAME that is a body (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_ABBREVIATED, text, "สภ.", "สน."):
        before = text[max(0, m.start() - 12):m.start()]
        if _POST_BEFORE.search(before) or (_GONE_TO.search(before) and not _CONTACTED.search(before)):
            continue
        metro = text.startswith("สน.", m.start())
        if metro and _NOT_METRO.search(before):
            continue
        end = _name_end(text, m.end())
        if end == m.end() or text.startswith(".", end) or text[m.end():end] in _NOT_NAMES:
            continue  # สน.สก.: another abbreviation, not a name
        if metro and _NUMBERED_AFTER.match(text, end):
            continue  # สน.สิงหนาท 2: a numbered pumping station, not a police one
        out.append((m.start(), end))
    return out
