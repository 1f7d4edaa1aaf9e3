"""A committee's name cut short by the head rules inside a run that the writer closed with ฯ.

Releases write a long committee name's first words glued together and close them with ฯ ('and so on'):
คณะอนุกรรมการกลั่นกรองคำขอใช้งบประมาณฯ, คณะกรรมการองค์กรร่วมฯ, คณะกรรมการบูรณาการป้องกันและแก้ไขปัญหาผลกระทบต่อภาค
การเกษตรฯ, คณะกรรมการขับเคลื่อนโครงการส่งเสริมการปลูกข้าวโพดเลี้ยงสัตว์ฤดูแล้งฯ. The head rules stop at a verb
or a word they take for the end of a name (คณะอนุกรรมการกลั่นกรองคำขอ|ใช้งบประมาณฯ, คณะกรรมการองค์กร|ร่วมฯ), and
org_ellipses takes the short form only where the text also writes the full name. The cut is a name too short: a
reader takes everything up to the ฯ, which marks the name as shortened (issue 11; bench/heldout152 h04).

`ellipsis_end` runs a committee's span on to the ฯ that closes its glued run when the letters between are Thai
letters only, at most 40 of them, with no word of a clause (ได้, จะ, มีมติ, จัดตั้ง ...: คณะรัฐมนตรี|มีมติอนุมัติ
ร่างประกาศฯ is the cabinet approving a draft, the ฯ another thing's), of a post or of another body. Only committee
heads are read: after other bodies such a run is the sentence's verb and its object (กรมการจัดหางาน|ได้เริ่มจัดส่ง
...ฯ, ธนาคารออมสิน|ได้ดำเนินการ...ตามมาตรการฯ).
"""

from __future__ import annotations

import re

from briefing.thai.gazetteer import ORG_HEADS

_HEADS = ("คณะอนุกรรมการ", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน", "คณะทํางาน")
_RUN = re.compile("[\u0e01-\u0e2e\u0e30-\u0e4e]{1,40}ฯ(?![\u0e01-\u0e4e])")
"""Thai letters (not ฯ or ๆ) glued on to a closing ฯ that no Thai letter follows."""
_CLAUSE = re.compile(
    "ได้|จะ|จึง|ซึ่ง|แล้ว|เป็น|มีมติ|อนุมัติ|เห็นชอบ|เห็นสมควร|ทราบ|ดีเด่น|ฝ่าย|จัดตั้ง|แต่งตั้ง|ตั้ง|ประชุม|ในการ|เมื่อ|ทั้งนี้|นาย|นาง|คณะ|ประธาน|"
    "รัฐมนตรี|หรือ|ชุด|ครั้ง|วันที่|ถึง|โดย|เข้า|มอบ|กล่าว|เสนอ|รายงาน|ร่าง|กรุงเทพ|เกล้า|สหรัฐ|กระทรวง|กรม|สำนักงาน"
)
"""Words no tail of a committee's name holds before its ฯ: a clause's, a meeting's, a person's or post's, a draft
(ร่าง...ฯ, a document's short name), a royal verb (ทูลเกล้าฯ), a place closed by ฯ (กรุงเทพฯ, สหรัฐฯ) or another
body."""
_OWNER = re.compile("ของ(?:" + "|".join(h for h in ORG_HEADS if len(h) > 2) + ")")
"""ของ and a body: the committee of a fund, a party, an institute (...|ของกองทุนฯ, ...|ของสถาบันเครือข่ายฯ); the body
stays a mention of its own, as org_committee_tails leaves ...|ของกระทรวงมหาดไทย."""


def ellipsis_end(text: str, start: int, end: int) -> int:
    """The end of the committee's name at text[start:end] when a glued run closed by ฯ goes on from `end` (module
    docstring): after the ฯ; else `end`."""
    head = next((h for h in _HEADS if text.startswith(h, start)), None)
    if head is None or end >= len(text) or end - start <= len(head) + 1:
        return end  # the bare head (คณะกรรมการ|...ฯ) names no committee
    m = _RUN.match(text, end)
    if m is None or _CLAUSE.search(m.group(0)) or _OWNER.search(m.group(0)):
        return end
    return m.end()
