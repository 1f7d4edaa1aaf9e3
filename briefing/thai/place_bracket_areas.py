"""A district or subdistrict named in brackets after a venue is a place: สถานีขนส่งผู้โดยสารกรุงเทพ (จตุจักร).

Releases gloss a venue with the area it stands in, in brackets: "สถานีขนส่งผู้โดยสารกรุงเทพ (จตุจักร)" (the Bangkok
bus terminal, written so in some sixty thaigov-v2 releases), "ศูนย์ฝึกโรงเรียนจิตอาสา 904 (บางเขน)",
"สถานีขนส่งผู้โดยสารหมอชิต (จตุจักร)". A reader saw the venue and nothing for the area: the bare-name rules take a
district only in a list or before its province, and a name in brackets is neither. The read golds list the
bracketed area as a place of its own (heldout "(บางเขน)").

What a reader expects:
- "ณ สถานีขนส่งผู้โดยสารกรุงเทพ (จตุจักร) นายศักดิ์สยาม" -> จตุจักร, a place;
- "สถานีรถไฟหัวลำโพง สถานีขนส่งผู้โดยสารหมอชิต (จตุจักร)" -> จตุจักร;
- not: "(ใหม่)", "(กลาง)", "(เดิม)" and other common words that are also some subdistrict's name; a province (found
  by the gazetteer already); a bracket holding more than the name ("(จตุจักร ถนนกำแพงเพชร 2)") or glossing
  nothing (at the start of a line). Read on 1,000 random archive releases outside the bench sets: 4 new spans
  (จตุจักร, เสาชิงช้า, ช่องเม็ก, บางนา after a venue), all right; over 3,000 releases with a bracket the names
  taken were จตุจักร 30, บางปู 20 (ศูนย์ศึกษาธรรมชาติกองทัพบก (บางปู)), เชียงคาน 5, then ones and twos.
"""

from __future__ import annotations

import functools
import re

from briefing.thai import admin
from briefing.thai.scan import dictionary

_INNER = re.compile(r"([\u0e01-\u0e4e]{3,24})\)")
_GLOSSED = re.compile(r"[\u0e01-\u0e4e0-9๐-๙][ \t]?$")


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Districts (any) and subdistricts that are no common word; never a province or a function word."""
    dic = dictionary()
    stops = admin._stops()
    out = set()
    for name, areas in admin.areas().items():
        if name in stops or any(a.level == "province" for a in areas):
            continue
        if any(a.level == "district" for a in areas) or name not in dic:
            out.add(name)
    return frozenset(out)


def find(text: str) -> list[tuple[int, int]]:
    """Spans of the bracketed area names (module docstring)."""
    if "(" not in text:
        return []
    names = _names()
    out = []
    at = text.find("(")
    while at >= 0:  # str.find, not a regex scan of every position: the scan cost 0.5 ms a release
        m = _INNER.match(text, at + 1)
        if m is not None and m.group(1) in names and _GLOSSED.search(text, max(0, at - 2), at):
            out.append((m.start(1), m.end(1)))
        at = text.find("(", at + 1)
    return out
