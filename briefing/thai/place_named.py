"""Named hills, palaces and Bangkok police stations the head-word scans miss (issue 11, session 10, places).

เขา ('hill', and the pronoun 'he/they') and วัง ('palace', also a family name's and many towns' first syllable)
are not venue heads: most of their mentions are no place. Counted on 4,000 random thaigov-v2 releases (seed 7101;
held-out and measurement sources left out): เขา+name 35 mentions in 28 releases, 17 of them named hills no rule
found, 3 the pronoun; วัง+name 173 in 162 releases, 118 of them the spokesman's family name วังบุญคงชนะ and the
palaces (วังศุโขทัย, วังสระปทุม, วังไกลกังวล, วังปารุสกวัน) 6, all missed; สน.+name (a Bangkok metropolitan
police station) 5 in 4, 4 of them the station people were taken to or filed a case at, all missed. Here:

- a hill is เขา and a name (not a verb or stop word after it, so not the pronoun) when the area that places it
  follows (เขาพระตำหนัก อำเภอบางละมุง, เขาพระยาเดินธง จังหวัดลพบุรี), when it is listed with another hill
  (เขายายเที่ยง และเขาขนานจิต, เขาคลังสระแก้ว เขาคลังหน้า), or when a place cue comes before a hill Thai
  Wikipedia has a title for (โดยรอบเขาคลังนอก, ณ เขาหลัก): the read golds list such hills (heldout13/28/60);
- a palace is วัง and a name Thai Wikipedia has a title for, standing as a word (ณ วังศุโขทัย, กรมการปกครอง
  (วังไชยา)), not a registered district or subdistrict (วังน้อย, วังทอง: the admin rules and the bare-name list
  take those), nor a family name (the people's spans win the overlap);
- สน.+name after a cue of going or filing (ไปที่ สน.ลุมพินี, แจ้งความที่ สน.บางพลัด) is the station as a place
  (heldout26/63), as place_cues.police_stations takes สถานีตำรวจ....
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import (
    NAME_STOPS,
    area_word,
    chunk_at,
    dictionary,
    is_thai,
    is_verb,
    word_ends_at,
    words,
)

Span = tuple[int, int]

# (?=เขา), (?=วัง): what every match starts with (the lookbehinds before the word are zero-width), tried first
# so that other positions fail at once instead of after every lookbehind (the same matches, a scan ~10x faster)
_HILL = re.compile(r"(?=เขา)(?:(?<![\u0e01-\u0e4e.])|(?<=บริเวณ)|(?<=รอบ)|(?<=ยอด)|(?<=และ)|(?<=ณ)|(?<=ที่)|(?<=สู่))เขา(?=[\u0e01-\u0e4e])")
_AREA_AFTER = re.compile(r"\)?[ \t]{1,2}\(?(?:" + area_word() + r")")
"""The area that places a name: its subdistrict, district, province (or a Bangkok district), after a space."""
_HYPHENS = frozenset("-–")
_LIST_NEXT = re.compile(r"[ \t]{0,2}(?:,|และ|หรือ)?[ \t]{0,2}(?=เขา[\u0e01-\u0e4e])")
_CUE_BEFORE = re.compile(r"(?:บริเวณ|รอบ|(?:^|[\s(])(?:ณ|ที่)|สู่|ยอด|อาทิ|เช่น|ได้แก่)[ \t]?$")
_NOT_HILL_STARTS = ("ไป", "มา", "ได้", "ก็", "จะ", "ยัง", "ว่า", "เหล่า", "เอง", "ไม่", "ทั้ง", "ที่", "ให้", "และ", "ต้อง",
                    "อยู่", "มี", "เป็น", "สามารถ", "ใน", "คือ", "ด้วย", "กับ", "แล้ว", "ถูก", "อาจ", "กลับ", "เคย", "เชื่อ",
                    "บอก", "เห็น", "รู้", "ทำ", "คิด", "พูด", "ขอ", "จึง", "เหล่านั้น", "เหล่านี้", "ต่าง", "สัตว์", "กวาง",
                    "ควาย", "วัว", "แพะ", "ของ")
"""First words after เขา when it is the pronoun (เขาไป, เขาว่า...) or an animal's horn (เขาสัตว์, เขากวาง), no hill."""


