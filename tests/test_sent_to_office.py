"""An office a reader is sent to is an organisation, not a venue (bench/heldout/CONVENTIONS.md C6).

What a reader lists, as the dev gold does for 03's "จะต้องไปดำเนินการชำระภาษีที่สำนักงานสรรพากร" (สำนักงานสรรพากร an
organisation, no place), for sentences quoted from thaigov-v2 (source ids below):
- การลงทะเบียน ณ ศูนย์อำนวยการแก้ไขหนี้นอกระบบ 16,538 ราย (details/77168, 77479): the centre that takes the
  registrations, an organisation (it was typed a place as the "venue" of ณ).
- สามารถยื่นคำร้อง...ได้ ณ สำนักงานธนารักษ์พื้นที่ (details/99449): the office that takes the request: an organisation.
- โดยพื้นที่กรุงเทพมหานคร ยื่น ณ กรมการปกครอง (วังไชยา) กรุงเทพฯ (details/100425): the department, an organisation;
  วังไชยา, the palace it sits in, stays a place.
- ให้แจ้งต่อพนักงานเจ้าหน้าที่ ณ สำนักงานตรวจคนเข้าเมืองในพื้นที่ (details/94762): "the immigration office of the area",
  an office type a reader is sent to: an organisation (it was dropped as "any such venue").
- but an event's venue stays a place: ณ ห้องประชุม... กระทรวงมหาดไทย, ณ ศูนย์ราชการจังหวัดพังงา; and a premises word
  with "any such" names nothing: ณ ที่ว่าการอำเภอทั่วประเทศ.
"""

from __future__ import annotations

from entity_helpers import orgs, places

from briefing.thai.places import sent_to


def test_registering_at_a_centre_names_the_body() -> None:
    body = "ประชาชนลงทะเบียนแล้ว 120,601 ราย เป็นการลงทะเบียนผ่านระบบออนไลน์ 104,063 ราย และการลงทะเบียน ณ ศูนย์อำนวยการแก้ไขหนี้นอกระบบ 16,538 ราย"
    assert "ศูนย์อำนวยการแก้ไขหนี้นอกระบบ" in orgs(body)
    assert "ศูนย์อำนวยการแก้ไขหนี้นอกระบบ" not in places(body)


def test_filing_a_request_at_an_office_names_the_body() -> None:
    body = "ผู้ได้รับผลกระทบ สามารถยื่นคำร้องแจ้งความประสงค์เข้าร่วมมาตรการดังกล่าวได้ ณ สำนักงานธนารักษ์พื้นที่ ซึ่งที่ราชพัสดุนั้นตั้งอยู่"
    assert "สำนักงานธนารักษ์พื้นที่" in orgs(body)
    assert "สำนักงานธนารักษ์พื้นที่" not in places(body)


def test_the_department_is_a_body_and_its_palace_a_place() -> None:
    body = "โดยพื้นที่กรุงเทพมหานคร ยื่น ณ กรมการปกครอง (วังไชยา) กรุงเทพฯ และในต่างจังหวัดยื่น ณ ที่ทำการปกครองอำเภอ"
    assert "กรมการปกครอง" in orgs(body)
    assert "กรมการปกครอง" not in places(body)
    assert "วังไชยา" in places(body)


def test_an_office_of_the_area_a_reader_is_sent_to_is_kept() -> None:
    body = "ผู้ประกอบการที่รับคนต่างด้าวเข้ามาพักอาศัยให้แจ้งต่อพนักงานเจ้าหน้าที่ ณ สำนักงานตรวจคนเข้าเมืองในพื้นที่ ที่ตั้งอยู่ในท้องที่"
    assert "สำนักงานตรวจคนเข้าเมือง" in orgs(body)


def test_an_event_venue_stays_a_place() -> None:
    body = "นายอนุทิน ชาญวีรกูล เป็นประธานการประชุม ณ ห้องประชุมเฟื่องนคร อาคารดำรงราชานุสรณ์ กระทรวงมหาดไทย"
    assert "กระทรวงมหาดไทย" in places(body)
    text = "การประชุม ณ กรมการปกครอง"
    assert not sent_to(text, text.index("กรม"))


def test_a_premises_word_of_any_such_names_nothing() -> None:
    body = "หรือที่ทำการปกครองอำเภอ ณ ที่ว่าการอำเภอทั่วประเทศ หรือสายด่วนศูนย์ดำรงธรรม 1567"
    assert "ที่ว่าการอำเภอ" not in orgs(body) + places(body)
