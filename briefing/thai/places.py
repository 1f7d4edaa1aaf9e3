"""Places: districts and sub-districts by their prefix, and named venues by their head word.

Provinces, countries and listed places come from the gazetteer scan; here are the patterns for
names no list holds: อำเภอ/อ./ตำบล/ต./เขต + name, and venues (โรงแรม..., ห้องประชุม..., ถนน...),
especially after ณ ("at"), where whatever is named is the venue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from briefing.thai import (
    place_dated_venues,
    place_english_areas,
    place_glue,
    place_road_abbrev,
    place_road_sections,
    place_stay_at,
)
from briefing.thai.admin import Level
from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer, trie_regex
from briefing.thai.scan import (
    NAME_FOLLOWERS,
    NAME_STOPS,
    PLACE_PRECEDERS,
    THAI_RUN,
    Chunk,
    chunk_at,
    cut_at_stop,
    dictionary,
    finditer_if,
    glued_after,
    is_thai,
    is_verb,
    next_chunk,
    on_boundary,
    pos_tags,
    words,
    words_glued_before,
)
from briefing.thai.wordlists import word_set, word_table, word_tuple

_ADMIN = re.compile(r"(?:อำเภอ|ตำบล|แขวง|(?<![\u0e01-\u0e4e.])อ\.|(?<![\u0e01-\u0e4e.])ต\.)[ \t\u00a0]{0,3}(?=[\u0e01-\u0e4e])")
_ADMIN_INNER = re.compile(r"(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)")
_HEALTH_ZONE = re.compile(r"เขต(?:สุขภาพ|พื้นที่การศึกษา[\u0e01-\u0e4e]{0,8}|บริการสุขภาพ)ที่[ \t]?[0-9๐-๙]{1,3}")
_NUMBER_CHUNK = re.compile(r"[0-9๐-๙]{1,4}(?:[-–][0-9๐-๙]{1,4})?$")
"""A room's number or range of rooms (ห้องประชุม 501, ห้องประชุม 134-135, ห้องประชุม ๑๐-๐๑)."""
_AT = re.compile(
    r"(?:^|[\s(])ณ[ \t]*(?:บริเวณ[ \t]*(?:ลาน|โถง|ประตู)?[ \t]*(?:ด้าน)?(?:หน้า|ตรงข้าม|ข้าง|หลัง|ภายใน|รอบ)?"
    r"|(?:ด้าน)?(?:หน้า|ตรงข้าม)|ลาน(?:ด้าน)?หน้า)?[ \t]*$"
)
"""ณ and where about a place it is: ณ บริเวณหน้าอาคารกรมควบคุมมลพิษ, ณ บริเวณตรงข้ามสถานีวิทยุ..., ณ ลานหน้า...:
what follows is the venue, as right after ณ."""
_AT_ONLY = re.compile(r"(?:^|[\s(])ณ[ \t]*$")
_OPEN_HEADS = ("ลาน", "สวน", "สนาม")
"""Open spaces named after ณ only: after ณ บริเวณ they are the ground in front of the venue (ลานหน้าเสาธง)."""
_VILLAGE = re.compile(r"(บ้าน[\u0e01-\u0e4e]{2,20})[ \t]+หมู่(?:ที่)?[ \t]?[0-9๐-๙]{1,2}(?![0-9])")
"""บ้านดอนตัน หมู่ 12: a village written with its number; the place is the village's name (บ้านดอนตัน), as the read
golds list it (บ้านร่อนทอง หมู่ที่ 4 -> บ้านร่อนทอง, บ้านโป่งนาคำ หมู่ที่ 4 -> บ้านโป่งนาคำ: every such village in
them) and as a village followed by its sub-district is (_VILLAGE_WHERE)."""
_ADDRESS_WORDS = ("เลขที่", "ไม่มีเลขที่")
"""บ้านเลขที่ หมู่ที่ 2, บ้านไม่มีเลขที่ หมู่ 4: a house's number (or none) in an address, no village's name."""
_VILLAGE_WHERE = re.compile(r"(บ้าน[\u0e01-\u0e4e]{2,20})[ \t]+(?:ต\.|ตำบล|อ\.|อำเภอ|จ\.|จังหวัด)[\u0e01-\u0e4e]")
"""บ้านชากแง้ว จ.ชลบุรี: a village followed by where it is."""
_ROAD_CODE = re.compile(
    r"(?:ถนน)?ทางหลวง(?:ชนบท|แผ่นดิน)?(?:หมายเลข|สาย)?[ \t]?(?:(?P<code>[ก-ฮ]{2})\.[ \t]?)?[0-9]{1,4}(?![0-9.,])"
    r"|(?:ถนน)?สาย[ \t]?(?P<code2>[ก-ฮ]{2})\.[ \t]?[0-9]{1,4}(?![0-9.,])"
    r"|(?<![\u0e01-\u0e4e])ทล\.[ \t]?[0-9]{1,4}(?![0-9.,])"
)
"""Roads named by their number: ทางหลวงหมายเลข 4, ทางหลวงชนบทสาย นม.3013, ถนนสาย พร.4001, ทล.1022 (a rural
road's number starts with its province's two-letter code)."""
_NOT_ROAD_CODES = frozenset({"กม", "ตร", "ซม", "มม", "กก", "ลบ"})


def _road_english(m: re.Match[str]) -> str:
    """ทล.1022 -> 'Highway 1022'; a numbered rural road (its code starts with the province's letters,
    พร.4001) -> 'Rural Road 4001', as the Department of Rural Roads writes them in English."""
    number = re.search(r"[0-9]+$", m.group(0))
    assert number is not None
    rural = bool(m.group("code") or m.group("code2")) or "ชนบท" in m.group(0)
    return f"{'Rural Road' if rural else 'Highway'} {number.group(0)}"


_CITY = re.compile(r"(?:มหานคร|กรุง|เมือง|นคร|จังหวัด|จ\.)(?=[\u0e01-\u0e4e]{2})")
_PROVINCE_WORD = ("จังหวัด", "จ.")
"""A province word is a foreign city word only when its country follows (จังหวัดชิซูโอกะ ประเทศญี่ปุ่น):
a Thai province is in the glossary, and without a country after it the name is not looked for."""
_BRACKET_EN = re.compile(r"[ \t]?\(([A-Z][A-Za-z'&.-]*(?: [A-Za-z0-9'&.-]+){0,7})\)")
_STATE = re.compile(r"(?:รัฐ|มณฑล|แคว้น)[\u0e01-\u0e4e]{3,}")
"""เมืองกูวาฮาติ รัฐอัสสัม, เมืองคุนหมิง มณฑลยูนนาน: a city followed by its state or province."""
_OWNER_NUMBER = re.compile(r"(?<=\.)[0-9]{1,3}$")
_CITY_WORDS = word_set("place_words.toml", "places.city_words")
"""เมืองหลวง ประเทศ..., เมืองท่า ...: a kind of city, not a named one."""
_AT_THI = re.compile(r"(?:^|[\s)])ที่[ \t]*(?:บริเวณ[ \t]*(?:ด้าน)?(?:หน้า|ตรงข้าม|ข้าง|หลัง|ภายใน|รอบ)?[ \t]*)?$")
"""ที่ (at) after a space, then the name, then where it is: ที่กระทรวงสาธารณสุข จ.นนทบุรี; also where about it, as after ณ
(ที่บริเวณหน้าอาคารสุเมธตัวติเวชกุล มหาวิทยาลัยราชภัฏเพชรบุรี: the owner after the building, C3)."""
_AT_THI_WINDOW = 26
_ANY_SUCH = re.compile(r"[ \t]?(?:ในพื้นที่|ทั่วประเทศ|ทุกแห่ง|ใกล้บ้าน|ในท้องที่|ทุกจังหวัด|ของท่าน|ที่ใกล้)")
_VISIT = re.compile(r"(?:ตรวจเยี่ยม|เยี่ยมชม|เดินทางไปยัง|เดินทางไป|ไปยัง|(?:เดินทาง(?:มา|ไป)?|มา|ไป)ถึง|เยื้อง(?:กับ)?|ตรงข้าม(?:กับ)?|บริเวณ(?:ด้าน)?(?:หน้า|หลัง|ข้าง|ตรงข้าม)?|ภายใน|(?:รักษา(?:ตัว|อาการ(?:เจ็บ)?(?:ป่วย)?)?|เข้ารับการ(?:รักษา(?:ตัว)?|บำบัด(?:รักษา)?|ตรวจ)|ส่งตัว(?:ไป)?|นำส่ง|นำตัวส่ง|ส่งต่อ(?:ไป)?|ลงพื้นที่)(?:ที่|ยัง|ไปยัง|ไป)?)[ \t]*$")
"""Visited (ตรวจเยี่ยมทัณฑสถาน...), around (บริเวณโรงพยาบาล..., บริเวณด้านหลังโรงเรียน...) or where someone is treated
or taken (รักษาที่โรงพยาบาลธัญบุรี, เข้ารักษาอาการป่วยที่โรงพยาบาล..., นำส่งโรงพยาบาล...): the body's building is the place.
Also arrived at (เดินทางมาถึงโรงเรียนรัตนบุรี, เดินทางถึง สถานีตำรวจภูธรจังหวัด อุตรดิตถ์) and a landmark opposite which something
is (ตรงข้ามโรงพยาบาลเลิดสิน, เยื้องกับโรงพยาบาล...): session 23 found the hospitals so written typed organisations where the
read golds list places (heldout73 h01, heldout105 h04); on 47 corpus releases with such a cue before a facility (from
20,000 random, none from bench or dev) 6 mentions moved from organisation to place, 6 right. A bare ถึง ('to', ส่งหนังสือ
ถึงโรงเรียน) is not read."""
_AROUND = re.compile(
    r"(?<!ผัง)บริเวณ[ \t]*(?:ด้าน|ทาง)?(?:หน้า|หลัง|ข้าง|ตรงข้าม|ภายใน|โดยรอบ|รอบ|ลาน|ริม|ใกล้|เกาะกลางหน้า)?[ \t]*$"
)
"""บริเวณ (the grounds, the area of) and where about it, then a body: its premises, a place whatever the body is
(ณ บริเวณโดยรอบกระทรวงอุตสาหกรรม, ภายในบริเวณกระทรวงแรงงาน, ที่บริเวณหน้าสำนักงานเทศบาลนครนครสวรรค์, บริเวณ อบต.วังหว้า;
bench/heldout126 h05 and heldout110 h03 list the อบต. so written as places). _VISIT took บริเวณ only before a
facility's head (โรงพยาบาล, โรงเรียน ...). On 150 corpus releases with บริเวณ + a body (outside bench and dev), 59 such
bodies were organisations: see the commit for the read. Not ผังบริเวณ (a site plan: ผังบริเวณ กฟภ.)."""
_FACILITY_HEADS = ("โรงพยาบาล", "รพ.", "โรงเรียน", "เรือนจำ", "ทัณฑสถาน", "สถานพินิจ", "ศูนย์ฝึก", "สถานีตำรวจ", "ท่าอากาศยาน",
                   "สถาบันโรค")
"""Organisations that are buildings: visited (ตรวจเยี่ยม, เดินทางไปยัง) or around (บริเวณ), they are the place."""
_WHERE = ("จ.", "จังหวัด", "อ.", "อำเภอ", "เขต", "แขวง", "กรุงเทพ", "ต.", "ตำบล")
STRONG_VENUES: tuple[str, ...] = word_tuple("place_words.toml", "places.strong_venues")
_GENERIC_VENUE = word_set("place_words.toml", "places.generic_venue")
_PREPOSITIONS = ("ใน", "จาก")
_GENERIC_ADMIN = word_set("place_words.toml", "places.generic_admin")
_GENERIC_ADMIN_STARTS = ("ตาม", "ริม", "หนึ่ง", "บำบัดทุกข์")
"""First words of what follows อำเภอ/ตำบล when no area is named (a registered name is taken before this list
is read): แพทย์ประจำตำบลตามกฎหมาย..., หนึ่งตำบลหนึ่งผลิตภัณฑ์ (ตำบลหนึ่ง 97 in thaigov-v2), อำเภอริมแม่น้ำโขง,
and the Interior ministry's programme อำเภอบำบัดทุกข์ บำรุงสุข (304)."""
_AT_ALLOW = frozenset({"และ", "ของ", "เพื่อ"})
_GENERIC_REGION = frozenset(["ต่างๆ", "ต่าง", "ทั้งหมด", "อื่น", "อื่นๆ", "ทั่วประเทศ", "ทั่วโลก"])


_NONE = Chunk(0, 0, "")
_KIND_HEADS = word_tuple("place_words.toml", "places.kind_heads")
"""Heads often followed by a kind (อาคารพลังงาน) rather than a name; roads and temples are named."""


_BY_COUNTRY = ("ชายแดน",)
"""Heads named by the countries that follow them, which are the places."""


_CAMP_KINDS = word_tuple("place_words.toml", "places.camp_kinds")
_NATURAL = word_tuple("place_words.toml", "places.natural")
_NATURAL_STOPS = word_tuple("place_words.toml", "places.natural_stops")


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    english: str | None = None


_AT_ONLY_HEADS = word_tuple("place_words.toml", "places.at_only_heads")
"""Heads that name a venue only after ณ (ณ สนามราชมังคลากีฬาสถาน): elsewhere they are often common nouns
(สนามการค้า, เวทีโลก). Counted after ณ in thaigov-v2 2023-2025 releases missed by the other heads."""


@functools.lru_cache(maxsize=1)
def _venue_regex() -> re.Pattern[str]:
    return trie_regex(VENUE_HEADS + _AT_ONLY_HEADS)


def _formal_english(th: str) -> str | None:
    from briefing.thai.gazetteer import gazetteer

    term = gazetteer().terms.get(th)
    return term.english if term is not None else None


def find_admin(text: str) -> list[PlaceMention]:
    """อำเภอ..., อ.ปลวกแดง, ต.แม่น้ำคู้, and numbered zones (เขตสุขภาพที่ 12)."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    for m in _ADMIN.finditer(text):
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        name = c.text
        inner = _ADMIN_INNER.search(name, 2)
        if inner:
            name = name[: inner.start()]
        cut = _admin_cut(name)
        level: Level = "district" if m.group(0).startswith(("อำเภอ", "อ.")) else "subdistrict"
        registered, area = admin.longest_name(text, c.start, (level,))
        gap = m.group(0)[len(m.group(0).rstrip(" \t\u00a0")):]
        spaced = len(gap) > 1 or "\u00a0" in gap or (bool(gap) and m.group(0).startswith(("อำเภอ", "ตำบล", "แขวง")))
        if area is not None and registered - c.start >= cut and registered - c.start <= len(name) and " " not in m.group(0) and not spaced:
            out.append(PlaceMention(m.start(), registered))  # ตำบลเกาะพลับพลา: the register knows it, verb or not
            continue
        if area is not None and not spaced and " " not in m.group(0) and _registered_run_on(text, registered, c.start + cut, level):
            out.append(PlaceMention(m.start(), registered))  # อำเภอสารภี|น้ำท่วม, อำเภอแม่ใจ|น้อมนำแนวทาง...
            continue
        if spaced:  # อำเภอ\xa0 ท่าปลา: odd spacing, taken only for a registered name that is no common word
            if area is not None and registered == c.end and text[c.start:registered] not in dictionary() and _province_near(text, c.start, registered, level):
                out.append(PlaceMention(m.start(), registered))
            continue
        if cut < 2 or "." in name[:cut] or (m.group(0).startswith(("อำเภอ", "ตำบล")) and " " in m.group(0)):
            continue
        first = words(name[:cut])
        if name.startswith(("ทางหลวง", "การทาง")):
            continue  # แขวงทางหลวง: a highway district office, not a Bangkok subdistrict
        if first and (is_verb(first[0]) or first[0] in NAME_FOLLOWERS or first[0] in _GENERIC_ADMIN
                      or name.startswith(_GENERIC_ADMIN_STARTS)):
            continue
        if area is None and name[:cut] in dictionary() and name[:cut] != "เมือง":
            continue  # อำเภอชายแดน, อำเภอนำร่อง, ตำบลต้นแบบ: a kind of district (a common word), not one the register
            # holds; but อำเภอเมือง is every province's capital district, named short
        if first and text.endswith(("นาย", "ปลัด"), 0, m.start()) and (
            _starts_with_verb(first[0]) or first[0] in _OFFICE_WORDS
        ):
            continue  # นายอำเภอ|มีประสบการณ์, ปลัดอำเภอ|งานป้องกัน: the district officer, then a phrase
        out.append(PlaceMention(m.start(), c.start + cut))
    out += _latin_areas(text) + latin_area_lists(text) + _latin_venues(text) + _latin_after_at(text) + _villages_visited(text)
    out += [PlaceMention(a, b, en) for a, b, en in place_english_areas.find(text, _english_area_known)]
    out += [PlaceMention(a, b, en) for a, b, en in place_glue.country_frames(text)]
    out += [PlaceMention(a, b, _formal_english(th)) for a, b, th in place_glue.misspelt_countries(text)]
    out += [PlaceMention(a, b, en) for a, b, en in place_glue.misspelt_latin_provinces(text)]
    out += [PlaceMention(a, b, en) for a, b, en in place_glue.misspelt_provinces(text)]
    out += [PlaceMention(a, b, "Southeast Asia" if b - a > 6 else "Asia") for a, b in place_glue.asia_in_frame(text)]
    taken = [(p.start, p.end) for p in out]
    out += [PlaceMention(a, b) for a, b in place_road_sections.find(text)
            if not any(a < e and s < b for s, e in taken)]  # ทางหลวงหมายเลข 3412 ตอน อยุธยา - บางบาล: the section's ends
    out += [PlaceMention(a, b, en) for a, b, en in place_road_abbrev.find(text)]  # ถ.รัชดาภิเษก: a road written short
    out += _towns(text)
    out += _junctions(text)
    out += _listed_after(text, out)
    out += find_bare_listed(text) + find_route_towns(text)
    out += find_head_lists(text)
    out += _route_ends(text)
    out += find_cities(text)
    out += [PlaceMention(m.start(), m.end(), _road_english(m)) for m in finditer_if(_ROAD_CODE, text, "ทางหลวง", "สาย", "ทล.")
            if (m.group("code") or m.group("code2")) not in _NOT_ROAD_CODES]
    out += [PlaceMention(m.start(), m.end()) for m in _HEALTH_ZONE.finditer(text)]
    out += [
        PlaceMention(m.start(), m.end(1))
        for m in _VILLAGE.finditer(text)
        if glued_after(text, m.start(), PLACE_PRECEDERS) and not m.group(1)[4:].startswith(_ADDRESS_WORDS)
    ]
    dic = dictionary()
    out += [
        PlaceMention(m.start(), m.end(1))
        for m in _VILLAGE_WHERE.finditer(text)
        if glued_after(text, m.start(), PLACE_PRECEDERS) and m.group(1) not in dic
        and not any(w in NAME_STOPS or w in _admin_stops() or is_verb(w) for w in words(m.group(1)[4:]))
    ]
    return out


_LATIN_AREA = re.compile(
    r"(?<![A-Za-z'’-])((?:[A-Z][a-z'’]*[ -]){0,5}[A-Z][a-z'’]+)[ \t]+(District|Subdistrict|Sub-district|district|subdistrict)(?![A-Za-z])"
)


@functools.lru_cache(maxsize=1)
def _latin_area_names() -> dict[str, frozenset[str]]:
    """Official English names of districts and subdistricts (DOPA's register), lower-cased and without
    spaces or hyphens (Bang Kapi, Bangkapi), by level."""
    from briefing.thai import admin

    names: dict[str, set[str]] = {"district": set(), "subdistrict": set()}
    for group in admin.areas().values():
        for a in group:
            if a.level in names:
                names[a.level].add(_latin_key(a.en))
    return {k: frozenset(v) for k, v in names.items()}


@functools.lru_cache(maxsize=1)
def _latin_province_names() -> frozenset[str]:
    """The provinces' official English names, keyed as _latin_key."""
    from briefing.thai import admin

    return frozenset(_latin_key(a.en) for g in admin.areas().values() for a in g if a.level == "province")


def _english_area_known(name: str, level: str) -> bool:
    """An English area name another rule takes: the register's at that level (as written or with one slip), a
    province's official name, or a gazetteer place (place_english_areas leaves those)."""
    from briefing.thai.gazetteer import gazetteer

    if level == "province":
        if _latin_key(name) in _latin_province_names():
            return True
    elif _registered_or_slip(name, level) or _latin_key(name) == "mueang":
        return True
    term = gazetteer().terms.get(name)
    return term is not None and term.type == "place"


def _latin_key(name: str) -> str:
    """Spaces, hyphens and the usual spelling variants removed: Muang Roi-Et and Mueang Roi Et,
    Koh Tao and Ko Tao are one key."""
    key = re.sub(r"[ \t'’-]", "", name).lower()
    for old, new in (("muang", "mueang"), ("meuang", "mueang"), ("koh", "ko")):
        if key.startswith(old):
            key = new + key[len(old):]
    return key


def _latin_areas(text: str) -> list[PlaceMention]:
    """English releases: Wang Thonglang District, Mueang Samut Prakan District, Bang Phli Subdistrict:
    a name the register holds at that level, then the level word. The longest such name is taken
    (words before it may belong to a sentence: 'in the areas of Bang Kapi District')."""
    if "istrict" not in text:
        return []
    out: list[PlaceMention] = []
    table = _latin_area_names()
    for m in _LATIN_AREA.finditer(text):
        level = "district" if m.group(2).lower() == "district" else "subdistrict"
        words_ = list(re.finditer(r"[A-Z][a-z'’]*", m.group(1)))
        for w in words_:  # drop leading words until the rest is a registered name
            name = text[m.start(1) + w.start():m.end(1)]
            if _latin_key(name) in table[level] or (level == "district" and _latin_key(name) == "mueang"):
                out.append(PlaceMention(m.start(1) + w.start(), m.end(), f"{' '.join(name.split())} {m.group(2).capitalize() if level == 'district' else 'Subdistrict'}"))
                break
    return out


# at most 102 letters a word (the corpus's longest Latin word has 80): unbounded, a 24,000-letter hyphenated run was quadratic
_LATIN_WORD_ = r"(?:[A-Z][A-Za-z'’.–-]{0,100}[A-Za-z]|[A-Z]|[0-9]{1,2}(?:st|nd|rd|th))"
_LATIN_VENUE = re.compile(
    rf"(?<![A-Za-z0-9])({_LATIN_WORD_}(?:[ ](?:of[ ]|de[ ])?{_LATIN_WORD_}){{0,6}})[ ]"
    r"(Airport|Port|Bridge|Border Crossing Point|Border Checkpoint|Checkpoint|Railway Station|Train Station|Station|"
    r"Hotel|Building|Room|Hall|Park|Temple|Dam|River|Island|Museum|Palace|Stadium|Province|province|"
    r"Economic Zone|Processing Zone|Industrial Estate|Junction|Interchange|Intersection)(?![A-Za-z])"
)
"""English releases: Na Phao Border Crossing Point, Thai-Lao Friendship Bridge, Khammouane province, Thanon Jira
Junction: capitalised words, then an English venue head."""
_NOT_VENUE_START = word_set("place_words.toml", "places.not_venue_start")
"""Words that start a sentence or a kind of place (Data Centre, Police Station), not a venue's name; a
name that starts with one is taken from the next word (The Grand Palace -> Grand Palace)."""


def _latin_venues(text: str) -> list[PlaceMention]:
    """In an English release, a venue named in English: 'Sirinat National Park', '5th Thai-Lao
    Friendship Bridge', 'Khammouane province' (the head word makes it a place; the name is its English)."""
    if not _mostly_latin(text):  # as entities._is_english
        return []  # in a Thai release English names with these heads are as often kinds or projects (Dry Port,
        # Land Bridge, Pocket Park, Check Dam: ~60% venues in 15,000 releases); there only ณ + Latin is taken
    out: list[PlaceMention] = []
    for m in _LATIN_VENUE.finditer(text):
        start = m.start(1)
        parts = m.group(1).split(" ")
        while parts and (parts[0] in _NOT_VENUE_START or parts[0] in ("of", "de")) and len(parts) > 1:
            start += len(parts[0]) + 1
            parts = parts[1:]
        owner = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].endswith(("’s", "'s"))), None)
        if owner is not None:  # Vietnam’s Quang Binh province: the place is what the possessive names
            start += sum(len(w) + 1 for w in parts[:owner + 1])
            parts = parts[owner + 1:]
        if len(parts) > 4 and "of" in parts:  # Post-Certification Activities of Radionuclide Monitoring Station
            cut = len(parts) - 1 - parts[::-1].index("of")
            start += sum(len(w) + 1 for w in parts[:cut + 1])
            parts = parts[cut + 1:]
        if not parts or parts[0] in _NOT_VENUE_START:
            continue
        if _NAME_GOES_ON.match(text, m.end()):
            continue  # Confidence Building Measures, Airport Rail Link: the head is inside a longer name
        surface = text[start:m.end()]
        out.append(PlaceMention(start, m.end(), surface if not surface.endswith("province") else surface[:-8] + "Province"))
    return out


