"""A police unit written inside its chief's abbreviated post: ผบช.ภ.9, รอง ผบก.ภ.จว.ศรีสะเกษ, ผบก.ตอท., ผกก.สภ.แม่สาย.

Releases name police commanders by the short form of their post glued to the short form of their unit: ผบช. (the
commissioner of a bureau, กองบัญชาการ), ผบก. (the commander of a division, กองบังคับการ), ผกก. (the superintendent of
a sub-division or station, กองกำกับการ). The unit after the post is a body of its own, as the army in ผบ.ทบ. is
(bench/heldout/CONVENTIONS.md C1: a body inside an abbreviated post is an organisation), and the read golds list it
so wherever they meet it outside a bracket (4 of 4: heldout5 h03 `ภ.9` of รอง ผบช.ภ.9, heldout8 h02 `ตม.จว.สระแก้ว`
of ผกก.ตม.จว.สระแก้ว, heldout94 h05 `ภ.จ.เชียงราย` of ผกก.สส.ภ.จ.เชียงราย, heldout130 h17 `ตอท.` of รอง ผบก.ตอท.). The
head rules read none of these codes (a code of one letter and a number, ภ.9, or one no glossary lists, ตอท.), and
police_stations leaves a station inside a post alone, so the unit was missed, or only its province typed a place.

Counted on thaigov-v2: such a post glued to a unit code in 382 mentions (lists of the officers at a raid, a press
conference, a provincial meeting). What a reader takes from them (corpus releases outside bench and dev):
ผกก.ตม.จว.อุบลราชธานี -> ตม.จว.อุบลราชธานี (details/62410); ผกก.สภ.กระทุ่มแบน -> สภ.กระทุ่มแบน (details/61611); รอง
ผบก.ภ.จว.ศรีสะเกษ -> ภ.จว.ศรีสะเกษ (details/60923); ผกก.สภ.แม่สาย, -> สภ.แม่สาย (details/61200); รอง ผบช.สอท. กล่าวว่า
-> สอท. (details/68556); ผบก.ตอท., -> ตอท. (details/80959); รอง ผบก.สส.ภ.๔/คณะทำงาน... -> สส.ภ.๔ (details/52931);
ผกก.กก.สส.ภ.จว.สระบุรี -> กก.สส.ภ.จว.สระบุรี (details/87461); ผบก.สส.สตม. -> สส.สตม. (details/95536); ผบช.สอท.นั้น ->
สอท. (details/63933); ผบก.ปส.3 -> ปส.3 (details/52348); ผกก.สภ.แม่พริก จ.ลำปาง -> สภ.แม่พริก (details/40897).

Not read:
- a post in brackets after the post written out (ผู้บัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี (ผบช.สอท.)): the
  bracket glosses the post, and heldout18 h03 lists no unit there;
- a code of one or two letters alone (รอง ผบช.น., ผบช.ก.: น. is also the clock's 'hours'; รอง ผกก.สส., the
  investigation sub-division, but สส. is also an MP): such a code counts only with a number or a further code after
  it (ภ.9, สส.ภ.จว.สงขลา); nor a code that opens with ผอ. (รอง ผกก.ผอ.3 บก.อก.สตม.: ผอ. is also a director).

The unit's code is its dotted short forms, glued, then a glued number (ปส.3, ภ.๔), or after จว./จ. the province and
after สภ./สน. the station's name (police_stations' reading of it). `entities` calls `find`.
"""

from __future__ import annotations

import re

from briefing.thai import admin
from briefing.thai.police_stations import _name_end as station_name_end
from briefing.thai.scan import finditer_if

_POST = re.compile(r"(?<![\u0e01-\u0e4e.])(?:ผบช|ผบก|ผกก)\.(?=[ก-ฮ])")
_SEGMENT = re.compile(r"[ก-ฮ]{1,5}\.")
_NUMBER = re.compile(r"[0-9๐-๙]{1,2}(?![0-9๐-๙]|[.,][0-9๐-๙])")
_PROVINCE_AFTER = ("จว.", "จ.")
_STATION_AFTER = ("สภ.", "สน.")
_BRACKET_BEFORE = re.compile(r"\([ \t]?(?:รอง[ \t]?)?$")


def _code_end(text: str, at: int) -> int:
    """Where the unit's code that starts at `at` ends (== at: no code)."""
    end = at
    segments: list[str] = []
    while True:
        m = _SEGMENT.match(text, end)
        if m is None:
            break
        segments.append(m.group(0))
        end = m.end()
    if not segments or segments[0] == "ผอ.":
        return at  # รอง ผกก.ผอ.3: ผอ. is also the director's post
    last = segments[-1]
    if last in _PROVINCE_AFTER:
        stop, area = admin.longest_name(text, end, ("province",))
        if area is None:
            return at  # ภ.จว. with no province after it: no one unit
        return stop
    if last in _STATION_AFTER:
        stop = station_name_end(text, end)
        return stop if stop > end else at
    number = _NUMBER.match(text, end)
    if number:
        return number.end()
    if len(segments) == 1 and len(last) < 4:
        return at  # น., ก., สส.: a code of one or two letters alone is no one unit (สส. is also an MP)
    return end


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each police unit written inside its chief's abbreviated post."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_POST, text, "ผบช.", "ผบก.", "ผกก."):
        if _BRACKET_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        end = _code_end(text, m.end())
        if end > m.end():
            out.append((m.end(), end))
    return out
