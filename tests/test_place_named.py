"""Named hills, palaces and Bangkok police stations (issue 11, session 10, places): briefing/thai/place_named.py.

Sentences quoted from thaigov-v2 releases (source ids in the comments).
"""

from __future__ import annotations

from entity_helpers import places


def test_hills_listed_together() -> None:
    # details/74890
    body = "ได้มีการจัดนิทรรศการถ่ายทอดภาพสะท้อนสงครามโลกครั้งที่ 2 ที่เขาทุเรียน เขาฝาละมี เขาชะโงก ซึ่งเป็นเทือกเขาเดียวกันทั้งหมด"
    found = places(body)
    assert {"เขาทุเรียน", "เขาฝาละมี", "เขาชะโงก"} <= set(found)


def test_hill_placed_by_its_province() -> None:
    # details/35892
    body = "ในโครงการซีพีเอฟ รักษ์นิเวศ ลุ่มน้ำป่าสัก เขาพระยาเดินธง จังหวัดลพบุรี และโครงการซีพีเอฟ"
    assert "เขาพระยาเดินธง" in places(body)


def test_pronoun_is_no_hill() -> None:
    body = "เขาไปและเขามา แล้วเขาก็เดินทางกลับ จังหวัดลพบุรี"
    assert not any(p.startswith("เขา") for p in places(body))


def test_palaces_in_a_list_of_sites() -> None:
    # details/76026
    body = "ตามสถานที่สำคัญต่าง ๆ ได้แก่ พระบรมมหาราชวัง พระที่นั่งอัมพรสถาน วังศุโขทัย พระตำหนักจิตรลดารโหฐาน วังสระปทุม พระที่นั่งอนันตสมาคม"
    found = places(body)
    assert "วังศุโขทัย" in found and "วังสระปทุม" in found


def test_metro_police_station_gone_to() -> None:
    # details/77445
    body = "ร่วมกับเจ้าหน้าที่ตำรวจ ได้พาตัวเด็กไปที่ สน.พหลโยธิน เพื่อลงบันทึกประจำวันไว้เป็นหลักฐาน"
    assert "สน.พหลโยธิน" in places(body)