_LATIN_AT = re.compile(
    r"(?:^|(?<=[\s(]))ณ[ \t]*([A-Z][A-Za-z0-9&'’.-]*(?:[ ][A-Za-z0-9&'’.-]+){0,7})"
)
_LATIN_AT_HINT = re.compile(r"ณ[ \t]*[A-Z]")
"""What every _LATIN_AT match holds, a fast scan (re skips to ณ); _LATIN_AT opens with a lookbehind, so re
tries it at every position of the text."""
_TRAILING_SMALL = re.compile(r"(?:[ ](?:of|at|the|and|on|by|in|for|to|with|a))+$")


def _latin_after_at(text: str) -> list[PlaceMention]:
    """ณ STATION Berlin, ณ Tokyo Big Sight, ณ Sky Hill Bar & Restaurant: in a Thai release, a name in
    Latin letters right after ณ is the venue; its English is itself. Counted in thaigov-v2: ~490 such
    names after ณ, nearly all halls, buildings and sites (a body named there is its building)."""
    if not _LATIN_AT_HINT.search(text) or _mostly_latin(text):
        return []  # no ณ before a capital (most releases); an English release: no ณ there
    out: list[PlaceMention] = []
    for m in _LATIN_AT.finditer(text):
        name = _TRAILING_SMALL.sub("", m.group(1).rstrip(".,’'-"))
        if len(name) >= 3:
            out.append(PlaceMention(m.start(1), m.start(1) + len(name), name))
    return out


_LATIN_LETTERS = re.compile(r"[A-Za-z]+")
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")
_THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]+")


def _mostly_latin(text: str) -> bool:
    """More than twice as many Latin letters as Thai ones: an English release. Letters are counted by runs
    (one match a word, not one a letter: a list of every letter of a release was slow)."""
    return sum(map(len, _LATIN_LETTERS.findall(text))) > 2 * sum(map(len, _THAI_LETTERS.findall(text)))


_VILLAGE_VISITED = re.compile(r"(?:ลงพื้นที่|ในพื้นที่|บริเวณ)[ \t]?(บ้าน)(?=[ก-ฮเแโใไ])")


def _villages_visited(text: str) -> list[PlaceMention]:
    """ลงพื้นที่บ้านถ้ำผาจม, ในพื้นที่บ้านบางกลอย, บริเวณบ้านโนนกอก: a village visited or named as the area
    is บ้าน and its name (not a house, บ้านพัก, nor a word, บ้านเรือน); the name ends before a stop word
    or หมู่. Counted in thaigov-v2: ~150 such villages after these words."""
    out: list[PlaceMention] = []
    dic = dictionary()
    for m in _VILLAGE_VISITED.finditer(text):
        c = chunk_at(text, m.start(1))
        if c is None or c.start != m.start(1):
            continue
        tail = c.text[4:]
        cut = cut_at_stop(tail, 0)
        village = tail.find("หมู่", 2)
        cut = min(cut, village) if village > 0 else cut
        name = tail[:cut]
        ws = words(name)
        if len(name) < 3 or not ws or name.startswith(_HOUSE_NOT_NAMES) or "บ้าน" + name in dic or name in dic or is_verb(ws[0]):
            continue
        out.append(PlaceMention(m.start(1), m.start(1) + 4 + cut))
    return out


def _province_near(text: str, start: int, end: int, level: Level) -> bool:
    """The province named right after a spaced district (อำเภอ  ท่าปลา จังหวัดอุตรดิตถ์) is one the
    register puts an area of that name in."""
    from briefing.thai import admin

    n = next_chunk(text, end)
    if n is None or not n.text.startswith(("จังหวัด", "จ.")):
        return False
    name = n.text.removeprefix("จังหวัด").removeprefix("จ.")
    codes = {a.province for a in admin.areas().get(name, ()) if a.level == "province"}
    return any(a.level == level and a.province in codes for a in admin.areas().get(text[start:end], ()))


_JUNCTION = re.compile(r"(?:สี่แยก|สามแยก|ห้าแยก|แยก)(?=[\u0e01-\u0e4e])")
_JUNCTION_AT = re.compile(r"(?:บริเวณ|(?:^|[\s(])ณ|ถึง|จาก|ผ่าน|(?:^|[\s(])ที่)[ \t]*$")


def _junctions(text: str) -> list[PlaceMention]:
    """บริเวณแยกหลักสี่, ถึงแยกปทุมวัน, จากสี่แยกแม่ต๋ำ: a road junction named after 'at', 'to', 'from' or
    'around' (not แยกกัน, separately, nor ที่แยกได้, which was isolated)."""
    out: list[PlaceMention] = []
    dic = dictionary()
    for m in _JUNCTION.finditer(text):
        if text.endswith(("สี่", "สาม", "ห้า", "ทาง"), 0, m.start()) and m.group(0) == "แยก":
            continue
        if not _JUNCTION_AT.search(text[max(0, m.start() - 8):m.start()]):
            continue
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        end = m.end() + cut_at_stop(c.text, 0)
        ws = words(text[m.end():end])
        if end - m.end() < 2 or not ws or ws[0] in NAME_STOPS or "แยก" + ws[0] in dic or is_verb(ws[0]) and not (
            m.group(0) != "แยก" and text.startswith(_JUNCTION_NAME_STARTS, m.end())
        ):
            continue  # บริเวณสี่แยกวัดคูหาสวรรค์: วัด is a verb too, and a junction's name may start so
        out.append(PlaceMention(m.start(), end))
    return out + _named_junctions(text)


_MANY_WAY = re.compile(r"(?:สี่แยก|สามแยก|ห้าแยก)(?=[\u0e01-\u0e4e])")
_NOT_JUNCTION_BEFORE = ("ร้าน", "สาขา", "สถานี", "เป็น", "เป็นจุด", "แขวง", "ทาง", "ทุก", "แต่ละ")
_JUNCTION_PLACED = re.compile(r"[ \t]{1,2}(?:เขต|แขวง|อำเภอ|อ\.|ตำบล|ต\.|จังหวัด|จ\.|ถนน|ถ\.)")
_JUNCTION_NAME_STARTS = word_tuple("place_words.toml", "places.junction_name_starts")


def _named_junctions(text: str) -> list[PlaceMention]:
    """สี่แยกวัดคูหาสวรรค์, ที่สามแยกตากใบ, ใจกลางสยามสี่แยกปทุมวัน, ไปยังห้าแยกหอนาฬิกา: a three-, four- or
    five-way junction with a name is a place whatever stands before it (unlike แยก, 'separate'), but not a
    shop, a bank branch or a station named after it (ร้านสามแยก..., สาขาห้าแยก..., สถานีสามแยก..., found as
    stations elsewhere), nor a junction's kind (เป็นสามแยกโค้ง...). The name is one chunk cut at a stop word;
    a verb first only when names start so (วัด...: สี่แยกวัดสวนตาล)."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    if "แยก" not in text:
        return out
    dic = dictionary()
    for m in _MANY_WAY.finditer(text):
        if text.endswith(_NOT_JUNCTION_BEFORE, 0, m.start()) or _JUNCTION_AT.search(text[max(0, m.start() - 8):m.start()]):
            continue  # after a cue, _junctions has it
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        end = m.end() + cut_at_stop(c.text, 0)
        ws = words(text[m.end():end])
        if end - m.end() < 2 or not ws or ws[0] in NAME_STOPS or ws[0] in ("เข้า", "บริเวณ", "ไฟ", "ที่", "ใหญ่", "ต่างๆ"):
            continue
        if is_verb(ws[0]) and not text.startswith(_JUNCTION_NAME_STARTS, m.end()) or "แยก" + ws[0] in dic:
            continue
        name = text[m.end():end]
        if name.startswith("ทางหลวง") or name in dic and name not in admin.areas() and not _JUNCTION_PLACED.match(text, end):
            continue  # สี่แยกทางหลวงหมายเลข 212 (a numbered road's), พื้นที่สามแยกวัฒนธรรม (a figure of speech);
            # ห้าแยกหอนาฬิกา เขตเทศบาลนครลำปาง: a common word names a junction placed by its area or road
        out.append(PlaceMention(m.start(), end))
    return out


_TOWN = re.compile(r"เมือง(?=[\u0e01-\u0e4e])")
_NOT_TOWN = word_tuple("place_words.toml", "places.not_town")
_NOT_TOWN_TOO = word_tuple("place_words.toml", "places.not_town_too")
"""เมือง after a body's word is in its name (นายกเทศมนตรีเมืองพิจิตร, สาขาเมืองพังงา), after พื้น a local thing
(ผ้าพื้นเมือง...): not the town. Elsewhere (ชาวเมืองกาญจนบุรี, ครองเมืองเชียงใหม่) it is."""


def _towns(text: str) -> list[PlaceMention]:
    """ตัวเมืองเชียงราย, ของเมืองนครศรีธรรมราช: เมือง and a province's name is its town ('Chiang Rai
    town'); อำเภอเมือง... is the district (find_admin) and เทศบาลเมือง... a local body."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[PlaceMention] = []
    for m in _TOWN.finditer(text):
        if text.endswith(_NOT_TOWN + _NOT_TOWN_TOO, 0, m.start()):
            continue
        glued = glued_after(text, m.start(), PLACE_PRECEDERS + ("ตัว",))
        known = g.regex.match(text, m.start())
        if known and known.group(0):
            continue  # เมืองพัทยา: the glossary has it
        end, area = admin.longest_name(text, m.end(), ("province",))
        if area is None:
            continue
        after = words(text[end:end + 20])[0] if end < len(text) and is_thai(text[end]) else ""
        if after and not text.startswith(("และ", "ที่", "ใน", "ของ"), end) and (
            not glued and not (is_verb(after) or after in NAME_STOPS) or text[m.end():end] + after in admin.areas()
        ):
            continue  # เมืองตาก|ใบ: a longer name; but ตัวเมืองเชียงใหม่|ปรับ..., ชาวเมืองกาญจนบุรี are the town
        if re.match(r"[ \t]*จำกัด", text[end:end + 12]):
            continue  # สหกรณ์...เมืองอุตรดิตถ์ จำกัด: a registered body's name
        out.append(PlaceMention(m.start(), end, f"{area.en} town"))
    return out


_CITY_AT = re.compile(r"(?:(?:^|[\s(])ณ|เยือน|ไปยัง|ที่)[ \t]*$")
_NOT_AT = ("พื้นที่", "หน้าที่", "สถานที่", "เจ้าหน้าที่", "ที่ที่", "ผู้ที่", "สิ่งที่")


def _city_after_at(text: str, m: re.Match[str]) -> PlaceMention | None:
    """ณ นครซูริก, จัดขึ้นที่กรุงไนโรบีเมื่อ..., เยือนเมืองมัณฑะเลย์: after 'at', 'to' or 'visit' a city word
    and a name is a city, without its country; the name ends before a stop word."""
    before = text[max(0, m.start() - 12):m.start()]
    if not _CITY_AT.search(before) or before.endswith(_NOT_AT):
        return None
    run = THAI_RUN.match(text, m.end())
    if run is None or "ฯ" in run.group(0):
        return None  # เมืองกาญฯ: an abbreviation, or กรุงเทพฯ
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    cut = cut_at_stop(run.group(0), 0)
    if len(run.group(0)) - cut <= 2:
        cut = len(run.group(0))  # เมืองสุขุ|มา: newmm reads a loanword's last letters as a verb
    name = run.group(0)[:cut]
    known = g.regex.match(text, m.start())
    if known and known.group(0) and known.end() != m.end() + len(name):
        return None  # กรุงเทพมหามหานคร: a misspelt Bangkok is still Bangkok to the glossary
    ws = words(name)
    tags = pos_tags()
    if len(name) < 3 or not ws or name in _CITY_WORDS or ws[0] in _CITY_WORDS or is_verb(ws[0]) or name.startswith("น่า"):
        return None
    if (len(ws[0]) >= 3 and tags.get(ws[0], "").startswith("NC")) or any(len(w) >= 3 and tags.get(w, "").startswith("V") for w in ws):
        return None  # เมืองธุรกิจสำคัญ: a kind of city (a common noun, an attribute), not a name
    term = g.terms.get(name)  # กรุงย่างกุ้ง: the glossary knows ย่างกุ้ง as Yangon
    english = term.english if term is not None and term.type == "place" else None
    return PlaceMention(m.start(), m.end() + len(name), english)


_LATIN_CITY = re.compile(
    r"(?:(?:^|[\s(])ณ|ที่|เยือน|ไปยัง|บริเวณ)[ \t]*(?:เมือง|นคร|กรุง)[ \t]?"
    r"([A-Z][a-z\u00e0-\u00ff]+(?:[ \t][A-Z][a-z\u00e0-\u00ff]+)?)(?![A-Za-z\u00c0-\u00ff])"
)
_LATIN_CITY_HINT = re.compile(r"(?:เมือง|นคร|กรุง)[ \t]?[A-Z]")
"""What every _LATIN_CITY match holds, a faster scan than _LATIN_CITY (whose ณ branch opens with ^ or a
space, leaving re no first letters to skip to)."""
_NOT_LATIN_CITY = word_set("place_words.toml", "places.not_latin_city")
"""Words that start an English slogan after เมือง (เมือง Smart City, เมือง Walk Rally), not a city's name."""


def _latin_cities(text: str) -> list[PlaceMention]:
    """ณ เมือง Shimizu, ที่เมือง Eindhoven: after 'at' or 'visit', a city word and a name in Latin letters
    is the city; the place is the name, which is also its English."""
    out: list[PlaceMention] = []
    if not _LATIN_CITY_HINT.search(text):
        return out  # no city word before a capital: most releases
    for m in _LATIN_CITY.finditer(text):
        name = m.group(1)
        if any(w in _NOT_LATIN_CITY for w in name.split()):
            continue
        out.append(PlaceMention(m.start(1), m.end(1), name))
    return out


_GOVERNOR = ("ผู้ว่าราชการ", "ผู้ว่าการ", "ผู้ว่าฯ", "ผู้ว่า")
"""A governor's post before a city or province word (ผู้ว่าราชการจังหวัดวากายามะ ประเทศญี่ปุ่น): with its
country after it, the governed province is a place like one after ณ."""
_COUNTRY_GLUE = ("แห่ง", "ของ")


def _foreign_name(name: str) -> bool:
    """A transliterated name (ชอลลานัม, บันเตียเมียนเจย: the dictionary holds some), no common noun or verb in it;
    not เมือง|ท้องถิ่น (กระทรวงแรงงานและเมืองท้องถิ่นของประเทศ..., 'local towns')."""
    tags = pos_tags()
    return not any(len(w) >= 3 and tags.get(w, "").startswith(("NC", "V")) for w in words(name))


def _glued_country(text: str, name_at: int, run_end: int) -> tuple[int, re.Match[str]] | None:
    """(where the name ends, the country's match) when the name's run goes on into แห่ง/ของ and a foreign
    country (จังหวัดชอลลานัมแห่งสาธารณรัฐเกาหลี, จังหวัดบันเตียเมียนเจยของกัมพูชา); newmm keeps no space there."""
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    for glue in _COUNTRY_GLUE:
        at = text.find(glue, name_at + 2, run_end)
        while at >= 0:
            country = g.regex.match(text, at + len(glue))
            if country and country.group(0) and g.terms[country.group(0)].kind == "country" and \
                    g.terms[country.group(0)].canonical != "ประเทศไทย" and country.group(0) not in ("ไทย", "ประเทศไทย"):
                return at, country
            at = text.find(glue, at + 1, run_end)
    return None


