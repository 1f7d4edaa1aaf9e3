"""Music groups (bands, duos, idol groups) named among an event's performers: organisations, not people.

The annotation guidelines count a band as an organisation and a solo artist as a person, and a release's
line-up mixes them ("Polycat, Joey Boy, Zeal, Jeff Satur, ..."): nothing in a name tells a band from a
singer, so this reads three things only:

- a name listed in briefing/data/music_groups.toml (groups named by public music histories and the press,
  and the names the corpus writes after วง), taken only in a performer context: an item of a line-up
  (ศิลปิน / นักร้อง / คอนเสิร์ต ... ได้แก่ / อาทิ / เช่น / จาก ...), right after วง (band), or in a comma list
  that names two or more listed groups. Outside such a context a listed name is never taken (Paradox,
  Queen and Potato are words; คาราบาว is also a drink);
- any name right after วง / วงดนตรี / กลุ่มศิลปิน / บอยแบนด์ / เกิร์ลกรุ๊ป when the word stands alone (not
  the end of ช่วง, กระทรวง, หลวง ...): a Latin name (วง Season Five, นักร้องนำวง Mean) or a quoted one
  (วง “ฟ้างามขามแก่น”);
- nothing else: a stage name that is not a known group is left to the person recogniser (no people are
  made up here).

English: a Latin name is its own English (the release's); a Thai-script group takes the English name the
data gives (คาราบาว: Carabao).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.thai.gazetteer import data_toml


@dataclass(frozen=True, slots=True)
class GroupMention:
    start: int
    end: int
    english: str | None = None
    """The English name from the data for a Thai-script group; None for a Latin name (its own English)."""


def key(name: str) -> str:
    """Matching form of a group's name: case and spaces ignored (Sillyfools = Silly Fools)."""
    return "".join(name.casefold().split())


@functools.cache
def _groups() -> list[dict]:
    """The [[group]] blocks of briefing/data/music_groups.toml, parsed once."""
    return data_toml("music_groups.toml")["group"]  # type: ignore[no-any-return]


@functools.cache
def known() -> dict[str, str | None]:
    """Every listed group, by `key`: its English name when the data gives one."""
    return {key(row["name"]): row.get("en") for row in _groups()}


@functools.cache
def _cased() -> frozenset[str]:
    """Keys of the listed names written with a capital or digit (most): one of these written all in small
    letters is the word, not the band (twice, wisdom, seventeen)."""
    return frozenset(key(row["name"]) for row in _groups() if not row["name"].islower())


def is_known(name: str) -> bool:
    k = key(name)
    return k in known() and not (name.islower() and k in _cased())


