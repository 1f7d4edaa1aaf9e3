"""An organisation's abbreviation cut at its first dot inside a longer chain of dotted abbreviations (issue 11,
session 24).

Thai writes a unit under its parent as one run of dotted abbreviations: the province police's drug team
`ชป.ปส.ภ.จว.ชัยภูมิ`, the Rajabhat rectors' council `ทปอ.มรภ.` (ทปอ. is every university's), the Interior Ministry's
drug centre `ศอ.ปส.มท.`, a cavalry company `ร้อย.ม.2`. The glossary and the abbreviation finders match the first
abbreviation of the run (ชป., ทปอ., ศอ.ปส.), so the reader saw the parent body, or a different one, where the release
named a unit; the read golds list the whole run.

`extend_end` gives where such a run ends: an organisation that is itself a dotted abbreviation at the start of a
token, followed with no space by one or more dotted abbreviations (each one to six Thai consonants and vowels, then a
dot), and at most a unit number or a province after the last dot, then a space, a bracket, a comma, a quote or the end
of the line; not a unit (ตร.กม., ลบ.ม.). A run that goes on into a Thai word (ธ.ก.ส.ทุกสาขา, ก.ตร.ครั้งที่ 8, รพ.สต.ไปยัง) is left as it is:
that word is the sentence, not the name. An abbreviation glued after another (ผบ.|ตร., ปล.|กห.: a post and its body)
does not start a token and is not grown.

Counted on 640 thaigov-v2 releases holding such a run (outside every bench set and dev, bench/mine_exclude_sources.txt
left out; none read before the rule was written): 32 releases changed, 28 right (ศบค.มท., ศบค.ยธ., ศอ.ปส.มท.,
ศปท.อก., อส.จชต., กยผ.สปอ. ...), 4 wrong (a course วปอ.บอ., degrees ทล.ม., licence classes ธพ.ป.2, a rank มว.อ.),
each of those already wrong before (วปอ., ทล., ธพ., มว.).
"""

from __future__ import annotations

import re

from briefing.thai import admin

_ABBREVIATION = re.compile(r"[ก-ฮ][\u0e01-\u0e4e]{0,5}\.(?:[ก-ฮ][\u0e01-\u0e4e]{0,2}\.)*")
_PIECE = re.compile(r"[ก-ฮ][\u0e01-\u0e4e]{0,5}\.")
_NUMBER = re.compile(r"[0-9๐-๙]{1,3}")
_CLOSE = frozenset(" \t\u00a0\n)]\",”’/-–")
_UNITS = re.compile(r"(?:ตร|ลบ)\.(?:ก\.?ม|ซ\.?ม|ม|ว|ฟ)\.")
"""ตร.กม., ลบ.ม.: units of area and volume, whose ตร. the police glossary reads."""


def _token_start(text: str, start: int) -> bool:
    return start == 0 or not ("\u0e01" <= text[start - 1] <= "\u0e4e" or text[start - 1] in ".0123456789")


def extend_end(text: str, start: int, end: int) -> int:
    """Where the dotted-abbreviation organisation at (start, end) ends once the abbreviations glued after it are read
    (== end: none, or the run goes on into a word)."""
    if end >= len(text) or not ("ก" <= text[end] <= "ฮ") or not _token_start(text, start):
        return end
    if not _ABBREVIATION.fullmatch(text, start, end):
        return end
    at = end
    while (m := _PIECE.match(text, at)) is not None:
        at = m.end()
    if at == end or _UNITS.match(text, start, at):
        return end
    number = _NUMBER.match(text, at)
    if number:
        at = number.end()
    elif at < len(text) and "\u0e01" <= text[at] <= "\u0e4e":
        stop, area = admin.longest_name(text, at, ("province",))
        if area is None:
            return end
        at = stop
    if at < len(text) and text[at] not in _CLOSE:
        return end
    return at
