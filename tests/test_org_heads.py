"""Thai-headed bodies the head rules missed (briefing/thai/org_heads.py): a province's Red Cross chapter, a faculty named
by its field, a military unit written short with its number, a foundation named after a royal. Sentences quoted
verbatim from corpus releases (the source in each comment)."""

from __future__ import annotations

from tests.entity_helpers import as_analyzed, orgs


def test_red_cross_chapter_in_its_presidents_post():
    # details/70824
    body = ("โดยมี นางสงวน จันทร์พร นายกเหล่ากาชาดจังหวัดนครพนม รองผู้ว่าราชการจังหวัดนครพนม "
            "หัวหน้าส่วนราชการ ผู้นำท้องถิ่นท้องที่")
    assert "เหล่ากาชาดจังหวัดนครพนม" in orgs(body)


def test_faculty_with_its_teaching_hospital_and_its_whole_field():
    # details/54960 and details/89130
    body = ("โดยบูรณาการร่วมกับหน่วยงานที่เกี่ยวข้อง ได้แก่ มหาวิทยาลัยมหิดล (คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี) "
            "ธนาคารอาคารสงเคราะห์ (ธอส.) ธนาคารออมสิน และธนาคารกรุงไทย")
    assert "คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี" in orgs(body)
    body = "(4) คณะบริหารธุรกิจ                   สีฟ้า\n(5) คณะวิทยาศาสตร์และเทคโนโลยี สีเหลือง\n"
    assert "คณะวิทยาศาสตร์และเทคโนโลยี" in orgs(body)


def test_a_committee_on_strategy_is_no_faculty():
    # details/54960-style wording; คณะกรรมการยุทธศาสตร์ is a committee, not a faculty of strategy
    found = orgs("คณะกรรมการยุทธศาสตร์ชาติมีมติเห็นชอบ")
    assert not any(f.startswith("คณะยุทธ") for f in found)


def test_military_circle_written_short_with_its_number():
    # details/81774 and details/80613 (Thai digits)
    body = ("และได้รับการสนับสนุนกำลังทหารจาก มทบ.210 เข้าดำเนินการรื้อถอนและซ่อมแซมบ้านเรือนที่เสียหาย")
    assert "มทบ.210" in orgs(body)
    body = "ภายในพื้นที่จังหวัดพะเยา จากเจ้าหน้าที่สาธารณสุข มทบ. ๓๔ และกองอาสารักษาดินแดน (อส.) พร้อมตรวจเยี่ยม"
    assert "มทบ. ๓๔" in orgs(body)


def test_foundation_named_after_a_royal_is_one_body():
    # details/82536
    body = ("แต่ด้วยเด็กขึ้นทะเบียนเป็นผู้ป่วยในพระราชานุเคราะห์ มูลนิธิแพทย์อาสาสมเด็จพระศรีนครินทราบรมราชชนนี  "
            "จึงเข้ารักษาอาการป่วยที่โรงพยาบาลมหาราชนครราชสีมา")
    found = as_analyzed(body)
    assert "มูลนิธิแพทย์อาสาสมเด็จพระศรีนครินทราบรมราชชนนี" in [e.text for e in found if e.type == "organisation"]
    assert not [e.text for e in found if e.type == "person"]


def test_faculty_name_ends_before_a_glued_word():
    # details/44824: คณะทันตแพทยศาสตร์|ทุกแห่ง, newmm reads ทุกแห่ง as one word
    body = "นักศึกษาทันตแพทย์ทุกคนที่จะเข้าศึกษาในคณะทันตแพทยศาสตร์ทุกแห่งในประเทศไทยจะต้องทำสัญญาเข้ารับราชการก่อนเข้าศึกษา"
    assert "คณะทันตแพทยศาสตร์" in orgs(body)


def test_land_development_station_named_by_its_province():
    # details/34503
    body = "ซึ่งมีขั้นตอนการเก็บตัวอย่างดินเพื่อวิเคราะห์ โดยสถานีพัฒนาที่ดินระยอง จากนั้นเยี่ยมชม นิทรรศการ"
    assert "สถานีพัฒนาที่ดินระยอง" in orgs(body)
