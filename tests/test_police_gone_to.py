"""A provincial police station (สภ.) gone to or filed at is a place, read whole (briefing/thai/place_named.py, which
read only Bangkok's สน.): before, the reader saw the bare district (คลองหลวง, บ้านค่าย) or nothing. A station that is
contacted (ประสานไปยัง) is the body, not where anyone went. Sentences quoted from corpus releases."""

from __future__ import annotations

from tests.entity_helpers import orgs, places


def test_station_the_suspects_were_taken_to():
    # details/60754
    body = ("ก่อนนำตัวผู้ต้องหาและของกลางไปที่ สภ.กันทรลักษ์ เพื่อดำเนินคดีตามกฎหมายต่อไป")
    assert "สภ.กันทรลักษ์" in places(body)


def test_station_where_the_case_was_filed():
    # details/90144
    body = "ต่อมาผู้ปกครองเด็กจึงได้เข้าแจ้งความที่ สภ.หลังสวน เพื่อดำเนินตามกฎหมาย และส่งเด็กตรวจร่างกาย"
    assert "สภ.หลังสวน" in places(body)
    assert "หลังสวน" not in places(body)


def test_station_contacted_is_no_place():
    # details/50009
    body = ("ได้เร่งให้ความช่วยเหลือ โดยประสานไปยัง สภ.บางพลี เจ้าของคดี เพื่อสอบถามข้อเท็จจริง")
    assert "สภ.บางพลี" not in places(body)


def test_station_acting_stays_an_organisation():
    # the case police_stations.py quotes in its docstring
    body = "นำส่งพนักงานสอบสวน สภ.ท่าอุเทน เพื่อดำเนินคดี"
    assert "สภ.ท่าอุเทน" in orgs(body)
    assert "สภ.ท่าอุเทน" not in places(body)
