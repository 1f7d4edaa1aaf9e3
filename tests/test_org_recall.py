"""Whole names the head rules left out (briefing/thai/org_recall.py): a ministry's work cluster or a section after its
chief's post, and a fund named for what it does. Sentences quoted verbatim from corpus releases (the source in each
comment)."""

from __future__ import annotations

from tests.entity_helpers import orgs


def test_work_cluster_after_its_chief():
    # details/87274: the deputy permanent secretary heads the interior ministry's internal-security cluster
    body = ("โดยมี นายชำนาญวิทย์ เตรัตน์ รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน "
            "นายเชษฐา โมสิกรัตน์ รองปลัดกระทรวงมหาดไทยด้านบริหาร")
    assert "กลุ่มภารกิจด้านกิจการความมั่นคงภายใน" in orgs(body)


def test_group_before_the_office_above_it():
    # details/99822
    body = ("มอบหมายให้ นางสาวสุภัตรา เปี่ยมวัตถาภรณ์ หัวหน้ากลุ่มพัฒนาระบบบริหาร สำนักงานปลัดกระทรวงอุตสาหกรรม "
            "เป็นผู้แทนเข้าร่วมพิธีวางพุ่มดอกไม้ถวายราชสักการะ")
    found = orgs(body)
    assert "กลุ่มพัฒนาระบบบริหาร" in found and "สำนักงานปลัดกระทรวงอุตสาหกรรม" in found


def test_fund_named_for_its_remit():
    # details/99301 and details/39110
    body = ("สำหรับสถานการณ์การจ้างงานคนพิการในปัจจุบัน จากข้อมูลของกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ "
            "สังกัดกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ")
    assert "กองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ" in orgs(body)
    body = "ทั้งนี้ เพื่อเป็นการบรรเทาภาระทางการเงินของกองทุนอ้อยและน้ำตาลทราย (การดำเนินการดังกล่าวไม่ต้องเสนอ"
    assert "กองทุนอ้อยและน้ำตาลทราย" in orgs(body)


def test_fund_as_subject_of_a_clause_is_cut_or_left():
    # details/58085: the glossary's fund, then 'ran short of liquidity'; details/63605: 'the fund's income comes from'
    body = "และจากการดำเนินงานตามมาตรการช่วยเหลือของรัฐบาล ส่งผลให้กองทุนน้ำมันเชื้อเพลิงขาดสภาพคล่อง\n2.วิกฤต"
    assert "กองทุนน้ำมันเชื้อเพลิงขาดสภาพคล่อง" not in orgs(body)
    body = "รายได้ส่วนหนึ่งของกองทุนมาจากเงินประเดิม/งบประมาณจากรัฐ"
    assert not any(o.startswith("กองทุนมา") for o in orgs(body))


def test_command_centre_named_by_its_remit():
    # details/65947 and details/72775
    body = ("ให้เป็นไปตามกลไกการส่งต่อระดับชาติ จัดตั้งศูนย์บัญชาการป้องกันการค้ามนุษย์ด้านแรงงาน "
            "และศูนย์ปฏิบัติการป้องกันการค้ามนุษย์ด้านแรงงาน กรมการจัดหางาน")
    assert "ศูนย์บัญชาการป้องกันการค้ามนุษย์ด้านแรงงาน" in orgs(body)
    body = ("จึงขอให้กองอำนวยการป้องกันและบรรเทาสาธารณภัยอำเภอ องค์กรปกครองส่วนท้องถิ่น "
            "หน่วยงานที่เกี่ยวข้องและประชาชน ติดตามข้อมูล")
    assert "กองอำนวยการป้องกันและบรรเทาสาธารณภัยอำเภอ" in orgs(body)


def test_centre_of_a_level_and_a_kind_of_fund_are_no_one_body():
    # details/51997: 'the incident command centres at provincial level'; details/84318: 'scholarship-type funds'
    body = "ได้ใช้กลไกศูนย์บัญชาการเหตุการณ์ระดับจังหวัด อำเภอ และศูนย์ปฏิบัติการฉุกเฉิน"
    assert not any(o.startswith("ศูนย์บัญชาการ") for o in orgs(body))
    body = "โดยปรับเปลี่ยนวัตถุประสงค์ของกองทุนประเภททุนการศึกษา ให้ครอบคลุมกลุ่มผู้เรียนที่ยากจน"
    assert not any(o.startswith("กองทุน") for o in orgs(body))


def test_office_written_with_its_short_head():
    # details/66534 and details/92817
    body = ("จากหน่วยงานในจังหวัดปราจีนบุรี ได้แก่ กอรมน.ปจ. พม.ปจ. สนง.จัดหางานจังหวัด สนง.แรงงานจังหวัด "
            "สนง.สวัสดิการและคุ้มครองแรงงานจังหวัด สนง.ตรวจคนเข้าเมือง สนง.ปกครองจังหวัด และสนง.สาธารณสุขจังหวัด ณ บริษัท")
    found = orgs(body)
    assert "สนง.จัดหางานจังหวัด" in found and "สนง.สวัสดิการและคุ้มครองแรงงานจังหวัด" in found
    body = "2. ให้ สนง.กสทช. หรือผู้ให้บริการโทรศัพท์มือถือมีหน้าที่สั่งระงับการให้บริการเลขหมาย"
    assert "สนง.กสทช." in orgs(body)
    # details/89985: 'a temporary office' names no body
    body = "ด้านไทยขอบคุณที่ประชุมมอบกรุงเทพฯ เป็น สนง.ชั่วคราว พร้อมสนับสนุนการจัดตั้งกองทุน ACMECS"
    assert not any(o.startswith("สนง") for o in orgs(body))


def test_task_force_named_with_its_district_or_body():
    # details/79576 and details/60225
    body = ("บูรณาการสนธิกำลังร่วมกับชุดปฏิบัติการพิเศษฝ่ายปกครองอำเภอเมืองอุบลราชธานี "
            "และชุดปฏิบัติการพิเศษฝ่ายปกครองอำเภอวารินชำราบ ดำเนินการเข้าตรวจสอบ")
    found = orgs(body)
    assert "ชุดปฏิบัติการพิเศษฝ่ายปกครองอำเภอเมืองอุบลราชธานี" in found
    assert "ชุดปฏิบัติการพิเศษฝ่ายปกครองอำเภอวารินชำราบ" in found
    body = ("เป็นการบูรณาการร่วมกันระหว่าง ชุดปฏิบัติการพิเศษฝ่ายปกครองจังหวัดมหาสารคามและศูนย์ดำรงธรรมจังหวัดมหาสารคาม "
            "โดยมี นายหมวดเอก ภรัณยู มายูร")
    assert "ชุดปฏิบัติการพิเศษฝ่ายปกครองจังหวัดมหาสารคาม" in orgs(body)
