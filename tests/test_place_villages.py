"""Villages named by their number, their area or a road number (issue 11, session 17): briefing/thai/place_villages.py.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments). What a
reader expects: the village a water truck serves (หมู่ที่ 7 บ้านหนองปรือ), the village at the end of a rural road
(ทล.4050 - บ้านจงเก) and a village before its subdistrict are places; a house (บ้านพัก) is not.
"""

from __future__ import annotations

from entity_helpers import places


def test_village_after_its_number() -> None:
    # details/78050
    body = "ส่งน้ำช่วยเหลือราษฎรด้านการอุปโภค-บริโภค ในพื้นที่หมู่ที่ 7 บ้านหนองปรือ, หมู่ที่ 5 บ้านหนองครก และหมู่ที่ 11"
    found = places(body)
    assert "บ้านหนองปรือ" in found and "บ้านหนองครก" in found


def test_village_at_the_end_of_a_numbered_road() -> None:
    # details/70000, details/75014
    assert "บ้านจงเก" in places("ก่อสร้างถนนทางหลวงชนบทสาย พท.4003 แยก ทล.4050 - บ้านจงเก อำเภอเมือง และเขาชัยสน จังหวัดพัทลุง")
    assert "บ้านภูไทพัฒนา" in places("ถนนทางหลวงชนบทสาย อบ.4034 แยก ทล.2369 - บ้านภูไทพัฒนา อำเภอสิรินธร จังหวัดอุบลราชธานี")


def test_village_before_its_subdistrict() -> None:
    # details/46775
    body = "พื้นที่นอกเขตพนัง เช่น บ้านท่าแห่ บ้านโนนชัย ต.ฆ้องชัย และบ้านด่านใต้ บ้านเหล่าอ้อย ต.ร่องคำ ซึ่งเป็นพื้นที่ลุ่มต่ำ"
    found = places(body)
    assert "บ้านโนนชัย" in found and "บ้านเหล่าอ้อย" in found


def test_a_house_is_no_village() -> None:
    # details/83467 (the house handed over is no place; the village after its number is)
    body = "เป็นประธานมอบบ้านให้ครอบครัวนางไพฑูรย์ ลาแสน หมู่ที่ 5 บ้านหนองค้า ต.โพธิ์ตาก อ.เมืองนครพนม"
    found = places(body)
    assert "บ้านหนองค้า" in found
    assert not any(p.startswith("บ้านให้") for p in found)
    assert places("เข้าพักที่บ้านพักรับรอง ต.ท่าทราย อำเภอเมือง").count("บ้านพักรับรอง") == 0  # a house word


def test_village_written_short_before_its_subdistrict() -> None:
    # details/44383 (s21-places): บ. is บ้าน's short form; its English is 'Ban ...'
    body = "จากการถูกซุ่มโจมตีของ ผกร. ในพื้นที่ บ.แฆแบะ ต.นานาค อ.ตากใบ จว.นราธิวาส ขณะปฏิบัติภารกิจ"
    assert "บ.แฆแบะ" in places(body)


def test_baht_written_short_is_no_village() -> None:
    # details/58979
    body = "เพื่อเป็นเงินสนับสนุนค่าจัดการศพผู้สูงอายุตามประเพณีรายละ 3,000 บ. เพิ่มเติมในช่วงเดือน ต.ค. 64 - พ.ค. 65"
    assert not any(p.startswith("บ.") for p in places(body))
