"""The reader's cursor unit: the analysis' sentences, with a long one cut into readable passages.

Thai writes no full stop, and a release may run a whole paragraph of clauses separated only by
spaces (the road-project seed: 1,235 characters the sentence splitter rightly leaves whole, since no
space in it is a sure sentence end). As one cursor step, `m` marked the whole paragraph. Here such a
sentence is cut at the spaces between its clauses into passages of a few lines, for the cursor and
marks only: the analysis (and the brief made from it) keeps its sentences.

A cut goes at a space, never inside a highlighted name, figure or date, never where the text goes on
(before a number, a dash, ว่า or ได้..., or inside brackets); it prefers a space before a word that
opens a clause (คาดว่า, เมื่อ, พร้อม, โดย ...), then one after a figure ("75%", "4 กิโลเมตร"). Pure
functions (no Textual), so they are tested directly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.thai.segment import whole_names

if TYPE_CHECKING:
    from briefing.model import Analysis

LONG = 360
"""A sentence longer than this (characters) is cut into passages (the seeds' 90th percentile is ~330)."""
MIN_PASSAGE = 100
"""No passage is cut shorter than this, nor leaves a tail shorter than MIN_TAIL."""
MIN_TAIL = 60
MIN_BEFORE_OPENER = 60
"""Before a clause opener a passage may be this short."""
MAX_PASSAGE = 300
"""Past this, the best cut seen so far is taken even if no clause opener came."""
TARGET = 200
"""Of equally good cuts, the one nearest this length is taken."""

_OPENERS = (
    "คาดว่า", "คาดการณ์ว่า", "เมื่อ", "พร้อม", "โดย", "ซึ่ง", "เพื่อ", "รวมทั้ง", "รวมถึง", "ตลอดจน",
    "ทั้งนี้", "นอกจากนี้", "นอกจากนั้น", "อีกทั้ง", "ทั้งยัง", "อย่างไรก็ตาม", "ดังนั้น", "จากนั้น", "ต่อมา",
    "ขณะที่", "ขณะนี้", "ในขณะที่", "ปัจจุบัน", "ล่าสุด", "ทำให้", "ส่งผลให้", "จึง", "แต่", "หาก", "หลังจาก",
    "ก่อนหน้านี้", "สำหรับ", "ส่วน", "ด้าน", "ในส่วน", "อันจะ", "และจะ", "จะเป็น", "นับเป็น", "ถือเป็น",
)
"""Words that open a clause after a space (Thai's written clause gap). Not ว่า/และ/หรือ/ของ/ที่:
those go on the clause before."""
_OPENER_RE = re.compile("(?:" + "|".join(sorted(_OPENERS, key=len, reverse=True)) + ")")
_GOES_ON = re.compile(r"(?:ว่า|ได้|และ|หรือ|ของ|ที่|ให้|กับ|แก่|ใน|จาก|ถึง|ละ|[-–—(\d])")
"""What the right side of a space may not start with: the clause before goes on through it."""
_ENDS_OPEN = re.compile(r"(?:[-–—(/,]|ที่|ละ|ปี|เดือน|วันที่|จำนวน|กว่า|ประมาณ|ทั้งหมด|ว่า|ได้แก่|อาทิ|เช่น|คือ|"
                        r"ทั้ง|ระหว่าง|โดย|และ|หรือ|กับ|ภายใต้|ณ|จาก|ของ|ตาม|สู่|แก่|ต่อ|ด้วย|ใน|เป็น|ให้)$")
"""What the left side may not end with: a number, a name or a list comes next."""
_BACK_REFERENCE = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{1,15}ฯ\s")
"""A word shortened with ฯ after a space ("โครงการฯ มีจุดเริ่มต้น"): the body named before, as the
subject of a new clause."""
_NO_START = frozenset(",;:.)]}ๆฯ”\"'’")
"""Characters a passage never starts with (they close or repeat what came before)."""
_SPACE = re.compile(r"\s+")


def passages(analysis: Analysis) -> list[tuple[int, int]]:
    """The analysis' body sentences, each longer than LONG cut into passages."""
    text = analysis.body
    mentions = [m for m in [*analysis.entities, *analysis.references] if m.field == "body"]
    figures = [f for f in analysis.figures if f.field == "body"]
    dates = [d for d in analysis.dates if d.field == "body"]
    spans = [(m.start, m.end) for m in mentions] + [(f.start, f.end) for f in figures] + \
        [(d.start, d.end) for d in dates]
    marks = _Marks(
        inside=sorted({offset for start, end in spans for offset in range(start + 1, end)}),
        figure_ends={f.end for f in figures},
        entity_starts={m.start for m in mentions},
        entity_ends={m.end for m in mentions},
        person_starts={m.start for m in mentions if m.type == "person"},
        person_ends={m.end for m in mentions if m.type == "person"},
    )
    result: list[tuple[int, int]] = []
    for start, end in whole_names(analysis.sentences, spans):  # the analysis joined them; one made by hand may not
        if end - start <= LONG:
            result.append((start, end))
        else:
            result.extend(_cut(text, start, end, marks))
    return result


@dataclass(frozen=True, slots=True)
class _Marks:
    """Where the analysis puts names, figures and dates in the body, as cuts need them."""

    inside: list[int]
    """Offsets strictly inside a name, figure or date, sorted: no cut there."""
    figure_ends: set[int]
    entity_starts: set[int]
    entity_ends: set[int]
    person_starts: set[int]
    """A person named after a position opens the next item of a list: a cut may go before them."""
    person_ends: set[int]
    """After a person's name comes their position or what they did: no cut there."""


def _entity_before(text: str, at: int, marks: _Marks) -> bool:
    """Whether a name ends right before `at`, or a name and its short form in brackets ("... (พก.)")."""
    if at in marks.entity_ends:
        return True
    if at and text[at - 1] == ")":
        opening = text.rfind("(", max(0, at - 20), at)
        return opening > 0 and text[:opening].rstrip() != text[:opening] and \
            len(text[:opening].rstrip()) in marks.entity_ends
    return False


def _score(text: str, start: int, gap: re.Match[str], marks: _Marks) -> int:
    """How good a cut this space is: 3 before a clause opener, 2 after a figure, 1 between two Thai
    words, 0 not a place to cut."""
    at = gap.start()
    index = bisect_right(marks.inside, at) - 1
    if (0 <= index < len(marks.inside) and marks.inside[index] == at) or at in marks.person_ends:
        return 0
    left, right = text[max(0, at - 12):at], text[gap.end():gap.end() + 12]
    if not left or not right or _ENDS_OPEN.search(left) or right[0] in _NO_START:
        return 0
    if text.count("(", start, at) > text.count(")", start, at):  # inside brackets: "(ไป - กลับ)"
        return 0
    if gap.end() in marks.entity_starts - marks.person_starts and _entity_before(text, at, marks):
        return 0  # a body and the one it belongs to: "กรม... (พก.) กระทรวง พม."
    if _OPENER_RE.match(right) or _BACK_REFERENCE.match(right):
        return 3
    if _GOES_ON.match(right):
        return 0
    if at in marks.figure_ends or left[-1] in "%)":
        return 2
    return 1 if "\u0e00" <= left[-1] <= "\u0e7f" and "\u0e00" <= right[0] <= "\u0e7f" else 0


def _cut(text: str, start: int, end: int, marks: _Marks) -> list[tuple[int, int]]:
    """Greedy: from each passage's start, the first clause opener past MIN_PASSAGE; failing one by
    MAX_PASSAGE, the best cut seen (of equals, the one nearest TARGET); failing any, the first acceptable after."""
    gaps = [(gap.start(), gap.end(), _score(text, start, gap, marks))
            for gap in _SPACE.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    begin = start
    best: tuple[int, int, int] | None = None
    for gap_start, gap_end, score in gaps:
        length, tail = gap_start - begin, end - gap_end
        if not score or length < (MIN_BEFORE_OPENER if score == 3 else MIN_PASSAGE) or tail < MIN_TAIL:
            continue
        if length > MAX_PASSAGE and best is not None:
            spans.append((begin, best[0]))
            begin = best[1]
            best = None
            length = gap_start - begin
            if length < (MIN_BEFORE_OPENER if score == 3 else MIN_PASSAGE):
                continue
        if score == 3 or length > MAX_PASSAGE:
            spans.append((begin, gap_start))
            begin, best = gap_end, None
        elif best is None or (score, -abs(length - TARGET)) >= (best[2], -abs(best[0] - begin - TARGET)):
            best = (gap_start, gap_end, score)
    if best is not None and end - begin > MAX_PASSAGE:
        spans.append((begin, best[0]))
        begin = best[1]
    spans.append((begin, end))
    return spans
