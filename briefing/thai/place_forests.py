"""Named protected forests are places: wildlife sanctuaries, no-hunting areas and national reserved forests.

Releases on land, forest fires and cabinet resolutions name the protected area a village, a dam or a road is in, and
the reader was shown nothing for them (or a piece: คลองหัว out of ป่าคลองหัวเขียว):

- a wildlife sanctuary or no-hunting area is written with its kind glued to its name, which is the sanctuary's
  official name, as อุทยานแห่งชาติ... is the park's: "ในเขตรักษาพันธุ์สัตว์ป่าภูสีฐาน อำเภอคำชะอี" ->
  เขตรักษาพันธุ์สัตว์ป่าภูสีฐาน; "เขตรักษาพันธุ์สัตว์ป่าทุ่งใหญ่ - ห้วยขาแข้ง" is one sanctuary (~210 such mentions in
  thaigov-v2, most of them named; the bare kind, เขตรักษาพันธุ์สัตว์ป่าและเขตห้ามล่าสัตว์ป่า, names none);
- a national reserved forest is named ป่า + its name after the kind (ป่าสงวนแห่งชาติ), glued, spaced or in brackets,
  often several joined by และ or a dash: "ในเขตป่าสงวนแห่งชาติ (ป่าเขือน้ำ)" (bench/heldout148 h01, blind) -> ป่าเขือน้ำ;
  "ป่าสงวนแห่งชาติป่าดงพันนาและป่าดงพระเจ้า" -> ป่าดงพันนา, ป่าดงพระเจ้า (~175 in thaigov-v2). The forest's own name is
  what the reader looks for (the kind is a legal status); "แปลงที่ 2" after it is part of the name.

The name runs to the first stop word, area word (ตำบล, อำเภอ, จังหวัด, ท้องที่ ...) or another kind's head.
"""

from __future__ import annotations

import re

from briefing.thai.scan import NAME_STOPS, words

Span = tuple[int, int]

_SANCTUARY = re.compile(r"เขต(?:รักษาพันธุ์สัตว์ป่า|ห้ามล่าสัตว์ป่า)(?=[\u0e01-\u0e4e])")
_RESERVED = re.compile(r"ป่าสงวนแห่งชาติ[ \t]?\(?[ \t]?(?=ป่า[\u0e01-\u0e4e])")
_MORE_FOREST = re.compile(r"[ \t]?(?:และ|,|[-–])[ \t]?(?=ป่า[\u0e01-\u0e4e])")
_JOINT = re.compile(r"[ \t]?[-–][ \t]?(?=[\u0e01-\u0e4e])")
_PLOT = re.compile(r"[ \t]?แปลงที่[ \t]?[0-9๐-๙]{1,2}")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_ENDS = frozenset((
    "ท้องที่", "ตำบล", "อำเภอ", "จังหวัด", "ต.", "อ.", "จ.", "แขวง", "เขต", "พื้นที่", "เนื้อที่", "จำนวน", "แปลง", "ตาม",
    "ภายใน", "ภายใต้", "บางส่วน", "ทั้ง", "แห่ง", "ทั่ว", "ประเทศ", "อุทยาน", "อุทยานแห่งชาติ", "วนอุทยาน", "ป่า",
    "ป่าสงวน", "หมู่", "หมู่ที่", "บ้าน", "ท้าย", "ด้าน", "ครอบคลุม",
))
"""Words that end a forest's name: where it is (ท้องที่ตำบล..., ในพื้นที่), how much (เนื้อที่, จำนวน), the next area's head
(อุทยานแห่งชาติน้ำหนาว after a dash, ป่า of the next forest)."""
_KIND_STARTS = ("ต้นน้ำ", "ชายเลน", "เสื่อมโทรม", "ธรรมชาติ", "อนุรักษ์", "ชุมชน", "เศรษฐกิจ", "ไม้", "พรุ", "สงวน")
"""ป่าสงวนแห่งชาติ ป่าต้นน้ำลำธาร, ...ป่าชายเลน: a kind of forest after the legal kind, not a forest's name."""
_NOT_NAMES = frozenset(("และ", "หรือ", "ที่", "ใน", "ทั่ว", "ทั่วประเทศ", "ทุก", "ต่าง", "ของ", "แห่ง", "ดังกล่าว", "นี้", "นั้น",
                        "อื่น", "ทั้ง", "จำนวน", "มี", "เป็น", "ตาม", "เพื่อ", "ให้", "ได้", "พ.ศ.", "พ.ศ", "กว่า"))


def _name_end(text: str, pos: int) -> int:
    """Where a name that starts at `pos` ends (`pos` if none): the Thai run cut at the first stop or area word."""
    run = _THAI_RUN.match(text, pos)
    if run is None:
        return pos
    end = pos
    for i, w in enumerate(words(run.group(0))):
        if i == 0 and (w in _NOT_NAMES or w in NAME_STOPS):
            return pos
        if i and (w in NAME_STOPS or w in _ENDS or any(w.startswith(e) for e in ("จังหวัด", "อำเภอ", "ตำบล", "ท้องที่"))):
            break
        end += len(w)
    return end


def sanctuaries(text: str) -> list[Span]:
    """เขตรักษาพันธุ์สัตว์ป่าภูเขียว, เขตห้ามล่าสัตว์ป่าดอยสุเทพ, เขตรักษาพันธุ์สัตว์ป่าทุ่งใหญ่ - ห้วยขาแข้ง: kind and name."""
    out: list[Span] = []
    if "สัตว์ป่า" not in text:
        return out
    for m in _SANCTUARY.finditer(text):
        end = _name_end(text, m.end())
        if end - m.end() < 2:
            continue
        joint = _JOINT.match(text, end)
        if joint and not text.startswith(("อุทยาน", "เขต", "ป่า", "วนอุทยาน"), joint.end()):
            more = _name_end(text, joint.end())
            if more - joint.end() >= 2:
                end = more
        out.append((m.start(), end))
    return out


def reserved_forests(text: str) -> list[Span]:
    """ป่าสงวนแห่งชาติ (ป่าเขือน้ำ), ป่าสงวนแห่งชาติป่าดงพันนาและป่าดงพระเจ้า: each forest named after the kind."""
    out: list[Span] = []
    if "ป่าสงวนแห่งชาติ" not in text:
        return out
    for m in _RESERVED.finditer(text):
        start = m.end()
        while not text.startswith(_KIND_STARTS, start + 3):  # และป่าสงวนแห่งชาติป่าควนใต้: the next kind, read on its own
            end = _name_end(text, start + 3)
            if end - start < 4:
                break
            plot = _PLOT.match(text, end)
            if plot:
                end = plot.end()
            out.append((start, end))
            more = _MORE_FOREST.match(text, end)
            if more is None:
                break
            start = more.end()
    return out


def find(text: str) -> list[Span]:
    return sanctuaries(text) + reserved_forests(text)
