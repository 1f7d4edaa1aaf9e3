"""A unit named with its parent body's short form after a space (briefing/thai/org_parents.py): กองสารนิเทศ สป.มท.,
สำนักงานปลัดกระทรวง อว., สำนักเลขาธิการ ครม. are one organisation each; a class of units (ศูนย์พัฒนาเด็กเล็ก อบต.),
two bodies joined by และ, a bank's customers and a team of executives are not. Sentences quoted verbatim from corpus
releases (source in each comment)."""

from __future__ import annotations

from briefing.thai.gazetteer import gazetteer
from briefing.thai.org_parents import find_units_with_parent
from tests.entity_helpers import orgs


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_units_with_parent(text, gazetteer())]


def test_press_division_with_its_ministrys_office():
    # details/53220: the Interior ministry's press releases are signed by its press division
    text = "ลูกหลาน และประชาชนทั่วไป  กองสารนิเทศ สป.มท.  ครั้งที่ 107/2565 วันที่"
    assert _found(text) == ["กองสารนิเทศ สป.มท."]
    found = orgs(text)
    assert "กองสารนิเทศ สป.มท." in found and "สป.มท." not in found


def test_permanent_secretarys_office_of_a_ministry_written_short():
    # details/75082
    assert _found("ห็นความร่วมมือของ NIA และ สำนักงานปลัดกระทรวง อว. โดย TED Fund ในการพัฒนา") == ["สำนักงานปลัดกระทรวง อว."]


def test_bank_research_centre():
    # details/61141
    assert _found("ในทุก ๆ จังหวัด ทั้งนี้  ศูนย์วิจัยและพัฒนา ธ.ก.ส.  คาดการณ์แนวโน้มของเศรษฐกิจ") == ["ศูนย์วิจัยและพัฒนา ธ.ก.ส."]


def test_cabinet_secretariat_glued_after_a_verb():
    # bench/heldout48 h02 (a read set): the bill was sent to the cabinet's secretariat
    text = "เซ็นผ่านร่าง พ.ร.บ.อสม.ฉบับแก้ไขส่งสำนักเลขาธิการ ครม.แล้ว เพื่อเสนอ ครม.พิจารณาต่อไป"
    assert _found(text) == ["สำนักเลขาธิการ ครม."]


def test_not_two_bodies_a_class_or_people():
    # details/44386: the budget bureau and the OPDC, two bodies
    assert _found("โดยให้รับความเห็นของ สำนักงบประมาณและสำนักงาน ก.พ.ร. ไปประกอบการพิจารณาด้วย") == []
    # details/60305: any SAO's child centre, the SAO named after the space
    assert _found("บาดเจ็บจากเหตุการณ์ที่ ศูนย์พัฒนาเด็กเล็ก อบต. อุทัยสวรรค์ อ.นากลาง") == []
    # a bank's customers, a ministry's executives, a district (not a body) after the space
    assert _found("สำหรับกลุ่มลูกค้าสินเชื่อ ธ.ก.ส. ที่ได้รับผลกระทบ") == []
    assert _found("พร้อมด้วยคณะผู้บริหาร พม. ร่วมลงพื้นที่") == []
    assert _found("กลุ่มทอผ้า อ.วิภาวดี จังหวัดสุราษฎร์ธานี") == []


def test_body_then_its_own_short_form_is_two_mentions():
    assert _found("กรมป้องกันและบรรเทาสาธารณภัย ปภ. ได้ประสานงาน") == []


def test_centre_ending_in_the_parents_bare_head_is_left_to_the_ministry():
    # 2020/09/17/ด้านสังคม_66.txt: "กระทรวง พม." is the ministry written with its bare head (organisations' rule)
    assert _found("ได้ที่ ศูนย์รับบริจาคกระทรวง พม. บริเวณชั้น 2 อาคาร กรมพัฒนาสังคมและสวัสดิการ") == []


def test_a_committees_secretariat_is_a_role_not_a_unit():
    # details/45313 and 93909: the agency acts as the committee's secretariat; the committee is the body
    text = "2.1.3 การพิจารณาของ กนช. โดย สทนช. ในฐานะฝ่ายเลขานุการ กนช. จะวิเคราะห์และจัดทำแผนปฏิบัติการ"
    assert _found(text) == []
    assert "กนช." in orgs(text) and "ฝ่ายเลขานุการ กนช." not in orgs(text)
    assert _found("ที่ผ่านมา สคทช. ในฐานะฝ่ายเลขานุการ คทช. ได้เร่งรัดขับเคลื่อนการจัดที่ดินทำกิน") == []
