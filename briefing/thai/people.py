"""People: names anchored on honorifics, ranks and positions, with the role the text gives them.

A Thai name in a release is "<honorific><first> <family>" (the honorific is often glued to the
first name, ranks written in full are followed by a space), and the position follows the name.
Short forms ("นายประเสริฐ", a quoted first name) are found later, once the full names are known.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.thai import mined_people, monks, music_groups
from briefing.thai.admin import areas
from briefing.thai.gazetteer import ORG_HEADS, VENUE_HEADS, Gazetteer, trie_regex
from briefing.thai.scan import (
    NAME_FOLLOWERS,
    NAME_STOPS,
    Chunk,
    cut_at_stop,
    dictionary,
    finditer_if,
    is_thai,
    is_verb,
    next_chunk,
    prev_chunk,
    words,
)

_PRECEDERS = ("ของ", "โดย", "กับ", "และ", "จาก", "ถึง", "แก่", "ให้", "ว่า", "ต่อ", "คือ", "ได้แก่", "มี",
              "นำ", "ด้วย", "ร่วมกับ", "เชิญ", "พร้อม", "ระหว่าง", "นำโดย", "ถึง", "ที่",
              "ด้าน", "ทาง", "แต่งตั้ง", "ขอบคุณ", "ต้อนรับ", "เข้าพบ",
              "ซึ่ง", "ขณะ", "กรณี", "ทั้ง", "ยัง", "ผ่าน", "ส่วน", "คารวะ", "มอบหมาย")
# ด้าน..ทาง...: ด้านนายอำพันธุ์ เวฬุตันติ อธิบดี... (as for him), ทางนายไตรยฤทธิ์ ..., แต่งตั้งนายธันว์ วุฒิธรรม ดำรง
# ตำแหน่ง..., ขอขอบคุณนางสาวเเพทองธาร ชินวัตร: the six glued before a name most often in thaigov-v2 that were not read;
# ซึ่งนาย..., ขณะนายเอกณัฐ พร้อมพันธุ์ รมว...., กรณี, ทั้ง, ยัง, ผ่าน, ส่วน, คารวะ, มอบหมาย: the words glued before a titled
# name and a position most often in 30,000 thaigov-v2 releases that none of these ended (session 9)
_DOTTED_PRECEDERS = ("และ", "โดย", "โดยมี", "ของ", "กับ", "ให้", "แก่", "จาก", "ถึง", "ว่า", "ที่มี", "นำโดย", "พร้อมด้วย")
"""Words Thai glues before an abbreviated title (และนพ.ธงชัย, โดยมีดร. สมิทธิ, การนำของพล.อ.ประยุทธ์): the
title then begins a name, not the tail of an abbreviation (สกศ., กยศ. end in ศ. with no such word)."""
_CHUNK = re.compile(r"[^\s,()\[\]“”\"'‘’:;/]+")
_THAI_NAME = re.compile(r"^[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e]{2,30}$")
_LATIN_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’\-]+(?:\.[A-Z][a-z]{2,}(?![\w.]))?|[A-Z]{2,}[a-z]*)(?:[ \t]+(?:[A-Z]\.[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’\-]+|[A-Z]\.(?:[A-Z]\.)*(?=[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž])|[A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’\-]+|binti|bin|van|de|von|al-\w+|(?:ten|ter|der|den|da|du|del|della|dos|das|le|la)(?=[ \t]+[A-ZÀ-ÖØ-Þ])))*")
"""Latin names, with the accented letters of French, Spanish, German names (Sébastien Bazin, José, Müller), an
initial glued to a family name as one part (Ardasher S.Qodiri), and spaced middle initials before a family name
(Robert F. Godec, Endah T.D. Retnoastuti)."""
_LATIN_TITLE = re.compile(r"\b(?:(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Madam|Mister)[ \t]+)+")
_AFTER_NUMBER = re.compile(r"[0-9๐-๙][ \t\u00a0]?\Z")
"""6 นาย (officers counted); \\Z, not $: "งวดที่ 5 – 6⏎นายประยูร อินสกุล" ends a line with the number ($ matches
before a final newline), and the next line opens with a man's name."""
_YEAR_BEFORE = re.compile(r"(?<![0-9๐-๙])(?:25[0-9]{2}|20[0-9]{2}|[๒][๕][๐-๙]{2})[ \t\u00a0)]?$")
_SHORT_DATE_BEFORE = re.compile(r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.[ \t\u00a0]?[0-9๐-๙]{2}[ \t\u00a0]?$")
"""2 มิ.ย. 68 นายอนุพงศ์: a date with a short year, then a name (not '68 นาย', officers counted)."""
_INDEX_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+|ที่[ \t\u00a0]?[0-9๐-๙]{1,3})[ \t\u00a0]?$")
"""2.8 นายสุเมธ ตั้งประเสริฐ (a numbered list item), ครัวเรือนที่ 4 นายนิกร สะเมาะ (the n-th): a number that
numbers the name, not officers counted with the classifier นาย."""
_HYPHENED_NAME = re.compile(r"^[\u0e01-\u0e4e]{2,20}(?:-[\u0e01-\u0e4e]{2,20})+$")
"""A foreign first name with a hyphen in Thai script (ดานีเอลา-บรึนดูชา): a name only when glossed in Latin letters."""
_GLOSSED = re.compile(r"(?P<names>(?:[ \t]+[\u0e01-\u0e4e]{2,25}){0,3})[ \t]*\([ \t]*(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Madam"
                      r"|(?P<bare>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’\-]+){1,3})[ \t]*\))")
"""นายเจิ่น แทงห์เหมิน (H.E. Mr. Tran Thanh Man): a Thai-script name the release glosses with a titled Latin name,
or with a bare Latin name of two to four capitalised words (ดร.มาซุด คาริมิปูร์ (Masood Karimipour))."""
_SPEECH_VERBS = ("กล่าว", "เปิดเผย", "ระบุ", "ชี้แจง", "เน้นย้ำ", "แถลง")
_PRESIDED = (*ORG_HEADS, "สภา", "เทศมนตรี", "สมาคม", "สโมสร", "ชมรม", "แพทยสภา", "อบจ", "อบต", "รัฐมนตรี")
_LATIN_ROLE_WORDS = frozenset(
    ["Group", "Company", "Co.", "Ltd.", "Corporation", "Bank", "Department", "Ministry", "Embassy", "Foundation", "Association", "University",
     "Business", "Director", "Minister", "Deputy", "Vice", "President", "Chairman", "Chairperson", "Ambassador", "Secretary", "CEO", "General", "Manager", "Executive", "Head", "Chief", "Governor", "Prime", "Permanent", "Senior", "Managing", "Founder", "Commissioner", "Mayor",
     "Resident", "Representative", "Coordinator", "Counsellor", "Consul", "Adviser", "Advisor", "Officer", "Assistant", "Special",
     "Moderator", "Speaker", "Chair", "CBE", "OBE", "MBE", "KBE", "KCMG", "GCMG"]  # British post-nominal honours end a name (Lord Nick Markham CBE)
)
_NOT_FAMILY_START = ORG_HEADS + VENUE_HEADS + ("จังหวัด", "อำเภอ", "ตำบล", "ประเทศ", "จ.", "อ.", "ต.")


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    first: str
    family: str | None
    name_start: int
    """Where the name proper begins (after the honorific)."""
    role: str | None = None
    role_end: int = 0


@functools.lru_cache(maxsize=1)
def _honorific_regex(keys: tuple[str, ...]) -> re.Pattern[str]:
    return trie_regex(keys)


_SORTED_TITLES: dict[int, tuple[Gazetteer, int, tuple[str, ...]]] = {}


def _title_keys(g: Gazetteer) -> tuple[str, ...]:
    """tuple(sorted(g.honorifics)), kept per gazetteer (held, so its id is not reused) while the table's size is
    unchanged (it only grows, by setdefault, while the gazetteer is built): the key of the two caches below. Sorting
    the titles again on each call (six a release) was 3% of the seed release's analysis."""
    kept = _SORTED_TITLES.get(id(g))
    if kept is None or kept[0] is not g or kept[1] != len(g.honorifics):
        kept = _SORTED_TITLES[id(g)] = (g, len(g.honorifics), tuple(sorted(g.honorifics)))
    return kept[2]


def _rank_endings(g: Gazetteer) -> tuple[str, ...]:
    """Thai titles of four letters or more (พลเอก, นางสาว, ศาสตราจารย์...), for str.endswith."""
    return _rank_tuple(_title_keys(g))


@functools.lru_cache(maxsize=1)
def _rank_tuple(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if len(k) >= 4 and is_thai(k[0]) and not k.endswith("."))


def _honorific_rx(g: Gazetteer) -> re.Pattern[str]:
    return _honorific_regex(_title_keys(g))


def _looks_like_family(c: Chunk, g: Gazetteer, before_title: bool = False) -> bool:
    """Is this chunk a family name rather than the next phrase of the sentence?

    `before_title`: a position follows the chunk (นายไกรสร กองฉลาด ผู้ว่าราชการ...), so the chunk
    ends the name even when it begins like an agency (กอง...) or a verb (ทรง...).
    """
    s = c.text.rstrip(".")
    if s in g.family_names:
        return True
    if not _THAI_NAME.match(s) or len(s) > 22:
        return False
    if s in g.titles or s in g.terms or (s.startswith(_NOT_FAMILY_START) and not before_title):
        return False
    if s == "นายก" or (s.startswith("นายก") and s[4:].startswith(_PRESIDED)):
        return False  # นายเอ นายกสมาคมผู้ค้า, นายเอ นายก อบต.: the president of a body, not a family name
    if s.endswith(_rank_endings(g)):
        return False  # เฝ้ารับเสด็จพลเอก: a verb phrase glued to the next person's rank, not a family name
    assert g.title_regex is not None
    m = g.title_regex.match(s)
    if m and m.group(0) and len(m.group(0)) >= 3:
        return False
    first = words(s)[0] if words(s) else s
    if s in NAME_FOLLOWERS or (first in NAME_FOLLOWERS and not before_title):
        return False
    if s.startswith(_SPEECH_VERBS) and not before_title:
        return False  # นายคารม กล่าวถึง...: the short name, then what he said
    if s.endswith("ว่า") and any(v in s for v in _SPEECH_VERBS):
        return False  # นายจิรายุ กล่าวต่ออีกว่า นายกรัฐมนตรี..., นายธนกร ยังกล่าวว่า: what he said, though a post follows
    return not s.startswith(("และ", "หรือ", "ซึ่ง", "โดย", "ที่", "ได้", "จะ", "ให้"))


_GRADES = ("เชี่ยวชาญ", "ชำนาญการ", "ชำนาญงาน", "ปฏิบัติการ", "ปฏิบัติงาน", "ทรงคุณวุฒิ", "อาวุโส")
"""Civil-service grades after a profession (เภสัชกรชำนาญการ, นายแพทย์เชี่ยวชาญ): a post, not a name."""
_NOT_FIRST_NAMES = frozenset({"อายุ", "ขึ้นไป", "ลงมา"})
"""เป็นเด็กหญิงอายุ 4 เดือน: the age after เด็กหญิง/เด็กชาย, not a girl named อายุ; นาวาเอก นาวาอากาศเอกขึ้นไป (officers of
the rank and above), ระดับนายกรัฐมนตรีลงมา: a rank's range, not an officer named ขึ้นไป."""


