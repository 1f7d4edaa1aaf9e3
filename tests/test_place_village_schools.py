"""Village schools named as the venue (issue 11, session 18): briefing/thai/place_village_schools.py.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments). What a
reader expects: the school where the minister met the people, the school an official arrived at and the school
villagers slept at are places; the school the performing pupils come from (no venue cue) is not a place.
"""

from __future__ import annotations

from entity_helpers import places


def test_school_after_a_venue_cue() -> None:
    # details/71037
    body = "จากนั้น พล.อ.ประวิตร ได้เดินทางไปพบปะเยี่ยมเยียนประชาชนที่โรงเรียนบ้านมูโนะ เพื่อรับมอบเช็คเงินสดจากธนาคารออมสิน"
    assert "โรงเรียนบ้านมูโนะ" in places(body)
    # details/80320
    body = "หลังจากนั้น ผู้ช่วยเลขาฯ คุณากร เดินทางถึงโรงเรียนบ้านจอมพระ ตำบลจอมพระ อำเภอจอมพระ จังหวัดสุรินทร์"
    assert "โรงเรียนบ้านจอมพระ" in places(body)


def test_name_cut_where_the_sentence_goes_on() -> None:
    # details/87123
    body = "จึงได้อพยพมาขออาศัยนอนที่โรงเรียนบ้านแม่โกปี่เพียงเท่านั้น นอกจากนี้ ตนได้กำชับให้นายอำเภอ"
    assert "โรงเรียนบ้านแม่โกปี่" in places(body)


def test_pupils_school_is_no_place() -> None:
    # details/64377
    body = "ต่อด้วยการแสดงคีตะมวยไทย โดยเยาวชนโรงเรียนบ้านหนองหินจังหวัดขอนแก่น และการแสดงศิลปะแม่ไม้มวยไทย"
    assert not any(p.startswith("โรงเรียน") for p in places(body))
