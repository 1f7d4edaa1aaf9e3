"""A committee's name cut inside a glued run closed by ฯ runs on to the ฯ (briefing/thai/org_committee_ellipses.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/38480 "คณะกรรมการผู้ชำนาญการพิจารณางานการวิเคราะห์ผลกระทบสิ่งแวดล้อมฯ ได้เห็นชอบ": the committee to its ฯ
  (was cut at งานการ);
- details/74725 "ความเห็นชอบจากคณะกรรมการองค์กรร่วมฯ แล้ว": the joint authority's committee (was คณะกรรมการองค์กร);
- details/48951 "คณะกรรมการมาตรฐานสินค้าเกษตรจึงเห็นสมควรให้จัดทำมาตรฐานฯ นี้ขึ้น": the committee and a clause, the ฯ
  the standard's: left;
- details/49838 "การประชุมคณะทำงานติดตามเร่งรัดการจ่ายเงินงบประมาณของสถาบันเครือข่ายฯ": the institutes the group works
  for stay a body of their own: left.
"""

from briefing.thai import org_committee_ellipses
from briefing.thai.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_name_runs_to_its_ellipsis():
    text = "รวมทั้งคณะกรรมการผู้ชำนาญการพิจารณางานการวิเคราะห์ผลกระทบสิ่งแวดล้อมฯ ได้เห็นชอบรายงานการประเมินผลกระทบสิ่งแวดล้อม"
    assert "คณะกรรมการผู้ชำนาญการพิจารณางานการวิเคราะห์ผลกระทบสิ่งแวดล้อมฯ" in _orgs(text)
    text = "เสนองบประมาณประจำปีหลังจากได้รับความเห็นชอบจากคณะกรรมการองค์กรร่วมฯ แล้ว โดยให้เสนอต่อรัฐบาลแต่ละฝ่าย"
    assert "คณะกรรมการองค์กรร่วมฯ" in _orgs(text)


def test_clause_and_owner_are_left():
    text = "คณะกรรมการมาตรฐานสินค้าเกษตรจึงเห็นสมควรให้จัดทำมาตรฐานฯ นี้ขึ้น"
    end = len("คณะกรรมการมาตรฐานสินค้าเกษตร")
    assert org_committee_ellipses.ellipsis_end(text, 0, end) == end
    text = "คณะทำงานติดตามเร่งรัดการจ่ายเงินงบประมาณของสถาบันเครือข่ายฯ\n"
    end = len("คณะทำงานติดตามเร่งรัดการจ่ายเงินงบประมาณ")
    assert org_committee_ellipses.ellipsis_end(text, 0, end) == end
