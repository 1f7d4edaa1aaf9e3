"""Organisation and place spans whose end falls INSIDE a word: the last check on a span's right edge.

A recogniser can stop a name between two letters that belong to one word: a shorter title of a list or of the wiki
matched first (วัดโพธิ์|ชัย, สถานีบ้านนา|รีสวัสดิ์), a cut before a vowel or tone mark (อ่างเก็บน้ำคลองแห|้ง), or a
head word glued to a common word that merely begins like a name (ตลาด|น้อยลง 'the market shrinks', วัด|บางส่วน
'some temples', ตำบล|เพื่อ...). Read on 2,000 fresh archive releases (session 9): 25 of 47,234 organisation and place
spans ended between two letters newmm keeps in one word; 13 of them were wrong (a name cut short or no name at all),
the other 12 were newmm gluing the next word to the name's last (ข้าว|จะ, ตะวันตก|ใน), which the stop-word guard
below keeps as they are.

The fix is per word: when the word the end falls in is a common function word, verb or quantifier, the span ends
where that word begins (and is dropped when only its head word is left); otherwise the word finishes the name and
the span takes it whole. Cost: only spans whose end is glued to a Thai letter that starts no stop word are
tokenised, on a window of a few letters each side (about 0.7 a release).
"""

from __future__ import annotations

from briefing.thai.scan import NAME_FOLLOWERS, NAME_STOPS, dictionary, is_thai, is_verb, words

_MARKS = frozenset("ะาำๅัิีึืฺุู็่้๊๋์ํ๎")
"""Vowels and marks that never begin a syllable: an end before one is always inside a word."""
_KEEP_BEFORE = tuple(sorted(
    NAME_STOPS | NAME_FOLLOWERS
    | {"อ.", "จ.", "ต.", "ฯ", "การ", "ความ", "ประจำ", "ด้าน", "จังหวัด", "อำเภอ", "ตำบล", "สู่", "ภายใน", "จำนวน", "กำลัง"},
    key=len, reverse=True))
"""A right side that starts with one of these is newmm gluing the next word to the name (กรมการข้าว|จะ): kept."""
_QUANTIFIERS = ("บาง", "หลาย", "ทุก", "น้อย", "มาก", "ต่าง")
"""A word starting so after the name's letters counts or compares (วัด|บางส่วน, ตลาด|น้อยลง): not a name's end."""
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
            return _settle(text, start, i, found[k:], text[end] in _MARKS)
    return end


def _common(word: str) -> bool:
    return word in NAME_STOPS or word.startswith(_QUANTIFIERS) or is_verb(word)


def _settle(text: str, start: int, word_start: int, rest: tuple[str, ...], mark: bool) -> int:
    """The new end, given the word the old end falls in (rest[0], at word_start) and the words after it."""
    if word_start > start and (rest[0] in NAME_STOPS if mark else _common(rest[0])):
        if text[start:word_start] in dictionary():
            return start  # ตลาด|น้อยลง: a head word alone names nothing
        return word_start  # มหาวิทยาลัยไต้หวัน|บางแห่ง
    stop = word_start + len(rest[0])
    for word in rest[1:]:  # สถานีบ้านนา|รีสวัสดิ์: newmm reads นารี, the name runs on to the space
        if text.find(word, stop) != stop or _common(word) or word.startswith(_KEEP_BEFORE):
            break
        stop += len(word)
    return stop
