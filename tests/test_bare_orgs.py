"""Organisations with no Thai head word (briefing.thai.bare_orgs): foreign chambers, foreign governments named with
แห่ง, and listed media and retail companies named bare. Each sentence is quoted from an archive release (its source
in the comment)."""

from __future__ import annotations

from entity_helpers import orgs, places


def test_a_bilateral_chamber_is_one_organisation() -> None:
    # details/55630
    body = "ที่ปรึกษาสำนักงานผู้แทนการค้ารัสเซียประจำประเทศไทย วิตาลี คิสเซเรฟประธานหอการค้าไทย-รัสเซีย ดร.ยงยุทธ สาระสมบัติ"
    assert "หอการค้าไทย-รัสเซีย" in orgs(body)
    assert "รัสเซีย" not in places(body)


def test_a_thai_chamber_abroad_takes_its_seat() -> None:
    # details/97770
    body = "อาทิ BKPM, Permata Bank และหอการค้าไทยในอินโดนีเซีย พร้อมแลกเปลี่ยนประสบการณ์จริงในการทำธุรกิจ"
    assert "หอการค้าไทยในอินโดนีเซีย" in orgs(body)
    assert "อินโดนีเซีย" not in places(body)


def test_a_foreign_government_named_with_haeng_but_not_the_kingdom_of_thailand() -> None:
    # details/91392
    body = "(2) ร่างบันทึกความเข้าใจระหว่างรัฐบาลแห่งมาเลเซียและรัฐบาลแห่งราชอาณาจักรไทยว่าด้วยความร่วมมือด้านวัฒนธรรม"
    assert "รัฐบาลแห่งมาเลเซีย" in orgs(body)
    assert "ราชอาณาจักรไทย" in places(body)


def test_a_retailer_named_bare_after_its_company_name() -> None:
    # details/62778
    body = ("โดยบริษัท สยามแม็คโคร จำกัด (มหาชน) ร่วมกับ นายอารยะ โรจนวณิชชากร\n"
            "ชาวสวนส้มปลอดภัยที่ส่งผลผลิตจำหน่ายกับแม็คโคร จะเก็บเกี่ยวผลผลิตในระยะที่ปลอดภัย")
    assert orgs(body).count("แม็คโคร") == 1


def test_a_newspaper_takes_its_kind_and_a_news_agency_in_latin_letters() -> None:
    # details/77221, details/85468
    assert "หนังสือพิมพ์มติชน" in orgs("ร่วมแสดงความยินดีเนื่องในวันคล้ายวันก่อตั้งหนังสือพิมพ์มติชน ก้าวสู่ปีที่ 47")
    assert "สำนักข่าว CNBC" in orgs("โดยจากการเปิดเผยของสำนักข่าว CNBC ในรายงานจาก Expat Insider ของ InterNations ชี้ให้เห็นว่า")


def test_a_listed_name_as_a_point_on_a_route_or_a_place_to_pay_is_no_organisation() -> None:
    # details/49673, details/36834
    assert "โลตัส" not in orgs("เส้นทางเดินเรือในคลองรังสิตประยูรศักดิ์ ช่วงตลาดรังสิตถึงโลตัสคลอง 7 (ระยะทาง 18 กิโลเมตร)")
    paid = orgs("และธนาคารกรุงไทย ทุกสาขา เคาน์เตอร์เซอร์วิส บิ๊กซี เทสโก้โลตัส ตู้บุญเติม และเครือข่ายรับสมัครทั่วประเทศ")
    assert "บิ๊กซี" not in paid and "เทสโก้โลตัส" not in paid
