"""Right edges of organisation and place spans (issue 11, boundaries): an end INSIDE a word, a hospital run on.

A recogniser can stop a name between two letters that belong to one word: a shorter title of a list or of the wiki
matched first (วัดโพธิ์|ชัย, สถานีบ้านนา|รีสวัสดิ์), a cut before a vowel or tone mark (อ่างเก็บน้ำคลองแห|้ง), or a
head word glued to a common word that merely begins like a name (ตลาด|น้อยลง 'the market shrinks', วัด|บางส่วน
'some temples', ตำบล|เพื่อ...). Read on 2,000 fresh archive releases (session 9): 25 of 47,234 organisation and place
spans ended between two letters newmm keeps in one word; 13 of them were wrong (a name cut short or no name at all),
the other 12 were newmm gluing the next word to the name's last (ข้าว|จะ, ตะวันตก|ใน), which the stop-word guard
below keeps as they are.

The fix is per word: when the word the end falls in is a stop word, a verb of action or state or a quantified word
(บางส่วน, น้อยลง), the span ends where that word begins (and is dropped when only its head word is left); otherwise
the word finishes the name and the span takes it whole, with any name words glued after it. Cost: only spans whose
end is glued to a Thai letter that starts no stop word are tokenised, on a window of a few letters each side (about
0.7 a release).

hospital_run_on: a hospital head with at most KIND words (สนาม, ชายแดน) and then the sentence names no one hospital
(โรงพยาบาลสนาม|รองรับผู้ป่วยโควิด); such spans are dropped.
"""

from __future__ import annotations

from briefing.thai.scan import NAME_FOLLOWERS, NAME_STOPS, dictionary, is_thai, pos_tags, words
from briefing.thai.wordlists import word_set, word_tuple

_MARKS = frozenset("ะาำๅัิีึืฺุู็่้๊๋์ํ๎")
"""Vowels and marks that never begin a syllable: an end before one is always inside a word."""
_KEEP_BEFORE = tuple(sorted(
    NAME_STOPS | NAME_FOLLOWERS
    | {"อ.", "จ.", "ต.", "ฯ", "การ", "ความ", "ประจำ", "ด้าน", "จังหวัด", "อำเภอ", "ตำบล", "สู่", "ภายใน", "จำนวน", "กำลัง"},
    key=len, reverse=True))
"""A right side that starts with one of these is newmm gluing the next word to the name (กรมการข้าว|จะ): kept."""
_QUANTIFIERS = word_tuple("org_words.toml", "span_words.quantifiers")
_COUNTED = word_set("org_words.toml", "span_words.counted")
"""A quantifier and one of these (วัด|บางส่วน, ตลาด|น้อยลง) counts or compares: not a name's end. A quantifier and
a name word is a name (วัดบางโฉลงใน)."""
_ACTION_TAGS = ("VACT", "VSTA")
"""Verbs of action and state (รองรับ, เพิ่ม); attributive ones (แห้ง, ใหม่, น้อย) end many names (คลองแห้ง)."""
_WINDOW = 14


def word_end(text: str, start: int, end: int) -> int:
    """The end text[start:end] should have when `end` falls inside a word: the end of that word when the word
    finishes the name, the start of it when it is a common word (or `start`, dropping the span, when only the
    head word is left). `end` unchanged when it is on a word boundary."""
    if end <= start or end >= len(text) or not is_thai(text[end]) or not is_thai(text[end - 1]):
        return end
    if text[end] not in _MARKS and text.startswith(_KEEP_BEFORE, end):
        return end
    a = max(start, end - _WINDOW)
    b = end
    while b < len(text) and is_thai(text[b]) and b < end + _WINDOW:
        b += 1
    pos = a
    found = words(text[a:b])
    for k, word in enumerate(found):
        i = text.find(word, pos)
        if i < 0 or i >= end:
            return end
        pos = i + len(word)
        if pos == end:
            return end
        if pos > end:
            if word in ("การ", "ความ"):
                return end  # กฤษฎีกา|รตรวจ: a typo glued การ across the name's last letters
            return _settle(text, start, i, found[k:])
    return end


def _common(word: str) -> bool:
    return word in NAME_STOPS or pos_tags().get(word, "") in _ACTION_TAGS or (
        word.startswith(_QUANTIFIERS) and (word[3:] in _COUNTED or word[4:] in _COUNTED))


