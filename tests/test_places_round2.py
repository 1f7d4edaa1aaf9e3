"""Places and people, issue 11 round two (session 3): each kind on Thai quoted verbatim from corpus
releases (thaigov-v2, none of them an eval dev file or a held-out file)."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _texts(body: str, kind: str) -> dict[str, str | None]:
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == kind}


def test_a_name_after_a_junior_navy_rank() -> None:
    # 2024 ด้านความมั่นคง: "ปลัดกระทรวงแรงงาน มอบหมายให้ เรือเอกสาโรจน์ คมคาย ที่ปรึกษากฎหมาย"
    entities, _ = find_entities("", "ไพโรจน์ โชติกเสถียร ปลัดกระทรวงแรงงาน มอบหมายให้  เรือเอกสาโรจน์ คมคาย ที่ปรึกษากฎหมาย สำนักงานปลัดกระทรวงแรงงาน")
    people = [e for e in entities if e.type == "person"]
    assert [p.canonical or p.text for p in people if "คมคาย" in p.text] == ["สาโรจน์ คมคาย"]


def test_performers_in_a_list_are_people_but_not_bands_or_plurals() -> None:
    # 2025/02/28 ด้านวัฒนธรรมท่องเที่ยวฯ (Thailand Biennale artists), cut before the list's end
    body = ("ศิลปินไทย จำนวน 10 คน และศิลปินต่างชาติ จำนวน 20 คน ได้แก่ Aleksandra Domanović, Andrew Thomas Huang, "
            "bani haykal, Chantana Tiprachart, Eiji Sumi, Haig Aivazian, Ibrahim Mahama เป็นต้น")
    found = _texts(body, "person")
    assert {"Chantana Tiprachart", "Eiji Sumi", "Haig Aivazian", "Ibrahim Mahama"} <= set(found)
    # 2025 ด้านวัฒนธรรมท่องเที่ยวฯ: a band named after วง is not a person
    assert "Tilly Birds" not in _texts("กรมศิลปากร และการแสดงมินิคอนเสิร์ตจากวง Tilly Birds วันที่ 25 เมษายน 2568", "person")


def test_a_country_glued_to_a_post_or_paired_by_a_dash() -> None:
    # 2024 ข่าวนายกรัฐมนตรี: "ในโอกาสนี้ นายกรัฐมนตรีญี่ปุ่น นายคิชิดะ ฟูมิโอะ ฝากความปรารถนาดี"
    assert _texts("ในโอกาสนี้ นายกรัฐมนตรีญี่ปุ่น นายคิชิดะ ฟูมิโอะ ฝากความปรารถนาดี", "place") == {"ญี่ปุ่น": "Japan"}
    # 2024 ด้านเศรษฐกิจ: "ไม่ว่าจะเป็นสงครามรัสเซีย-ยูเครนที่ยังคงยืดเยื้อ"
    found = _texts("ขัดแย้งที่เกิดขึ้นในปัจจุบันไม่ว่าจะเป็นสงครามรัสเซีย-ยูเครนที่ยังคงยืดเยื้อ", "place")
    assert "รัสเซีย" in found and found["รัสเซีย"] == "Russia"
    # but an adjective stays an adjective (2023: "เป็นแนวโน้มที่ดีสำหรับการพัฒนาเศรษฐกิจไทยในระยะยาว")
    assert _texts("เป็นแนวโน้มที่ดีสำหรับการพัฒนาเศรษฐกิจไทยในระยะยาว", "place") == {}


def test_numbered_roads_are_places_with_english() -> None:
    # 2024 ด้านเศรษฐกิจ: "กรมทางหลวงชนบท บำรุงถนนสาย พช.4007 - บ้านซับตะแบก จังหวัดเพชรบูรณ์"
    found = _texts("กรมทางหลวงชนบท บำรุงถนนสาย พช.4007 - บ้านซับตะแบก จังหวัดเพชรบูรณ์ เสร็จสมบูรณ์", "place")
    assert found["ถนนสาย พช.4007"] == "Rural Road 4007"
    # 2024 ด้านเศรษฐกิจ: "บำรุงถนนทางหลวงชนบทสาย พช. 4007 แยก ทล.2275 - บ้านซับตะแบก อำเภอวิเชียรบุรี"
    found = _texts("ดำเนินโครงการบำรุงถนนทางหลวงชนบทสาย พช. 4007 แยก ทล.2275 - บ้านซับตะแบก อำเภอวิเชียรบุรี", "place")
    assert found.get("ทล.2275") == "Highway 2275"
    assert found.get("ถนนทางหลวงชนบทสาย พช. 4007") == "Rural Road 4007"
    # a kilometre post is no road: "สายราชบุรี - แก้มอ้น กม.15+525 ถึง กม. 22+500"
    assert not any("กม" in t for t in _texts("เลข 3087 สายราชบุรี - แก้มอ้น กม.15+525 ถึง กม. 22+500, กม. 31+50", "place"))


def test_stupa_named_as_what_is_worshipped_but_not_a_kind_of_stupa() -> None:
    # 2023 ด้านวัฒนธรรมท่องเที่ยวฯ: "ที่นอกจากจะเดินทางมาสักการะพระธาตุพนม สิ่งศักดิ์สิทธิ์คู่บ้านคู่เมือง"
    assert "พระธาตุพนม" in _texts("ที่นอกจากจะเดินทางมาสักการะพระธาตุพนม สิ่งศักดิ์สิทธิ์คู่บ้านคู่เมือง", "place")
    # 2023: "พิธีอัญเชิญพระบรมสารีริกธาตุ สักการะพระธาตุประจำปีเกิด 12 ปีนักษัตร" (the twelve zodiac stupas)
    found = _texts("พิธีอัญเชิญพระบรมสารีริกธาตุ สักการะพระธาตุประจำปีเกิด 12 ปีนักษัตร พิธีทำบุญตักบาตร", "place")
    assert not any(t.startswith("พระธาตุ") for t in found)


def test_venue_translated_by_parts_and_hotels_in_general_are_no_hotel() -> None:
    # seed ข่าวคณะโฆษก (2025): "ศูนย์บัญชาการเหตุการณ์กรุงเทพมหานคร"
    found = _texts("วันนี้ ( 31 มีนาคม 2568 ) ณ ศูนย์บัญชาการเหตุการณ์กรุงเทพมหานคร กรณีเกิดแผ่นดินไหว", "place")
    assert found.get("ศูนย์บัญชาการเหตุการณ์กรุงเทพมหานคร") == "Bangkok Incident Command Centre"
    # seed ข่าวคณะโฆษก (2025): "จากข้อมูลเชิงลึกเพิ่มเติมเกี่ยวกับโรงแรมในประเทศไทยในปี 2567"
    found = _texts("ทั้งนี้ จากข้อมูลเชิงลึกเพิ่มเติมเกี่ยวกับโรงแรมในประเทศไทยในปี 2567 เผยให้เห็นว่า", "place")
    assert not any(t.startswith("โรงแรม") for t in found)
