"""Rooms named apart from their head, closed by a floor or a building (issue 11, session 17):
briefing/thai/place_spaced_rooms.py.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments). What a
reader expects (C3): the room with its whole name is a place, and the body after the floor, the venue's owner, is a
place too; an unnamed room (ห้องประชุม ชั้น 2) is no place.
"""

from __future__ import annotations

from entity_helpers import places


def test_room_named_by_a_person_then_the_department() -> None:
    # details/40327
    body = "และหน่วยงานที่เกี่ยวข้องร่วมประชุม  ณ ห้องประชุม เทียน อัชกุล ชั้น 10 กรมการจัดหางาน อาคารกระทรวงแรงงาน เพื่อพิจารณา"
    found = places(body)
    assert "ห้องประชุม เทียน อัชกุล" in found and "กรมการจัดหางาน" in found


def test_room_named_in_latin_and_number_whole() -> None:
    # details/36881
    body = "ร่วมประชุม ณ ห้องประชุม MDES 1 ชั้น 9 อาคารรัฐประศาสนภักดี ศูนย์ราชการเฉลิมพระเกียรติ 80 พรรษา"
    assert "ห้องประชุม MDES 1" in places(body)


def test_ballroom_before_its_hotel() -> None:
    # details/50727
    body = "ในวันที่ 20 มกราคม 2565 ณ ห้องประชุม อินฟินิตี้ บอลรูม  โรงแรมพูลแมน คิง เพาเวอร์ กรุงเทพฯ โดยมีหน่วยงานราชการ"
    assert "ห้องประชุม อินฟินิตี้ บอลรูม" in places(body)


def test_unnamed_room_and_owner_written_after_it_are_no_room_name() -> None:
    # details/47167 (numbered room), and an owner after the unnamed room
    body = "สำนักงานเลขานุการกรม ณ ห้องประชุมใหญ่ 7 - 01 ชั้น 7 กรมพินิจและคุ้มครองเด็กและเยาวชน อาคารกระทรวงยุติธรรม"
    found = places(body)
    assert "ห้องประชุมใหญ่ 7 - 01" in found and "กรมพินิจและคุ้มครองเด็กและเยาวชน" in found
    assert not any(p.startswith("ห้องประชุม") for p in places("ณ ห้องประชุม กรมกิจการเด็กและเยาวชน ชั้น 2 วันนี้"))
    assert not any(p.startswith("ห้องประชุม") for p in places("เข้าร่วม ณ ห้องประชุม ชั้น 2 อาคารกรมพัฒนาสังคม"))
