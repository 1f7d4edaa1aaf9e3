"""Landmarks named by a Thai Wikipedia title wherever they stand (issue 11, session 12): briefing/thai/place_titled.py.

Sentences quoted from thaigov-v2 releases (source ids in the comments). What a reader expects: the dam a tunnel
feeds, the bridge a gauge stands at, the bay a ranking names, the island a project develops are each the place.
"""

from __future__ import annotations

from entity_helpers import place_english, places


def test_dam_after_its_reservoir() -> None:
    # details/56149
    body = "ได้แก่ 1) อุโมงค์ส่งน้ำ ช่วงลำน้ำแม่แตงไปยังอ่างเก็บน้ำเขื่อนแม่งัดสมบูรณ์ชล และ 2) อุโมงค์ส่งน้ำ"
    assert "เขื่อนแม่งัดสมบูรณ์ชล" in places(body)


def test_bridge_glued_to_a_position_word() -> None:
    # details/88461
    body = "เพื่อติดตามสถานการณ์น้ำท่วมในเขตชุมชน ที่สถานีวัดระดับน้ำ P1 เชิงสะพานนวรัฐ โดยนายกรัฐมนตรีจะพบปะ"
    found = place_english(body)
    assert found.get("สะพานนวรัฐ") == "Nawarat Bridge"


def test_bay_in_quotes_and_island_in_a_project() -> None:
    # details/97237, details/92310
    assert "อ่าวมาหยา" in places("รองโฆษกรัฐบาลเผย “อ่าวมาหยา” คว้าแชมป์ชายหาดถ่ายภาพสวยที่สุดในโลก")
    found = place_english("ลงพื้นที่ติดตามความก้าวหน้าโครงการพัฒนาเกาะสีชังตามพระบรมราโชบาย")
    assert found.get("เกาะสีชัง") == "Ko Sichang"


def test_road_along_a_dam_gives_the_dam() -> None:
    # details/46371
    body = "- สายทาง ลบ.5129 เลียบเขื่อนป่าสักชลสิทธิ์ฝั่งซ้าย (ตอนลพบุรี) อำเภอท่าหลวง"
    assert "เขื่อนป่าสักชลสิทธิ์" in places(body)


def test_kinds_of_bridge_and_island_are_no_place() -> None:
    body = "ก่อสร้างสะพานข้ามแยก จำนวน 2 แห่ง และปรับปรุงเกาะกลางถนน ให้ผู้ใช้รถเกาะติดสถานการณ์"
    found = places(body)
    assert not any(p.startswith(("สะพาน", "เกาะ")) for p in found)


def test_royal_residences_wherever_they_stand() -> None:
    # details/89642 (a run route round the palace), details/58741 (an inspection of the area)
    assert "พระตำหนักจิตรลดารโหฐาน" in places("ครั้งที่ 1 (โครงการรอบพระตำหนักจิตรลดารโหฐาน ระยะทาง 7.1 กิโลเมตร)")
    assert "พระตำหนักสิริยาลัย" in places("และพื้นที่บริเวณพระตำหนักสิริยาลัย พร้อมทั้งตรวจเยี่ยมแปลงสาธิต")


def test_residence_words_of_a_kind_are_no_name() -> None:
    body = "พระตำหนักใหญ่ เป็นพระตำหนักที่ประทับของพระองค์ เสด็จแปรพระราชฐานไปยังพระตำหนักในต่างจังหวัด"
    assert not any(p.startswith("พระตำหนัก") for p in places(body))


def test_palace_after_a_numbered_museum() -> None:
    # details/82093 (place_named.palaces: the venue before the palace may carry its list number)
    body = "เข้าชมนิทรรศการโดยไม่เสียค่าใช้จ่าย ได้แก่ 1.พิพิธภัณฑ์ศาลาว่าการกลาโหม 2.พิพิธภัณฑ์ตำรวจ วังปารุสกวัน 3.พิพิธภัณฑ์เหรียญกษาปณานุรักษ์"
    assert "วังปารุสกวัน" in places(body)


def test_palace_after_a_residence_round_which() -> None:
    # the palace list of details/76026 (test_place_named), the residence written with รอบ before it
    body = "ตามสถานที่สำคัญต่าง ๆ ได้แก่ พระบรมมหาราชวัง รอบพระตำหนักจิตรลดารโหฐาน วังสระปทุม พระที่นั่งอนันตสมาคม"
    found = places(body)
    assert "วังสระปทุม" in found and "พระตำหนักจิตรลดารโหฐาน" in found


def test_dams_named_after_a_river_or_a_district() -> None:
    # details/45860, details/75910, details/75014: the rest after เขื่อน is a dictionary word (the river เจ้าพระยา,
    # the districts ศรีนครินทร์ and สิรินธร), which once made the title a kind like เขื่อนดิน
    assert "เขื่อนเจ้าพระยา" in places("ประชุมหารือกับหน่วยงานที่เกี่ยวข้องกับสถานการณ์น้ำในเขื่อนเจ้าพระยา และการบริหารจัดการน้ำ")
    assert "เขื่อนศรีนครินทร์" in places("เร่งช่วยเหลือราษฎรที่ได้รับผลกระทบจากการสร้างเขื่อนศรีนครินทร์ เมื่อปี 2547")
    assert "เขื่อนสิรินธร" in places("และสามารถเดินทางไปยังสถานที่ท่องเที่ยวเขื่อนสิรินธร ทั้งนี้ เพื่อเป็นการยกระดับ")


def test_a_kind_of_dam_is_still_no_place() -> None:
    # the kinds the dictionary check keeps out: an earth dam, a broken dam
    assert not any(p.startswith("เขื่อน") for p in places("กรมชลประทานเร่งซ่อมแซมเขื่อนดินที่ชำรุด หลังเขื่อนแตกเมื่อคืนนี้"))
