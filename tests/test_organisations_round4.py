"""Organisations, round four (issue 11): regional and provincial offices named by a number or a
province, foreign embassies with their country, a body followed by what it is asked to do, names that
end inside a word; on sentences quoted verbatim from thaigov-v2 corpus releases (none from the eval dev
files or the held-out sets; the path under thaigov-v2/data is in each comment).
"""

from __future__ import annotations

from briefing.model import Entity
from briefing.thai.entities import find_entities


def _entities(body: str, title: str = "") -> list[Entity]:
    entities, _ = find_entities(title, body)
    return entities


def _orgs(body: str) -> list[str]:
    return [e.text for e in _entities(body) if e.type == "organisation"]


def test_regional_centre_named_by_its_number() -> None:
    # 2025/09/03/ด้านเศรษฐกิจ _325_36689791...
    body = "ตสาหกรรม ถนนพระรามที่ 6 กรุงเทพฯ และ 2) ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 7 กรมส่งเสริมอุตสาหกรรม จังหวัด"
    assert "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 7" in _orgs(body)
    # 2023/06/20/ด้านเศรษฐกิจ_8_ef4c90b0...
    body = "กรมทางหลวงชนบท (ทช.) กระทรวงคมนาคม โดยสำนักงานทางหลวงชนบทที่ 4 (เพชรบุรี) ดำเนินโครงการงานเส"
    assert "สำนักงานทางหลวงชนบทที่ 4" in _orgs(body)
    # 2021/06/10/ด้านกฎหมายฯ_1: และ inside the name, the number after ภาค
    body = ("ตนได้รับรายงานกรณีดังกล่าวจากเจ้าหน้าที่สำนักงานป้องกันและปราบปรามยาเสพติดภาค 6 (ปปส.ภาค 6) "
            "ซึ่งจากการตรวจสอบ")
    assert "สำนักงานป้องกันและปราบปรามยาเสพติดภาค 6" in _orgs(body)


def test_a_date_or_a_health_region_is_not_an_office_number() -> None:
    # 2022/11/05/ด้านความมั่นคง_649_d2fe2301...
    body = "รัฐว่า ล่าสุดได้รับรายงานผลการโอนเงินจากสำนักงานประกันสังคมเมื่อวันที่ 7 มกราคม 2565 ว่า ขณะนี้ได้โอนเ"
    orgs = _orgs(body)
    assert "สำนักงานประกันสังคม" in orgs and not any("วันที่" in o for o in orgs)


def test_provincial_office_named_with_its_province() -> None:
    # 2022/11/05/ด้านเศรษฐกิจ_2336_1aa8db62...
    body = "ลิตทางการเกษตรจังหวัดขอนแก่น (2 แห่ง)\n- ศูนย์วิจัยปาล์มน้ำมันจังหวัดกระบี่ ศูนย์พัฒนาการเกษตรภูสิงห์ อัน"
    assert "ศูนย์วิจัยปาล์มน้ำมันจังหวัดกระบี่" in _orgs(body)
    # 2022/11/06/ด้านความมั่นคง_274_9335a8b0...
    body = "รี ปิยะพันธ์ ภัทรพงศ์สินธุ์ ผู้บังคับการตำรวจภูธรจังหวัดน่าน และนายพิพัฒน์ เพ็ชร์พิพัฒน์ น"
    assert "ตำรวจภูธรจังหวัดน่าน" in _orgs(body)
    # 2022/12/04/ด้านความมั่นคง_5_d41e7fcd...: และ inside the name, not cut at สำนักงานสวัสดิการ
    body = ("นคร (ร้อย อส.จ.สน.ที่ 1) บูรณาการร่วมกับสำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสกลนคร "
            "สำนักงานแรงงานจังหวัดสกลนคร ส")
    assert "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสกลนคร" in _orgs(body)


