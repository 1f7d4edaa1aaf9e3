"""A committee's name that ends with a Latin acronym (thai/org_committee_acronyms.py).

Each sentence is quoted verbatim from a corpus release (its source in the test's comment).
"""

from __future__ import annotations

from entity_helpers import orgs


def test_a_committee_name_runs_through_its_acronym() -> None:
    # details/68871: the committee sets the median price and drafts the TOR
    body = ("ขณะนี้การออกแบบและการประเมินผลกระทบสิ่งแวดล้อม (EIA) เสร็จเรียบร้อยแล้ว "
            "อยู่ระหว่างแต่งตั้งคณะกรรมการราคากลางและจัดทำ TOR ซึ่งคาดว่าจะแล้วเสร็จเดือน มิ.ย.นี้\n")
    assert "คณะกรรมการราคากลางและจัดทำ TOR" in orgs(body)
    # details/100137 (title)
    body = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ดีอี ประชุมคณะทำงานประเมินคุณธรรมและความโปร่งใส ITA ครั้งที่ 3/2568\n"
    assert "คณะทำงานประเมินคุณธรรมและความโปร่งใส ITA" in orgs(body)


def test_no_acronym_of_a_known_body_or_before_more_latin() -> None:
    # details/71872: the ADB's board; the bank stays a mention of its own
    body = "ในโอกาสนี้ คณะกรรมการบริหาร ADB ได้ชื่นชมประเทศไทยที่ได้ดำเนินการโครงการพัฒนาระบบคมนาคมขนส่ง"
    assert "คณะกรรมการบริหาร ADB" not in orgs(body)
    # details/64402: BCG Model, where the name ends is unclear
    body = ("3. มอบหมายคณะกรรมการบริหารการพัฒนาเศรษฐกิจ BCG Model และคณะกรรมการขับเคลื่อนการพัฒนาเศรษฐกิจ BCG Model "
            "เป็นกลไกหลักในการผลักดันการขับเคลื่อน")
    assert not any(o.endswith("BCG") for o in orgs(body))


def test_a_national_committee_keeps_its_national() -> None:
    # details/74681: the national EV board, แห่งชาติ after the acronym and the verb glued on
    body = ("เมื่อต้นเดือนที่ผ่านมา คณะกรรมการ EV แห่งชาติได้อนุมัติมาตรการส่งเสริม EV 3.5 (ปี 2024-2027) "
            "เพื่อส่งเสริมการลงทุนในระบบแวดล้อม")
    assert "คณะกรรมการ EV แห่งชาติ" in orgs(body)
    # details/42212
    body = ("โดยข้อสรุปจากคณะกรรมการ AEFI จังหวัด จะเข้าสู่ที่ประชุมคณะกรรมการ AEFI ระดับประเทศ "
            "ที่ประกอบด้วยแพทย์ผู้เชี่ยวชาญด้านที่เกี่ยวข้องร่วมกันพิจารณา")
    assert "คณะกรรมการ AEFI ระดับประเทศ" in orgs(body)