@functools.cache
def _wiki_titles(prefix: str) -> frozenset[str]:
    """Thai Wikipedia titles that start with `prefix` (from the cached head-word extract, gazetteer.wiki())."""
    from briefing.thai.gazetteer import gazetteer

    return frozenset(t for t in gazetteer().wiki() if t.startswith(prefix))


def _hill_at(text: str, start: int) -> tuple[int, bool]:
    """Where the hill named at `start` (on เขา) ends (`start` when no hill name follows), and whether its name
    starts with a verb (เขาขนานจิต, but also the pronoun's เขาเดิน...: only a list of hills takes those)."""
    c = chunk_at(text, start)
    if c is None or c.start > start:
        return start, False
    chunk = text[start:c.end]
    ws = words(chunk[3:])
    if not ws or ws[0] in NAME_STOPS or ws[0].startswith(_NOT_HILL_STARTS):
        return start, False
    end = start + 3
    for i, w in enumerate(ws):
        if w in NAME_STOPS or w[:1] in _HYPHENS or (i and (is_verb(w) and w not in dictionary() or w.startswith(("จังหวัด", "อำเภอ", "ตำบล")))):
            break
        end += len(w)
    if end - start < 5 or text[start:end] in dictionary():
        return start, False  # เขาวง (a word), a single letter after เขา: no name
    return end, is_verb(ws[0])


def hills(text: str) -> list[Span]:
    """เขา and a name, placed by its area, listed with another hill, or a known hill after a place cue."""
    out: list[Span] = []
    if "เขา" not in text:
        return out
    found = [(m.start(), *_hill_at(text, m.start())) for m in _HILL.finditer(text)]
    found = [(a, b, verb) for a, b, verb in found if b > a]
    wiki = _wiki_titles("เขา")
    for i, (a, b, verb) in enumerate(found):
        placed = not verb and bool(_AREA_AFTER.match(text, b))
        nxt = _LIST_NEXT.match(text, b)
        after = nxt is not None and i + 1 < len(found) and found[i + 1][0] == nxt.end()
        before = i > 0 and (prev := _LIST_NEXT.match(text, found[i - 1][1])) is not None and prev.end() == a
        listed = (after and not (verb and found[i + 1][2])) or (before and not (verb and found[i - 1][2]))
        cued = text[a:b] in wiki and bool(_CUE_BEFORE.search(text, max(0, a - 8), a))
        if placed or listed or cued:
            out.append((a, b))
    return out


_PALACE = re.compile(r"(?=วัง)(?:(?<![\u0e01-\u0e4e.])|(?<=ณ)|(?<=ที่)|(?<=ยัง)|(?<=สู่))วัง(?=[\u0e01-\u0e4e])")


def palaces(text: str) -> list[Span]:
    """วัง and a name Thai Wikipedia titles (ณ วังศุโขทัย, (วังไชยา)), as a whole word, not a registered area."""
    from briefing.thai import admin

    out: list[Span] = []
    if "วัง" not in text:
        return out
    titles = _wiki_titles("วัง")
    for m in _PALACE.finditer(text):
        start = m.start()
        c = chunk_at(text, start)
        if c is None or c.start > start:
            continue
        end = next((e for e in range(c.end, start + 4, -1) if text[start:e] in titles), start)
        if end <= start or (end < len(text) and is_thai(text[end]) and not word_ends_at(text, start, end)):
            continue
        name = text[start:end]
        if name in admin.areas() or name in dictionary():
            continue  # วังน้อย, วังทอง: districts the admin rules take with their prefix; วังวน (a word)
        if not (_PALACE_BEFORE.search(text, max(0, start - 8), start) or _after_venue(text, start)
                or _PALACE_AFTER.match(text, end)):
            continue  # จิกมี เคเซอร์ นัมเกล วังชุก: a king's (dynasty) name, no palace
        out.append((start, end))
    return out


