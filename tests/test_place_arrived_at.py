"""A facility named as where someone arrives, or as the landmark opposite which something is, is a place
(briefing/thai/places.py _VISIT). Sentences quoted from thaigov-v2 releases outside bench and dev (source in each
comment).

What a reader expects:
- details/85178 "เมื่อนายกฯ เดินทางมาถึงโรงเรียนรัตนบุรี ได้เดินทักทายประชาชน": the school is where he arrived;
- details/84166 "เดินทางถึง สถานีตำรวจภูธรจังหวัด อุตรดิตถ์ ตำบลน้ำริด": the police station is the stop;
- details/47184 "ที่บริเวณสี่แยกสีลม ตรงข้ามโรงพยาบาลเลิดสิน นายอนุทิน": the hospital marks where the site is;
- a letter sent to a school (ถึงโรงเรียน, 'to') leaves the school a body.
"""

from __future__ import annotations

from tests.entity_helpers import orgs, places


def test_facility_arrived_at_is_a_place():
    # details/85178
    body = "เปิดเผยว่า เมื่อนายกฯ เดินทางมาถึงโรงเรียนรัตนบุรี  ได้เดินทักทายประชาชน ข้าราชการ"
    assert "โรงเรียนรัตนบุรี" in places(body) and "โรงเรียนรัตนบุรี" not in orgs(body)
    # details/84166
    body = "ออกเดินทางจาก ข่วงวัฒนธรรมเมืองแป้ (กาดสามวัย) เดินทางถึง สถานีตำรวจภูธรจังหวัด อุตรดิตถ์ ตำบลน้ำริด อำเภอเมืองอุตรดิตถ์"
    assert not any(o.startswith("สถานีตำรวจภูธร") for o in orgs(body))


def test_landmark_opposite_is_a_place():
    # details/47184
    body = "วันนี้ (19 ตุลาคม 2564) ที่บริเวณสี่แยกสีลม ตรงข้ามโรงพยาบาลเลิดสิน นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี"
    assert "โรงพยาบาลเลิดสิน" in places(body) and "โรงพยาบาลเลิดสิน" not in orgs(body)


def test_letter_to_a_school_leaves_the_body():
    assert "โรงเรียนรัตนบุรี" not in places("ทั้งนี้ ได้ส่งหนังสือถึงโรงเรียนรัตนบุรี เพื่อขอความร่วมมือ")