def _match_known(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """A listed name written at `pos` (see `is_known` for case)."""
    m = _known_at().match(text, pos, len(text) if end is None else end)
    return m if m and is_known(m.group(0)) else None


@functools.cache
def _known_at() -> re.Pattern[str]:
    """A listed name at a position: case-insensitive, any run of spaces where the data has one, and not
    followed by a letter or digit of the same script (Bodyslam, not Bodyslammer; ปลื้ม, not ปลื้มใจ)."""
    names = sorted({row["name"] for row in _groups()}, key=len, reverse=True)
    alts = "|".join(r"[ \t]*".join(re.escape(part) for part in name.split()) for name in names)
    return re.compile(rf"(?i:{alts})(?![A-Za-z0-9\u0e01-\u0e4e])")


# The word วง (band) standing alone: after a space, punctuation or a word that leads to a performer
# (จาก, ศิลปิน, สมาชิก, นักร้องนำ ...), never the end of another word (ช่วง, กระทรวง, หลวง, ห่วง ...).
_BAND_WORD = re.compile(r"(?:วงดนตรี|วง|กลุ่มศิลปิน|บอยแบนด์|เกิร์ลกรุ๊ป|เกิร์ลกรุ้ป)[ \t]?")
_BAND_LEAD = re.compile(r"(?:[\s,(“”\"'/:A-Za-z0-9]|จาก|ศิลปิน|สมาชิก|และ|ของ|โดย|กับ|นำ|แสดง)$")


def _band_words(text: str) -> Iterator[re.Match[str]]:
    """Each free-standing วง (or group word): the word found first, then what stands before it checked, which
    is much faster than a look-behind tried at every position of the text."""
    pos = 0
    while (m := _BAND_WORD.search(text, pos)) is not None:
        if m.start() == 0 or _BAND_LEAD.search(text, max(0, m.start() - 6), m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


# A Latin name: a capital or digit first, then Latin words of any case (วง Sussy baka, วง A little bit).
_LATIN_RUN = re.compile(r"[A-Z0-9][A-Za-z0-9'&.!\-]*(?:[ \t][A-Za-z0-9][A-Za-z0-9'&.!\-]*){0,5}")
_NUMBER_TAIL = re.compile(r"[ \t]+\d+$")  # วง S2S 3) ...: the next item's number, not the name
_QUOTED = re.compile(r"[\"“”']([^\"“”'\n]{2,40})[\"“”']")
# Latin words after วง that are not a group's name (วง COVID, an amount's วง...): none seen so far in a
# performer context but the kinds an acronym can be.
_NOT_NAMES = frozenset({"COVID", "COVID-19", "MOU", "VIP"})

# A line-up: a word for performers or a show, then a word that opens a list; the list runs to the end of
# the line or sentence (เป็นต้น, ฯลฯ, โดย, ซึ่ง, ทั้งนี้ ...) or 500 characters.
_LINEUP_NOUNS = ("ศิลปิน", "นักร้อง", "นักดนตรี", "ดารา", "วงดนตรี", "คอนเสิร์ต", "การแสดง", "ร่วมแสดง", "ขนทัพ", "ไลน์อัพ", "ไลน์อัป")
_LINEUP = re.compile(
    "(?:" + "|".join(_LINEUP_NOUNS) + ")"
    r"[^\n]{0,80}?(?:ได้แก่|อาทิเช่น|อาทิ|เช่น|นำโดย|พร้อมด้วย|จาก)[ \t]*"
)
_LINEUP_END = re.compile(r"\n|เป็นต้น|ฯลฯ|[ \t](?:โดย|ซึ่ง|ทั้งนี้|นอกจากนี้|ณ)[ \t]")
_ITEM = re.compile(r"[^,/\n]+")
_THAI = re.compile(r"[\u0e01-\u0e4e]")  # a comma list inside Thai text (an English release's lists are not read)
_ITEM_LEAD = re.compile(r"(?:[ \t]*(?:และ|เเละ|หรือ|วง|คุณ)[ \t]*)+")


@functools.cache
def _known_anywhere() -> re.Pattern[str]:
    """A listed name standing as a whole item: not inside a longer Latin or Thai word on either side."""
    return re.compile(r"(?<![A-Za-z0-9\u0e01-\u0e4e])(?:" + _known_at().pattern + ")")


@functools.cache
def _longest_name() -> int:
    """The longest listed name as the data writes it, with room for doubled spaces."""
    return max(len(row["name"]) + 2 * row["name"].count(" ") for row in _groups())


_LIST_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")


def _comma_listed(text: str) -> list[tuple[int, int]]:
    """Listed groups that are items of one comma list with another listed group (..., Polycat, X, Bodyslam,
    ...): a list naming two known bands is a line-up even without a word for performers before it."""
    found: dict[tuple[int, int], None] = {}
    reach = _longest_name() + 8
    for comma in _LIST_COMMA.finditer(text):  # the long name pattern is scanned only around a list's commas
        start, end = max(0, comma.start() - reach), min(len(text), comma.end() + reach)
        for m in _known_anywhere().finditer(text, start, min(len(text), end + 1)):
            if m.end() > end:
                break  # its right edge was checked against the window's end, not the text
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
            after = text[m.end():m.end() + 3].lstrip(" \t")
            if (before.endswith(",") or after.startswith(",")) and is_known(m.group(0)):
                found[(m.start(), m.end())] = None
    items = sorted(found)
    out: set[tuple[int, int]] = set()
    for a, b in itertools.pairwise(items):
        between = text[a[1]:b[0]]
        if len(between) <= 100 and "," in between and "\n" not in between and _THAI.search(text, max(0, a[0] - 80), a[0]):
            out.update((a, b))
    return sorted(out)


def _band_after(text: str, pos: int) -> list[tuple[int, int]]:
    """The group named at `pos`, right after the word วง: a Latin name (several when it is a run of listed
    groups), a quoted name or a listed Thai name."""
    latin = _LATIN_RUN.match(text, pos)
    if latin:
        name = _NUMBER_TAIL.sub("", latin.group(0).rstrip(".-!")).rstrip(".-!")
        if name in _NOT_NAMES or not re.search("[A-Za-z]", name):
            return []  # วง 2 ...: a count, not a name
        return split_known(text, pos, pos + len(name))
    q = _QUOTED.match(text, pos)
    if q:
        return [(q.start(1), q.end(1))]
    m = _match_known(text, pos)
    return [(m.start(), m.end())] if m else []


def split_known(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of Latin words after วง that is several listed groups (วง Blackpink BTS NCT): each of them;
    otherwise the run as one name (วง Wisdom Sister, not the listed Wisdom)."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        m = _match_known(text, pos, end)
        if m is None:
            return [(start, end)]
        spans.append((m.start(), m.end()))
        pos = m.end()
        while pos < end and text[pos] in " \t":
            pos += 1
    return spans


def _lineup_items(text: str) -> list[tuple[int, int]]:
    """Each item of a line-up, without a leading และ / วง / คุณ: where it starts and ends."""
    out = []
    for m in _LINEUP.finditer(text) if any(map(text.__contains__, _LINEUP_NOUNS)) else ():  # a cheap test first
        stop = _LINEUP_END.search(text, m.end(), m.end() + 500)
        end = stop.start() if stop else min(len(text), m.end() + 500)
        for item in _ITEM.finditer(text, m.end(), end):
            lead = _ITEM_LEAD.match(text, item.start(), item.end())
            start = lead.end() if lead else item.start()
            while start < item.end() and text[start] in " \t":
                start += 1
            if start < item.end():
                out.append((start, item.end()))
    return out


def find_groups(text: str) -> list[GroupMention]:
    """Music groups in performer contexts (see the module's docstring)."""
    spans: dict[tuple[int, int], None] = {}
    for start, end in _lineup_items(text):
        m = _match_known(text, start, end)
        if m:
            spans[(m.start(), m.end())] = None
    for w in _band_words(text):
        spans.update(dict.fromkeys(_band_after(text, w.end())))
    spans.update(dict.fromkeys(_comma_listed(text)))
    out = []
    for start, end in sorted(spans):
        name = text[start:end]
        out.append(GroupMention(start, end, None if name.isascii() else known().get(key(name))))
    return out