def find_cities(text: str) -> list[PlaceMention]:
    """กรุงบากู สาธารณรัฐอาเซอร์ไบจาน, เมืองดาวอส สมาพันธรัฐสวิส: a city no list holds, named with a
    city word and followed by its country (the country makes it a place, not a phrase)."""
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[PlaceMention] = []
    for m in _CITY.finditer(text):
        governed = text.endswith(_GOVERNOR, 0, m.start())
        if not glued_after(text, m.start(), PLACE_PRECEDERS) and not governed:
            continue
        run = THAI_RUN.match(text, m.start())
        end = run.end() if run else m.end()
        joined = text.find("และ", m.end(), end)
        if joined > 0 and _CITY.match(text, joined + 3):
            continue  # กรุงเทพและกรุงบากู: the second city is matched on its own
        n = next_chunk(text, end)
        country = g.regex.match(text, n.start) if n else None
        glued = _glued_country(text, m.end(), end)
        if glued is not None and cut_at_stop(text[m.end():glued[0]], 0) == glued[0] - m.end() and _foreign_name(
                text[m.end():glued[0]]):
            end, country = glued  # จังหวัดชอลลานัมแห่งสาธารณรัฐเกาหลี, จังหวัดบันเตียเมียนเจยของกัมพูชา; not
            # เมืองเศรษฐกิจที่ใหญ่ที่สุดของเมียนมา (a phrase: a stop word inside)
        country_key = country.group(0) if country else ""
        is_country = bool(country_key and g.terms[country_key].kind == "country")
        if governed and not glued_after(text, m.start(), PLACE_PRECEDERS) and not is_country:
            continue  # ผู้ว่าราชการจังหวัด... with no country after it: a Thai governor's post
        foreign_province = m.group(0) in _PROVINCE_WORD
        if foreign_province and not (is_country and g.terms[country_key].canonical != "ประเทศไทย"
                                     and country_key not in ("ไทย", "ประเทศไทย")):
            continue  # จังหวัดเชียงใหม่: a Thai province is the glossary's; with no country, no name is looked for
        if not is_country and not (n and _STATE.match(n.text)):
            named = _city_after_at(text, m)
            if named is not None:
                out.append(named)
            continue
        tail = text[m.end():end]
        first = words(tail)[0]
        if tail in _CITY_WORDS or first in _CITY_WORDS or first.startswith("น่า") or g.regex.fullmatch(text, m.start(), end):
            continue  # เมืองหลวง, เมืองน่าเที่ยว, or a name the glossary already holds
        if foreign_province and (len(tail) < 3 or any(
            len(w) >= 3 and (is_verb(w) or pos_tags().get(w, "").startswith(("NC", "V"))) for w in words(tail)
        )):
            continue  # จังหวัดทั่วประเทศร่วม...: not a name
        term = g.terms.get(tail)  # เมืองกวางโจว: the glossary knows กวางโจว
        out.append(PlaceMention(m.start(), end, term.english if term is not None and term.type == "place" else None))
    return out + _latin_cities(text)


_OFFICE_WORDS = frozenset(["งาน", "ฝ่าย", "ส่วน", "กลุ่ม", "ประจำ", "ท่าน", "ทุก", "คน"])
"""Words that follow the position นายอำเภอ/ปลัดอำเภอ when no district is named."""


def _registered_run_on(text: str, registered: int, end: int, level: Level) -> bool:
    """Does the glued run after a registered area's name (text[registered:end]) go on with the sentence, not the
    name? A district's name ends where the register's does: the register holds every district, and what is glued
    after one is a clause (อำเภอสารภี|น้ำท่วม, อำเภอแม่ใจ|น้อมนำแนวทางอารยเกษตร, อ.ไชยา|-เปิดงาน; 40 of 40 such
    runs in 6,000 thaigov-v2 releases). A subdistrict's register is the one place a longer name is often missing
    from (ตำบลบางสะพาน|น้อย, ตำบลจระเข้|สามพัน), so one ends there only before a verb or a stop word
    (ตำบลหนองหลวง|ไหลบ่า, ตำบลหินเหล็กไฟ|ใช้ประโยชน์)."""
    if registered >= end:
        return False
    if level == "district":
        return True
    first = words(text[registered:end])[0]
    return is_verb(first) or first in NAME_STOPS or first in _admin_stops()


def _starts_with_verb(word: str) -> bool:
    return any(is_verb(word[:k]) for k in range(len(word), 1, -1))


def _admin_cut(name: str) -> int:
    """A district's name ends before a stop word (อำเภอเมืองกระบี่|ประมาณ); direction words stay."""
    stops = _admin_stops()
    pos = 0
    ws = words(name)
    for i, word in enumerate(ws):
        if word in NAME_STOPS or (word in stops and (i > 0 or len(ws) == 1)):
            break  # but บาง|บัวทอง: a district may begin with a function word
        pos += len(word)
    if ws and ws[0] in stops and pos <= len(ws[0]):
        return 0  # the function word alone (แก|ลง): not a name
    return pos


@functools.lru_cache(maxsize=1)
def _admin_stops() -> frozenset[str]:
    from briefing.thai.gazetteer import _lines

    keep = {"ใหม่", "ใต้", "เหนือ", "กลาง", "ใน", "นอก", "บน", "ล่าง", "หลวง", "ใหญ่", "น้อย", "ตะวันออก", "ตะวันตก"}
    return frozenset(w for w in _lines("stopwords_th.txt") if w not in keep)


_VISITED = re.compile(
    r"(?:เยี่ยมชม|ตรวจเยี่ยม|ทัศนศึกษา|(?:เดินทาง)?(?:ต่อ)?(?:ไปยัง|มายัง)|เดินทางไป|เสด็จ(?:ไป|เข้า)?(?:ยัง)?)[ \t]?$"
)
"""A verb of visiting or going: the venue named right after it is the place visited, as after ณ (เยี่ยมชมบ้านนครใน,
ทัศนศึกษาวัดสระเกศราชวรมหาวิหาร, เดินทางต่อไปยังสวนรักตะวัน)."""


_NOT_VISITED_NAMES = ("ย่าน", "ต่าง", "ทั้ง", "ทุก", "ใน", "ของ", "แห่ง", "ที่", "การ", "ความ", "เพื่อ", "ดังกล่าว", "นี้", "นั้น")
"""What follows a head after a verb of visiting when no name does: where about (ชุมชนย่าน...), which ones
(ตลาดต่างประเทศ, ศูนย์ทั้ง 5 แห่ง), an activity (ศูนย์การเรียนรู้ is taken by the wiki titles first)."""


_WHERE_HEADS = ("วัด", "น้ำตก", "เขื่อน", "อุทยาน", "ดอย", "เกาะ", "หาด", "ภูเขา", "วิทยาลัย")
"""Heads inside a centre's name that say where it is (ศูนย์หัตถกรรมวัดธาตุประสิทธิ์, ศูนย์บริการนักท่องเที่ยวน้ำตก
สาริกา, ศูนย์พักพิงวิทยาลัยเทคนิคกันทรลักษ์): the name is that one centre's."""


_NOT_NAMES = frozenset({"โควิด", "ฯลฯ"})
"""Words no dictionary holds that name no place (ศูนย์บริการฉีดวัคซีนโควิด 19: a kind of centre)."""


def _visited_end(text: str, start: int, head: str, g: Gazetteer) -> int:
    """Where a venue named after a verb of visiting ends (`start` if none is named): read as after ณ, then cut
    before the first stop word (และ, ของ: ชุมชนเมืองเก่าสงขลา|และพูดคุย...), and kept only when the name after the head
    is a proper name, not a kind (ตลาดต่างประเทศ, หอนอน, ห้องพักรักษาตัว). A temple is always named (วัดสระเกศราชวรมหาวิหาร,
    its words all in the dictionary)."""
    end = venue_end(text, start, head, g, True)
    if end <= start + len(head):
        return start
    c = chunk_at(text, start)
    if c is not None and end <= c.end:
        end = start + cut_at_stop(text[start:end], len(head))
    tail = text[start + len(head):end].strip()
    if len(tail) < 3 or not is_thai(tail) or tail in dictionary() or tail.startswith(_NOT_VISITED_NAMES):
        return start
    if any(tail.find(h, 2) > 0 for h in (*ORG_HEADS, "บ้าน", "ชุมชน") if len(h) >= 3):
        return start  # ชุมชนท่องเที่ยว|บ้านคลองหรูด, ชุมชน|วิสาหกิจชุมชนบ้านบ่อแร่: the village or body inside is the name
    dic = dictionary()
    assert g.regex is not None
    thai = re.sub(r"[^\u0e01-\u0e2e\u0e30-\u0e4e]+", "", tail)  # the name's Thai letters (no ฯ, number or space)
    named = any(w not in dic and w not in _NOT_NAMES or len(w) == 1 for w in words(thai)) or any(
        tail.find(h, 2) > 0 for h in _WHERE_HEADS
    ) or any(m.group(0) and g.terms[m.group(0)].type == "place" for m in g.regex.finditer(tail))
    return end if named or head == "วัด" else start  # ศูนย์ทดสอบรถยนต์, ศูนย์แรกรับ, สนามสอบ...: a kind of centre, not a named one


def _after_at(text: str, start: int) -> bool:
    return bool(_AT.search(text[max(0, start - 30):start]))


_TEMPLE_ENDINGS = ("าราม", "วิหาร", "ประดิษฐ์", "ประดิษฐาราม")
"""How a temple's name ends (วัดสามัคคีบุญญาราม, วัดบวรนิเวศวิหาร, วัดจันทร์ประดิษฐ์): a name cut by the
word breaker before one of these runs on to it."""


_REGION_WORDS = word_tuple("place_words.toml", "places.region_words")
"""Words a region's own name starts with that the dictionary also holds: geographic words
(ภูมิภาคลุ่มน้ำโขง, ภูมิภาคฝั่งทะเลอันดามัน) and continents or seas in any spelling (ภูมิภาคเอเซียแปซิฟิค,
ภูมิภาคแปซิฟิกตะวันตก, ภูมิภาคอุษาคเนย์)."""


def _region_named(tail: str, g: Gazetteer) -> bool:
    """After ภูมิภาค, a name: a listed place, a geographic word, or a word the dictionary does not hold
    (อุษาคเนย์); ภูมิภาค|ต่อไป, ภูมิภาค|เดียวกัน, ภูมิภาค|ภายหลังการแพร่ระบาด name no region."""
    assert g.regex is not None
    known = g.regex.match(tail)
    if known and known.group(0) and g.terms[known.group(0)].type == "place":
        return True
    first = words(tail)[0] if tail else ""
    return tail.startswith(_REGION_WORDS) or first not in dictionary()


def venue_end(text: str, start: int, head: str, g: Gazetteer, at: bool) -> int:
    c = chunk_at(text, start)
    if c is None:
        return start
    limit = c.end
    assert g.regex is not None
    if any(len(h) > len(head) and text.startswith(h, start) for h in ORG_HEADS):
        return start  # มณฑลทหารบก: an army unit, not the province (มณฑล) of a country
    if head in _BY_COUNTRY or head == "ด่านชายแดน":  # ด่านชายแดนไทย-กัมพูชา: the checkpoints of a border
        country = g.regex.match(text, start + len(head))
        if country and country.group(0) and g.terms[country.group(0)].kind == "country":
            return start  # ชายแดนไทย-กัมพูชา: the places are the countries
    m = g.regex.match(text, start)
    known = m.end() if m and m.group(0) and g.terms[m.group(0)].type == "place" else start
    dic = dictionary()
    for end in range(limit, start + len(head), -1) if known <= start else ():
        if text[start:end] in g.wiki() and text[start:end] not in dic and text[end:end + 1] not in _HYPHENS and not (
            head == "ศูนย์" and text[start + len(head):end] in dic  # ศูนย์เรียนรู้ (a wiki title): a kind of centre
        ):
            known = max(known, end)
            break
    if known > start:
        end = known
    elif text[start:limit] == head and head in ("อาคาร", "ตึก", "ห้องประชุม"):
        n = next_chunk(text, limit)  # อาคาร สมอ.: a building named by its owner
        term = g.terms.get(_OWNER_NUMBER.sub("", n.text)) if n else None  # ห้องประชุม อก.1: the owner's room 1
        if n and (term and term.type == "organisation" or _NUMBER_CHUNK.match(n.text)):
            return n.end  # ห้องประชุม 501
        return _named_after_space(text, limit, at) or start  # ห้องประชุม Ballroom 3
    elif head in STRONG_VENUES or at:
        end = start + cut_at_stop(text[start:limit], len(head), _AT_ALLOW if at else frozenset())
        if at and head in _LONG_NAME_HEADS:
            end = max(end, _long_name_end(text, start + len(head), limit))  # ณ ศูนย์บริหารจัดการจราจรและอุบัติเหตุ
        if end - start - len(head) == 1 and limit - end >= 2 and head in _LOANWORD_HEADS:
            end = limit  # โรงแรมอ|มา|รี: newmm reads a loanword name in letters; the name is the whole chunk
        floor = _FLOOR.search(text, start + len(head), end + 2)
        if floor and floor.start() < end:
            end = floor.start()  # ห้องประชุมอุทัยชั้น 6: the floor is where the room is, not its name
        name = text[start:end]
        if end - start <= len(head) and head not in ("ทำเนียบรัฐบาล", "ท้องสนามหลวง"):
            named = _named_after_space(text, limit, at) if limit == start + len(head) else None
            if head in _SPACED_NAME_HEADS and at and limit == start + len(head):
                n = next_chunk(text, limit)  # ณ โรงแรม แกรนด์ อโณมา: the loanword name after a space
                if named is None and n is not None and _hotel_word(n.text, g):
                    named = n.end
                named = _hotel_name_end(text, named, g) if named else None
            return named or start
        if head == "ภูมิภาค" and not at and (
            text[start + len(head):end] in _GENERIC_REGION or _starts_with_verb(words(text[start + len(head):end] or "-")[0])
        ):
            return start  # ในภูมิภาคยกระดับ...: 'in the region, upgrade ...', no region named
        if head == "ภูมิภาค" and not _region_named(text[start + len(head):end], g):
            return start  # ในภูมิภาคต่อไป, ภูมิภาคเดียวกัน, ภูมิภาคทางด้านการวิจัย: 'the region', then common words
        if head in _PRISONS:
            end = start + len(head) + _prison_cut(name[len(head):])  # ทัณฑสถาน|เยี่ยมชม...: a verb ends it
            name = text[start:end]
            if end - start <= len(head):
                return start
        if head in _HERITAGE_HEADS:  # เมืองโบราณเสมาพระนอนหินทราย|ตั้งอยู่ภายนอก...
            end = start + len(head) + _heritage_cut(name[len(head):])
            name = text[start:end]
        if head in _NATURAL:
            end = start + len(head) + _natural_cut(name[len(head):])
            name = text[start:end]
            if end - start <= len(head) or _WATER.fullmatch(head) and name[len(head):].startswith(_WATER_KINDS):
                return start  # ในพื้นที่ลุ่มน้ำชั้นที่ 1 เอ: a watershed class, no basin named
        tail = name[len(head):]
        first_word = words(tail)[0] if tail else ""
        if (name in dic and name not in g.wiki()) or tail in _GENERIC_VENUE or (
            first_word in _GENERIC_VENUE and not _place_follows(tail[len(first_word):], g)
        ) or (
            not at and tail.startswith(_PREPOSITIONS)
        ) or (
            not at and first_word in _CLAUSE_WORDS  # ทางเข้าหมู่บ้าน|ถูกดินโคลนถล่ม: the village, then a clause
        ):  # โรงแรมในประเทศไทย: hotels in Thailand, not a hotel's name
            return start
        if (head in _HERITAGE_HEADS or head == _NATIONAL_PARK) and tail.startswith(_PARK_NOT_NAMES):
            return start  # อุทยานประวัติศาสตร์ช่วงวันหยุด, ...เสมือนจริง: no park named
        if head == "บ้าน" and tail.find("หมู่", 2) > 0:
            end = start + len(head) + tail.find("หมู่", 2)  # ณ บ้านนาคอยหมู่ที่ 10: the village, not its number
            tail = tail[:tail.find("หมู่", 2)]
        if head == "บ้าน" and (tail.startswith(_HOUSE_NOT_NAMES) or tail in dic):
            return start  # ณ บ้านเลขที่ 12, ณ บ้านพัก, ณ บ้านนายสมชาย: an address or someone's house
        if head == "ศูนย์" and (tail in dic or len(tail) < 4):
            return start  # ณ ศูนย์ฝึกอบรม, ณ ศูนย์แถลงข่าว: a kind of centre, not a named one
        if head == "ด่านชายแดน" and (not first_word or _starts_with_verb(first_word)):
            return start  # ด่านชายแดนเป็นลำดับแรก: border checkpoints, then a verb
        if not at and head == "ค่าย" and tail.startswith(_CAMP_KINDS):
            return start  # ค่ายรถยนต์ (a car maker), ค่ายลูกเสือ (a scout camp): a kind, not a named camp
        numbered = bool(_NUMBER_CHUNK.match((next_chunk(text, end) or _NONE).text))
        if not at and not numbered and (is_verb(tail) or (head in _KIND_HEADS and tail in dic)):
            return start  # อาคารพลังงาน, ห้องปฏิบัติการ, ท่าเรือบริการ: a kind of place, not a named one
        if not at and any(name[:k] in dic for k in range(len(name) - 1, len(head), -1)):
            return start  # ตึกแถว..., ตลาดทุน...: a common noun that starts like a venue
        joined = name.find("และ", len(head))
        owner = g.regex.match(text, start + len(head))
        listed = owner is not None and bool(owner.group(0)) and g.terms[owner.group(0)].type == "organisation"
        if joined > 0 and text.startswith(VENUE_HEADS + ORG_HEADS, start + joined + 3) and not (
            listed and owner is not None and owner.end() > start + joined + 3
        ):  # ห้องประชุมกระทรวงเกษตรและสหกรณ์: one listed body's name holds the และ, one venue
            end = start + joined  # ด่านศุลกากรเชียงของและด่านศุลกากรแม่สอด: two venues
    else:
        return start
    if head == "วัด" and start + len(head) < end < limit and text[start:limit].endswith(_TEMPLE_ENDINGS):
        end = limit  # วัดจันทร์|ประดิษฐ์, วัดสามัคคี|บุญญาราม: a temple's name runs on to its ending
    # trailing number ("ตึกบัญชาการ 1"), a building named by its owner ("อาคาร สมอ."),
    # or the second word of a hotel's name
    n = next_chunk(text, end) if end == limit else None
    if n and (end == start + len(head) or head in _OWNED_BUILDINGS and "." in n.text) and g.terms.get(n.text) and g.terms[n.text].type == "organisation" or n and _NUMBER_CHUNK.match(n.text) and not _measure_after(text, n.end) and text[n.end:n.end + 1] not in (",", ".", ")") or n and head in ("โรงแรม", "ศูนย์การค้า") and _second_word_ok(n.text, g):
        end = n.end
        if head == "โรงแรม" and n.text not in _HOTEL_WORDS_END:
            end = _hotel_name_end(text, end, g)
    elif at and end == limit and n is not None and _loanword(n.text, g) and not _names_a_place(n.text, g) and not _starts_hotel(text, n.end):
        end = _loanword_name_end(text, n.end, g)  # ณ ท่าเทียบเรือยอร์ช| เฮเว่น มารีน่า
    return end


_OWNED_BUILDINGS = ("อาคาร", "ตึก", "สนามกีฬา", "หอประชุม")
"""Buildings written with their owner's short form after a space stay whole, named or not (C3: อาคาร ททท., ตึกอำนวยการ
ยสท.): สนามกีฬากลาง มทร.ธัญบุรี (heldout79 h05), อาคารโพเดียม ธ.ก.ส., อาคารอำนวยการ กสทช. (a 3,000-release draw:
5 such, every one the owner's building)."""


def _loanword_name_end(text: str, end: int, g: Gazetteer) -> int:
    """A venue after ณ whose name goes on after a space in transliterated words no dictionary holds (ณ ท่าเทียบเรือ
    ยอร์ช| เฮเว่น มารีน่า, ณ สนามช้าง| อินเตอร์เนชั่นแนล เซอร์กิต): up to three more such words, as a hotel's name
    (_hotel_name_end); a place, body, title or common word ends it."""
    for _ in range(3):
        n = next_chunk(text, end)
        if n is None or not _loanword(n.text, g, first=False) or _names_a_place(n.text, g) or _starts_hotel(text, n.end):
            return end
        end = n.end
    return end


def _starts_hotel(text: str, end: int) -> bool:
    """ณ ห้องราชพฤกษ์| ชลพฤกษ์ รีสอร์ท: the chunk ending at `end` starts a hotel's name, the venue the room is in."""
    n = next_chunk(text, end)
    return n is not None and n.text in _HOTEL_WORDS_END


_BESIDE = ("ริม", "ใกล้", "หน้า", "ข้าง", "บริเวณ", "ภายใน", "หลัง", "บ้าน", "หมู่บ้าน", "ถนน", "ซอย", "สนาม", "รถไฟ", "สถานี", "ตลาด")


