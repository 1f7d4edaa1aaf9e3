"""Companies named bare: without บริษัท or จำกัด, the way a list of firms signing an MOU names them.

"สถานประกอบการชั้นนำอีก 22 แห่ง ประกอบด้วย เซ็นทรัล เรสเตอรองส์ กรุ๊ป เซ็นทรัล รีเทล คอร์ปอเรชั่น ไมเนอร์
อินเตอร์เนชั่นแนล เดอะมอลล์ กรุ๊ป ...": the names are Thai transliterations of English, and each ends with a word
that ends company names (กรุ๊ป, คอร์ปอเรชั่น, อินเตอร์เนชั่นแนล, โฮลดิ้งส์ ...). Two cues, both mined from the
archive's registered names (บริษัท NAME จำกัด) by bench/mine_companies.py into briefing/data/mined_companies.tsv:
- a TAIL word closes a run of one to three spaced name words before it (more tails may follow it:
  มีทชั่น อินเตอร์เนชั่นแนล ฟู้ดส์);
- a NAME the archive registers in two or more releases is recognised bare between spaces; a Latin name written
  after บริษัท in three or more (Google, AstraZeneca, DP World) too, except where it names a product (a vaccine, an
  app, a phone network).
Read on 1,050 fresh random releases, the analyzer's output changed in 7: 7 new organisations, all companies.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer
from briefing.thai.organisations import OrgMention
from briefing.thai.scan import NAME_STOPS, dictionary, is_verb, words
from briefing.thai.wordlists import tsv_rows

_CHUNK = re.compile(r"[\u0e01-\u0e4e][\u0e01-\u0e4e.\-]*")
_GAP = " \t\u00a0"
_MAX_BEFORE = 3
_FUNCTION = frozenset({"ที่", "และ", "ของ", "ได้", "ให้", "ใน", "จาก", "กับ", "เพื่อ", "โดย", "ซึ่ง", "เป็น", "มี", "จะ", "ไม่",
                       "การ", "ความ", "ว่า", "แล้ว", "นี้", "นั้น", "ต่อ", "ไป", "มา", "อยู่", "ทั้ง", "หรือ", "แต่"})
"""Function words: a chunk the dictionary lacks that holds one is a glued phrase, not a transliterated name."""
_OPENERS = frozenset({"ประกอบด้วย", "ได้แก่", "เช่น", "อาทิ", "อาทิเช่น", "รวมถึง", "รวมทั้ง", "ตลอดจน"})
_PLACE_TAILS = frozenset({"ประเทศไทย", "ไทยแลนด์", "เอเชีย", "สยาม", "แปซิฟิค", "แปซิฟิก"})
"""A place after a company's name is its branch (แอมเนสตี้ อินเตอร์เนชั่นแนล ประเทศไทย): the name ends before it."""
_LEGAL_PREFIXES = ("บจก.", "บมจ.", "หจก.")


class _Mined(NamedTuple):
    bare: frozenset[str]
    """Thai names safe to look up bare (the miner's kind_of)."""
    latin: frozenset[str]
    tails: frozenset[str]
    more: frozenset[str]
    """Words that continue a name after a tail word (อินเตอร์เนชั่นแนล ฟู้ด) but close none alone (สตรีทฟู้ด)."""
    name_words: frozenset[str]
    """Every word of a registered Thai name."""


@functools.cache
def _mined() -> _Mined:
    """The mined file's rows by kind; empty when it is missing."""
    rows: dict[str, set[str]] = {"name": set(), "other": set(), "latin": set(), "tail": set(), "more": set()}
    for kind, name, *_ in tsv_rows("mined_companies.tsv"):
        if kind in rows:
            rows[kind].add(name)
    return _Mined(bare=frozenset(rows["name"]), latin=frozenset(rows["latin"]), tails=frozenset(rows["tail"]),
                  more=frozenset(rows["more"]), name_words=frozenset(w for n in rows["name"] | rows["other"] for w in n.split()))