def test_foreign_embassy_with_its_country_is_one_body() -> None:
    # 2022/11/05/ข่าวนายกรัฐมนตรี_71_b545341f...
    body = "เป็นทางการ ยินดีที่ทราบว่าเคยประจำการที่สถานเอกอัครราชทูตเกาหลีใต้ประจำประเทศไทยมาก่อน จึงหวังว่าการเยือนไทยคร"
    embassy = [e for e in _entities(body) if e.type == "organisation"]
    assert [e.text for e in embassy] == ["สถานเอกอัครราชทูตเกาหลีใต้ประจำประเทศไทย"]
    assert embassy[0].english == "Embassy of South Korea in Thailand"
    assert not [e for e in _entities(body) if e.type == "place"]  # not South Korea and Thailand apart
    # 2023/03/13/คำกล่าวสุนทรพจน์_1_f96c533b...: the country short (สหรัฐฯ), then a space
    body = "่งที่ได้พบกับทุกท่านในวันนี้ และขอขอบคุณสถานเอกอัครราชทูตสหรัฐฯ ประจำประเทศไทย และกระทรวงพาณิชย์สหรัฐฯ ในฐาน"
    found = {e.text: e.english for e in _entities(body) if e.type == "organisation"}
    assert found["สถานเอกอัครราชทูตสหรัฐฯ ประจำประเทศไทย"] == "Embassy of the United States in Thailand"


def test_a_body_then_what_it_is_asked_to_do() -> None:
    # 2022/11/05/ด้านเศรษฐกิจ_3299_020f64c0...
    assert "กรมเจ้าท่า" in _orgs("ถ่ายน้ำมันดิบ จากตัวเรือ อัมภา 8 เสนอต่อกรมเจ้าท่าเพื่อพิจารณาอนุมัติแผนดำเนินการต่อไป")
    # 2025/03/27/ข่าวคณะโฆษก _3_926ee164...
    orgs = _orgs("นักงานคณะกรรมการกฤษฎีกา เสนอ และ ให้เสนอต่อสภาผู้แทนราษฎรเพื่อพิจารณาต่อไป เพื่อพิจารณาใน")
    assert "สภาผู้แทนราษฎร" in orgs and not any("เพื่อ" in o for o in orgs)
    # a name's own เพื่อ and a noun stays: 2024/10/18/ด้านเศรษฐกิจ _1_ef260f1b... (and the hospital is cut)
    assert "โรงพยาบาลตำรวจ" in _orgs("งผู้สูญหายแล้วทางเจ้าหน้าที่ได้นำศพส่งไปโรงพยาบาลตำรวจเพื่อชันสูตรตามกฎหมายต่อไป")
    assert "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in _orgs("โดยกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้")


def test_a_known_name_ending_inside_a_word_runs_to_its_end() -> None:
    # 2023/10/28/ด้านความมั่นคง_11_97ecae84...
    body = "รัฐบาล-จังหวัดพิษณุโลก ลงนาม MOU ร่วมกับมหาวิทยาลัยราชภัฏพิบูลสงคราม ขับเคลื่อนการพัฒนาพื้นที่ตามห"
    assert "มหาวิทยาลัยราชภัฏพิบูลสงคราม" in _orgs(body)
    # 2022/11/05/ด้านเศรษฐกิจ_1834_c48e851f...
    body = "นทางไปยังศูนย์การแพทย์ภัทรมหาราชานุสรณ์ โรงพยาบาลจุฬาภรณ์ สานต่อพระปณิธาน สมเด็จเจ้าฟ้า"
    assert "โรงพยาบาลจุฬาภรณ์" in [e.text for e in _entities(body)]


def test_a_condition_is_not_a_council() -> None:
    # 2023/12/10/ด้านความมั่นคง_5_2c5624e0...: สภาวะ ('condition') starts with สภา
    assert _orgs("ชีวิตแบบไม่ดูแลรักษาสุขภาพ จนกระทั่งเกิดสภาวะโลกร้อนที่สภาพภูมิอากาศเปลี่ยนแปลงไป ") == []


