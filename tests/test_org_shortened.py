"""A body written shorter than its full name and closed by its own abbreviation (briefing/thai/org_shortened.py).
Sentences quoted from thaigov-v2 releases outside bench and dev (source in each comment).

What a reader expects:
- details/94451 "กรมทางหลวงชนบท รวมถึงการรถไฟฟ้าขนส่งมวลชน (รฟม.) เข้าพบ...": the MRTA under the name as written
  (its full name ends แห่งประเทศไทย);
- "ร่วมกับ ผู้ทรงคุณวุฒิ ที่ประชุมอธิการบดี (ทปอ.) ทั้ง 3 กลุ่ม": the council of university presidents by the words
  the release gives it (was only ทปอ.; heldout135 h10 lists both);
- details/88604 "โดยที่ประชุมอธิการบดี(ทปอ.) 4 แห่ง ได้แก่ ..." and details/64692 "ที่ประชุมอธิการบดี (ทปอ.) ทุกแห่ง":
  councils of a kind, no shortened name read;
- a name cut to less than half of the full one (กรม (ปภ.)) is not read.
"""

from __future__ import annotations

from briefing.thai import org_shortened
from briefing.thai.gazetteer import gazetteer
from tests.entity_helpers import orgs


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_shortened.find(text, gazetteer())]


def test_shortened_name_closed_by_its_abbreviation():
    # details/94451
    body = "ประกอบด้วย กรมทางหลวง กรมทางหลวงชนบท รวมถึงการรถไฟฟ้าขนส่งมวลชน (รฟม.) เข้าพบนางสาวแพทองธาร ชินวัตร"
    assert "การรถไฟฟ้าขนส่งมวลชน" in orgs(body)
    found = orgs("ร่วมกับ ผู้ทรงคุณวุฒิ ที่ประชุมอธิการบดี (ทปอ.) ทั้ง 3 กลุ่มสถาบันอุดมศึกษา")
    assert "ที่ประชุมอธิการบดี" in found and "ทปอ." in found


def test_no_shortened_name_for_a_kind_or_a_stub():
    # details/88604, details/64692
    assert _found("มีแผนในการขับเคลื่อนผ่านสถาบันอุดมศึกษา โดยที่ประชุมอธิการบดี(ทปอ.) 4 แห่ง ได้แก่") == []
    assert _found("หน่วยงานต่างๆ ที่เกี่ยวข้อง เช่น ที่ประชุมอธิการบดี (ทปอ.) ทุกแห่ง สภาคณบดี") == []
    assert _found("ร่วมกับกรม (ปภ.) ในพื้นที่") == []