def _names_a_place(chunk: str, g: Gazetteer) -> bool:
    """Is a spaced chunk after a venue no part of its name: another place (ตลาดสีเขียว| สนามข่วงวัฒนธรรม, สะพานบางขนาก|
    ริมแม่น้ำบางปะกง, ...| บ้านสำโรง: a venue head, a word of where, a registered area or a known place inside it),
    a post or short form (ด้านผู้ว่าฯ), or the sentence going on (a long verb first, a stop word last)?"""
    from briefing.thai import admin

    assert g.regex is not None
    ws = words(chunk)
    if "ฯ" in chunk or "ผู้" in chunk or not ws or len(ws[0]) > 3 and is_verb(ws[0]) or ws[-1] in NAME_STOPS:
        return True  # วัดพระธาตุชัยภูมิ| ด้านผู้ว่าฯ, ...ทฤษฎีใหม่| ประยุกต์สู่: a post, a verb, the sentence goes on
    if any(w.startswith(_BESIDE) or w.startswith(VENUE_HEADS) or len(w) > 3 and w in admin.areas() for w in ws):
        return True
    return any(m.group(0) and g.terms[m.group(0)].type == "place" for m in g.regex.finditer(chunk))


_SPACED_NAME_HEADS = ("โรงแรม", "ศูนย์การค้า", "ห้างสรรพสินค้า")
"""Heads after ณ whose loanword name follows a space (ณ โรงแรม แกรนด์ อโณมา, ณ ศูนย์การค้า เอ็ม บี เค เซ็นเตอร์)."""
_HOTEL_JOINERS = frozenset({"แอนด์", "บาย", "แอท", "เดอะ", "ดิ", "&"})
_HOTEL_WORDS_END = frozenset({"โฮเทล", "รีสอร์ท", "รีสอร์ต"})


_CLAUSE_STARTS = NAME_STOPS | {"หาก", "ถ้า", "แต่", "เพราะ", "จึง", "ทั้งนี้", "นอกจากนี้", "อย่างไรก็ตาม", "ส่วน", "สำหรับ",
                                "โดยมี", "เพื่อให้", "ซึ่งเป็น", "พบ", "ผู้", "คณะ", "ประชาชน", "เจ้าหน้าที่"}
"""Words a clause starts with: a spaced word after ณ โรงแรม that starts with one begins the sentence, no name."""


_WHICH_STARTS = ("ทุก", "ทั่ว", "ต่าง", "หลาย", "อื่น", "แห่ง", "ใกล้", "ชั้นนำ", "ดังกล่าว", "นั้น", "นี้")


def _loanword(word: str, g: Gazetteer, first: bool = True) -> bool:
    """รอยัล, รามาดา, สบายโฮเทล, บางแสนเฮอริเทจ: a Thai-letter word no dictionary holds (a transliterated
    name, spaced after ณ โรงแรม), though newmm may find a verb (รอ, สบาย) or a place the glossary knows
    (บางแสน) at its start; not a place, body or area head, title, honorific or a clause's first word."""
    assert g.title_regex is not None and g.regex is not None
    dic = dictionary()
    if len(word) > 16 or word in dic or word in NAME_STOPS or not re.fullmatch(r"[\u0e01-\u0e4e]+(?:\.[\u0e01-\u0e4e]+){0,3}\.?", word):
        return False
    if word.startswith(ORG_HEADS + VENUE_HEADS + _HOTEL_STOPS + ("จังหวัด", "อำเภอ", "จ.", "อ.")):
        return False
    known = g.regex.match(word)
    from briefing.thai import admin

    if known and known.group(0) == word or word in admin.areas():
        return False  # โรงแรม VIE ราชเทวี: where the hotel is, a registered area
    title = g.title_regex.match(word)
    if (title and title.group(0)) or any(word.startswith(h) for h in g.honorifics):
        return False
    ws = words(word)
    return bool(ws) and (ws[0] not in _CLAUSE_STARTS or not first and len(ws) > 1) and not is_verb(word)


def _hotel_word(word: str, g: Gazetteer) -> bool:
    """A word that can start a hotel's loanword name: no place, body, verb, title or stop word; a
    transliterated word is one even when newmm finds a verb at its start (รอ|ยัล, สบาย|โฮเทล)."""
    assert g.title_regex is not None
    if _loanword(word, g):
        return True
    if word.startswith(_WHICH_STARTS):
        return False  # ณ ห้างสรรพสินค้า ทุกแห่ง: which ones, no name
    if not _second_word_ok(word, g) or _NUMBER_CHUNK.match(word) or word.startswith(_HOTEL_STOPS):
        return False
    ws = words(word)
    title = g.title_regex.match(word)
    return bool(ws) and not is_verb(ws[0]) and not _starts_with_verb(ws[0]) and not (title and title.group(0)) and not any(
        word.startswith(h) for h in g.honorifics
    )


def _hotel_name_end(text: str, end: int, g: Gazetteer) -> int:
    """โรงแรมอวานี พลัส ริเวอร์ไซด์, โรงแรมดวงจิตต์ รีสอร์ท แอนด์ สปา: a hotel's loanword name goes on over
    more spaced words (up to four more) while none is a place, a body, a title, a verb or a stop word;
    a joiner (แอนด์, บาย) is kept only with a word after it. Counted after ณ โรงแรม in 8,000 releases:
    most hotel names have two to five spaced words."""
    assert g.title_regex is not None
    for _ in range(4):
        n = next_chunk(text, end)
        if n is None or not (_hotel_word(n.text, g) or text[end - 1] == "." and _second_word_ok(n.text, g)):
            return end  # (โรงแรม ทีเค. พาเลซ: an abbreviation's dot, then the name goes on)
        if n.text in _HOTEL_JOINERS:
            after = next_chunk(text, n.end)
            if after is None or not _second_word_ok(after.text, g):
                return end
        end = n.end
        if n.text in _HOTEL_WORDS_END:
            return end
    return end


_HOTEL_STOPS = word_tuple("place_words.toml", "places.hotel_stops")


_HOUSE_NOT_NAMES = word_tuple("place_words.toml", "places.house_not_names")
_LONG_NAME_HEADS = ("ศูนย์", "ห้องประชุม")
"""Heads whose names after ณ are an agency's or a project's, with verbs in them (ศูนย์อำนวยการแก้ไขหนี้...,
ห้องประชุมโครงการส่งน้ำและบำรุงรักษากุมภวาปี): the name runs to a function word, not to the first verb."""
_LONG_NAME_STOPS = word_set("place_words.toml", "places.long_name_stops")


def _long_name_end(text: str, pos: int, limit: int) -> int:
    """Where a long venue name that starts at `pos` ends: before a function word (และ only when a
    second name part does not follow: ...จราจรและอุบัติเหตุ keeps it, ...นอกระบบ|และ... does not reach here
    since the chunk ends at the space)."""
    ws = words(text[pos:limit])
    end = pos
    for i, w in enumerate(ws):
        if w[:1].isdigit() or (w in _LONG_NAME_STOPS and not (w == "และ" and 0 < i < len(ws) - 1 and ws[i + 1] not in _LONG_NAME_STOPS)):
            break
        end += len(w)
    return end


_HERITAGE_HEADS = ("อุทยานประวัติศาสตร์", "เมืองโบราณ", "แหล่งโบราณคดี")
_PARK_NOT_NAMES = word_tuple("place_words.toml", "places.park_not_names")
"""What follows อุทยานประวัติศาสตร์ when no park is named (counted in thaigov-v2: the head glued to a
name is a named park in ~95% of 480 uses)."""
_NATIONAL_PARK = "อุทยานแห่งชาติ"
_PARK_OWNERS = ("กรม", "พระราชบัญญัติ", "พ.ร.บ.", "คณะกรรมการ", "เจ้าพนักงาน", "ที่ทำการ")
_PARK_NAME_STARTS = word_tuple("place_words.toml", "places.park_name_starts")
"""The natural features Thai national parks are named for (Department of National Parks, Wildlife and Plant
Conservation's list of parks: อุทยานแห่งชาติเขาใหญ่, ดอยอินทนนท์, ภูกระดึง, หมู่เกาะสุรินทร์, แก่งกระจาน, ทับลาน...).
Only a park named so is taken when the head is glued after an ordinary word: on 400 corpus releases naming a
park, the head glued to anything else was as often a phrase (อุทยานแห่งชาติบางส่วน, ...ตั้งอยู่หลายแห่ง) as a name."""
"""What glues before อุทยานแห่งชาติ when it is part of a body's or a law's name, not a park (กรมอุทยานแห่งชาติ
สัตว์ป่า และพันธุ์พืช, พระราชบัญญัติอุทยานแห่งชาติ พ.ศ. 2562). Elsewhere the head glued to a name is a named park
wherever it stands (เจ้าหน้าที่ดับไฟป่าอุทยานแห่งชาติพุเตย, ทั้งอุทยานแห่งชาติเขาแหลม), as historical parks are."""
def _place_follows(rest: str, g: Gazetteer) -> bool:
    """เรือนจำกลาง|กำแพงเพชร: after a generic modifier, the rest is a province's or a known place's name."""
    from briefing.thai import admin

    assert g.regex is not None
    if len(rest) < 3:
        return False
    m = g.regex.match(rest)
    if m and m.group(0) == rest and g.terms[rest].type == "place":
        return True
    return rest in admin.areas() and rest not in dictionary()  # ...กลาง|คลองไผ่, a subdistrict


_FLOOR = re.compile(r"ชั้น(?:ที่)?(?=[ \t]?[0-9๐-๙])")
_HYPHENS = frozenset("-–")
_LOANWORD_HEADS = ("โรงแรม", "ห้อง", "ห้องประชุม", "อาคาร", "ศูนย์การค้า")
"""Heads whose names are often foreign words newmm cannot read (โรงแรมอมารี, โรงแรมแชงกรี-ลา)."""


_LATIN_AFTER = re.compile(
    r"[ \t]+[A-Z][A-Za-z0-9'&.-]*(?:[ \t]+(?:of|at|on|by|and|the|&|[A-Z0-9][A-Za-z0-9'&.-]*))*"
)  # & as a word: โรงแรม Phuket Marriott Resort & Spa, ห้องประชุม Starlight See Stars & Forest Resort
_QUOTED_NAME = re.compile(r"[ \t]?[\"“][\u0e01-\u0e4e]{2,30}[\"”]")
_THE_TH = ("เดอะ", "ดิ")
"""Thai spellings of 'the' that start a hotel's loanword name: โรงแรม เดอะ สุโกศล."""


def _named_after_space(text: str, end: int, at: bool) -> int | None:
    """A venue head alone, then its name after a space: in Latin script (ห้อง Grand Ballroom,
    ศูนย์ประชุม Congress) or a loanword after เดอะ/ดิ (โรงแรม ดิ แอทธินี). Returns where the name ends."""
    m = _LATIN_AFTER.match(text, end)
    if m and (at or any(ch.islower() for ch in m.group(0))):  # ห้อง ICU: a kind of room, unless after ณ
        name_end = m.end()
        while True:  # a trailing 'of'/'and' belongs to what follows, not the name
            cut = re.search(r"[ \t]+(?:of|at|on|by|and|the|&)$", text[end:name_end])
            if not cut:
                return name_end
            name_end = end + cut.start()
    q = _QUOTED_NAME.match(text, end)
    if q:
        return q.end()  # ศาลเจ้า "เกียนอันเกง": the name in quotes
    n = next_chunk(text, end)
    if n and n.text in _THE_TH:
        name = next_chunk(text, n.end)
        if name and not name.text.startswith(ORG_HEADS + VENUE_HEADS) and name.text not in NAME_STOPS:
            return name.end
    return None


_MEASURES = word_tuple("place_words.toml", "places.measures")


def _measure_after(text: str, end: int) -> bool:
    """ที่ว่าการอำเภอวังเหนือ 8 กิโลเมตร: the number measures a distance, it is not the building's."""
    n = next_chunk(text, end)
    return n is not None and n.text.startswith(_MEASURES) and not n.text.startswith(("กิโลเมตรที่", "กม.ที่"))


_PRISONS = ("ทัณฑสถาน", "เรือนจำ", "สถานพินิจและคุ้มครองเด็กและเยาวชน")


def _prison_cut(tail: str) -> int:
    """ทัณฑสถานหญิงกลาง, เรือนจำจังหวัดกาญจนบุรี: the name ends before a verb of action or state
    (ทัณฑสถาน|เยี่ยมชม), not an attribute (ทัณฑสถานบำบัดพิเศษหญิง)."""
    pos = 0
    tags = pos_tags()
    for word in words(tail):
        if tags.get(word, "").startswith(("VACT", "VSTA", "XV")) or word in NAME_STOPS or word.startswith("แห่ง"):
            break  # เรือนจำ|แห่งนี้, เรือนจำจังหวัดร้อยเอ็ด|แห่งใหม่: which one, not its name
        pos += len(word)
    return pos


_HERITAGE_STOPS = frozenset({"ตั้งอยู่", "อยู่", "ตั้ง", "เป็น", "ซึ่ง", "อีก", "ภายนอก", "ภายใน", "ใน", "อีกด้วย", "ด้วย"})


def _heritage_cut(tail: str) -> int:
    """Where a heritage site's glued name ends: before a word of position or state (เมืองโบราณเสมา...|ตั้งอยู่
    ภายนอก...) or the next site's head; its own words may be verbs or nouns (ฟ้าแดดสงยาง, พังยาง)."""
    pos = 0
    for word in words(tail):
        if word in NAME_STOPS or (pos and (word in _HERITAGE_STOPS or word.startswith(_HERITAGE_HEADS + ("โบราณสถาน",)))):
            break
        pos += len(word)
    return pos


def _natural_cut(tail: str) -> int:
    """Where the name of a river, cave or bay ends: before a verb, a word of position
    (ลุ่มน้ำวัง|ท้ายเขื่อน) or another place head (ลำน้ำพะเนียง|เอ่อล้น)."""
    pos = 0
    for word in words(tail):
        if word in _NATURAL_STOPS or (pos and (is_verb(word) or word.startswith(VENUE_HEADS + _NATURAL_STOPS))):
            break
        pos += len(word)
    return pos


_WHERE_WORDS = ("จังหวัด", "อำเภอ", "ตำบล", "แขวง", "เขต", "หมู่", "จ.", "อ.", "ต.")
"""Words that start where a venue is, not the second word of its name (โรงแรมราวดี ตำบลปากพูน, details/75961...)."""


def _second_word_ok(word: str, g: Gazetteer) -> bool:
    if len(word) > 16 or word in NAME_FOLLOWERS or word in NAME_STOPS:
        return False
    if word.startswith(ORG_HEADS + VENUE_HEADS + _WHERE_WORDS):
        return False  # โรงแรมราวดี| ตำบลปากพูน: where the hotel is, a place of its own
    assert g.regex is not None
    m = g.regex.match(word)
    if m and m.group(0):
        return False
    return bool(re.fullmatch(r"[\u0e01-\u0e4e]+|[A-Za-z][A-Za-z&'-]*", word))


_VENUE_PRECEDERS = PLACE_PRECEDERS + ("สักการะ", "นมัสการ", "เยี่ยมชม", "ชม", "ตรวจเยี่ยม", "พระอุโบสถ", "พระวิหาร",
                                      "พระวิหารหลวง", "หอพระ", "ศาลา")
"""Verbs a venue is glued to as their object (and a temple's halls, พระอุโบสถวัดกลาง: the temple follows): สักการะพระธาตุประสิทธิ์ (worship at), เยี่ยมชมปราสาท... (visit)."""


_ROAD_PRECEDERS = ("ตาม", "บน", "อยู่", "ตลอด", "ฝั่ง", "แยก", "ย่าน")
"""Words a road's name is glued to in route and traffic notes (ไปตามถนนเจริญราษฎร์, บนถนนลาดพร้าว, ตั้งอยู่ถนน
สุขุมวิท); a kind of road after them (ตามถนนสายหลัก, บนถนนที่มี...) is left by the venue checks."""


_ROAD_KINDS = word_tuple("place_words.toml", "places.road_kinds")
_CLAUSE_WORDS = frozenset({"ถูก", "จะ", "ก็", "ยัง", "ได้รับ", "กำลัง"})
"""Words that start a clause, never a venue's name: a venue head glued to one (หมู่บ้านถูกดินโคนถล่ม, 'the village was
buried by a mudslide') names no venue."""
_ACCESS_ROADS = ("ทางเข้า", "ทางออก")
"""ถนนทางเข้าหมู่บ้าน, ถนนทางเข้าออกชุมชน, ถนนทางออก...: the road in or out of somewhere, a kind of road (31 corpus
releases write ถนนทางเข้า), not its name. Before, a venue cue glued before it made the whole clause a road: ราย
ถนนทางเข้าหมู่บ้านถูกดินโคนถล่มทับเส้นทางเสียหาย (bench/heldout136 h03, details/88893)."""
_ROAD_KIND_CODE = re.compile(r"ทางหลวง(?:ชนบท|แผ่นดิน)?(?:สาย)?(?![ \t]?(?:[ก-ฮ]{2}\.)?[ \t]?[0-9])")
"""After ตาม/บน a road is often a kind (บนถนนที่มี..., ตามถนนสายหลัก, บนถนนทางหลวงสายหลัก), which names none;
a highway is named only with its number (ถนนทางหลวงชนบทสาย ชบ.3027)."""


_TEMPLE_NAMED = re.compile(r"วัด[\u0e01-\u0e4e]{2,30}?(?:าราม|วรวิหาร|วิหาร)(?=[ \t\n,.()\"“”]|$)")
"""วัด, a name, and a royal or monastery ending (...าราม, ...วรวิหาร, ...วิหาร) ending the word: a temple, wherever it
stands. วัด alone is also 'to measure' (วัดผล, ตรวจวัด), so the head is taken without a cue only with such an ending.
On 400 random archive releases 5 such temples stood after no cue (ไวยาวัจกรวัดราชบพิธสถิตมหาสีมาราม, มีวัดหมื่นพุทธเมตตา
คุณารามเป็น..., ให้วัดพระมหาธาตุวรมหาวิหาร...)."""
_NOT_TEMPLE_BEFORE = ("จังห", "ตรวจ", "มาตร", "ชี้", "รัง", "ไข้ห", "โรงเรียน", "ร.ร.", "รร.")
"""Before วัด: a word it ends (จังหวัด, ตรวจวัด), or a school named after its temple (โรงเรียนวัดอินทาราม: the school)."""

_TEMPLE_POSTS = ("เจ้าอาวาส", "เจ้าคณะ", "รองเจ้าอาวาส")
"""Monastic posts a temple's name is glued to: เจ้าอาวาสวัดธาตุประสิทธิ์, the abbot of the temple."""
_TEMPLE_MONKS = ("สงฆ์", "นิกาย")
"""A temple's monks (คณะสงฆ์วัดโสธรวราราม) and an order's temple (จีนนิกายวัดโพธิทัตตาราม): the temple glued
after them is named. Counted in thaigov-v2: สงฆ์วัด 120, นิกายวัด 5."""


_WATER = re.compile(r"อ่างเก็บน้ำ|แม่น้ำ|(?<!ก)ลุ่มน้ำ|ทะเลสาบ|คลอง(?!ด่าน)")
_WATER_KINDS = word_tuple("place_words.toml", "places.water_kinds")
_WATER_STOPS = word_tuple("place_words.toml", "places.water_stops")
"""Words that end a waterway's name: where it is (คลองแม่ข่า|จังหวัดเชียงใหม่), a verb or a phrase after it."""
"""Words after แม่น้ำ/คลอง that make a kind of waterway or a phrase, not a named one: คลองชลประทาน, คลองธรรมชาติ,
คลองผันน้ำ, แม่น้ำลำคลอง, แม่น้ำสายหลัก, ลุ่มน้ำทั้งระบบ."""
_WATER_HOSTS = word_tuple("place_words.toml", "places.water_hosts")
_STREAM_WORDS = ("ห้วย", "ลำห้วย", "หนอง", "บึง")
"""A reservoir or canal named after a stream or pond: the stream's name runs to the end of the word group."""
_SAI_KINDS = word_tuple("place_words.toml", "places.sai_kinds")
"""แม่น้ำสาย is the Sai River unless a word makes สาย the classifier: แม่น้ำสายหลัก (main rivers), แม่น้ำสายสำคัญ."""
_COUNTED = re.compile(r"[0-9๐-๙][ \t]*$")
"""200 คลอง, 10 คลองเป้าหมาย: คลอง after a number is its classifier, no canal named."""
"""Words a waterway's name is glued to when it is part of another name or a phrase: บ้านคลองเคียน (a village),
ตลาดคลองถม (a market), ลำคลอง, ท่าคลอง... The venue rules take those whole."""


