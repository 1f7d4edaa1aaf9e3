"""A headline with a condition: the gist never states what happens only 'if' (หาก, ถ้า) as done.

'...พร้อมสั่งปิดเว็บมังกรฟ้า หาก ตร. พบความผิด...' (details/52968: ready to have the site closed if the police find
an offence) read '... closes the website', the lead's find in session 19. In a draw of 80 archive headlines with
หาก/ถ้า (bench/gists_archive.py seed 2021, outside every bench set) the verb reader took its verb or its object from
inside the condition in 8: 'Ministry of Public Health advises the public to vaccinate data' (สธ. แนะ ปชช. หากฉีดวัคซีน
โควิด-19 แล้ว แต่ข้อมูล...ไม่ขึ้น), 'The government receives SMS ALERTS' (ถ้าได้รับ SMS ALERTS ... ต้องปฏิบัติตนเช่นไร),
'Student Loan Fund borrows SLF' (ถ้ากู้ กยศ.ไม่ผ่านจะลาออก, a mother's words), 'The public helps the illegal
factories' (ประชาชนช่วยเป็นหูเป็นตา หากพบโรงงานเถื่อน...), '... and eliminates assistance from state' (หากใครเผาจะถูก
ตัดสิทธิ์...).

What a reader expects: what the actor does is what the headline says before the condition; the conditional clause
(what happens if) cannot be said in one line without its 'if', so it is left out. The headline is read again without
its conditional clause, up to the next clause said outright (`without_condition`); when nothing before it is an act, the gist says less (the issuer issues a
release). An act right after 'พร้อม' (ready to) that the condition governs is said as readiness ('is ready to
order the closure of ...'), not as done (`ready_before`).

A condition word is หาก, ถ้า, หากว่า, ถ้าหาก as a word of their own (not inside ปัญหาการ, แสวงหากำไร, ค้นหากำลังพล,
ทำมาหากิน: the word cutter keeps those whole) and outside quotes (a quoted slogan may say 'if').
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.model import Analysis
from briefing.summary.words import words

_IF = frozenset({"หาก", "ถ้า", "หากว่า", "ถ้าหาก", "ถ้าหากว่า"})
_QUOTED = re.compile(r"[“\"‘'][^”\"’']*[”\"’']")
_READY = re.compile(r"(?<!เตรียม)(?<!ความ)พร้อม\s?(?:ที่จะ|จะ)?\s?(?:สั่ง(?:การ)?|ให้)?\s?$")
"""'พร้อม' right before the verb, or before the 'สั่ง' (order) that leads it ('พร้อมสั่งปิดเว็บ'): ready to (not
'เตรียมพร้อม', prepare, nor 'ความพร้อม', readiness)."""


_WHEN_NOT_A_CLAUSE = re.compile(r"\s?(?:วัน|วาน|คืน|เช้า|ไร|ใด|เทียบ|เปรียบเทียบ|ปี|เดือน|ครั้ง|ช่วง|ตอน|คราว|สัปดาห์|[0-9๐-๙(])")
"""After 'เมื่อ' a date or a time ('เมื่อวันที่ 5', 'เมื่อปี 2565', 'เมื่อ 24 ส.ค.') or a comparison ('เมื่อเทียบกับ'):
no clause of its own."""


def _when_clause(title: str, end: int) -> bool:
    """'เมื่อ' (when) opens a clause, not a date: '...พร้อมส่งตัวกลับเมื่อสถานการณ์ความขัดแย้งยุติ' (ready to send them
    back when the conflict is over) read '... welcomes the conflict situation', its noun taken as the object."""
    return _WHEN_NOT_A_CLAUSE.match(title, end) is None


def condition_start(title: str) -> int | None:
    """Where the headline's first condition word starts (outside quotes), or None. 'เมื่อ' (when) before a clause is
    one too: what happens only when something else has happened is not done yet, and the clause after it cannot be
    said without its 'when' either (archive headlines with a clause after 'เมื่อ': about 70 of the 208 with เมื่อ)."""
    if "หาก" not in title and "ถ้า" not in title and "เมื่อ" not in title:
        return None
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(title)]
    return next((w.start for w in words(title) if (w.text in _IF or w.text == "เมื่อ" and _when_clause(title, w.end)
                                                   and _THAI.search(title, 0, w.start)
                                                   and not _THAI_SPACE.search(title, w.end))
                 and not any(a <= w.start < b for a, b in quoted)), None)


_THAI = re.compile(r"[ก-๙]")
_THAI_SPACE = re.compile(r"(?<=[ก-๙])\s+(?=[ก-๙“\"])")
"""A space between Thai words: where a 'เมื่อ' clause ends ('...ส่งเสริมการตั้งครรภ์เมื่อพร้อม ประชาชนใช้สิทธิ...': the
next clause is the headline's own again). A headline that opens with 'เมื่อ' ('เมื่อประชาชนเดือดร้อน...ทหารพร้อม...')
is read as before: its main clause follows and the verb reader finds it."""


def _clause_end(title: str, cond: int) -> int:
    """Where the conditional clause from `cond` ends: at the next clause said outright (or the end); a 'เมื่อ' (when)
    clause also at the next space between Thai words."""
    after = _OUTRIGHT.search(title, cond)
    end = after.start() if after else len(title)
    if title.startswith("เมื่อ", cond) and (space := _THAI_SPACE.search(title, cond, end)):
        end = space.start()
    return end


_OUTRIGHT = re.compile(r"\sพร้อม(?!กับ|ด้วย|ทั้ง)")
"""A later clause of the same actor said outright: '...'ส่วนลดดอกเบี้ย'หากปิดบัญชีแบบขั้นบันได พร้อมปรับปรุงกฎหมาย...'
(archive 27238: it improves the law whatever happens), after a space. Another party's clause ('ด้าน กสทช. ...') is
left out with the condition: read on, its party became the object of the verb before the condition ('... and suspends
NBTC', archive 39495)."""


def without_condition(view: Analysis, cond: int) -> Analysis:
    """The headline view with its conditional clause blanked, from the condition word to the next clause said outright
    (or the end): its names, figures and dates there left out, every other offset kept."""
    end = _clause_end(view.title, cond)

    def kept(items: list) -> list:  # type: ignore[type-arg]
        return [x for x in items if x.field != "title" or x.end <= cond or x.start >= end]

    title = view.title[:cond].rstrip() if end == len(view.title) else \
        view.title[:cond] + " " * (end - cond) + view.title[end:]
    cut = replace(view, title=title, entities=kept(view.entities), references=kept(view.references),
                  figures=kept(view.figures), dates=kept(view.dates))
    # a second condition after the first clause ('ยินดีหาก... พร้อมส่งตัวกลับเมื่อสถานการณ์ความขัดแย้งยุติ') is left out too
    later = condition_start(title[end:]) if end < len(title) else None
    return without_condition(cut, end + later) if later is not None else cut


def ready_before(title: str, verb_pos: int, verb_starts: list[int]) -> bool:
    """The verb at `verb_pos` follows 'พร้อม' (ready to) that opens the headline's predicate (no verb of `verb_starts`
    before it: 'กระทรวงมหาดไทย พร้อมดำเนินการ...', '“ชัยวุฒิ”พร้อมสั่งปิดเว็บ...'); with a condition after it, what it
    says is not done yet. After another verb 'พร้อม' joins a second act ('...ระบุ ... พร้อมแนะ...': and advises)."""
    found = _READY.search(title[max(0, verb_pos - 16):verb_pos])
    if found is None:
        return False
    at = max(0, verb_pos - 16) + found.start()
    return not any(start < at for start in verb_starts)
