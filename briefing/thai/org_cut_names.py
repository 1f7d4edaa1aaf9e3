"""Names cut inside a district's or province's name by word segmentation, run on to that name's end.

The head rules end an organisation's name before a stop word or a verb, read off newmm's words. newmm does not know
every district, so it may cut one into ordinary words, and the name then stops inside it: โรงพยาบาลแกลง (Klaeng
hospital, Rayong) is cut แก|ลง, ลง ('down') a verb, and a reader was shown "โรงพยาบาลแก"; the same happens to any
head followed by such a name (สถานีตำรวจ..., ที่ว่าการอำเภอ...). A reader expects the name to run to the end of the
registered district or province its last word is part of.

`area_end` moves the end of a name to the end of a province or district of the register (admin.py) that starts at
one of the name's word starts after its head and goes on past the cut, when that area's name ends the glued run
(a space, punctuation or the end of the text follows): the whole run is then the name and nothing is left glued
after it. Subdistricts are left out: many are ordinary words (และ, ท่าเรือ, ...). Examples from the archive
(thaigov-v2): "โรงพยาบาลแกลง จังหวัดระยอง" (was โรงพยาบาลแก), read on corpus releases in tests/test_org_cut_names.py.
"""

from __future__ import annotations

from briefing.thai import admin
from briefing.thai.scan import is_thai, words

_LEVELS: tuple[admin.Level, ...] = ("province", "district")


def area_end(text: str, after_head: int, end: int, limit: int) -> int:
    """`end`, or the end of a province or district whose name starts at a word start in text[after_head:end] or at
    `end` itself and runs past `end` to the end of its glued run (at most `limit`)."""
    if end >= limit or end < after_head or not is_thai(text[end]) or not is_thai(text[end - 1]):
        return end  # the name ends at a space or a mark: not cut inside a word
    pos = after_head
    for word in ("", *words(text[after_head:end])):
        pos += len(word)
        if pos > end:
            break  # pos == end: an area starting at the cut itself (สถานีตำรวจภูธร|จะแนะ, cut before จะ 'will')
        found, area = admin.longest_name(text, pos, _LEVELS)
        if area is not None and end < found <= limit and (found == len(text) or not is_thai(text[found])):
            return found
    return end