def test_police_division_named_by_what_it_does() -> None:
    # 2023/03/30/ด้านเศรษฐกิจ_10_084759b7...: newmm reads กองบังคับการ as one word
    assert "กองบังคับการตำรวจจราจร" in _orgs("งกรุงเทพอภิวัฒน์เป็นจุดกลับรถ กองบังคับการตำรวจจราจร สน.บางซื่อ สน.ตลิ่งชัน และ สน")
    # 2023/04/29/ด้านความมั่นคง_1_cbc5dbcc...: with its number, and an employment office with its area
    orgs = _orgs("างานกรุงเทพมหานครพื้นที่ 1 และกองบังคับการตรวจคนเข้าเมือง 1 เข้าตรวจสอบพื้นที่ดังกล่าว เพ")
    assert "กองบังคับการตรวจคนเข้าเมือง 1" in orgs


def test_company_with_thailand_in_brackets() -> None:
    # 2022/11/05/ด้านเศรษฐกิจ_3169_8759f0a2...
    body = "ากว่า 1 ล้านบาท จาก บริษัท ไอริส โอยามะ (ไทยแลนด์) จำกัด เพื่อส่งต่อไปยังกลุ"
    assert "บริษัท ไอริส โอยามะ (ไทยแลนด์) จำกัด" in _orgs(body)


def test_division_named_after_its_directors_post() -> None:
    # 2022/11/05/ข่าวทำเนียบรัฐบาล_4_44a977e4...
    body = ("ัฐบาล นายแพทย์ เฉวตสรร นามวาท ผู้อำนวยการกองควบคุมโรคและภัยสุขภาพในภาวะฉุกเฉิน กรมควบคุมโรค "
            "ได้ให้ข้อมูลเพิ่มเต")
    orgs = _orgs(body)
    assert "กองควบคุมโรคและภัยสุขภาพในภาวะฉุกเฉิน" in orgs and "กรมควบคุมโรค" in orgs
    # 2023/09/22/ด้านความมั่นคง_9_a3f2879a...: the body above it, glued, is not part of the name
    orgs = _orgs("ยใน กรมการปกครอง และผู้อำนวยการสำนักอำนวยการกองอาสารักษาดินแดน กรมการปกครอง เป็นกร")
    assert "สำนักอำนวยการ" in orgs and "สำนักอำนวยการกองอาสา" not in orgs


def test_professional_councils_with_their_english() -> None:
    # 2024/09/03/สรุปข่าวการประชุม ครม_1_8ed1ab9c...
    body = "ำนักงานคณะกรรมการกฤษฎีกา สภาการพยาบาลและแพทยสภา ไปประกอบการพิจ"
    found = {e.text: e.english for e in _entities(body) if e.type == "organisation"}
    assert found["สภาการพยาบาล"] == "Thailand Nursing and Midwifery Council (TNMC)"
    assert found["แพทยสภา"] == "Medical Council of Thailand"


def test_committee_with_a_second_duty_after_and() -> None:
    # 2023/09/26/ข่าวคณะโฆษก_3_14f3ca76...: and what is sent to it is not part of the name
    body = "มแผนฟื้นฟูกิจการของหน่วยงานต่อคณะกรรมการนโยบายและกำกับการบริหารหนี้สาธารณะเพื่อทราบต่อไป"
    assert "คณะกรรมการนโยบายและกำกับการบริหารหนี้สาธารณะ" in _orgs(body)
    # 2022/11/05/ด้านวัฒนธรรมท่องเที่ยวฯ_331_d19553e1...: the name ends with แห่งชาติ
    body = "วงวัฒนธรรม (วธ.) และคณะกรรมการภาพยนตร์และวีดิทัศน์แห่งชาติบูรณาการความร่วมมือกับคณะกรร"
    assert "คณะกรรมการภาพยนตร์และวีดิทัศน์แห่งชาติ" in _orgs(body)
    # a second party after และ stays apart (2022/11/05/สรุปข่าวการประชุม ครม_19_2744e957..., round three)
    orgs = _orgs("ฒิสภาดังกล่าว ไปพิจารณาร่วมกับกระทรวงการคลัง กระทรวงมหาดไทย และหน่วยงานที่เกี่ยวข้องเพื่อพิจารณาศึกษาแนว")
    assert "กระทรวงการคลัง" in orgs