def _title_at(text: str, c: Chunk | None, g: Gazetteer) -> bool:
    """Does chunk `c` begin with a position (รองโฆษก..., ผู้ว่าราชการ...)?"""
    assert g.title_regex is not None
    if c is None:
        return False
    if c.text.startswith("นายก") and c.text[4:].startswith(_PRESIDED):
        return True  # นายพุทธิพงศ์ ปราสาททองโอสถ นายกสมาคมสายการบินประเทศไทย: the president of a body
    if c.text.startswith(_LEAVES_POST):
        return True  # 17. นายศรัณยู มีทองคำ พ้นจากตำแหน่ง...: an appointment list leaves a post where a post stands
    at = next((len(w) for w in _ACTING if c.text.startswith(w) and len(c.text) > len(w)), 0)
    m = g.title_regex.match(c.text, at)
    if c.text in _SPACED_PREFIXES and (nxt := next_chunk(text, c.end)) is not None and text[c.end:nxt.start] == " ":
        m = g.title_regex.match(nxt.text)  # ดร.ลัทธจิตร มีรักษ์ ผู้ช่วย รมว.อว.: 'assistant' spaced from the post
    return bool(m and len(m.group(0)) >= 3)


_SPACED_PREFIXES = frozenset({"ผู้ช่วย", "รอง", "อดีต"})
_LEAVES_POST = ("พ้นจากตำแหน่ง",)
"""The cabinet's appointment lists: '<title><name> <family> พ้นจากตำแหน่ง<post> และแต่งตั้งให้ดำรงตำแหน่ง...'."""


_ACTING = ("รักษาราชการแทน", "รักษาการแทน", "รักษาการในตำแหน่ง", "รักษาการ")
"""นายแพทย์เฉวตสรร นามวาท รักษาราชการแทนผู้อำนวยการกอง...: acting for a position is a position (1,565
'<name> รักษาราชการแทน' in the thaigov-v2 corpus)."""


def _first_name_ok(first: str, g: Gazetteer) -> bool:
    if first in _NOT_FIRST_NAMES:
        return False
    if first in g.first_names:
        return True
    if not _THAI_NAME.match(first) or len(first) > 20:
        return False
    ws = words(first)
    if ws and (ws[0] in NAME_FOLLOWERS or ws[0] in NAME_STOPS):
        return False
    assert g.title_regex is not None
    m = g.title_regex.match(first)
    if m and m.group(0):
        return False
    return not first.startswith(_NOT_FAMILY_START) and first not in NAME_FOLLOWERS


def _glued_ok(text: str, h_start: int, honorific: str, rest: str, g: Gazetteer) -> bool:
    """An honorific glued to text before/after it: นายกรัฐมนตรี is a position, โดยนางสาว... a name."""
    dic = dictionary()
    chunk = honorific + rest
    assert g.title_regex is not None
    tm = g.title_regex.match(chunk)
    if tm and len(tm.group(0)) > len(honorific) + 1:
        return False  # รักษาราชการแทน นายกรัฐมนตรี มอบหมาย: the Prime Minister, though มอบหมาย is a family name
    longest = next((k for k in range(len(chunk), len(honorific), -1) if chunk[:k] in dic), 0)
    if longest and honorific == "คุณ" and longest < len(chunk) and rest in g.first_names:
        return True  # คุณอาทร แสงโสมวงษ์: คุณอา (aunt) begins the chunk, but it is คุณ and the first name อาทร
    if longest:
        # คุณสมบัติ, นายจ้าง: a word; only a known family name next makes it a name. นายก+มลภพ:
        # one letter into the name is chance, the family name's shape decides.
        after = chunk[longest:]
        if chunk.startswith("นายก") and (after.startswith(_PRESIDED) or g.terms.get(after)):
            return False  # นายกสมาคม..., นายกแพทยสภา: the president of a body
        if longest == len(honorific) + 1 and honorific != "คุณ":
            return _one_letter_in(rest, chunk[longest:], g)
        return None  # type: ignore[return-value]
    if rest in g.first_names:
        return True
    if honorific == "คุณ":
        return False
    if h_start > 0 and is_thai(text[h_start - 1]):
        before = text[max(0, h_start - 8):h_start]
        if not before.endswith(_PRECEDERS):
            return False
    if honorific.endswith("."):
        return True
    assert g.title_regex is not None
    tm = g.title_regex.match(chunk)
    return not (tm and len(tm.group(0)) > len(honorific))  # นายกรัฐมนตรี, นายอำเภอ


_NAME_PAIR = re.compile(r"([\u0e01-\u0e4e]{3,20})[ \t\u00a0]([\u0e01-\u0e4e]{3,25})(?=[ \t\u00a0])")


def _glued_name_after(text: str, pos: int) -> bool:
    """พระองค์ ๙๐๘ นายกูเฮง ยาวอหะซัน: after a number, นาย glued to a first name and a family name is
    a man named, not the classifier of '30 นาย' (officers), which a space or a verb follows."""
    m = _NAME_PAIR.match(text, pos)
    if m is None:
        return False
    dic = dictionary()
    first = words(m.group(1))
    return m.group(1) not in dic and m.group(2) not in dic and bool(first) and not is_verb(first[0]) and first[0] not in NAME_STOPS


def _one_letter_in(name: str, after: str, g: Gazetteer) -> bool:
    """นาย|กฤษณ์ or นายก|แม่บ้าน? The honorific plus one letter is a word (นายก, president): a name
    when the letters after นาย begin a known first name, a position when a word follows นายก."""
    if any(name[:k] in g.first_names for k in range(len(name), 2, -1)):
        return True
    following = words(after) if after else ()
    return not (following and len(following[0]) >= 2 and following[0] in dictionary())


_FEMALE_RANKED = re.compile(r"(?:พล|พัน|ร้อย|เรือ|นาวา|จ่า|สิบ|นาอากาศ|เรืออากาศ|ว่าที่|[\u0e01-\u0e2e]{1,2}\.(?:[\u0e01-\u0e2e]{1,2}\.)+)")
"""Ranks a woman officer writes with หญิง after them, in full or abbreviated (จ.ต.หญิง ศุภานิช พูลเกิด, ร.ต.อ.หญิง)."""


_MAX_STACKED = 8
"""Titles stacked on the first before one name (รศ.ดร.นพ., H.E. Mr.) are a few; a page of 3,000 "Mr. " was
read from every one of them to its end (5 s). More than this in a row are a run of titles, no name's."""
_BLANKS = re.compile(r"[ \t]*")
_LONG_STACK = 20
"""A run of titles longer than this (ศาสตราจารย์เกียรติคุณ นายแพทย์, 30 letters; ผู้ช่วยศาสตราจารย์ ดร. นายแพทย์) is
cut to its last title in the mention: the mention is what a reader scans for the person, and a name buried
after 30 letters of titles reads as a string of ranks (and is more than a name's mention can carry)."""


def find_titled(text: str, g: Gazetteer) -> list[PersonMention]:
    """Names after an honorific, rank or academic title (Thai or Latin script)."""
    out: list[PersonMention] = []
    rx = _honorific_rx(g)
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            break
        if not m.group(0):
            pos = m.start() + 1
            continue
        h_start = m.start()
        if h_start > 0 and text[h_start - 1].isalpha() and not is_thai(text[h_start - 1]):
            pos = m.end()
            continue
        if _latin_word_goes_on(text, m.end()):
            pos = m.end()  # Xu Datong, Haji's: a Latin title is a whole word
            continue
        if m.group(0) in ("นาง", "นาย") and _word_then_space(text, h_start, m.end(), g):
            pos = m.end()  # โรงแรมอ่าวนาง ปริ้นซ์วิลล์: Ao Nang, a place, then the hotel's name
            continue
        if m.group(0) == "คุณ" and _ends_a_word(text, h_start, m.end()):
            pos = m.end()  # ขอขอบคุณท่าน..., บุญคุณ: คุณ ends a longer word
            continue
        if m.group(0).endswith("ฯ") and h_start > 0 and is_thai(text[h_start - 1]):
            pos = m.end()  # ส.ต.อ.ณัชพลฯ เข้าที่แขนขวา: a name cut short with ฯ, not the private's rank พลฯ
            continue
        number = _AFTER_NUMBER.search(text, max(0, h_start - 12), h_start) if m.group(0) == "นาย" else None
        if number and not (
            (_YEAR_BEFORE.search(text, max(0, h_start - 12), h_start) or _glued_name_after(text, m.end())
             or _SHORT_DATE_BEFORE.search(text, max(0, h_start - 16), h_start)
             or _INDEX_BEFORE.search(text, max(0, h_start - 16), h_start))
            and is_thai(text[m.end():m.end() + 1] or " ")
        ) and not _framed_after_number(text, h_start, m.end(), g):
            pos = m.end()  # "กองกำลัง 20 นาย ร้อย อส 30 นาย": the classifier for officers
            continue  # but "8 กุมภาพันธ์ 2567 นายอนุกูล ปีดแก้ว": a date, then a name
        end = m.end()
        if text.startswith("หญิง", end) and _FEMALE_RANKED.match(m.group(0)):
            end += len("หญิง")  # พลตรีหญิง, เรือเอกหญิง: the rank of a woman officer, not a name หญิง
        # stacked titles: ผศ.ดร., พลตำรวจเอก หญิง, H.E. Mr.
        last = h_start
        for _ in range(_MAX_STACKED):
            sp = _BLANKS.match(text, end).end() - end  # type: ignore[union-attr]
            m2 = rx.match(text, end + sp)
            if m2 and m2.group(0) and m2.end() > end + sp and not _latin_word_goes_on(text, m2.end()):
                end, last = m2.end(), m2.start()
            else:
                break
        else:
            pos = end  # more titles in a row than any name has: a run of titles, not a name
            continue
        person = _name_after(text, h_start, end, g)
        if person and text.startswith("อาจารย์", last) and not _teacher_named(text, last, person, g):
            person = None
        if person:
            if end - h_start > _LONG_STACK and last > h_start:
                person.start = last  # ศาสตราจารย์เกียรติคุณ นายแพทย์|เกษม วัฒนชัย: the mention keeps the last title
            with_lineage(text, person)
            with_patronymic(text, person, g)
            out.append(person)
            pos = person.end
        else:
            pos = m.end()
    out += [p for p in find_monks(text) if not any(q.start < p.end and p.start < q.end for q in out)]
    return out + [p for p in _find_than(text, g) if not any(q.start < p.end and p.start < q.end for q in out)]


