"""Colleges named by their kind and their place (thai/org_colleges.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule none of these colleges
was found: วิทยาลัย is a weak head, and no list knows them.
"""

from __future__ import annotations

from entity_helpers import orgs

from briefing.thai import org_colleges


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_colleges.find(text)]


def test_college_named_by_kind_and_place() -> None:
    # details/59078: ขณะที่ is 'while', no venue
    assert "วิทยาลัยเทคนิคนครปฐม" in orgs("ขณะที่ วิทยาลัยเทคนิคนครปฐม มีสิ่งประดิษฐ์ ชุดควบคุมก๊าซคาร์บอนไดออกไซด์ในรถยนต์")
    # details/66766: a verb glued after the name
    assert _names("ตามแนวพระราชดำริ โดยมีวิทยาลัยเทคนิคพัทยามาสอนการใช้โปรแกรม Microsoft Word") == ["วิทยาลัยเทคนิคพัทยา"]
    # details/37013: ในสังกัด glued after the name
    assert _names("โดยได้ร่วมมือกับวิทยาลัยเทคนิคฉะเชิงเทราในสังกัดของ สอศ.ดำเนินโครงการ EC") == ["วิทยาลัยเทคนิคฉะเชิงเทรา"]
    # details/85289: the province closes the name
    assert _names("โดยมีวงดุริยางค์เครื่องลม จากวิทยาลัยนาฏศิลป์นครราชสีมาบรรเลงเพลง ให้การต้อนรับ") == ["วิทยาลัยนาฏศิลป์นครราชสีมา"]


def test_class_and_venue_are_left() -> None:
    # details/46705: the kind alone is a class of colleges
    assert _names("โดยมหาวิทยาลัยในพื้นที่หรือวิทยาลัยชุมชนโดยส่งเสริมการเชื่อมโยงฐานข้อมูลของชุมชน") == []
    # details/87776: the college's grounds, a place (C3)
    assert _names("เดินทางไปให้กำลังใจและติดตามสถานการณ์น้ำท่วม ที่วิทยาลัยเทคนิคเทิง โรงเรียนเทิงวิทยาคม") == []
