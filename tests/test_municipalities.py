"""Municipalities named without their level or written short (briefing/thai/municipalities.py): เทศบาลPLACE and
ทต./ทม./ทน.PLACE are local governments (organisations); the municipal area, an office or school named after the
municipality and a road segment's end are not. Sentences quoted verbatim from corpus releases (source in each comment)."""

from __future__ import annotations

from briefing.thai.municipalities import find_municipalities
from tests.entity_helpers import orgs, places


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_municipalities(text)]


def test_municipality_without_its_level():
    # details/82906: found whole; after ในพื้นที่ it names the area the council governs (flooding there), so the
    # reader lists it as a place (places._AREA_OF, session 13), not as the council acting
    text = "นายกฯ รับฟังประเด็นปัญหาน้ำท่วมขัง ในพื้นที่เทศบาลกาญจนบุรี ย้ำจัดลำดับความสำคัญ"
    assert _found(text) == ["เทศบาลกาญจนบุรี"]
    assert "เทศบาลกาญจนบุรี" in places(text) and "เทศบาลกาญจนบุรี" not in orgs(text)


def test_subdistrict_municipalities_written_short():
    # details/88298
    found = orgs("ร่วมกับ อบต.ดอยลาง อบต.ท่าตอน ทต.แม่อาย ทต.ม่อนปิ่น ทต.สันทราย กำนัน ผู้ใหญ่บ้าน")
    assert {"ทต.แม่อาย", "ทต.ม่อนปิ่น", "ทต.สันทราย"} <= set(found)


def test_name_longer_than_the_registers_area():
    # details/89698: the town is สุโขทัยธานี, the register's area สุโขทัย
    assert _found("รางวัลที่ 2 ทม.สุโขทัยธานี จ.สุโขทัย") == ["ทม.สุโขทัยธานี"]


def test_what_is_said_of_it_is_not_its_name():
    # details/65840
    assert _found("ได้เลือกระบบขนส่งสาธารณะในเทศบาลระยองเป็นต้นแบบของการพัฒนา") == ["เทศบาลระยอง"]


def test_area_office_school_and_road_segment_are_not_the_body():
    # details/91954 (the municipal area), details/46438 (a closed road's segment)
    assert _found("ในพื้นที่เขตเทศบาลแม่สอด จังหวัดตาก") == []
    assert _found("4) ทล.205 คลองห้วยไผ่ - เทศบาลลำนารายณ์ ช่วง กม. ที่ 68+000") == []
    assert _found("ณ สำนักงานเทศบาลบ้านสร้าง อำเภอบางปะอิน") == []
    assert _found("ทั้งเทศบาลและองค์การบริหารส่วนตำบล เทศบาลในพื้นที่") == []


def test_city_municipality_the_register_lacks():
    # details/81346: Pattaya City is no subdistrict of the register; the body, not the place เมืองพัทยา
    found = orgs("ผู้ว่าราชการจังหวัดทั้ง 76 จังหวัด ผู้แทนจากเทศบาลเมืองพัทยา เข้าร่วมประชุมผ่านระบบวิดีทัศน์")
    assert "เทศบาลเมืองพัทยา" in found and "เมืองพัทยา" not in found
    # details/67917: a foreign city's government, acting
    assert "เทศบาลนครเซี่ยงไฮ้" in orgs("เซินเจิ้น และกว่างโจว และได้ร่วมกับเทศบาลนครเซี่ยงไฮ้และ Invest Shanghai จัดงานสัมมนา")


def test_city_municipality_leaves_the_registers_areas_alone():
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.municipalities import find_city_municipalities

    # เทศบาลนครภูเก็ต: Phuket is a province of the register, read by organisations.find_local_bodies
    assert find_city_municipalities("ระบบกำจัดขยะมูลฝอยเทศบาลนครภูเก็ต ที่", gazetteer()) == []


def test_city_municipalitys_area_is_no_body():
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.municipalities import find_city_municipalities

    # details/96452: 'the management system in the Oslo municipal area', a place
    assert find_city_municipalities("ศึกษาระบบการจัดการในเขตเทศบาลเมืองออสโล และการจัดสวัสดิการ", gazetteer()) == []


def test_city_municipality_english():
    from tests.entity_helpers import as_analyzed

    # details/81346
    found = {e.text: e.english for e in as_analyzed("ผู้แทนจากเทศบาลเมืองพัทยา เข้าร่วมประชุมผ่านระบบวิดีทัศน์")}
    assert found.get("เทศบาลเมืองพัทยา") == "Pattaya Municipality"


def test_municipality_without_its_level_has_the_areas_english():
    from tests.entity_helpers import as_analyzed

    # details/93830: before, no English at all (the side panel romanised it)
    body = "แสดงความเสียใจอย่างสุดซึ้ง กรณีรถบัสโดยสารคณะดูงานเทศบาลบึงกาฬ เกิดเหตุพลิกคว่ำ จังหวัดปราจีนบุรี"
    found = {e.text: (e.english, e.english_source) for e in as_analyzed(body)}
    assert found["เทศบาลบึงกาฬ"] == ("Bueng Kan Municipality", "listed")


def test_short_municipality_levels_in_english():
    from tests.entity_helpers import as_analyzed

    # details/72332: the town and city municipalities written short
    body = "3 ได้แก่ (1) ทม.กระบี่ (2) ทม.ชุมแพ (3) ทม.บ้านไผ่"
    found = {e.text: e.english for e in as_analyzed(body)}
    assert found["ทม.กระบี่"] == "Krabi Town Municipality"
    assert found["ทม.ชุมแพ"] == "Chum Phae Town Municipality"


def test_mueang_district_without_its_province_is_not_guessed():
    from briefing.thai import admin

    # อำเภอเมือง is every province's capital district: with no province named, the register's first one was given
    assert admin.english("อำเภอเมือง", "ณ เทศบาลตำบลบ้านใหม่ อำเภอเมือง", 20) is None
    text = "ณ เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา"
    assert admin.english("อำเภอเมือง", text, 20) == "Mueang Nakhon Ratchasima District"
