"""Committee names cut short at a second duty or at the policy they follow (organisations._duty_joined,
organisations._spaced_duty_joined, org_bounds.policy_end).

Each sentence is quoted from a corpus release (its source in the test's comment); each test fails without its rule.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _orgs(body: str) -> list[str]:
    entities, _ = find_entities("", body)
    return [e.text for e in entities if e.type == "organisation"]


def test_a_second_duty_after_and_goes_on_though_it_stops_other_names() -> None:
    # details/79515: ติดตาม ends other names (a stop word), but after และ it is the committee's second duty
    body = ("2. อก. ได้แต่งตั้งคณะกรรมการขับเคลื่อนและติดตามนโยบายการส่งเสริมและพัฒนาอุตสาหกรรมฮาลาลในพื้นที่"
            "ระเบียงเศรษฐกิจภาคใต้ (Southern Economic Corridor: SEC) (คณะกรรมการขับเคลื่อนฯ) ประกอบด้วย รัฐมนตรีว่าการกร")
    assert any(o.startswith("คณะกรรมการขับเคลื่อนและติดตามนโยบายการส่งเสริมและพัฒนาอุตสาหกรรมฮาลาล") for o in _orgs(body))


def test_a_bare_duty_goes_on_across_a_space_to_its_second_duty_and_policy() -> None:
    # details/86155
    body = ("ดร.ณมาณิตา กลับบ้านเกาะ ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมคณะกรรมการติดตาม "
            "และขับเคลื่อนงานด้านการเกษตรและสหกรณ์ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ โดยมี "
            "นายเศรษฐเกียรติ กระจ่างวงษ์ รองปลัดกระทรวงเกษตรและสหกรณ์ ผู้บริหา")
    assert ("คณะกรรมการติดตาม และขับเคลื่อนงานด้านการเกษตรและสหกรณ์ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"
            in _orgs(body))


def test_a_second_thing_after_a_spaced_and_is_no_duty() -> None:
    # details/38547: 'checks by the assessment committee and a customer survey', two things
    body = ("สำหรับการตรวจประเมินตามมาตรฐานความปลอดภัยด้านสุขอนามัย SHA ดำเนินการใน 2 แนวทาง คือ "
            "การตรวจโดยคณะกรรมการตรวจประเมิน และการสำรวจความพึงพอใจของลูกค้า เมื่อผู้ประกอบการที่สมัคร")
    assert not any("สำรวจ" in o for o in _orgs(body))


def test_a_committee_is_named_with_whose_policy_it_follows() -> None:
    # details/93214: spaced, the owner fills its chunk
    body = ("ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังการประชุมคณะกรรมการติดตามและขับเคลื่อนงานด้าน"
            "การเกษตรและสหกรณ์ ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ครั้งที่ 2/2568 โดยมีผู้บริหาร")
    assert ("คณะกรรมการติดตามและขับเคลื่อนงานด้านการเกษตรและสหกรณ์ ตามนโยบายรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"
            in _orgs(body))
    # details/76517: glued
    body = ("พร้อมทั้ง จัดตั้งคณะกรรมการเฉพาะด้านการขับเคลื่อนตามนโยบายการใช้คลาวด์เป็นหลัก เพื่อกำกับ ติดตาม "
            "และให้ข้อแนะนำในการขับเคลื่อนการดำเนินงาน")
    assert "คณะกรรมการเฉพาะด้านการขับเคลื่อนตามนโยบายการใช้คลาวด์เป็นหลัก" in _orgs(body)
    # details/98827: a plan, glued
    body = "ความคืบหน้าภายหลังจากที่มีการประชุมคณะอนุกรรมการกำกับและติดตามผลการดำเนินงานตามแผนขับเคลื่อนเศรษฐกิจ เมื่อวันที่ 24"
    assert "คณะอนุกรรมการกำกับและติดตามผลการดำเนินงานตามแผนขับเคลื่อนเศรษฐกิจ" in _orgs(body)

