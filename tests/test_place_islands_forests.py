"""Session 21 (s21-places, issue 11): named islands and protected forests are places.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments).
What a reader expects:
- an island the Wikipedia title list knows is a place wherever it stands, glued to any word
  (briefing/thai/place_islands.py); เกาะ the verb (เกาะติดสถานการณ์) names none;
- a named border pass is a place (ช่องบก, ช่องอานม้า, ช่องจอม: places.toml);
- a Cambodian or Lao province keeps its head (จังหวัดเกาะกง, แขวงหลวงพระบาง: briefing/data/places.toml);
- a country after ฝั่ง (a border's side, as ฝ่าย in C8) is the country, not an adjective;
- a wildlife sanctuary or no-hunting area is its kind with its name, a national reserved forest is ป่า + its name
  after the legal kind, each forest of a list (briefing/thai/place_forests.py); the kinds alone, or a kind of forest
  (ป่าต้นน้ำลำธาร), name none.
"""

from __future__ import annotations

from entity_helpers import places


def test_island_glued_after_a_preposition() -> None:
    # details/34548
    body = ("พร้อมทั้งฝากเรื่องการจัดการขยะบนเกาะเสม็ดขอให้บริหารจัดการให้เบ็ดเสร็จบนเกาะ "
            "และฝาก ประสานองค์กรปกครองส่วนท้องถิ่น")
    assert "เกาะเสม็ด" in places(body)


def test_cling_to_is_no_island() -> None:
    # details/66747
    body = "ปลัด สธ. กำชับ EOC 8 จังหวัดภาคเหนือ เกาะติดสถานการณ์และปรับมาตรการรับมือตามค่าฝุ่น"
    assert not any(p.startswith("เกาะ") for p in places(body))


def test_reserved_forests_of_a_list() -> None:
    # details/43490
    body = ("ความหลากหลายทางชีวภาพของชุมชนรอบป่าสงวนแห่งชาติ ป่าละอุ่น และป่าราชกรูด จังหวัดระนอง "
            "ร่วมกับชุมชนตำบลในวงใต้ อำเภอละอุ่น จังหวัดระนอง")
    found = places(body)
    assert "ป่าละอุ่น" in found
    assert "ป่าราชกรูด" in found


def test_a_kind_of_forest_is_no_name() -> None:
    # details/50949
    body = "เช่น พื้นที่โครงการหลวงในพื้นที่ป่าสงวนแห่งชาติ ป่าต้นน้ำลำธาร เพื่อให้ส่วนราชการสามารถสนับสนุนการดำเนินการ"
    assert "ป่าต้นน้ำลำธาร" not in places(body)


def test_no_hunting_area_with_its_name() -> None:
    # details/91277
    body = "เข้าเยี่ยมชม “การเลี้ยงควายปลักและระบบนิเวศในพื้นที่ชุ่มน้ำทะเลน้อย” ณ เขตห้ามล่าสัตว์ป่าทะเลน้อย จ.พัทลุง ว่า FAO"
    found = places(body)
    assert "เขตห้ามล่าสัตว์ป่าทะเลน้อย" in found
    assert "จ.พัทลุง" in found


def test_joint_sanctuary_is_one_place() -> None:
    # details/44174
    body = ("นับตั้งแต่การขึ้นทะเบียนเป็นมรดกโลกของ เขตรักษาพันธุ์สัตว์ป่าทุ่งใหญ่ - ห้วยขาแข้ง ในปี พ.ศ. 2534 "
            "และ กลุ่มป่าดงพญาเย็น - เขาใหญ่")
    assert "เขตรักษาพันธุ์สัตว์ป่าทุ่งใหญ่ - ห้วยขาแข้ง" in places(body)


def test_the_kinds_alone_name_none() -> None:
    # details/70255
    body = ("เป็นการกำหนดโครงการอนุรักษ์และดูแลรักษาทรัพยากรธรรมชาติภายในเขตรักษาพันธุ์สัตว์ป่าและเขตห้ามล่าสัตว์ป่า "
            "จำนวน 7 แห่ง")
    assert not any("สัตว์ป่า" in p for p in places(body))


def test_country_after_a_border_side() -> None:
    # details/50340: ฝั่ง, 'the side' of a border, as ฝ่าย (C8)
    body = "ขณะเดียวกันให้ดูแลช่วยเหลือผู้หนีภัยการสู้รบจากฝั่งเมียนมา โดยให้ควบคุมคัดกรองโรคอย่างเคร่งครัด"
    assert "เมียนมา" in places(body)


def test_cambodian_and_lao_provinces_keep_their_head() -> None:
    # details/72541: Cambodia's provinces with จังหวัด (the bare name was given, or a spelling lost)
    body = ("โดยทางบกติดกับทางจังหวัดของประเทศกัมพูชา ได้แก่ จังหวัดพระตะบอง จังหวัดโพธิสัต และจังหวัดเกาะกง "
            "ซึ่งมีแนวชายแดนธรรมชาติติดทิวเขาบรรทัด")
    found = places(body)
    assert {"จังหวัดพระตะบอง", "จังหวัดโพธิสัต", "จังหวัดเกาะกง"} <= set(found)
    assert "เกาะกง" not in found
    # details/55294: a Lao province with แขวง
    body = "โดยเฉพาะการเชื่อมโยงเส้นทางท่องเที่ยวระหว่างแขวงหลวงพระบางกับจังหวัดทางภาคเหนือของไทย ซึ่งในโอกาสนี้"
    found = places(body)
    assert "แขวงหลวงพระบาง" in found
    assert "หลวงพระบาง" not in found


def test_border_pass_is_a_place() -> None:
    # details/99899
    body = ("ผู้ช่วยทูตทหารมาเลเซียประจำประเทศไทย พร้อมสื่อมวลชน ที่ลงพื้นที่ช่องอานม้า จ.อุบลราชธานี "
            "ตรวจสอบกรณีกัมพูชารุกเข้ามาตัดลวดหนาม")
    found = places(body)
    assert "ช่องอานม้า" in found
    assert "จ.อุบลราชธานี" in found
