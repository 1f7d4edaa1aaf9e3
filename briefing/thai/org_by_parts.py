"""English for an organisation the glossary does not list, made from parts we know.

On 200 random archive releases (session 13) 290 of the 1,101 organisations the reader listed had no English
form at all ("(no English form)" in the side panel): a glossary cannot hold every hospital, school, company and
provincial office. Many of them are named by a kind and a name, and both parts have an English we know:

- a company's registered name: the name romanised (English words written in Thai given in English, Latin kept),
  the legal form translated: บริษัท ช้อปปี้เพย์ (ประเทศไทย) จำกัด -> "... (Thailand) Co., Ltd.";
- a hospital or a school named by its kind and a proper name: โรงพยาบาลหาดใหญ่ -> "Hat Yai Hospital" (the
  district's official English), รพ.ลำลูกกา -> "Lam Luk Ka Hospital", โรงเรียนวังทองพิทยาคม -> a romanised name
  and "School" (briefing/data/org_english.toml [[named_body]]);
- the board of a body we know: คณะกรรมการการยางแห่งประเทศไทย -> "Board of the Rubber Authority of Thailand";
- a university faculty: คณะเศรษฐศาสตร์ -> "Faculty of Economics" (org_english.toml [faculty]);
- a department's office in a province or district: สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดชลบุรี -> "Provincial
  Labour Protection and Welfare Office, Chon Buri", from the listed English of กรมสวัสดิการและคุ้มครองแรงงาน and the
  province's official English, in the form the glossary's own provincial offices take ("Provincial Public Health
  Office, Chiang Mai").

Descriptive names (committees, associations, most centres) need a translation of their words, which this does
not attempt: they keep no English form rather than a romanisation nobody could read. Each result says whether
every part was listed (an official name or a glossary entry) or a part was romanised, so the reader marks a
guess as one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing.thai import admin, org_translate
from briefing.thai.gazetteer import Gazetteer, data_toml
from briefing.thai.romanise import romanise, romanise_place
from briefing.thai.scan import dictionary

PlacePart = Callable[[str, str, int], tuple[str, bool]]
"""(name, text, position) -> the name's English and whether it is listed (not a romanisation)."""

_COMPANY = re.compile(r"บริษัท[ \t\u00a0]*(.+?)[ \t\u00a0]*จำกัด([ \t\u00a0]?\(มหาชน\))?$")
_DESCRIBED = re.compile(r"และ|(?:^|[ \t])(?:การ|ความ)")
"""Words that make a company's name a description (its trade), not a name that romanises."""
_IN_THAILAND = re.compile(r"[ \t\u00a0]*\(ประเทศไทย\)")
_OFFICE = re.compile(r"สำนักงาน(.{2,}?)(จังหวัด|อำเภอ)(.+)$")
_ABBR = re.compile(r" \([A-Za-z&]+\)$")
_BOARDS = (("คณะกรรมการบริหาร", "Executive Board"), ("คณะกรรมการ", "Board"))
"""A body's governing board: คณะกรรมการการยางแห่งประเทศไทย is the board of the Rubber Authority of Thailand."""


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    return data_toml("org_english.toml")


@functools.lru_cache(maxsize=1)
def _named_bodies() -> tuple[tuple[str, str], ...]:
    rows = _data().get("named_body", [])
    pairs = [(str(r["th"]), str(r["en"])) for r in rows if isinstance(r, dict) and r.get("th") and r.get("en")] if isinstance(rows, list) else []
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


_PUBLIC_ORG = re.compile(r"[ \t\u00a0]*\(องค์การมหาชน\)$")


@functools.lru_cache(maxsize=1)
def _english_only() -> dict[str, str]:
    """org_english.toml [english_only]: official English for bodies found, not a name to recognise."""
    table = _data().get("english_only", {})
    return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}


@functools.lru_cache(maxsize=1)
def _faculties() -> dict[str, str]:
    table = _data().get("faculty", {})
    return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}


@functools.lru_cache(maxsize=1)
def _provinces() -> tuple[admin.Area, ...]:
    found = [a for group in admin.areas().values() for a in group if a.level == "province"]
    return tuple(sorted(found, key=lambda a: len(a.th), reverse=True))


def proper_name(name: str) -> str:
    """A proper name romanised, with a province it ends in given in its official English: วชิระภูเก็ต ->
    'Wachira Phuket', มหาราชนครศรีธรรมราช -> 'Maharat Nakhon Si Thammarat' (romanised whole: 'Wachiraphuket'); a
    name made of place words as place names are written (โรงเรียนบ้านหนองจาน: 'Ban Nong Chan')."""
    province = next((a for a in _provinces() if name.endswith(a.th) and len(name) - len(a.th) >= 3), None)
    if province is None:
        return romanise_place(name)
    return f"{romanise_place(name[:-len(province.th)])} {province.en}"


def company(surface: str, described: bool = False) -> str | None:
    """บริษัท X จำกัด (มหาชน): X romanised and the legal form in English; None for any other name, and for a name
    that describes a trade unless `described` (a venue is better named so than not at all)."""
    m = _COMPANY.match(surface)
    if m is None:
        return None
    name = m.group(1)
    thailand = _IN_THAILAND.search(name)
    if thailand:
        name = name[:thailand.start()] + name[thailand.end():]
    if not described and _DESCRIBED.search(name):
        return None  # บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด: Thai words naming a trade; romanised they read as nothing
    words = ["ไทยแลนด์" if w == "ประเทศไทย" else w for w in name.split()]  # บริษัท แกร็บ ประเทศไทย จำกัด: 'Grab Thailand'
    english = romanise(" ".join(words)) + (" (Thailand)" if thailand else "")
    return f"{english} {'Public Company Limited' if m.group(2) else 'Co., Ltd.'}"


