"""Landmarks named by a Thai Wikipedia title, and royal residences, wherever they stand (issue 11, session 12, places).

The venue scan of places.py takes a dam, a bridge, an island or a bay named after ณ / ที่ or glued to a word of
going (ไปยัง, บริเวณ); elsewhere it leaves the head word alone, since most such mentions are kinds (สะพานข้ามแยก,
สนามบินใหม่, เกาะกลางถนน). A name Thai Wikipedia gives a page to is no kind: counted on 2,500 random thaigov-v2
releases (seed 21; bench sets, dev and the draws left out), 28 mentions of a head word glued to a title of the
head-word extract (gazetteer.wiki()) were no place in 18 releases, among them เลียบเขื่อนป่าสักชลสิทธิ์ (a road along
the dam), อ่างเก็บน้ำเขื่อนแม่งัดสมบูรณ์ชล, เชิงสะพานนวรัฐ, โครงการพัฒนาเกาะสีชัง, ทำเลหาดจอมเทียน, ได้จัดให้อ่าวมาหยา,
สมัชชาคนจนเขื่อนราษีไศล. What a reader expects: each of those is the place (the read golds list named dams, bridges,
bays and islands: เขื่อนลำตะคอง, สะพานรักสารสิน, เกาะยอ). Airports were counted too (1,761 releases name one): the
transport rules and the glossary already take nearly all of them (one miss in 250 releases).

A title is taken when it is more than its head (not สะพานขึง, a kind of bridge Wikipedia explains), the part after
the head is no dictionary word and starts with no verb (not สะพานข้ามแยก, a flyover), it ends where newmm ends a word
and no organisation of the glossary starts there. The heads are data (place_words.toml: place_titled.heads).
Read on 700 other random releases (seed 1212): 5 new places, 4 true (เกาะพีพี, สะพานสมเด็จพระปิ่นเกล้า, ปราสาทพระวิหาร,
สะพานมิตรภาพไทย for ไทย of "สะพานมิตรภาพไทย - กัมพูชา") and a king named by his palace (สมเด็จพระที่นั่ง...), now left.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import NAME_STOPS, chunk_at, dictionary, is_thai, is_verb, word_ends_at, words
from briefing.thai.wordlists import word_tuple

Span = tuple[int, int]

_HEADS = word_tuple("place_words.toml", "place_titled.heads")
_KIND_STARTS = frozenset(("แบบ", "ชนิด", "ประเภท", "ลอย", "เทียม", "แห่ง"))
"""First words of a title that explains a kind (สะพานแบบคาน, เกาะเทียม, ...แห่งที่), not a named landmark."""


@functools.cache
def _titles() -> frozenset[str]:
    """The distinctive titles that start with a head word."""
    from briefing.thai.gazetteer import gazetteer

    dic = dictionary()
    out = set()
    for t in gazetteer().wiki():
        if not t.startswith(_HEADS):
            continue
        head = next(h for h in _HEADS if t.startswith(h))
        if len(t) - len(head) < 3 or t in dic:
            continue
        rest = t[len(head):]
        if rest in dic and not _named_after_place(rest) or rest.startswith(_HEADS):
            continue  # สะพานคู่ขนาน..., เกาะกลาง: a kind; สะพานขึงคู่ขนานสะพานพระราม: a phrase over another name
        out.add(t)
    return frozenset(out)


def _named_after_place(rest: str) -> bool:
    """Is the word after the head a province or district (geothai) or a river the glossary knows? The dictionary holds
    many proper names (เจ้าพระยา, ศรีนครินทร์, ภูเก็ต, พังงา), so a title whose rest is a dictionary word was dropped as a
    kind (เขื่อนดิน, สะพานลอย, หาดทราย) together with เขื่อนเจ้าพระยา, เขื่อนศรีนครินทร์, อ่าวพังงา, เกาะภูเก็ต. A kind is
    never named by a province, a district or a river; a subdistrict is left out (ใหม่, เหนือ, ไผ่ and โพธิ์ are
    subdistricts: สะพานใหม่, เกาะเหนือ are kinds or phrases)."""
    from briefing.thai import admin
    from briefing.thai.gazetteer import gazetteer

    end, area = admin.longest_name(rest, 0, ("province", "district"))
    if area is not None and end == len(rest):
        return True
    river = gazetteer().terms.get("แม่น้ำ" + rest)
    return river is not None and river.type == "place"


@functools.lru_cache(maxsize=4096)
def _named(title: str) -> bool:
    """Does the title name a landmark, not explain a kind (สะพานข้ามแยก, a flyover; สะพานแบบคาน)?"""
    head = next(h for h in _HEADS if title.startswith(h))
    first = words(title[len(head):])[0]
    return not (is_verb(first) or first in NAME_STOPS or first in _KIND_STARTS)


def _ends_word(text: str, start: int, end: int) -> bool:
    """Does newmm end a word at `end` in the chunk that holds text[start:end] (or the Thai run end there)?"""
    return end >= len(text) or not is_thai(text[end]) or word_ends_at(text, start, end)


_RESIDENCE = re.compile(r"(?<!โรงเรียน)(?<!เขา)พระตำหนัก(?=[\u0e01-\u0e4e])")
_RESIDENCE_KINDS = frozenset(("ใหญ่", "เล็ก", "นี้", "นั้น", "ที่", "ใน", "ด้วย", "เก๋ง", "และ", "ของ", "ต่าง", "เดิม",
                              "หลัง", "ชั่วคราว", "แห่ง", "ทรง", "ไม้", "เรือน"))
"""First words after พระตำหนัก that say which or what kind (พระตำหนักใหญ่, ...ที่ประทับ, ...ในต่างจังหวัด), no name."""


def residences(text: str) -> list[Span]:
    """พระตำหนักจิตรลดารโหฐาน, พระตำหนักปั้นหย่า, รอบพระตำหนักสิริยาลัย: a royal residence and its name, wherever it
    stands. Counted in thaigov-v2: พระตำหนัก + a name in 61 releases (108 mentions); on 70 of them the venue scan
    (after ณ only) left 75 of 104 mentions, nearly all named residences (จิตรลดารโหฐาน 16 releases, ทักษิณราชนิเวศน์
    11, ปั้นหย่า 11, ภูพิงคราชนิเวศน์ 7). Cut before a stop word or a verb after the name's first word."""
    out: list[Span] = []
    if "พระตำหนัก" not in text:
        return out
    for m in _RESIDENCE.finditer(text):
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        ws = words(c.text)
        if not ws or ws[0] in _RESIDENCE_KINDS or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        end = m.end()
        for i, w in enumerate(ws):
            if w in NAME_STOPS or (i and (is_verb(w) or w in _RESIDENCE_KINDS)) or w.startswith(("จังหวัด", "อำเภอ", "ตำบล")):
                break
            end += len(w)
        if end - m.end() >= 3:
            out.append((m.start(), end))
    return out


