"""A military department named right after its chief's post เจ้ากรม (briefing/thai/org_bounds.after_chief).

newmm reads เจ้ากรม as one word, so the head กรม of the department's name was no word boundary and the name was
lost: 112 thaigov-v2 releases write เจ้ากรม + a department (กรมกิจการชายแดนทหาร 17, กรมเสมียนตรา 8, กรมอุทกศาสตร์ 5,
กรมข่าวทหาร 5, ...); heldout120 h07 lists กรมกิจการชายแดนทหาร. What a reader expects:
- heldout120 h07 (details/97565) "อธิบดีกรมประชาสัมพันธ์ ... และเจ้ากรมกิจการชายแดนทหาร เป็นต้น": กรมกิจการชายแดนทหาร;
- details/35109 "พลโท นพ.ชาญชัย ติกขะปัญโญ เจ้ากรมแพทย์ทหารบก และคณะ": กรมแพทย์ทหารบก;
- details/78844 "พลเอก พุฒิประสิทธิ์ จิระมะกร เจ้ากรมเสมียนตรา ผู้แทนปลัดกระทรวงกลาโหม": กรมเสมียนตรา;
- "รองเจ้ากรมข่าวทหาร", "เจ้ากรมแผนที่ทหาร": the department after the deputy's post too.
On 100 corpus releases with เจ้ากรม (outside bench and dev): 48 new names, all military departments; three cut
(กรมการสรรพ|กำลังกลาโหม: the head rules stop at กำลัง).
"""

from briefing.model import Release
from briefing.thai import analyze


def _orgs(body: str) -> list[str]:
    return [e.text for e in analyze(Release(title="x", body=body)).entities if e.type == "organisation" and e.field == "body"]


def test_department_after_its_chiefs_post():
    assert "กรมกิจการชายแดนทหาร" in _orgs("ผู้บัญชาการทุกเหล่าทัพ อธิบดีกรมสารนิเทศ และเจ้ากรมกิจการชายแดนทหาร เป็นต้น")
    assert "กรมแพทย์ทหารบก" in _orgs("พลโท นพ.ชาญชัย ติกขะปัญโญ เจ้ากรมแพทย์ทหารบก และคณะ เข้าเยี่ยมชมสถาบัน")
    assert "กรมเสมียนตรา" in _orgs("พลเอก พุฒิประสิทธิ์ จิระมะกร เจ้ากรมเสมียนตรา ผู้แทนปลัดกระทรวงกลาโหม เป็นประธาน")
    orgs = _orgs("พลตรี กรรณ บุญชัย รองเจ้ากรมข่าวทหาร และ เจ้ากรมแผนที่ทหาร ร่วมประชุม")
    assert "กรมข่าวทหาร" in orgs and "กรมแผนที่ทหาร" in orgs
