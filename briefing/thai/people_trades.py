"""People billed by their trade instead of a title: นักมวยชื่อดัง บัวขาว บัญชาเมฆ, ศิลปินนักร้อง อาร์ม กรกันต์
สุทธิโกเศศ, ศิลปินรับเชิญ เต๋า ภูศิลป์, เชฟไพศาล ชีวินศิริวัฒน์, โค้ชจิมมี่-พจนารถ ซีบังเกิด.

Releases on sport, culture and entertainment name boxers, singers, actors, athletes, chefs and coaches after the
noun of their trade, with no นาย/นาง, often with the nickname they are known by before the first name. The
titled finders (people.find_titled) never see these, and find_listed needs a list word (ได้แก่, อาทิ). Here the
noun (with a glued descriptor: ชื่อดัง, รับเชิญ, ไทย, เทควันโดทีมชาติไทย) is followed by "first family" or
"nickname first family"; the person is the first and family name (the nickname is left out, as
people._nickname_dropped leaves it out of a line-up). เชฟ and โค้ช are used like titles and may be glued to the
(nick)name.

A false person is worse than a missed one, so both names are tested strictly: the first name is a known or
mined given name or no dictionary word; the family name a known family name or no dictionary word that begins
with no verb, stop word or post; the name ends where a word ends (not glued into the next word).
"""

from __future__ import annotations

import re

from briefing.thai import mined_people
from briefing.thai.gazetteer import Gazetteer
from briefing.thai.people import (
    _NOT_FAMILY_START,
    _THAI_NAME,
    PersonMention,
    _honorific_rx,
    _name_part_refused,
)
from briefing.thai.scan import dictionary, words

_TRADES = ("นักมวยไทย", "นักมวย", "นักร้อง", "นักแสดง", "ศิลปิน", "ดารา", "นักกีฬา", "นักฟุตบอล", "นักเตะ", "นักดนตรี",
           "นักแบดมินตัน", "นักวอลเลย์บอล", "นักเทนนิส", "นักกอล์ฟ", "นักบิด", "นักวิ่ง", "นักว่ายน้ำ", "นักยกน้ำหนัก",
           "เชฟ", "โค้ช")
"""Trades a release bills a person by; also the cheap test before the scan."""
_GLUED = ("เชฟ", "โค้ช")
"""Trades written like a title, glued to the name (เชฟไพศาล, โค้ชจิมมี่-พจนารถ)."""
_NOUN = re.compile("|".join(sorted(_TRADES, key=len, reverse=True)))
_TRADE = re.compile(r"(?P<noun>" + "|".join(sorted(_TRADES, key=len, reverse=True)) + r")(?P<desc>[\u0e01-\u0e4e]{0,24})"
                    r"(?P<sp>[ \t\u00a0]+|[ \t]*[-–][ \t]*)?")
"""A trade, the text glued after it, then a space or a dash; matched at every trade word (ศิลปินแห่งชาติและศิลปิน
นักร้อง อาร์ม ...: the second ศิลปิน is the one the name follows)."""
_DARA_AFTER = ("และ", "จาก", "โดย", "มี", "ของ", "กับ", "ทั้ง", "เชิญ", "ศิลปิน", "นักร้อง", "นำโดย")
_PART = re.compile(r"[\u0e01-\u0e4e]{2,25}")
_SEP = re.compile(r"[ \t\u00a0]{1,2}")
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_NICK_MAX = 8
_DESCRIPTORS = ("ชื่อดัง", "ชื่อก้อง", "รับเชิญ", "ไทย", "หญิง", "ชาย", "สาว", "หนุ่ม", "ลูกทุ่ง", "หมอลำ", "นักร้อง", "นักแสดง",
                "ดารา", "อาชีพ", "ทีมชาติ", "แชมป์", "ดัง", "รุ่นใหม่", "อาวุโส", "มือ", "เจ้าของ", "ระดับโลก")
"""Words glued after the trade that describe the person (ชื่อดัง, ไทยชื่อดัง, รับเชิญ), or a sport after นักกีฬา."""


