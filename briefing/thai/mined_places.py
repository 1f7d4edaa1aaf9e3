"""Place names mined from the release archive, read where a release names them bare.

A release writes เขตบางซื่อ, สถานีเตาปูน, ถนนสามเสน, มณฑลเจ้อเจียง most of the time, then the bare name once
(ลงพื้นที่บางซื่อ, ย่าน... เตาปูน - ราษฎร์บูรณะ); the head rules of places.py see only the first. bench/mine_places.py
lists the names the archive writes after a strong place head in several releases and that are no common word
(data/mined_places.tsv, with the thresholds in its header); this module finds them bare.

A bare name is taken only where it starts a word: after a space, a bracket or the line start, or glued to a word that
leads to a place (ที่, ใน, ณ, จาก, ไป, สู่, ถึง, และ, กับ, พื้นที่, บริเวณ ...), and where it ends one. Glued to any
other word (สภ.ปากเกร็ด, โรงเรียนบ้านแฮด, นายอำเภอ...) it is left to the rules for what it is inside.
"""

from __future__ import annotations

import functools
import re

from briefing.thai.scan import is_thai, on_boundary
from briefing.thai.wordlists import tsv_rows

_LEADS = ("ที่", "ใน", "จาก", "ไป", "สู่", "ถึง", "และ", "กับ", "ริม", "ตาม", "พื้นที่", "บริเวณ", "ไปยัง",
          "มายัง", "ย่าน", "แถว", "ทั้ง", "หรือ", "รวมถึง", "ได้แก่")
"""Words a place name is glued after in Thai (ลงพื้นที่บางซื่อ, เดินทางไปเตาปูน)."""

_BARE_RELEASES = 3


@functools.cache
def _table() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """First two letters -> ((name, kind, read bare), ...), longest name first: a lookup per position costs one dict
    get. A name seen after its head in 2 releases is read only with a head glued before it, from 3 bare too."""
    by_start: dict[str, list[tuple[str, str, bool]]] = {}
    for name, kind, releases, *_ in (*tsv_rows("mined_places.tsv"), *tsv_rows("place_short_forms.tsv")):
        by_start.setdefault(name[:2], []).append((name, kind, int(releases) >= _BARE_RELEASES))
    return {k: tuple(sorted(v, key=lambda nk: -len(nk[0]))) for k, v in by_start.items()}


_GLUED_HEADS = ("แม่น้ำ", "จังหวัด", "อำเภอ", "น้ำตก", "สถานี", "มณฑล", "ตำบล", "เมือง", "สะพาน", "แขวง", "คลอง", "ตลาด",
                "นคร", "ย่าน", "ด่าน", "เกาะ", "ถนน", "เขต", "ดอย", "บึง", "อ่าว", "ถ้ำ", "หาด", "แยก")
"""The heads the names were mined after: glued before a mined name they are read with it (ในเมืองกลาสโกว์,
ด่านโหย่วอี้กวน), where the head rules of places.py leave the pair."""

_HEAD_LEADS = (*_LEADS, "บน", "ฝั่ง", "ระหว่าง", "เยือน", "ประจำ", "เที่ยว", "ใกล้", "แถบ")


def _head_starts_word(text: str, at: int) -> bool:
    """Does the head at `at` start a word: after a non-Thai character or glued to a lead (ในเมือง, บนเกาะ)?"""
    return at == 0 or not is_thai(text[at - 1]) or text.endswith(_HEAD_LEADS, max(0, at - 7), at)


_OPEN_QUOTES = "‘“\"'"
_CLOSE_QUOTES = "’”\"'"
"""Quotes around a name written alone (ย้ำ “โคราช” เหมาะสมเป็นศูนย์กลาง..., details/85289; เตรียมหนุน “สุพรรณ”
เป็นเมืองสร้างสรรค์, details/69171)."""

_LIST_WORDS = ("ได้แก่", "และ", "คือ", "ประกอบด้วย", "ทั้ง", "หรือ", "รวมถึง", "กับ", "ถึง", "จาก", "ที่", "ณ")
_SEPARATORS = ",/、"


