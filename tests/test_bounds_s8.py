"""Organisation and place BOUNDARIES (issue 11, session 8): a span cut short or run on is a miss and a false hit.

Each case quotes a thaigov-v2 release verbatim (its details/ id in the comment).
"""

from __future__ import annotations

from tests.entity_helpers import orgs, places


def test_named_room_with_floor_and_owner_is_read_whole_then_listed_by_parts() -> None:
    # The chain is read whole (its edges right), then listed part by part without the floor (CONVENTIONS.md C3).
    # details/34804: a named room, its floor and the ministry it is in
    body = "พัฒนาฝีมือแรงงานและบรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม ณ ห้องแสงสิงแก้ว ชั้น 5 กระทรวงแรงงาน โดยมี ดร.ภาคิน สมมิตรธนกุล"
    assert places(body)[:2] == ["ห้องแสงสิงแก้ว", "กระทรวงแรงงาน"]
    # details/36499: after ที่, a numbered building, then the floor and the department
    body = "วันนี้ (4 พ.ย 63) เวลา 13.30 น. ที่ห้องประชุม 1 อาคาร 3 ชั้น 5 กรมป้องกันและบรรเทาสาธารณภัย (ปภ.) นายนิพนธ์ บุญญามณี"
    assert places(body)[:3] == ["ห้องประชุม 1", "อาคาร 3", "กรมป้องกันและบรรเทาสาธารณภัย"]
    # details/58319: a hotel's room, its floor and the hotel's spaced name
    body = "เมื่อวันที่ 17 สิงหาคม 2565 ณ ห้อง Ballroom 1 ชั้น 6 โรงแรมอมารี วอเตอร์เกท เขตราชเทวี กรุงเทพฯ"
    assert places(body)[:2] == ["ห้อง Ballroom 1", "โรงแรมอมารี วอเตอร์เกท"]


def test_chain_stops_at_a_named_building_and_government_house() -> None:
    # details/64749: the room and named building, and the ministry after them is where too (a place, as the dev
    # gold's กระทรวงศึกษาธิการ after its room; CONVENTIONS.md C3); the ministry in the post is an organisation
    body = "เวลา 09.30 น. ที่ห้องประชุมราชบพิธ ชั้น 5 อาคารดำรงราชานุสรณ์ กระทรวงมหาดไทย นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เป็นประธานการประชุม"
    assert places(body) == ["ห้องประชุมราชบพิธ", "อาคารดำรงราชานุสรณ์", "กระทรวงมหาดไทย"]
    assert "กระทรวงมหาดไทย" in orgs(body)
    # details/98005: Government House's buildings are places on their own (the older golds' convention)
    body = "เข้าร่วมด้วย ณ ห้องประชุม 301 ชั้น 3 ตึกบัญชาการ 1 ทำเนียบรัฐบาล\nการประชุมดังกล่าว"
    assert places(body) == ["ห้องประชุม 301", "ตึกบัญชาการ 1", "ทำเนียบรัฐบาล"]


def test_branch_named_by_its_province_or_district_is_the_body() -> None:
    # details/56983: a provincial transport office's branch in a district
    body = "ให้ยื่นคำขอ ณ สำนักงานขนส่งจังหวัด หรือสำนักงานขนส่งจังหวัดยะลา สาขาอำเภอเบตง แล้วแต่กรณี ทั้งนี้ สามารถยื่น"
    assert "สำนักงานขนส่งจังหวัดยะลา สาขาอำเภอเบตง" in orgs(body)
    assert "อำเภอเบตง" not in places(body)
    # details/80579: the waterworks' branch office as the venue, and the authority's branch glued
    body = "ก่อสร้างปรับปรุงขยายการประปาส่วนภูมิภาคสาขาแม่สาย และสาขาเชียงราย ณ สำนักงานการประปาส่วนภูมิภาค สาขาเชียงราย ตำบลเวียง"
    assert "สำนักงานการประปาส่วนภูมิภาค สาขาเชียงราย" in places(body)
    # details/60125: a bank's branch is an address: the bank, and the province a place (the dev golds' convention)
    body = "เข้าตรวจเยี่ยม SME D Bank สาขาขอนแก่น เพื่อมอบนโยบายให้กับผู้บริหารและเจ้าหน้าที่"
    assert "ขอนแก่น" in places(body)


def test_branch_named_by_its_bare_district_is_the_body() -> None:
    # A branch named by its district without อำเภอ (issue 11, session 23: the read golds list such a branch whole)
    # details/35199: the social security office's branch in Si Racha
    body = "การให้ความช่วยเหลือเบื้องต้นสำนักงานประกันสังคมจังหวัดชลบุรี สาขาศรีราชาตรวจสอบข้อมูลแล้วไม่พบการขึ้นทะเบียนนายจ้าง"
    assert "สำนักงานประกันสังคมจังหวัดชลบุรี สาขาศรีราชา" in orgs(body)
    # details/37453: a short name, which the bare head rules cut to a miss and a false hit
    body = "- เป็นการเพิ่มกำลังผลิตน้ำประปาของ กปภ. สาขาอรัญประเทศ ขนาด 200 ลบ.ม./ชม. เพื่อรองรับความต้องการใช้น้ำประปา"
    assert "กปภ. สาขาอรัญประเทศ" in orgs(body)
    # details/46902: a bank's branches listed one after another: one branch's name does not take the next
    body = "รวมถึงพื้นที่หน้าสาขาของธนาคารออมสินอีก 7 แห่ง ได้แก่ สาขามหาวิทยาลัยเกษตรศาสตร์ สาขาดอนเมือง สาขาคลองจั่น สาขามีนบุรี"
    assert "มหาวิทยาลัยเกษตรศาสตร์ สาขาดอนเมือง" not in orgs(body)


def test_province_group_named_by_its_region_is_one_place() -> None:
    # details/85256: the group with its number, not the region alone
    body = "เป็นประธานการประชุมติดตามการดำเนินงานของหน่วยงานในพื้นที่กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1 ได้แก่ ชัยภูมิ นครราชสีมา"
    found = places(body)
    assert "กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนล่าง 1" in found
    assert "ภาคตะวันออกเฉียงเหนือตอนล่าง" not in found
    # details/80579: the part written after a space
    body = "2. ภาคตะวันออกเฉียงเหนือ 5 กลุ่มจังหวัด (20 จังหวัด)\n2.1 กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือ ตอนบน 1\n"
    assert "กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือ ตอนบน 1" in places(body)
