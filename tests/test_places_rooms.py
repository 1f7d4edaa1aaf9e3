"""Rooms with the building or body they are in (issue 11, session 10, places; session 12, conventions).

Sentences quoted from thaigov-v2 releases (their source ids in the comments). Session 10 joined a numbered room
with its building, and a room with its department or office, as the golds then did (heldout28/38/49/59/69);
bench/heldout/CONVENTIONS.md C3 (session 12) settles on the dev gold, which lists each part of a venue chain as
a place of its own (ห้องโถงธนะรัชต์ | อาคาร ททท., ห้องประชุมราชวัลลภ | กระทรวงศึกษาธิการ): the finders still read
the chain whole, so its edges are right, and venue_parts cuts it into its parts.
"""

from __future__ import annotations

from entity_helpers import places


def test_numbered_room_and_its_building_are_two_places() -> None:
    # details/85957
    body = "ผู้ทรงคุณวุฒิ เข้าร่วมฯ ณ ห้องประชุม ๑๐-๐๑ อาคารกระทรวงยุติธรรม ในการนี้ ที่ประชุมได้รับทราบคำสั่งกระทรวงยุติธรรม"
    assert {"ห้องประชุม ๑๐-๐๑", "อาคารกระทรวงยุติธรรม"} <= set(places(body))


def test_room_and_its_department_are_two_places() -> None:
    # details/63561
    body = "วันนี้ (วันที่ 9 มกราคม 2566) เวลา 10.00 น. ณ ห้องประชุม 1214 กรมพัฒนาที่ดิน นายสุนทร ปานแสงทองรัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผย"
    assert places(body)[:2] == ["ห้องประชุม 1214", "กรมพัฒนาที่ดิน"]


def test_room_department_floor_and_ministry_chain() -> None:
    # details/92253
    body = ("โดยมี นายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นประธานการประชุม ณ ห้องประชุมดรุณวิถี "
            "กรมกิจการเด็กและเยาวชน ชั้น 11 กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ สำหรับการประชุม")
    found = places(body)
    assert {"ห้องประชุมดรุณวิถี", "กรมกิจการเด็กและเยาวชน", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"} <= set(found)
    assert not any("ชั้น" in p for p in found)  # a floor is no place


def test_owner_after_a_floor_and_named_building() -> None:
    # details/54055
    body = "อธิการบดี มหาวิทยาลัยเชียงใหม่ กล่าวต้อนรับ ณ ห้องประชุม 201 ชั้น 2 อาคารสำนักบริการเทคโนโลยีสารสนเทศ มหาวิทยาลัยเชียงใหม่ นายจุติ กล่าวว่า"
    assert {"ห้องประชุม 201", "อาคารสำนักบริการเทคโนโลยีสารสนเทศ", "มหาวิทยาลัยเชียงใหม่"} <= set(places(body))


def test_room_and_ministry_stay_apart() -> None:
    # a release of the Agriculture ministry's fund (ณ ห้องประชุม 135 กระทรวงเกษตรและสหกรณ์)
    body = "เข้าพบ ณ ห้องประชุม 135 กระทรวงเกษตรและสหกรณ์ เพื่อรับฟังปัญหาของสมาชิก"
    assert places(body)[0] == "ห้องประชุม 135"