def _starts_word(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a word of its own that reads as a place where it stands? At a line start, glued
    to a lead word (ลงพื้นที่บางซื่อ), after a comma or slash, or after a space when a list word or another place comes
    before (ได้แก่ จะนะ เทพา). After a space behind any other word it is most often the branch or seat of a name
    (โรงพยาบาลสมเด็จฯ นาทวี, โลตัส บางแค กรุงเทพฯ, ไบเทค บางนา, พิพิธภัณฑสถานแห่งชาติ พระนคร), after a full stop an
    abbreviation's name (รพ.จะนะ), after a bracket an alias, after a dash one end of a name (ฝายยโสธร-พนมไพร,
    อิรวดี-เจ้าพระยา-แม่โขง); ณ is no lead either (โรงพยาบาลมหาวชิราลงกรณธัญบุรี). 11 of 25 new hits on 520 random
    releases were places before these limits."""
    if start == 0:
        return True
    before = text[start - 1]
    if is_thai(before):
        return text.endswith(_LEADS, max(0, start - 6), start)
    if before in _SEPARATORS:
        return True
    if before in _OPEN_QUOTES:  # “โคราช” เหมาะสม...: the quotes hold the name alone
        return end < len(text) and text[end] in _CLOSE_QUOTES
    if before not in " \t\n":
        return False
    k = start - 1
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    if k == 0 or text[k - 1] in _SEPARATORS:
        return True
    j = k
    while j > 0 and is_thai(text[j - 1]):
        j -= 1
    prev = text[j:k].rstrip("ฯ")
    return prev.endswith(_LIST_WORDS) or _ends_with_place(prev)


@functools.cache
def _known_names() -> frozenset[str]:
    from briefing.thai import admin

    provinces = {n for n, areas in admin.areas().items() if any(a.level == "province" for a in areas)}
    return frozenset(provinces | {name for names in _table().values() for name, _, bare in names if bare} | {"กรุงเทพ"})


def _ends_with_place(word: str) -> bool:
    """Does the word before end with a province or a mined name (ชลบุรี ดินแดง, จะนะ เทพา, กรุงเทพฯ)?"""
    known = _known_names()
    return any(word[-k:] in known for k in range(3, min(len(word), 30) + 1))


_FOLLOWERS = ("และ", "เพื่อ", "โดย", "ซึ่ง", "ที่", "ใน", "ของ", "ได้", "จะ", "มี", "เป็น", "ให้", "ตาม", "กับ", "ไป", "มา",
              "แล้ว", "ด้วย", "นั้น", "นี้", "จังหวัด", "อำเภอ", "เขต", "แขวง", "ตำบล", "กรุงเทพ", "หรือ", "จน", "ถึง", "สู่")
"""Words a place name is glued before (บางซื่อเพื่อ..., พระยืนจังหวัดขอนแก่น)."""


def _place_or_word_follows(text: str, end: int) -> bool:
    """Glued on the right, is the name followed by a function word, a head or another place (ลาดพร้าวสะพานสูง), not
    by the rest of a word (สะเก็ด|ระเบิด, shrapnel; ปากน้ำปราณ|บุรี)?"""
    if text.startswith(_FOLLOWERS, end):
        return True
    known = _known_names()
    return any(text[end:end + k] in known for k in range(3, 26))


def _province_named(text: str, name: str) -> bool:
    """Does the release name the province of the district or subdistrict `name` (จะนะ with สงขลา, บางซื่อ with กรุงเทพ)?
    A name the register gives to several places is read with any of their provinces."""
    from briefing.thai import admin, places

    codes = frozenset(a.province for a in admin.areas().get(name, ()))
    return bool(codes) and places._province_named(text, codes)


def find(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, English or None) of every mined place name standing bare in `text`."""
    from briefing.thai import admin

    table = _table()
    out: list[tuple[int, int, str | None]] = []
    n = len(text)
    last = 0
    non_thai, words = _candidates()
    for pos in sorted({0, *map(re.Match.end, non_thai.finditer(text)), *map(re.Match.end, words.finditer(text))}):
        names = table.get(text[pos:pos + 2])
        if names is None or pos < last:
            continue
        longest = _name_regex(text[pos:pos + 2]).match(text, pos)  # one C call, not a startswith per name
        if longest is None:
            continue
        for name, kind, bare in names[_name_index(longest.group(0))]:
            end = pos + len(name)
            if not text.startswith(name, pos):
                continue
            head = next((h for h in _GLUED_HEADS if text.endswith(h, max(0, pos - len(h)), pos)), None)
            if head is not None and not _head_starts_word(text, pos - len(head)):
                head = None  # รพ.สต.บ้านเกาะเสม็ด, นายกเทศมนตรีเมือง...: the pair is inside another name
            if head is None and (not bare or not _starts_word(text, pos, end)):
                continue
            if head is None and kind in ("district", "subdistrict") and not _province_named(text, name):
                continue  # สะเดา, มะขาม, สารภี in a list of trees: a district's name with no province of it in sight
            if end < n and is_thai(text[end]) and not (_place_or_word_follows(text, end) and on_boundary(text, pos, end, check_left=False)):
                continue
            english = _short_forms().get(name)  # สุราษฎร์: 'Surat Thani'
            if kind == "district":
                english = admin.english_at(name, "district", text, pos)
            elif kind == "subdistrict":
                english = admin.english_at(name, "subdistrict", text, pos)
            out.append((pos - len(head) if head else pos, end, None if head else english))
            last = end
            break
    return out


@functools.cache
def _short_forms() -> dict[str, str]:
    """data/place_short_forms.tsv: a province's short form -> the province's English name."""
    return {row[0]: row[5] for row in tsv_rows("place_short_forms.tsv") if len(row) > 5}


@functools.cache
def _name_regex(start: str) -> re.Pattern[str]:
    """The names that begin with `start`, longest first: a match is the longest name at a position."""
    return re.compile("|".join(re.escape(name) for name, _, _ in _table()[start]))


@functools.cache
def _name_index(name: str) -> slice:
    """The names from `name` on, in its start's longest-first order (a shorter one is tried when a longer fails)."""
    names = _table()[name[:2]]
    return slice(next(i for i, (n, _, _) in enumerate(names) if n == name), None)


@functools.cache
def _candidates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a name can start: after a non-Thai character, or after a lead word or a head (the only places `find`
    reads one), so the table is looked up at a few positions per line, not at every letter. The words are grouped by
    their first letter, which the regex engine checks once per position (two scans: 0.17 ms on a 5 KB release, one
    alternation with a lookahead for the names' first letters took 0.36)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted({*_LEADS, *_GLUED_HEADS}, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    words = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items())
    # When every name starts with a Thai letter (the mined list's do), only the end of a run of other characters
    # can start one: a match a run, not one a character (a release has a thousand spaces, digits and Latin letters).
    thai_starts = all("\u0e01" <= start[:1] <= "\u0e4e" for start in _table())
    return re.compile("[^\u0e01-\u0e4e]+" if thai_starts else "[^\u0e01-\u0e4e]"), re.compile(words)
