"""Thai administrative areas and their official English names, from `geothai` (DOPA's register).

Provinces, 928 districts and 7,436 subdistricts with the English names the Department of
Provincial Administration publishes: อำเภอเมืองนครศรีธรรมราช is "Mueang Nakhon Si Thammarat
District", not a romanisation. A name several areas share is settled by the province (or, for a
subdistrict, the district) the release names nearest to the mention.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

import geothai

from briefing.thai.gazetteer import trie_regex

Level = Literal["province", "district", "subdistrict"]


@dataclass(frozen=True, slots=True)
class Area:
    level: Level
    th: str
    """The bare Thai name (no จังหวัด/อำเภอ/ตำบล, no เขต for a Bangkok district)."""
    en: str
    province: str
    """Two-digit province code."""
    district: str = ""
    """Four-digit district code (subdistricts)."""


_PREFIXES: tuple[tuple[str, Level], ...] = (
    ("จังหวัด", "province"), ("จ.", "province"), ("อำเภอ", "district"), ("อ.", "district"),
    ("เขต", "district"), ("ตำบล", "subdistrict"), ("ต.", "subdistrict"), ("แขวง", "subdistrict"),
)
_SUFFIX = {"province": " Province", "district": " District", "subdistrict": " Subdistrict"}
_BANGKOK = ("กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "กทม.")
_WINDOW = 400
"""How far (characters) a province named in the text may be from a mention to settle it."""


@functools.lru_cache(maxsize=1)
def areas() -> dict[str, tuple[Area, ...]]:
    """Bare Thai name -> every area of that name (provinces first, then districts, subdistricts)."""
    found: dict[str, list[Area]] = {}
    for p in geothai.provinces():
        found.setdefault(p.name_th, []).append(Area("province", p.name_th, p.name_en, p.code))
    for d in geothai._districts():
        name = d.name_th.removeprefix("เขต") if d.province_code == "10" else d.name_th
        found.setdefault(name, []).append(Area("district", name, d.name_en, d.province_code, d.code))
    for s in geothai._subdistricts():
        found.setdefault(s.name_th, []).append(
            Area("subdistrict", s.name_th, s.name_en, s.province_code, s.district_code)
        )
    return {k: tuple(v) for k, v in found.items()}


@functools.lru_cache(maxsize=1)
def _province_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    codes = {p.name_th: p.code for p in geothai.provinces()}
    codes.update({alias: "10" for alias in _BANGKOK})
    return trie_regex(codes), codes


@functools.lru_cache(maxsize=64)
def _province_mentions(text: str) -> tuple[tuple[int, str], ...]:
    rx, codes = _province_regex()
    out: list[tuple[int, str]] = []
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            return tuple(out)
        if m.group(0):
            out.append((m.start(), codes[m.group(0)]))
            pos = m.end()
        else:
            pos = m.start() + 1


def split_prefix(surface: str) -> tuple[Level | None, str]:
    """อำเภอเมืองแพร่ -> ('district', 'เมืองแพร่'); a bare name -> (None, name)."""
    for prefix, level in _PREFIXES:
        if surface.startswith(prefix):
            return level, surface[len(prefix):].strip()
    return None, surface.strip()


def resolve(name: str, level: Level | None, text: str = "", pos: int = 0) -> Area | None:
    """The area a name stands for, or None. `text` and `pos` (where the mention is) settle a name
    several areas share: the province named nearest, after the mention first (ตำบล... อำเภอ... จังหวัด...)."""
    found = [a for a in areas().get(name, ()) if level is None or a.level == level]
    if not found and level == "district" and name == "เมือง":
        found = [x for group in areas().values() for x in group
                 if x.level == "district" and x.th.startswith("เมือง") and x.province != "10"]
    if not found:
        return None
    if len(found) == 1 or not text:
        return found[0]
    best: tuple[int, int] | None = None
    choice = found[0]
    codes = {a.province for a in found}
    for at, code in _province_mentions(text):
        if code not in codes:
            continue
        distance = at - pos if at >= pos else (pos - at) * 2  # a province after the name is its own
        if distance > _WINDOW * 2:
            continue
        if best is None or distance < best[0]:
            best = (distance, 0)
            choice = next(a for a in found if a.province == code)
    if level == "subdistrict" or (level is None and best is None):
        district = _district_after(text, pos, found)
        if district is not None:
            return district
    return choice


_DISTRICT_AFTER = re.compile(r"(?:อำเภอ|อ\.|เขต)[ \t]?([\u0e01-\u0e4e]{2,30})")


def _district_after(text: str, pos: int, found: list[Area]) -> Area | None:
    """ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา: the district named right after a subdistrict settles it."""
    m = _DISTRICT_AFTER.search(text, pos, pos + 80)
    if not m:
        return None
    name = m.group(1)
    for a in found:
        d = geothai.district(a.district) if a.district else None
        if d is not None and name.startswith(d.name_th.removeprefix("เขต")):
            return a
    return None


def english(surface: str, text: str = "", pos: int = 0) -> str | None:
    """The official English of an administrative area as written (ตำบลมะม่วงสองต้น ->
    'Mamuang Song Ton Subdistrict'), or None when the register does not hold it."""
    level, name = split_prefix(surface)
    if level == "province":
        area = resolve(name, "province")
        return f"{area.en} Province" if area else None
    if level is None:
        area = resolve(name, None, text, pos)
        return area.en if area else None
    if name == "เมือง" and level == "district":
        area = resolve(name, level, text, pos)
        if area is None or not text or not _settled(area.province, text, pos):
            return None  # อำเภอเมือง with no province to tell which: no guess (it was the register's first Mueang)
        return area.en + _SUFFIX[level]
    area = resolve(name, level, text, pos)
    return area.en + _SUFFIX[level] if area else None


def _settled(code: str, text: str, pos: int) -> bool:
    """Is the province `code` named near `pos` (as `resolve` weighs distance), or the only province `text` names?"""
    mentions = _province_mentions(text)
    near = any(c == code and (at - pos if at >= pos else (pos - at) * 2) <= _WINDOW * 2 for at, c in mentions)
    return near or bool(mentions) and all(c == code for _, c in mentions)


def english_at(name: str, level: Level, text: str, pos: int) -> str | None:
    """The official English of a bare name known to be a district or subdistrict (a list item)."""
    area = resolve(name, level, text, pos)
    return area.en + _SUFFIX[level] if area else None


def longest_name(text: str, start: int, levels: tuple[Level, ...]) -> tuple[int, Area | None]:
    """The longest area name of one of `levels` that `text` has at `start`: (end, area)."""
    best, area = start, None
    table = areas()
    for end in range(min(len(text), start + 30), start + 1, -1):
        found = [a for a in table.get(text[start:end], ()) if a.level in levels]
        if found and text[start:end] not in _stops():
            return end, found[0]
    return best, area


@functools.lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Function words that are also the name of some subdistrict (และ, ท่าเรือ...): never a place alone."""
    from briefing.thai.scan import NAME_STOPS

    return frozenset(NAME_STOPS | {"และ", "หรือ", "กับ", "ของ", "ที่", "ใน", "จาก", "ท่าเรือ"})
