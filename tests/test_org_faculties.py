"""org_faculties: a faculty with its university's name after one space is one organisation (session 19, issue 11,
boundaries). Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file);
the release is named above it."""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def test_a_faculty_and_its_university_are_one_body() -> None:
    # details/96372: the faculty was listed bare and the university as a second body
    found = _orgs("่งต่อภาพถ่ายรังสีได้ 330,000 บาท โดยภายหลังมีความร่วมมือกับ คณะแพทยศาสตร์ มหาวิทยาลัยสงขลานครินทร์ ได้ออกใบส่งตัว")
    assert "คณะแพทยศาสตร์ มหาวิทยาลัยสงขลานครินทร์" in found
    assert "คณะแพทยศาสตร์" not in found and "มหาวิทยาลัยสงขลานครินทร์" not in found
    # details/70296: the university written short
    assert "คณะวนศาสตร์ ม.เกษตรฯ" in _orgs("ปลัด ทส. เยี่ยมชมและหารือทางวิชาการด้านไม้กับคณะวนศาสตร์ ม.เกษตรฯ ประกอบการจัดสร้าง")


def test_a_rajabhat_short_form_no_glossary_lists_is_the_faculty_s_university() -> None:
    # details/67286: a Rajabhat university written มรภ. + its name after the faculty (the faculty was cut before it)
    assert "คณะวิทยาศาสตร์ มรภ.วไลยอลงกรณ์" in _orgs("พจากพรมมิ สมุนไพรบำรุงสมอง ของคณะวิทยาศาสตร์ มรภ.วไลยอลงกรณ์ พบให้พลังงาน")


def test_a_faculty_named_past_its_field_stays_apart() -> None:
    # details/66467: the faculty's own name goes on with its hospital; the university stays a body of its own
    found = _orgs("าและหัวหน้าภาควิชาอายุรศาสตร์ คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล เปิดเผยว่า")
    assert "คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี" in found and "มหาวิทยาลัยมหิดล" in found


def test_the_tail_of_an_unknown_short_form_is_no_body() -> None:
    # details/85284: สกสค. (the teachers' welfare office) is no glossary entry; its tail สค. is the women's
    # department's short form and was listed as that department
    assert "สค." not in _orgs(" 67 โดยไม่เสียค่าใช้จ่ายใด ๆ ทั้งสิ้น สามารถลงทะเบียนได้ที่ สกสค. กระทรวงศึกษาธิการ ส่วนผู")
    # details/48575: ปอมท. (the council of university faculty senates) is not the Ministry of Interior (มท.)
    assert "มท." not in _orgs("เป็นประธานในการประชุมวิชาการระดับชาติ ปอมท. ประจำปี 2564 ณ มหาวิทยาลัยเชียงใหม่")
    # a word glued before the department's short form does not hide it
    assert "สค." in _orgs("ณ กรมกิจการสตรีและสถาบันครอบครัว (สค.) โดยสค. ได้ร่วมกับ พม.")


def test_a_bare_head_going_toward_something_is_no_body() -> None:
    # details/64460, 74153 (session 19): 'drive the bank toward a digital organisation', 'the hospital toward
    # excellence' were read as bodies named ธนาคารสู่องค์กรดิจิทัล, โรงพยาบาลสู่ความเป็นเลิศ (organisations.no_one_body)
    assert not _orgs("r Hands สำหรับพนักงาน เป็นกลไกสำคัญในการขับเคลื่อนธนาคารสู่องค์กรดิจิทัล ได้รับ 2 รางวัลนวัต")
    assert not any("สู่" in o for o in _orgs("ใช้หลักการโรงพยาบาลคุณธรรม ควบคู่กับการพัฒนาคุณภาพโรงพยาบาลสู่ความเป็นเลิศ เพื่อมุ่งสู่การเป็น"))
    # a named university before สู่ stays
    assert "มหาวิทยาลัยเชียงใหม่" in _orgs("ผลงานวิจัยของมหาวิทยาลัยเชียงใหม่ สู่การใช้ประโยชน์เชิงพาณิชย์")


def test_a_no_break_space_between_faculty_and_university_still_joins_them() -> None:
    # details/73785 and details/87526: a no-break space and a space stand between them (as written)
    found = _orgs(" ทิงจันทร์ หัวหน้าภาควิชาสื่อสารดิจิทัล คณะนิเทศศาสตร์\xa0 มหาวิทยาลัยสยาม และทีมงาน\xa0 หัวข้อ “เส้นทางสู่")
    assert "คณะนิเทศศาสตร์\xa0 มหาวิทยาลัยสยาม" in found
    text = normalise("น จังหวัดลำปาง องค์กรปกครองส่วนท้องถิ่น คณะสังคมสงเคราะห์ศาสตร์\xa0 มหาวิทยาลัยธรรมศาสตร์ และภาคีเครือข่ายที่เกี่ยวข้อง")
    assert "คณะสังคมสงเคราะห์ศาสตร์  มหาวิทยาลัยธรรมศาสตร์" in _orgs(text)


def test_a_listed_faculty_with_its_university_gets_both_english_names() -> None:
    # details/78256: the mined list of names holds this one whole, and it had no English at all
    entities, _ = find_entities("", "กรมความร่วมมือระหว่างประเทศ กระทรวงการต่างประเทศ, คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย, สถาบันวิจัยระบบสาธารณสุ")
    faculty = [e for e in entities if e.text == "คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย"]
    assert faculty and faculty[0].english is not None
    assert faculty[0].english.startswith("Faculty of Medicine, Chulalongkorn University")
