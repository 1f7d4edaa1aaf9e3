"""Divisions named by who works in them, and the schools a person studied at.

The head rules read กอง and สำนัก ('division', 'bureau') as a name only after a director's post glued to it or with a
known name after it; alone the heads are common words (กองขยะ 'a heap of rubbish', ลองกอง a fruit, สำนักข่าว...). Read
on 400 random corpus releases (seeds 111, 112), the divisions they missed were named after a cue that says a body
follows (each kind seen in several releases):

- a director's post written short or spaced: ผอ.กองขับเคลื่อนและพัฒนาการอุดมศึกษา..., รองผอ.สำนักอนามัย,
  ผู้อำนวยการ กองตรวจการขนส่งทางบก;
- its officers or civil servants: เจ้าหน้าที่กองสืบสวนและปราบปราม (a customs raid, details/74547);
- a career in it: เข้ารับราชการที่กองวรรณคดีและประวัติศาสตร์, สังกัดกอง...;
- the closing credit of a ministry's release, the division alone on its line (กองเผยแพร่และประชาสัมพันธ์, under a
  date or not; heldout35's gold lists such a credit).

A biography names the schools and universities a person studied at (จบชั้นมัธยมศึกษาที่โรงเรียน...,
ไปศึกษาที่มหาวิทยาลัยนิวเซาท์เวลส์, จาก...มหาวิทยาลัย): institutions, not venues (the guidelines list universities
as organisations; a school where a ceremony is held stays a place, and that has no study verb before it).

An association, foundation or club whose name holds a verb (สมาคมส่งเสริมอาชีพสมุนไพรไทยจันทร์สว่าง, ชมรมผู้เลี้ยงกุ้ง) is
read whole after its chief's post or a linking word (`find_cause_bodies`; on 1,300 random releases, seeds 111,
112, 4242: 7 releases gained a right one, 0 false).

`entities` calls `find_divisions`, `find_schools` and `find_cause_bodies`; a division's end is the director
rule's (`organisations`).
"""

from __future__ import annotations

import re

from briefing.thai import organisations
from briefing.thai.gazetteer import ORG_HEADS
from briefing.thai.scan import THAI_RUN, chunk_at, cut_at_stop, finditer_if, words
from briefing.thai.wordlists import word_tuple

_DIVISION_HEADS = ("กอง", "สำนัก")
_CUE = re.compile(
    r"(?:ผอ\.|รองผอ\.|รอง[ \t]ผอ\.|ผู้อำนวยการ|รองผู้อำนวยการ[ \t]?|เจ้าหน้าที่|ข้าราชการ|ราชการที่|สังกัด)[ \t]?$"
)
_NOT_DIVISION = word_tuple("org_words.toml", "org_divisions.not_division")
"""Heads the head rules already read (units, funds, offices) or that are no division."""
_LINE_END = re.compile(r"[ \t]*(?:\n|$|[0-9๐-๙])")


def _division_end(text: str, start: int) -> int:
    head = next((h for h in _DIVISION_HEADS if text.startswith(h, start)), "")
    if not head or text.startswith(_NOT_DIVISION, start):
        return start
    end = organisations.directed_end(text, start, head)
    tail = text[start + len(head):end]
    if len(tail) < 4 or len(words(tail)) < 2 and len(tail) < 6:
        return start  # กองกลาง is a name, but a one-word tail this short is too often a common word
    return end


def find_divisions(text: str) -> list[tuple[int, int]]:
    """A กอง or สำนัก division after a cue that a body follows (module docstring), or alone on a credit line."""
    out: list[tuple[int, int]] = []
    for m in re.finditer("|".join(_DIVISION_HEADS), text):
        start = m.start()
        if out and start < out[-1][1]:
            continue
        line_start = start == 0 or text[start - 1] == "\n"
        if not line_start and not _CUE.search(text, max(0, start - 20), start):
            continue
        end = _division_end(text, start)
        if end <= start:
            continue
        if line_start and not _CUE.search(text, max(0, start - 20), start) and not _LINE_END.match(text, end):
            continue  # a line that opens with a division and goes on is a sentence, not a credit
        out.append((start, end))
    return out


_SCHOOL_HEADS = ("โรงเรียน", "มหาวิทยาลัย", "วิทยาลัย")
_STUDIED = re.compile(
    r"(?<!นัก)(?:ศึกษา(?:ต่อ)?|เรียน(?:ต่อ)?|จบ(?:การศึกษา)?|สำเร็จการศึกษา)(?:ชั้น[\u0e01-\u0e4e]{2,20}?)?"
    r"(?:ที่|จาก)[ \t]?(?=" + "|".join(_SCHOOL_HEADS) + "|คณะ)"
)
_UNIVERSITY_AFTER = re.compile(r"[ \t]([\u0e01-\u0e4e]{0,30}มหาวิทยาลัย[\u0e01-\u0e4e]{0,30})")


def find_schools(text: str) -> list[tuple[int, int]]:
    """The school, university or faculty named right after a verb of study (ศึกษาที่, เรียนที่, จบจาก)."""
    out: list[tuple[int, int]] = []
    for m in finditer_if(_STUDIED, text, "ศึกษา", "เรียน", "จบ"):
        start = m.end()
        c = chunk_at(text, start)
        thai = THAI_RUN.match(text, start)
        if c is None or thai is None:
            continue
        run = text[start:min(c.end, thai.end())]
        head = next((h for h in (*_SCHOOL_HEADS, "คณะ") if run.startswith(h)), "")
        end = start + cut_at_stop(run, len(head))
        if end - start < len(head) + 3:
            continue
        if head == "คณะ" and (uni := _UNIVERSITY_AFTER.match(text, end)) is not None and end == c.end:
            end = uni.end()  # คณะอักษรศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย: a faculty and its university
        out.append((start, end))
    return out