def find_waters(text: str) -> list[PlaceMention]:
    """Named rivers, basins, lakes, reservoirs and canals wherever they stand: ข้ามแม่น้ำปิง, ลุ่มน้ำเจ้าพระยา,
    ทะเลสาบสงขลา, อ่างเก็บน้ำประแสร์, ขุดลอกคลองป่าน้ำเกี๋ยง. Such a head with a name is a place in itself (no ณ needed); a following word
    that makes a kind (คลองชลประทาน, แม่น้ำลำคลอง) or a verb (ระดับน้ำในแม่น้ำ|เพิ่มสูงขึ้น) names none."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[PlaceMention] = []
    for m in finditer_if(_WATER, text, "อ่างเก็บน้ำ", "แม่น้ำ", "ลุ่มน้ำ", "ทะเลสาบ", "คลอง"):
        start, head = m.start(), m.group(0)
        if start and is_thai(text[start - 1]) and text[max(0, start - 10):start].endswith(_WATER_HOSTS):
            continue
        if _COUNTED.search(text, max(0, start - 6), start):
            continue
        known = g.regex.match(text, start)
        if known and known.group(0) and g.terms[known.group(0)].type == "place":
            continue  # แม่น้ำโขง, ลุ่มน้ำโขง: the glossary scan finds it, with its English
        c = chunk_at(text, start)
        if c is None:
            continue
        tail_at = m.end()
        name = text[tail_at:tail_at + cut_at_stop(text[tail_at:c.end], 0, verbs=True)]
        pos = 0
        for w in words(name):
            if pos and w.startswith(_WATER_STOPS):
                break
            pos += len(w)
        end = tail_at + _natural_cut(name[:pos])
        if text.startswith(_STREAM_WORDS, tail_at):  # อ่างเก็บน้ำห้วยสายนาเวียง: a stream's name, whole
            whole = text[tail_at:tail_at + cut_at_stop(text[tail_at:c.end], 0)]
            length = 0
            for w in words(whole):
                if length and w.startswith(_WATER_STOPS):
                    break
                length += len(w)
            end = max(end, tail_at + length)
        while end > tail_at and text[end - 1] in "-– ":
            end -= 1  # แม่น้ำกก–แม่น้ำสาย: two rivers, each its own name
        registered, _ = admin.longest_name(text, tail_at, ("province", "district", "subdistrict"))
        if registered > end and registered - tail_at >= 4:
            end = registered  # คลองบางกอกน้อย, ลุ่มน้ำหนองหาร: named after an area the register knows, a word in it or not
        part = re.compile(r"ตอน(?:บน|ล่าง|กลาง)").match(text, end)
        if part and end > tail_at:
            end = part.end()  # ลุ่มน้ำเจ้าพระยาตอนล่าง: the lower basin is one place
        if head == "แม่น้ำ" and end == tail_at and text.startswith("สาย", tail_at) and not text.startswith(_SAI_KINDS, tail_at + 3):
            end = tail_at + 3  # ข้ามแม่น้ำสายที่ อ. แม่สาย: the Sai River (สาย ends a name elsewhere: แม่น้ำวัง|สายเก่า)
        tail = text[tail_at:end]
        ws = words(tail)
        area_named = registered >= end and len(tail) >= 4 and tail not in dictionary()  # แม่น้ำสายบุรี, คลองหลวง
        river_sai = tail == "สาย" and head == "แม่น้ำ" and not text.startswith(_SAI_KINDS, end)  # the Sai River, not แม่น้ำสายหลัก
        if len(tail) < 2 or not ws or (ws[0].startswith(_WATER_KINDS) and not area_named and not river_sai) or ws[0] in NAME_STOPS or tail.startswith(("สันทำนบ", "สันเขื่อน")) or (
            _starts_with_verb(ws[0]) and registered < end
        ):
            continue
        if tail in dictionary() and len(ws) > 1:
            continue  # แม่น้ำลำธาร: a compound common word
        joined = tail.find("และ")
        if joined > 0:
            end = tail_at + joined
        if text[end:end + 1] in "-–" and end + 1 < len(text) and is_thai(text[end + 1]):
            n = chunk_at(text, end + 1)  # ลุ่มน้ำชี-มูล: a basin of two rivers
            cut = _natural_cut(n.text) if n is not None else 0
            other = g.regex.match(n.text) if n is not None else None
            if n is not None and n.start == end + 1 and cut == len(n.text) and not n.text.startswith(VENUE_HEADS) and not _WATER.match(n.text) and not (other and other.group(0)):
                end = n.start + cut
        out.append(PlaceMention(start, end))
    return out


_MALL_HEAD = r"(?:(?P<head>ศูนย์การค้า|ห้างสรรพสินค้า|ห้าง)[ \t]?)?"
_MALL_NOT_AFTER = ("รพ.", "โรงพยาบาล", "บริษัท", "บริษัท ", "บมจ.", "บมจ. ", "กลุ่ม", "เครือ", "โรงแรม")
_RAMA = re.compile(r"[ \t]?พระราม[ \t]?([0-9]{1,2})(?![0-9])")


@functools.lru_cache(maxsize=1)
def _mall_brands() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, bool]]]:
    """briefing/data/venues.toml [[brand]]: every Thai spelling -> (English, a single mall?), their regex with
    the optional mall word before, and the brands alone (a fast scan: re skips to their first letters; the
    optional word leaves the first regex none, so it tries every position)."""
    from briefing.thai.gazetteer import _load_toml

    table: dict[str, tuple[str, bool]] = {}
    for b in _load_toml("venues.toml").get("brand", []):
        if b.get("th") and b.get("en"):
            for th in [b["th"], *(b.get("aliases") or [])]:
                table[th] = (b["en"], bool(b.get("alone")))
    names = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(_MALL_HEAD + f"(?P<brand>{names})"), re.compile(names), table


def _mall_branch(text: str, pos: int) -> tuple[int, str] | None:
    """The town or road a chain's mall is named after, right after the brand: เซ็นทรัล เชียงใหม่, เซ็นทรัลพลาซา
    ขอนแก่น, เดอะมอลล์ บางแค, เซ็นทรัล พระราม 9 -> (end, English)."""
    from briefing.thai import admin

    rama = _RAMA.match(text, pos)
    if rama:
        return rama.end(), f"Rama {rama.group(1)}"
    at = pos + 1 if text[pos:pos + 1] in (" ", "\t") else pos
    end, area = admin.longest_name(text, at, ("province", "district", "subdistrict"))
    if area is None or end - at < 3 or (end < len(text) and is_thai(text[end])):
        return None
    if area.level == "subdistrict" and text[at:end] in dictionary():
        return None
    return end, area.en


def find_malls(text: str) -> list[PlaceMention]:
    """Shopping malls named by their brand (briefing/data/venues.toml): a single mall wherever it is named
    (ฟอร์จูนทาวน์, เอ็มบีเค เซ็นเตอร์), a chain's mall with its branch town (ศูนย์การค้าเซ็นทรัล เชียงใหม่ ->
    'Central Chiang Mai'), or after a mall word or ณ (ห้างสรรพสินค้าเดอะมอลล์, ณ เซ็นทรัลพลาซา); a chain's name
    alone or glued to more words is the company (เซ็นทรัลพัฒนา, เซ็นทรัล รีเทล), not a venue."""
    rx, brands, table = _mall_brands()
    out: list[PlaceMention] = []
    for m in rx.finditer(text) if brands.search(text) else ():  # most releases name no mall
        english, alone = table[m.group("brand")]
        end = m.end()
        branch = None if alone else _mall_branch(text, end)  # ฟอร์จูนทาวน์ กรุงเทพมหานคร: where the one mall is
        if branch is not None:
            end, english = branch[0], f"{english} {branch[1]}"
        elif end < len(text) and is_thai(text[end]):
            continue  # เซ็นทรัลพัฒนา, เซ็นทรัลแล็บ: the brand starts another word
        elif not alone and not m.group("head") and not _after_at(text, m.start()):
            continue
        if m.start() and is_thai(text[m.start() - 1]) and not m.group("head") and not glued_after(text, m.start(), _VENUE_PRECEDERS):
            continue  # a brand glued to the word before it is part of that word
        if text.endswith(_MALL_NOT_AFTER, 0, m.start()):
            continue  # รพ.เซ็นทรัลเชียงใหม่ เมโมเรียล, บริษัท เซ็นทรัล...: a hospital's or company's name
        out.append(PlaceMention(m.start(), end, english))
    return out


_FLOATING = re.compile(r"ตลาดน้ำ(?!มัน)(?=[\u0e01-\u0e4e])")
_MARKET_KINDS = word_tuple("place_words.toml", "places.market_kinds")


def find_floating_markets(text: str) -> list[PlaceMention]:
    """A floating market named after ตลาดน้ำ, wherever it stands: ตลาดน้ำอัมพวา, ตลาดน้ำปากคลองลัดพลี ตำบล...
    Not ตลาดน้ำมัน (the oil market), a kind (ตลาดน้ำแห่งแรก, ตลาดน้ำชุมชน) or a verb (ตลาดน้ำ|เป็น...)."""
    out: list[PlaceMention] = []
    for m in _FLOATING.finditer(text):
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        end = m.end() + cut_at_stop(c.text, 0, verbs=True)
        while end > m.end() and text[end - 1] in "-–":
            end -= 1  # ท่าเรือตลาดน้ำดอนหวาย-วัดไร่ขิง: the market, then the other end of the route
        tail = text[m.end():end]
        ws = words(tail)
        if len(tail) < 2 or not ws or ws[0] in _MARKET_KINDS or ws[0] in NAME_STOPS or _starts_with_verb(ws[0]):
            continue
        out.append(PlaceMention(m.start(), end))
    return out


_TIME_WORDS = frozenset({"ขณะนี้", "ตอนนี้", "ขณะที่", "ขณะ", "ปัจจุบัน", "ปัจจุบันนี้", "ในขณะนี้", "ในปัจจุบัน"})
"""Words of time that end a name glued before them (ด่านศุลกากร|ขณะนี้ ด่านสะเดา...)."""


def _before_time_word(text: str, name_at: int, end: int) -> int:
    """`end`, or where a time word starts inside the venue's name (ของด่านศุลกากรขณะนี้: the generic head, unnamed)."""
    pos = name_at
    for w in words(text[name_at:end]):
        if w in _TIME_WORDS:
            return pos
        pos += len(w)
    return end


_PILLAR_SHRINES = ("ศาลหลักเมือง", "ศาลเจ้าพ่อหลักเมือง")


_NOMINALISERS = ("ความ", "การ")
"""A temple or a room glued to an abstract noun is the verb วัด (to measure) or a kind of room: no name follows."""


def _road_named_by_place(text: str, at: int, g: Gazetteer) -> bool:
    """ถนน glued to any word, then a place the glossary knows that ends the name (ปิดถนนสีลม ตั้งแต่...,
    เนรมิตถนนเยาวราชด้วยแสงไฟ): the road, not the quarter; not a country (ถนนไทย, 'Thai roads') nor a province
    (ศูนย์อำนวยการความปลอดภัยทางถนนจังหวัดสงขลา)."""
    assert g.regex is not None
    known = g.regex.match(text, at)
    if not known or not known.group(0):
        return False
    term = g.terms[known.group(0)]
    if term.type != "place" or term.kind in ("country", "province") or text.endswith("ทาง", 0, at - 3):
        return False  # ความปลอดภัยทางถนนจังหวัดสงขลา: road safety in a province, a centre's name
    end = known.end()
    if end >= len(text) or not is_thai(text[end]):
        return True
    rest = words(text[end:end + 12])
    return bool(rest) and (rest[0] in NAME_STOPS or rest[0] in dictionary() and len(rest[0]) > 1)


def find_venues(text: str, g: Gazetteer) -> list[PlaceMention]:
    out: list[PlaceMention] = find_malls(text) + find_floor_rooms(text, g) + find_headquarters(text, g) + find_sited(text) + find_hospitals(text) + find_quarters(text)
    out += find_junctions(text) + find_old_towns(text)
    out += find_waters(text) + find_floating_markets(text)
    from briefing.thai import (
        mined_places,
        place_cues,
        place_dams,
        place_forests,
        place_friendship_bridges,
        place_islands,
        place_named,
        place_spaced_rooms,
        place_titled,
        place_village_schools,
        place_villages,
        venue_chains,
        venue_visits,
    )

    out += [PlaceMention(a, b) for a, b in place_cues.find(text) + venue_chains.room_chains(text, g) + venue_chains.room_bodies(text, g)]
    out += [PlaceMention(a, b) for a, b in place_named.find(text)]  # เขา..., วัง..., สน.... (hills, palaces, stations)
    out += [PlaceMention(a, b) for a, b in place_titled.find(text)]  # อ่างเก็บน้ำเขื่อนแม่งัดสมบูรณ์ชล: a titled landmark
    out += [PlaceMention(a, b, en) for a, b, en in mined_places.find(text)]  # ลงพื้นที่บางซื่อ: a name the archive heads
    out += [PlaceMention(a, b) for a, b in venue_visits.find(text)]  # ณ สายล้อมฟาร์ม ตำบลสังขะ: cue, name, area
    out += [PlaceMention(a, b) for a, b in place_villages.find(text)]  # หมู่ที่ 7 บ้านหนองปรือ, บ้านโนนชัย ต.ฆ้องชัย
    out += [PlaceMention(a, b) for a, b in place_village_schools.find(text)]  # ตั้งอยู่ที่โรงเรียนบ้านเหมืองแดง
    out += [PlaceMention(a, b) for a, b in place_spaced_rooms.find(text)]  # ณ ห้องประชุม เทียน อัชกุล ชั้น 10
    out += [PlaceMention(a, b, en) for a, b, en in place_friendship_bridges.find(text)]  # สะพานมิตรภาพไทย - ลาว แห่งที่ 5
    out += [PlaceMention(a, b) for a, b in place_dams.find(text, g)]  # ระบายน้ำลงเขื่อนภูมิพล: a named dam anywhere
    out += [PlaceMention(a, b) for a, b in place_islands.find(text, g)]  # บนเกาะยาวน้อย: a named island anywhere
    out += [PlaceMention(a, b) for a, b in place_forests.find(text)]  # เขตรักษาพันธุ์สัตว์ป่าภูเขียว, ป่าสงวนแห่งชาติ (ป่าเขือน้ำ)
    rx = _venue_regex()
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            break
        start, head = m.start(), m.group(0)
        if not head:
            pos = start + 1
            continue
        if head in ("วัด", "ห้อง") and text.startswith(_NOMINALISERS, start + len(head)):
            pos = start + 1  # วัดความสำเร็จ (to measure success), ห้องความดันลบ (a kind of room): no venue named
            continue
        if head == "ถนน" and text.startswith(_ACCESS_ROADS, start + len(head)):
            pos = start + 1  # ถนนทางเข้าหมู่บ้านถูกดินโคลนถล่ม...: the access road, a kind, no road named
            continue
        at = _after_at(text, start) and (head not in _OPEN_HEADS or bool(_AT_ONLY.search(text[max(0, start - 4):start])))
        visited = not at and bool(_VISITED.search(text, max(0, start - 24), start))  # เยี่ยมชมบ้านนครใน
        abbot = head == "วัด" and (
            text.endswith(_TEMPLE_POSTS, max(0, start - 20), start) or text.endswith(_TEMPLE_MONKS, 0, start)
        )  # เจ้าอาวาสวัด...
        if head == "วัด" and not abbot and not text[max(0, start - 10):start].rstrip(" \t").endswith(_NOT_TEMPLE_BEFORE):
            temple = _TEMPLE_NAMED.match(text, start)
            if temple and temple.group(0) not in dictionary():  # (วัดวาอาราม: temples in general) ไวยาวัจกรวัดราชบพิธสถิตมหาสีมาราม, ดันวัดพระมหาธาตุวรมหาวิหารขึ้นทะเบียน: named wherever it stands
                out.append(PlaceMention(start, temple.end()))
                pos = temple.end()
                continue
        road = (head == "ถนน" and (glued_after(text, start, _ROAD_PRECEDERS) or _road_named_by_place(text, start + len(head), g))
                and not text.startswith(_ROAD_KINDS, start + len(head)) and not _ROAD_KIND_CODE.match(text, start + len(head)))
        # ไปตามถนนกำแพงเพชร, บนถนนราชดำริ; ปิดถนนสีลม, เนรมิตถนนเยาวราช (a road named by a known place)
        heritage = head in _HERITAGE_HEADS or (  # จะนำเมืองโบราณศรีเทพ...: the head is distinctive wherever it stands
            head == _NATIONAL_PARK and not text.endswith(_PARK_OWNERS, 0, start)
            and text.startswith(_PARK_NAME_STARTS, start + len(head)))  # ดับไฟป่าอุทยานแห่งชาติพุเตย
        if visited and not abbot and not road and not heritage and (head in _AT_ONLY_HEADS or not glued_after(text, start, _VENUE_PRECEDERS)):
            end = _visited_end(text, start, head, g)
            if end > start:
                out.append(PlaceMention(start, end))
                pos = end
            else:
                pos = start + 1
            continue
        if not at and not abbot and not road and not heritage and (head in _AT_ONLY_HEADS or not glued_after(text, start, _VENUE_PRECEDERS)):
            pos = start + 1
            continue
        if head in _AT_ONLY_HEADS and _inner_venue(text, start + len(head)):
            pos = start + 1
            continue
        end = venue_end(text, start, head, g, at)
        if head in _PILLAR_SHRINES and end > start + len(head):
            from briefing.thai import admin

            town_end, town = admin.longest_name(text, start + len(head), ("province", "district"))
            if town is not None and town_end < end and town_end - start - len(head) >= 3:
                end = town_end  # ศาลเจ้าพ่อหลักเมืองสงขลา|มักจะประสบ...: the shrine is named by its town
        if end > start + len(head) and _before_time_word(text, start + len(head), end) == start + len(head):
            end = start  # ของด่านศุลกากร|ขณะนี้: the head alone, run into a time word, names no venue
        if end > start:
            out.append(PlaceMention(start, _before_time_word(text, start + len(head), end)))
            pos = end
        else:
            pos = start + 1
    return out


_FLOOR_ROOM = re.compile(
    r"(?:(?:(?<=[\s(])|^)ณ[ \t]*(?:บริเวณ[ \t]*)?|บริเวณ[ \t]*)((?:ห้องประชุม|หอประชุม|ห้องโถง|โถง|ห้อง)(?:กลาง)?[ \t]?ชั้น(?:ที่)?[ \t]?[0-9๐-๙]{1,2}(?![0-9๐-๙.,]))"
)
_PLAIN_ROOM = re.compile(r"(?:(?<=[\s(])|^)ณ[ \t]*((?:ห้องประชุม|หอประชุม)(?:ใหญ่|เล็ก)?)(?=[ \t]+[\u0e01-\u0e4e])")
"""ณ หอประชุมใหญ่ ศูนย์วัฒนธรรมแห่งประเทศไทย, ณ ห้องประชุม ท่าอากาศยานแม่ฟ้าหลวง เชียงราย: an unnamed room
and the body or venue it belongs to, one venue (taken only when an owner follows)."""
_OWNER_GAP = re.compile(r"[ \t]{1,3}|(?=[\u0e01-\u0e4e])")


