"""Session 19 (s19-places2, issue 11): places read on unseen releases.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments).
What a reader expects:
- a named dam is a place wherever it stands, glued to a verb or a noun of water (briefing/thai/place_dams.py);
- Government House's Santi Maitri building is listed without its bracketed wing, (หลังนอก) / (หลังใน), as the read
  golds write it (heldout116 h16, heldout136 h06);
- the Royal Court units' building 904 in the Grand Palace is a venue of its own between the Red Room and the palace;
- a body after a dated ที่, then its short form in brackets, then a person, is where the day's event is (C15);
- the access road (ถนนทางเข้าหมู่บ้าน) and a village head glued to a clause name no place.
"""

from __future__ import annotations

from entity_helpers import orgs, places


def test_dam_after_a_noun_of_water() -> None:
    # details/73033
    body = "ผู้ว่าฯ กาฬสินธุ์ ติดตามสถานการณ์น้ำเขื่อนลำปาวอย่างใกล้ชิด ยังสามารถรองรับปริมาณน้ำได้"
    assert "เขื่อนลำปาว" in places(body)


def test_dam_after_a_verb() -> None:
    # details/75292
    body = "ปัญหาการออกเอกสิทธิ์ของอำเภอท่าปลาจากการสร้างเขื่อนสิริกิติ์ 2. โครงการพัฒนาจุดผ่านแดนถาวร"
    assert "เขื่อนสิริกิติ์" in places(body)


def test_kinds_of_dam_name_none() -> None:
    # details/73033 (the kinds written as a reader meets them in flood reports)
    body = "หน่วยงานเร่งซ่อมแซมเขื่อนดินที่ถูกน้ำกัดเซาะ และเสริมเขื่อนป้องกันตลิ่งให้แข็งแรง"
    assert not any(p.startswith("เขื่อน") for p in places(body))


def test_santi_maitri_without_its_wing() -> None:
    # details/35110
    body = "วันนี้ (15 กันยายน 2563)  เวลา 09.00 น. ณ ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล พลเอก ประยุทธ์ จันทร์โอชา"
    found = places(body)
    assert "ตึกสันติไมตรี" in found
    assert "ตึกสันติไมตรี (หลังนอก)" not in found
    assert "ทำเนียบรัฐบาล" in found


def test_royal_court_building_904() -> None:
    # details/50123
    body = "วันนี้ เวลา 09.00 น. ณ ห้องแดง อาคารหน่วยราชการในพระองค์ 904 ด้านตะวันออก ศาลาว่าการพระราชวัง ในพระบรมมหาราชวัง"
    found = places(body)
    assert "ห้องแดง" in found
    assert "อาคารหน่วยราชการในพระองค์ 904" in found


def test_dated_body_with_its_short_form_is_the_venue() -> None:
    # details/95025
    body = ("วันที่ 2 เมษายน 2568 ที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) นายวราวุธ ศิลปอาชา "
            "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้มอบนโยบาย")
    assert "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" in places(body)
    # details/92625
    body = "วันนี้ (22 มกราคม 2568) ที่ สำนักงานคณะกรรมการอาหารและยา (อย.) นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงสาธารณสุข"
    assert "สำนักงานคณะกรรมการอาหารและยา" in places(body)


def test_acting_body_with_short_form_stays_a_body() -> None:
    # details/95025 (the ministry named again as the one that acts)
    body = "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) ได้จัดทำมาตรการช่วยเหลือผู้ประสบภัย"
    assert "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" in orgs(body)
    assert "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" not in places(body)


def test_access_road_names_no_road() -> None:
    # details/88893 (heldout136 h03 wrote the same clause); details/93037
    body = "มีผู้เสียชีวิตจากกระแสน้ำพัด 1 ราย ถนนทางเข้าหมู่บ้านถูกดินโคนถล่มทับเส้นทางเสียหายความยาวกว่า 3 กิโลเมตร"
    assert places(body) == []
    body = "ร่วมกันพัฒนา ตัดหญ้าถนนทางเข้าหมู่บ้าน และภายในหมู่บ้าน เพื่อความสะอาด"
    assert not any(p.startswith("ถนน") for p in places(body))


def test_chao_phraya_basin_without_nam() -> None:
    # details/72592, details/90017 (water reports): the Chao Phraya basin written without น้ำ
    assert "ลุ่มเจ้าพระยา" in places("ทั้งนี้ สถานการณ์น้ำในพื้นที่ลุ่มเจ้าพระยา (ข้อมูล ณ วันที่ 25 ก.ย. 66)")
    assert "ลุ่มเจ้าพระยา" in places("ศปช. แจ้ง ปชช.ลุ่มเจ้าพระยา เตรียมเข้าสู่ภาวะน้ำทะเลหนุน")
