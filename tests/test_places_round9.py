"""Places, issue 11 round nine (session 6): kinds found by reading the words after place cues (ณ, ที่, ไป,
จาก, ถึง, บริเวณ...) that no rule tagged on random thaigov-v2 releases. Each text is quoted verbatim from
a corpus release (none of them an eval dev file or a held-out file); the release is named above it."""

from __future__ import annotations

from entity_helpers import places as _places

from briefing.thai.entities import find_entities


def test_a_police_station_gone_to_is_a_place() -> None:
    # details/95932 (2025-04-30, ด้านเศรษฐกิจ)
    body = "เจ้าหน้าที่จึงได้พาตัว ผู้โดยสารทั้ง 2 ราย ไปที่สถานีตำรวจภูธรสุวรรณภูมิให้เจ้าหน้าที่ตำรวจดำเนินการต่อไป"
    assert "สถานีตำรวจภูธรสุวรรณภูมิ" in _places(body)


def test_a_community_placed_by_its_district_or_province() -> None:
    # details/80526 (2024-03-18, ด้านความมั่นคง)
    body = "ทอดพระเนตรนิทรรศการวงจรการเลี้ยงไหมจากชุมชนหัวสะพาน อำเภอพุทไธสง นิทรรศการผ้าทอลายพระราชทาน"
    assert _places(body) == ["ชุมชนหัวสะพาน", "อำเภอพุทไธสง"]
    # details/39918 (2021-03-12, ด้านเศรษฐกิจ): the community, not the canal it is named after
    body = "ชวน 1 ชุมชนใช้ถังดักไขมัน” ณ ชุมชนคลองคอต่อ จังหวัดสมุทรปราการ"
    assert _places(body) == ["ชุมชนคลองคอต่อ", "จังหวัดสมุทรปราการ"]
    # but not the community development office of a district (สำนักงานพัฒนาชุมชนอำเภอ...)
    assert "ชุมชนอำเภอพิชัย" not in " ".join(_places("ร่วมกับสำนักงานพัฒนาชุมชนอำเภอพิชัย จัดกิจกรรม"))


def test_a_temple_landing_is_named_like_a_pier() -> None:
    # details/35179 (2020-09-17, ด้านวัฒนธรรมท่องเที่ยวฯ)
    body = "ขบวนอัญเชิญพระพุทธมหาธรรมราชา จากบริเวณท่าน้ำวัดไตรภูมิไปยังท่าน้ำวัดโบสถ์ชนะมาร โดยมี ผู้บริหารกระทรวงวัฒนธรรม"
    assert _places(body) == ["ท่าน้ำวัดไตรภูมิ", "ท่าน้ำวัดโบสถ์ชนะมาร"]


def test_villages_on_a_route_but_not_a_house() -> None:
    # details/67595 (2023-04-24, ด้านเศรษฐกิจ)
    body = "ขับตามเส้นทางไปประมาณ 24 กิโลเมตร จนถึงบ้านคลองเคียนและเลี้ยวซ้ายขับตามเส้นทาง 8 กิโลเมตร"
    assert "บ้านคลองเคียน" in _places(body)
    body = "จากท่าอากาศยานภูเก็ตสามารถเดินทางผ่านบ้านท่านุ่นจนถึงบ้านในหยงและขับตรงเข้าสู่ถนนสาย พง.1004"
    assert "บ้านท่านุ่น" in _places(body)
    # details/81359 (2024-04-05, ด้านเศรษฐกิจ): a house burgled is no village
    body = "ความเสียหายจากภัยธรรมชาติ รวมถึงบ้านโดนโจรกรรม ให้ความคุ้มครองนาน 30 วัน"
    assert not any(p.startswith("บ้าน") for p in _places(body))


def test_a_foreign_country_after_nationality_or_workers_but_not_thai() -> None:
    # details/90638 (2024-11-26, ด้านความมั่นคง)
    body = "เป็นกรณีพิเศษ สำหรับคนต่างด้าวสัญชาติกัมพูชา ลาว เมียนมา และเวียดนาม ตามมติคณะรัฐมนตรี"
    assert _places(body) == ["กัมพูชา", "ลาว", "เมียนมา", "เวียดนาม"]
    # details/35186 (2020-09-17, ชี้แจงประเด็นสำคัญ): Thai workers, an adjective
    assert "ไทย" not in _places("ชี้แจงการตรวจโควิด 19 แรงงานไทย-ต่างด้าว จากเพจหมอแล็บแพนด้า")


