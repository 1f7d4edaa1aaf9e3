"""Divisions named after a cue that a body follows, and the schools a person studied at (thai/org_divisions.py).

Each sentence is quoted from a corpus release (its source in the test's comment); each test fails without its rule.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.org_divisions import find_divisions, find_schools


def _orgs(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


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