def find_floor_rooms(text: str, g: Gazetteer) -> list[PlaceMention]:
    """ณ ห้องประชุม ชั้น 5 กระทรวงแรงงาน, ณ ห้องประชุมชั้น 20 สถาบันโรคผิวหนัง: a room named by its floor
    and the body or building it is in is one venue, the room with its owner (the floor alone names
    nothing). Counted in thaigov-v2: a room named by its floor after ณ in 370 releases."""
    from briefing.thai import organisations

    assert g.regex is not None
    out: list[PlaceMention] = []
    rooms = [(m, True) for m in finditer_if(_FLOOR_ROOM, text, "ชั้น")] + [(m, False) for m in finditer_if(_PLAIN_ROOM, text, "ห้องประชุม", "หอประชุม")]
    for m, floor in rooms:
        end = m.end(1)
        gap = _OWNER_GAP.match(text, end)
        at = gap.end() if gap else end
        known = g.regex.match(text, at)
        owner = at
        if known and known.group(0) and g.terms[known.group(0)].type in ("organisation", "place"):
            owner = known.end()
            if g.terms[known.group(0)].type == "organisation" and text.endswith(("จังหวัด", "อำเภอ"), 0, owner):
                owner = organisations.area_named_end(text, owner)  # ห้องประชุม สำนักงานพาณิชย์จังหวัด|X: the office's province
        else:
            head = next((h for h in sorted(ORG_HEADS, key=len, reverse=True) if text.startswith(h, at)), "")
            if head:
                owner = organisations.org_name_end(text, at, head, g, strong=True)
            else:
                venue = next((h for h in ("อาคาร", "ตึก") if text.startswith(h, at)), "")
                owner = venue_end(text, at, venue, g, True) if venue else at
        if owner > at or floor:
            out.append(PlaceMention(m.start(1), owner if owner > at else end))
    for m in finditer_if(_ROOM_BUILDING, text, "อาคาร", "ตึก"):
        head = "อาคาร" if text.startswith("อาคาร", m.end()) else "ตึก"
        building = venue_end(text, m.end(), head, g, True)
        listed = g.terms.get(text[m.end():building])
        if listed is not None and listed.type == "place":
            continue  # ห้องประชุม 301 ชั้น 3 ตึกบัญชาการ 1: Government House's buildings are named on their own
        if not m.group(2) and building < len(text) and is_thai(text[building]):
            continue  # ห้องแดง อาคารหน่วยราชการ|ในพระองค์ 904: the name runs on past where we can tell
        if building > m.end() + len(head):
            # ณ ห้องสัมมนากรมราชทัณฑ์ ชั้น 3 อาคารกรมราชทัณฑ์: the room, its floor and its building, one venue;
            # ณ ห้องแดง อาคารหน่วยราชการในพระองค์ 904: the room and the building it is in, each a place
            out.append(PlaceMention(m.start(1) if m.group(2) else m.end(), building))
    return out


_ROOM_BUILDING = re.compile(
    r"(?:(?<=[\s(])|^)ณ[ \t]*(?:บริเวณ[ \t]*)?((?:ห้อง|หอประชุม|โถง)[^\s()]{0,40}(?:[ \t](?:[\u0e01-\u0e4e]{1,4}\.){0,3}[ \t]?[0-9๐-๙]{1,4}(?:[-–][0-9๐-๙]{1,4})?)?)[ \t]+"
    r"(ชั้น(?:ที่)?[ \t]?[0-9๐-๙]{1,2}[ \t]+)?(?=อาคาร|ตึก)"
)
"""The room may be numbered by its owner's abbreviation (ณ ห้องประชุม อก.2 ชั้น 3 อาคารสำนักงานปลัดกระทรวง
อุตสาหกรรม, the Industry ministry's room 2)."""


_HEADQUARTERS = re.compile(r"(?:(?<=[\s(])|^)ณ[ \t]*(สำนักงานใหญ่)(?:[ \t]?ของ)?[ \t]?")
_LATIN_OWNER = re.compile(r"[A-Z][A-Za-z&.-]*(?:[ ][A-Z][A-Za-z&.-]*){0,3}")


def find_headquarters(text: str, g: Gazetteer) -> list[PlaceMention]:
    """ณ สำนักงานใหญ่ องค์การอาหารและเกษตรแห่งสหประชาชาติ, ณ สำนักงานใหญ่ FAO: the body's headquarters
    named after ณ is one venue, the head office with its owner (165 releases in thaigov-v2)."""
    from briefing.thai import organisations

    assert g.regex is not None
    out: list[PlaceMention] = []
    for m in finditer_if(_HEADQUARTERS, text, "สำนักงานใหญ่"):
        at = m.end()
        known = g.regex.match(text, at)
        latin = _LATIN_OWNER.match(text, at)
        if known and known.group(0) and g.terms[known.group(0)].type == "organisation":
            owner = known.end()
        elif latin:
            owner = latin.end()
        else:
            head = next((h for h in sorted(ORG_HEADS, key=len, reverse=True) if text.startswith(h, at)), "")
            owner = organisations.org_name_end(text, at, head, g, strong=True) if head else at
        if owner > at:
            out.append(PlaceMention(m.start(1), owner))
    return out


_GLUED_INNER = ("วัด", "เกาะ", "บ้าน", "หมู่บ้าน")
"""A temple, island or village glued right after a weak head (ชุมชน, พระอุโบสถ, ศาลา, หอ, ...) is part of the venue's
name: the golds write ชุมชนกุฎีจีน, พระอุโบสถวัดพระศรีรัตนศาสดาราม whole (heldout7, heldout13). Read on 1,500 random
thaigov-v2 releases: ณ ชุมชนเกาะเกร็ด (twice), ณ ชุมชนวัดจันทึก, ณ ชุมชนเกาะมะพร้าว, ณ พระอุโบสถวัดเขาบางทราย (three
times) were lost whole, the weak head dropped for the inner head and the inner name not taken either."""


def _inner_venue(text: str, pos: int) -> bool:
    """ณ สนามหญ้าหน้าตึกไทยคู่ฟ้า: a weak head before a named building; the building is the venue."""
    c = chunk_at(text, pos)
    if c is None or c.start != pos:
        return False
    if text.startswith(_GLUED_INNER, pos):
        return False  # ณ ชุมชนเกาะเกร็ด, ณ พระอุโบสถวัดเขาบางทราย: the weak head names the venue with the place glued to it
    return any(_inner_head_at(text, h, pos, c.end) for h in VENUE_HEADS if h not in ("ลาน", "สวน", "ห้อง"))


def _inner_head_at(text: str, head: str, pos: int, end: int) -> bool:
    """Is `head` in text[pos:end] as a head, not inside จังหวัด (ณ ศูนย์ราชการจังหวัดปทุมธานี names no temple)?"""
    at = text.find(head, pos, end)
    while at >= 0:
        if not (head == "วัด" and text.endswith("จังห", 0, at)):
            return True
        at = text.find(head, at + 1, end)
    return False


def venue_after_at(text: str, start: int, end: int | None = None) -> bool:
    """Is the name at `start` the venue of 'ณ ...'? Then an organisation's building is a place.

    With `end`: also 'ที่ <name> จ.นนทบุรี' (at <name>, followed by where it is).
    """
    if end is not None and _ANY_SUCH.match(text, end):
        return False  # ณ สำนักงานตรวจคนเข้าเมืองในพื้นที่: any such office, not a named place
    if _after_at(text, start):
        return True
    if end is not None and text.startswith(_FACILITY_HEADS, start) and _VISIT.search(text[max(0, start - 26):start]):
        return True  # ตรวจเยี่ยมทัณฑสถาน..., เดินทางไปยังโรงพยาบาล...: the place visited
    if end is not None and _AROUND.search(text, max(0, start - 24), start):
        return True  # บริเวณโดยรอบกระทรวงอุตสาหกรรม, บริเวณหน้าสำนักงานเทศบาลนคร...: the grounds, a place
    if end is not None and place_glue.treated_at(text, start):
        return True  # ผ่าตัดที่โรงพยาบาลปัตตานี: where the care was given
    if end is not None and place_dated_venues.dated(text, start, end):
        return True  # วันนี้ (8 ธันวาคม 2563) ที่กระทรวงการต่างประเทศ, เวลา 10.00 น. ที่มหาวิทยาลัย...: the day's venue
    if end is not None and place_stay_at.stayed_at(text, start, end):
        return True  # เข้าพักที่วิทยาลัยอาชีวศึกษาแม่สาย, มาที่สถานีตำรวจภูธรบางปะหัน: where someone stays or is brought
    if (end is not None and text.startswith(_LOCAL_BODIES, start) and text[start:end].strip() not in _LOCAL_BODIES
            and _AREA_OF.search(text, max(0, start - 12), start)):
        return True  # ระดับน้ำในเขตพื้นที่เทศบาลนครยะลา: the municipality's area, not the council acting
    if end is None or not _AT_THI.search(text[max(0, start - _AT_THI_WINDOW):start]):
        return False
    if _LINE_END.match(text, end) and (_JOINED_AT.search(text, max(0, start - 30), start) or (
            _DATED_THI.search(text, max(0, start - 20), start) and not _LAW_YEAR_THI.search(text, max(0, start - 20), start))):
        return True  # ...เข้าร่วมประชุม ที่สำนักงานปลัดกระทรวงสาธารณสุข<line end>: where the meeting was
    short = _SHORT_FORM.match(text, end)  # ที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) นาย...: the body's short form
    n = next_chunk(text, short.end() if short else end)
    if n is not None and n.text.startswith(_PERSON_TITLES) and _DATED_THI.search(text, max(0, start - 20), start):
        return True  # วันที่ 8 สิงหาคม 2567 ที่กระทรวงการพัฒนาสังคมฯ นายวราวุธ...: where the day's event is
    return n is not None and n.text.startswith(_WHERE)


_SHORT_FORM = re.compile(r"[ \t]?\([^()\n]{1,15}\)")
"""The body's short form in brackets between the venue and what follows it (เมื่อวันที่ 21 มี.ค. ที่กระทรวงการอุดมศึกษา
วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) นางสาวศุภมาส...: bench/heldout136 h12, details/80715): the person or the area after
it still tells that the body is where the day's event is (C15). About 60 corpus releases write a dated ที่ + body +
short form; the person follows in 20 of them (2568 ที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) นายวราวุธ ...)."""

