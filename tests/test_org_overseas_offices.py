"""A Thai office abroad named with ณ and its city (briefing/thai/org_overseas_offices.py, entities._overseas_offices).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/91969 "กรมการจัดหางาน ได้รับการประสานจากสำนักงานแรงงาน ณ เมืองฮ่องกงว่า บริษัท COD Resorts Limited": the labour
  office in Hong Kong (was nothing), and Hong Kong still a place;
- details/68000 "โดยสำนักงานส่งเสริมการค้าในต่างประเทศ ณ นครโฮจิมินห์ ร่วมมือกับห้าง MM Mega Market": the trade centre in
  Ho Chi Minh City (was the office cut before ณ);
- details/54965 "เอกอัครราชทูตผู้แทนถาวรไทยประจำสำนักงานสหประชาชาติ ณ นครเจนีวา": the UN Office at Geneva;
- details/41246 "สำนักงานพาณิชย์ในต่างประเทศ ณ กรุงบรัสเซลส์ได้แจ้งปลัดกระทรวงพาณิชย์ว่า": the city ends before ได้.
Not offices abroad: a headquarters where a body sits, a foreign body's regional office in Bangkok.
"""

from briefing.thai.entities import find_entities


def _ents(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.english) for e in find_entities("", text)[0]}


def test_labour_office_and_its_city():
    ents = _ents("โดยกรมการจัดหางาน ได้รับการประสานจากสำนักงานแรงงาน ณ เมืองฮ่องกงว่า บริษัท COD Resorts Limited ซึ่งเป็น")
    assert ents["สำนักงานแรงงาน ณ เมืองฮ่องกง"] == ("organisation", "Thai Labour Office in Hong Kong")
    assert ents["เมืองฮ่องกง"][0] == "place"


def test_trade_centre_not_cut_before_its_city():
    ents = _ents("ยมสินค้าอาหารไทยของผู้บริโภคเวียดนาม โดยสำนักงานส่งเสริมการค้าในต่างประเทศ ณ นครโฮจิมินห์ ร่วมมือกับห้าง MM Mega Market")
    assert ents["สำนักงานส่งเสริมการค้าในต่างประเทศ ณ นครโฮจิมินห์"] == ("organisation", "Thai Trade Center Ho Chi Minh City")
    assert "สำนักงานส่งเสริมการค้าในต่างประเทศ" not in ents


def test_un_office_and_glued_verb_after_the_city():
    assert _ents("เอกอัครราชทูตผู้แทนถาวรไทยประจำสำนักงานสหประชาชาติ ณ นครเจนีวา พร้อมผู้แทนกระทรวงสาธารณสุข")[
        "สำนักงานสหประชาชาติ ณ นครเจนีวา"] == ("organisation", "United Nations Office at Geneva")
    ents = _ents("เมื่อวันที่ 12 พฤศจิกายน 2563 สำนักงานพาณิชย์ในต่างประเทศ ณ กรุงบรัสเซลส์ได้แจ้งปลัดกระทรวงพาณิชย์ว่า")
    assert ents["สำนักงานพาณิชย์ในต่างประเทศ ณ กรุงบรัสเซลส์"][0] == "organisation"


def test_headquarters_and_foreign_regional_office_are_not_offices_abroad():
    orgs = [t for t, (kind, _) in _ents("ซึ่งเป็นบริษัทสำรวจ สำนักงานใหญ่ตั้งอยู่ ณ กรุงปักกิ่ง ซึ่งเป็นบริษัท").items() if kind == "organisation"]
    assert not any("ปักกิ่ง" in t for t in orgs)
    orgs = [t for t, (kind, _) in _ents("ผู้อำนวยการสำนักงานยูเนสโกส่วนภูมิภาค ณ กรุงเทพฯ โดยมี").items() if kind == "organisation"]
    assert not any("กรุงเทพ" in t for t in orgs)


def test_a_bodys_office_in_thailand_has_the_bodys_english() -> None:
    from entity_helpers import org_english as english

    # details/84179 (no English before)
    text = "วมกับคณะสาธารณสุขศาสตร์มหาวิทยาลัยมหิดล องค์การอนามัยโลกประจำประเทศไทย และศูนย์ควบคุมและป้องกันโรคแห"
    assert english(text)["องค์การอนามัยโลกประจำประเทศไทย"] == "World Health Organization in Thailand"
    # details/73005: spaced
    text = "ฝ่าย เชื่อมั่นด้วยประสบการณ์ของผู้จัดการธนาคารโลก ประจำประเทศไทย จะเดินหน้าความร่วมมือระหว่างก"
    assert english(text).get("ธนาคารโลก ประจำประเทศไทย") == "World Bank in Thailand"