def test_a_bodys_app_is_not_the_body() -> None:
    # 2023/11/23/ด้านเศรษฐกิจ_10_3c3c9e3e...
    assert _orgs("ารถตรวจสอบผลการโอนเงินได้ทางแอปพลิเคชัน BAAC Mobile ตลอด 24 ชั่วโมง และจะมีข้อควา") == []


def test_the_house_named_short() -> None:
    # 2022/11/05/ข่าวคณะโฆษก_198_904a6cee...: a release about the House (ฝ่ายค้าน, the opposition)
    body = "ปัด แจกเงิน 5 ล้าน แลกเสียงโหวตหนุนนายกฯ ชี้ฝ่ายค้านข้องใจขอสภาฯ ดูกล้องวงจรปิดได้ วอนเน้"
    house = [e for e in _entities(body) if e.text == "สภาฯ"]
    assert house and house[0].type == "organisation" and house[0].english == "House of Representatives"
    # with no council named and nothing of the House, สภาฯ is left alone
    assert "สภาฯ" not in _orgs("ประธานสภาฯ กล่าวว่า")


def test_forward_command_is_one_body() -> None:
    # 2024/10/19/ข่าวคณะโฆษก _2_c7aaf5c9...
    found = [e for e in _entities("กระทรวงกลาโหม ในฐานะที่ปรึกษา ศปช.ส่วนหน้า พร้อมคณะทำงาน ลงพื้นที่ต") if e.type == "organisation"]
    forward = [e for e in found if e.text == "ศปช.ส่วนหน้า"]
    assert forward and forward[0].english is not None and forward[0].english.endswith("forward command")
    assert "ศปช. ส่วนหน้า" in _orgs(" และดินโคลนถล่ม หรือ ศปช. และ ศปช. ส่วนหน้ากล่าวว่า กรมอุตุนิยมวิทยา")


def test_provincial_shelter_is_a_body_only_with_its_province() -> None:
    # 2022/11/05/ด้านสังคม_1770_b03ddf57...
    body = "ดิภาพเด็ก พร้อมด้วยเจ้าหน้าที่บ้านพักเด็กและครอบครัวจังหวัดปทุมธานี ซึ่งเป็นพนักงานเจ้า"
    assert "บ้านพักเด็กและครอบครัวจังหวัดปทุมธานี" in _orgs(body)
    assert _orgs("ส่งตัวไปยังบ้านพักเด็กและครอบครัว ได้") == []



def test_the_family_as_an_institution_is_not_a_body() -> None:
    # 2024/04/13/ข่าวคณะโฆษก_4_bff6ad2f... (สถาบันครอบครัว, 553 in the corpus)
    assert _orgs("ครัว รัฐบาลนี้ให้ความสำคัญ กับสถาบันครอบครัวโดยเฉพาะครอบครัวคนไทยที่มีเอกลักษณ์ม") == []


def test_a_verb_after_phu_is_a_noun_inside_a_committee_name() -> None:
    # 2025/09/03/ด้านความมั่นคง _274_ed28bc34...: ผู้ + a verb makes a noun (ผู้ประสบ..., 'victims')
    body = " - กัมพูชา กรณีทุพพลภาพ ตามที่คณะกรรมการกองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย สำนักนายกรัฐมนตรี ไ"
    assert "คณะกรรมการกองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย" in _orgs(body)


def test_a_unit_named_before_the_office_above_it() -> None:
    # 2024/09/21/ด้านสังคม _2_c0e94dd9...
    body = "็จ โดยกระทรวงดีอี ได้ประสานงานกลุ่มสารนิเทศการคลัง กระทรวงการคลัง ตรวจสอบข้อมูลและชี้แจงว่"
    orgs = _orgs(body)
    assert "กลุ่มสารนิเทศการคลัง" in orgs and "กระทรวงการคลัง" in orgs


