"""A venue's name that goes on after a space in English words written in Thai, to a word naming a kind of venue, is
one place (issue 11, session 23, places: extent misses pooled over the read sets).

Hotels, circuits, marinas and halls are often named in English written in Thai letters, spaced word by word:
สนามช้าง อินเตอร์เนชั่นแนล เซอร์กิต (Chang International Circuit), ท่าเทียบเรือยอร์ช เฮเว่น มารีน่า (Yacht Haven
Marina), ห้องฉัตรา บอลรูม, โรงแรมอวานี ขอนแก่น โฮเทล แอนด์ คอนเวนชั่น เซ็นเตอร์. The venue scan stops at the first space
after most heads, and a hotel's loanword name (places._hotel_name_end) stops at a city, as it should where the city
says where the hotel is (โรงแรมดุสิตธานี | พัทยา: the read golds list a hotel or centre and the city after it apart in
24 cases). A city followed by Resort or Hotel is inside the name (โรงแรม เลอ เมอริเดียน เชียงราย รีสอร์ท), as the read
golds write it; a reader saw the venue cut to its first word (สนามช้าง, 'the elephant field') and the city as a place
of its own.

The name is taken on only when the spaced words after it end with a venue-kind word (`VENUE_TAILS`: Resort, Hotel,
Spa, Hall, Ballroom, Center, Circuit, Marina ...), each word before that being an English word the romaniser knows
(briefing/data/loanwords.toml), a transliterated word no dictionary holds, or a city before Resort/Hotel; up to six
words, and a hall's number after Hall (อาคารอิมแพ็ค ฟอรั่ม ฮอลล์ 4). Venue heads only (`HEADS`): a city or country
followed by English words is something else (สิงคโปร์ แอร์ไลน์, an airline; เมืองทองธานี ฮอลล์ 9, a hall of the venue).
On 2,500 random thaigov-v2 releases (seed 99) 18 releases changed, every change the venue's whole name.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from briefing.thai.scan import next_chunk
from briefing.thai.wordlists import word_set, word_tuple

if TYPE_CHECKING:
    from briefing.thai.gazetteer import Gazetteer

HEADS = word_tuple("place_words.toml", "place_loanword_tails.heads")
VENUE_TAILS = word_set("place_words.toml", "place_loanword_tails.venue_tails")
_HOTEL_ENDS = frozenset({"รีสอร์ท", "รีสอร์ต", "โฮเทล", "โฮเต็ล"})
_MAX_WORDS = 6
_HALL_NUMBER = re.compile(r" [0-9๐-๙]{1,3}(?:[ ]?[-–][ ]?[0-9๐-๙]{1,3})?(?![0-9๐-๙.,])")
"""A hall's number after its name (อาคารอิมแพ็ค ฟอรั่ม ฮอลล์ 4, ...เอ็กซิบิชั่น ฮอลล์ 9-10): part of the name."""


@functools.lru_cache(maxsize=1)
def _loanwords() -> frozenset[str]:
    from briefing.thai.gazetteer import data_toml

    return frozenset(data_toml("loanwords.toml")["words"])


def tail_end(text: str, start: int, end: int) -> int:
    """Where the venue at start:end ends when its name goes on in spaced loanwords to a venue-kind word; `end`
    when it does not."""
    if not text.startswith(HEADS, start):
        return end
    from briefing.thai import places
    from briefing.thai.gazetteer import gazetteer

    g = gazetteer()
    pos, best = end, end
    for _ in range(_MAX_WORDS):
        c = next_chunk(text, pos)
        if c is None or text[pos:c.start] != " ":
            break
        word = c.text
        if word in VENUE_TAILS:
            best = pos = c.end
            if word in ("ฮอลล์", "ฮอล") and (m := _HALL_NUMBER.match(text, pos)):
                best = pos = m.end()
            continue
        if word in _loanwords() or places._loanword(word, g):
            pos = c.end
            continue
        after = next_chunk(text, c.end)
        if _is_city(word, g) and after is not None and text[c.end:after.start] == " " and after.text in _HOTEL_ENDS:
            pos = c.end  # เลอ เมอริเดียน เชียงราย| รีสอร์ท: the city inside the hotel's name
            continue
        break
    return best


def _is_city(word: str, g: Gazetteer) -> bool:
    from briefing.thai import admin

    assert g.regex is not None
    known = g.regex.match(word)
    return bool(known and known.group(0) == word and g.terms[word].type == "place") or word in admin.areas()