_NOT_NAME_STARTS = ("แชมป์", "เจ้าของ", "เหรียญ", "ทีม", "รุ่น", "สังกัด", "ประจำ", "ตัวแทน", "กัปตัน", "อดีต", "ดีกรี", "คนดัง",
                    "แห่ง", "สาขา", "ประเภท", "ชาย", "หญิง", "คู่", "ชื่อดัง", "มือ", "ขวัญใจ", "ระดับ", "ดาว", "ตำนาน",
                    *_TRADES, "อินฟลูเอนเซอร์", "ยูทูบเบอร์", "ครู", "พนักงาน", "คน", "หมอ", "ไอดอล", "สโมสร", "วง", "ค่าย",
                    "สตูดิโอ", "วิทยากร", "ภาคประชาชน", "ประชาชน", "ฮีโร่")
"""Words that begin what is said of a person after the name (วิว กุลวุฒิ แชมป์ชายเดี่ยว, ชุมพล เชฟระดับมิชลิน),
another trade or a group (นักร้อง ศิลปิน อินฟลูเอนเซอร์ ครูต่างชาติ, สโมสรแพร่ เอฟซี): never a name part."""
_NOT_IN_NAME = frozenset({"ของ", "เรา", "ค่ะ", "ครับ", "และ", "หรือ", "ซึ่ง", "เพื่อ", "ระหว่าง", "สำหรับ", "ที่", "ได้", "จาก"})
"""Words no name holds (ฮีโร่ของคนไทย กลับบ้านเราค่ะ: a quoted slogan after the trade)."""


def _phrase(w: str) -> bool:
    """Does `w` hold a function word no name holds? (Not every stop word: เตมีรักษ์ reads เต|มี|รักษ์.)"""
    return any(x in _NOT_IN_NAME for x in words(w))


def _first_ok(w: str, g: Gazetteer) -> bool:
    if _phrase(w) or not _THAI_NAME.match(w) or w in g.terms or w.startswith((*_NOT_FAMILY_START, *_NOT_NAME_STARTS)):
        return False
    if w in g.first_names or mined_people.is_first(w):
        return True
    ws = words(w)
    return bool(ws) and w not in dictionary() and len(w) <= 14 and not _name_part_refused(w, ws, g)


def _family_ok(first: str, w: str, g: Gazetteer) -> bool:
    if _phrase(w) or not _THAI_NAME.match(w) or w in g.terms or w.startswith((*_NOT_FAMILY_START, *_NOT_NAME_STARTS)):
        return False
    if w in g.family_names or mined_people.pair(first, w):
        return True
    ws = words(w)
    return bool(ws) and w not in dictionary() and len(w) <= 14 and not _name_part_refused(w, ws, g)


def _nick_ok(w: str, g: Gazetteer) -> bool:
    ws = words(w)
    return bool(_THAI_NAME.match(w)) and len(w) <= _NICK_MAX and bool(ws) and w not in g.terms \
        and not _name_part_refused(w, ws, g) and not _phrase(w) and not w.startswith(_NOT_NAME_STARTS)


def _desc_ok(desc: str, noun: str) -> bool:
    """Is the glued text after the trade a descriptor (ชื่อดัง, ไทยชื่อดัง, a sport after นักกีฬา)?"""
    if not desc:
        return True
    if noun == "นักกีฬา":
        # นักกีฬาเทควันโดทีมชาติไทย: the sport, then the team (not นักกีฬาในสังกัดสโมสร..., a phrase)
        return len(desc) <= 24 and not _phrase(desc) and not any(x in desc for x in ("สังกัด", "สโมสร", "อีก"))
    rest = desc
    for _ in range(4):
        if not rest:
            return True
        d = next((d for d in _DESCRIPTORS if rest.startswith(d)), None)
        if d is None:
            return False
        rest = rest[len(d):]
    return not rest


def _parts(text: str, pos: int, n: int) -> list[tuple[int, str]]:
    """Up to n Thai words from pos, each after one or two spaces; each must end where a word ends."""
    out: list[tuple[int, str]] = []
    while len(out) < n:
        if out:
            sep = _SEP.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        m = _PART.match(text, pos)
        if not m:
            break
        out.append((m.start(), m.group(0)))
        pos = m.end()
    return out


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not ("\u0e01" <= text[end] <= "\u0e4e")