def _settle(text: str, start: int, word_start: int, rest: tuple[str, ...]) -> int:
    """The new end, given the word the old end falls in (rest[0], at word_start) and the words after it."""
    if word_start > start and _common(rest[0]):
        if text[start:word_start] in dictionary():
            return start  # ตลาด|น้อยลง: a head word alone names nothing
        return word_start  # มหาวิทยาลัยไต้หวัน|บางแห่ง
    stop = word_start + len(rest[0])
    for word in rest[1:]:  # สถานีบ้านนา|รีสวัสดิ์: newmm reads นารี, the name runs on to the space
        if text.find(word, stop) != stop or _common(word) or word.startswith(_KEEP_BEFORE):
            break
        stop += len(word)
    return stop


_HOSPITAL_HEADS = ("โรงพยาบาล", "รพ.")
_HOSPITAL_KINDS = word_set("org_words.toml", "bounds.hospital_kinds")
_HOSPITAL_CLAUSE = word_set("org_words.toml", "bounds.hospital_clause_words")


def hospital_run_on(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a hospital head, kind words at most, and then the sentence (โรงพยาบาลสนาม|รองรับผู้ป่วย,
    โรงพยาบาล|เพื่อประเมินสภาพจิตใจ)? Such a span names no one hospital. Read on 2,000 fresh releases (session 9):
    14 spans, all run-ons; a named hospital (โรงพยาบาลพระนั่งเกล้า, โรงพยาบาลสนามธรรมศาสตร์) has a name word
    before any verb and is left alone, and a verb right after the head begins a kind's name (โรงพยาบาลส่งเสริม
    สุขภาพตำบล, โรงพยาบาลรักษาสัตว์): only a clause word ends the span there."""
    head = next((h for h in _HOSPITAL_HEADS if text.startswith(h, start)), "")
    if not head or end - start <= len(head) + 1:
        return False
    rest = text[start + len(head):end].lstrip(" ")
    tags = pos_tags()
    for i, word in enumerate(words(rest)):
        if word in _HOSPITAL_KINDS:
            continue
        return word in _HOSPITAL_CLAUSE or bool(i and tags.get(word, "") in _ACTION_TAGS)
    return False


def admin_run_on_end(text: str, start: int, end: int) -> int:
    """The end of an area span (อำเภอ..., ต....) that ran on past its registered name into the sentence: the
    name's end when a verb of action or state follows it (อำเภอกระนวน|มุ่งมั่น, อำเภอสามร้อยยอด|นิยมปลูก), `start`
    (no place) when the name ends before a vowel or tone mark (อำเภอเพ|ื่อให้...: the word เพื่อ). Read on 2,000
    fresh releases (session 9): 6 such spans, all wrong; a longer name the register lacks (ตำบลบ้านคลองเหมืองใหม่,
    อ.เวียงปาเป้า) goes on with a name word and is kept."""
    from briefing.thai import admin

    level, name = admin.split_prefix(text[start:end])
    if level is None or not name or name in admin.areas():
        return end
    at = end - len(name)
    stop, area = admin.longest_name(text, at, ("province", "district", "subdistrict"))
    if area is not None and stop < end and text[stop] in _MARKS:
        return start  # อำเภอเพ|ื่อ: a subdistrict's name read inside a word, after another level's prefix
    stop, area = admin.longest_name(text, at, (level,))
    if area is None or stop >= end:
        return end
    return stop if pos_tags().get(words(text[stop:end])[0], "") in _ACTION_TAGS else end


def registered_district(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a district written with its prefix and named whole as the register has it (อำเภอสามร้อยยอด)?
    The register holds every district, so such a span takes no more of a word newmm runs across its end
    (อำเภอสามร้อยยอด|นิยมปลูก: ยอดนิยม is one word). Subdistricts are left out: their register misses longer names."""
    from briefing.thai import admin

    level, name = admin.split_prefix(text[start:end])
    return level == "district" and any(a.level == "district" for a in admin.areas().get(name, ()))


_COUNT_WORD = "จำนวน"


def counted_tail_end(text: str, start: int, end: int) -> int:
    """A span that ENDS with จำนวน ('the number of') ran on into a count (ทัณฑสถาน|จำนวน 2 แห่ง, สภาองค์การลูกจ้าง|
    จำนวน 7 สภา): it ends before the word, or is dropped (`start`) when two common words at most are left (a kind, no name). Inside a name the
    word is followed by what is counted (...มาตรการลดจำนวนเรือประมง...) and is left alone."""
    if end - start <= len(_COUNT_WORD) or not text.endswith(_COUNT_WORD, start, end):
        return end
    cut = end - len(_COUNT_WORD)
    left = words(text[start:cut])
    return start if len(left) <= 2 and all(w in dictionary() for w in left) else cut  # สถานี|รถไฟฟ้า: a kind
