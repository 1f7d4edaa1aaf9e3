"""Divisions named after a cue that a body follows, and the schools a person studied at (thai/org_divisions.py).

Each sentence is quoted from a corpus release (its source in the test's comment); each test fails without its rule.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai.org_divisions import find_divisions, find_schools


def test_division_after_its_officers() -> None:
    # details/74547 (customs raids)
    body = ("- วันที่ 2 พฤศจิกายน 2566 เจ้าหน้าที่กองสืบสวนและปราบปราม และเจ้าหน้าที่สำนักงานศุลกากรกรุงเทพ "
            "เข้าตรวจค้น")
    assert "กองสืบสวนและปราบปราม" in _orgs(body)


def test_division_after_a_short_director_post() -> None:
    # details/80257
    body = ("นายพันธุ์เพิ่มศักดิ์ อารุณี ผอ.กองขับเคลื่อนและพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม")
    assert "กองขับเคลื่อนและพัฒนาการอุดมศึกษา" in _orgs(body)
    # details/63231
    body = "พญ.ภาวิณี รุ่งทนต์กิจ รองผอ.สำนักอนามัย กรุงเทพมหานคร นายอาคม สุทธิบุญ ผู้ช่วยผอ.เขตจตุจักร"
    assert "สำนักอนามัย" in _orgs(body)


def test_credit_line_division() -> None:
    # details/72018: the release closes with the division's credit on a line of its own
    body = "หรือประสบปัญหาในต่างประเทศ\n\nกองเผยแพร่และประชาสัมพันธ์"
    assert "กองเผยแพร่และประชาสัมพันธ์" in _orgs(body)


def test_a_line_opening_with_a_division_is_not_a_credit() -> None:
    body = "กองขยะมูลฝอยถูกเผาทิ้งในพื้นที่"
    assert find_divisions(body) == []


def test_common_words_without_a_cue_are_not_divisions() -> None:
    # details/44587: ลองกอง is a fruit
    body = "ผลไม้ต่าง ๆ เช่น ลำไย เงาะ ลองกอง และ 4. รักษาระดับราคา"
    assert find_divisions(body) == []


def test_faculty_and_university_after_a_verb_of_study() -> None:
    # details/56246
    body = "ทั้งยังได้นำความรู้จากการศึกษาที่คณะศิลปกรรมศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย รวมถึงที่ประเทศฝรั่งเศส"
    assert "คณะศิลปกรรมศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย" in _orgs(body)


def test_school_students_come_from() -> None:
    # details/50308
    body = ("กลุ่มที่ 1 นักเรียนระดับประถม/มัธยมศึกษาจากโรงเรียนสอนร้องเพลงแกรมมี่ 14 คน "
            "จะขับร้องเพลงพระราชนิพนธ์")
    assert "โรงเรียนสอนร้องเพลงแกรมมี่" in _orgs(body)


def test_students_are_not_a_verb_of_study() -> None:
    # details/35503: นักเรียนจาก... is 'pupils from' (a kind of school), not 'studied at'
    body = "นายกรัฐมนตรีได้ร่วมพูดคุยกับเด็กนักเรียนจากโรงเรียนตำรวจตะเวนชายแดนถึงความสำคัญของการอ่าน"
    assert find_schools(body) == []


def test_closed_committee_stops_at_a_clause() -> None:
    # details/97168: the committee's name ends before และคาดว่าจะเสนอต่อที่ประชุมคณะรัฐมนตรี (ครม.), a clause whose
    # bracket closes the cabinet's name, not the committee's
    body = ("และในช่วงเดือนสิงหาคม จะเสนอต่อคณะกรรมการควบคุมการขอทาน และคาดว่าจะเสนอต่อที่ประชุมคณะรัฐมนตรี (ครม.) "
            "เพื่อพิจารณาได้ประมาณเดือนกันยายน 2568")
    orgs = _orgs(body)
    assert "คณะกรรมการควบคุมการขอทาน" in orgs
    assert "คณะรัฐมนตรี" in orgs


def test_association_named_after_a_linking_word() -> None:
    # details/57837: the head rules cut the name at ส่งเสริม, a verb inside it
    body = ("รับมอบถังออกซิเจนทางการแพทย์พร้อมอุปกรณ์ จำนวน 24 ชุด รวมมูลค่า 144,000 บาท "
            "จากสมาคมส่งเสริมอาชีพสมุนไพรไทยจันทร์สว่าง เพื่อสนับสนุนการปฏิบัติงานของเจ้าหน้าที่")
    assert "สมาคมส่งเสริมอาชีพสมุนไพรไทยจันทร์สว่าง" in _orgs(body)


def test_club_after_its_chairs_post() -> None:
    # details/68361
    body = ("นายอรรษิษฐ์ สัมพันธรัตน์ อธิบดีกรมการพัฒนาชุมชน นางจิณณารัชช์ สัมพันธรัตน์ ประธานชมรมแม่บ้านพัฒนาชุมชน "
            "นางพาตีเมาะ สะดียามู ผู้ว่าราชการจังหวัดปัตตานี")
    assert "ชมรมแม่บ้านพัฒนาชุมชน" in _orgs(body)
    # details/35356
    body = "โดยกรมประมงได้วางแผนร่วมกับชมรมผู้เลี้ยงกุ้ง เพื่อหาแนวทางแก้ไขปัญหาราคากุ้งขาว"
    assert "ชมรมผู้เลี้ยงกุ้ง" in _orgs(body)


def test_associations_of_a_kind_are_not_one_body() -> None:
    # details/57294
    body = "หน่วยงานที่เกี่ยวข้องได้มีการพบปะหารือกับสมาคมภาคธุรกิจต่าง ๆ และมีความก้าวหน้า"
    assert "สมาคมภาคธุรกิจต่าง" not in _orgs(body)


def test_advisory_board_named_by_its_remit() -> None:
    # details/83545: the minister written short after a space
    body = ("ศาสตราจารย์ ดร.กนก วงษ์ตระหง่าน รองประธานคณะที่ปรึกษาติดตามและเร่งรัดการขับเคลื่อนนโยบาย รมว.พม. "
            "คณะผู้บริหารกระทรวง พม. และผู้แทนหน่วยงานที่เกี่ยวข้อง เข้าร่วม")
    assert "คณะที่ปรึกษาติดตามและเร่งรัดการขับเคลื่อนนโยบาย รมว.พม." in _orgs(body)
    # details/89180: the minister's post in full
    body = ("นายนิกร จำนง ประธานคณะที่ปรึกษาติดตามและเร่งรัดการขับเคลื่อนนโยบายรัฐมนตรีว่าการกระทรวง"
            "การพัฒนาสังคมและความมั่นคงของมนุษย์ ในฐานะประธานคณะทำงาน")
    assert ("คณะที่ปรึกษาติดตามและเร่งรัดการขับเคลื่อนนโยบายรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
            in _orgs(body))
