"""English forms of organisations the glossary does not list, made from their parts (briefing/thai/org_by_parts.py).

Before session 13 these had no English at all: the side panel showed "(no English form)" for 290 of the 1,101
organisations on 200 random releases. Each text is quoted verbatim from a corpus release (none of them an eval
dev file); the release is named above it.
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities
from briefing.thai.romanise import romanise


def _org_english(body: str) -> dict[str, tuple[str | None, str | None]]:
    entities: list[Entity]
    entities, _ = find_entities("", body)
    return {e.text: (e.english, e.english_source) for e in entities if e.type == "organisation"}


def test_a_hospital_named_after_its_district_takes_the_district_s_official_english() -> None:
    # details/42181 (2021-05-29)
    body = "จากผลการตรวจทางห้องปฏิบัติการของโรงพยาบาล ได้แก่ สถาบันโรคทรวงอก รพ.ลำลูกกา รพ.สามโคก จ.ปทุมธานี"
    found = _org_english(body)
    assert found["รพ.ลำลูกกา"] == ("Lam Luk Ka Hospital", "listed")
    assert found["รพ.สามโคก"] == ("Sam Khok Hospital", "listed")


def test_a_hospital_with_a_proper_name_is_romanised_with_its_province_in_english() -> None:
    # details/37274 (2020-12-04): the glossary has this hospital's own English
    body = "สู่เมืองท่องเที่ยวเชิงสุขภาพระดับโลก” ให้โรงพยาบาลวชิระภูเก็ตจัดสร้างศูนย์บริการทางการแพทย์"
    assert _org_english(body)["โรงพยาบาลวชิระภูเก็ต"] == ("Vachira Phuket Hospital", "listed")
    # a name it lacks is romanised with the province it ends in given officially, not run together
    from briefing.thai.org_by_parts import proper_name

    assert proper_name("วชิระภูเก็ต").endswith(" Phuket")
    assert proper_name("ปากช่องนานา") == "Pak Chong Nana"  # no province; its place words apart, as RTGS writes them
    assert proper_name("ฮาลิสโก") == romanise("ฮาลิสโก")  # no place word: romanised whole


def test_a_company_s_name_reads_its_english_words_and_initials() -> None:
    # details/86025 (2024-07-19)
    body = ("ผู้บริหารจาก บริษัท เมเจอร์ ซีนีเพล็กศ์ กรุ้ป จำกัด (มหาชน) และผู้บริหารจาก บริษัท เอส เอฟ "
            "คอร์ปอเรชั่น จำกัด (มหาชน) โดยในเวลา")
    found = _org_english(body)
    assert found["บริษัท เอส เอฟ คอร์ปอเรชั่น จำกัด (มหาชน)"] == ("SF Corporation Public Company Limited", "romanised")
    english, _ = found["บริษัท เมเจอร์ ซีนีเพล็กศ์ กรุ้ป จำกัด (มหาชน)"]
    assert english is not None and english.startswith("Major ") and english.endswith(" Group Public Company Limited")
    # details/44771 (2022-11-05)
    body = "บริษัท ไปรษณีย์ไทย จำกัด, บริษัท แกร็บ ประเทศไทย จำกัด, บริษัท เซ็นทรัล กรุ๊ป จำกัด, เครือข่ายร้านธงฟ้า"
    found = _org_english(body)
    assert found["บริษัท แกร็บ ประเทศไทย จำกัด"][0] == "Grab Thailand Co., Ltd."
    assert found["บริษัท เซ็นทรัล กรุ๊ป จำกัด"][0] == "Central Group Co., Ltd."


def test_initials_spelt_in_thai_letter_names() -> None:
    # details/71145 (2023-08-09): บริษัท พีทีที แอลเอ็นจี จำกัด (PTTLNG)
    assert romanise("พีทีที แอลเอ็นจี") == "PTT LNG"
    assert romanise("เอส เอฟ คอร์ปอเรชั่น") == "SF Corporation"
    # a single letter's name standing alone is a Thai word ('good'), not the letter D
    assert romanise("ดี") != "D"
    # people's names are never read as letters
    assert romanise("เอ บี", split_long=False) != "AB"


def test_a_faculty_is_named_by_its_field() -> None:
    # details/67318 (2023-04-16)
    body = "เปิดเผยข้อมูลจาก ISAN Insight and Outlook คณะเศรษฐศาสตร์ มหาวิทยาลัยขอนแก่น ระบุบทวิเคราะห์เศรษฐกิจอีสาน"
    # the faculty is one body with its university since org_faculties (session 19): each part's English, joined
    assert _org_english(body)["คณะเศรษฐศาสตร์ มหาวิทยาลัยขอนแก่น"] == ("Faculty of Economics, Khon Kaen University (KKU)", "listed")


def test_a_department_s_provincial_office_is_named_like_the_glossary_s_provincial_offices() -> None:
    # details/68543 (2023-05-25)
    body = ("ได้รับรายงานจากกรมสวัสดิการและคุ้มครองแรงงาน (กสร.) ว่า พนักงานตรวจแรงงาน"
            "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดชลบุรี พร้อมเจ้าหน้าที่")
    assert _org_english(body)["สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดชลบุรี"] == (
        "Provincial Labour Protection and Welfare Office, Chon Buri", "listed")


def test_a_descriptive_body_keeps_no_english_rather_than_a_romanisation() -> None:
    # details/42181 (2021-05-29): a committee or an institute named by what it does is not romanised
    body = "ได้แก่ สถาบันโรคทรวงอก รพ.ลำลูกกา"
    assert _org_english(body)["สถาบันโรคทรวงอก"][1] != "romanised"


def test_the_board_of_a_known_body() -> None:
    # details/59748 (2022-11-06)
    body = "มีมติเห็นชอบ ประกอบกับคณะกรรมการการยางแห่งประเทศไทยและคณะกรรมการแรงงานรัฐวิสาหกิจ"
    assert _org_english(body)["คณะกรรมการการยางแห่งประเทศไทย"] == ("Board of the Rubber Authority of Thailand", "listed")


def test_a_kind_of_hospital_or_a_trade_is_not_romanised_as_a_name() -> None:
    from briefing.thai.org_by_parts import company

    # the corpus writes บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด (มหาชน) (PTT Oil and Retail Business): a trade named in
    # Thai words, which romanised read 'Namman Lae Kan Khaplik'; a venue still keeps that much
    assert company("บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด (มหาชน)") is None
    assert company("บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด (มหาชน)", described=True) is not None
    # โรงพยาบาลสนาม (a field hospital, 302 corpus releases) is a kind, not 'Sanam Hospital'; the police hospital
    # is in the glossary
    found = _org_english("ส่งผู้ป่วยไปรักษาที่โรงพยาบาลสนาม และโรงพยาบาลตำรวจ")
    assert found.get("โรงพยาบาลสนาม", (None, None))[0] is None
    assert found["โรงพยาบาลตำรวจ"] == ("Police General Hospital", "listed")


def test_a_field_hospital_is_named_after_its_owner_not_romanised_with_sanam() -> None:
    # details/47184 (2021-10-19): read 'Sanamloetsin Hospital', สนาม (field) taken as part of the name
    found = _org_english("“อนุทิน” เปิด รพ.สนามเลิดสิน 200 เตียง รองรับผู้ป่วยโควิด 19 กทม.")
    assert found["รพ.สนามเลิดสิน"] == ("Loetsin Field Hospital", "romanised")
    # details/41500 (2021-05-06): the Corrections Department's field hospital; ราชทัณฑ์ is a word, not a name to
    # romanise, so no English is made rather than 'Sanamratchathan Hospital'
    found = _org_english("รมว.ยุติธรรม เร่งตั้ง โรงพยาบาลสนามราชทัณฑ์ ป้องกัน ผู้ต้องขังติดเชื้อโควิด19  500 เตียง")
    assert found["โรงพยาบาลสนามราชทัณฑ์"][0] is None
