"""The body after a building and its floor owns the venue: a place (places.owner_after_venue, CONVENTIONS.md C3)."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _types(body: str) -> dict[str, str]:
    ents, _ = find_entities("", body)
    return {body[e.start:e.end]: e.type for e in ents}


def test_the_owner_after_a_building_and_floor_is_a_place() -> None:
    # thaigov details/98499
    body = "การทัวร์นาเม้นท์ WGP#1 ร่วมพิธีแถลงข่าว ณ อาคารเฉลิมพระเกียรติฯ ชั้น 25 การกีฬาแห่งประเทศไทย\nนายสรวงศ์ เตรียมดัน"
    types = _types(body)
    assert types.get("การกีฬาแห่งประเทศไทย") == "place"
    assert "ชั้น 25" not in " ".join(types)  # the floor names no place


def test_the_owner_written_by_its_abbreviation() -> None:
    # thaigov details/84463
    body = "ตั้งแต่เวลา 10.00 น. ณ อาคาร GPS ชั้น 3 ขบ. เพื่อนำรายได้จากการประมูลไปใช้ในกิจกรรม"
    assert _types(body).get("ขบ.") == "place"


def test_a_body_after_a_floor_with_no_building_before_stays_an_organisation() -> None:
    body = "นายสมชาย ใจดี ผู้อำนวยการกองคลัง ชั้น 3 กรมการขนส่งทางบก กล่าวว่า"
    assert _types(body).get("กรมการขนส่งทางบก") != "place"
