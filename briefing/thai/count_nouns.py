"""Which word after a number is a noun the number counts, when the unit list (units.toml) lacks it.

The figure finder counts "5 ด้าน", "3 ฝ่าย" when the word after the number is a common noun or a classifier.
It used to ask only ORCHID's unigram tags, a 1990s corpus of 15,000 words: newer nouns have no ORCHID tag
at all (กลยุทธ์ strategies, สโมสร clubs, เทศกาล festivals, ชนเผ่า tribes, ฝาย weirs, สายงาน job lines), so
"โดยมี 5 กลยุทธ์", "จาก 37 สโมสร", "จำนวน 3 เทศกาล" were no figures.

A word counts when
- ORCHID tags it a common noun (NCMN) or a classifier (C*), as before; or
- ORCHID has no tag for it and one of the two other tag lists PyThaiNLP ships (the UD and Thai UD unigram
  lists, newer text) calls it a NOUN; or
- it has no tag anywhere, is a dictionary word of three letters or more, and the number is led by a word that
  says a count follows (จำนวน, ทั้ง, รวม, กว่า, ประมาณ, มี ...: "มีทั้งหมด 13 พาวิลเลี่ยน", "จำนวน 1 ราง").
A nominalised verb (การ..., ความ...) counts only after such a word ("ประมาณ 200 การประชุม"), not as a list item's
heading ("แปลงที่ 1 การแก้ปัญหา").
"""

from __future__ import annotations

import functools
import json
import re

from briefing.thai.gazetteer import _corpus_file

_CUE_BEFORE = re.compile(
    r"(?:จำนวน|ทั้งหมด|ทั้งสิ้น|ทั้ง|รวม|กว่า|ประมาณ|ราว|เกือบ|ครอบคลุม|เพียง|มี|อีก|ได้|ถึง|(?<!แ)ละ|เหลือ|เพิ่ม)"
    r"[ \t\u00a0]*$")
"""Words before a number that announce a count ("จำนวน 3 เทศกาล", "ทั้ง 13 พาวิลเลี่ยน", "ขบวนละ 26 แคร่")."""

_OTHER_TAG_FILES = ("pos_ud_unigram-v0.2.json", "pos_tud_unigram.json")


@functools.lru_cache(maxsize=1)
def _nouns_elsewhere() -> frozenset[str]:
    """Words the UD or Thai-UD unigram lists tag NOUN (either list; both ship with PyThaiNLP)."""
    nouns: set[str] = set()
    for name in _OTHER_TAG_FILES:
        path = _corpus_file(name)
        if path is None:
            continue
        try:
            tags = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            continue
        nouns.update(word for word, tag in tags.items() if tag == "NOUN")
    return frozenset(nouns)


def is_tagged_noun(word: str) -> bool:
    """A common noun or classifier by ORCHID's tag, or by the UD lists when ORCHID has none."""
    from briefing.thai.scan import pos_tags  # loaded by the analyzer anyway

    tag = pos_tags().get(word)
    if tag is not None:
        return tag == "NCMN" or tag.startswith("C")
    return word in _nouns_elsewhere()


def counted_noun(candidates: list[str], before: str, following: str = "") -> str | None:
    """The noun a number counts: the longest of `candidates` (the dictionary words that start right after it,
    shortest first) when it qualifies, given the text `before` the number and the character `following` the
    word; None when it does not."""
    from briefing.thai.scan import pos_tags  # loaded by the analyzer anyway

    if not candidates or following[:1] in _INSIDE_SYLLABLE or "ๆ" in (following[:1], candidates[-1][-1:]):
        return None  # "1 นายก|ีรติ": the word ends inside a syllable of a name; "ประมาณ 70 กลางๆ": an adjective
    word = candidates[-1]
    cued = bool(_CUE_BEFORE.search(before))
    if word.startswith(("การ", "ความ")) and not cued:
        return None  # "แปลงที่ 1 การแก้ปัญหา", "ชานชาลาที่ 1 และ 2 การปรับปรุง": a list item's heading
    if is_tagged_noun(word):
        return word
    if word not in pos_tags() and word not in _nouns_elsewhere() and len(word) >= 3 and cued:
        return word
    return None


_INSIDE_SYLLABLE = frozenset("ะัาำิีึืุู็่้๊๋์ๅ")
"""Vowel and tone marks that cannot begin a word: a dictionary word followed by one was cut out of a longer one."""
