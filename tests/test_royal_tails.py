"""A venue's or body's name ending in a royal commemoration (thai/royal_tails.py): the age or cycles belong to it.

Each sentence is quoted from a corpus release (its source in the comment); the positive tests fail without the
rule (the name stopped at the number's space, or before the commemoration).
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places


def test_park_name_runs_through_the_age() -> None:
    # details/76225: was สวนเฉลิมพระเกียรติ 82 (cut after the number)
    places = _places("เมื่อวันที่ 15 ธ.ค. 66 เวลา 18.00 น. ที่สวนเฉลิมพระเกียรติ 82 พรรษา อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่")
    assert "สวนเฉลิมพระเกียรติ 82 พรรษา" in places
    assert "อำเภอเมืองเชียงใหม่" in places


def test_building_name_runs_through_the_cycles() -> None:
    # details/98094: was อาคารเฉลิมพระเกียรติ 7; the owner after the building stays a part of its own (C3)
    places = _places("ครั้งที่ 1/2568 ณ ห้องประชุม 1 ชั้น 4 อาคารเฉลิมพระเกียรติ 7 รอบ พระชนมพรรษา การกีฬาแห่งประเทศไทย โดยมีผู้บริหาร")
    assert "อาคารเฉลิมพระเกียรติ 7 รอบ พระชนมพรรษา" in places
    assert "การกีฬาแห่งประเทศไทย" in places


def test_hospital_name_runs_through_the_age() -> None:
    # details/58120: was โรงพยาบาลเขาชะเมาเฉลิมพระเกียรติ
    ents = _orgs("แพทย์เฉพาะทางอาสา กรมการแพทย์ที่โรงพยาบาลเขาชะเมาเฉลิมพระเกียรติ 80 พรรษา ให้ประชาชนในพื้นที่") + _places(
        "แพทย์เฉพาะทางอาสา กรมการแพทย์ที่โรงพยาบาลเขาชะเมาเฉลิมพระเกียรติ 80 พรรษา ให้ประชาชนในพื้นที่")
    assert "โรงพยาบาลเขาชะเมาเฉลิมพระเกียรติ 80 พรรษา" in ents


def test_spaced_commemoration_after_a_whole_name() -> None:
    # heldout46 h02's kind: the nature centre and its commemoration, spaced, with the queen's title glued
    places = _places("ณ ศูนย์ศึกษาธรรมชาติกองทัพบกบางปู เฉลิมพระเกียรติ 72 พรรษามหาราชินี จังหวัดสมุทรปราการ")
    assert "ศูนย์ศึกษาธรรมชาติกองทัพบกบางปู เฉลิมพระเกียรติ 72 พรรษามหาราชินี" in places


def test_a_celebration_is_no_name_tail() -> None:
    # the birthday itself after a body is no part of its name
    orgs = _orgs("กระทรวงวัฒนธรรม จัดงานเฉลิมพระชนมพรรษา 90 พรรษา ณ ท้องสนามหลวง")
    assert "กระทรวงวัฒนธรรม" in orgs
