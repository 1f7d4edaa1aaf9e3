"""Places, issue 11 round twelve (session 6): world-heritage towns and ancient monuments named glued after
their word, checkpoints named by their town, bridges between two border towns, a head-office building with
its owner. Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out
file); the release is named above it."""

from __future__ import annotations

from entity_helpers import places as _places

from briefing.thai.entities import find_entities


def test_a_world_heritage_site_or_town_named_after_its_word() -> None:
    # details/93611
    body = "28 ก.พ.นี้ “รมว.สุดาวรรณ” ชวนร่วมงาน “ฉลองมรดกโลกภูพระบาท” ยูเนสโก ส่งมอบหนังสือรับรองขึ้นทะเบียนอย่างเป็นทางการ"
    assert "มรดกโลกภูพระบาท" in _places(body)
    # details/48482
    body = "และรองรับการเป็นเมืองมรดกโลกพระนครศรีอยุธยา ตามข้อกำหนดของยูเนสโก"
    assert "เมืองมรดกโลกพระนครศรีอยุธยา" in _places(body)


def test_an_ancient_monument_named_after_its_word() -> None:
    # details/38412
    body = "ได้แก่ เมืองโบราณศรีเทพ (เมืองในและเมืองนอก) โบราณสถานเขาคลังนอก และโบราณสถานถ้ำเขาถมอรัตน์ - พื้นที่แหล่งวัฒนธรรมรวม 866.475 เฮกตาร์"
    found = _places(body)
    assert "โบราณสถานเขาคลังนอก" in found and "โบราณสถานถ้ำเขาถมอรัตน์" in found


def test_a_heritage_word_before_a_kind_names_no_site() -> None:
    # details/38412 (same release): มรดกโลกทางวัฒนธรรม is a kind, not a site
    body = "ขึ้นทะเบียนเป็นแหล่งมรดกโลกทางวัฒนธรรม และโบราณสถานต่างๆ ในพื้นที่"
    assert not any(p.startswith(("มรดกโลก", "โบราณสถาน")) for p in _places(body))


def test_a_checkpoint_named_by_its_town_glued_after_a_word() -> None:
    # details/73010
    body = "มีการส่งออกผ่านด่านที่สำคัญ ได้แก่ ด่านแหลมฉบัง ร้อยละ 50.52 ด่านปาดังเบซาร์ ร้อยละ 26.07 และด่านสะเดา ร้อยละ 15.13"
    found = _places(body)
    assert "ด่านปาดังเบซาร์" in found and "ด่านสะเดา" in found


def test_a_kind_of_checkpoint_is_not_a_town_checkpoint() -> None:
    # details/43350: ด่านอากาศ (airports), อากาศ also some subdistrict's name
    body = "โดยผู้ที่มาจากต่างจังหวัดและพื้นที่เสี่ยงทั้งด่านอากาศ ด่านบก และ ด่านท่าเรือ โดยกระทรวงสาธารณสุขร่วมกับ ฝ่ายความมั่นคง"
    assert "ด่านอากาศ" not in _places(body)


def test_a_bridge_between_two_border_towns_names_both() -> None:
    # details/64402: the hyphenated district stays whole
    body = "(2) โครงการก่อสร้างสะพานสุไหงโก-ลก-รันเตาปันยัง แห่งที่ 2 มีความคืบหน้าโดยฝ่ายไทยได้สำรวจสภาพดิน"
    found = _places(body)
    assert "สุไหงโก-ลก" in found and "รันเตาปันยัง" in found
    # details/59423
    body = "โครงการก่อสร้างสะพานตากใบ-เปิงกาลันกุโบร์ โครงการถนนเชื่อมด่านศุลกากรสะเดาแห่งที่สอง"
    found = _places(body)
    assert "ตากใบ" in found and "เปิงกาลันกุโบร์" in found


def test_a_head_office_building_then_its_owner_is_one_venue() -> None:
    # details/76133
    body = "การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.) ครบรอบ 51 ปี ณ อาคารสำนักงานใหญ่ การนิคมอุตสาหกรรมแห่งประเทศไทย (มักกะสัน)  ทั้งนี้"
    assert "อาคารสำนักงานใหญ่ การนิคมอุตสาหกรรมแห่งประเทศไทย" in _places(body)


def _english(body: str) -> dict[str, str | None]:
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "place"}


def test_the_new_kinds_take_their_english_from_the_register() -> None:
    # details/73010: the checkpoint by its town's DOPA name, not a romanisation of ด่าน
    assert _english("ด่านปาดังเบซาร์ ร้อยละ 26.07 และด่านสะเดา ร้อยละ 15.13")["ด่านสะเดา"] == "Sadao Checkpoint"
    # details/64402: the hyphenated district's official English
    body = "(2) โครงการก่อสร้างสะพานสุไหงโก-ลก-รันเตาปันยัง แห่งที่ 2 มีความคืบหน้าโดยฝ่ายไทยได้สำรวจสภาพดิน"
    assert _english(body)["สุไหงโก-ลก"] == "Su-ngai Kolok"
    # details/48482
    body = "และรองรับการเป็นเมืองมรดกโลกพระนครศรีอยุธยา ตามข้อกำหนดของยูเนสโก"
    assert _english(body)["เมืองมรดกโลกพระนครศรีอยุธยา"] == "Phra Nakhon Si Ayutthaya World Heritage Town"
