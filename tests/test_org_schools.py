"""A school named after its pupils, teachers or head (briefing/thai/org_schools.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/63124 "กรณีครูโรงเรียนฤทธิยะวรรณาลัย ที่เป็นข่าว": the school (was nothing);
- details/79435 "ให้กับคณะครูโรงเรียนเซนต์โยเซฟแม่ระมาด มุ่งมั่น": the school (was nothing);
- details/84192 "คณะครู และนักเรียนโรงเรียนบ้านโคกเมือง รวมกว่า 300 คน": the village school (was nothing);
- details/65087 "ผู้อำนวยการโรงเรียนทศพรวิทยา ... ครูฝึก โรงเรียนทศพรวิทยา": every mention of the school;
- details/41890 "บุคลากรจากโรงพยาบาลของโรงเรียนแพทย์ อาทิ": no school (medical schools, a kind);
- a class of schools (นักเรียนโรงเรียนในสังกัด, ครูโรงเรียนขนาดเล็ก) and a school as the venue (ณ โรงเรียน...): nothing.
"""

from briefing.thai import org_schools
from briefing.thai.entities import find_entities


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in org_schools.find(text)]


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_school_after_teachers_and_pupils():
    assert _found("ความคืบหน้าการดำเนินการของ สพฐ. กรณีครูโรงเรียนฤทธิยะวรรณาลัย ที่เป็นข่าวในสื่อสังคมออนไลน์") == ["โรงเรียนฤทธิยะวรรณาลัย"]
    assert _found('ชาติไทย" ให้กับคณะครูโรงเรียนเซนต์โยเซฟแม่ระมาด มุ่งมั่นขับเคลื่อน') == ["โรงเรียนเซนต์โยเซฟแม่ระมาด"]
    text = "พี่น้องประชาชน คณะครู และนักเรียนโรงเรียนบ้านโคกเมือง รวมกว่า 300 คน ร่วมให้การต้อนรับ"
    assert "โรงเรียนบ้านโคกเมือง" in _orgs(text)


def test_every_mention_of_the_school():
    text = ("นายสงกรานต์ พันธุ์พินิจ ผู้อำนวยการโรงเรียนทศพรวิทยา และเจ้าหน้าที่ กับนักเรียน ผู้บริหาร และครูฝึก "
            "โรงเรียนทศพรวิทยา กับความสำเร็จ")
    assert _orgs(text).count("โรงเรียนทศพรวิทยา") == 2


def test_kinds_classes_and_venues_are_not_schools():
    assert _found("รวมถึงบุคลากรจากโรงพยาบาลของโรงเรียนแพทย์ อาทิ โรงพยาบาลสงขลานครินทร์") == []
    assert _found("นักเรียนโรงเรียนในสังกัด สพฐ. และครูโรงเรียนขนาดเล็ก") == []
    assert _found("ณ โรงเรียนบ้านหนองบัว อำเภอเมือง") == []