def _person(text: str, start: int, first: str, family: str) -> PersonMention:
    end = start + len(first) + 1
    end = text.index(family, end) + len(family)
    return PersonMention(start, end, first, family, start)


def find(text: str, g: Gazetteer) -> list[PersonMention]:
    """Names billed by their trade (see the module docstring)."""
    if not any(map(text.__contains__, _TRADES)):
        return []
    out: list[PersonMention] = []
    h_rx = _honorific_rx(g)
    for n in _NOUN.finditer(text):
        m = _TRADE.match(text, n.start())
        if m is None:
            continue
        noun, desc, sp = m.group("noun"), m.group("desc"), m.group("sp") or ""
        if noun == "ดารา" and m.start() > 0 and "\u0e01" <= text[m.start() - 1] <= "\u0e4e" \
                and not text.endswith(_DARA_AFTER, 0, m.start()):
            continue  # โรงแรมเทวัญดารา: the end of a name, not the word star
        found: PersonMention | None = None
        if desc and noun in _GLUED and sp and not _desc_ok(desc, noun):
            # เชฟไพศาล ชีวินศิริวัฒน์ / เชฟเมย์ พัทรนันท์ ธงทอง / โค้ชจิมมี่-พจนารถ ซีบังเกิด: the (nick)name glued to the trade
            ps = _parts(text, m.end(), 2)
            three = len(ps) == 2 and _nick_ok(desc, g) and _first_ok(ps[0][1], g) \
                and _family_ok(ps[0][1], ps[1][1], g) and _ends_word(text, ps[1][0] + len(ps[1][1]))
            if three:
                found = _person(text, ps[0][0], ps[0][1], ps[1][1])
            elif ps and not sp.strip() and (desc in g.first_names or mined_people.is_first(desc)) \
                    and _family_ok(desc, ps[0][1], g) and _ends_word(text, ps[0][0] + len(ps[0][1])):
                found = _person(text, m.start("desc"), desc, ps[0][1])
        elif sp.strip() == "" and sp and _desc_ok(desc, noun):
            ps = _parts(text, m.end(), 3)
            if any((h := h_rx.match(p)) and h.group(0) for _, p in ps):
                continue  # นักร้อง นายศตวรรษ ...: a titled name, read by find_titled
            dash = _DASH.match(text, ps[0][0] + len(ps[0][1])) if ps else None
            if dash and dash.group(0).strip():
                # เอ - ศุภชัย ศรีวิจิตร: a nickname, a dash, then first and family
                ps2 = _parts(text, dash.end(), 2)
                if len(ps2) == 2 and _nick_ok(ps[0][1], g) and _first_ok(ps2[0][1], g) \
                        and _family_ok(ps2[0][1], ps2[1][1], g) and _ends_word(text, ps2[1][0] + len(ps2[1][1])):
                    out.append(_person(text, ps2[0][0], ps2[0][1], ps2[1][1]))
                continue
            if len(ps) == 3 and _nick_ok(ps[0][1], g) and _first_ok(ps[1][1], g) and _family_ok(ps[1][1], ps[2][1], g) \
                    and _ends_word(text, ps[2][0] + len(ps[2][1])):
                found = _person(text, ps[1][0], ps[1][1], ps[2][1])  # อาร์ม กรกันต์ สุทธิโกเศศ: nickname, first, family
            elif len(ps) >= 2 and _first_ok(ps[0][1], g) and _family_ok(ps[0][1], ps[1][1], g) \
                    and _ends_word(text, ps[1][0] + len(ps[1][1])):
                found = _person(text, ps[0][0], ps[0][1], ps[1][1])
        if found is not None:
            out.append(found)
    seen: set[tuple[int, int]] = set()
    return [p for p in out if (p.start, p.end) not in seen and not seen.add((p.start, p.end))]  # type: ignore[func-returns-value]
