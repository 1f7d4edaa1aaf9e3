"""Organisations and places named bare inside coordinated lists whose other members are recognised.

A release lists bodies and places one after another with no head word on some of them: "กระทรวงพาณิชย์ คลัง และ
เกษตรฯ", "อ.ชะอำ อ.บ้านลาด และ อ.เมืองเพชรบุรี", "ผู้แทน... สถาบันวัคซีนนานาชาติ ธนาคารโลก สมาชิกสภาวัคซีนโลก". The
recognisers find the members with a head word or a glossary entry; this step gives their type to the siblings between
and after them, when the list is clearly of that type (two or more members recognised, at least as many as the bare
ones) and the sibling has a name's shape: a short run of Thai letters (or a dotted abbreviation), no digit, no verb or
function word, no person's title, no common word unless the register or the glossary knows it as such a thing.

On the blind rule outputs of 42 read held-out sets (bench/list_potential.py) about a quarter of the missed
organisations and places sit in such a list next to a recognised member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.thai import admin
from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer
from briefing.thai.scan import NAME_STOPS, dictionary, is_verb, words

_CONJ = ("และ", "หรือ", "รวมถึง", "ตลอดจน", "รวมทั้ง")
_SPACE = " \t\u00a0"
_PURE_SEP = re.compile(r"[ \t\u00a0]*(?:[,、][ \t\u00a0]*)?(?:(?:และ|หรือ|รวมถึง|ตลอดจน|รวมทั้ง)[ \t\u00a0]*)?")
_ITEM_SPLIT = re.compile(r"[ \t\u00a0]*[,、][ \t\u00a0]*|[ \t\u00a0]+")
_TAIL = re.compile(r"[ \t\u00a0]*(?:[,、][ \t\u00a0]*)?(?:และ|รวมถึง|ตลอดจน|รวมทั้ง)[ \t\u00a0]*([^\s,()\[\]“”\"'‘’:;/]{2,60})")
_OPENER = re.compile(r"(?:ได้แก่|เช่น|ประกอบด้วย|อาทิ|อาทิเช่น)[ \t\u00a0]*([^\s,()\[\]“”\"'‘’:;/]{2,60})[ \t\u00a0]*(?:[,、][ \t\u00a0]*)?$")
_NAME = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{1,24}ฯ?")
_HEADED = re.compile(r"[\u0e01-\u0e4e]{4,60}ฯ?")
_ABBR = re.compile(r"(?:[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,3}\.){1,4}")
_ENDERS = ("เป็นต้น", "ฯลฯ")
_FUNCTION = frozenset({"การ", "ความ", "ของ", "และ", "หรือ", "ที่", "ซึ่ง", "ใน", "ไป", "มา", "แล้ว", "นี้", "นั้น", "ทุก",
                       "ต่างๆ", "ต่าง", "ๆ", "ผู้", "หน่วยงาน", "ภาค", "ฝ่าย", "ประเทศ", "จังหวัด", "พื้นที่", "อื่น",
                       "ท้องถิ่น", "ท้องที่", "ชุมชน", "ประชาชน", "เครือข่าย", "สมาชิก", "ตัวแทน", "ผู้แทน", "ครั้ง",
                       "โครงการ", "งาน", "กิจกรรม", "แผน", "มาตรการ", "นโยบาย"})
"""Words no bare list member of a name list holds: function words and the generic nouns lists of bodies end with
(หน่วยงานที่เกี่ยวข้อง, ภาคเอกชน, ผู้แทนชุมชน)."""
_AREA_KINDS = (("จังหวัด", "province"), ("จ.", "province"), ("อำเภอ", "district"), ("อ.", "district"),
               ("เขต", "district"), ("ตำบล", "subdistrict"), ("ต.", "subdistrict"), ("แขวง", "subdistrict"), ("ประเทศ", ""))
_ANY = frozenset({"ต่างๆ", "ต่าง", "ๆ", "อื่น", "อื่นๆ", "นี้", "นั้น", "ดังกล่าว", "ทุก", "ทั้งหมด", "เดียวกัน", "ละ",
                  "ทั่วไป", "ระดับ"})
"""Words of a class, not a name (กรมต่างๆ, กระทรวงอื่น, กรมดังกล่าว, โรงพยาบาลทั่วไป, คณะกรรมการระดับจังหวัด)."""
_MAX_GAP = 90
_MAX_BARE = 3
_HEADS = tuple(sorted(set(ORG_HEADS) | set(VENUE_HEADS) | {"ห้อง", "โครงการ", "สะพาน", "แม่น้ำ", "คลอง", "ถนน"}, key=len, reverse=True))
_ORG_HEADS = tuple(sorted(ORG_HEADS, key=len, reverse=True))


def _by_first(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Head words by their first letter, longest first: a member is looked up among a few, not all of them."""
    table: dict[str, list[str]] = {}
    for h in heads:
        table.setdefault(h[0], []).append(h)
    return {k: tuple(v) for k, v in table.items()}


_HEADS_BY_FIRST = _by_first(_HEADS)
_ORG_HEADS_BY_FIRST = _by_first(_ORG_HEADS)


