"""Organisations, session six (issue 11): where a name goes on past the point the head rules stop (org_bounds):
its seat after ประจำ, the number of a regional office after a short form or after the director's post, a
university's own name after its family's, a local government after its chief's post; on sentences quoted
verbatim from thaigov-v2 corpus releases (none from the eval dev files or the held-out sets; the source URL is
in each comment).
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai.entities import find_entities


def test_an_office_abroad_is_named_with_its_city() -> None:
    # https://www.thaigov.go.th/news/contents/details/71813
    body = (
        "จัดโดยการยางแห่งประเทศไทยร่วมกับสำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว "
        "ซึ่งการศึกษาดูงานในครั้งนี้จะเป็นการสร้างความมั่นใจให้กับประเทศญี่ปุ่นถึง"
    )
    assert "สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว" in _orgs(body), _orgs(body)


def test_a_foreign_department_is_named_with_its_province() -> None:
    # https://www.thaigov.go.th/news/contents/details/84912
    body = (
        "และผู้อำนวยการป้องกันและปราบปรามยาเสพติด และกรรมาธิการกรมความมั่นคงสาธารณะ ประจำมณฑลเสฉวน "
        "สาธารณรัฐประชาชนจีน หารือถึงความร่วมมือในการป้องกันและปราบปรามยาเสพติด"
    )
    assert "กรมความมั่นคงสาธารณะ ประจำมณฑลเสฉวน" in _orgs(body), _orgs(body)


def test_a_provincial_subcommittee_goes_on_past_its_abbreviation_mark() -> None:
    # https://www.thaigov.go.th/news/contents/details/95630
    body = (
        "ณ ห้องประชุมพานหิน ศาลากลางจังหวัดปราจีนบุรี คณะอนุกรรมการพิจารณาค่าตอบแทนผู้เสียหายฯ "
        "ประจำจังหวัดปราจีนบุรี จึงได้เร่งรัดจัดประชุมคณะอนุกรรมการฯ ครั้งที่ 6/2568"
    )
    assert "คณะอนุกรรมการพิจารณาค่าตอบแทนผู้เสียหายฯ ประจำจังหวัดปราจีนบุรี" in _orgs(body), _orgs(body)


def test_a_short_form_and_its_region_number_are_one_office() -> None:
    # https://www.thaigov.go.th/news/contents/details/41803
    body = (
        "ซึ่งขณะนี้มี 2 เขตที่เสนอข้อมูลการขอรับเงินช่วยเหลือ คือ สปสช. เขต 1 เชียงใหม่ และ สปสช. เขต 10 "
        "อุบลราชธานี เขตพื้นที่อื่นอยู่ระหว่างการรวบรวมข้อมู"
    )
    orgs = _orgs(body)
    assert "สปสช. เขต 1" in orgs and "สปสช. เขต 10" in orgs and "สปสช." not in orgs, orgs
    # https://www.thaigov.go.th/news/contents/details/52642
    assert "กอ.รมน.ภาค 4" in _orgs("โดย นรม.และ รมว.กห. ได้สั่งการ กอ.รมน.ภาค 4 ประสานให้การช่วยเหลือผู้ได้รับบาดเจ็บ")


def test_an_office_after_its_directors_post_keeps_its_number() -> None:
    # https://www.thaigov.go.th/news/contents/details/51759
    body = "รองอธิบดีกรมประชาสัมพันธ์ และนายพรพิทักษ์ แม้นศิริ ผู้อำนวยการสำนักประชาสัมพันธ์ เขต 1 ต้อนรับ"
    assert "สำนักประชาสัมพันธ์ เขต 1" in _orgs(body), _orgs(body)
    # https://www.thaigov.go.th/news/contents/details/63792
    body = "ดร.นิอร ศรีสุนทร ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชลบุรี เขต 1 ผู้บริหารกระทรวงแรงงาน"
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชลบุรี เขต 1" in _orgs(body), _orgs(body)


def test_a_rajabhat_university_keeps_its_own_name() -> None:
    # https://www.thaigov.go.th/news/contents/details/45177
    body = "ศูนย์อุตุนิยมวิทยาและพยากรณ์อากาศ มหาวิทยาลัยราชภัฏธนบุรี สมุทรปราการ สถาบันการแพทย์จักรีนฤบดินทร์"
    assert "มหาวิทยาลัยราชภัฏธนบุรี" in _orgs(body), _orgs(body)
    # https://www.thaigov.go.th/news/contents/details/81585
    body = "บริเวณซอยรัชดาภิเษก 36 หลังมหาวิทยาลัยราชภัฎจันทรเกษม และบริเวณย่านรามคำแหง"
    assert "มหาวิทยาลัยราชภัฎจันทรเกษม" in _orgs(body), _orgs(body)


def test_a_local_government_after_its_chiefs_post_is_named() -> None:
    # https://www.thaigov.go.th/news/contents/details/67936
    body = "นายอำเภอเมืองชัยนาท,นางใจย้อย เฉียดขำ นายกองค์การบริหารส่วนตำบลเขาท่าพระ หัวหน้าส่วนราชการ และประชาชน"
    orgs = _orgs(body)
    assert "องค์การบริหารส่วนตำบลเขาท่าพระ" in orgs and "องค์การบริหารส่วนตำบล" not in orgs, orgs


def test_a_confederation_is_a_body() -> None:
    # https://www.thaigov.go.th/news/contents/details/62351
    body = (
        "อาทิ JETRO องค์กรส่งเสริมเอสเอ็มอีและนวัตกรรม กลุ่มธนาคารรายใหญ่ของญี่ปุ่น สมาพันธ์ธุรกิจญี่ปุ่น (Keidanren) "
        "สมาพันธ์ธุรกิจในเขตคันไซ (Kankeiren) รวมทั้งบริษัทชั้นนำ"
    )
    assert "สมาพันธ์ธุรกิจญี่ปุ่น" in _orgs(body), _orgs(body)
    # https://www.thaigov.go.th/news/contents/details/75056
    body = "ต้อนรับนายแสงชัย ธีรกุลวานิช ประธานสมาพันธ์เอสเอ็มอีไทย นายอุดมธิปก ไพรเกษตร รองประธาน"
    assert "สมาพันธ์เอสเอ็มอีไทย" in _orgs(body), _orgs(body)


def test_a_registered_federation_of_cooperatives_is_a_body() -> None:
    # https://www.thaigov.go.th/news/contents/details/83768
    body = "ชุมนุมสหกรณ์โคนมแห่งประเทศไทย จำกัด เข้าพบเพื่อแสดงความขอบคุณ ร้อยเอก ธรรมนัส พรหมเผ่า"
    assert "ชุมนุมสหกรณ์โคนมแห่งประเทศไทย จำกัด" in _orgs(body), _orgs(body)


def test_a_bangkok_district_office_and_cultural_councils_are_named_with_their_district() -> None:
    # https://www.thaigov.go.th/news/contents/details/40415
    body = "จัดโดยสำนักอนามัย สำนักงานเขตภาษีเจริญ และสำนักงานเขตบางแค และเปิดเผยว่า"
    orgs = _orgs(body)
    assert "สำนักงานเขตภาษีเจริญ" in orgs and "สำนักงานเขตบางแค" in orgs, orgs
    # https://www.thaigov.go.th/news/contents/details/95472
    body = "นางศศิชา นิยมสันติ ประธานสภาวัฒนธรรมเขตปทุมวัน และนายธวัช ศรีวัฒนะ ประธานสภาวัฒนธรรมเขตคลองสาน เข้าร่วมงาน"
    orgs = _orgs(body)
    assert "สภาวัฒนธรรมเขตปทุมวัน" in orgs and "สภาวัฒนธรรมเขตคลองสาน" in orgs, orgs
    # https://www.thaigov.go.th/news/contents/details/95216
    body = "ผู้แทนประธานสภาวัฒนธรรมจังหวัดศรีสะเกษ นายประหยัด ถิลา วัฒนธรรมจังหวัดศรีสะเกษ"
    assert "สภาวัฒนธรรมจังหวัดศรีสะเกษ" in _orgs(body), _orgs(body)


def test_a_world_body_is_named_with_its_country_office() -> None:
    # https://www.thaigov.go.th/news/contents/details/76845
    body = "เพื่อประเทศไทยที่ยั่งยืนร่วมกับสหประชาชาติประจำประเทศไทย \"76 จังหวัด 76 คำมั่นสัญญา"
    assert "สหประชาชาติประจำประเทศไทย" in _orgs(body), _orgs(body)


def test_a_field_after_a_ministry_is_no_part_of_its_name() -> None:
    # https://www.thaigov.go.th/news/contents/details/74493
    body = (
        "เป็นการบูรณาการการดำเนินงานระหว่างหน่วยงานตามนโยบายของรัฐบาลและกระทรวงคมนาคมด้านความปลอดภัยของนักท่องเที่ยว "
        "เพื่อพัฒนา ปรับปรุง และสร้างมาตรฐานท่าเทียบเร"
    )
    orgs = _orgs(body)
    assert "กระทรวงคมนาคม" in orgs and not any(o.startswith("กระทรวงคมนาคมด้าน") for o in orgs), orgs


def test_a_committee_cut_after_a_noun_of_action_runs_on_to_its_object() -> None:
    # https://www.thaigov.go.th/news/contents/details/50693
    body = "ที่ประชุมได้รับทราบคำสั่งแต่งตั้งคณะทำงานศึกษาแนวทางการส่งเสริมพัฒนาอาชีพและการตลาด โดยมี นายอำพันธุ์ เวฬุตันติ"
    assert "คณะทำงานศึกษาแนวทางการส่งเสริมพัฒนาอาชีพและการตลาด" in _orgs(body), _orgs(body)
    # https://www.thaigov.go.th/news/contents/details/44814
    body = "และคณะอนุกรรมการจัดทำแผนการจัดซื้อยา เวชภัณฑ์ และอุปกรณ์ทางการแพทย์ที่จำเป็นตามโครงการพิเศษ"
    assert any(o.startswith("คณะอนุกรรมการจัดทำแผนการจัดซื้อยา") for o in _orgs(body)), _orgs(body)


def test_a_committee_named_by_a_list_of_remits_runs_through_the_list() -> None:
    # https://www.thaigov.go.th/news/contents/details/39676
    body = (
        "และปัจจุบันได้มีการตั้งคณะอนุกรรมการ Coding เพื่อการปฏิรูปประเทศ ภายใต้คณะกรรมการปฏิรูปประเทศด้านวัฒนธรรม "
        "กีฬา แรงงาน และการพัฒนาทรัพยากรมนุษย์\n2) การพัฒนาวิทยาศาสตร์และเทคโนโลยี"
    )
    assert "คณะกรรมการปฏิรูปประเทศด้านวัฒนธรรม กีฬา แรงงาน และการพัฒนาทรัพยากรมนุษย์" in _orgs(body), _orgs(body)


def test_a_provincial_committee_ends_before_what_it_is_asked_to_do() -> None:
    # https://www.thaigov.go.th/news/contents/details/90405
    body = "ให้เสนอเรื่องต่อคณะกรรมการป่าชุมชนจังหวัดเพื่อชี้ขาด\n(8.2) อธิบดีกรมป่าไม้สั่งให้มีการเพิกถอนป่าชุมชน"
    assert "คณะกรรมการป่าชุมชนจังหวัด" in _orgs(body), _orgs(body)


def _entities(body: str) -> list[tuple[str, str]]:
    entities, _ = find_entities("", body)
    return [(e.type, e.text) for e in entities]


def test_a_foundation_is_named_with_its_royal_patron_who_stays_a_person() -> None:
    # https://www.thaigov.go.th/news/contents/details/72213
    body = (
        "โดย นายบัณฑูร ล่ำซำ รองประธานกรรมการมูลนิธิรักษ์ป่าน่าน ในพระราชูปถัมภ์สมเด็จพระกนิษฐาธิราชเจ้า "
        "กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี เป็นประธานร่วมและลงนามในสัญญาอนุญา"
    )
    found = _entities(body)
    patron = "สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา ฯ สยามบรมราชกุมารี"
    assert ("organisation", "มูลนิธิรักษ์ป่าน่าน ในพระราชูปถัมภ์" + patron) in found, found
    assert ("person", patron) in found, found


def test_a_label_after_a_space_is_no_word_of_a_name() -> None:
    # https://www.thaigov.go.th/news/contents/details/42216
    body = "ซึ่งการรถไฟฯได้ปฏิบัติตามหนังสือแจ้งเวียนจากกรมบัญชีกลาง เลขที่ กค (กวจ.) 0405.2/ว.581 ลงวันที่ 7 ธ.ค. 63"
    orgs = _orgs(body)
    assert "กรมบัญชีกลาง" in orgs and not any(o.startswith("กรมบัญชีกลาง ") for o in orgs) and "กวจ." not in orgs, orgs
    # https://www.thaigov.go.th/news/contents/details/90405
    body = "คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการคดีพิเศษ จำนวน 9 คน  เนื่องจากกรรมการ"
    assert "คณะกรรมการคดีพิเศษ" in _orgs(body), _orgs(body)


def test_a_provincial_office_read_across_a_space_keeps_its_province() -> None:
    # https://www.thaigov.go.th/news/contents/details/37197
    body = "หรือสนับสนุนการดำเนินงานตามบทบาทอำนาจหน้าที่แก่สำนักงานสาธารณสุข จังหวัดระนอง และปลัดกระทรวงสาธารณสุข"
    assert "สำนักงานสาธารณสุข จังหวัดระนอง" in _orgs(body), _orgs(body)
