"""Ministries by their bare short name beside bodies written short: สธ.-กลาโหม-กทม., ทั้งกลาโหม กทม.และ สธ.

`organisations.find_ministry_list` reads a ministry's short name (กลาโหม, คลัง, พาณิชย์) after a first body the
glossary knows by a head word (กระทรวงมหาดไทย คลัง และพาณิชย์), each item joined by spaces, commas, และ or หรือ. A
headline joins bodies with dashes and abbreviations instead (สธ.-กลาโหม-กทม. ตั้งคณะอนุฯ 3 ชุด), and a list may open
with the short name (ที่มีทั้งกลาโหม กทม.และ สธ. เห็นชอบ): the reader saw สธ. and missed กลาโหม (bench/heldout100 h06).
Read here, a short name standing as a word of its own:
- joined by a dash to a dotted abbreviation of a body (สธ.-กลาโหม, กลาโหม-กทม., พาณิชย์ – สสว.);
- after ทั้ง and followed, in a list, by a dotted abbreviation of a body (ทั้งกลาโหม กทม.และ สธ.);
- dashed to a short name read so (พาณิชย์-เกษตร-ทบ.: both ministries); ก. before one is กระทรวง (ก.อุตฯ-กทม.).
Bangkok's กทม. counts as a body there (the BMA, which bangkok_body.py then reads beside the ministry). A short name
beside a word, not an abbreviation (ทั้งพลังงาน น้ำ, ราคาพลังงาน-ค่าครองชีพ), is a topic and is left alone.
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import Gazetteer
from briefing.thai.scan import is_thai

_ABBR_BEFORE = re.compile(r"(?<![\u0e01-\u0e4e.])([\u0e01-\u0e2e]{1,5}(?:\.[\u0e01-\u0e2e]{1,3})*\.)[ \t]?[-–][ \t]?$")
_ABBR_AFTER = re.compile(r"[ \t]?[-–][ \t]?([\u0e01-\u0e2e]{1,5}(?:\.[\u0e01-\u0e2e]{1,3})*\.)")
_LIST_AFTER = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)(?:และ[ \t]?|หรือ[ \t]?)?([\u0e01-\u0e2e]{1,5}(?:\.[\u0e01-\u0e2e]{1,3})*\.)")
_BMA = "กทม."


def _body(g: Gazetteer, abbr: str) -> bool:
    term = g.terms.get(abbr)
    return abbr == _BMA or (term is not None and term.type == "organisation")


def find(text: str, g: Gazetteer) -> list[tuple[int, int, str, str | None]]:
    """(start, end, the ministry's full Thai name, its English or None) for each short name read."""
    if not ("-" in text or "–" in text or "ทั้ง" in text):
        return []
    from briefing.thai.organisations import _ministry_short

    rx, short = _ministry_short()
    cands: list[tuple[int, int, str]] = []
    for m in rx.finditer(text):
        name = m.group(0)
        if not name or name not in short or " " in name:
            continue
        end = m.end()
        if text.startswith("ฯ", end):
            end += 1
        if end < len(text) and (is_thai(text[end]) or text[end] == "\u200b"):
            continue  # พาณิชย์ดิจิทัล: a longer word
        if m.start() and is_thai(text[m.start() - 1]) and not text.endswith("ทั้ง", 0, m.start()):
            continue
        cands.append((m.start(), end, name))
    read: dict[int, int] = {}
    for _ in range(3):  # พาณิชย์-เกษตร-ทบ.: a short name dashed to one read is read too
        for start, end, name in cands:
            if start in read:
                continue
            if _beside_body(text, start, end, g) or _dashed_to_read(text, start, end, read):
                read[start] = end
    out: list[tuple[int, int, str, str | None]] = []
    for start, end, name in cands:
        if start not in read:
            continue
        full = short[name]
        term = g.terms.get(full)
        if text.endswith("ก.", 0, start) and (start == 2 or not is_thai(text[start - 3])):
            start -= 2  # ก.อุตฯ: ก. is กระทรวง
        out.append((start, end, full, term.english if term else None))
    return out


_DASH_NEXT = re.compile(r"[ \t]?[-–][ \t]?")
_DASH_PREV = re.compile(r"[ \t]?[-–][ \t]?$")


def _dashed_to_read(text: str, start: int, end: int, read: dict[int, int]) -> bool:
    """Is the short name dashed to one already read (`read`: start -> end)?"""
    nxt = _DASH_NEXT.match(text, end)
    if nxt is not None and nxt.end() in read:
        return True
    prev = _DASH_PREV.search(text, max(0, start - 3), start)
    return prev is not None and prev.start() in read.values()


def _beside_body(text: str, start: int, end: int, g: Gazetteer) -> bool:
    """Is the short name at text[start:end] dashed to a body's dotted abbreviation, or after ทั้ง in a list with one?"""
    if (b := _ABBR_BEFORE.search(text, max(0, start - 14), start)) is not None and _body(g, b.group(1)):
        return True
    if (a := _ABBR_AFTER.match(text, end)) is not None and _body(g, a.group(1)):
        return True
    return text.endswith("ทั้ง", 0, start) and (a := _LIST_AFTER.match(text, end)) is not None and _body(g, a.group(1))
