"""Organisation precision, issue 11 session 13: bodies read from inside a longer abbreviation, and bodies written as
the place something happens. Thai quoted from thaigov-v2 releases (named by their details id; none is an eval dev
file or in a bench set)."""

from __future__ import annotations

from entity_helpers import orgs

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