def test_social_assistance_centre_with_its_english() -> None:
    # 2023/01/23/ด้านสังคม_3_0ed415ef...
    found = {e.text: e.english for e in _entities("มารถแจ้งเหตุ 24 ชม. ได้ที่ศูนย์ช่วยเหลือสังคม สายด่วน พม. โทร 1300 และแ")}
    assert found.get("ศูนย์ช่วยเหลือสังคม") == "Social Assistance Center"


def test_district_office_named_with_its_district() -> None:
    # 2024/08/16/ด้านความมั่นคง_3_fe32c06b...
    body = "บาลวัดหัวฝาย บ้านกลาง และชมรมคนพิการทางด้านการเคลื่อนไหวอำเภอพาน เน้นย้ำ พลังแห่งการ"
    assert "ชมรมคนพิการทางด้านการเคลื่อนไหวอำเภอพาน" in _orgs(body)


def test_numbered_office_of_a_listed_network_gets_its_english() -> None:
    # 2022/11/05/ด้านเศรษฐกิจ_364_c1821d5b...
    body = "สนุนจากโรงพยาบาลบางพลีและสำนักงานป้องกันควบคุมโรคที่ 6 ดำเนินการตรวจหาเชื้"
    found = {e.text: e.english for e in _entities(body) if e.type == "organisation"}
    assert found["สำนักงานป้องกันควบคุมโรคที่ 6"] == "Office of Disease Prevention and Control 6"


def test_games_named_after_asean_are_not_asean() -> None:
    # 2023/03/01/ข่าวคณะโฆษก_7_a412e661... (อาเซียนพาราเกมส์, 210 in the corpus)
    body = "ืองหางโจว สาธารณรัฐประชาชนจีน อาเซียนพาราเกมส์ 2023 (2023 ASEAN Para Games) ณ กรุงพนมเปญ"
    assert _orgs(body) == []


def test_adviser_and_land_are_words_of_an_office_name() -> None:
    # 2024/08/23/ด้านเศรษฐกิจ_2_03bef277...
    body = "ทูตที่ปรึกษา (ฝ่ายเกษตร) สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว และเจ้า"
    # (session six: the name now runs on to its seat, org_bounds.posted_end; ที่ปรึกษา still does not cut it)
    assert "สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว" in _orgs(body)
    # 2022/11/17/ด้านความมั่นคง_2_4076e093...
    assert "สำนักงานที่ดิน" in _orgs("แจ้งรายการภาษีค้างชำระให้สำนักงานที่ดินหรือสำนักงานที่ดินสาขา จา")
    # but a head then ที่ and a clause is no name (round three's กระทรวง|ที่...)
    assert _orgs("เพื่อให้โรงพยาบาลที่จะครบกำหนดได้") == []


def test_a_faculty_named_with_its_hospital() -> None:
    # 2022/11/05/ด้านสังคม_1148_7f6b36ac...
    found = {e.text: e.english for e in _entities("พ.ประสิทธิ์ วัฒนาภา คณบดีคณะแพทยศาสตร์ศิริราชพยาบาล มหาวิทยาลัยมหิดล, ดร.สาธ")}
    assert found.get("คณะแพทยศาสตร์ศิริราชพยาบาล") == "Faculty of Medicine Siriraj Hospital, Mahidol University"


def test_agricultural_cooperative_by_its_registered_name() -> None:
    # 2023/11/25/ด้านเศรษฐกิจ_7_a0256509...
    body = "ตรวจเยี่ยมการดำเนินงานของสหกรณ์การเกษตรเกษตรวิสัย จำกัด (สาขานกเหาะ) ต"
    assert "สหกรณ์การเกษตรเกษตรวิสัย จำกัด" in _orgs(body)
