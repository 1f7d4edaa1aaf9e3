"""Organisation precision, issue 11 session 13: bodies read from inside a longer abbreviation, and bodies written as
the place something happens. Thai quoted from thaigov-v2 releases (named by their details id; none is an eval dev
file or in a bench set)."""

from __future__ import annotations

from entity_helpers import as_analyzed, orgs

from briefing.thai.abbrev_inside import inside_longer_abbreviation


def test_the_ministrys_volunteers_are_not_the_ministry() -> None:
    # details/40677: "อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.) เพื่ออำนวยความสะดวก": อ|พม. read as พม.
    text = "น้าที่ธนาคารกรุงไทย รวมทั้ง อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.) เพื่ออำนวยความสะดวกให้กับกลุ่มคนดังกล่าว"
    assert orgs(text) == ["ธนาคารกรุงไทย"]
    # the ministry itself, named in brackets, is kept beside its volunteers
    assert orgs("รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) และ อพม. ลงพื้นที่") == [
        "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "พม."]


def test_a_course_and_an_inspector_are_not_the_narcotics_bureau_or_the_police() -> None:
    # details/95596: "หลักสูตรนักปกครองระดับสูง (นปส.) รุ่นที่ 83": the senior administrators' course, not ปส.
    assert orgs("ผู้เข้ารับการศึกษาอบรมหลักสูตรนักปกครองระดับสูง (นปส.) รุ่นที่ 83 โดยมี นายเชษฐา โมสิกรัตน์ "
                "รองปลัดกระทรวงมหาดไทย") == ["กระทรวงมหาดไทย"]
    # details/60358 (title): "ผตร.เดชา ร่วมเป็นเกียรติ": ผู้ตรวจราชการ (an inspector), not ตร. (the police)
    assert orgs("ผตร.เดชา ร่วมเป็นเกียรติในพิธีเปิดงานสัมมนา") == []


def test_a_word_or_a_preposition_before_an_abbreviation_keeps_the_body() -> None:
    text = "ร่วมกับ บขส. และรถบขส. ให้บริการ ของสวทช. ณกฟผ."
    for short in ("บขส.", "สวทช.", "กฟผ."):
        i = text.rindex(short)
        assert not inside_longer_abbreviation(text, i, i + len(short)), short
    i = text.index("ร่วมกับ") + len("ร่วมกับ ")
    assert not inside_longer_abbreviation(text, i, i + 4)  # at a token start: nothing glued before it


def _typed(body: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in as_analyzed(body) if e.type != "person"]


def test_a_body_after_a_dated_thi_with_a_short_month_is_where_the_day_happens() -> None:
    # details/80968: "เมื่อวันที่ 27 มี.ค. ที่กระทรวงทรัพยากรธรรมชาติฯ พล.ต.อ.พัชรวาท ...": the venue, as after "2567 ที่"
    assert _typed("เมื่อวันที่ 27 มี.ค. ที่กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม พล.ต.อ.พัชรวาท วงษ์สุวรรณ "
                  "รองนายกรัฐมนตรี") == [("place", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม")]


def test_a_hospital_where_an_illness_is_treated_is_a_place() -> None:
    # details/86154: "นำตัวไปรักษาอาการเจ็บป่วยที่โรงพยาบาลกลางตามเดิม"
    found = _typed("ศรส. จึงประสานรถกู้ชีพ 1669 ให้มารับและนำตัวไปรักษาอาการเจ็บป่วยที่โรงพยาบาลกลางตามเดิม "
                   "นางสาวซาราห์ กล่าวว่า")
    assert ("place", "โรงพยาบาลกลาง") in found and ("organisation", "โรงพยาบาลกลาง") not in found
    assert ("organisation", "ศรส.") in found


def test_the_owner_after_a_building_in_front_of_which_ที่_places_the_event_is_a_place() -> None:
    # details/34964: "ที่บริเวณด้านหน้าอาคารวัฒนธรรมวิศิษฏ์ กระทรวงวัฒนธรรม นายอิทธิพล ...": C3, as after ณ บริเวณ...;
    # the ministry in the minister's post is still an organisation
    found = _typed("เมื่อวันที่ ๙ กันยายน ๒๕๖๓ ที่บริเวณด้านหน้าอาคารวัฒนธรรมวิศิษฏ์ กระทรวงวัฒนธรรม นายอิทธิพล คุณปลื้ม "
                   "รัฐมนตรีว่าการกระทรวงวัฒนธรรม")
    assert found == [("place", "อาคารวัฒนธรรมวิศิษฏ์"), ("place", "กระทรวงวัฒนธรรม"), ("organisation", "กระทรวงวัฒนธรรม")]


def test_a_municipality_named_as_an_area_is_a_place() -> None:
    # details/46580: "ตรวจการบริหารจัดการน้ำในเขตเทศบาลนครนครศรีธรรมราช"
    assert _typed("โดย นายกรัฐมนตรีจะตรวจการบริหารจัดการน้ำในเขตเทศบาลนครนครศรีธรรมราช และตรวจแผนการป้องกันอุทกภัย") == [
        ("place", "เทศบาลนครนครศรีธรรมราช")]
    # details/34647: "ช่วงกลางน้ำอยู่ในเขตเทศบาลนครเชียงใหม่ทั้งหมด"
    assert _typed("ระยะทางประมาณ 8.190 กิโลเมตร ช่วงกลางน้ำอยู่ในเขตเทศบาลนครเชียงใหม่ทั้งหมด") == [
        ("place", "เทศบาลนครเชียงใหม่")]
    # the council acting is kept, and so is one after "อบต.ในพื้นที่" (the local councils, then the provincial one acting)
    assert _typed("เทศบาลนครยะลาได้จัดกิจกรรม") == [("organisation", "เทศบาลนครยะลา")]
    assert ("organisation", "อบจ.สมุทรปราการ") in _typed("ซึ่งเกินศักยภาพของ อบต.ในพื้นที่ อบจ.สมุทรปราการจึงรับมอบภารกิจ")


def test_a_scheme_named_like_a_bank_or_a_hospital_grade_is_no_body() -> None:
    # details/82450: "ในการขับเคลื่อนธนาคารขยะ (Recyclable Waste Bank)": the waste bank scheme, not a bank
    assert "ธนาคารขยะ" not in orgs("ขับเคลื่อนนโยบายของกระทรวงมหาดไทยในการขับเคลื่อนธนาคารขยะ (Recyclable Waste Bank) "
                                     "เพื่อขับเคลื่อนและพัฒนาสิ่งแวดล้อม")
    # details/85988: "ระบบธนาคารหน่วยกิต (Credit Bank)"; details/89963: "ธนาคารเวลา (Time Bank)"
    assert orgs("และการเทียบโอนหน่วยกิตเข้าสู่ระบบธนาคารหน่วยกิต (Credit Bank) เพื่อให้แรงงานได้วุฒิการศึกษา") == []
    assert orgs("“โดยคนในชุมชน เพื่อชุมชน” หลักการเดียวกับธนาคารเวลา (Time Bank) อีกทั้งดำเนินโครงการ") == []
    # details/78696: "สู่การเป็นโรงพยาบาลอัจฉริยะต้นแบบ (Smart hospital)": a grade a hospital reaches
    assert orgs("และพัฒนาคุณภาพบริการ สู่การเป็นโรงพยาบาลอัจฉริยะต้นแบบ (Smart hospital) และขับเคลื่อนนโยบาย") == []
    # a community's own waste bank, named, is kept (details/82450: "คือ ธนาคารขยะบ้านคุยมะม่วง")
    assert "ธนาคารขยะบ้านคุยมะม่วง" in orgs("อำเภอลานกระบือนั้นมีธนาคารขยะเป็นของตัวเอง คือ ธนาคารขยะบ้านคุยมะม่วง "
                                          "โดยเป็นการพัฒนาต่อยอด")


def test_a_royal_household_post_is_no_department() -> None:
    # details/56144 (session 22): กรมวังผู้ใหญ่ is the post of the officer named before it, not a กรม
    text = ("ไว้ในพระบรมราชูปถัมภ์ โดยมี พลตำรวจโท สกลเขต จันทรา กรมวังผู้ใหญ่ เป็นผู้เชิญผ้าไตรและเครื่องไทยธรรมพระราชทาน "
            "ถวายแด่พระสงฆ์")
    assert not [o for o in orgs(text) if o.startswith("กรมวัง")]


def test_moc_after_a_signing_is_the_memorandum_not_the_ministry() -> None:
    # details/75190 and 61726 (session 22): MOC is the memorandum of cooperation signed, not the Ministry of Commerce
    assert "MOC" not in orgs("กระทรวงแรงงาน ลงนาม MOC ส่งแรงงานไทยทำงานทักษะเฉพาะในประเทศญี่ปุ่น ผ่านโครงการ")
    assert "MOC" not in orgs("การนิคมอุตสาหกรรมแห่งประเทศไทยได้มีการลงนาม MOC ร่วมกับหน่วยงานเครือข่ายจากไทยและญี่ปุ่น")