def find(text: str) -> list[Span]:
    """Every head word glued to a distinctive Wikipedia title in `text`, as (start, end), and royal residences."""
    return titled(text) + residences(text)


def titled(text: str) -> list[Span]:
    """Every head word glued to a distinctive Wikipedia title in `text`, as (start, end)."""
    if not any(map(text.__contains__, _HEADS)):
        return []
    titles = _titles()
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    out: list[Span] = []
    for h in _HEADS:
        pos = text.find(h)
        while pos >= 0:
            c = chunk_at(text, pos)
            limit = min(c.end, pos + 60) if c is not None else pos
            end = next((e for e in range(limit, pos + len(h) + 2, -1) if text[pos:e] in titles), pos)
            if end > pos:
                start = pos
                known = g.regex.match(text, start) if g.regex is not None else None
                if known and known.group(0) and g.terms[known.group(0)].type == "organisation" and known.end() >= end:
                    pass  # an organisation the glossary names with the same words
                elif text.endswith("สมเด็จ", 0, start):
                    pass  # สมเด็จพระที่นั่งสุริยาศน์อมรินทร์: a king named by his palace, a person
                elif _named(text[start:end]) and _ends_word(text, start, end):
                    out.append((start, end))
            pos = text.find(h, pos + 1)
    return sorted(set(out))
