"""Places whose edges are glued to the words around them (issue 11, places round eleven).

Counted on 400 random thaigov-v2 releases by listing every registered name (province, district, country)
that no found place covered: a province written with จังหวัด whose last letters newmm joins to the next word
(จังหวัดเชียงราย|ได้ cut เชียง|รายได้), a foreign country named bare as the object of a verb (ประณามกัมพูชา,
ร้องสหรัฐ) and a province after the governor's abbreviation (ผวจ.ตรัง). Each function answers one question
for entities._term_ok about a gazetteer term found at text[start:end].
"""

from __future__ import annotations

import re

from briefing.thai.scan import dictionary, is_thai, pos_tags, words, words_glued_before
from briefing.thai.wordlists import word_set

_PROVINCE_PREFIX = ("จังหวัด", "จ.")


def prefixed_province_glued(text: str, start: int, end: int, key: str, kind: str) -> bool:
    """จังหวัดเชียงรายได้ให้ความสำคัญ: a province written with its prefix is whole even when newmm cuts its
    end into the next word (เชียง|รายได้): the prefix says a province name follows, and the register's longest
    name was matched. Taken when what follows reads as ordinary words from `end` on (ได้|ให้...), so a longer
    name the register lacks (จังหวัดตาก|ใบ...) is not cut short."""
    if kind != "province" or not key.startswith(_PROVINCE_PREFIX) or end >= len(text) or not is_thai(text[end]):
        return False
    following = words(text[end:end + 12])
    return bool(following) and following[0] in dictionary() and len(following[0]) >= 2


_OBJECT_VERB_NOT = word_set("place_words.toml", "place_glue.object_verb_not")
"""Verbs after which a country reads as a style or origin (ผลิตจีน, ทำแบบญี่ปุ่น) or starts a name (ข้อริเริ่ม
ซาอุดีอาระเบียสีเขียว, the Saudi Green Initiative; สมาคม...รถยนต์นั่งจีน), not a party."""
_OBJECT_CONNECTIVES = word_set("place_words.toml", "place_glue.object_connectives")
_LIST_OPENERS = ("ทั้ง", "เช่น", "อาทิ", "ได้แก่", "รวมถึง", "รวมทั้ง", "ประกอบด้วย", "ไม่ว่าจะเป็น")
"""Words that open a list, glued before its first country (ทั้งจีน เวียดนามและไทย, ไม่ว่าจะเป็นออสเตรเลีย อเมริกา)."""
"""Words glued before a country acting or acted on (หลังกัมพูชาเปิดฉากยิง, ถูกกัมพูชาโจมตี, ประณามกัมพูชา): the
ORCHID tags lack most of these verbs."""


def country_after_verb(text: str, start: int, end: int) -> bool:
    """ประณามกัมพูชา, กดดันกัมพูชา, สอบสวนกัมพูชา, หลังกัมพูชาเปิดฉากยิง: a foreign country named bare right after
    an action verb (or หลัง/ถูก) is a party, not an adjective (นักธุรกิจจีน, ดอลลาร์สหรัฐ, ตรุษจีน stay out:
    a noun precedes them)."""
    before = words_glued_before(text, start, 16)
    if not before:
        return False
    last = before[-1]
    if len(last) <= 2 and len(before) >= 2 and len(before[-2]) <= 2:
        return False  # เน|กา|รา|บรูไน: short pieces are a spelt-out name newmm cannot read (Negara Brunei)
    if text.endswith(_LIST_OPENERS, 0, start) and not _inside_name(text, start, end):
        return True
    if _inside_name(text, start, end):
        return False
    if last in _OBJECT_VERB_NOT or last not in dictionary() or _inside_quote(text, start):
        return False  # เนการาบรูไน ดารุสซาลาม: a spelt-out name, not a verb; “เที่ยวเมืองไทย Amazing...”: a slogan
    return last in _OBJECT_CONNECTIVES or pos_tags().get(last, "").startswith("VACT")


_NAME_OPENERS = ("สมาคม", "บริษัท", "มูลนิธิ", "ชมรม", "สหพันธ์", "สภา", "สถาบัน", "ศูนย์", "โครงการ", "หอการค้า")


def _inside_name(text: str, start: int, end: int) -> bool:
    """สมาคมแผ่นวงจรพิมพ์ฮ่องกง: a country closing a body's name written without a space (the verb is part of the
    name); ใช้โปรตุเกสโมเดล: a country naming a model."""
    word_start = start
    while word_start > 0 and is_thai(text[word_start - 1]):
        word_start -= 1
    return any(opener in text[word_start:start] for opener in _NAME_OPENERS) or text.startswith("โมเดล", end)


_OPEN_QUOTES = "“\"‘"
_CLOSE_QUOTES = "”\"’"


def _inside_quote(text: str, start: int) -> bool:
    """Is `start` inside a quotation opened at most 30 letters before it on the same line?"""
    before = text[max(0, start - 30):start]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or "\n" in before[opened:]:
        return False
    return not any(q in before[opened + 1:] for q in _CLOSE_QUOTES if q != '"')


_GOVERNOR = re.compile(r"(?:ผวจ\.|ผู้ว่าฯ)[ \t]?$")


def after_governor(text: str, start: int) -> bool:
    """ผวจ.ตรัง กล่าว: a province after the governor's abbreviation is named (as ผู้ว่าฯ ราชบุรี in the golds)."""
    return _GOVERNOR.search(text[max(0, start - 8):start]) is not None
