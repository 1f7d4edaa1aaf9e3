"""A glossary body's name broken across two lines is one name (briefing/thai/org_line_breaks.py). Lines quoted from
cabinet-summary releases of thaigov-v2 (the source in each comment)."""

from __future__ import annotations

from briefing.thai import org_line_breaks
from briefing.thai.gazetteer import gazetteer
from tests.entity_helpers import orgs


def test_ministry_broken_after_its_head():
    # details/93279: the reader saw no ministry at all (กระทรวง| and แรงงาน on two lines)
    body = ("หน่วยงานที่เกี่ยวข้อง: กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัย และนวัตกรรม (อว.) กระทรวงยุติธรรม (ยธ.) กระทรวง\n"
            "แรงงาน (รง.) ศธ. และกระทรวงสาธารณสุข (สธ.)\n")
    found = orgs(body)
    assert "กระทรวง\nแรงงาน" in found
    assert "กระทรวงยุติธรรม" in found


def test_office_broken_before_its_committee():
    # details/97567: the office was shown as the board it serves (คณะกรรมการส่งเสริมการลงทุน)
    body = "กค. ทส. สำนักงบประมาณ (สงป.) สำนักงาน\nคณะกรรมการส่งเสริมการลงทุน (สกท.)\nและธนาคารแห่งประเทศไทย\n"
    found = orgs(body)
    assert "สำนักงาน\nคณะกรรมการส่งเสริมการลงทุน" in found
    assert "คณะกรรมการส่งเสริมการลงทุน" not in found


def test_the_span_crosses_the_break_and_names_the_body():
    text = "โดยกระทรวงการพัฒนาสังคม\nและความมั่นคงของมนุษย์ (พม.) เสนอ"
    (start, end, name), = org_line_breaks.find(text, gazetteer())
    assert text[start:end] == "กระทรวงการพัฒนาสังคม\nและความมั่นคงของมนุษย์"
    assert name == "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"


def test_words_that_only_join_into_a_name_part_way_are_left_alone():
    # a line that ends with a body and a next line that starts a sentence: nothing crosses
    assert org_line_breaks.find("ประชุมร่วมกับกระทรวงแรงงาน\nและได้หารือ", gazetteer()) == []