def _teacher_named(text: str, at: int, p: PersonMention, g: Gazetteer) -> bool:
    """After อาจารย์ (a teacher, also the word for lecturers) a name, not a word of the sentence: not อาจารย์ที่...
    (the teachers who), อาจารย์เดชา เป็นต้น (etc.), อาจารย์ นิสิต, อาจารย์ วิทยากร ผู้ประกอบการ (lists of kinds of
    people), nor a name inside a longer one (มูลนิธิอาจารย์จำเนียร สาระนาค, a foundation; ถ้ำอาจารย์สมศักดิ์, a cave)."""
    dic = dictionary()
    if at > 0 and is_thai(text[at - 1]) and not text.endswith(("พระ", *_PRECEDERS), 0, at):
        return False
    spaced = p.name_start > at + len("อาจารย์") and not text[at + len("อาจารย์"):p.name_start].strip(" \t")
    if p.first in NAME_STOPS or (p.first in dic and (len(p.first) <= 3 or spaced and p.first not in g.first_names)):
        return False
    if spaced and p.family is None and (p.first in dic or p.first not in g.first_names):
        return False  # อาจารย์ นิสิต นักศึกษา..., อาจารย์ ทื่เข้ารับ...: a lone word spaced after the title is no name
    if p.family is not None and _phrase_like(p.family):
        return False
    return p.family is None or p.family in g.family_names or mined_people.pair(p.first, p.family) \
        or p.family not in dic


def _latin_word_goes_on(text: str, end: int) -> bool:
    """Does a Latin title's last letter run on into more letters (Dato|ng, Haji|ah)? Then it is no title."""
    return 0 < end < len(text) and text[end - 1].isascii() and text[end - 1].isalpha() and text[end].isalpha()


_MALAY_TITLES_EN = frozenset({"Tan Sri", "Datuk", "Datuk Seri", "Dato'", "Dato' Sri", "Dato Paduka", "Dato Paduka Seri",
                              "Haji", "Pengiran"})
"""Malaysian, Bruneian and Indonesian honours (titles.toml): the name after them is a transliteration."""