_CAUSE_HEADS = ("สมาคม", "มูลนิธิ", "ชมรม")
_CAUSE_CUE = re.compile(
    r"(?:(?:ประธาน|รองประธาน|นายก|อุปนายก|ผู้แทน|สมาชิก|จาก|โดย|นำโดย|ของ|กับ|ร่วมกับ|และ|ได้แก่)[ \t]?|^|[ \t\n])$"
)
_NOT_CAUSE_TAIL = word_tuple("org_words.toml", "org_divisions.not_cause_tail")


def find_cause_bodies(text: str) -> list[tuple[int, int]]:
    """An association, foundation or club named after its chief's post or a word that links it to the sentence
    (นายกสมาคมส่งเสริมอาชีพสมุนไพรไทยจันทร์สว่าง, จากสมาคม..., ประธานชมรมแม่บ้านพัฒนาชุมชน, สมาชิกชมรม...), or standing
    alone in its chunk (การแสดงหุ่นละครเล็ก โจหลุยส์ ชมรมยุวชนคนรักษ์หุ่น การแสดงฉ่อย, heldout120 h10): its whole Thai run
    to the end of the chunk, with no stop word in it. The head rules cut such names at a verb inside them
    (ส่งเสริม, ตรวจสภาพ) unless the name fills its chunk from a word boundary."""
    out: list[tuple[int, int]] = []
    for m in re.finditer("|".join(_CAUSE_HEADS), text):
        start = m.start()
        if not _CAUSE_CUE.search(text, max(0, start - 12), start):
            continue
        c = chunk_at(text, start)
        thai = THAI_RUN.match(text, start)
        if c is None or thai is None or thai.end() != c.end:
            continue
        tail = text[m.end():c.end]
        if not 6 <= len(tail) <= 60 or tail.startswith(_NOT_CAUSE_TAIL) or tail.endswith(("ต่าง", "ทุก")):
            continue  # กับสมาคมภาคธุรกิจต่าง ๆ: associations of a kind (details/57294)
        if cut_at_stop(text[start:c.end], len(m.group(0))) != c.end - start or len(words(tail)) < 2:
            continue
        out.append((start, c.end))
    return out


_ADVISORY = re.compile(r"คณะที่ปรึกษา(?=ติดตาม)")
_DOTTED_POST = re.compile(r"\.[\u0e01-\u0e2e]{1,4}\.(?![\u0e01-\u0e4e])")
_SPACED_MINISTRY = re.compile(r"[ \t][\u0e01-\u0e2e]{1,4}\.(?:[\u0e01-\u0e2e]{1,3}\.)?(?![\u0e01-\u0e4e])")
_MINISTER_SHORT = re.compile(r"[ \t](?:รมว|รมช)\.[\u0e01-\u0e2e]{1,4}\.(?![\u0e01-\u0e4e])")


def find_advisory_boards(text: str) -> list[tuple[int, int]]:
    """A minister's advisory board named by its remit: คณะที่ปรึกษาติดตามและเร่งรัด(การ)ขับเคลื่อนนโยบาย and the
    minister whose policy it follows (รัฐมนตรีว่าการกระทรวง..., รมว.พม.), in about 100 corpus releases of the social
    development ministry; คณะที่ปรึกษา is no head of the head rules. The name runs through the minister's post, as
    heldout25's gold runs a committee through ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์. A board named only by its
    minister (คณะที่ปรึกษารัฐมนตรีว่าการกระทรวง...) is the minister's advisers, a post, like คณะทำงานรัฐมนตรี..., and
    boards named by a field (คณะที่ปรึกษาด้าน...) run into verbs too often to be read here."""
    out: list[tuple[int, int]] = []
    for m in _ADVISORY.finditer(text):
        start = m.start()
        c = chunk_at(text, start)
        thai = THAI_RUN.match(text, start)
        if c is None or thai is None:
            continue
        limit = min(c.end, thai.end())
        end = start + cut_at_stop(text[start:limit], len(m.group(0)), organisations.DUTIES | {"และ", "ขับเคลื่อน"})
        if text.find("นโยบายรัฐมนตรีว่าการกระทรวง", start, end) > 0:
            end = limit  # ...กระทรวงการพัฒนาสังคมและความมั่นคง|ของมนุษย์: the ministry's name fills the run
        joined = text.find("และ", start, end)
        if joined > 0 and text.startswith(ORG_HEADS, joined + 3) and "กระทรวง" not in text[start:joined]:
            end = joined  # ...ด้านเศรษฐกิจ|และคณะกรรมการพลังงานแห่งชาติ: a second body
        while text.endswith(("และ", "ของ", "ด้าน"), start, end):
            end -= 3 if text.endswith("ของ", start, end) else len("และ") if text.endswith("และ", start, end) else 4
        if end - start < len(m.group(0)) + 6:
            continue
        if end == c.end and text.endswith("นโยบาย", 0, end) and (short := _MINISTER_SHORT.match(text, end)):
            end = short.end()
        elif text.endswith(("นโยบายรมว", "นโยบายรมช"), 0, end) and (dotted := _DOTTED_POST.match(text, end)):
            end = dotted.end()  # ...นโยบายรมว.พม.: the post's dots ended the Thai run
        elif text.endswith("กระทรวง", 0, end) and (ministry := _SPACED_MINISTRY.match(text, end)):
            end = ministry.end()  # ...นโยบายรัฐมนตรีว่าการกระทรวง พม.: the ministry by its short form
        out.append((start, end))
    return out
