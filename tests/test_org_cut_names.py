"""Organisation names cut by word segmentation inside a district's name (briefing/thai/org_cut_names.py), and the
short name กรมท่องเที่ยว with its left edge checked (briefing/data/agencies.toml, entities._accept). Sentences quoted
from corpus releases (the source in each comment)."""

from __future__ import annotations

from briefing.thai import org_cut_names
from tests.entity_helpers import orgs


def test_hospital_named_after_a_district_newmm_cuts():
    # details/90048: newmm reads แกลง as แก|ลง ('down', a verb), and the name stopped at โรงพยาบาลแก
    body = ("สำนักงานสาธารณสุขจังหวัดระยอง ได้รับแจ้งจากโรงพยาบาลแกลง เมื่อช่วงค่ำวันที่ 6 พฤศจิกายน 2567 "
            "พบนักเรียนมีอาการ")
    found = orgs(body)
    assert "โรงพยาบาลแกลง" in found
    assert "โรงพยาบาลแก" not in found


def test_area_end_needs_the_whole_glued_run():
    # the district must end the glued run: a name whose next letters only start a district stays as it was
    text = "ได้รับแจ้งจากโรงพยาบาลแกลง เมื่อ"
    start = text.index("โรงพยาบาล")
    after_head = start + len("โรงพยาบาล")
    assert org_cut_names.area_end(text, after_head, after_head + 2, len(text)) == after_head + 4
    text = "ไปที่โรงพยาบาลแกลงเรือ"  # แกลง then more letters: not a district's end
    start = text.index("โรงพยาบาล")
    after_head = start + len("โรงพยาบาล")
    assert org_cut_names.area_end(text, after_head, after_head + 2, len(text)) == after_head + 2


def test_short_name_of_the_tourism_department():
    # details/100201
    body = ("นายบุญเสริม ขันแก้ว รองอธิบดีกรมท่องเที่ยว ผู้บริหาร ททท. และผู้แทนจากหน่วยงานที่เกี่ยวข้อง")
    assert "กรมท่องเที่ยว" in orgs(body)


def test_tour_programme_is_no_department():
    # details/66811: โปรแกรมท่องเที่ยว holds the letters กรมท่องเที่ยว (39 such in thaigov-v2, 3 real mentions)
    body = "ในเดือนเมษายน 2566 รฟท. ได้จัดโปรแกรมท่องเที่ยวกับขบวนรถไฟ KIHA 183 ภายใต้แนวคิด"
    assert not any("กรม" in name for name in orgs(body))
