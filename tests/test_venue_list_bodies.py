"""venue_list_bodies: a body named in a list of venues is a venue itself, a place (session 15). Texts quoted verbatim
from corpus releases (none an eval dev file or a held-out file), named above each. What a reader expects: the school
where an event was held beside a temple is a place, as the temple is; a ministry proposing a law stays a body."""

from __future__ import annotations

from entity_helpers import orgs, places


def test_a_body_beside_venues_is_a_venue() -> None:
    # details/75637: the school and the temple where the event was held
    text = "ัดกิจกรรมดังกล่าวอีกสองจุด คือที่โรงเรียนเบญจมราชาลัยและวัดสุทัศนเทพวรารามราชวรมหาวิหาร เขตพระนคร และวัดลาดสนุ่น อ.ลำ"
    assert "โรงเรียนเบญจมราชาลัย" in places(text) and "โรงเรียนเบญจมราชาลัย" not in orgs(text)
    # details/97565: the office between the room and Government House
    text = ("ฉพาะกิจบริหารสถานการณ์บริเวณชายแดนไทย - กัมพูชาที่ห้องประชุมวิจิตรวาทการ สำนักงานสภาความมั่นคงแห่งชาติ "
            "ทำเนียบรัฐบาล โดยศูนย์เฉพาะกิจสถานการณ์ชายแดนไท")
    assert "สำนักงานสภาความมั่นคงแห่งชาติ" in places(text)


def test_a_body_acting_stays_a_body() -> None:
    # details/71337
    text = "ร่างกฎกระทรวงทั้ง 2 ฉบับ ที่กระทรวงมหาดไทยเสนอเป็นการกำหนดค่าธรรมเนียมการจดทะเบียนสิทธิและนิติกรรมเกี่ยวกับอสังหาริมทรัพย์และอาคารชุด"
    assert "กระทรวงมหาดไทย" in orgs(text)