@functools.cache
def _bare_by_start() -> dict[str, tuple[str, ...]]:
    """Bare-safe names by their first two letters, longest first (cheap to build; a trie regex of them takes 0.17 s
    to compile)."""
    table: dict[str, list[str]] = {}
    for name in _mined().bare:
        table.setdefault(name[:2], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@functools.cache
def _stops() -> tuple[str, ...]:
    return tuple(ORG_HEADS) + tuple(VENUE_HEADS)


def _name_word(word: str, honorifics: tuple[str, ...]) -> bool:
    """Can this spaced chunk be a word of a company's name? A transliteration or a word registered names use;
    not a stop word, verb, head word of another body or a person's title."""
    name_words = _mined().name_words
    if "บริษัท" in word or "บมจ" in word:
        return False  # ส่วนบริษัท| มินเนอรัล ...: the name starts after 'the company'
    if len(word) < 2 or word in NAME_STOPS or word.startswith(_stops()) or (honorifics and word.startswith(honorifics)):
        return False
    if is_verb(word) or word in _OPENERS:
        return False
    if word in name_words:
        return True
    if word in dictionary():
        return "์" in word or "็" in word  # เรสเตอรองส์, เซ็นทรัล: loans the dictionary holds, marked by their spelling
    pieces = words(word)
    if pieces and (is_verb(pieces[0]) or pieces[0] in NAME_STOPS or pieces[0] in _FUNCTION):
        return False  # ต้อนรับแอมเนสตี้ อินเตอร์เนชั่นแนล: a verb glued to the name
    if sum(len(w) >= 4 and w in dictionary() for w in pieces) >= 2:
        return False  # บุคลากรโรงพยาบาลพะงัน, ประธานกรรมการบริหารในเครือพาราไดซ์: Thai words glued, not a loan
    return not any(w in _FUNCTION for w in words(word))  # a transliteration splits into odd pieces (เรสเตอ|รอง|ส์)


def name_word(word: str, honorifics: tuple[str, ...]) -> bool:
    """`_name_word` for other modules (org_legal_prefix: the words after บมจ./บจก./หจก.)."""
    return _name_word(word, honorifics)


def mined_name_words() -> frozenset[str]:
    """Every word of a name the archive registers (บริษัท NAME จำกัด)."""
    return _mined().name_words


def _chunks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CHUNK.finditer(text)]


def _spaced(text: str, a: int, b: int) -> bool:
    """Only a space or two between two chunks (not a comma, a bracket or a line break)."""
    gap = text[a:b]
    return 0 < len(gap) <= 2 and all(c in _GAP for c in gap)


def _tail_runs(text: str, chunks: list[tuple[int, int]], honorifics: tuple[str, ...]) -> list[OrgMention]:
    tails, more = _mined().tails, _mined().more
    out: list[OrgMention] = []
    i, floor = 0, 0
    while i < len(chunks):
        a, b = chunks[i]
        word = text[a:b]
        if word.rstrip("ฯ") not in tails or i < floor:
            i += 1
            continue
        first, start = i, a
        while first > floor and _spaced(text, chunks[first - 1][1], chunks[first][0]):
            pa, pb = chunks[first - 1]
            prev = text[pa:pb]
            if prev.startswith(_LEGAL_PREFIXES) and len(prev) > 4 and _name_word(prev[4:], honorifics):
                first, start = first - 1, pa + 4  # บจก.ทรู คอร์ปอเรชั่น: the name after the glued abbreviation
                break
            if (prev in tails and text[chunks[first][0]:chunks[first][1]] != "แอนด์") or not _name_word(prev, honorifics):
                break  # ...กรุ๊ป| เซ็นทรัล รีเทล: the tail closed the name before (ยูนิค เอ็นจิเนียริ่ง แอนด์ คอนสตรัคชั่น: one)
            if prev in more and first - 2 >= floor and text[chunks[first - 2][0]:chunks[first - 2][1]] in tails:
                break  # มีทชั่น อินเตอร์เนชั่นแนล ฟู้ด| คอฟฟี่ คอนเซ็ปต์ รีเทล: the word after a tail ends that name
            first, start = first - 1, pa
        before = i - first
        last = i
        while last + 1 < len(chunks) and not text[a:b].endswith("ฯ") and _spaced(text, chunks[last][1], chunks[last + 1][0]):
            nxt = text[chunks[last + 1][0]:chunks[last + 1][1]]
            if (nxt.rstrip("ฯ") not in tails and nxt.rstrip("ฯ") not in more) or nxt in _PLACE_TAILS:
                break
            last += 1
        if 1 <= before <= _MAX_BEFORE:
            out.append(OrgMention(start, chunks[last][1]))
        floor = last + 1
        i = last + 1
    return out


_GLUE = re.compile(r"ของ|และ|กับ|จาก|โดย|ทั้ง|บริษัท|ระหว่าง")
"""Words a Thai writer glues to the name after them (ของซีพี ออลล์, ร่วมกับไทยเบฟเวอเรจ)."""


def _known(text: str, chunks: list[tuple[int, int]]) -> list[OrgMention]:
    """Registered names between non-letters, or glued after a joining word."""
    table = _bare_by_start()
    starts = sorted({a for a, _ in chunks} | {m.end() for m in _GLUE.finditer(text)})
    out: list[OrgMention] = []
    floor = 0
    for start in starts:
        names = table.get(text[start:start + 2]) if start >= floor else None
        for name in names or ():
            end = start + len(name)
            if text.startswith(name, start) and (end >= len(text) or not _is_thai(text[end])):
                if not _product(text, start, end):
                    out.append(OrgMention(start, end))
                floor = end
                break
    return out


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4e"


_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Za-z0-9&\-]*(?:[ \t](?:[A-Z&][A-Za-z0-9&\-]*|and|of))*(?![A-Za-z0-9&\-])(?!\.[A-Za-z])")
"""A whole run of capitalised words: a mined Latin name counts only when it is the whole run (not Google| Cloud, a
product, nor Nikkei| Asia, another body)."""