@functools.lru_cache(maxsize=4)
def _malay_keys(keys: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(k for k, en in keys if en in _MALAY_TITLES_EN and is_thai(k[0]))


def _malay_titled(honorific: str, g: Gazetteer) -> bool:
    """Does the title run before a name end with a Malay honour (นายดาโต๊ะ ซรี, ฯพณฯ ดาตุก)?"""
    return honorific.rstrip().endswith(_malay_keys(tuple(sorted(g.honorifics.items()))))


_BIN = frozenset({"บิน", "บินติ", "บินตี", "บินตี้"})
_ARABIC_LEADS = frozenset({"อับดุล", "อับดุลลาห์", "โมฮัมหมัด", "โมฮัมมัด", "มูฮัมหมัด", "มุฮัมมัด", "โมฮาเหม็ด", "ตุน", "วัน",
                           "นิค", "อาบู", "อับ", "เปองีรัน"})
"""First words of an Arabic or Malay name that another word always follows (อับดุล อาซิส, ตุน ฮุดเซ็น)."""


def with_patronymic(text: str, p: PersonMention, g: Gazetteer) -> PersonMention:
    """ฟาดิลละห์ บิน ฮัจญี ยูโซ๊ะ, อัฟเฟนดิ บิน บวง: a Malay name runs on through บิน/บินติ ("son/daughter of")
    and the father's name, which may carry its own Haji; a name read as "ฟาดิลละห์ บิน" stops one word short.
    The father's name is one word, or two when the first is a lead word such as อับดุล or โมฮัมหมัด."""
    if not p.family or p.family.split()[-1] not in _BIN:
        return p
    rx = _honorific_rx(g)
    malay = _malay_keys(tuple(sorted(g.honorifics.items())))
    pos = p.end
    c = next_chunk(text, pos)
    for _ in range(3):  # the father's titles: เปองีรัน ฮาจี, ฮัจญี
        if c is None:
            return p
        m = rx.match(c.text)
        if not (m and m.group(0) in malay and m.end() == len(c.text)):
            break
        c = next_chunk(text, c.end)
    if c is None or not _THAI_NAME.match(c.text) or (g.title_regex and (g.title_regex.match(c.text) or [""])[0]):
        return p
    end = c.end
    if c.text in _ARABIC_LEADS:
        c2 = next_chunk(text, c.end)
        if c2 is None or not _THAI_NAME.match(c2.text) or (g.title_regex and len((g.title_regex.match(c2.text) or [""])[0]) >= 3):
            return p
        end = c2.end
    p.family, p.end = f"{p.family} {text[pos:end].strip()}", end
    return p


def _framed_after_number(text: str, h_start: int, h_end: int, g: Gazetteer) -> bool:
    """ผู้อำนวยการส่วน 3 นายภาณุ ลิ้มวงศ์ยุติ ผู้อำนวยการส่วน..., หมู่ที่ 1 นาย เอกพันธ์ ชาวบ้านเกาะ ผู้ใหญ่บ้าน: after a
    number, นาย and a first name, a family name and then a position is the next man in a list, not the
    classifier of '30 นาย' (officers)."""
    first_c = next_chunk(text, h_end) if text[h_end:h_end + 1] == " " else _chunk_from(text, h_end)
    return first_c is not None and _framed_name(text, h_start, "นาย", first_c, g, checked=True) is not None


def _word_then_space(text: str, h_start: int, h_end: int, g: Gazetteer) -> bool:
    """Does the title end a word glued before it (อ่าวนาง, ทนาย) with a space after, where no name follows?"""
    if h_start == 0 or not is_thai(text[h_start - 1]) or text[h_end:h_end + 1] not in (" ", "\t"):
        return False
    before = text[max(0, h_start - 10):h_start]
    if before.endswith(_PRECEDERS) or before.endswith(_DOTTED_PRECEDERS):
        return False
    table = areas()
    return any(text[h_start - k:h_end] in g.terms or text[h_start - k:h_end] in dictionary()
               or text[h_start - k:h_end] in table for k in range(1, min(h_start, 8) + 1))


def _ends_a_word(text: str, h_start: int, h_end: int) -> bool:
    """Does a dictionary word begin before the title and end where it ends (ขอบ|คุณ, บุญ|คุณ)?"""
    if h_start == 0 or not is_thai(text[h_start - 1]) or text[h_end - 1] == ".":
        return False
    dic = dictionary()
    return any(text[h_start - k:h_end] in dic for k in range(1, min(h_start, 6) + 1))


_THAN = re.compile(r"ท่าน(?!ผู้หญิง)(?=[\u0e01-\u0e4e])")


def _find_than(text: str, g: Gazetteer) -> list[PersonMention]:
    """ท่านพิจิตร บุญทัน ผู้ว่าราชการจังหวัดเลย, ขอขอบคุณท่านนิสิต จันทร์สมวงศ์ เลขาธิการ...: the respectful ท่าน
    glued to a name is a title only in the full frame (a name, a family name, a position); alone it is
    a pronoun (ท่านเป็น..., ท่านนายกรัฐมนตรี)."""
    out: list[PersonMention] = []
    for m in _THAN.finditer(text):
        first_c = _chunk_from(text, m.end())
        if first_c is None:
            continue
        before = text[max(0, m.start() - 8):m.start()]
        if m.start() > 0 and is_thai(text[m.start() - 1]) and not before.endswith(("ขอบคุณ", *_PRECEDERS)):
            continue
        p = _framed_name(text, 0 if m.start() == 0 else m.start(), "ท่าน", first_c, g, checked=True)
        if p is not None:
            p.start = p.name_start  # the mention is the name; ท่าน is a respectful pronoun before it
            out.append(with_lineage(text, p))
    return out


_MONK = re.compile(
    r"(?:พระมหา|พระครู|พระอธิการ|พระปลัด|พระสมุห์|พระใบฎีกา|หลวงพ่อ|หลวงปู่|หลวงตา|พระอาจารย์)(?P<first>[\u0e01-\u0e4e]{2,20})[ \t]"
    r"(?P<chaya>[\u0e01-\u0e4e]{1,20}โ[\u0e01-\u0e2e])(?![\u0e01-\u0e4e])"
)
"""พระมหาสมัคร วรปุณฺโณ, พระครูปลัดสุชาติ ฐานจาโร: a monk's rank, his name and his Pali monastic name, which
ends in โ plus one consonant (โณ, โร, โม...): 72 such names in the corpus, all monks. Session 16: the respectful
หลวงพ่อ/หลวงปู่/หลวงตา/พระอาจารย์ stand for the rank the same way (หลวงพ่อกัณหา สุขกาโม, details/39495; พระอาจารย์นิพาน
สุจิตโต, heldout99 h04)."""


def find_monk_titles(text: str) -> list[PersonMention]:
    """Monks named by their title name before a post in the Sangha or with another anchor (a degree, a bracketed
    name, his temple, a monk's deed), and ครูบา + name (briefing.thai.monks)."""
    spans = monks.find_title_names(text)
    spans += [s for s in monks.find_anchored_titles(text) if not any(a < s[1] and s[0] < b for a, b in spans)]
    spans += [s for s in monks.find_kruba(text) if not any(a < s[1] and s[0] < b for a, b in spans)
              and not text.endswith(VENUE_HEADS + ORG_HEADS, 0, s[0])]  # อนุสาวรีย์ครูบาศรีวิชัย: the monument's name
    return [PersonMention(a, b, text[a:b], None, a) for a, b in spans]


def find_monks(text: str) -> list[PersonMention]:
    """Monks named by rank, name and Pali monastic name (the monastic name stands as the family name)."""
    return [PersonMention(m.start(), m.end(), m.group("first"), m.group("chaya"), m.start("first")) for m in _MONK.finditer(text)
            if not text[max(0, m.start() - 4):m.start()].rstrip(" \t").endswith("(")  # พระเทพวิทยาคม (หลวงพ่อคูณ ปริสุทโธ): his other name
            and not text.endswith(VENUE_HEADS + ORG_HEADS, 0, m.start())]  # มูลนิธิพระอาจารย์ฝั้น อาจาโร: the foundation's name


_AGE_AFTER = re.compile(r"[ \t\u00a0]*[0-9๐-๙]")
"""A number after อายุ: an age (นางสาวบุสราภรณ์ อายุ 28 ปี), 216 times after a titled first name in the archive."""


def _name_after(text: str, h_start: int, h_end: int, g: Gazetteer) -> PersonMention | None:
    honorific = text[h_start:h_end]
    if h_end < len(text) and text[h_end] in " \t":
        first_c = next_chunk(text, h_end)
        glued = False
    else:
        first_c = next_chunk(text, h_end - 1) if False else _chunk_from(text, h_end)
        glued = True
    if first_c is None:
        return None
    if honorific.endswith(".") and h_start > 0 and (is_thai(text[h_start - 1]) or text[h_start - 1] == ".") \
            and not text[max(0, h_start - 10):h_start].endswith(_DOTTED_PRECEDERS):
        return None  # พ.ศ., สกศ., กยศ. Call Center: an abbreviation, not a title (but โดยมีดร. สมิทธิ ...)
    if re.match(r"[A-Za-z]", first_c.text):
        return _latin_name(text, h_start, first_c.start)
    framed = _framed_name(text, h_start, honorific, first_c, g)
    if framed is not None:
        return framed
    first = first_c.text
    if first in g.nicknames:
        return None  # นายฮุนมาเน็ด: a leader's listed short name (ฮุน + มา, come): the nicknames pass finds it whole
    glued_cut = False
    if _THAI_NAME.match(first):
        cut = cut_at_stop(first, 0)
        if 0 < cut < len(first) and not _whole_then_family(text, first_c, cut, g) \
                and not (cut < 4 and _malay_titled(honorific, g)):  # นายอนุทินกล่าวว่า; ดาโตะ ซรี อิซ|มาอิล
            first, glued_cut = first[:cut], True
    if glued_cut and first not in g.first_names:
        first = _known_first_before(text, h_start, first, g)
    if not glued_cut and (verb := next((v for v in _SPEECH_VERBS if first.endswith(v) and first[:-len(v)] in g.first_names), None)):
        first, glued_cut = first[:-len(verb)], True  # ซึ่งนายอนุทินเน้นย้ำ ผู้ว่าราชการ...: the short name glued to what he said
    if _HYPHENED_NAME.match(first):
        return _glossed_name(text, h_start, honorific, first_c, g)  # นางดานีเอลา-บรึนดูชา เบอเซอวัน (H.E. Mrs. ...)
    if not _THAI_NAME.match(first):
        return None
    glossed = _glossed_name(text, h_start, honorific, first_c, g)
    if glossed is not None:
        return glossed
    if honorific.strip() == "คุณ" and first == first_c.text and first not in g.first_names:
        khun = _khun_framed(text, h_start, first_c, g)
        if khun is not None:
            return khun
    verdict: bool | None = True
    noun_title = honorific.split()[-1] in _NOUN_TITLES
    if glued and honorific.strip() == "คุณ" and "คุณ" + first in dictionary() and first not in g.first_names:
        return None  # อย่างมีคุณภาพ มั่นคง: quality, though มั่นคง is a family name
    if noun_title and first.startswith(_GRADES):
        return None  # และเภสัชกรเชี่ยวชาญ: an expert-grade pharmacist, no name
    if noun_title and first not in g.first_names:
        verdict = None  # เภสัชกรชำนาญการ: the profession, unless a family name we know follows
    if glued and verdict is not None:
        verdict = _glued_ok(text, h_start, honorific.strip(), first, g)
        if verdict is False:
            return None
    if not _first_name_ok(first, g):
        return None
    if honorific.strip() == "อาจารย์" and first not in g.first_names and not mined_people.is_first(first) \
            and (ws := words(first)) and len(ws[0]) >= 3 and ws[0] in dictionary():
        return None  # อาจารย์ประจำหลักสูตร: a lecturer of the course, not a name; อาจารย์ดิสสกร กุนธร: a name
    if first.startswith(_ROYAL_WORDS):
        return None
    if honorific.startswith(("พระบาทสมเด็จ", "สมเด็จ")) and (ws := words(first)) and all(w in dictionary() for w in ws):
        return None  # พระบาทสมเด็จพระเจ้าอยู่หัว|เนื่องในโอกาส: the King's title, then a phrase, not a name  # พระบาทสมเด็จพระเจ้าอยู่หัว|รัชกาลที่ 9, ...|เฉลิมพระเกียรติ: royal vocabulary, not a name
    family_c = None if glued_cut else next_chunk(text, first_c.end) or _family_after_break(text, first_c.end, g)
    if family_c is not None and family_c.text == "อายุ" and _AGE_AFTER.match(text, family_c.end):
        family_c = None  # นายประมวล อายุ 36 ปี: his age, not a family name อายุ
    vouched = family_c is not None and mined_people.pair(first, family_c.text) and "\n" not in text[first_c.end:family_c.start]
    # นายอมร มีมะโน: the archive shows this first and family name after a title elsewhere, so the family name
    # stands even when it begins like a verb or a function word
    after_family = next_chunk(text, family_c.end) if family_c else None
    if verdict is None and family_c and not vouched and family_c.text.rstrip(".") not in g.family_names and not (
        # นายแพทย์จักร์ชัย ติตตะบุตร ผู้อำนวยการ...: a first name that is no word, a family name, then a position
        noun_title and first not in dictionary() and _title_at(text, after_family, g)
        and _looks_like_family(family_c, g, True)
    ):
        return None
    if family_c and not vouched and _short_form_then_verb(text, h_start, first, family_c, g):
        family_c = None  # ที่ พญ. พักตร์พิไล เชี่ยวชาญด้วย: the short form of a name given in full, then a verb
    glued_title = False
    if family_c and not vouched and not _looks_like_family(family_c, g, _title_at(text, after_family, g)):
        split_family = _family_glued_to_title(family_c, g)
        if split_family is not None:
            family_c, glued_title = split_family, True
    if family_c and (vouched or _looks_like_family(family_c, g, _title_at(text, after_family, g) or glued_title)):
        fam = family_c.text.rstrip(".")
        end = family_c.start + len(fam)
        # รัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษก...: a second family name (a married name), then a position
        if after_family and after_family.text in g.family_names and _title_at(text, next_chunk(text, after_family.end), g) or after_family and _third_syllable(text, family_c, after_family, g):
            fam, end = f"{fam} {after_family.text}", after_family.end
        elif after_family and (tail := _foreign_tail(text, first, family_c, after_family, g)) is not None:
            fam, end = f"{fam} {text[after_family.start:tail]}", tail
        return PersonMention(h_start, end, first, fam, first_c.start)
    if verdict is None:
        return None
    if family_c and not glued_cut and _listed_family(text, first_c, family_c, after_family, g):
        return PersonMention(h_start, family_c.end, first, family_c.text, first_c.start)
    split = split_glued_name(first, g)
    if split:
        return PersonMention(h_start, first_c.start + len(first), split[0], split[1], first_c.start)
    return PersonMention(h_start, first_c.start + len(first), first, None, first_c.start)


_NOT_LISTED_FAMILY = ("และ", "หรือ", "ซึ่ง", "โดย", "ที่", "ได้", "จะ", "ให้", "เป็น", "ก็", "ยัง", "ว่า", "กับ", "ของ", "ใน",
                      "เพื่อ", "พร้อม", "ร่วม", "นำ", *_SPEECH_VERBS)


def _listed_family(text: str, first_c: Chunk, family_c: Chunk, after: Chunk | None, g: Gazetteer) -> bool:
    """นายวีระพงษ์ อ่างทอง ผู้อำนวยการศูนย์..., นางสาวกษมา กองสมัคร และ ดร.ชินาวุธ..., นางลินดา โธมัส-กรีนฟิลด์
    เอกอัครราชทูต...: in a list of participants the word after a first name is its family name when a position or
    the next titled person follows it, though the word reads like a place, an agency or a verb phrase (อ่างทอง,
    กอง..., มีเผือก). Not when the release names the same first name with another family name (the short form of
    a name given in full, then what the person did) nor when the word is a position or begins like a phrase."""
    fam, first = family_c.text, first_c.text
    if text[first_c.end:family_c.start].strip(" \t") or not 2 <= len(fam) <= 22:
        return False
    if not (_THAI_NAME.match(fam) or _HYPHENED_NAME.match(fam)) or fam in g.titles or _title_at(text, family_c, g):
        return False
    term = g.terms.get(fam)
    if (term is not None and term.type != "place") or fam.startswith(_NOT_LISTED_FAMILY) or _phrase_like(fam) \
            or _next_titled(text, family_c, g) or _near_title(fam, g) \
            or any(fam.startswith(h) and len(h) > 3 for h in _NOT_FAMILY_START):  # but กองสมัคร: กอง, a short head
        return False
    if after is None or text[family_c.end:after.start].strip(" \t"):
        return False
    nxt = next_chunk(text, after.end) if after.text == "และ" else None
    framed = _title_at(text, after, g) or _next_titled(text, after, g) or (
        nxt is not None and (_next_titled(text, nxt, g) or (_honorific_rx(g).fullmatch(nxt.text) is not None
                                                           and nxt.text != "คุณ")))
    if not framed:
        return False
    for m in re.finditer(re.escape(first) + r"[ \t]+([\u0e01-\u0e4e]{2,25})", text):
        if m.group(1) != fam and (m.group(1) in g.family_names or mined_people.pair(first, m.group(1))):
            return False  # นายอนุทิน ชาญวีรกูล ... นายอนุทิน ลงพื้นที่ ผู้ว่าราชการ...: a short form, then an act
    return True


def _whole_then_family(text: str, first_c: Chunk, cut: int, g: Gazetteer) -> bool:
    """น.ส.รติมา คณะวาปี น.ส.วิลาสินี..., นางสาวญาติมา เบียกขุนทด นางสาวณัชชา..., นายครูมานิตย์  สังข์พุ่ม⏎รองประธาน...:
    a first name with a stop word inside it (มา, come) is whole when a family name follows it and the
    family name is framed: a position, the next person's title or the line's end after it. A short name
    glued to what the man did (นายอนุทินกล่าวว่า) has no family name after it."""
    rest = first_c.text[cut:]
    if rest.startswith((*_SPEECH_VERBS, "ได้", "เป็น", "จะ", "ว่า", "ที่", "และ", "ให้", "ก็", "ยัง", "ซึ่ง", "โดย")):
        return False
    if words(rest) and words(rest)[0] != "มา" and first_c.text not in g.first_names and not mined_people.is_first(first_c.text):
        return False  # but นายบุญส่ง ไชยมณี หัวหน้า...: a given name we know whole (บุญ + ส่ง, send), then its family name
    fam = next_chunk(text, first_c.end)
    if fam is None or "\n" in text[first_c.end:fam.start] or not _THAI_NAME.match(fam.text):
        return False
    if fam.text in g.family_names or mined_people.pair(first_c.text, fam.text):
        return True
    if mined_people.is_first(first_c.text) and _looks_like_family(fam, g, True):
        return True  # นางจิตติมา กรีอารี: a given name the archive shows with a title, then a family name
    after = text[fam.end:fam.end + 12]
    framed = (after.lstrip(" \t").startswith("\n") or after.strip() == ""
              or _HONORIFIC_NEXT.match(after) is not None or _title_at(text, next_chunk(text, fam.end), g))
    return framed and _looks_like_family(fam, g, True)


_HONORIFIC_NEXT = re.compile(r"[ \t]+(?:นางสาว|นาง|นาย|น\.ส\.)[\u0e01-\u0e4e]")


_LATIN_GLOSS = re.compile(r"[ \t]*\([ \t]*[A-Z][a-z]")


def _khun_framed(text: str, h_start: int, first_c: Chunk, g: Gazetteer) -> PersonMention | None:
    """คุณกีต้า ซับบระวาล ผู้ประสานงานสหประชาชาติ..., คุณอาร์มิดา ซัลเซีย อาลีเชียบานา รองเลขาธิการ...,
    คุณแทมมี่ ลินน์ ชาร์ป (Tammy Lynn Sharp): คุณ before a first name no list knows (often a foreign name in
    Thai script) is a person when the name is no word and a position or the Latin name in brackets
    follows its two or three parts; คุณภาพ, คุณสมบัติ (words) never reach here."""
    if h_start > 0 and is_thai(text[h_start - 1]) and not text[max(0, h_start - 8):h_start].endswith(_PRECEDERS):
        return None  # พระมหากรุณาธิคุณ โดยมี..., เกียรติคุณเพื่อ...: คุณ ends a word
    dic = dictionary()
    parts = [first_c]
    if first_c.text in dic or not _THAI_NAME.match(first_c.text) or any(
            "คุณ" + first_c.text[:k] in dic for k in range(3, len(first_c.text) + 1)):
        return None
    for _ in range(2):
        nxt = next_chunk(text, parts[-1].end)
        if nxt is None or text[parts[-1].end:nxt.start] != " " or not _THAI_NAME.match(nxt.text):
            break
        glossed = _LATIN_GLOSS.match(text, nxt.end) is not None
        if nxt.text in dic and nxt.text not in g.family_names and not glossed or not _looks_like_family(nxt, g, True):
            break
        parts.append(nxt)
        after = next_chunk(text, nxt.end)
        if glossed or (
                after is not None and text[nxt.end:after.start] == " " and _title_at(text, after, g)):
            family = " ".join(c.text for c in parts[1:])
            return PersonMention(h_start, nxt.end, first_c.text, family, first_c.start)
    return None


def _third_syllable(text: str, family_c: Chunk, third: Chunk, g: Gazetteer) -> bool:
    """นายลี จอง ชิก รัฐมนตรีว่าการ..., นายเหงียน มั่นห์ ฮุง, นายเตียง คิง สิง: a Korean, Vietnamese or Chinese
    name in three short syllables, the last one before the position (179 such in thaigov-v2)."""
    if len(family_c.text) > 6 or family_c.text == "ณ" or not 1 <= len(third.text) <= 6:
        return False
    if not _THAI_NAME.match(third.text) and len(third.text) > 1 or text[family_c.end:third.start] != " ":
        return False
    tm = g.title_regex.match(third.text) if g.title_regex is not None else None
    if (tm and tm.group(0)) or third.text in g.terms or third.text in NAME_FOLLOWERS or third.text in NAME_STOPS:
        return False
    if len(third.text) >= 4 and third.text in dictionary() or third.text == "รอง":
        return False  # ศ.นพ.อุดม คชิยทร อดีต รมช.ศึกษาธิการ: 'former', then the post; ธนา ชูวงศ์ รอง ผบ.ตร.: 'deputy'
    after = next_chunk(text, third.end)
    return after is not None and text[third.end:after.start] == " " and _title_at(text, after, g)


_TRADE_POSTS = ("นักกีฬา", "นักฟุตบอล", "นักเตะ", "นักมวย", "นักร้อง", "นักแสดง", "ศิลปิน", "โค้ช", "หัวหน้าโค้ช", "หัวหน้าผู้ฝึกสอน",
                "ผู้ฝึกสอน", "เชฟ", "เจ้าของเหรียญ")
"""What an athlete, a coach or a performer is called after the name, where a post would stand."""


_NOT_TAIL_STARTS = ("ชาว", "อดีต", "ประจำ", "แห่ง", "จาก", "ของ", "และ", "หรือ", "ว่าที่", "นัก", "ผู้")
"""ชาวอเมริกัน, อดีต..., ประจำ..., นักวิชาการคลัง..., ผู้นำชุมชน: what is said of the person after the name (a post
the title list lacks), not a name part."""


def _foreign_tail(text: str, first: str, family_c: Chunk, nxt: Chunk, g: Gazetteer) -> int | None:
    """นายปอล ฮองรี วีเยอร์ต๊องส์ นักกีฬาทีมชาติไทย, นายคาร์ลอส เซซาร์ นูเนซ กาโก้ หัวหน้าโค้ช: a foreign name in Thai
    script has three or four parts. When the first name is no Thai given name, the one or two chunks after the
    second part are name parts if none is a word, a post or a stop, and a post or a trade follows them; returns
    where the name ends."""
    if first in g.first_names or mined_people.is_first(first) or family_c.text in g.family_names:
        return None
    dic = dictionary()
    c: Chunk | None = nxt
    prev_end = family_c.end
    end = None
    for _ in range(2):
        if c is None or text[prev_end:c.start] != " " or not _THAI_NAME.match(c.text) or c.text in dic \
                or c.text in g.terms or c.text in NAME_FOLLOWERS or c.text in NAME_STOPS \
                or c.text.startswith((*_NOT_FAMILY_START, *_TRADE_POSTS, *_NOT_TAIL_STARTS)) or _title_at(text, c, g):
            break
        ws = words(c.text)
        if not ws or is_verb(ws[0]) or ws[0] in NAME_STOPS or ((h := _honorific_rx(g).match(c.text)) and h.group(0)):
            break  # ... อ่อนนุช นางภัทราวดี: the next person's title
        after = next_chunk(text, c.end)
        if after is not None and text[c.end:after.start] == " " and (
                _title_at(text, after, g) or after.text.startswith(_TRADE_POSTS)):
            end = c.end
            break
        prev_end, c = c.end, after
    return end


def _short_form_then_verb(text: str, h_start: int, first: str, family_c: Chunk, g: Gazetteer) -> bool:
    """Is the chunk after a first name a verb phrase, the name being a short form of one given earlier in full?"""
    fam = family_c.text.rstrip(".")
    if fam in g.family_names or not is_verb((words(fam) or ("",))[0]):
        return False
    earlier = re.search(re.escape(first) + r"[ \t]+([\u0e01-\u0e4e]{2,25})", text[:h_start])
    return earlier is not None and earlier.group(1) != fam


def _framed_name(text: str, h_start: int, honorific: str, first_c: Chunk, g: Gazetteer,
                 checked: bool = False) -> PersonMention | None:
    """นายทรงพล ชีวะปัญญาโรจน์ เลขาธิการ..., โดยมี นายนำยศ ลักษณะงาม ผู้อำนวยการ...: a title, one word, a
    second word and then a position is a first name and a family name, even when the first name begins
    like a word the other tests refuse (ทรง, a royal verb; นำ, a verb; พล of นายพล, a general) or the
    family name like a place (เมืองสนธิ์). The position after the family name is what vouches for it."""
    bare = honorific.strip()
    if bare.startswith(("พระ", "สมเด็จ", "ฯพณฯ")) or bare == "คุณ" or first_c.end >= len(text) \
            or text[first_c.end] not in " \t":
        return None  # คุณภาพ..., คุณสมบัติ...: words, not คุณ and a name
    if not checked and h_start > 0 and is_thai(text[h_start - 1]) \
            and not text[max(0, h_start - 8):h_start].endswith(_PRECEDERS):
        return None  # ตำบลนางรอง: a name's letters inside a word, not a title
    first = first_c.text
    if not _THAI_NAME.match(first) or first in g.titles or first.startswith(_NOT_FAMILY_START):
        return None
    cut = cut_at_stop(first, 0)
    if 0 < cut < len(first) and first[cut:].startswith((*_SPEECH_VERBS, "ได้", "เป็น", "จะ", "ว่า", "ที่", "และ")):
        return None  # นายจิรายุกล่าวว่า: the short name glued to what he said
    assert g.title_regex is not None
    tm = g.title_regex.match(bare + first)
    if tm and len(tm.group(0)) > len(bare):
        return None  # นายอำเภอ, นายกเทศมนตรี: a position
    family_c = next_chunk(text, first_c.end)
    if family_c is None or text[first_c.end:family_c.start].strip(" \t") or "\n" in text[first_c.end:family_c.start]:
        return None
    after = next_chunk(text, family_c.end)
    if after is None or "\n" in text[family_c.end:after.start]:
        return None
    if _INITIAL_FAMILY.match(family_c.text) and _title_at(text, after, g) and first not in dictionary():
        return PersonMention(h_start, family_c.end, first, family_c.text, first_c.start)  # นายอภิกิต ฉ.โรจน์ประเสริฐ รองเลขาธิการ
    if family_c.text in g.titles or _title_at(text, family_c, g) or not _looks_like_family(family_c, g, True):
        return None
    fam = family_c.text.rstrip(".")
    if _title_at(text, after, g):
        return PersonMention(h_start, family_c.start + len(fam), first, fam, first_c.start)
    if fam != family_c.text or family_c.text in dictionary() or family_c.text in g.terms or _phrase_like(fam) \
            or family_c.text.startswith(_NOT_FAMILY_START) or any(grade in first for grade in _GRADES) \
            or bare + first[:1] == "นายก" and first[1:].startswith(_PRESIDED):
        return None  # นายกสภา อุปนายกสภา กรรมการสภา: the council's president, a list of posts
    head = (words(fam) or ("",))[0]
    if _next_titled(text, after, g) and not _next_titled(text, family_c, g) and head not in _NOT_FAMILY_WORDS \
            and not is_verb(head) and not fam.startswith(_SPEECH_VERBS) and not fam.startswith(_GROUP_WORDS) \
            and (first not in dictionary() or first in g.first_names) and not _AFTER_NUMBER.search(text, max(0, h_start - 2), h_start):
        # นางสาวรัชดา กล่าวด้วยว่า นาย...: what she said; 180 นาย อาทิ กลุ่มหัวหน้ากอง นายทหาร: a head count
        return PersonMention(h_start, family_c.end, first, fam, first_c.start)  # นายราชัน มีน้อย ว่าที่ร้อยตรี...
    third = after
    if text[family_c.end:third.start] != " " or not _THAI_NAME.match(third.text) or third.text in dictionary() \
            or third.text in g.terms or third.text.startswith(_NOT_FAMILY_START) \
            or not _looks_like_family(third, g, True) or third.text.startswith(_ACTING) \
            or is_verb((words(third.text) or ("",))[0]) or _next_titled(text, family_c, g) \
            or third.text.startswith(("รอง", "ผู้", "อดีต", "ที่", "หัวหน้า", "กรรมการ", "ประธาน", "ว่าที่", "นัก", "ปฏิบัติ")) \
            or _near_title(third.text, g) or _phrase_like(third.text):  # ดร.กรกลด คำสุข รองคณบดี...; นายอำพน กิตติอำพน องมนตรี (องคมนตรี mistyped)
        return None
    post = next_chunk(text, third.end)
    if post is None or text[third.end:post.start] != " " or not _title_at(text, post, g):
        return None
    # นางสาวจิฬาภรณ์ ตามชู กฤษณสุวรรณ ผู้อำนวยการ..., นางอุษา จั่นพลอย บุญเปี่ยม ผู้ช่วยปลัด...: a maiden and a
    # married family name (or a foreign name's third part), neither of them a word, then the position
    return PersonMention(h_start, third.end, first, f"{fam} {third.text}", first_c.start)


_FUNCTION_WORDS = frozenset({"จาก", "ที่", "และ", "ของ", "ใน", "เป็น", "ด้วย", "ให้", "กับ", "แก่", "โดย", "ว่า", "ได้"})


def _phrase_like(chunk: str) -> bool:
    """พ้นจากตำแหน่ง, ประกอบด้วยนายชุตินทร: a phrase (a function word, or the next title, inside it), not a name."""
    return any(w in _FUNCTION_WORDS for w in words(chunk)) or any(h in chunk[1:] for h in ("นาย", "นาง"))


def _near_title(word: str, g: Gazetteer) -> bool:
    """Is `word` a title with one letter missing or changed (องมนตรี for องคมนตรี)?"""
    return any(abs(len(t) - len(word)) <= 1 and len(t) >= 5 and difflib.SequenceMatcher(None, t, word).ratio() >= 0.85
               for t in g.titles)


_INITIAL_FAMILY = re.compile(r"^[\u0e01-\u0e2e]\.[\u0e01-\u0e4e]{3,20}$")
"""ฉ.โรจน์ประเสริฐ: a family name written with its first letter abbreviated (a lineage initial)."""


_NOT_FAMILY_WORDS = frozenset({*_PRECEDERS, "ใน", "เมื่อ", "ขณะ", "วัน", "ตาม", "พร้อม", "เพื่อ", "แล้ว", "นั้น", "นี้"})
"""ของนายสมศักดิ์ ในวันนี้ นายเศรษฐา...: a phrase's first word, not a family name, before the next person."""


def _next_titled(text: str, c: Chunk, g: Gazetteer) -> bool:
    """Does chunk `c` begin with the next person's title and a name (ว่าที่ร้อยตรีกิตติภพ, นางสาวสมใจ)?
    Not คุณ: คุณปลื้ม, คุณากร are family names."""
    m = _honorific_rx(g).match(c.text)
    return m is not None and 3 <= len(m.group(0)) < len(c.text) - 1 and m.group(0) != "คุณ" \
        and not _title_at(text, c, g) \
        and _THAI_NAME.match(c.text[len(m.group(0)):]) is not None


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=[\u0e01-\u0e4e])")