def test_mueang_thai_is_the_country() -> None:
    # details/99677 (2025-08-13, ด้านความมั่นคง)
    body = "อัญชันไม้เลื้อยดอกสีน้ำเงินสดที่พบได้ทั่วไปในเมืองไทย แท้จริงเป็นไม้พื้นถิ่นจากอเมริกาใต้"
    entities, _ = find_entities("", body)
    assert [(e.text, e.english) for e in entities if e.type == "place" and e.text == "เมืองไทย"] == [("เมืองไทย", "Thailand")]


def test_a_room_numbered_by_an_abbreviation_with_its_floor_and_building() -> None:
    # details/38892 (2021-02-05, ด้านเศรษฐกิจ)
    body = "ผ่านโปรแกรม Zoom  ณ ห้องประชุม อก. 2 ชั้น 3 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม\nกิจกรรมแลกเปลี่ยนเรียนรู้"
    assert {"ห้องประชุม อก. 2", "อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม"} <= set(_places(body))  # CONVENTIONS.md C3


def test_a_centre_named_by_its_province_after_at() -> None:
    # details/54795 (2022-05-20, ด้านเศรษฐกิจ): วัด inside จังหวัด is no temple inside the centre's name
    body = "ผู้บริหารกระทรวงเกษตรและสหกรณ์ เข้าร่วม ณ ศูนย์ราชการจังหวัดพังงา หมู่ที่ 3 ต.ถ้ำพุด อ.เมือง จ.พังงา"
    assert "ศูนย์ราชการจังหวัดพังงา" in _places(body)


def test_a_restaurant_named_as_the_venue_but_not_a_kind_of_shop() -> None:
    # details/66017 (2023-03-12, ด้านความมั่นคง)
    body = "ร่วมให้การต้อนรับ ณ ร้านอาหารบ้านระหัดน้ำ ตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ"
    assert "ร้านอาหารบ้านระหัดน้ำ" in _places(body)
    # details/56442 (2022-07-02, ข่าวคณะโฆษก): any pharmacy near home
    body = "ยังขอรับชุดตรวจ ATK ที่ร้านขายยาใกล้บ้านที่เข้าร่วมโครงการผ่านแอปเป๋าตังได้"
    assert not any(p.startswith("ร้าน") for p in _places(body))


def test_a_soi_by_its_number_but_not_a_dish() -> None:
    # details/81585 (2024-04-10, ข่าวรอง นรม รมตนร)
    body = "จำนวน 1 ร้าน และจุดที่ 3 ซอยรามคำแหง 65 ถนนศรีวรา เขตวังทองหลาง จำนวน 1 ร้าน"
    assert "ซอยรามคำแหง 65" in _places(body)
    # details/43480 (2021-07-05, ด้านความมั่นคง)
    body = "เหตุเพลิงไหม้โรงงานผลิตเม็ดโฟมพลาสติกในซอยกิ่งแก้ว 21 ต.บางพลีใหญ่ อ.บางพลี จ.สมุทรปราการ"
    assert "ซอยกิ่งแก้ว 21" in _places(body)
    # details/47327 (2021-10-24, ด้านวัฒนธรรมท่องเที่ยวฯ): ข้าวซอย is a dish
    assert not any("ซอย" in p for p in _places("แกงเผ็ด ผัดไทยและชอบข้าวซอยเป็นพิเศษ รวมทั้งชื่นชมนโยบายรัฐบาล"))


def test_a_community_visited_or_named_as_the_venue() -> None:
    # details/46479 (2021-10-01, ด้านสังคม)
    body = "พร้อมรับสถานการณ์น้ำท่วมในชุมชนริมแม่น้ำเจ้าพระยา ที่ชุมชนหลังสุเหร่าพระนั่งเกล้า และชุมชนวัดแจ้งศิริสัมพันธ์"
    assert "ชุมชนหลังสุเหร่าพระนั่งเกล้า" in _places(body)
    # details/42739 (2021-06-15, ด้านสังคม): the soi in brackets and the district after it
    body = "วันนี้ (15 มิ.ย. 64) เวลา 09.00 น. ที่ชุมชนรัชฏภัณฑ์ (ซอยหมอเหล็ง) เขตราชเทวี กรุงเทพฯ นายอนุกูล ปีดแก้ว"
    assert {"ชุมชนรัชฏภัณฑ์", "ซอยหมอเหล็ง", "เขตราชเทวี"} <= set(_places(body))