def english(surface: str, text: str, pos: int, g: Gazetteer, place_part: PlacePart) -> tuple[str, bool] | None:
    """The English of an organisation's name made from its parts, and whether every part was listed."""
    official = _english_only().get(_PUBLIC_ORG.sub("", surface))
    if official:
        return official, True
    made = company(surface)
    if made:
        return made, False
    known = g.terms.get(surface[len("บริษัท"):].strip().rstrip("ฯ").strip()) if surface.startswith("บริษัท") else None
    if known is not None and known.type == "organisation" and known.english:
        return known.english, True  # บริษัท ไปรษณีย์ไทย: the listed ไปรษณีย์ไทย, 'Thailand Post Co., Ltd. (THP)'
    for head, pattern in _named_bodies():
        name = surface[len(head):].strip()
        if surface.startswith(head) and len(name) > 1:
            part, listed = place_part(name, text, pos)
            if not listed and name in dictionary():
                return None  # โรงพยาบาลสนาม, โรงพยาบาลเอกชน: a kind of hospital ('field', 'private'), no name to romanise
            return pattern.format(part if listed else proper_name(name)), listed
    for head, board in _BOARDS:
        term = g.terms.get(surface[len(head):]) if surface.startswith(head) else None
        if term is not None and term.type == "organisation" and term.english:
            name = _ABBR.sub("", term.english)
            return f"{board} of {'' if name.startswith('The ') else 'the '}{name}", True
    if surface.startswith("คณะ"):
        field = _faculties().get(surface[3:].rstrip("ฯ").strip())
        if field:
            return f"Faculty of {field}", True
        return _faculty_of(surface, g)
    return _office(surface, g)


_FACULTY_UNIVERSITY = re.compile(r"คณะ(\S+)[ \t\u00a0]{1,2}(\S+)")


def _faculty_of(surface: str, g: Gazetteer) -> tuple[str, bool] | None:
    """A faculty with its university after a space (org_faculties joins them, and the mined list of names holds
    some whole): คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย -> "Faculty of Medicine, Chulalongkorn University (CU)"."""
    m = _FACULTY_UNIVERSITY.fullmatch(surface)
    field = _faculties().get(m.group(1)) if m else None
    university = g.terms.get(m.group(2)) if m and field else None
    if university is None or university.type != "organisation" or not university.english:
        return None
    return f"Faculty of {field}, {university.english}", True


def _office(surface: str, g: Gazetteer) -> tuple[str, bool] | None:
    """สำนักงาน<a department's field>จังหวัด<province>: the department's provincial office."""
    m = _OFFICE.match(surface)
    if m is None:
        return None
    term = g.terms.get("กรม" + m.group(1))
    level = "province" if m.group(2) == "จังหวัด" else "district"
    area = next((a for a in admin.areas().get(m.group(3).strip(), ()) if a.level == level), None)
    if term is None or term.type != "organisation" or not term.english or area is None:
        return None
    name = _ABBR.sub("", term.english)
    field = name.removeprefix("Department of ").removesuffix(" Department")
    if field == name or not field:
        return None
    if level == "province":
        return f"Provincial {field} Office, {area.en}", True
    return f"District {field} Office, {area.en} District", True


_THAI_NAME = "[\u0e01-\u0e2e\u0e30-\u0e4e]"
"""A Thai letter, not ฯ (a shortening mark, not part of a name)."""
_FOUNDATION = re.compile(rf"มูลนิธิ({_THAI_NAME}{{3,}})ฯ?(?:[ \t]?(ในพระบรมราชูปถัมภ์|ในพระบรมราชินูปถัมภ์))?$")
_BARE_COMPANY = re.compile(rf"บริษัท[ \t\u00a0]+({_THAI_NAME}{{3,}}(?: {_THAI_NAME}{{2,}}){{0,3}})$")


def named_romanised(surface: str) -> str | None:
    """A foundation or a company named by a proper name that nothing else gives English to: the name romanised and
    the kind in English (the reader marks it a guess). มูลนิธิเพชรเกษม -> 'Phetkasem Foundation', มูลนิธิแม่ฟ้าหลวง
    ในพระบรมราชูปถัมภ์ -> 'Maefaluang Foundation under Royal Patronage', บริษัท โตโยต้า มอเตอร์ คอร์ปอเรชั่น (no
    legal form written) -> 'Toyota Motor Corporation'. Called only after the glossary, the parts and the word-by-word
    translation have failed (มูลนิธิโรงพยาบาลสมเด็จพระยุพราช is translated, not romanised). A name that describes
    (และ, การ, ความ), an initialism (พี.พี.) or a hyphenated loan (ชิโน-ไทย ...) romanises badly and is left alone."""
    m = _FOUNDATION.match(surface)
    if m:
        if _DESCRIBED.search(m.group(1)) or org_translate.starts_with_word(m.group(1)):
            return None  # มูลนิธิการศึกษา, a kind of foundation
        royal = " under Royal Patronage" if m.group(2) else ""
        return f"{proper_name(m.group(1))} Foundation{royal}"
    m = _BARE_COMPANY.match(surface)
    if m and not _DESCRIBED.search(m.group(1)) and m.group(1) not in dictionary() \
            and not org_translate.starts_with_word(m.group(1)):
        return romanise(m.group(1))
    return None

