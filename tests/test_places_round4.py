"""Places, issue 11 round four (session 3): each kind on Thai quoted verbatim from corpus releases
(thaigov-v2 pages named by their details id; none is an eval dev file)."""

from __future__ import annotations

from entity_helpers import place_english as _places


def test_a_misspelt_province_is_the_province() -> None:
    # details/36900: "ศูนย์ความปลอดภัยในการทำงานเขต 8 จังหวัดสุราษฏร์ธานี" (ฏ for ฎ)
    found = _places("ศูนย์ความปลอดภัยในการทำงานเขต 8 จังหวัดสุราษฏร์ธานี ศูนย์ความปลอดภัยในการทำงาน เขต 9")
    assert found.get("จังหวัดสุราษฏร์ธานี") == "Surat Thani Province"
    # details/40156: "รองผู้ว่าราชการจังหวัดศรีษะเกษ ให้การต้อนรับ"
    found = _places("โดยมีนายวิชัย ตั้งคำเจริญ รองผู้ว่าราชการจังหวัดศรีษะเกษ ให้การต้อนรับ")
    assert found.get("จังหวัดศรีษะเกษ") == "Si Sa Ket Province"


def test_a_province_abbreviated_with_paiyannoi_or_by_its_short_name() -> None:
    # details/61211: "เปิดศูนย์สอบกรุงเทพฯ ชลบุรี อุดรฯ ลำปาง"
    found = _places("ประจำปี 2566 เปิดศูนย์สอบกรุงเทพฯ ชลบุรี อุดรฯ ลำปาง เป้าหมาย นักศึกษา")
    assert found.get("อุดรฯ") == "Udon Thani Province" and "ลำปาง" in found
    # details/38977: "ลงพื้นที่เยี่ยมชมโรงงานบริหารจัดการกากอุตสาหกรรม จ.อยุธยา"
    found = _places("ลงพื้นที่เยี่ยมชมโรงงานบริหารจัดการกากอุตสาหกรรม จ.อยุธยา")
    assert found.get("จ.อยุธยา") == "Phra Nakhon Si Ayutthaya Province"


def test_a_foreign_province_followed_by_its_country() -> None:
    # details/59841: "ครั้งที่ 25 ณ จังหวัดเสียมราฐ ราชอาณาจักรกัมพูชา เมื่อวันที่ 17 กันยายน 2565"
    found = _places("ครั้งที่ 25 ณ จังหวัดเสียมราฐ ราชอาณาจักรกัมพูชา เมื่อวันที่ 17 กันยายน 2565")
    assert {"จังหวัดเสียมราฐ", "ราชอาณาจักรกัมพูชา"} <= set(found)
    # details/56436: "(... NARO) ณ จังหวัดอิบารากิ ประเทศญี่ปุ่น ซึ่งเป็นหน่วยงานวิจัย"
    assert "จังหวัดอิบารากิ" in _places("NARO) ณ จังหวัดอิบารากิ ประเทศญี่ปุ่น ซึ่งเป็นหน่วยงานวิจัยด้านพืชและปศุสัตว์")


def test_a_province_word_before_a_phrase_names_no_place() -> None:
    # details/65801: "พสกนิกรทุกจังหวัดทั่วประเทศร่วมประกอบพิธีทางศาสนา": no province is named
    found = _places("พสกนิกรทุกจังหวัดทั่วประเทศร่วมประกอบพิธีทางศาสนา เจริญพระพุทธมนต์ ประเทศญี่ปุ่น")
    assert not any(t.startswith("จังหวัด") for t in found)


def test_a_temple_named_after_its_monks() -> None:
    # details/66984: "และคณะสงฆ์วัดโสธรวราราม วรวิหาร ร่วมประกอบพิธี"
    found = _places("เป็นประธานฝ่ายสงฆ์ โดยมีพระสงฆ์ทรงสมณศักดิ์ และคณะสงฆ์วัดโสธรวราราม วรวิหาร ร่วมประกอบพิธี")
    assert any(t.startswith("วัดโสธรวราราม") for t in found)


