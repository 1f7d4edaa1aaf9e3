"""The gist of a clarification: '<who> ชี้แจงกรณี <what happened>' -> '<who> explains the case of <what>' or, when the
case does not read as a short noun phrase, '<who> explains a case' (`case_verb`, `case_action`).

A body answers a news story with ชี้แจง/แจง (explains) and then กรณี (the case of), ข่าว (the report) or ปม (the
issue), and the case is a clause of its own: someone else's act, often a passive one. Read as the actor's act it was
false: 'กยศ.ชี้แจงกรณีสาว อบต. โดนฟ้องยึดทรัพย์' (the Student Loan Fund explains the case of a borrower who was
sued) read 'Student Loan Fund sues cases'; 'กยศ. ชี้แจงกรณีผู้กู้แจ้งว่าชำระหนี้ปิดบัญชีแล้ว...' read 'Student Loan Fund
repays debts'; 'สธ. แจงกรณีมีข้อเรียกร้องให้เร่งฉีดวัคซีนแก่ อสม. ...' read 'Ministry of Public Health vaccinates ...'
(10 of 30 archive headlines of this shape, bench/gists_archive-like draw seed 2102). What the actor did is explain;
what was explained is said only as a short noun phrase ('explains the case of electricity bills'): the case's own
clause glossed word by word ('the case to hold land instead of migrants', for holding land on behalf of foreigners)
said what the release did not.
"""

from __future__ import annotations

import re

from briefing.model import Analysis
from briefing.summary.verbs import Verb, verbs_of

_CASE = re.compile(r"(?:ชี้แจง|แจง)\s*(?P<what>กรณี|ข่าว(?!ดี)|ปม)")
"""A clarifying verb and what it answers; 'แจงข่าวดี' announces good news, no report it answers."""

_GENERIC = {"กรณี": "a case", "ข่าว": "a news report", "ปม": "an issue"}
CASE_WORDS = 8
"""At most this many words of what was explained ('case of fake documents about JN RICH GROUP'); longer ones were the
case's clause glossed word by word ('case of the outbreak situation management criticism of COVID virus')."""


def case_verb(analysis: Analysis) -> tuple[Verb, str] | None:
    """The headline's clarifying verb followed by กรณี/ข่าว/ปม, and that word; None when there is none. Only the first
    clarification counts, and only when no other verb of the headline comes before it (an act of the actor's own
    first, 'ลงพื้นที่... สั่งการ... แจง กรณี...', stays the gist's)."""
    m = _CASE.search(analysis.title)
    if m is None:
        return None
    verbs = verbs_of(analysis)
    verb = next((v for v in verbs if v.start == m.start()), None)
    if verb is None or any(v.start < verb.start for v in verbs if v is not verb):
        return None
    return verb, m.group("what")


def case_action(action: str, what: str) -> str:
    """The clarifying verb's action as the headline reads it ('explains the case of electricity bills'), or 'explains a
    case' when it names nothing ('explains', 'explains the case') or what it names runs long."""
    about = re.sub(r" (?:in|at) [A-Z].*$", "", action.removeprefix("explains").strip())  # where does not count
    about = about.removeprefix("the ").removeprefix("case").removeprefix(" of ").strip()
    if not about or len(about.split()) > CASE_WORDS:
        return f"explains {_GENERIC[what]}"
    return action
