"""Organisations written with no Thai head word (issue 11, session 10): foreign chambers of commerce, foreign
governments named with แห่ง, and media and retail companies a release names bare.

- A chamber of commerce named by its countries: หอการค้ารัสเซีย-ไทย, หอการค้าเยอรมัน-ไทย, สมาพันธ์หอการค้าไทย-จีน,
  หอการค้าญี่ปุ่น-กรุงเทพฯ, หอการค้าอินเดีย, หอการค้าไทยในจีน. The head หอการค้า is followed by a country, not by a
  Thai word the head rule reads, so the glossary's หอการค้าไทย (or nothing) was found and the rest typed a place.
  A provincial chamber (หอการค้าจังหวัด...) is not read here.
- รัฐบาลแห่ง + a foreign country (รัฐบาลแห่งเนปาล, รัฐบาลแห่งสาธารณรัฐสิงคโปร์): the government acting, as รัฐบาลจีน
  (glued, which entities._gazetteer_hits reads) already is. รัฐบาลแห่งราชอาณาจักรไทย is left as it was: the read
  golds list the kingdom there as a place (place_precision._THAILAND).
- A broadcaster, newspaper, news agency or retail/platform company listed in briefing/data/bare_orgs.toml, named
  bare (TNN, มติชน, แม็คโคร, บิ๊กซี, Shopee), except as a product, a channel a thing is sold through, or a venue.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.gazetteer import Gazetteer, data_toml, trie_regex
from briefing.thai.org_committees import place_at
from briefing.thai.scan import finditer_if, on_boundary

_THAILAND = frozenset({"ไทย", "ประเทศไทย", "ราชอาณาจักรไทย"})
_CHAMBER = re.compile(r"(?:สมาพันธ์)?หอการค้า(?:และอุตสาหกรรม)?")
_PAIR = re.compile(r"[ \t]?[-–][ \t]?")
_SEAT = re.compile(r"ใน|แห่ง|ประจำ")
"""หอการค้าไทยในจีน, หอการค้าอเมริกันในประเทศไทย: where a chamber sits, part of its name."""
_NATIONALITIES = ("อเมริกัน", "อังกฤษ", "ฝรั่งเศส", "เยอรมัน")
"""Chamber names written with the adjective (หอการค้าอเมริกัน); the gazetteer lists the others as countries."""


def find_foreign_chambers(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """หอการค้า followed by a country (and a second country or city after a dash, or its seat after ใน):
    a foreign or bilateral chamber of commerce, whole."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_CHAMBER, text, "หอการค้า"):
        pos = m.end()
        first = place_at(text, pos, g, ("country",))
        if first == pos:
            adjective = next((a for a in _NATIONALITIES if text.startswith(a, pos)), None)
            if adjective is None:
                continue
            first = pos + len(adjective)
        end = first
        dash = _PAIR.match(text, end)
        at = dash.end() if dash else end
        second = place_at(text, at, g, ("country", "city", "province"))
        if second > at and (dash or text[pos:first] in _THAILAND):
            end = second  # หอการค้ารัสเซีย-ไทย; หอการค้าไทยจีน (glued after ไทย)
        seat = _SEAT.match(text, end)
        if seat:
            there = place_at(text, seat.end(), g, ("country",))
            end = there if there > seat.end() else end
        if end == first and text[pos:first] in _THAILAND:
            continue  # หอการค้าไทย alone: the glossary's
        if on_boundary(text, m.start(), end, check_left=False):
            out.append((m.start(), end))
    return out


_GOVERNMENT = re.compile(r"รัฐบาลแห่ง")


def find_foreign_governments(text: str, g: Gazetteer) -> list[tuple[int, int, str]]:
    """รัฐบาลแห่งเนปาล, รัฐบาลแห่งสาธารณรัฐประชาชนจีน: a foreign government named with แห่ง, with its English."""
    out: list[tuple[int, int, str]] = []
    for m in finditer_if(_GOVERNMENT, text, "รัฐบาลแห่ง"):
        end = place_at(text, m.end(), g, ("country",))
        name = text[m.end():end]
        term = g.terms.get(name)
        if end == m.end() or term is None or name in _THAILAND or (term.canonical or "") in _THAILAND:
            continue
        if not on_boundary(text, m.start(), end, check_left=False):
            continue
        country = (term.english or name).removeprefix("the ").removeprefix("The ")
        the = "the " if re.search(r"Republic|Kingdom|Federation|Union|States|Emirates|Philippines|Netherlands", country) else ""
        out.append((m.start(), end, f"Government of {the}{country}"))
    return out


class _Listed:
    """The names of bare_orgs.toml: a regex of every written form, and each form's English and rule."""

    def __init__(self) -> None:
        rows = data_toml("bare_orgs.toml").get("name", [])
        self.english: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.head_only: frozenset[str] = frozenset(
            form for row in rows if row.get("head_only") for form in [row["th"], *row.get("aliases", [])])
        for row in rows:
            for form in [row["th"], *row.get("aliases", [])]:
                self.english[form] = row["en"]
                self.kind[form] = row["kind"]
        self.forms = tuple(sorted(self.english))
        thai = sorted((f for f in self.forms if not f[0].isascii()), key=len)
        needles: list[str] = []
        for form in thai:  # the fewest substrings that cover every Thai form (โลตัส covers เทสโก้โลตัส)
            if not any(n in form for n in needles):
                needles.append(form)
        self.needles = tuple(needles)
        self.latin = tuple(f for f in self.forms if f[0].isascii())


