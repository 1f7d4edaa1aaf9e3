"""place_bracket_names: a venue's other name written whole in brackets after what it glosses is a place (session 14).
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the release is
named above it."""

from __future__ import annotations

from entity_helpers import places as _places


def test_a_bracketed_other_name_of_a_venue_is_a_place() -> None:
    # details/46590: the temple's common name
    assert "วัดภูสิงห์" in _places("นโรด ซึ่งเป็นถนนสายวัฒนธรรม วัดพุทธาวาส (วัดภูสิงห์) ขึ้นไปกราบสักการะสิ่งศัก")
    # details/43714: the village the site stands in
    assert "บ้านเตาไห" in _places("นประชาชน ตรงข้ามโรงเรียนอนุบาลกาฬสินธุ์ (บ้านเตาไห) ตำบลหลุบ อำเภอเมืองกาฬสิ")
    # details/91676: a road's name with its number, whole (it was cut to "ถนนพระราม")
    assert "ถนนพระราม 2" in _places("ำหรับโครงการก่อสร้างบนทางหลวงหมายเลข 35 (ถนนพระราม 2) ได้สั่งการให้หยุดดำเนินก")


def test_a_bracketed_list_or_kind_is_no_one_place() -> None:
    # details/44811: a list of islands stays three places
    found = _places("น (7 + 7) ประกอบด้วยจังหวัดสุราษฎร์ธานี (เกาะสมุย เกาะพะงัน เกาะเต่า) จังห")
    assert "เกาะสมุย" in found and not any(" " in p and p.startswith("เกาะสมุย") for p in found)
    # details/77812, 37497, 80615: a kind of lodging, "our home", a dormitory
    assert not any(p.startswith("โรงแรม") for p in _places(" 37 แห่ง ประกอบด้วย ที่พักนักท่องเที่ยว (โรงแรมและรีสอร์ท) 14 แห่ง, ร้านอาหารหรือภ"))
    assert "บ้านเรา" not in _places("้นที่ อาทิ ศูนย์สร้างโอกาสเด็กและเยาวชน (บ้านเรา) จังหวัดขอนแก่น ที่ได้มีก")
    assert "หอนอนหญิง" not in _places("น้ำและติดตั้งอ่างซักผ้าในอาคารเศรษฐมงคล (หอนอนหญิง) เพื่ออำนวยความสะดวก ในกา")
