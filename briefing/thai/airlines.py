"""Airlines named after the word สายการบิน ('airline'): สายการบินไชน่าแอร์ไลน์, สายการบินนกแอร์, สายการบินไทย,
สายการบิน Ethiopian Airlines (issue 11, session 14).

Releases name a carrier by its head word and a transliterated or Latin name, and the read golds list it whole, head
word included (สายการบินไทย, สายการบินไชน่าแอร์ไลน์ with its English (CHINA AIRLINES), สายการบินสิงคโปร์แอร์ไลน์). The
glossary knows the Thai flag carrier's company (การบินไทย) but no other, and the company rules need บริษัท, so these
were missed: three of three in the read golds, and about 150 thaigov-v2 releases name one. The name after the head is
- a Latin run of capitalised words (Ethiopian Airlines, EVA Air, Emirates), not a kind of carrier (Low-cost), listed
  without the Thai head word, whole as an English name;
- a Thai name closed by an airline word (แอร์, แอร์ไลน์, แอร์เวย์ส, แอร์เอเชีย, เจ็ท, คาร์โก้: briefing/data/airlines.toml),
  glued or one space on (สายการบินไทย ไลอ้อนแอร์), with no function word before it (not สายการบินที่ใช้บริการนกแอร์);
- or one of the few airlines the archive names with no such word (ไทย, เอมิเรตส์, เอทิฮัด, ไทยสมายล์ ...).
The word alone or followed by a common word (สายการบินต่าง ๆ, สายการบินที่กำหนด, สายการบินต้นทุนต่ำ) is no airline.
"""

from __future__ import annotations

import re

from briefing.thai.scan import NAME_STOPS, is_thai, on_boundary, words
from briefing.thai.wordlists import word_set, word_tuple

_HEAD = "สายการบิน"
_TAILS = tuple(sorted(word_tuple("airlines.toml", "airlines.tails"), key=len, reverse=True))
_NAMES = tuple(sorted(word_tuple("airlines.toml", "airlines.names"), key=len, reverse=True))
_NOT_LATIN = word_set("airlines.toml", "airlines.not_latin")
_LATIN = re.compile(r"[A-Z][A-Za-z0-9&'\-]*(?:[ \t][A-Z][A-Za-z0-9&'\-]*){0,4}(?![A-Za-z0-9])")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_MAX_NAME = 30
_NOT_AFTER_NAME = ("แห่ง", "ทุก", "ทั้ง", "หลาย", "ต่าง", "อื่น", "สัญชาติ")
"""สายการบินไทยแห่งหนึ่ง, สายการบินไทยทุกสาย: 'a Thai airline', 'every Thai airline', not Thai Airways."""


def find_airlines(text: str) -> list[tuple[int, int]]:
    """Spans of สายการบิน + an airline's name; a Latin name alone (สายการบิน Qatar Airways -> Qatar Airways: the
    English name is whole without the Thai word for airline, as a Latin name in brackets is listed alone)."""
    out: list[tuple[int, int]] = []
    start = text.find(_HEAD)
    while start >= 0:
        found = _name_end(text, start + len(_HEAD))
        end = None
        if found is not None:
            name_start, end = found
            out.append((start if name_start is None else name_start, end))
        start = text.find(_HEAD, end if end is not None else start + len(_HEAD))
    return out


def _name_end(text: str, pos: int) -> tuple[int | None, int] | None:
    """(where a Latin name starts, or None for a Thai one that keeps its head word; where the name ends)."""
    spaced = text[pos:pos + 1] in (" ", "\u00a0", "\t")
    if spaced:
        pos += 1
    latin = _LATIN.match(text, pos)
    if latin is not None:
        if latin.group(0).split()[0] in _NOT_LATIN:
            return None
        return latin.start(), latin.end()
    if not is_thai(text[pos:pos + 1]):
        return None
    end = _tail_end(text, pos) or _named_end(text, pos, spaced)
    return None if end is None else (None, end)


def _tail_end(text: str, pos: int) -> int | None:
    """The end of a name closed by an airline word, within _MAX_NAME letters and at most one space."""
    first = _THAI_RUN.match(text, pos)
    if first is None:
        return None
    runs = [first]
    if (text[first.end():first.end() + 1] == " " and not text.startswith(_HEAD, first.end() + 1)
            and (second := _THAI_RUN.match(text, first.end() + 1)) is not None):
        runs.append(second)  # (not the next airline of a list: สายการบินไทยสมายล์ สายการบินนกแอร์ are two)
    for n, run in enumerate(runs):
        for i in range(run.start(), min(run.end(), pos + _MAX_NAME)):
            tail = next((t for t in _TAILS if text.startswith(t, i)), None)
            if tail is None:
                continue
            end = i + len(tail)
            if end < run.end() and not on_boundary(text, pos, end, check_left=False):
                continue
            before = text[pos:i]
            if not before and len(tail) < 5 and end < run.end():
                continue  # สายการบินแอร์|ฟรานซ์: a name that starts with แอร์ runs on past it
            if any(w in NAME_STOPS for chunk in before.split() for w in words(chunk)):
                return None  # สายการบินที่ใช้บริการนกแอร์: a phrase, not a name
            first_name = text[runs[0].start():runs[0].end()]
            if n == 1 and first_name not in _NAMES:
                return None  # สายการบินในประเทศ ไลอ้อนแอร์: the first chunk is no part of a name
            if n == 1 and i > run.start() and (first_name != "ไทย" or text.startswith("ไทย", run.start())):
                return None  # สายการบินไทยสมายล์ ไทยแอร์เอเชีย: a list; ไทย ไลอ้อนแอร์ and เอทิฮัด แอร์เวย์ go on
            return end
    return None


def _named_end(text: str, pos: int, spaced: bool = False) -> int | None:
    for name in _NAMES:
        if not text.startswith(name, pos):
            continue
        end = pos + len(name)
        if is_thai(text[end:end + 1]) and not on_boundary(text, pos, end, check_left=False):
            continue
        if text[end:].lstrip(" ").startswith(_NOT_AFTER_NAME):
            return None
        if name == "ไทย" and is_thai(text[end:end + 1]):
            return None  # สายการบินไทยอาจถูกจำกัดเส้นทางบิน: Thai airlines in general; Thai Airways is written apart
        if name == "ไทย" and spaced and text[end:end + 1] == " " and is_thai(text[end + 1:end + 2]):
            return None  # สายการบิน ไทย ไลอ้อน แอร์: a spaced name that goes on, not Thai Airways cut short
        return end
    return None
