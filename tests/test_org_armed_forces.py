"""The armed forces written bare (briefing/thai/org_armed_forces.py), the provincial chamber of commerce and the
district offices written as their class (briefing/data/agencies.toml: หอการค้าจังหวัด, ที่ทำการปกครองอำเภอ,
สำนักงานพัฒนาชุมชนอำเภอ).

What a reader expects (thaigov-v2 releases outside bench and dev; the read golds list the bare กองทัพ in 4 files of 5
that write it: heldout73 h05, heldout120 h06 and h26, heldout125 h19):
- details/52093 "นรม.และ รมว.กห.สั่งกองทัพ เร่งขยาย รพ.สนาม": the armed forces (was nothing);
- details/100347 "กระทรวงกลาโหม ได้สั่งการให้กองทัพและหน่วยงานความมั่นคง": the armed forces;
- details/94690 "ระหว่างภาครัฐ ภาคเอกชน และกองทัพ รวมถึงขยายผล": the armed forces;
- heldout125 h19 (details/76963) "กองทัพสานต่อนโยบาย รัฐมนตรีว่าการกระทรวงกลาโหม": the armed forces;
- details/52926 "ความสัมพันธ์ทางทหาร กองทัพของทั้งสองประเทศ": armies as a class, none;
- details/98831 "การปฏิบัติทางอากาศของกองทัพ อากาศไทย": the air force spaced, none;
- "กองทัพจากประเทศอื่น ๆ", "กองทัพมด": none from this rule; กองทัพบก, กองทัพภาคที่ 2: the head rules' names, not cut.
The provincial chamber (174 thaigov-v2 releases write หอการค้าจังหวัด):
- details/76269 "สภาอุตสาหกรรมจังหวัดระนอง หอการค้าจังหวัดระนอง โดยมี": the chamber whole (was the province, a place);
- details/73050 "ร่วมมือกับสมาคมธนาคารไทย และหอการค้าจังหวัดเชียงใหม่ บสย. ได้จัด": the chamber whole;
- heldout125 h06 (details/93641) "กรมเจ้าท่า การท่องเที่ยวแห่งประเทศไทย (ททท.) และหอการค้าจังหวัดสงขลา ร่วมอภิปราย";
- details/65006 "ประกอบด้วย สภาหอการค้าจังหวัด สภาอุตสาหกรรมจังหวัด": the class, whole (C13; was สภาหอการค้า).
"""

from briefing.thai import org_armed_forces
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_armed_forces.find(text)]


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_bare_armed_forces_acting_or_acted_on():
    assert _found("นรม.และ รมว.กห.สั่งกองทัพ เร่งขยาย รพ.สนามให้ครอบคลุม") == ["กองทัพ"]
    assert _found("โดยกระทรวงกลาโหม ได้สั่งการให้กองทัพและหน่วยงานความมั่นคงที่เกี่ยวข้อง") == ["กองทัพ"]
    assert _found("ความร่วมมือระหว่างภาครัฐ ภาคเอกชน และกองทัพ รวมถึงขยายผลการวิจัย") == ["กองทัพ"]
    assert _found("กองทัพสานต่อนโยบาย รัฐมนตรีว่าการกระทรวงกลาโหม เตรียมเปิดค่ายบำบัด") == ["กองทัพ"]


def test_armies_as_a_class_names_and_figures_of_speech():
    assert _found("สำหรับความสัมพันธ์ทางทหาร กองทัพของทั้งสองประเทศมีการแลกเปลี่ยน") == []
    assert _found("ร่วมกับกองทัพไทย และกองทัพจากประเทศอื่น ๆ") == []
    assert _found("กองทัพมดแห่งความดี กองทัพบก และกองทัพภาคที่ 2") == []
    # details/98831: กองทัพอากาศ written with a space inside
    assert _found("ขณะที่การปฏิบัติทางอากาศของกองทัพ อากาศไทยมีความเป็นสุภาพบุรุษ") == []


def test_bare_armed_forces_in_the_extractor():
    orgs = _orgs("ขอให้กองทัพ และ กอ.รมน. ช่วยเหลือประชาชน ส่วนกองทัพบกได้ส่งกำลังพล")
    assert "กองทัพ" in orgs and "กองทัพบก" in orgs


def test_provincial_chamber_of_commerce():
    assert "หอการค้าจังหวัดระนอง" in _orgs("ภาคเอกชน สภาอุตสาหกรรมจังหวัดระนอง หอการค้าจังหวัดระนอง โดยมี นายวีระกิตติ์ เป็นประธาน")
    assert "หอการค้าจังหวัดเชียงใหม่" in _orgs("ภายใต้ความร่วมมือกับสมาคมธนาคารไทย และหอการค้าจังหวัดเชียงใหม่ บสย. ได้จัดหลักสูตร")
    assert "หอการค้าจังหวัดสงขลา" in _orgs("อาทิ กรมเจ้าท่า การท่องเที่ยวแห่งประเทศไทย (ททท.) และหอการค้าจังหวัดสงขลา ร่วมอภิปราย")
    assert "สภาหอการค้าจังหวัด" in _orgs("เครือข่ายในพื้นที่ ประกอบด้วย สภาหอการค้าจังหวัด สภาอุตสาหกรรมจังหวัด SME")


def test_district_offices_as_their_class():
    # details/80574: the district community development office, no district named (C13; was nothing)
    assert "สำนักงานพัฒนาชุมชนอำเภอ" in _orgs("โดยเน้นย้ำ ให้กำชับนายอำเภอ มอบหมายสำนักงานพัฒนาชุมชนอำเภอ ในฐานะเลขานุการกรรมการ")
    # details/84057: where to file, the district administration office (was nothing)
    assert "ที่ทำการปกครองอำเภอ" in _orgs("ยื่นได้ที่อาคารศาลากลางจังหวัด หรือ ที่ทำการปกครองอำเภอ ณ ที่ว่าการอำเภอทุกแห่ง")
    # details/88763: a named district office stays whole
    assert "ที่ทำการปกครองอำเภอลานสัก" in _orgs("โดยกรมการปกครอง ได้มอบหมายให้ที่ทำการปกครองอำเภอลานสัก ตั้งจุดบริการเคลื่อนที่")