def _family_after_break(text: str, end: int, g: Gazetteer) -> Chunk | None:
    """นายกิตติพันธ์⏎ปานจันทร์ อธิบดีกรมการขนส่งทางราง, นายหาน⏎จื้อเฉียง เอกอัครราชทูต...: a name broken across
    a line; the next line's first word is the family name when we know it, or when a position follows it."""
    m = _LINE_BREAK.match(text, end)
    if m is None:
        return None
    c = _chunk_from(text, m.end())
    if c is None or not _THAI_NAME.match(c.text):
        return None
    if c.text in g.family_names or (_looks_like_family(c, g, True) and _title_at(text, next_chunk(text, c.end), g)):
        return c
    return None


def _family_glued_to_title(c: Chunk, g: Gazetteer) -> Chunk | None:
    """นายพนมบุตร จันทรโชติรองอธิบดีกรมศิลปากร, นายภุชพงค์ โนดไธสงเลขาธิการ...: the family name with the
    position glued on (a space left out); the family name ends where a position of four letters or more
    begins."""
    assert g.title_regex is not None
    for k in range(3, min(len(c.text) - 3, 20)):
        tm = g.title_regex.match(c.text, k)
        if tm and len(tm.group(0)) >= 4:
            head = c.text[:k]
            first = words(head)[0] if words(head) else head
            if _THAI_NAME.match(head) and head not in dictionary() and not head.startswith(_NOT_FAMILY_START) \
                    and first not in NAME_STOPS and first not in NAME_FOLLOWERS and not is_verb(first) \
                    and not _phrase_like(head) and not _title_at(head, Chunk(0, len(head), head), g):
                # ดร.ทวีลาภ กรรมการและผู้จัดการธนาคาร: two posts joined by และ, not a family name
                return Chunk(c.start, c.start + k, head)
            return None  # นายอนุทิน กล่าวระหว่างการเป็นประธาน: what he did, not his family name
    return None


