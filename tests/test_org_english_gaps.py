"""English for organisations that had none (session 16): prisons typed an organisation, a Latin name inside the span,
and a name paired in brackets with its short form (briefing/thai/entities.py _prison_english, _latin_inside;
briefing/thai/english_aliases.py). On 300 random 2024 releases 341 of 3,322 organisation mentions had no English.
Each text is quoted verbatim from a corpus release (none an eval dev file); the release is named above it.
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities


def _org_english(body: str) -> dict[str, tuple[str | None, str | None]]:
    entities: list[Entity]
    entities, _ = find_entities("", body)
    return {e.text: (e.english, e.english_source) for e in entities if e.type == "organisation"}


def test_prisons_listed_as_organisations_take_the_place_and_the_kind() -> None:
    # details/91538 (2024-12-19)
    body = ("๗) เรือนจำจังหวัดนราธิวาส ๘) เรือนจำกลางปัตตานี ๙) เรือนจำกลางยะลา ๑๐) เรือนจำอำเภอเบตง ๑๑) เรือนจำกลาง "
            "เขาบิน ๑๒) ทัณฑสถานหญิงชลบุรี และ ๑๓) เรือนจำอำเภอสีคิ้ว")
    found = _org_english(body)
    assert found.get("เรือนจำกลางปัตตานี") == ("Pattani Central Prison", "listed")
    assert found.get("ทัณฑสถานหญิงชลบุรี") == ("Chon Buri Women Correctional Institution", "listed")
    assert found.get("เรือนจำอำเภอเบตง") == ("Betong District Prison", "listed")


def test_a_central_prison_named_after_a_subdistrict_is_romanised_and_marked() -> None:
    # details/78142 (2024-01-30)
    body = "ซึ่งเดิมเป็นส่วนหนึ่งของเรือนจำกลางบางขวาง ปัจจุบันมีนักโทษอยู่ในความควบคุม"
    english, source = _org_english(body).get("เรือนจำกลางบางขวาง", (None, None))
    assert english is not None and english.endswith(" Central Prison") and source == "romanised"


def test_a_company_written_in_latin_after_its_thai_kind_word_keeps_its_latin_name() -> None:
    # details/78071 (2024-01-29)
    body = ("เปิดรับสมัครคนไทยไปทำงานในเขตบริหารพิเศษมาเก๊ากับนายจ้างบริษัท MGM Grand Paradise Limited (ครั้งที่ 1/2567) "
            "ซึ่งประกอบกิจการสถานคาสิโน")
    assert _org_english(body).get("บริษัท MGM Grand Paradise Limited") == ("MGM Grand Paradise Limited", "release")


def test_a_short_form_in_brackets_takes_its_full_name_s_english() -> None:
    # details/91883 (2024-12-30)
    body = ("7)สำนักงานคณะกรรมการกลางอิสลามแห่งประเทศไทย(สกอท.) เป็นองค์กรศาสนาอิสลามที่มีฐานะเป็นนิติบุคคล "
            "ที่ไม่ได้แสวงหากำไร ทั้งนี้ สกอท. ได้ให้การรับรอง")
    entities, _ = find_entities("", body)
    full = next(e for e in entities if e.text.startswith("สำนักงานคณะกรรมการกลางอิสลาม"))
    short = [e for e in entities if e.text == "สกอท."]
    assert full.english and short and all(e.english == full.english for e in short)


def test_a_variant_full_name_takes_the_english_of_its_listed_short_form() -> None:
    # details/86450 (2024-07-30): การท่าเรือประเทศไทย, without แห่ง, is not in the glossary; กทท. is
    body = "เป็นโครงการที่การท่าเรือประเทศไทย (กทท.) ทำสัญญาลงทุน บริหาร และประกอบการท่าเทียบเรือ"
    found = _org_english(body)
    assert found.get("การท่าเรือประเทศไทย") == found.get("กทท.")
    assert (found.get("กทท.") or (None, None))[0]


def test_a_bracketed_product_after_a_company_is_not_its_short_form() -> None:
    # details/78115 (2024): the bracket names what the company gave, not the company
    body = "สนับสนุนโดยบริษัท เนสท์เล่ (ไทย) จำกัด (รถสามล้อโยก) จำนวน 5 ราย เป็นเงิน 35,000 บาท"
    found = _org_english(body)
    assert found.get("รถสามล้อโยก", (None, None))[0] is None


def test_committees_translated_from_words_added_to_the_glossary() -> None:
    # details/80162 (2024-03-11)
    body = "รัฐมนตรีว่าการกระทรวงสาธารณสุข นั่งหัวโต๊ะประชุมคณะกรรมการควบคุมเครื่องดื่มแอลกอฮอล์ เห็นชอบแนวทางควบคุม “น้ำเมา” ช่วงเทศกาล"
    assert _org_english(body).get("คณะกรรมการควบคุมเครื่องดื่มแอลกอฮอล์") == ("Alcoholic Beverage Control Committee", "translated")
    # details/79726 (2024)
    body = "แบ่งเป็น 3 ระดับ ได้แก่ คณะกรรมการบริหารธนาคารขยะ คณะกรรมการธนาคารขยะชุมชน/หมู่บ้าน และคณะทำงานธนาคารขยะชุมชน"
    found = _org_english(body)
    assert found.get("คณะกรรมการธนาคารขยะชุมชน") == ("Community Waste Bank Committee", "translated")


def test_a_foundation_with_a_proper_name_is_romanised_with_its_kind_and_marked() -> None:
    # details/86481 (2024-07-30)
    body = ("นายเกรียงไกร ปัญญาพงศธร นายอำเภอเมืองตราด นายสหชาติ ลิ้มเจริญภักดี ประธานมูลนิธิเพชรเกษม คณะทำงานเพจอีจัน "
            "หัวหน้าส่วนราชการ")
    assert _org_english(body).get("มูลนิธิเพชรเกษม") == ("Phetkasem Foundation", "romanised")


def test_a_company_without_its_legal_form_is_its_name_romanised() -> None:
    # details/91883 (2024-12-30)
    body = "นอกจากนี้ทางบริษัท โตโยต้า มอเตอร์ คอร์ปอเรชั่น ประเทศญี่ปุ่น นายอากิโอะ โตโยดะ ประธานกรรมการบริหาร"
    assert _org_english(body).get("บริษัท โตโยต้า มอเตอร์ คอร์ปอเรชั่น") == ("Toyota Motor Corporation", "romanised")


def test_named_romanised_leaves_descriptive_names_alone() -> None:
    from briefing.thai.org_by_parts import named_romanised

    # a foundation named by what it does (2025 corpus, มูลนิธิพัฒนาการท่องเที่ยวยั่งยืน) reads as nothing romanised
    assert named_romanised("มูลนิธิพัฒนาการท่องเที่ยวยั่งยืน") is None
    assert named_romanised("มูลนิธิราชทัณฑ์ปันสุขฯ") == "Ratchathan Pan Suk Foundation"  # ฯ is no part of the name


def test_a_full_name_takes_the_listed_english_of_its_short_form() -> None:
    # details/91176 (2024-12-09): the name is not listed without บรรษัท's spelling; บสย. is
    body = "บริษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม (บสย.) ออกมาตรการเร่งด่วน เพื่อช่วยเหลือ SMEs ประคับประคองธุรกิจ"
    found = _org_english(body)
    assert found.get("บริษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม") == found.get("บสย.")
    assert (found.get("บสย.") or (None, None))[1] == "listed"


def test_an_english_only_fact_names_a_body_and_its_short_form_without_changing_what_is_found() -> None:
    # details/89772 (2024-11-01)
    body = ("รศ.ดร.โชติชัย เจริญงาม ประธานกรรมการสถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง (องค์การมหาชน) (สทร.) และ H.E. Paolo "
            "Dionisi อัครราชทูต โดยมี ดร.จุลเทพ ขจรไชยกูล ผู้อำนวยการ สทร. ร่วมลงนาม")
    found = _org_english(body)
    rtrda = ("Rail Technology Research and Development Agency (RTRDA)", "listed")
    assert found.get("สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง (องค์การมหาชน)") == rtrda
    assert found.get("สทร.") == rtrda


def test_english_for_bodies_the_side_panel_showed_without_one():
    # session 20 (lead), random 2023-2025 releases: each had no English form at all
    from tests.entity_helpers import as_analyzed

    def english(body: str, name: str) -> str | None:
        return next(e.english for e in as_analyzed(body) if e.text == name)

    # police stations written short (สภ./สน.), named after their area in its official English
    assert english("เจ้าหน้าที่ สภ.เดชอุดม ได้จับกุม", "สภ.เดชอุดม") == "Det Udom Police Station"
    # a Rajabhat university the glossary lacked; the Rajamangala group
    assert english("โดยมหาวิทยาลัยราชภัฏธนบุรี ร่วมกับ", "มหาวิทยาลัยราชภัฏธนบุรี") == "Dhonburi Rajabhat University"
    assert english("มหาวิทยาลัยเทคโนโลยีราชมงคล ทั้ง 9 แห่ง", "มหาวิทยาลัยเทคโนโลยีราชมงคล") == "Rajamangala University of Technology"
    # the Fine Arts Department's short name; the armed forces written bare (org_armed_forces)
    assert english("กรมศิลป์ เร่งสำรวจโบราณสถาน", "กรมศิลป์") == "Fine Arts Department (FAD)"
    assert english("ทั้งนี้ กองทัพสานต่อนโยบายรัฐบาล", "กองทัพ") == "armed forces"


def test_a_unit_with_its_parents_short_form_has_the_listed_english():
    # session 20 (lead): about 70 such mentions in 1,500 random 2023-2025 releases had no English
    from tests.entity_helpers import as_analyzed

    def english(body: str, name: str) -> str | None:
        return next(e.english for e in as_analyzed(body) if e.text == name)

    full = "Office of the Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation"
    assert english("โดยสำนักงานปลัดกระทรวง อว. ได้จัด", "สำนักงานปลัดกระทรวง อว.") == full
    assert english("โดยสำนักงานปลัด อว. ได้จัด", "สำนักงานปลัด อว.") == full
    assert english("ส่งสำนักเลขาธิการ ครม. ได้จัด", "สำนักเลขาธิการ ครม.") == "Secretariat of the Cabinet (SOC)"


def test_words_added_to_the_translation_glossary():
    from tests.entity_helpers import as_analyzed

    found = {e.text: e.english for e in as_analyzed("ร่วมกับศูนย์อนามัยที่ 10 อุบลราชธานี และกองบังคับการตำรวจจราจร ได้")}
    assert found["ศูนย์อนามัยที่ 10"] == "Health Centre 10"
    assert found["กองบังคับการตำรวจจราจร"] == "Traffic Police Division"


def test_a_listed_class_named_with_its_area():
    from tests.entity_helpers import as_analyzed

    # session 20 (lead), random 2023-2025 releases: both had no English (and the venue was romanised whole)
    found = {e.text: e.english for e in as_analyzed("ณ ที่ทำการปกครองอำเภอพังโคน จังหวัดสกลนคร")}
    assert found["ที่ทำการปกครองอำเภอพังโคน"] == "District Administration Office, Phang Khon District"
    found = {e.text: e.english for e in as_analyzed("โดยตำรวจภูธรจังหวัดขอนแก่น ได้จับกุม")}
    assert found["ตำรวจภูธรจังหวัดขอนแก่น"] == "Provincial Police, Khon Kaen"


def test_glossary_entries_added_for_frequent_bodies_without_english():
    from tests.entity_helpers import as_analyzed

    found = {e.text: e.english for e in as_analyzed("ทั้งนี้ สพพ. ได้ให้ความช่วยเหลือ ผ่านสถานีวิทยุกระจายเสียงแห่งประเทศไทย ทุกวัน")}
    assert found["สพพ."] == "Neighbouring Countries Economic Development Cooperation Agency (NEDA)"
    assert found["สถานีวิทยุกระจายเสียงแห่งประเทศไทย"] == "Radio Thailand"


def test_a_foreign_ministry_is_translated_with_its_country():
    from tests.entity_helpers import as_analyzed

    # session 20 (lead): foreign ministries had no English (about 30 mentions in 1,500 random 2023-2025 releases)
    found = {e.text: e.english for e in as_analyzed("กับกระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน และ")}
    assert found["กระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน"] == (
        "Ministry of Science and Technology of the People's Republic of China")
    found = {e.text: e.english for e in as_analyzed("กับกระทรวงการอุดมศึกษาและการวิจัยฝรั่งเศส และ")}
    assert found["กระทรวงการอุดมศึกษาและการวิจัยฝรั่งเศส"] == "Ministry of Higher Education and Research of France"


def test_a_provincial_islamic_committee_is_named_with_its_province() -> None:
    # details/100088
    body = ("ไอแบงก์ ส่งมอบเงินญารียะฮ์ 12 มัสยิด แก่ประธานคณะกรรมการอิสลามประจำจังหวัดปัตตานี "
            "ตามโครงการเงินรับฝากประจำรอมฎอนเพื่อญารียะฮ์")
    english = {k: v[0] for k, v in _org_english(body).items()}
    assert english["คณะกรรมการอิสลามประจำจังหวัดปัตตานี"] == "Provincial Islamic Committee, Pattani"


def test_isoc_written_without_its_last_word() -> None:
    # details/84436: กองอำนวยการรักษาความมั่นคงภายใน, without ราชอาณาจักร, is ISOC
    body = ("กองบังคับการปราบปรามการค้ามนุษย์ และกองอำนวยการรักษาความมั่นคงภายใน ได้กระจายกำลังลงพื้นที่ทั่วประเทศ")
    english = {k: v[0] for k, v in _org_english(body).items()}
    assert english["กองอำนวยการรักษาความมั่นคงภายใน"] == "Internal Security Operations Command (ISOC)"