@functools.cache
def _listed() -> _Listed:
    return _Listed()


@functools.lru_cache(maxsize=256)
def _regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The longest of these forms at a position (only the forms a text holds: a substring test per form is a fast
    scan in C, a regex of every form tried at each Thai letter is not)."""
    return trie_regex(forms)


_CAPITAL = re.compile(r"[A-Z7]")


def _might_hold(text: str, listed: _Listed) -> bool:
    """A cheap first test: a Thai needle, or a capital letter when a Latin form could be there."""
    return any(map(text.__contains__, listed.needles)) or (_CAPITAL.search(text) is not None and any(map(text.__contains__, listed.latin)))


_MEDIA_HEAD = re.compile(r"(?:หนังสือพิมพ์|นิตยสาร|สถานีโทรทัศน์|สถานีข่าว|สำนักข่าว|ช่อง|เว็บไซต์)[ \t]?$")
_PRODUCT = re.compile(
    r"(?:แอป|แอปพลิเคชัน|แอปพลิเคชั่น|ผ่าน|บน|เพจ|ช่องทาง|บัญชี|ยี่ห้อ|แบรนด์|บริการ|ระบบ|บัตรของขวัญ|ของขวัญ|คูปอง|Voucher|เคาน์เตอร์[\u0e01-\u0e4e]*)"
    r"[ \t“\"(]*$")
"""ผ่าน Shopee, บัญชี TikTok, บริการ Grab, บัตรของขวัญโลตัส, เคาน์เตอร์เซอร์วิส เทสโก้โลตัส บิ๊กซี (where to pay): the
company's product or a channel, not the company acting."""
_PLATFORM = re.compile(r"แพลตฟอร์ม|แฟลตฟอร์ม|แอป")
"""บนแพลตฟอร์มออนไลน์ เช่น Lazada Shopee: a name a little after the word platform is one, in a list of them."""
_VENUE_BEFORE = re.compile(r"(?:ณ|ที่|ห้าง|ห้างสรรพสินค้า|ร้าน[\u0e01-\u0e4e]*|ศูนย์การค้า|สาขา|หน้า|บริเวณ|ภายใน|ถึง|แยก|ช่วง)[ \t]*$")
"""ณ ห้างโลตัส, ในร้านสะดวกซื้อ 7-Eleven, ...ถึงโลตัสคลอง 7: a shop or a point on a route, a place."""
_VENUE_AFTER = re.compile(r"[ \t]*(?:สาขา|ซูเปอร์สโตร์|แยก|ทอล์ก|Talk|Dinner|Forum|ฟอรั่ม)")
"""โลตัส สาขาบางกะปิ (a branch), ...เดลินิวส์ แยกสุทธิสาร (a junction), เดลินิวส์ ทอล์ก 2024 (an event)."""
_LIST_GAP = re.compile(r"[ \t]*(?:,|และ|หรือ|/)?[ \t]*")
_LATIN_AROUND = re.compile(r"[A-Za-z0-9&'’\-]")


def find_listed(text: str) -> list[tuple[int, int, str]]:
    """Listed media and retail names (bare_orgs.toml) acting in the text, with their English."""
    listed = _listed()
    present = tuple(f for f in listed.forms if f in text) if _might_hold(text, listed) else ()
    if not present:
        return []
    out: list[tuple[int, int, str]] = []
    guarded = -1
    for m in _regex(present).finditer(text):
        start, end, form = m.start(), m.end(), m.group(0)
        if guarded >= 0 and _LIST_GAP.fullmatch(text, guarded, start):
            guarded = end
            continue  # ผ่าน Shopee และ Lazada, ที่ร้านเซเว่น อีเลฟเว่น ท็อปส์: the guard holds along the list
        if form[0].isascii():
            before, after = text[start - 1:start], text[end:end + 2]
            if _LATIN_AROUND.match(before) or _LATIN_AROUND.match(after[:1]) or re.match(r" [A-Z]", after):
                continue  # Nikkei| Forum, CNNs: part of a longer Latin name or word
        elif not on_boundary(text, start, end):
            continue  # ไทยรัฐ|วิทยา, ทวินโลตัส
        window = text[max(0, start - 30):start]
        head = _MEDIA_HEAD.search(window)
        if form in listed.head_only and head is None:
            continue
        platform = listed.kind[form] == "retail" and _PLATFORM.search(window)
        if platform or _PRODUCT.search(window) or _VENUE_BEFORE.search(window) or _VENUE_AFTER.match(text, end):
            guarded = end
            continue
        if head is not None and not head.group(0).startswith("ช่อง"):
            start -= len(head.group(0))  # หนังสือพิมพ์มติชน, สถานีโทรทัศน์ไทยรัฐทีวี: the kind is part of the name
        out.append((start, end, listed.english[form]))
    return out