def _known_first_before(text: str, h_start: int, first: str, g: Gazetteer) -> str:
    """นายกฤษฎาเน้นย้ำว่า, นายกฤษฎาสรุปว่า: a first name the release gave earlier with its family name,
    glued to a verb of speech; the name ends where the earlier one did."""
    for k in range(len(first) - 2, 1, -1):
        head, rest = first[:k], first[k:]
        if head in g.first_names and all(w in dictionary() for w in words(rest)) \
                and re.search(re.escape(head) + r"[ \t]+[\u0e01-\u0e4e]", text[:h_start]):
            return head
    return first


def _glossed_name(text: str, h_start: int, honorific: str, first_c: Chunk, g: Gazetteer) -> PersonMention | None:
    """นายมาทีอัส คอร์มันน์ (H.E. Mr. Mathias Cormann): the bracketed titled Latin name vouches for the
    Thai-script name before it, which is often a foreign name no list knows (and may begin like a word)."""
    m = _GLOSSED.match(text, first_c.end)
    if m is None:
        return None
    assert g.title_regex is not None
    tm = g.title_regex.match(honorific.strip() + first_c.text)
    if (tm and len(tm.group(0)) > len(honorific.strip())) or first_c.text in g.titles:
        return None  # นายกรัฐมนตรี (H.E. ...): a position
    if honorific.strip() == "นาย" and first_c.text.startswith("ก") and first_c.text[1:].startswith(_PRESIDED):
        return None  # นายกสมาคมแม่บ้านมหาดไทย คุณกีต้า (Mrs. Gita ...): the association's president, then her name
    rest = m.group("names").split()
    for k, word in enumerate(rest):  # นางฮาละฮ์ ยูซุฟ อะห์หมัด เราะญับ (Mrs. Hala Youssef Ahmed Ragab): all four parts
        tm = g.title_regex.match(word)
        if (tm and len(tm.group(0)) >= 3) or word in g.terms:
            rest = rest[:k]  # a position before the bracket ends the name
            break
    if m.group("bare") and (len(m.group("bare").split()) != 1 + len(m.group("names").split())
                            or honorific.strip() == "คุณ" or (h_start > 0 and is_thai(text[h_start - 1]))):
        return None  # คุณภาพ (Quality ...), ทนายความ: a bare Latin gloss vouches only part for part, after a real title
    family = " ".join(rest) if rest else None
    end = first_c.end + (m.group("names").find(rest[-1]) + len(rest[-1]) if rest else 0)
    return PersonMention(h_start, end, first_c.text, family, first_c.start)


_LINEAGE = re.compile(r"[ \t]ณ[ \t]?([\u0e01-\u0e4e]{2,20})(?![\u0e01-\u0e4e.])")


def _lineage_before_post(text: str, end: int, place: str) -> bool:
    """นายสบโชค ณ ศรีโต ผู้อำนวยการเขตราชเทวี, นายพินัย ณ นคร ผู้ทรงคุณวุฒิ: ณ and a word that names no area,
    then the man's position: a family name granted with ณ all the same (a venue after ณ is no such word)."""
    from briefing.thai.gazetteer import gazetteer  # loaded by the analyzer anyway

    g = gazetteer()
    if place.startswith(_NOT_FAMILY_START) or place in g.terms or place in dictionary():
        return False
    return _title_at(text, next_chunk(text, end), g)


def with_lineage(text: str, p: PersonMention) -> PersonMention:
    """นายชาลี นพวงศ์ ณ อยุธยา, นายสุทา ประทีป ณ ถลาง: a family name granted with ณ and a place (ณ อยุธยา for
    royal descent, ณ + a province or district for the old governors' lines) is one family name, not the
    name then "at" a place. In the corpus 353 titled names run on into ณ อยุธยา, about 90 into ณ + a
    bare province or district (ณ หนองคาย, ณ สงขลา, ณ ถลาง, ณ ชุมแพ); venues after ณ (ณ ห้องประชุม,
    ณ ตึกสันติไมตรี) are never bare area names. Some such names are the whole family name
    (ศาสตราจารย์กิตติคุณศิราพร ณ ถลาง)."""
    m = _LINEAGE.match(text, p.end)
    if m is None:
        return p
    place = m.group(1)
    if place != "อยุธยา" and not any(a.level in ("province", "district") for a in areas().get(place, ())) \
            and not _lineage_before_post(text, m.end(), place):
        return p
    p.family, p.end = f"{p.family} ณ {place}" if p.family else f"ณ {place}", m.end()  # ศิราพร ณ ถลาง
    return p


def split_glued_name(name: str, g: Gazetteer) -> tuple[str, str] | None:
    """'ประวิตรวงษ์สุวรรณ' -> ('ประวิตร', 'วงษ์สุวรรณ'): a first and family name written without the
    space. Split only a known official's name, or a known first name plus a known family name whose
    join is neither a name nor a word (ดวงประเสริฐ is one first name)."""
    if name in g.first_names or name in g.family_names:
        return None
    official = g.glued_officials.get(name)
    if official:
        return official
    if name in dictionary():
        return None
    for k in range(len(name) - 4, 2, -1):
        if name[:k] in g.first_names and name[k:] in g.family_names:
            return name[:k], name[k:]
    return None


def _chunk_from(text: str, pos: int) -> Chunk | None:
    m = re.compile(r"[^\s,()\[\]“”\"'‘’:;/]+").match(text, pos)
    return Chunk(m.start(), m.end(), m.group(0)) if m else None


_GLUED_ROLE = re.compile(r"(?<=[a-z])(?:Prime|Government|Minister|Deputy|Spokes|Ambassador|Director|President|Secretary|Governor|Chairman)")
_PATRONYMIC = frozenset({"Bin", "bin", "Binti", "binti", "Al", "Bint"})
"""Mohammed Bin Nasser Bin Ali Al-Za’Abi: an Arabic name of descent runs past four words."""


def _latin_name(text: str, h_start: int, start: int) -> PersonMention | None:
    """A Latin name: up to four capitalised words, ending before a position word (Director ...)."""
    m = _LATIN_NAME.match(text, start)
    if not m:
        return None
    parts: list[str] = []
    end = start
    for w in re.finditer(r"\S+", m.group(0)):
        if w.group(0) in _LATIN_ROLE_WORDS or len(parts) == (7 if _PATRONYMIC & set(parts) else 4):
            break
        glued = _GLUED_ROLE.search(w.group(0))
        if glued is not None:  # Mr. Chai WacharonkeGovernment Spokesperson: the position glued on, no space
            parts.append(w.group(0)[:glued.start()])
            end = start + w.start() + glued.start()
            break
        parts.append(w.group(0))
        end = start + w.end()
    if not parts or all(len(set(p.upper())) == 1 for p in parts):
        return None  # แอบอ้างชื่อ ดร.XXXX XXXX: a name blanked out with one letter, no person
    if parts[-1].endswith(("’s", "'s")) and len(parts[-1]) > 4:  # Ms. Campbell’s: the possessive is no part of the name
        parts[-1] = parts[-1][:-2]
        end -= 2
    return PersonMention(h_start, end, parts[0], " ".join(parts[1:]) or None, start)