def _longest_head(surface: str, table: dict[str, tuple[str, ...]]) -> str | None:
    return next((h for h in table.get(surface[:1], ()) if surface.startswith(h)), None)
_VERB_STARTS = tuple(w for w in NAME_STOPS if len(w) >= 3)


@dataclass(frozen=True, slots=True)
class Sibling:
    start: int
    end: int
    type: str
    english: str | None = None
    canonical: str | None = None
    romanised: bool = False


def _strip_conj(item: str) -> str:
    for c in _CONJ:
        if item.startswith(c) and len(item) > len(c):
            return item[len(c):]
    return item


def _kind(surface: str) -> str:
    """What a member starts with: an area prefix (จังหวัด = จ.), a body's or venue's head word, or nothing (a bare
    name; ประเทศ counts as bare). Members of one list are of one kind; a word between a school and the subdistrict
    after it (โรงเรียนบ้านหนองบัว ดอนไผ่ ตำบลนิเวศน์) or a room and its hotel is part of a name, not a member."""
    for prefix, kind in _AREA_KINDS:
        if surface.startswith(prefix):
            return kind
    return _longest_head(surface, _HEADS_BY_FIRST) or ""


def _common_head(surfaces: list[str]) -> str | None:
    """The organisation head word every recognised member starts with (กระทรวง, กรม, ...), if one."""
    heads = {_longest_head(s, _ORG_HEADS_BY_FIRST) for s in surfaces}
    if len(heads) == 1:
        return heads.pop()
    return None


def _by_head(item: str, head: str | None, g: Gazetteer) -> tuple[str, str | None] | None:
    """คลัง after กระทรวงพาณิชย์: กระทรวงการคลัง; เกษตรฯ: กระทรวงเกษตรและสหกรณ์ (one glossary body only)."""
    if head is None:
        return None
    for key in (head + item, head + "การ" + item):
        term = g.terms.get(key)
        if term is not None and term.type == "organisation":
            return key, term.english
    if item.endswith("ฯ") and len(item) >= 4:
        stem = head + item[:-1]
        keys = [k for k, t in g.terms.items() if k.startswith(stem) and t.type == "organisation" and not t.canonical]
        if len(keys) == 1:
            return keys[0], g.terms[keys[0]].english
    return None


def _titled(item: str, g: Gazetteer) -> bool:
    """A person's title or name (สมเด็จพระมหาวีรวงศ์ in a list of abbots and their temples)."""
    return item.startswith(_titles(g)) or item in g.first_names or item in g.family_names


_TITLES: dict[int, tuple[str, ...]] = {}


def _titles(g: Gazetteer) -> tuple[str, ...]:
    """The glossary's Thai titles and honorifics (built once per glossary)."""
    found = _TITLES.get(id(g))
    if found is None:
        found = tuple(t for t in (*g.titles, *g.honorifics) if len(t) >= 3 and not t.isascii())
        found = _TITLES[id(g)] = found + ("นาย", "นาง", "ดร.", "คุณ", "พระ", "สมเด็จ")
    return found


def _shaped(item: str, typ: str, g: Gazetteer) -> bool:
    """A bare list member's shape: a name, not a word of the sentence."""
    if _ABBR.fullmatch(item):
        return typ == "organisation" and item not in g.titles and item not in g.honorifics
    if not _NAME.fullmatch(item) or len(item) < 3 or _titled(item, g):
        return False
    if item.rstrip("ฯ") in dictionary() or item.startswith(_VERB_STARTS) or _kind(item):
        return False
    ws = words(item.rstrip("ฯ"))
    if any(w in _FUNCTION or w in NAME_STOPS or is_verb(w) for w in ws):
        return False
    # a name's own piece (แฟรงค์เฟิร์ต) or fragments of a foreign name (โม|ร็อค|โก), not common words (กรอบ|งบประมาณ)
    return any(w not in dictionary() for w in ws) or sum(len(w) <= 2 for w in ws) >= 2  # not บ้าน|นา in a dish's name


def _known(item: str, typ: str, text: str, pos: int, head: str | None, g: Gazetteer) -> Sibling | None:
    """A bare member the register or the glossary knows as `typ` (a district, a body under the siblings' head)."""
    term = g.terms.get(item)
    if term is not None and term.type == typ:
        return Sibling(pos, pos + len(item), typ, term.english, term.canonical)
    if typ == "place":
        area = admin.resolve(item, None, text, pos)
        if area is not None and len(item) >= 3:
            en = admin.english_at(item, area.level, text, pos) if area.level != "province" else area.en
            return Sibling(pos, pos + len(item), typ, en)
        return None
    found = _by_head(item, head, g)
    if found is not None:
        return Sibling(pos, pos + len(item), typ, found[1], found[0])
    return None