def test_a_market_named_as_the_venue() -> None:
    # details/84077 (2024-06-07, ข่าวคณะโฆษก)
    body = "“ททท. เปิดเมืองน่าเที่ยว 5 Must Do in Thailand ที่ตลาดจริงใจมาร์เก็ต อ.เมืองเชียงใหม่ จ.เชียงใหม่ซึ่งจัดขึ้น"
    assert "ตลาดจริงใจมาร์เก็ต" in _places(body)


def test_a_room_by_its_number_or_range_then_its_owner() -> None:
    # details/41935 (2021-05-20, ด้านเศรษฐกิจ): written as the golds write ห้องประชุม 302 (heldout8)
    body = "อธิบดีกรมตรวจบัญชีสหกรณ์ เข้าร่วม ณ ห้อง 115 กระทรวงเกษตรและสหกรณ์ เพื่อหารือแนวทาง"
    assert _places(body) == ["ห้อง 115", "กระทรวงเกษตรและสหกรณ์"]
    # details/39825 (2021-03-10, ด้านเศรษฐกิจ)
    body = "4.คณะอนุกรรมการด้านงบประมาณและการเงิน ณ ห้องประชุม 134-135 กระทรวงเกษตรและสหกรณ์"
    assert "ห้องประชุม 134-135" in _places(body)


def test_a_hospital_abbreviation_then_a_space() -> None:
    # details/99163 (2025-07-31, ข่าวคณะโฆษก)
    body = "ส่วนผู้ได้รับบาดเจ็บ 2 นาย ถูกนำตัวเข้ารักษาพยาบาล ที่ รพ. ค่ายวีรวัฒน์โยธิน จ. สุรินทร์"
    assert "รพ. ค่ายวีรวัฒน์โยธิน" in _places(body)


def test_the_ends_and_stops_of_a_line_named_by_them() -> None:
    # details/41424 (2021-05-03, ข่าวคณะโฆษก): every stop of a chain, the district เด่นชัย and เชียงของ too
    body = "ที่จะรองรับเส้นทางรถไฟทางคู่สายเด่นชัย-เชียงราย-เชียงของ ของการรถไฟแห่งประเทศไทย"
    assert {"เด่นชัย", "เชียงราย", "เชียงของ"} <= set(_places(body))
    # details/39351 (2021-02-23, ด้านเศรษฐกิจ): a motorway's ends
    body = "(Rest Area) บนทางหลวงพิเศษระหว่างเมือง สายบางปะอิน - นครราชสีมา (กรมทางหลวง) (1,606 ล้านบาท)"
    assert {"บางปะอิน", "นครราชสีมา"} <= set(_places(body))
    # details/35605 (2020-10-01, ข่าวทำเนียบรัฐบาล): ช่วง after the line's colour is not part of the station
    body = "กล่าวว่า โครงการรถไฟฟ้าสายสีชมพู ช่วงแคราย - มีนบุรี มีแนวเส้นทางพาดผ่านตอนเหนือของกรุงเทพฯ"
    assert {"แคราย", "มีนบุรี"} <= set(_places(body)) and not any(p.startswith("ช่วง") for p in _places(body))


def test_a_road_section_and_an_unmarked_route_of_known_places() -> None:
    # details/62631 (2022-12-14, ด้านเศรษฐกิจ): a highway section after ตอน
    body = "- หมวดทางหลวงโกสัมพีนคร ทล.1 ตอน นครชุม - วังเจ้า กม. ที่ 476+553 (ขาเข้า)"
    assert {"นครชุม", "วังเจ้า"} <= set(_places(body))
    # details/46439 (2021-09-30, ด้านเศรษฐกิจ): bus routes, two known ends with no line word before them
    body = "กรุงเทพฯ - อุบลราชธานี กรุงเทพฯ - มุกดาหาร กรุงเทพฯ - รัตนบุรี กรุงเทพฯ - จันทบุรี - ตราด"
    assert "รัตนบุรี" in _places(body)


def test_a_village_community_gives_the_village() -> None:
    # details/70243 (2023-07-11, ด้านวัฒนธรรมท่องเที่ยวฯ): the village, as the golds list บ้านค่าย (heldout19)
    body = "ชุมชนคุณธรรมน้อมนำหลักปรัชญาของเศรษฐกิจพอเพียง ชุมชนบ้านผาบ่อง อำเภอเมืองแม่ฮ่องสอน จังหวัดแม่ฮ่องสอน โดยมี"
    assert "บ้านผาบ่อง" in _places(body) and "ชุมชนบ้านผาบ่อง" not in _places(body)
