"""A committee's whole unspaced name when a clear end closes it (org_committees.find_closed_committees).

Each sentence is quoted verbatim from a corpus release (its source in the test's comment).
"""

from __future__ import annotations

from entity_helpers import orgs


def test_a_name_in_a_numbered_list_is_read_to_the_line_end() -> None:
    # details/87500 (a deputy prime minister's duties, committees listed one a line)
    body = ("5.1.3      คณะกรรมการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการแห่งชาติ\n5.1.4      คณะกรรมการส่งเสริมความเท่าเทียมระหว่างเพศ\n"
            "5.1.5      คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์\n")
    found = orgs(body)
    assert "คณะกรรมการส่งเสริมความเท่าเทียมระหว่างเพศ" in found
    assert "คณะกรรมการส่งเสริมความเท่าเทียม" not in found


def test_a_name_closed_by_its_short_form_in_brackets() -> None:
    # details/53663
    body = ("ผู้ว่าราชการจังหวัดจันทบุรี ในฐานะประธานคณะกรรมการเพื่อแก้ไขปัญหาเกษตรกรอันเนื่องมาจากผลิตผลการเกษตรระดับจังหวัด "
            "(คพจ.) นายภานุศักดิ์ สายพานิช นายกสมาคมทุเรียนไทย")
    assert "คณะกรรมการเพื่อแก้ไขปัญหาเกษตรกรอันเนื่องมาจากผลิตผลการเกษตรระดับจังหวัด" in orgs(body)


def test_a_run_holding_a_clause_is_not_one_name() -> None:
    # details/42038: the sub-committee, then what it is told to do (นำระบบ...), closed by an English bracket
    body = ("พร้อมกับให้คณะอนุกรรมการอีคอมเมิร์ซนำระบบสั่งซื้อล่วงหน้าบนแพลตฟอร์มออนไลน์ (pre order platform) "
            "มาใช้ด้วยหลังจากประสบความสำเร็จ")
    assert not any(o.startswith("คณะอนุกรรมการอีคอมเมิร์ซนำ") for o in orgs(body))
    # details/99430: a committee, then the purpose of appointing it (เพื่อให้ทันต่อ...)
    body = "โดยให้มีการแต่งตั้งคณะกรรมการในการติดตามการดำเนินการเพื่อให้ทันต่อสถานการณ์และมีการขับเคลื่อนอย่างต่อเนื่อง\nทั้งนี้"
    assert not any(o.endswith("อย่างต่อเนื่อง") for o in orgs(body))


def test_a_committee_named_by_a_spaced_list_of_duties() -> None:
    # details/78875 (title): 'to consider, screen, follow up and assess the projects...'
    body = ("รองปลัดนวนิตย์ฯ  เป็นประธานการประชุมคณะอนุกรรมการพิจารณา กลั่นกรอง ติดตาม และประเมินผลโครงการที่ขอใช้เงิน"
            "กองทุนสงเคราะห์เกษตรกร คณะที่ 1 ครั้งที่ 1/2567\n")
    assert "คณะอนุกรรมการพิจารณา กลั่นกรอง ติดตาม และประเมินผลโครงการที่ขอใช้เงินกองทุนสงเคราะห์เกษตรกร" in orgs(body)


def test_a_clause_about_a_committee_is_no_list_of_duties() -> None:
    # details/43490: the river-basin committee, then what its powers are
    body = ("ระดับพื้นที่ ได้แก่ คณะอนุกรรมการทรัพยากรน้ำจังหวัด และคณะกรรมการลุ่มน้ำ มีอำนาจหน้าที่ในการจัดทำ กำกับ ติดตาม "
            "ขับเคลื่อน และการบริหารจัดการน้ำในระดับจังหวัด และลุ่มน้ำ ซึ่งทำหน้าที่เป็นกลไก")
    assert not any("มีอำนาจ" in o for o in orgs(body))


def test_a_clause_word_inside_a_noun_does_not_stop_the_name() -> None:
    # details/55502: ที่เกี่ยวข้องกับ + what it concerns is the name's ('the relevant ...' only without กับ)
    body = ("เป็นการดำเนินการตามนโยบายของคณะอนุกรรมการแก้ไขปัญหาด้านที่ดินที่เกี่ยวข้องกับกระทรวงคมนาคม ซึ่งมีนายศักดิ์สยาม "
            "ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคมเป็นประธาน")
    assert "คณะอนุกรรมการแก้ไขปัญหาด้านที่ดินที่เกี่ยวข้องกับกระทรวงคมนาคม" in orgs(body)


def test_a_known_committee_then_a_verb_is_no_longer_name() -> None:
    # details/67968: the Election Commission, then what it asks for (ร้องขอ)
    body = ("จะต้องช่วยสนับสนุนด้านการอำนวยความสะดวกให้กับพี่น้องประชาชนกลุ่มดังกล่าวตามที่คณะกรรมการการเลือกตั้งร้องขอ\n"
            "\"กระทรวงมหาดไทย จึงได้มีหนังสือสั่งการ")
    found = orgs(body)
    assert "คณะกรรมการการเลือกตั้งร้องขอ" not in found