def test_a_kind_of_district_is_no_district() -> None:
    # details/48814: "ซึ่งเป็น 1 ใน 6 อำเภอนำร่องเปิดท่องเที่ยว" (pilot districts)
    assert _places("คำชะโนด ซึ่งเป็น 1 ใน 6 อำเภอนำร่องเปิดท่องเที่ยวภายใต้แผนเปิดเมือง") == {}
    # details/40442: "ในพื้นที่ตำบลต้นแบบการจัดสวัสดิการสังคม (ตำบลสันกลาง)": the model subdistrict is named after it
    found = _places("ร่วมกิจกรรมทางสังคมในพื้นที่ตำบลต้นแบบการจัดสวัสดิการสังคม (ตำบลสันกลาง) พร้อม")
    assert "ตำบลสันกลาง" in found and not any(t.startswith("ตำบลต้นแบบ") for t in found)


def test_a_border_checkpoint_named_ด่านชายแดน() -> None:
    # details/65107: "แหล่งท่องเที่ยว หลายแห่ง เช่น ด่านชายแดนช่องเม็ก เขื่อนสิรินธร"
    found = _places("เป็นเส้นทางผ่านไปยังแหล่งท่องเที่ยว หลายแห่ง เช่น ด่านชายแดนช่องเม็ก เขื่อนสิรินธร วัดสิรินธรวรารามภูพร้าว")
    assert "ด่านชายแดนช่องเม็ก" in found
    # details/97778: "ทางหลวงสนับสนุนการพัฒนาด่านชายแดนบ้านฮวก - กิ่วหก อำเภอภูซาง จังหวัดพะเยา"
    found = _places("ทางหลวงสนับสนุนการพัฒนาด่านชายแดนบ้านฮวก - กิ่วหก อำเภอภูซาง จังหวัดพะเยา (การประเมินผล")
    assert "ด่านชายแดนบ้านฮวก" in found
    # details/97225: "ไทยเตรียมประกาศปิดด่านชายแดนไทย-กัมพูชา 6 แห่ง": the border's countries are the places
    found = _places("เรื่อง “ไทยเตรียมประกาศปิดด่านชายแดนไทย-กัมพูชา 6 แห่ง” รองลงมาคือเรื่อง")
    assert "กัมพูชา" in found and not any(t.startswith("ด่านชายแดน") for t in found)


def test_a_slogan_or_phrase_after_อำเภอ_or_ตำบล_names_no_area() -> None:
    # details/35850: "หนึ่งตำบลหนึ่งผลิตภัณฑ์ OGOP" (one subdistrict, one product)
    found = _places("ความสำเร็จของโครงการพัฒนาผลิตภัณฑ์สินค้าเกษตร หนึ่งตำบลหนึ่งผลิตภัณฑ์ OGOP (The One Gewog One Product)")
    assert not any(t.startswith("ตำบล") for t in found)
    # details/61578: "ทุกอำเภอของจังหวัดพิษณุโลกต้องเป็นอำเภอบำบัดทุกข์ บำรุงสุข" (the Interior ministry's programme)
    found = _places("โดยเน้นย้ำว่า “ทุกอำเภอของจังหวัดพิษณุโลกต้องเป็นอำเภอบำบัดทุกข์ บำรุงสุข” ตามเจตนารมณ์")
    assert "จังหวัดพิษณุโลก" in found and not any(t.startswith("อำเภอ") for t in found)


def test_a_city_named_in_latin_letters_after_at() -> None:
    # details/93384: "“Rural Proofing for Health Equity” ณ เมือง Limerick ประเทศไอร์แลนด์"
    found = _places("Consultation on “Rural Proofing for Health Equity” ณ เมือง Limerick ประเทศไอร์แลนด์ ระหว่างวันที่ 12-13")
    assert found.get("Limerick") == "Limerick" and "ประเทศไอร์แลนด์" in found


def test_a_named_mountain() -> None:
    # details/54687: "แนวเส้นทางโครงการช่วงตัดผ่านพื้นที่ภูเขาชาคลี รูปตัดทางหลวง"
    assert "ภูเขาชาคลี" in _places("3. แนวเส้นทางโครงการช่วงตัดผ่านพื้นที่ภูเขาชาคลี รูปตัดทางหลวงจะเป็นทางหลวงขนาด 4 ช่องจราจร")


def test_a_country_written_as_its_latin_acronym() -> None:
    # details/66428: "ด้านการค้าต่างประเทศสรุปได้ ดังนี้ 1.1 ไทยและ UAE เห็นพ้องที่จะจัดทำ CEPA ระหว่างกัน"
    found = _places("ด้านการค้าต่างประเทศสรุปได้ ดังนี้ 1.1 ไทยและ UAE เห็นพ้องที่จะจัดทำ CEPA ระหว่างกัน")
    assert found.get("UAE") == "United Arab Emirates"