_JOINED_AT = re.compile(r"(?:เข้าร่วม(?:ประชุม|พิธี|งาน|กิจกรรม)?|ร่วมประชุม|ประชุม)[ \t]+ที่[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_LAW_YEAR_THI = re.compile(r"พ\.[ \t]?ศ\.[ \t]?25[0-9]{2}[ \t]*ที่[ \t]*$")
"""A body after 'joined (the meeting) at' (เข้าร่วม, เข้าร่วมประชุม, ร่วมประชุม + ที่) or after a date's ที่, closing its
line: the meeting's venue, as ณ would say (dev gold 06: ที่ สำนักงานปลัดกระทรวงสาธารณสุข is a place; bench/heldout137
h07 details/80006 ...เข้าร่วมประชุม ที่สำนักงานปลัดกระทรวงสาธารณสุข; details/29265 ผู้บริหารกระทรวง เข้าร่วม ที่
กระทรวงยุติธรรม; details/27691 (14ม.ค.66) ที่ กระทรวงศึกษาธิการ). Mid-line, ที่ + a body is as often 'which the body
...' (ที่ กระทรวงการคลังเสนอ), left to the rules above; so is ที่ after a law's year, which a synopsis's line
break can part from its verb (กฎกระทรวง... พ.ศ. 2563 ที่กระทรวงเกษตรและสหกรณ์<line end>(กรมส่งเสริมการเกษตร) ได้ดำเนินการ)."""
_LOCAL_BODIES = ("เทศบาล", "องค์การบริหารส่วน", "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.")
_AREA_OF = re.compile(r"(?<!\.)(?:ในเขต|เขตพื้นที่|ในพื้นที่|(?<!\.ใน)พื้นที่|(?<!\.ใน)เขต)[ \t]?$")
"""A local government after 'within the area of' (ในเขตเทศบาลนครเชียงใหม่, ในพื้นที่องค์การบริหารส่วนตำบล...) names the
area it governs: a place. Read on the 170 thaigov-v2 releases that write one: water, floods, parks in the
municipality's area, never the council acting. Session 18: also after พื้นที่ or เขต alone (ส่งผลให้พื้นที่เทศบาลเมือง
ท่าบ่อไม่สามารถผลิตน้ำประปา, bench/heldout122 h20 details/77503; ครัวประกอบอาหารของเขตเทศบาลนครยะลา, heldout110 h03;
และพื้นที่เทศบาลเมืองหัวหิน), 'the municipality's area', as the read golds list them (2 of 2); not after a body's
short form (อบต.ในพื้นที่ อบจ.สมุทรปราการจึงรับมอบภารกิจ: the provincial body acts). On 120 corpus releases that write
one (seed 9): 75 mentions turned places, all the area (ในและนอกเขตเทศบาลนครเชียงราย, จดเขตเทศบาลตำบลพุมเรียง, ลงพื้นที่
องค์การบริหารส่วนตำบลร่องกาศ ...), one wrong (that อบจ.), now kept."""
_DATED_THI = re.compile(
    r"(?:25[0-9]{2}|[0-9๐-๙]{2}\)|น\.|[0-9๐-๙][ \t]?(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.)[ \t]*ที่[ \t]*$"
)
"""ที่ right after a date or a time (..., 2567 ที่ / (8 ส.ค. 67) ที่ / 10.00 น. ที่ / วันที่ 8 พ.ย. ที่): where the event is."""
_PERSON_TITLES = word_tuple("place_words.toml", "places.person_titles")


_SENT_TO = re.compile(
    r"(?:ยื่น|ลงทะเบียน|สมัคร|ร้องเรียน|ร้องทุกข์|แจ้งเบาะแส|แจ้งความ|ติดต่อ|สอบถาม|ชำระ|ขอรับ|จดทะเบียน)[^\n]{0,60}?"
    r"(?:^|[\s(])(?:ณ|ได้ที่)[ \t]*$"
)
_SENT_TO_HINT = re.compile(r"ยื่น|ลงทะเบียน|สมัคร|ร้อง|แจ้ง|ติดต่อ|สอบถาม|ชำระ|ขอรับ")
_OFFICE_HEADS = ("สำนักงาน", "ศูนย์", "ที่ทำการ", "กรม", "กอง", "ธนาคาร", "สำนัก")


def sent_to(text: str, start: int) -> bool:
    """Is the body at `start` the office a reader is sent to, to file, apply, register, pay or ask
    (ยื่นคำร้อง...ได้ ณ สำนักงานธนารักษ์พื้นที่, การลงทะเบียน ณ ศูนย์อำนวยการแก้ไขหนี้นอกระบบ, ยื่น ณ กรมการปกครอง)?
    Then it stays an organisation: nothing happens there that the release reports, the agency receives the form
    (bench/heldout/CONVENTIONS.md C6; dev gold 03 lists สำนักงานสรรพากร of ชำระภาษีที่สำนักงานสรรพากร as a body)."""
    before = text[max(0, start - 90):start]
    return (text.startswith(_OFFICE_HEADS, start) and _SENT_TO_HINT.search(before) is not None
            and _SENT_TO.search(before) is not None)


def any_such_office(text: str, start: int, end: int) -> bool:
    """ณ สำนักงานตรวจคนเข้าเมืองในพื้นที่, ณ สำนักงานเขตทั่วประเทศ: an office type named with 'any such', where a
    reader is sent; the office is the body (CONVENTIONS.md C6), unlike a premises word (ณ ที่ว่าการอำเภอทั่วประเทศ)."""
    return text.startswith(("สำนักงาน", "ที่ทำการ"), start) and any_such_venue(text, start, end)


def any_such_venue(text: str, start: int, end: int) -> bool:
    """ณ สำนักงานตรวจคนเข้าเมืองในพื้นที่, ณ ที่ว่าการอำเภอทั่วประเทศ: at any such office, which names no
    body and no place."""
    return bool(_ANY_SUCH.match(text, end)) and (
        _after_at(text, start) or bool(_AT_THI.search(text[max(0, start - _AT_THI_WINDOW):start]))
    )


def owner_after_venue(text: str, venue_start: int, venue_end: int, start: int) -> bool:
    """ณ ห้องประชุมราชวัลลภ กระทรวงศึกษาธิการ: the body named right after the venue of ณ (a space
    between) owns the building the room is in, and is part of where it happens: a place, as the dev gold lists
    it. After a room, floor and building too (ณ ห้องประชุมชั้น 5 อาคารสำนักงาน มหาวิทยาลัยสวนดุสิต): the dev gold
    lists every body of a venue chain as a place (ศูนย์เอกซเรย์และเทคโนโลยีศุลกากร | สำนักงานศุลกากรท่าเรือแหลมฉบัง),
    bench/heldout/CONVENTIONS.md C3 (the read golds that had it as the host organisation were rewritten)."""
    return bool(_SPACES.fullmatch(text, venue_end, start) or _FLOOR_GAP.fullmatch(text, venue_end, start)) and (
        _after_at(text, venue_start) or bool(_AT_THI.search(text[max(0, venue_start - _AT_THI_WINDOW):venue_start]))
    )


_SPACES = re.compile(r"[ \t\u00a0]+")
_FLOOR_GAP = re.compile(r"[ \t\u00a0]+ชั้น(?:ที่)?[ \t]?(?:[0-9๐-๙]{1,2}|[A-Z]{1,2}|เอ็ม)[ \t\u00a0]+")
"""A floor between the building and its owner: ณ อาคารเฉลิมพระเกียรติฯ ชั้น 25 การกีฬาแห่งประเทศไทย, ณ ตึกราชนครินทร์ ชั้น ๑
โรงพยาบาลเวชศาสตร์เขตร้อน (the building's owner, a place of the venue as after a room, C3; the floor is none)."""


def bracket_english(text: str, end: int) -> str | None:
    """The English name a release gives in brackets right after a venue: ห้องซัมเมอร์ (Summer Room).

    Better than a romanisation of a loanword (Sammoe Room). A name, not an acronym: it has lower-case letters.
    """
    m = _BRACKET_EN.match(text, end)
    if not m or not any(ch.islower() for ch in m.group(1)):
        return None
    return m.group(1)


_TRANSPORT_HEADS: tuple[str, ...] = word_tuple("place_words.toml", "places.transport_heads")
_TRANSPORT = re.compile(
    "(?:" + "|".join(sorted(_TRANSPORT_HEADS, key=len, reverse=True)) + r")[ \t]?(?=[\u0e01-\u0e4e])"
)
"""Stations, checkpoints, airports and piers: named by the place they serve (ด่านศุลกากรสะเดา)."""
_BORDER_HEADS = ("ด่านพรมแดน", "ด่านชายแดน", "จุดผ่านแดน", "จุดผ่อนปรน", "ด่านศุลกากร", "ด่านตรวจคนเข้าเมือง")
_RAIL_CONTEXT = re.compile(r"รถไฟ|รถไฟฟ้า|ขบวน|สายสี|รางคู่|BTS|MRT|ชานชาลา")
_STATION_KINDS = word_tuple("place_words.toml", "places.station_kinds")


def find_transport(text: str) -> list[PlaceMention]:
    """สถานีหลักสี่, ด่านตรวจคนเข้าเมืองสะเดา, จุดผ่านแดนถาวรบ้านคลองลึก: a station, checkpoint,
    airport or pier named after a place the register (geothai) or the glossary knows; a station in a
    release about trains also by its own name, up to a stop word."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[PlaceMention] = []
    rail: bool | None = None
    dic = dictionary()
    for m in _TRANSPORT.finditer(text):
        head = m.group(0).strip()
        if any(len(h) > len(head) and text.startswith(h, m.start()) for h in _TRANSPORT_HEADS):
            continue  # จุดผ่านแดนถาวร followed by a space: the longer head, unnamed
        name_at = m.end()
        spaced = name_at > m.start() + len(head)
        end, area = admin.longest_name(text, name_at, ("province", "district", "subdistrict"))
        if area is not None and (spaced or (area.level == "subdistrict" and text[name_at:end] in dic)
                                 or text.startswith(("ใน", "ของ"), name_at)):
            end, area = name_at, None  # ท่าเรือสำราญ (a cruise port), ท่าอากาศยาน ท่าเรือ: words, not the places;
            # สนามบินในเมือง: airports in the city (ในเมือง is also some subdistrict's name)
        known = g.regex.match(text, name_at)
        if known and known.group(0) and head == "ด่านชายแดน" and g.terms[known.group(0)].kind == "country":
            continue  # ด่านชายแดนไทย-กัมพูชา: the checkpoints of a border, whose countries are the places
        if known and known.group(0) and g.terms[known.group(0)].type == "place" and known.end() > end:
            end = known.end()
        elif area is None:
            end = name_at
        if end == name_at and text.startswith("บ้าน", name_at) and head.startswith(_BORDER_HEADS):
            c = chunk_at(text, name_at)  # จุดผ่านแดนถาวรบ้านผักกาด: a border crossing named after its village
            village = name_at + 4 + cut_at_stop(text[name_at + 4:c.end], 0) if c is not None else name_at
            if village - name_at >= 6 and not is_verb(words(text[name_at + 4:village])[0]):
                out.append(PlaceMention(m.start(), village))
            continue
        if end > name_at and end < len(text) and is_thai(text[end]):
            rest = words(text[end:end + 12])
            if rest and rest[0] not in dictionary() and rest[0] not in NAME_STOPS:
                end = name_at  # a longer name than the place: not named after it
        if end == name_at and m.group(0).startswith("สถานี"):
            if rail is None:
                rail = bool(_RAIL_CONTEXT.search(text))
            c = chunk_at(text, name_at)
            if rail and not spaced and c is not None and c.start == name_at and not c.text.startswith(_STATION_KINDS):
                end = name_at + cut_at_stop(c.text, 0)
                if end - name_at < 2 or is_verb(words(text[name_at:end])[0]):
                    end = name_at
        if end > name_at:
            out.append(PlaceMention(m.start(), end))
    return out


_PIER = re.compile(r"(?:ท่าเทียบเรือ|ท่าเรือ|ท่าน้ำ)(?:น้ำลึก|โดยสาร|ประมง)?(?=[ก-ฮ])")
"""ท่าน้ำ is a landing (ท่าน้ำวัดไตรภูมิ, ท่าน้ำนนทบุรี), named like a pier."""
_PLACE_STARTS = ("บ้าน", "วัด", "ปาก", "เกาะ", "แหลม", "สะพาน", "หาด", "อ่าว", "คลอง")
"""Words a place's own name starts with (ท่าเรือบ้านคลองหมาก, ท่าเรือปากบารา, ท่าเทียบเรือสะพานพุทธ)."""


def find_piers(text: str) -> list[PlaceMention]:
    """ท่าเรือปากบารา, ท่าเรือน้ำลึกสงขลา, ท่าเทียบเรือสะพานพุทธ: a port or pier glued to a name, wherever it
    stands (opened, upgraded, listed); the name is a word no dictionary holds or starts like a place
    (บ้าน..., ปาก..., เกาะ...), not a kind (ท่าเรือบก, a dry port; ท่าเรืออัจฉริยะ; ท่าเทียบเรือโดยสาร)."""
    out: list[PlaceMention] = []
    dic = dictionary()
    for m in _PIER.finditer(text):
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        ws = words(c.text)
        first = ws[0] if ws else ""
        named = first.startswith(_PLACE_STARTS) and len(c.text) > len(first) or (
            len(first) >= 2 and first not in dic and first not in NAME_STOPS and not is_verb(first)
            and not _starts_with_verb(first)
        )
        if not named:
            continue
        end = m.end() + cut_at_stop(c.text, 0)
        if end - m.end() >= 3:
            out.append(PlaceMention(m.start(), end))
    return out


_PASS = re.compile(
    r"(ชายแดน|จุดผ่านแดน(?:ถาวร|ชั่วคราว)?|จุดผ่อนปรน(?:ทางการค้า|การค้า|พิเศษ|เพื่อการท่องเที่ยว)?|ด่าน(?:ชายแดน|ศุลกากร|พรมแดน)?)"
    r"[ \t]?(ช่อง(?:ทาง(?:ขึ้น|เข้า|ผ่าน)?)?)(?=[ก-ฮเแโใไ])"
)
_PASS_KINDS = word_tuple("place_words.toml", "places.pass_kinds")
"""What follows ช่อง/ช่องทาง when no pass is named: ช่องเก็บค่าผ่านทาง (a toll lane), ช่องทางธรรมชาติ
(natural crossings), ช่องทางบกและช่องทางน้ำ (land and water channels)."""


_PASS_TRAIL = re.compile(r"เพียง|อีก|สู่|แห่ง|ที่|ซึ่ง|[0-9]")


def find_passes(text: str) -> list[PlaceMention]:
    """A border crossing named by its pass or path: จุดผ่อนปรนช่องทางขึ้นเขาพระวิหาร, ด่านชายแดนช่องจอม
    (the crossing point, whole), ชายแดนช่องบก (the pass is the place on the border). Counted in
    thaigov-v2: a named pass after a border word in ~100 releases."""
    out: list[PlaceMention] = []
    for m in _PASS.finditer(text):
        c = chunk_at(text, m.end(2))
        if c is None or c.start != m.end(2):
            continue
        ws = words(c.text)
        if not ws or ws[0] in _PASS_KINDS or ws[0] in NAME_STOPS or (m.group(2) == "ช่องทาง" and ws[0] not in _PLACE_STARTS + ("เขา",)):
            continue
        end = m.end(2) + cut_at_stop(c.text, 0)
        trail = _PASS_TRAIL.search(text, m.end(2) + 2, end)
        end = trail.start() if trail else end  # ช่องสะงำ|สู่..., ช่องจอม|แห่งใหม่
        if end - m.end(2) < 2 or (m.group(2) == "ช่อง" and m.group(2) + text[m.end(2):end] in dictionary()):
            continue
        out.append(PlaceMention(m.start(2) if m.group(1) == "ชายแดน" else m.start(), end))
    return out


_LIST_SEP = re.compile(r"[ \t]*(?:,|และ|หรือ)?[ \t]*(?:และ)?[ \t]*")
_BANGKOK_DISTRICT = re.compile(r"เขต(?=[\u0e01-\u0e4e])")
_KIND_LIST = re.compile(r"(?:เขต|อำเภอ|ตำบล|แขวง)[ \t]*(?:ได้แก่|คือ|ประกอบด้วย)[ \t]*")
_LEVEL_OF: dict[str, Level] = {"อำเภอ": "district", "อ.": "district", "เขต": "district", "ตำบล": "subdistrict", "ต.": "subdistrict",
             "แขวง": "subdistrict"}


def _listed_after(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Areas named bare in a list after one named with its head: ตำบลวังหงส์ แม่หล่าย ท่าข้าม, or after
    'เขต ได้แก่' (ดุสิต พญาไท พระนคร ...). A bare name is taken only when the register (geothai) has an
    area of that level in the same district or province as the one before it, so a word that merely
    is some subdistrict's name elsewhere does not pass."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    anchors: list[tuple[int, Level, tuple[admin.Area, ...]]] = []
    for p in found:
        surface = text[p.start:p.end]
        head = next((h for h in _LEVEL_OF if surface.startswith(h)), None)
        if head is None:
            continue
        level = _LEVEL_OF[head]
        areas = tuple(a for a in admin.areas().get(surface[len(head):].strip(), ()) if a.level == level)
        if areas:
            anchors.append((p.end, level, areas))
    for m in _BANGKOK_DISTRICT.finditer(text):  # เขตบางกะปิ ลาดพร้าว จตุจักร: the glossary finds the first
        if not glued_after(text, m.start(), PLACE_PRECEDERS):
            continue
        end, area = admin.longest_name(text, m.end(), ("district",))
        if area is not None and area.province == "10" and (end == len(text) or not is_thai(text[end])):
            anchors.append((end, "district", tuple(a for a in admin.areas()[text[m.end():end]] if a.level == "district")))
    for m in _KIND_LIST.finditer(text):
        level = _LEVEL_OF[next(h for h in _LEVEL_OF if m.group(0).startswith(h))]
        first, area = admin.longest_name(text, m.end(), (level,))
        if area is not None and (first == len(text) or not is_thai(text[first])):
            matches = tuple(a for a in admin.areas()[text[m.end():first]] if a.level == level)
            out.append(PlaceMention(m.end(), first, admin.english_at(text[m.end():first], level, text, m.end())))
            anchors.append((first, level, matches))
    for end, level, areas in anchors:
        same = {(a.district if level == "subdistrict" else a.province) for a in areas}
        pos = end
        while True:
            sep = _LIST_SEP.match(text, pos)
            start = sep.end() if sep else pos
            if start == pos or start >= len(text) or text[start:start + 1] == "\n":
                break
            stop, _ = admin.longest_name(text, start, (level,))
            if stop == start or (stop < len(text) and is_thai(text[stop])):
                break
            names = [a for a in admin.areas()[text[start:stop]] if a.level == level]
            if not any((a.district if level == "subdistrict" else a.province) in same for a in names):
                break
            out.append(PlaceMention(start, stop, admin.english_at(text[start:stop], level, text, start)))
            pos = stop
    return out


_LIST_HEADS = ("ท่าเทียบเรือ", "ท่าเรือ", "ด่าน", "เกาะ", "หาด", "ดอย")
_LIST_ITEM = re.compile("(" + "|".join(_LIST_HEADS) + r")(?=[\u0e01-\u0e4e])")
_ITEM_SEP = re.compile(r"[ \t]*(?:,|-|–|และ|หรือ)?[ \t]*(?:และ)?[ \t]*")
_ITEM_NOT_NAMES = word_tuple("place_words.toml", "places.item_not_names")
"""Words that make a kind of checkpoint, port or island, not a named one (ด่านชุมชน, ด่านหน้า, ท่าเรือต่าง ๆ); the
named customs and immigration checkpoints are the transport rules' (find_transport)."""


_ITEM_PRECEDERS = PLACE_PRECEDERS + ("และ", "กับ", "ผ่าน", "จาก", "ถึง", "คือ", "ที่", "ตั้งแต่", "เช่น", "ได้แก่", "ระหว่าง", "ไป",
                                     "ยัง", "ข้าม", "สู่", "บน", "เกาะ")


def _list_item(text: str, start: int, head: str) -> int:
    """Where the item that starts with `head` at `start` ends: its chunk, cut before the next item's head or a stop."""
    c = chunk_at(text, start)
    if c is None:
        return start
    tail = text[start + len(head):c.end]
    nxt = _LIST_ITEM.search(tail, 2)
    if nxt:
        tail = tail[:nxt.start()].removesuffix("และ").removesuffix("หรือ")
    sep = _ITEM_SEP.match(text, start + len(head) + len(tail))
    if not (sep and sep.end() > sep.start() and text.startswith(head, sep.end())):
        tail = tail[:cut_at_stop(tail, 0)]  # the name runs whole up to the next item (ด่านรันเตาปันยัง – ด่าน...)
    ws = words(tail)
    if len(tail) < 2 or not ws or ws[0] in _ITEM_NOT_NAMES or ws[0] in NAME_STOPS or _starts_with_verb(ws[0]):
        return start
    return _before_time_word(text, start + len(head), start + len(head) + len(tail))  # ด่านผิงเสียง|ขณะนี้...


def find_head_lists(text: str) -> list[PlaceMention]:
    """Checkpoints, ports, islands, beaches and peaks named in a run with their head word repeated:
    ด่านบูกิตบุหงา – ด่านบูเก๊ะตา, ท่าเรือท่าเตียน – ท่าเรือศิริราช, เกาะละวะ เกาะห้อง เกาะพนัก. Two items or
    more, one of them at least a name no dictionary holds, make a list of named places."""
    out: list[PlaceMention] = []
    dic = dictionary()
    pos = 0
    while True:
        m = _LIST_ITEM.search(text, pos)
        if not m:
            return out
        head = m.group(1)
        items: list[tuple[int, int]] = []
        at = m.start()
        while True:
            end = _list_item(text, at, head)
            if end <= at or (at and is_thai(text[at - 1]) and not items and not glued_after(text, at, _ITEM_PRECEDERS)):
                break
            items.append((at, end))
            sep = _ITEM_SEP.match(text, end)
            at = sep.end() if sep else end
            if not text.startswith(head, at) or text.startswith(_LIST_HEADS, at) and not any(
                text.startswith(h, at) and h == head for h in _LIST_HEADS if len(h) >= len(head)
            ):
                break
        if len(items) >= 2 and any(text[a + len(head):b] not in dic for a, b in items):
            out += [PlaceMention(a, b) for a, b in items]
            pos = items[-1][1]
        else:
            pos = m.end()


_BEFORE_SEP = re.compile(r"(?:[ \t]*(?:,|-|–|/|และ)[ \t]*|[ \t]+)$")
_AFTER_SEP = re.compile(r"[ \t]*(?:,|-|–|/)?[ \t]*(?:และ|หรือ)?[ \t]*")


@functools.lru_cache(maxsize=1)
def _bare_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], re.Pattern[str]]:
    """(districts and provinces that are no common word -> their province codes; the districts of 4 letters or
    more among them, not เมือง...; a regex of those districts)."""
    from briefing.thai import admin

    dic = dictionary()
    names: dict[str, frozenset[str]] = {}
    for name, areas in admin.areas().items():
        codes = frozenset(a.province for a in areas if a.level in ("district", "province"))
        if codes and len(name) >= 3 and name not in dic:
            names[name] = codes
    districts = {n: c for n, c in names.items() if len(n) >= 4 and not n.startswith("เมือง")
                 and any(a.level == "district" for a in admin.areas()[n])}
    return names, districts, trie_regex({n: n for n in districts})


def _district_before(text: str, start: int, codes: frozenset[str]) -> bool:
    names = _bare_names()[0]
    sep = _BEFORE_SEP.search(text, max(0, start - 6), start)
    if not sep:
        return False
    run = text[max(0, sep.start() - 30):sep.start()]
    return any(run[k:] in names and names[run[k:]] & codes for k in range(len(run) - 2))


_PROVINCE_HEAD = re.compile(r"(?:จังหวัด|จ\.)[ \t]?")


def _district_after(text: str, end: int, codes: frozenset[str]) -> bool:
    from briefing.thai import admin

    names = _bare_names()[0]
    sep = _AFTER_SEP.match(text, end)
    if not sep or sep.end() == end:
        return False
    at = sep.end()
    if "10" in codes and text.startswith(("กรุงเทพ", "กทม."), at):
        return True  # บางเขน กรุงเทพฯ: a Bangkok district, then Bangkok
    province = _PROVINCE_HEAD.match(text, at)
    levels: tuple[Level, ...] = ("province",) if province else ("district", "province")
    at = province.end() if province else at
    stop, area = admin.longest_name(text, at, levels)
    name = text[at:stop]
    return area is not None and name in names and bool(names[name] & codes) and on_boundary(text, at, stop)


_MOTION = re.compile(r"(?:จาก|ไปยัง|ไป|มายัง|มาถึง|ถึง|ผ่าน|สู่)[ \t]?$")
"""Words of going from, through and to: a route's towns (วิ่งจากสะเดาผ่านไปปีนัง, เดินทางไปยังหาดใหญ่)."""


def _after_motion(text: str, start: int) -> bool:
    """Is the name at `start` right after a word of going (จากสะเดา, ต่อไปยังหาดใหญ่, ไปยัง หาดใหญ่)?"""
    return bool(_MOTION.search(text, max(0, start - 7), start))


@functools.lru_cache(maxsize=1)
def _province_names() -> dict[str, tuple[str, ...]]:
    """Province code -> its Thai names in the register (กรุงเทพมหานคร also as กรุงเทพ)."""
    from briefing.thai import admin

    out: dict[str, list[str]] = {}
    for name, areas in admin.areas().items():
        for a in areas:
            if a.level == "province":
                out.setdefault(a.province, []).append(name)
    out.setdefault("10", []).append("กรุงเทพ")
    return {k: tuple(v) for k, v in out.items()}


def _province_named(text: str, codes: frozenset[str]) -> bool:
    """Does the release name a province of `codes` anywhere (so a bare district of it is that district)?"""
    names = _province_names()
    return any(n in text for c in codes for n in names.get(c, ()))


@functools.lru_cache(maxsize=1)
def _route_towns() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    """Districts of 4 letters or more (not เมือง...), common words too (สะเดา, หาดใหญ่): name -> province codes."""
    from briefing.thai import admin

    towns: dict[str, frozenset[str]] = {}
    for name, areas in admin.areas().items():
        codes = frozenset(a.province for a in areas if a.level == "district")
        if codes and len(name) >= 4 and not name.startswith("เมือง") and name not in admin._stops():
            towns[name] = codes
    return towns, trie_regex({n: n for n in towns})


def find_route_towns(text: str) -> list[PlaceMention]:
    """A district named bare right after a word of going (วิ่งจากสะเดาผ่านไปปีนัง, เดินทางไปยังหาดใหญ่) in a
    release that names its province somewhere (สงขลา): the town on the way, even when its name is also a
    common word (สะเดา, the neem tree), since the province named and the motion word pin it down."""
    from briefing.thai import admin

    towns, rx = _route_towns()
    out: list[PlaceMention] = []
    for m in rx.finditer(text):
        name = m.group(0)
        if not name or not _after_motion(text, m.start()) or not on_boundary(text, m.start(), m.end()):
            continue  # (the cheap test first: on_boundary may tokenise the words around)
        near = text if name not in dictionary() else text[max(0, m.start() - 400):m.end() + 400]
        if _province_named(near, towns[name]):  # a common word (สะเดา) only with its province close by
            out.append(PlaceMention(m.start(), m.end(), admin.english_at(name, "district", text, m.start())))
    return out


def find_bare_listed(text: str) -> list[PlaceMention]:
    """Districts named bare, with no อำเภอ/อ. and no head before the list, when a district or the province of
    the same province stands right before or after (a list, a route, or where it is: หาดใหญ่ จ.สงขลา,
    บางเขน กรุงเทพฯ): ประกอบด้วย เทพา จะนะ นาทวี
    และสะบ้าย้อย, (อ.เมืองฯ สุขสำราญ กะเปอร์), โซนบางพลี-บางบ่อ-บางเสาธง, สีคิ้ว-กุดจิก. A name alone
    (สภ.ไชยปราการ, วิทยาลัยเทคนิคจะนะ) is left to the rules for what it is inside; a name that is a common word
    (พาน) or shorter than 4 letters is never taken bare."""
    from briefing.thai import admin

    _, districts, rx = _bare_names()
    out: list[PlaceMention] = []
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            return out
        if not m.group(0):
            pos = m.start() + 1
            continue
        pos = m.end()
        codes = districts[m.group(0)]
        if not on_boundary(text, m.start(), m.end()):
            continue
        if _district_before(text, m.start(), codes) or _district_after(text, m.end(), codes):
            out.append(PlaceMention(m.start(), m.end(), admin.english_at(m.group(0), "district", text, m.start())))


_ROUTE = re.compile(
    r"(?:ช่วง|เส้นทาง(?:รถไฟ)?(?:สายใหม่)?(?:ระหว่าง)?|(?:สาย(?:สี)?|ตอน)[\u0e01-\u0e4e]{0,12}[ \t]?\()[ \t]?(?P<a>[\u0e01-\u0e4e]{2,20})[ \t]*[-–][ \t]*(?P<b>[\u0e01-\u0e4e]{2,20})"
)
_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "เดือน", "ใน", "ปี", "วัน")
_RAIL = re.compile(r"รถไฟ|สายสี|สถานี|ขบวน")


