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