_PALACE_BEFORE = re.compile(r"(?:^|[\n(,]|(?:ณ|ที่|ยัง|สู่|เยือน|เสด็จ(?:ฯ)?(?:ไป|มา)?|ประทับ(?:ณ|ที่)?)[ \t]?|[(,][ \t])$")
_PALACE_AFTER = re.compile(r"\)|[ \t]?,|[ \t]และ|" + r"[ \t]\(?(?:" + area_word() + r")")
_VENUE_BEFORE = ("พระที่นั่ง", "พระตำหนัก", "พิพิธภัณฑ์", "พระราชวัง", "วัด", "ตำหนัก", "หอ")


_LEAD_BEFORE_VENUE = re.compile(r"[0-9๐-๙]{1,2}[.)]|รอบ|บริเวณ|ภายใน")
"""What a listed venue before a palace may start with: its number in a list, a word saying where about it."""


def _after_venue(text: str, start: int) -> bool:
    """พระที่นั่งอัมพรสถาน วังศุโขทัย, พิพิธภัณฑ์ตำรวจ วังปารุสกวัน: right after a venue named before it."""
    if start < 2 or text[start - 1] not in " \t":
        return False
    word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\t", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    lead = _LEAD_BEFORE_VENUE.match(text, word_start, start)  # 2.พิพิธภัณฑ์ตำรวจ วังปารุสกวัน, รอบพระตำหนัก... วังสระปทุม
    return text.startswith(_VENUE_BEFORE, lead.end() if lead else word_start)


_METRO_STATION = re.compile(
    r"(?:(?:^|[\s(])(?:ณ|ที่)|(?:เดินทาง|นำตัว|ส่งตัว|พาตัว|ควบคุมตัว|คุมตัว|นำ|พา)?(?:ไป|มา|กลับ)(?:ที่|ยัง)?"
    r"|แจ้งความ(?:ที่|ยัง)?|ร้องทุกข์(?:ที่|ยัง)?|(?:เข้า)?มอบตัว(?:ที่|ยัง)?)[ \t]?(สน\.|สภ\.)[ \t]?(?=[\u0e01-\u0e4e])"
)

_CONTACTED = ("ประสาน", "ติดต่อ", "ส่งเรื่อง", "หนังสือ")


def metro_police_stations(text: str) -> list[Span]:
    """ที่ สน.ลุมพินี, นำตัวไปที่ สน.ดอนเมือง: a Bangkok police station gone to is where people went, a place; a
    provincial one the same (ณ สภ.บางละมุง, ที่ สภ.เมืองพัทยา): police_stations leaves those to this rule, which
    read only สน., so the reader saw the bare district or town (เมืองพัทยา) or nothing."""
    out: list[Span] = []
    if "สน." not in text and "สภ." not in text:
        return out
    for m in _METRO_STATION.finditer(text):
        if text.endswith(_CONTACTED, 0, m.start()):
            continue  # ประสานไปยัง สภ.บางพลี เจ้าของคดี: the station contacted is the body, not where anyone went
        c = chunk_at(text, m.end())
        if c is None or c.start != m.end():
            continue
        ws = words(c.text)
        if not ws or ws[0] in NAME_STOPS or is_verb(ws[0]):
            continue
        end = m.end()
        for i, w in enumerate(ws):
            if w in NAME_STOPS or (i and is_verb(w) and w not in dictionary()):
                break
            end += len(w)
        if end - m.end() >= 3:
            out.append((m.start(1), end))
    return out


def find(text: str) -> list[Span]:
    """Every span of this module's kinds in `text`."""
    return hills(text) + palaces(text) + metro_police_stations(text)