def find_latin_titled(text: str) -> list[PersonMention]:
    """Foreign names in Latin script after H.E./Mr./Ms./Dr."""
    out = []
    for m in _LATIN_TITLE.finditer(text):
        p = _latin_name(text, m.start(), m.end())
        if p:
            out.append(p)
    return out


def find_after_position(text: str, g: Gazetteer, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """'รองนายกรัฐมนตรี ภูมิธรรม เวชยชัย': a position, then a first name and a family name we know."""
    out: list[PersonMention] = []
    assert g.title_regex is not None
    matches = list(_CHUNK.finditer(text))
    for i in range(1, len(matches) - 1):
        if matches[i].group(0) not in g.first_names and matches[i + 1].group(0) not in g.family_names:
            continue  # (most pairs: Chunks are made only for the few a name list knows)
        before, c, family_c = (Chunk(m.start(), m.end(), m.group(0)) for m in matches[i - 1:i + 2])
        if text[before.end:c.start].strip(" \t") or text[c.end:family_c.start].strip(" \t"):
            continue
        if not _THAI_NAME.match(c.text) or any(a < family_c.end and c.start < b for a, b in taken):
            continue  # รองนายกรัฐมนตรี และนายสุชาติ ชมกลิ่น: the titled name inside the chunk, not 'และนาย...' a name
        if family_c.text not in g.family_names and not _looks_like_family(family_c, g):
            continue
        if family_c.text not in g.family_names and (family_c.text.endswith(".") or is_verb(c.text)):
            continue  # นายกรัฐมนตรี ชื่นชม อสม.: the PM praises village health volunteers, not a man named ชื่นชม
        if family_c.text not in g.family_names and _all_verbs(family_c.text):
            continue  # รองนายกฯ ภูมิธรรม พบหารือ JETRO: the short name in a headline, then what he did
        if family_c.text not in g.family_names and mined_people.is_first(c.text) \
                and not mined_people.pair(c.text, family_c.text):
            continue  # ปลัดฯ ณัฐพล เข้าร่วมงาน...: a given name the archive knows with other family names, then an act
        if family_c.text not in g.family_names and _official_acts(c.text, family_c.text, g):
            continue  # รมช. มนัญญา เยี่ยมชมโรงสีข้าว: the official มนัญญา ไทยเศรษฐ์ by her given name, then what she did
        if any(g.title_regex.fullmatch(before.text, k) for k in range(max(0, len(before.text) - 40), len(before.text) - 2)):
            out.append(with_lineage(text, PersonMention(c.start, family_c.end, c.text, family_c.text, c.start)))
    return out


def _official_acts(first: str, chunk: str, g: Gazetteer) -> bool:
    """Is `first` the given name of an official the glossary lists with another family name, and `chunk` (what stands
    where the family name would) one of a headline's acts and more ('รมช. มนัญญา เยี่ยมชมโรงสีข้าว', the official
    มนัญญา ไทยเศรษฐ์ by her given name, read 'Mananya Yiamchomrongsikhao')? Family names begin with verbs too
    (ทับเที่ยง, เจริญไพฑูรย์, ห่วงทรัพย์): only these acts of an official's day are read so."""
    ws = words(chunk)
    return len(ws) >= 2 and ws[0] in _OFFICIAL_ACTS \
        and any(f == first and family != chunk for f, family in g.glued_officials.values())


_OFFICIAL_ACTS = frozenset({"เยี่ยมชม", "ตรวจเยี่ยม", "ลงพื้นที่", "เปิด", "มอบ", "ประชุม", "หารือ", "เป็นประธาน", "เยือน",
                            "ติดตาม", "ต้อนรับ", "แถลง", "เผย", "ย้ำ", "สั่งการ", "เร่ง", "นำทีม", "ตรวจ", "พบปะ"})
"""What a headline says an official did, right after the given name ('มนัญญา เยี่ยมชม...', 'ณัฐพล ลงพื้นที่...')."""


def _all_verbs(chunk: str) -> bool:
    """พบหารือ (meet and discuss), ลงพื้นที่...: every word a verb, a verb phrase, not a family name."""
    ws = words(chunk)
    dic = dictionary()
    return len(ws) >= 2 and is_verb(ws[0]) and all(is_verb(w) or w in _ACTION_VERBS for w in ws[1:]) and all(w in dic for w in ws)


_ACTION_VERBS = frozenset({"หารือ", "ประชุม", "ตรวจ", "เยี่ยม", "มอบ", "ติดตาม", "เยือน", "ลงพื้นที่"})
"""Verbs of a headline's official acts that the POS lexicon tags as nouns."""


_GROUP_WORDS = ("หน่วยงาน", "คณะ", "เจ้าหน้าที่", "ผู้บริหาร", "ผู้แทน", "ประชาชน", "ทีม", "บุคลากร", "เครือข่าย",
                "ภาคี", "ข้าราชการ", "ส่วนราชการ")


def _role_cut(chunk: str, g: Gazetteer) -> int:
    """Where a position written in one chunk ends: before a verb (ให้การต้อนรับ) or before a
    'และ' that does not begin another position (และหน่วยงานในสังกัด)."""
    assert g.title_regex is not None
    pos = 0
    for word in words(chunk):
        if word in NAME_FOLLOWERS and word != "และ" and pos > 0:
            return pos
        if word == "และ" and pos > 0 and chunk.startswith(_GROUP_WORDS, pos + len(word)):
            return pos
        pos += len(word)
    return len(chunk)


def attach_role(text: str, p: PersonMention, g: Gazetteer, org_at) -> None:
    """The position given right after the name (chunks that start with a title, and their agency)."""
    assert g.title_regex is not None
    parts: list[Chunk] = []
    end = p.end
    c = next_chunk(text, end)
    while c is not None and len(parts) < 6:
        s = c.text
        body = s.removeprefix("และ")
        tm = g.title_regex.match(body)
        if tm and tm.group(0) and len(tm.group(0)) >= 3:
            parts.append(c)
        elif s == "และ" and parts:
            nxt = next_chunk(text, c.end)
            if nxt and (g.title_regex.match(nxt.text) or [""])[0]:
                parts.append(c)
            else:
                break
        elif parts and org_at(text, c.start) is not None:
            parts.append(c)
        else:
            break
        end = c.end
        c = next_chunk(text, end)
    if parts:
        last = parts[-1]
        cut = _role_cut(last.text, g)
        if cut == 0 and len(parts) > 1:
            parts.pop()
            last = parts[-1]
            cut = len(last.text)
        if cut > 0:
            p.role = text[parts[0].start:last.start + cut]
            p.role_end = last.start + cut
            return
    before = prev_chunk(text, p.start)
    if before is not None:
        tm = g.title_regex.match(before.text)
        if tm and tm.group(0) == before.text:
            p.role = before.text


_ROYAL_WORDS = ("รัชกาล", "เฉลิมพระ", "พระชนม", "ทรง", "พระราช", "พระบรม")
"""Royal vocabulary that follows a royal title; a given name never starts with it."""

_NOUN_TITLES = frozenset({"เภสัชกร", "ทันตแพทย์", "นายแพทย์", "แพทย์หญิง", "คุณ", "ศาสตราจารย์", "พยาบาล", "นักเรียน",
                          "เด็กชาย", "เด็กหญิง", "ทนายความ", "สัตวแพทย์", "วิศวกร", "สถาปนิก", "พลทหาร"})
"""Titles that are also the names of professions; a name must be known to follow them."""

_ARTIST_NOUNS = ("ศิลปิน", "นักร้อง", "นักแสดง", "ดารา", "วงดนตรี", "ดีเจ", "DJ", "วิทยากร", "นักดนตรี")
"""The nouns a list of artists follows; also the cheap test before _ARTIST_LIST's scan (one tuple for both)."""
_ARTIST_LIST = re.compile(
    r"(?P<noun>" + "|".join(r"(?<![A-Za-z])DJ(?![A-Za-z])" if n == "DJ" else n for n in _ARTIST_NOUNS) + ")"
    r"(?P<gap>[^\n]{0,80}?)(?:ได้แก่|อาทิ|อาทิเช่น|เช่น|นำโดย)[ \t]*"
)
_LIST_ITEM = re.compile(r"([^,\n]{2,40}?)[ \t]*(?:,|และ|เเละ|หรือ|$|\n)")
# Nouns for one person each: a Latin item listed after them is a person. ศิลปิน, วงดนตรี and ดารา
# lists mix bands with solo acts, so their Latin items are people only when the text counts them
# in persons (ศิลปินต่างชาติ จำนวน 20 คน ได้แก่ ...).
_INDIVIDUAL_NOUNS = frozenset(["นักร้อง", "นักแสดง", "ดีเจ", "DJ", "วิทยากร", "นักดนตรี"])
_COUNTED_IN_PERSONS = re.compile(r"\d[\d,]*[ \t]*(?:คน|ท่าน|ราย)")
_OTHER_COUNT = re.compile(r"\d")
_LATIN_WORD = r"[A-Z][A-Za-z\u00c0-\u024f'’\-]*"
_LATIN_ITEM = re.compile(rf"{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,3}}")


def _latin_items_are_people(noun: str, gap: str) -> bool:
    """Does the phrase before ได้แก่/อาทิ name individuals, so that Latin items are people?

    A count of something else in between (วิทยากร ... บน 3 เวทีหลัก ได้แก่ Main Stage) means the
    list is of those things.
    """
    if _COUNTED_IN_PERSONS.search(gap):
        return True
    return noun in _INDIVIDUAL_NOUNS and not _OTHER_COUNT.search(gap)


def _stage_first_name(first: str) -> bool:
    """Stage first names are short (ลำยอง, เจมส์); a phrase that runs on past the list's end is not
    (โซนจำหน่ายอาหาร ผลิตภัณฑ์..., details/95431)."""
    return first not in NAME_STOPS and len(first) <= 10 and len(words(first)) <= 2


def _listed_person(name: str, start: int, noun: str, latin_ok: bool) -> PersonMention | None:
    """One list item as a person: Thai "first family", or a capitalised Latin name when allowed.

    A Latin item repeating the list's own noun ("DJ ... อาทิ DJ Leonie") is the name after it.
    """
    if music_groups.is_known(name):
        return None  # a listed band (Slot Machine, ซิลลี่ ฟูลส์): an organisation, see briefing.thai.music_groups
    parts = name.split()
    if len(parts) == 2 and all(_THAI_NAME.match(p) for p in parts) and _stage_first_name(parts[0]):
        return PersonMention(start, start + len(name), parts[0], parts[1], start)
    if not latin_ok:
        return None
    if parts and parts[0] == noun and len(parts) > 1:
        cut = name.index(parts[1], len(noun))
        name, start, parts = name[cut:], start + cut, parts[1:]
    if _LATIN_ITEM.fullmatch(name) and not any(p in _LATIN_ROLE_WORDS for p in parts):
        return PersonMention(start, start + len(name), parts[0], " ".join(parts[1:]) or None, start)
    return None


_NICK_DASH = re.compile(r"[\u0e01-\u0e4e]{1,10}[ \t]*[-–][ \t]*")


def _family_word(w: str, g: Gazetteer) -> bool:
    """Could `w` be a family name in a line-up (แมคอินไตย์, ภูภัทรธรา), not a phrase that runs on (มาร่วมให้
    ความบันเทิง, จากรายการเพลงเอก, ลูกทุ่งชื่อดัง) or a post (ผู้ทรงคุณวุฒิ)?"""
    if w in g.family_names:
        return True
    ws = words(w)
    return bool(ws) and w not in dictionary() and len(w) <= 14 and not _name_part_refused(w, ws, g, verbs=False)


def _name_part_refused(w: str, ws: tuple[str, ...] | list[str], g: Gazetteer, verbs: bool = True) -> bool:
    assert g.title_regex is not None
    tm = g.title_regex.match(w)
    return (w.startswith(("น้อง", "ศิลปิน", "นัก", "ผู้")) or bool(tm and len(tm.group(0)) >= 3)
            or ws[0] in NAME_STOPS or ws[0] in NAME_FOLLOWERS or (verbs and is_verb(ws[0])))


def _nickname_dropped(item: str, start: int, g: Gazetteer) -> tuple[str, int]:
    """เบิร์ด ธงไชย แมคอินไตย์, มอส - กฤติเดช ภูภัทรธรา: a performer billed by nickname, then first and family
    name; the person is listed under the full name, so the nickname is left out of the item (the whole
    item when it is no such three-part name)."""
    dash = _NICK_DASH.match(item)
    if dash:
        rest = item[dash.end():].split()
        if len(rest) == 2 and all(_THAI_NAME.match(p) for p in rest) and _family_word(rest[1], g) and (
                rest[0] in g.first_names or (words(rest[0]) and not _name_part_refused(rest[0], words(rest[0]), g))):
            return item[dash.end():], start + dash.end()
        return item, start
    parts = item.split()
    if len(parts) != 3 or not all(_THAI_NAME.match(p) for p in parts) or len(parts[0]) > 8 or not _family_word(parts[2], g):
        return item, start
    if parts[0].startswith((*_NOT_FAMILY_START, "สตูดิโอ", "ค่าย", "วง", "ทีม")):
        return item, start  # สตูดิโอ วาบิ ซาบิ: a studio named in a list of casts, not a nickname
    if parts[1] not in g.first_names and (not words(parts[1]) or _name_part_refused(parts[1], words(parts[1]), g)):
        return item, start
    cut = item.index(parts[1], len(parts[0]))
    return item[cut:], start + cut


_RUN_ON_ITEM = re.compile(r"([\u0e01-\u0e4e]{2,20}[ \t][\u0e01-\u0e4e]{2,20})[ \t]+(?=รวมทั้ง|รวมถึง|พร้อมด้วย|มาร่วม|ร่วม|ซึ่ง|โดย|เพื่อ)")


def _long_listed_name(item: str, start: int, g: Gazetteer) -> PersonMention | None:
    """เลโอนาร์โด ซุนโด: a listed first name longer than a stage name (a foreign name in Thai script) is a
    person when it is no word and the family name passes the line-up's family test."""
    parts = item.split()
    if len(parts) != 2 or not all(_THAI_NAME.match(p) for p in parts) or len(parts[0]) > 14:
        return None
    ws = words(parts[0])
    if parts[0] in dictionary() or not ws or _name_part_refused(parts[0], ws, g) or not _family_word(parts[1], g):
        return None
    h = _honorific_rx(g).match(parts[0])
    if music_groups.is_known(item) or (h and h.group(0)):
        return None  # นายทรงศักดิ์ ..., คุณรัดเกล้า ...: the titled finder reads these
    return PersonMention(start, start + len(item), parts[0], parts[1], start)


def find_listed(text: str, g: Gazetteer) -> list[PersonMention]:
    """Names listed after a person noun and ได้แก่/อาทิ/เช่น (ศิลปิน ... ได้แก่, DJ ... อาทิ).

    Thai two-word items ("ลำยอง หนองหินห่าว") are people in any such list; Latin items only where the
    noun stands for individuals (see `_latin_items_are_people`).
    """
    out: list[PersonMention] = []
    for m in finditer_if(_ARTIST_LIST, text, *_ARTIST_NOUNS):
        latin_ok = _latin_items_are_people(m.group("noun"), m.group("gap"))
        pos = m.end()
        for _ in range(40):
            item = _LIST_ITEM.match(text, pos)
            if not item:
                last = _RUN_ON_ITEM.match(text, pos)
                if last:  # ... และ ทาฆิ อ่องลออ รวมทั้งดารานักแสดง...: the last item, then the sentence goes on
                    last_person = _listed_person(last.group(1), pos, m.group("noun"), False)
                    if last_person:
                        out.append(last_person)
                break
            raw = item.group(1)
            name = raw.strip()
            start = item.start(1) + (len(raw) - len(raw.lstrip()))
            core = name.removesuffix("เป็นต้น").removesuffix("ฯลฯ").rstrip()  # "Barbiemozz เป็นต้น"
            full, full_start = _nickname_dropped(core, start, g)
            if full_start != start:
                first, family = full.split()
                person: PersonMention | None = PersonMention(full_start, full_start + len(full), first, family, full_start)
            else:
                person = _listed_person(core, start, m.group("noun"), latin_ok) or _long_listed_name(core, start, g)
            if person:
                out.append(person)
            if name.endswith(("เป็นต้น", "ฯลฯ")) or item.group(0).endswith("\n") or len(name) > 35:
                break
            pos = item.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
    return out


_PERFORMER_NOUNS = ("ศิลปิน", "นักร้อง", "นักดนตรี", "นักแสดง", "ดารา")
"""The nouns a list of performers follows; also the cheap test before _PERFORMER_LIST's scan."""
_PERFORMER_LIST = re.compile("(?:" + "|".join(_PERFORMER_NOUNS) + r")[^\n]{0,60}?(?:ได้แก่|อาทิเช่น|อาทิ|เช่น)[ \t]*")
_PERFORMER_END = re.compile(r"\n|เป็นต้น|ฯลฯ|[ \t](?:โดย|ซึ่ง|ทั้งนี้|นอกจากนี้)")
_PERFORMER_ITEM = re.compile(r"[^,/\n]+")
_PERFORMER_NAME = re.compile(r"([A-Z][a-z]{1,}) ([A-Z][a-z]{2,})")
_NOT_GIVEN = frozenset({"The", "Band", "Club", "Group", "Project", "Orchestra", "Big", "Good", "New", "Young"})


def find_performers(text: str) -> list[PersonMention]:
    """Jeff Satur in 'การแสดงของศิลปิน ... ได้แก่ X, Jeff Satur, Y เป็นต้น': in a list of performers
    separated by commas or slashes, an item of two capitalised Latin words is a performer's name.
    Band names are the risk, so an item is left out when it is one word (Polycat), when its second
    word ends in -s (Tilly Birds, Paper Planes: a plural noun), when it starts with The or a band
    word, or when วง (band) stands before it."""
    out: list[PersonMention] = []
    for start, body in _performer_items(text):
        name = _PERFORMER_NAME.fullmatch(body)
        if name is None or name.group(2).endswith("s") or name.group(1) in _NOT_GIVEN or music_groups.is_known(body):
            continue
        if text.endswith("วง", 0, start) or text.endswith("วง ", 0, start):
            continue
        out.append(PersonMention(start, start + len(body), name.group(1), name.group(2), start))
    return out


def _performer_items(text: str) -> Iterator[tuple[int, str]]:
    """Each item of a list of performers ('ศิลปิน ... ได้แก่ A, B และ C'): where it starts, and its text
    without spaces around it or a leading และ."""
    for m in finditer_if(_PERFORMER_LIST, text, *_PERFORMER_NOUNS):
        stop = _PERFORMER_END.search(text, m.end(), m.end() + 500)
        end = stop.start() if stop else min(len(text), m.end() + 500)
        for item in _PERFORMER_ITEM.finditer(text, m.end(), end):
            raw = item.group(0)
            body = raw.strip()
            if body.startswith("และ"):
                body = body[3:].strip()
            yield item.start() + raw.index(body), body


_BAND_AFTER_WORD = re.compile(r"วง[ \t]?([A-Z][\w'&.-]*(?:[ \t][A-Z0-9][\w'&.-]*){0,5})")
_BAND_NAMED = re.compile(r"(?<![\w])([A-Z][\w'&.-]*(?:[ \t][A-Z][\w'&.-]*){0,4}[ \t](?:Band|Orchestra|Ensemble|Choir))(?![\w])")
_BAND_PLURAL = re.compile(r"(?!The )[A-Z][a-z]+ [A-Z][a-z]{2,}s")


def find_bands(text: str) -> list[tuple[int, int]]:
    """Bands in the same performer lists find_performers reads (an organisation, not a person): a Latin
    name after วง (band: วง Season Five, นักร้องนำวง Mean), a name ending in Band/Orchestra
    (Nimman Street Orchestra), or two capitalised words ending in a plural -s (Tilly Birds). Read on
    the corpus's performer lists: after วง 7 of 7 bands, Band/Orchestra 2 of 2, plural 2 of 2; a
    single Latin word is a band 11 times in 15 (Purpeech, Lazyloxy are singers) and 'The ...' once
    in one (The Toys is a singer), so neither is taken."""
    out: list[tuple[int, int]] = []
    for offset, body in _performer_items(text):
        band = _BAND_AFTER_WORD.search(body) or _BAND_NAMED.search(body)
        if band is not None:  # a run of listed groups (วง Blackpink BTS NCT) is each of them
            out += music_groups.split_known(text, offset + band.start(1), offset + band.end(1))
        elif _BAND_PLURAL.fullmatch(body):
            out.append((offset, offset + len(body)))
    return out


_LATIN_LETTERS = re.compile(r"[^a-z]")


def latin_twin(latin: str, romanised: dict[str, str]) -> str | None:
    """The Thai name (a key of `romanised`, Thai name -> its English) that a Latin-script name spells.

    A bilingual release names a man twice, นายบัณฑิต สะเพียรชัย in the Thai part and Mr. Bundit
    Sapianchai in the English (the romanisation gives "Bandit Saphianchai"): one person, listed in Thai.
    First and last parts must each read alike (SequenceMatcher >= 0.75) and only one Thai name may match."""
    parts = [_LATIN_LETTERS.sub("", w.lower()) for w in latin.split()]
    parts = [w for w in parts if w]
    if len(parts) < 2:
        return None
    found = []
    for thai, english in romanised.items():
        eng = [_LATIN_LETTERS.sub("", w.lower()) for w in english.split()]
        eng = [w for w in eng if w]
        if len(eng) < 2:
            continue
        if min(difflib.SequenceMatcher(None, parts[0], eng[0]).ratio(),
               difflib.SequenceMatcher(None, parts[-1], eng[-1]).ratio()) >= 0.75:
            found.append(thai)
    return found[0] if len(found) == 1 else None
