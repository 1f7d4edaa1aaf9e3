"""An abbreviated unit with its ministry's or province's short form glued after it is one name
(org_abbrev_units; issue 11 session 24 organisation precision).

Each sentence is quoted from a thaigov-v2 release outside the bench sets and the eval dev files (its details id in
the comment).
"""

from __future__ import annotations

from entity_helpers import orgs


def test_a_centre_with_its_ministry_s_short_form_glued() -> None:
    # details/74823: 'the Ministry of Industry's anti-corruption operations centre (ศปท.อก.)'
    body = ("ของศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงอุตสาหกรรม (ศปท.อก.) มีวัตถุประสงค์เพื่อยกย่องหน่วยงาน"
            "ที่มีผลการประเมิน")
    found = orgs(body)
    assert "ศปท.อก." in found
    assert "ศปท." not in found and "อก." not in found


def test_a_provincial_centre_with_its_province_s_short_form_glued() -> None:
    # details/90529: 'officers of Chon Buri's narcotics directing centre, volunteer defence corps members'
    body = ("พร้อมด้วย เจ้าหน้าที่ตำรวจ สภ.เมืองพัทยา เจ้าหน้าที่ ศอ.ปส.จ.ชบ. สมาชิก อส. "
            "กองร้อยบริการและบังคับการจังหวัดชลบุรี")
    assert "ศอ.ปส.จ.ชบ." in orgs(body)


def test_a_rank_glued_after_the_cabinet_and_two_ministries_glued_stay_apart() -> None:
    # details/70377: 'on 7 February 2023 the Cabinet of General Prayut approved ...'
    body = "นอกจากนี้ เมื่อวันที่ 7 กุมภาพันธ์ 2566 ที่ผ่านมา ครม.พล.อ.ประยุทธ์ได้เห็นชอบมาตรการส่งเสริมการถ่ายท"
    assert "ครม." in orgs(body)
    # details/42963: 'the bodies concerned: ดศ. สธ. รง. สงป. and สศช.' (the Labour Ministry and the Budget Bureau)
    body = "ได้ดำเนินการพิจารณาร่วมกับหน่วยงานที่เกี่ยวข้อง ได้แก่ ดศ. สธ. รง.สงป. และ สศช. เกี่ยวกับข้อเสนอแนะ"
    assert "รง." in orgs(body)
    assert "รง.สงป." not in orgs(body)
