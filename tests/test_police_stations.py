"""Police stations written by their abbreviation (briefing/thai/police_stations.py): สภ.NAME / สน.NAME acting or
receiving a case is an organisation; inside a post, gone to as a place, or another abbreviation it is not. Sentences
quoted verbatim from corpus releases (the source in each comment)."""

from __future__ import annotations

from briefing.thai.police_stations import find_police_stations
from tests.entity_helpers import orgs, places


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_police_stations(text)]


def test_station_a_suspect_is_handed_to_is_a_body_not_a_place():
    # details/83236: before, the station's name alone was typed a place (เชิงทะเล)
    body = "จับกุมพร้อมด้วยของกลางส่งพนักงานสอบสวน สภ.เชิงทะเล เพื่อดำเนินคดีเป็นที่เรียบร้อย"
    assert "สภ.เชิงทะเล" in orgs(body)
    assert "เชิงทะเล" not in places(body)


def test_metro_stations_acting_together():
    # details/81904
    body = "ได้สนธิกำลังกับเจ้าหน้าที่ตำรวจ สน.วังทองหลาง และ สน.ลาดพร้าว ลงพื้นที่เป้าหมาย"
    found = orgs(body)
    assert "สน.วังทองหลาง" in found and "สน.ลาดพร้าว" in found


def test_station_spaced_from_its_abbreviation():
    # details/84047-style wording: สภ. may stand apart from the name
    assert _found("นำส่งพนักงานสอบสวน สภ. คลองหลวง ดำเนินคดี") == ["สภ. คลองหลวง"]


def test_station_inside_a_post_is_not_listed():
    # details/61538: ผกก.สภ.สันกำแพง is the superintendent's post
    assert _found("พ.ต.อ.ณัฐพล จันมะโน ผกก.สภ.สันกำแพง จ.เชียงใหม่") == []


def test_station_gone_to_is_left_to_the_place_rules():
    # details/60754
    assert _found("ก่อนนำตัวผู้ต้องหาและของกลางไปที่ สภ.กันทรลักษ์ เพื่อดำเนินคดี") == []


def test_forward_command_and_pumping_stations_are_no_police_station():
    # details/83775: สน. (ส่วนหน้า) spaced from a camp's name; details/88913: pumping stations glossing canals;
    # details/40804: สน.ท้องที่, 'the local station', no one station
    assert _found("ณ กองอำนวยการ กอ.รมน. ภาค4 สน. ค่ายสิรินธร ต.เขาตูม") == []
    assert _found("ปริมาณน้ำจากคลองพระยาบรรลือ (สน.สิงหนาท 2) และคลองพระพิมล (สน.บางบัวทอง) มาสนับสนุน") == []
    assert _found("ร่วมกับ สน.ท้องที่ และฝ่ายความมั่นคง") == []
