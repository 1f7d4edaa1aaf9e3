"""place_room_bodies: a meeting room or hall glued before a body's name is one place (C3; session 19, issue 11).
Each text is quoted verbatim from a corpus release (none of them an eval dev file or a held-out file); the release
is named above it."""

from __future__ import annotations

from entity_helpers import orgs as _orgs
from entity_helpers import places as _places


def test_a_room_glued_before_a_body_after_thi_is_a_place() -> None:
    # details/55086: the House's meeting room after ที่ (the House was an organisation, the room lost)
    text = "เมื่อวันที่ 26 พ.ค. 65 เวลา 11.30 น. ที่ห้องประชุมสภาผู้แทนราษฎร อาคารรัฐสภา เกียกกาย กรุงเทพฯ"
    assert "ห้องประชุมสภาผู้แทนราษฎร" in _places(text) and "สภาผู้แทนราษฎร" not in _orgs(text)
    # details/59445: the department's meeting room, then its ministry (a place of the chain)
    text = "อวันจันทร์ที่ 19 กันยายน 2565 ที่ผ่านมา ที่ห้องประชุมกรมการศาสนา\xa0 กระทรวงวัฒนธรรม นายอิทธิพล ค"
    assert "ห้องประชุมกรมการศาสนา" in _places(text)


def test_a_hall_named_after_its_owner_is_a_place() -> None:
    # details/77794: the Teachers' Council's hall, not the council acting
    text = "ดีสอนดี ศิษย์ดีเรียนดี มีความสุข”\nกิจกรรมในส่วนกลางจัดงานที่หอประชุมคุรุสภาและสนามหญ้าหน้า"
    assert "หอประชุมคุรุสภา" in _places(text) and "คุรุสภา" not in _orgs(text)


def test_a_body_without_a_room_word_glued_stays_an_organisation() -> None:
    # a control sentence (not quoted from a release): the body named alone, acting
    assert "สภาผู้แทนราษฎร" in _orgs("ร่างพระราชบัญญัติดังกล่าวผ่านการพิจารณาของสภาผู้แทนราษฎร แล้ว")