def _same_kind(item: str, kind: str) -> bool:
    """A member with the head word its siblings have (จัดโดย กรมคุ้มสิทธิและเสรีภาพ และกรมบังคับคดี): a name
    the recognisers passed over, kept whole when it holds no verb or function word but its own และ."""
    if not kind or _kind(item) != kind or len(item) < len(kind) + 2 or not _HEADED.fullmatch(item):
        return False
    if item in dictionary():
        return False  # สถาบันการศึกษา: a common noun among named bodies
    if item[len(kind):] in _HEADS:
        return False  # โรงพยาบาลศูนย์: a class of hospitals
    ws = words(item[len(kind):].rstrip("ฯ"))
    return bool(ws) and not is_verb(ws[0]) and not any((w in NAME_STOPS and w != "และ") or w in _ANY for w in ws)


def _member(item: str, pos: int, typ: str, text: str, head: str | None, g: Gazetteer, kind: str = "") -> Sibling | None:
    for ender in _ENDERS:
        if item.endswith(ender) and len(item) > len(ender):
            item = item[: -len(ender)]
    if _same_kind(item, kind):
        return Sibling(pos, pos + len(item), typ, romanised=True)
    known = _known(item, typ, text, pos, head, g)
    if known is not None:
        return known
    if _shaped(item, typ, g):
        return Sibling(pos, pos + len(item), typ, romanised=True)
    return None


def _gap_items(text: str, a: int, b: int) -> list[tuple[int, str]] | None:
    """The bare items between two list members, or None when the gap is not a list's (too long, a line break, no
    separator on both sides)."""
    gap = text[a:b]
    if len(gap) > _MAX_GAP or "\n" in gap:
        return None
    if _PURE_SEP.fullmatch(gap):
        return []
    starts_sep = gap[0] in _SPACE + ",、" or gap.startswith(_CONJ)
    ends_sep = gap[-1] in _SPACE + ",、" or gap.endswith(_CONJ)
    if not (starts_sep and ends_sep):
        return None
    items: list[tuple[int, str]] = []
    pos = 0
    for m in _ITEM_SPLIT.finditer(gap):
        if m.start() > pos:
            items.append((a + pos, gap[pos:m.start()]))
        pos = m.end()
    if pos < len(gap):
        items.append((a + pos, gap[pos:]))
    out: list[tuple[int, str]] = []
    for at, item in items:
        if item in _CONJ:
            continue
        bare = _strip_conj(item)
        at += len(item) - len(bare)
        for c in ("และ", "หรือ"):  # เชียงราย น่านและ|แพร่
            if bare.endswith(c) and len(bare) > len(c) + 2:
                bare = bare[: -len(c)]
        out.append((at, bare))
    return out


def siblings(text: str, spans: list[tuple[int, int, str]], g: Gazetteer) -> list[Sibling]:
    """New organisation and place spans for bare list members next to recognised ones.

    `spans` are every kept span of the field (people too: a person between two bodies breaks the list)."""
    if not spans:
        return []
    spans = sorted(spans)
    out: list[Sibling] = []
    i = 0
    while i < len(spans):
        typ = spans[i][2]
        if typ not in ("organisation", "place"):
            i += 1
            continue
        run = [spans[i]]
        bare: list[Sibling] = []
        j = i + 1
        head = None
        while j < len(spans) and spans[j][2] == typ:
            items = _gap_items(text, run[-1][1], spans[j][0])
            if items is None or len(items) > _MAX_BARE:
                break
            if items:
                left, right = text[run[-1][0]:run[-1][1]], text[spans[j][0]:spans[j][1]]
                if left == right:  # ธกส มอบรัก ธกส รักคุณ: one body's products
                    break
                if _kind(left) != _kind(right):
                    if typ != "organisation":
                        break
                    # a list of bodies mixes head words; a member with a head word of its own still joins it
                    found = [Sibling(at, at + len(item), typ, romanised=True) if _kind(item) in ORG_HEADS
                             and _same_kind(item, _kind(item)) else None for at, item in items]
                else:
                    head = _common_head([text[s:e] for s, e, _ in run + [spans[j]]])
                    found = [_member(item, at, typ, text, head, g, _kind(left)) for at, item in items]
                if any(f is None for f in found):
                    break
                bare += [f for f in found if f is not None]
            run.append(spans[j])
            j += 1
        if len(run) >= 2:
            head = _common_head([text[s:e] for s, e, _ in run])
            end = run[-1][1]
            nxt = spans[j][0] if j < len(spans) else len(text)
            m = _TAIL.match(text, end, nxt)
            kinds = {_kind(text[s:e]) for s, e, _ in run[-2:]}
            glued = j < len(spans) and not text[m.end():nxt].strip(_SPACE) if m else False  # และคำสั่งหัวหน้า คสช.
            if m and len(kinds) == 1 and not glued:
                tail = _member(m.group(1), m.start(1), typ, text, head, g, kinds.pop())
                if tail is not None:
                    bare.append(tail)
            prev = spans[i - 1][1] if i else 0
            start = run[0][0]
            o = _OPENER.search(text, max(prev, start - 40), start)
            first = {_kind(text[s:e]) for s, e, _ in run[:2]}
            if o and len(first) == 1:
                lead = _member(o.group(1), o.start(1), typ, text, head, g, first.pop())
                if lead is not None:
                    bare.append(lead)
            if len(run) >= len(bare):
                out += bare
        i = j
    return out