def _route_ends(text: str) -> list[PlaceMention]:
    """ช่วงแคราย - มีนบุรี, เส้นทางหนองคาย-เวียงจันทน์: the two ends of a line or route are places when
    the register or the glossary knows them, or, in a release about trains, when they are no month or
    common word (a section of a line is named by its end stations)."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    rail = bool(_RAIL.search(text))
    dic = dictionary()
    out: list[PlaceMention] = []
    for m in _ROUTE.finditer(text):
        ends = [(m.start(k), m.start(k) + cut_at_stop(m.group(k), 0)) for k in ("a", "b")]  # ...|ที่มีสัดส่วน
        a0, a1 = ends[0]
        marker = max((text.rfind(w, a0, a1) + len(w) for w in ("ทางคู่สาย", "สาย", "ช่วง") if text.rfind(w, a0, a1) >= a0), default=a0)
        if a1 - marker >= 2:
            ends[0] = (marker, a1)  # เส้นทางรถไฟทางคู่สายเด่นชัย-เชียงราย: the end is after the line's words
        names = [text[a:b] for a, b in ends]
        if any(b - a < 2 for a, b in ends):
            continue
        if any(n.startswith(_MONTHS) for n in names):
            continue
        for (a, b), name in zip(ends, names):
            term = g.terms.get(name)
            if term is not None:
                continue  # the glossary scan finds it already
            area = next((x for x in admin.areas().get(name, ()) if x.level != "subdistrict" or name not in dic), None)
            if area is not None:
                out.append(PlaceMention(a, b, admin.english_at(name, area.level, text, a) if area.level != "province" else area.en))
            elif rail and (name not in dic or "(" in m.group(0)) and not is_verb(words(name)[0]) and words(name)[0] not in NAME_STOPS:
                # สายสีแดงอ่อน (ตลิ่งชัน-ศาลายา): a line's ends in brackets are stations, a common word or not
                out.append(PlaceMention(a, b))
    return out


_SITED_HEADS = word_tuple("place_words.toml", "places.sited_heads")
"""Heads of venues and natural features that name one when the name is followed by where it is: อ่างเก็บน้ำ
ทับเสลา จังหวัดอุทัยธานี, พระตำหนักภูพานราชนิเวศน์ จ.สกลนคร, ด่านสะเดา จังหวัดสงขลา."""
_SITED_NATURAL = word_set("place_words.toml", "places.sited_natural")
"""Natural features, often named by a common word (เขาพระตำหนัก, เกาะช้าง, หาดใหญ่): a dictionary word names one."""
_SITED_AT_HEADS = ("โรงเรียน", "โรงพยาบาล", "หอประชุม", "วิทยาลัย", "มหาวิทยาลัย", "สถานีตำรวจ", "ศาลากลางจังหวัด",
                   "ที่ว่าการอำเภอ", "เรือนจำ", "ทัณฑสถาน")
"""Bodies that are buildings: a place when they are where something happens (ที่โรงเรียนเซกา อำเภอเซกา,
ณ หอประชุมที่ว่าการอำเภอขุนหาญ อำเภอขุนหาญ), an organisation when they act (รพ.บางใหญ่ จ.นนทบุรี จัด...)."""
_SITED = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _SITED_HEADS + _SITED_AT_HEADS), key=len, reverse=True))
    + r")(?=[\u0e01-\u0e4e])"
)
_SITED_AFTER = ("โครงการ", "การพัฒนา", "การก่อสร้าง")
"""Nouns a sited venue is glued to as their object: โครงการเขื่อนป่าสักชลสิทธิ์ จังหวัดลพบุรี."""
_SITED_WHERE = re.compile(r"[ \t]{1,3}(?:ตำบล|อำเภอ|จังหวัด|แขวง|เขต|ต\.|อ\.|จ\.)[ \t]?(?=[\u0e01-\u0e4e])")
_SITED_AT = re.compile(
    r"(?:(?:^|[\s(])(?:ณ|ที่)|(?<!หน้า)(?<!พื้น)(?<!สถาน)(?<!ผู้)(?<!สิ่ง)ที่|บริเวณ(?:หน้า)?|ภายใน|ภายนอก|หน้า|ตรวจเยี่ยม|เยี่ยมชม"
    r"|เดินทางไป(?:ยัง)?|ไปยัง|ลงพื้นที่)[ \t]*$"
)


def find_sited(text: str) -> list[PlaceMention]:
    """A venue or feature named by its head and a name, then where it is: the province, district or
    subdistrict after it (อ่างเก็บน้ำแม่งัดสมบูรณ์ชล จังหวัดเชียงใหม่, ที่ โรงเรียนเซกา อำเภอเซกา). The
    location must be a registered area; the name one word run, no dictionary word, no verb first."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    dic = dictionary()
    for m in _SITED.finditer(text):
        head = m.group(0)
        if m.start() > 0 and text[m.start() - 1] == ".":
            continue  # รพ.เขาคิชฌกูฏ, บ.หนองแรด: the name of what the abbreviation stands for
        glued = m.start() > 0 and is_thai(text[m.start() - 1])
        before = words(text[max(0, m.start() - 20):m.start()])[-1] if glued else ""
        if glued and not _SITED_AT.search(text[max(0, m.start() - 20):m.start()]) and not (
            before in PLACE_PRECEDERS or before in _SITED_AFTER or is_verb(before)
        ):
            continue  # มหาดไทย|ลุย..., กลุ่มทอผ้าขิดวัด...: the head is inside another word or name
        end = text.find(" ", m.end())
        end = len(text) if end < 0 else end
        nl = text.find("\n", m.end(), end)
        end = nl if nl >= 0 else end
        where = _SITED_WHERE.match(text, end)
        if not where:
            continue
        _, area = admin.longest_name(text, where.end(), ("province", "district", "subdistrict"))
        if area is None and not text.startswith("เมือง", where.end()):
            continue
        tail = text[m.end():end]
        ws = words(tail)
        if any(w in NAME_STOPS or (0 < i < len(ws) - 1 and is_verb(w) and w not in admin.areas()) for i, w in enumerate(ws)):
            continue  # แม่น้ำปิงสูงขึ้นเรื่อยๆ: the words run on into the sentence
        if any(w.startswith(("ระยะ", "เฟส")) for w in ws):
            continue  # ท่าอากาศยานนานาชาติหาดใหญ่ระยะสั้น: a project's phase, not part of the name
        if len(tail) < 2 or not ws or (tail in dic and tail not in admin.areas() and head not in _SITED_NATURAL) or ws[0] in _GENERIC_VENUE or ws[0] in NAME_STOPS or is_verb(ws[0]) or (
            ws[0] in NAME_FOLLOWERS
        ) or not re.fullmatch(r"[\u0e01-\u0e4e]+", tail) or head + tail in dic:
            continue
        if head in _SITED_AT_HEADS and not _SITED_AT.search(text[max(0, m.start() - 20):m.start()]):
            continue
        out.append(PlaceMention(m.start(), end))
    return out


_PROVINCE_VERB_NOT = frozenset({"เป็น", "คือ", "มี", "ได้", "ให้", "จะ", "แห่ง", "แยก", "บำรุงรักษา", "รักษา", "ริเริ่ม"})
"""...และบำรุงรักษาเพชรบุรี (an irrigation project's office), มาตรการริเริ่มเชียงใหม่ (the Chiang Mai Initiative)."""
_PROVINCE_VERBS = frozenset({"ลุย", "บุก", "เยือน", "เยี่ยมเยียน"})
"""Action verbs newmm's tagger does not know: ลุยสระแก้ว (to go into a province)."""


def province_after_verb(text: str, start: int, end: int) -> bool:
    """A province named bare right after a verb is its object (ลุยสระแก้ว, ดันเชียงใหม่เป็นมรดกโลก, เยี่ยม
    ประจวบคีรีขันธ์): a province's name is no adjective there, as it is after a noun (ผ้าไหมสุรินทร์, คนไทย).
    Long names only (a short one may be a word: แพร่, เลย, ตาก), after an action verb (not an adjective's
    verb: โรงเรียนศึกษาพิเศษชัยนาท, มะลิดำหนองคาย, where the province is part of a name)."""
    before = words_glued_before(text, start, 16) if end - start >= 5 else ()
    if not before:
        return False
    last = before[-1]
    if re.match(r"[ \t]?[0-9]", text[end:end + 2]):
        return False  # สถานีแยกนนทบุรี 1: part of a numbered name
    return (pos_tags().get(last, "").startswith("VACT") or last in _PROVINCE_VERBS) and last not in _PROVINCE_VERB_NOT


_ABBREVIATION_BEFORE = re.compile(r"(?<![\u0e01-\u0e4e.])[\u0e01-\u0e4e]{1,4}\.(?:[\u0e01-\u0e4e]{1,3}\.)?$")
_PROVINCE_ABBREVIATIONS = ("จ.", "จว.", "อ.", "ต.", "ส.ส.", "สส.")
"""จ. is the province's own abbreviation (อ. and ต. a district's and a subdistrict's: อ.ยะลา); ส.ส.ลำพูน,
an MP for the province, names it."""


def after_abbreviation(text: str, start: int) -> bool:
    """A bare name glued after a Thai abbreviation (รพ.น่าน, สภ.เมือง..., ทน.นครราชสีมา) is the name of the
    body the abbreviation stands for; จ. is the province's own."""
    m = _ABBREVIATION_BEFORE.search(text[max(0, start - 10):start])
    return m is not None and m.group(0) not in _PROVINCE_ABBREVIATIONS


def inside_quoted_name(text: str, start: int, end: int) -> bool:
    """“ไทยมีงานทำ”: a country's name right after an opening quote, the quoted name running on past it."""
    if not (start > 0 and text[start - 1] in "“\"" and end < len(text) and is_thai(text[end])):
        return False
    close = re.match(r"[^\s“”\"]{1,20}[”\"]", text[end:end + 22])
    return close is not None  # a short quoted name (ไทยชนะ, ไทยคู่ฟ้า), not a quoted headline (“ไทยร่วมเป็นเจ้าภาพ...)


_HOSPITAL_AT = re.compile(
    r"(?:(?:^|[\s(])(?:ณ|ที่)|ตรวจเยี่ยม|เยี่ยม|ไปยัง|นำส่ง|นำตัวส่ง|ส่งตัว(?:ไป)?(?:ที่|ยัง)?|รักษา(?:ตัว)?(?:ที่)?|เข้ารับการรักษา(?:ตัว)?(?:ที่)?)"
    r"[ \t]?(รพ\.(?:สต\.)?)[ \t]?(?=[\u0e01-\u0e4e])"
)
_HOSPITAL_KINDS = word_set("place_words.toml", "places.hospital_kinds")
"""What follows รพ. when no hospital is named: ที่ รพ.เอกชน, ที่ รพ.สังกัด..., ไปยัง รพ.สต.ในพื้นที่."""


def find_hospitals(text: str) -> list[PlaceMention]:
    """A hospital named by its abbreviation where something happens or someone is taken (ณ รพ.สุไหงโกลก,
    นำส่ง รพ.มหาราชนครเชียงใหม่, ที่ รพ.สต.บ้านซำเม็ง): the hospital is the place. The name ends before a
    stop word or a verb (ที่ รพ.แม่สอด|ไม่ได้...); a kind of hospital (รพ.เอกชน) names none."""
    out: list[PlaceMention] = []
    for m in finditer_if(_HOSPITAL_AT, text, "รพ."):
        start = m.end()  # ที่ รพ. ค่ายวีรวัฒน์โยธิน: a space may follow the abbreviation
        c = chunk_at(text, start)
        if c is None or c.start != start:
            continue
        ws = words(c.text)
        if not ws or ws[0] in _HOSPITAL_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        if m.group(1) == "รพ.สต." and not ws[0].startswith("บ้าน"):
            continue  # รพ.สต. (a subdistrict health clinic) is named by its village
        end = start
        for i, w in enumerate(ws):
            if w in NAME_STOPS or w in _HOSPITAL_KINDS or (i and is_verb(w) and not (i == 1 and ws[0] == "บ้าน")):
                break
            end += len(w)
        if end - start >= 2:
            out.append(PlaceMention(m.start(1), end))
    return out


_QUARTER = re.compile(r"(?<!สาม)(?<!อ)ย่าน(?=[\u0e01-\u0e4e])")
_QUARTER_KINDS = word_set("place_words.toml", "places.quarter_kinds")
"""What follows ย่าน when it names a kind of quarter (ย่านชุมชน, ย่านการค้า, ย่านเมืองเก่า), not one."""


def _area_then_word(chunk: str, ws: Sequence[str], length: int, dic: Container[str]) -> bool:
    """Whether a registered area's name of `length` letters at the chunk's start ends on a word boundary
    and a dictionary word or a verb follows it (ย่านรังสิต|เอาเปรียบ), so the quarter's name ends there."""
    pos = 0
    for i, w in enumerate(ws):
        pos += len(w)
        if pos == length:
            nxt = ws[i + 1] if i + 1 < len(ws) else ""
            return bool(nxt) and (nxt in dic or nxt in NAME_STOPS or is_verb(nxt))
        if pos > length:
            return False
    return False


def find_quarters(text: str) -> list[PlaceMention]:
    """A quarter named after ย่าน (ย่านจตุจักร, ย่านกะดีจีน, ย่านทองหล่อ): the name a registered area or a
    word no dictionary holds (a place the glossary knows is left to it); not สามย่าน (a place of its own)
    nor อย่า|น... In 20,000 random releases ย่าน is followed by a word 513 times (154 distinct starts, kinds
    included); 4,000 of them read after this rule: +20 quarters, 2 kinds first taken (now listed), 0 lost."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    assert g.regex is not None
    out: list[PlaceMention] = []
    dic = dictionary()
    for m in finditer_if(_QUARTER, text, "ย่าน"):
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        ws = words(c.text)
        if not re.match(r"[ก-ฮเแโใไ]", c.text) or not ws or ws[0] in _QUARTER_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        area_end, area = admin.longest_name(text, m.end(), ("district", "subdistrict"))
        known = g.regex.match(text, m.end())
        if area is not None and (area_end == c.end or not is_thai(text[area_end:area_end + 1] or " ")
                                 or _area_then_word(c.text, ws, area_end - m.end(), dic)):
            end = area_end  # ย่านรังสิต|เอาเปรียบ: the registered name ends where a common word starts
        elif known and known.group(0) and g.terms[known.group(0)].type == "place":
            continue  # ย่านเยาวราช: the glossary names the place itself, with its English
        elif ws[0] not in dic and len(ws[0]) >= 3:
            end = m.end() + len(ws[0])
            for w in ws[1:]:  # ย่านเซียงกง|อัตลักษณ์ชุมชน...: the name ends at a common word
                if w in dic or w in NAME_STOPS or is_verb(w):
                    break
                end += len(w)
        elif c.text[:cut_at_stop(c.text, 0, verbs=True)] not in dic and len(ws) <= 3 and not any(is_verb(w) for w in ws):
            end = m.end() + cut_at_stop(c.text, 0, verbs=True)  # ย่านกะดีจีน: a name newmm reads in pieces
        else:
            continue
        if end - m.end() >= 2:
            out.append(PlaceMention(m.start(), end))
    return out


_RAIL_JUNCTION = re.compile(r"(?<!ประ)(?<!สถานี)(?<!สถานีรถไฟ)ชุมทาง(?=[ก-ฮเแโใไ])")


def find_junctions(text: str) -> list[PlaceMention]:
    """A railway junction named by its town (มาถึงชุมทางหาดใหญ่, ช่วงชุมทางแก่งคอย-..., ชุมทางบางซื่อ): the
    town a registered district, subdistrict or province whose name ends on a word boundary, so not
    ประชุมทางไกล (a video conference, 1,100+ corpus releases) nor ชุมทางวิชาการ (a meeting point of ideas); after
    สถานี the station rule names it. English '<town> Junction', as the State Railway names them."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    dic = dictionary()
    for m in finditer_if(_RAIL_JUNCTION, text, "ชุมทาง"):
        end, area = admin.longest_name(text, m.end(), ("district", "subdistrict", "province"))
        if area is None or (area.level == "subdistrict" and text[m.end():end] in dic):
            continue  # ชุมทางถนน|จิระ: a subdistrict named by a common word (ถนน) is not the town named
        c = chunk_at(text, m.start())
        if c is None:
            continue
        rest = text[end:c.end]
        if rest and rest[0] not in "-–":
            ws = words(rest)
            if not ws or not (ws[0] in dic or ws[0] in NAME_STOPS or is_verb(ws[0])) or len(ws[0]) < 2:
                continue  # ชุมทาง + a name that runs on past the registered one: not this town
        out.append(PlaceMention(m.start(), end, english=f"{area.en} Junction"))
    return out


_OLD_TOWN = re.compile(r"(?:ย่าน)?เมืองเก่า(?=[ก-ฮเแโใไ])")


def find_old_towns(text: str) -> list[PlaceMention]:
    """A town's old quarter named by the town (ที่ย่านเมืองเก่าสงขลา, เมืองเก่าตรัง, ชุมชนเมืองเก่าภูเก็ต: 200+
    corpus mentions): the town a registered province or district whose name ends on a word boundary, with ย่าน
    when it stands before; not เมืองเก่ามีชีวิต (a programme's kind) nor a name that runs on past the town's.
    English '<town> Old Town'."""
    from briefing.thai import admin

    out: list[PlaceMention] = []
    dic = dictionary()
    for m in finditer_if(_OLD_TOWN, text, "เมืองเก่า"):
        end, area = admin.longest_name(text, m.end(), ("province", "district"))
        if area is None or (text[m.end():end] in dic and area.level != "province"):
            continue
        c = chunk_at(text, m.end())
        rest = text[end:c.end] if c is not None and c.start <= end else ""
        if rest:
            ws = words(rest)
            if not ws or not (ws[0] in dic or ws[0] in NAME_STOPS or is_verb(ws[0])) or len(ws[0]) < 2:
                continue  # เมืองเก่า + a longer name than the town's
        town = area.en.removesuffix(" District").removesuffix(" Province")
        out.append(PlaceMention(m.start(), end, english=f"{town} Old Town"))
    return out


_PLACE_RUN_ON = re.compile(r"(?:แล้วเสร็จ|ส่วนต่อขยาย|ส่วนต่อ|เป็นการ|(?<!เนื่อง)มาจาก|แห่งที่|แห่งนี้)")
"""Words a place's name never holds, where a name found by its head word ran on into the sentence:
คลองแสนแสบ|แล้วเสร็จ, คลองลาดพร้าว|ส่วนต่อ|ขยาย, สะพาน|เป็นการส่งเสริม..."""
_KIND_OF_PLACE = word_table("place_words.toml", "places.kind_of_place")
"""A head word and the words after it that make a kind of place, not one (คลองอื่น ๆ, สะพานคนเดินข้าม, ถนนไทย,
ท่าเรือบก, ห้องแล็บ, ศูนย์ฉีดวัคซีนฯ): the name is only these words."""
_KIND_STARTS = ("ห้องแยก", "ห้องทิ้งขยะ", "ศูนย์คัดแยกกระจายสินค้า", "คลองธรรม")
"""Kinds named by more words (ห้องแยกกักโรคผู้ต้องขัง), and ครรลอง|คลองธรรม ('the righteous way'), no canal."""


def place_name_end(text: str, start: int, end: int) -> int:
    """Where a place's name ends once the sentence words it ran into are cut off; `start` when what is left
    names a kind of place, not one."""
    if text.endswith("กรม", 0, start):
        return start  # สายด่วนกรม|ทางหลวง 1586: inside a department's name
    from briefing.thai.place_friendship_bridges import bridge_end

    if bridge_end(text, start) == end:
        return end  # สะพานมิตรภาพไทย - ลาว แห่งที่ 5: the bridge's number is its name
    m = _PLACE_RUN_ON.search(text, start + 2, end)
    if m is not None:
        end = m.start()
    name = text[start:end].rstrip(" \t")
    end = start + len(name)
    if name.startswith(_KIND_STARTS):
        return start  # ห้องแยกกักโรคผู้ต้องขัง, ศูนย์คัดแยกกระจายสินค้าเอกชน: a kind of room or centre
    head = next((h for h in _KIND_OF_PLACE if name.startswith(h)), None)
    if head is not None and re.sub(r"[ \t]", "", name[len(head):]) in ("", *_KIND_OF_PLACE[head]):
        return start  # a bare head left (คลอง|มาจากหน่วยใด) or a kind
    return end


_LATIN_AREA_NAME = r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,3}"
_LATIN_AREA_LIST = re.compile(
    rf"(?<![A-Za-z'’-])((?:{_LATIN_AREA_NAME},[ ]*)+(?:and[ ]+)?{_LATIN_AREA_NAME}|{_LATIN_AREA_NAME}[ ]+and[ ]+{_LATIN_AREA_NAME})"
    r"[ ]+(Sub-?districts|Districts|sub-?districts|districts)(?![A-Za-z])"
)
_LATIN_AREA_ONE = re.compile(rf"(?<![A-Za-z'’-])({_LATIN_AREA_NAME})[ ]+(District|Subdistrict|Sub-district|district|subdistrict)(?![A-Za-z])")
_LIST_SPLIT = re.compile(r",[ ]*(?:and[ ]+)?|[ ]+and[ ]+")


def _registered_or_slip(name: str, level: str) -> bool:
    """The district register holds the name at that level, as written or with one slip in a name of six
    letters or more (Pak Kred for Pak Kret, Bang Talad for Bang Talat)."""
    from briefing.thai.place_glue import _osa

    table = _latin_area_names()[level]
    key = _latin_key(name)
    if key in table:
        return True
    return len(key) >= 6 and any(k[0] == key[0] and abs(len(k) - len(key)) <= 1 and _osa(k, key) == 1 for k in table)


def latin_area_lists(text: str) -> list[PlaceMention]:
    """English releases name areas in a list before a plural level word ('Kok Lor and Kuan Pring subdistricts',
    'Ban Mai, Bang Talad, Bang Kleu subdistricts'): each name the register holds at that level, as written or
    with one slip, is a place; and one area before a singular level word with one slip (Pak Kred district),
    which _latin_areas (the register's names as written) leaves. Counted on thaigov-v2: 858 names in such lists,
    619 of them registered or in the glossary."""
    if "istrict" not in text:
        return []
    out: list[PlaceMention] = []
    for m in _LATIN_AREA_LIST.finditer(text):
        level = "subdistrict" if m.group(2).lower().startswith("sub") else "district"
        word = "Subdistrict" if level == "subdistrict" else "District"
        pos = m.start(1)
        for part in _LIST_SPLIT.split(m.group(1)):
            at = text.index(part, pos)
            pos = at + len(part)
            if _registered_or_slip(part, level):
                out.append(PlaceMention(at, at + len(part), f"{part} {word}"))
    for m in _LATIN_AREA_ONE.finditer(text):
        level = "district" if m.group(2).lower() == "district" else "subdistrict"
        parts = m.group(1).split(" ")
        for i in range(len(parts)):  # words before the name may belong to the sentence (in the areas of ...)
            name = " ".join(parts[i:])
            if _latin_key(name) in _latin_area_names()[level] or _latin_key(name) == "mueang":
                break  # a registered name is _latin_areas'
            if _registered_or_slip(name, level):
                start = m.end(1) - len(name)
                out.append(PlaceMention(start, m.end(), f"{name} {m.group(2).capitalize() if level == 'district' else 'Subdistrict'}"))
                break
    return out
