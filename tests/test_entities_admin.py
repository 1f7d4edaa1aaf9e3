"""Administrative areas, local bodies and regions, quoted verbatim from thaigov-v2 corpus releases
(none from the eval dev files); the release's page is in the comment above each quote.

English forms of Thai areas are DOPA's official names (the `geothai` register), not romanisations.
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai import admin
from briefing.thai.entities import find_entities


def _found(body: str, type_: str) -> list[tuple[str, str | None]]:
    entities, _ = find_entities("", body)
    return [(e.text, e.english) for e in entities if e.type == type_]


def _entities(body: str) -> list[Entity]:
    return find_entities("", body)[0]


def test_subdistrict_and_district_take_the_official_english() -> None:
    # https://www.thaigov.go.th/news/contents/details/66582
    body = "แอนด์รีไฟนิ่ง จำกัด ตำบลวิชิต อำเภอเมืองภูเก็ต จังหวัดภูเก็ต ปัจจุบันบ"
    places = dict(_found(body, "place"))
    assert places["ตำบลวิชิต"] == "Wichit Subdistrict"
    assert places["อำเภอเมืองภูเก็ต"] == "Mueang Phuket District"
    assert places["จังหวัดภูเก็ต"] == "Phuket Province"


def test_bare_mueang_district_is_settled_by_the_province_named_after_it() -> None:
    # https://www.thaigov.go.th/news/contents/details/64182
    body = "กลางจังหวัดเชียงราย ต.ริมกก อ.เมือง จ.เชียงราย"
    places = dict(_found(body, "place"))
    assert places["อ.เมือง"] == "Mueang Chiang Rai District"
    assert places["ต.ริมกก"] == "Rim Kok Subdistrict"
    # https://www.thaigov.go.th/news/contents/details/65344
    places = dict(_found("หิน (ร้านศิลาทิพย์) ตำบลไม้งาม อำเภอเมือง จังหวัดตาก ซึ่งได้ดำ", "place"))
    assert places["อำเภอเมือง"] == "Mueang Tak District"


def test_a_name_several_subdistricts_share_follows_the_nearby_province() -> None:
    several = [a for a in admin.areas()["บ้านใหม่"] if a.level == "subdistrict"]
    assert len({a.province for a in several}) > 1
    text = "ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา"
    area = admin.resolve("บ้านใหม่", "subdistrict", text, 0)
    assert area is not None and area.province == "30"  # Nakhon Ratchasima
    assert admin.english("ตำบลมะม่วงสองต้น") == "Mamuang Song Ton Subdistrict"
    assert admin.english("อำเภอเมืองนครศรีธรรมราช") == "Mueang Nakhon Si Thammarat District"
    assert admin.english("ตำบลไม่มีในทะเบียน") is None


def test_local_bodies_are_one_organisation_with_their_place() -> None:
    # https://www.thaigov.go.th/news/contents/details/68378
    orgs = _found("ผู้นำต้องทำก่อน จังหวัดตรัง นำโดย อบต.เขาไม้แก้ว ปลุกกระแสสร้างความมั่นคงทางอา", "organisation")
    assert orgs == [("อบต.เขาไม้แก้ว", "Khao Mai Kaeo Subdistrict Administrative Organization")]
    # https://www.thaigov.go.th/news/contents/details/99769
    body = "ดต่อกันกับเทศบาลตำบลปราณบุรี และพื้นที่เทศบาลตำบลปราณบุรีไม่ได้ติดกับชายหาด โครงการนี้จึ"
    entities = _entities(body)
    assert [(e.text, e.type) for e in entities] == [("เทศบาลตำบลปราณบุรี", "organisation")] * 2
    assert entities[0].english == "Pran Buri Subdistrict Municipality"
    # https://www.thaigov.go.th/news/contents/details/77873
    orgs = dict(_found(" บางส่วนกรมป่าไม้เคยอนุญาตให้ อบจ.ระนอง และเทศบาลเมืองระนอง เพื่อจัดให้ราษฎรเข้", "organisation"))
    assert orgs["เทศบาลเมืองระนอง"] == "Ranong Town Municipality"
    assert "อบจ.ระนอง" in orgs


def test_a_local_body_head_alone_takes_no_place() -> None:
    orgs = [text for text, _ in _found("ประสานงานกับ อบต. และเทศบาล ทุกแห่ง", "organisation")]
    assert all(len(text) <= len("อบต.") for text in orgs)


def test_regions_glued_to_their_neighbours() -> None:
    # https://www.thaigov.go.th/news/contents/details/90896
    assert _found("ทกภัยที่กำลังเกิดขึ้นในพื้นที่ภาคใต้วันนี้  และการแก้ไขปัญหาเศ", "place") == [
        ("ภาคใต้", "Southern Thailand")
    ]
    # https://www.thaigov.go.th/news/contents/details/87377
    places = _found(" จากสถานการณ์ฝนตกหนักต่อเนื่อง ในพื้นที่ภาคเหนือตอนบน ทำให้มีสถานการณ์น้ำท่วมฉับพลั", "place")
    assert places == [("ภาคเหนือตอนบน", "Upper Northern Thailand")]


def test_bangkok_and_its_vicinity_are_two_places() -> None:
    # https://www.thaigov.go.th/news/contents/details/64519
    body = "กรกลและยานพาหนะของ ทช. ในเขตกรุงเทพฯ และปริมณฑลอย่างต่อเนื่อง สำหรับในพื้นที่"
    assert [text for text, _ in _found(body, "place")] == ["กรุงเทพฯ", "ปริมณฑล"]
