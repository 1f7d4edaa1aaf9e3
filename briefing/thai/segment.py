"""Sentence spans over a release body: the unit the reader's j/k cursor moves by.

Thai has no full stop: a sentence ends at a line break or at a space, but spaces also sit
between a name and a title, around numbers and between clauses. PyThaiNLP's crfcut splits
names apart in these releases and costs ~50 ms per release, so this is a rule-based splitter
that breaks a line at a space only when the evidence is good:

- a Latin sentence end before it ("... in 2024. The") that is not an abbreviation (Mr., Dr., H.E.);
- a sentence-final particle before it (ครับ, ค่ะ);
- a word after it that opens a Thai sentence (ทั้งนี้, นอกจากนี้, อย่างไรก็ตาม ...), an opening
  quote or a list marker ("2. ", "(3) ", "•"), once the current sentence is long enough;
- a run of two or more spaces between long enough pieces (the writers' sentence gap);
- in a sentence already 200 characters long, a clause opener (โดย, ซึ่ง, รวมทั้ง ...) after a space.

Spans never cross a newline, hold no leading or trailing whitespace, and cover every non-blank
character of the body in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

_MIN_BEFORE_STARTER = 30
"""Characters a sentence needs before a starter word may end it (keeps headings whole)."""

_STARTERS = (
    "ทั้งนี้", "นอกจากนี้", "นอกจากนั้น", "อย่างไรก็ตาม", "อย่างไรก็ดี", "ดังนั้น", "จากนั้น", "ต่อมา",
    "ขณะที่", "ขณะเดียวกัน", "ในขณะที่", "ในขณะเดียวกัน", "พร้อมกันนี้", "ในการนี้", "ในโอกาสนี้",
    "อนึ่ง", "ล่าสุด", "ปัจจุบัน", "สำหรับการ", "สำหรับกรณี", "โดยเฉพาะ", "อีกทั้ง", "ด้าน", "ส่วน", "วันนี้",
    "เมื่อวันที่", "ทว่า", "แต่ทั้งนี้", "นอกเหนือจาก", "สรุป", "ที่ผ่านมา", "ขอให้", "จึงขอ",
)
_STRONG_STARTERS = ("ทั้งนี้", "นอกจากนี้", "นอกจากนั้น", "อย่างไรก็ตาม", "อย่างไรก็ดี", "ดังนั้น", "อนึ่ง",
                    "ในการนี้", "พร้อมกันนี้", "ขณะเดียวกัน", "ในขณะเดียวกัน")
"""Starters that open a sentence even after a short one ("ปัจจุบันดำเนินการแล้วเสร็จ ทั้งนี้ ...")."""
_MIN_BEFORE_STRONG = 12
_SOFT_STARTERS = ("โดย", "ซึ่ง", "รวมทั้ง", "รวมถึง", "พร้อมทั้ง", "เพื่อให้")
"""Clause openers that end a sentence only once it has grown long (the reader's cursor needs steps)."""
_MIN_BEFORE_SOFT = 200
_SOFT_RE = re.compile("(?:" + "|".join(_SOFT_STARTERS) + ")")
_STARTER_RE = re.compile("(?:" + "|".join(sorted(_STARTERS, key=len, reverse=True)) + ")")
_STRONG_RE = re.compile("(?:" + "|".join(sorted(_STRONG_STARTERS, key=len, reverse=True)) + ")(?=\\s)")
_PARTICLE_END = re.compile(r"(?:ครับ|ค่ะ|คะ|จ้ะ|จ้า)[!?.]*[”\"’]?$")
_PARTICLE_END_LAST = "บะา!?.”\"’"
"""The characters _PARTICLE_END can end with (a cheap test first: it is tried at every space)."""
_LATIN_END = re.compile(r"[A-Za-z0-9)\]%”\"’][.!?]+[”\"’)]?$")
_LATIN_END_LAST = ".!?”\"’)"
_LATIN_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|H\.E|St|No|Gen|Lt|Col|Maj|Capt|Pol|Assoc|Asst|Co|Ltd|Inc|"
    r"Jr|Sr|etc|e\.g|i\.e|vs|Vol|Fig|[A-Z])\.$")
_LIST_MARKER = re.compile(r"(?:\(?\d{1,2}[.)](?!\d)|[•●▪■◆❖➢►](?=\s)|\(\d{1,2}\)|[ก-ฮ][.)](?=\s))")
_CLOSING_WORDS = ("กล่าว", "ระบุ", "กล่าวทิ้งท้าย", "กล่าวในที่สุด", "เน้นย้ำ")
_SPACE = re.compile(r"[^\S\n]+")  # any whitespace but the line break


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over `body`, in order; `body[start:end]` is one sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        spans.extend(_line_spans(line, pos))
        pos += len(line) + 1
    return spans


def _line_spans(line: str, offset: int) -> list[tuple[int, int]]:
    start = _skip_space(line, 0)
    if start >= len(line):
        return []
    spans = []
    for gap in _SPACE.finditer(line, start):
        if gap.end() >= len(line):
            break
        if _breaks(line, start, gap):
            spans.append((offset + start, offset + gap.start()))
            start = gap.end()
    end = len(line.rstrip())
    if end > start:
        spans.append((offset + start, offset + end))
    return spans


def whole_names(sentences: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, one that starts strictly inside a name, figure or date (`spans`) joined to the one
    before: a double space reads as a sentence gap, and a name may hold one ("พลเอก  ประยุทธ์ จันทร์โอชา",
    a royal style "...สยามบรมราชกุมารี"). The reader joined them for its cursor; the brief read the halves
    (a lead sentence "ประยุทธ์ จันทร์โอชา ..." without its name), so the analysis joins them once for all."""
    inside = sorted({offset for start, end in spans for offset in range(start + 1, end)})
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        at = bisect_left(inside, start)
        if out and at < len(inside) and inside[at] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _skip_space(line: str, pos: int) -> int:
    m = _SPACE.match(line, pos)
    return m.end() if m else pos


def _breaks(line: str, start: int, gap: re.Match[str]) -> bool:
    """Whether the sentence that began at `start` ends at this run of spaces."""
    length = gap.start() - start
    left = line[max(start, gap.start() - 40):gap.start()]  # the tail is all the rules look at
    right = line[gap.end():gap.end() + 40]
    if not left or not right:
        return False
    last = left[-1]  # each end rule needs its own last character: most gaps are not read further
    if last in _LATIN_END_LAST and _LATIN_END.search(left) and not _LATIN_ABBREVIATION.search(left):
        return right[0].isupper() or right[0].isdigit() or not right[0].isascii()
    if last in _PARTICLE_END_LAST and _PARTICLE_END.search(left):
        return True
    long_enough = length >= _MIN_BEFORE_STARTER and not left[-1].isdigit()  # "3 ส่วน" stays
    if long_enough and (_STARTER_RE.match(right) or right[0] in "“\""):
        return True
    if length >= _MIN_BEFORE_STRONG and not left[-1].isdigit() and _STRONG_RE.match(right):
        return True
    if length >= 10 and _LIST_MARKER.match(right) and not left[-1].isascii():
        return True
    if long_enough and left.endswith(_CLOSING_WORDS) and not right.startswith("ว่า"):
        return True
    if length >= _MIN_BEFORE_SOFT and not left[-1].isdigit() and _SOFT_RE.match(right):
        return True
    return len(gap.group()) >= 2 and length >= 60 and len(right) >= 30
