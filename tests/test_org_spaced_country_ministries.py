"""Foreign ministries with และ in their name and their country after a space (org_committees.find_spaced_country_ministries).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule the name stopped at และ:
กระทรวงอุตสาหกรรม (the Thai ministry, with its English), กระทรวงแรงงาน, กระทรวงการต่างประเทศ.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places

from briefing.thai.entities import find_entities


def test_foreign_ministry_runs_through_its_fields() -> None:
    # details/94001: the country after the space stays a place
    body = "รองรัฐมนตรีว่าการด้านการลงทุนและส่งออก กระทรวงอุตสาหกรรมและการค้า สาธารณรัฐปารากวัย และคณะ ในโอกาสเข้าเยี่ยมคารวะ"
    assert "กระทรวงอุตสาหกรรมและการค้า" in _orgs(body)
    assert "สาธารณรัฐปารากวัย" in _places(body)
    entities, _ = find_entities("", body)
    assert not any(e.english_source == "listed" and "Ministry of Industry" in (e.english or "") for e in entities)  # not
    # the Thai ministry's English; its own is translated from its words (session 20: the กระทรวง head)
    assert any(e.english == "Ministry of Industry and Trade" and e.english_source == "translated" for e in entities)
    # details/69249: a known Thai ministry's name, then และ and the foreign ministry's second field
    assert "กระทรวงการต่างประเทศและการค้า" in _orgs(
        "และเอเชียตะวันออกเฉียงใต้ กระทรวงการต่างประเทศและการค้า นิวซีแลนด์ เข้าพบหารือกับ")
    # details/93065
    assert "กระทรวงแรงงานและสวัสดิการสังคม" in _orgs(
        "ที่ได้รับอนุญาตจากกระทรวงแรงงานและสวัสดิการสังคม สปป.ลาว ให้เข้ามาทำงานในประเทศไทย")
    # details/81863: ของ glued to the name is not the name's
    assert "กระทรวงโยธาธิการและขนส่ง" in _orgs("กับรัฐมนตรีว่าการกระทรวงโยธาธิการและขนส่งของ สปป.ลาว โดยทั้งสองฝ่าย")


def test_clause_after_a_thai_ministry_is_no_foreign_ministry() -> None:
    # details/57688: the Thai ministry, then what it did
    body = "พร้อมคณะผู้บริหารกระทรวงเกษตรและสหกรณ์ได้เดินทางไปยังจังหวัดอิบารากิ ประเทศญี่ปุ่น ภายหลังการร่วมลงนาม"
    assert not any(o.endswith("อิบารากิ") for o in _orgs(body))
    # details/51424: a Latin 'Thailand' after a clause is no foreign country
    orgs = _orgs("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมกล่าวเปิดงานสัมมนา Thailand Digital Competitiveness 2022")
    assert not any("กล่าว" in o for o in orgs)
