"""A building after a verb of staying, travelling or bringing with ที่ glued to it (issue 11, session 18):
briefing/thai/place_stay_at.py.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments). What a
reader expects: the hospital the prime minister went to, the bureau the seized drugs are taken to and the hospital
a dialysis network stands at are where (places); an office one need not travel to any more is the body that
serves (an organisation, CONVENTIONS C6).
"""

from __future__ import annotations

from entity_helpers import orgs, places


def test_travelled_to() -> None:
    # details/85308
    body = "หลังจากนั้น นายกรัฐมนตรีและคณะ ได้เดินทางไปที่โรงพยาบาลมหาราชนครราชสีมา เพื่อติดตามความคืบหน้าโครงการ"
    assert "โรงพยาบาลมหาราชนครราชสีมา" in places(body)
    assert "โรงพยาบาลมหาราชนครราชสีมา" not in orgs(body)


def test_taken_to() -> None:
    # details/73453
    body = "โดยหลังจากนี้ยาเสพติดของกลางจะถูกลำเลียงไปที่กองบัญชาการตำรวจปราบปรามยาเสพติดเพื่อเข้าสู่กระบวนการทำลาย"
    assert "กองบัญชาการตำรวจปราบปรามยาเสพติด" in places(body)


def test_stands_at() -> None:
    # details/36946
    body = "หน่วยบริการเอกชน 2 แห่ง และเครือข่ายบริการล้างไตทางช่องท้อง ตั้งอยู่ที่โรงพยาบาลศรีสงคราม"
    assert "โรงพยาบาลศรีสงคราม" in places(body)


def test_office_one_need_not_visit_is_the_body() -> None:
    # details/90141
    body = "ลดข้อจำกัดด้านเวลาและสถานที่ ประชาชนไม่จำเป็นต้องเดินทางมาที่สำนักงานสรรพสามิต เพียงแค่มีอินเทอร์เน็ตก็สามารถเข้าถึง"
    assert "สำนักงานสรรพสามิต" not in places(body)
    assert "สำนักงานสรรพสามิต" in orgs(body)