_PRODUCT_BEFORE = re.compile(r"(?:วัคซีน|แพลตฟอร์ม|ยี่ห้อ|แบรนด์|แอป|แอปพลิเคชัน|แอปพลิเคชั่น|ซิม|เครือข่าย|สูตร|เข็มที่[ \t]*[0-9]+|บน|ใน|ผ่าน|เพจ|ช่องทาง)[ \t“\"(]*$")
"""A Latin company's name as its product: a vaccine (วัคซีน AstraZeneca), a platform or app (ใน TikTok, ผ่าน LINE),
a phone network (ซิมเครือข่าย AIS), a brand of car."""


def _latin(text: str) -> list[OrgMention]:
    names = _mined().latin
    out = []
    for m in _LATIN_RUN.finditer(text):
        if m.group(0) not in names:
            continue
        before = text[max(0, m.start() - 24):m.start()]
        if _product(text, m.start(), m.end()):
            continue
        glossed = before.endswith("(") and text[m.end():m.end() + 1] == ")" and _THAI_BEFORE.search(before[:-1])
        if glossed and not _known_alias(before[:-1]):
            continue  # เอกสารการจองห้องพัก (Booking): an English gloss of a Thai word
        out.append(OrgMention(m.start(), m.end()))
    return out


def product_at(text: str, start: int, end: int) -> bool:
    """Is the company's name at text[start:end] its product (a platform, an app, a vaccine)? (`_product`, for other
    modules: a company's Latin short form in entities)."""
    return _product(text, start, end)


def _product(text: str, start: int, end: int) -> bool:
    """Is the company's name here its product? Facebook/YouTube/X/TikTok, TikTok : @handle (platforms), วัคซีนไฟเซอร์
    (Pfizer), ซิโนแวค และ แอสตร้าเซนเนก้า 61 ล้านโดส, Sinovac เข็มที่ 1 (vaccines), #AIS (a hashtag)."""
    before, after = text[max(0, start - 40):start], text[end:end + 30].lstrip(" \t")
    return bool(
        _PRODUCT_BEFORE.search(before[-24:]) or "วัคซีน" in before or before.endswith(("/", "#"))
        or after.startswith(("/", "เข็ม", ":")) or _DOSES.match(after)
    )


_DOSES = re.compile(r"(?:จำนวน[ \t]*)?[0-9.,]+[ \t]*(?:ล้าน|แสน|หมื่น)?[ \t]*โดส")


_THAI_BEFORE = re.compile(r"[\u0e01-\u0e4e][ \t]?$")


def _known_alias(before: str) -> bool:
    """Does a company's Thai name end right before the bracket (บริษัท เอสซีจี (SCG), ... จำกัด (มหาชน) (JMT))?"""
    return bool(re.search(r"(?:จำกัด|มหาชน\)|\))[ \t]?$", before)) or any(before.rstrip().endswith(n) for n in _names_th())


@functools.cache
def _names_th() -> tuple[str, ...]:
    return tuple(_mined().bare)


def find_bare_companies(text: str, g: Gazetteer | None = None) -> list[OrgMention]:
    """Companies named without บริษัท/จำกัด: a run closed by a company tail word, or a registered name."""
    honorifics = tuple(g.honorifics) if g is not None else ()
    chunks = _chunks(text)
    known = _known(text, chunks)
    out = []
    for run in _tail_runs(text, chunks, honorifics):
        inside = [k for k in known if run.start < k.end and k.start < run.end]
        if not inside:
            out.append(run)
        elif all(k.end < run.end for k in inside):
            start = max(k.end for k in inside)
            while start < run.end and text[start] in _GAP:
                start += 1
            out.append(OrgMention(start, run.end))  # ...ซูกิชิ พีทีจี เอ็นเนอยี: a registered name closes the one before
    return [_with_head(text, o) for o in out + known + _latin(text)]


_HEAD_BEFORE = re.compile(r"(?:บริษัท|บมจ\.|บจก\.)[ \t]?$")


_ENGLISH_AFTER = re.compile(r"[ \t\u00a0]?\(([A-Z][A-Za-z0-9&.,'\- ]{2,80}?)\)")


def _with_head(text: str, found: OrgMention) -> OrgMention:
    """บริษัท Beijing Haoyang Cloud Data Technology: the word for company before the name is part of it. A Thai name
    followed by its English in brackets (อินฟินิธัส บาย กรุงไทย (Infinitas by Krungthai)) takes that English."""
    head = _HEAD_BEFORE.search(text, max(0, found.start - 8), found.start)
    start = head.start() if head else found.start
    english = _ENGLISH_AFTER.match(text, found.end) if not text[found.start:found.end].isascii() else None
    if english:
        return OrgMention(start, found.end, english.group(1).strip(), source="release")
    return OrgMention(start, found.end)
