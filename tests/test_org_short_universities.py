"""Universities written short as ม. and their name (thai/org_short_universities.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule only the short forms the
glossary keeps as aliases were read (ม.ศิลปากร); ม.เกษมบัณฑิต, ม.นครพนม and the like were missed.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import org_short_universities
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer


def test_university_short_in_a_list_of_partners() -> None:
    # details/97605: both universities, and the regulator after them
    body = "ที่จะได้เรียนรู้จากทีมวิทยากรระดับแนวหน้าจาก ม.ศิลปากร, ม.เกษมบัณฑิต, สำนักงาน กสทช., ผู้เชี่ยวชาญด้านกฎหมายสื่อ"
    orgs = _orgs(body)
    assert "ม.ศิลปากร" in orgs and "ม.เกษมบัณฑิต" in orgs


def test_university_short_gets_full_name_and_english() -> None:
    # details/95928
    entities, _ = find_entities("", "ร่วมผลักดันตั้งคณะแพทยศาสตร์ ม.นครพนม แก้ปัญหาขาดแคลนแพทย์ในกลุ่มจังหวัด")
    found = {e.text: e.english for e in entities if e.type == "organisation"}
    # after a faculty the short form is the faculty's university, one body with it (org_faculties, session 19)
    assert found.get("คณะแพทยศาสตร์ ม.นครพนม") == "Faculty of Medicine, Nakhon Phanom University (NPU)"
    entities, _ = find_entities("", "ร่วมผลักดันกับ ม.นครพนม แก้ปัญหาขาดแคลนแพทย์ในกลุ่มจังหวัด")
    found = {e.text: e.english for e in entities if e.type == "organisation"}
    assert found.get("ม.นครพนม") == "Nakhon Phanom University (NPU)"


def test_slash_list_of_universities() -> None:
    # details/50401
    orgs = _orgs("สถาบันมาตรวิทยา/ม.นเรศวร/ม.ราชภัฏเชียงราย/ม.ราชภัฏอุดรธานี/ม.เชียงใหม่/มทร.ล้านนา) 49 โครงการ")
    assert {"ม.นเรศวร", "ม.ราชภัฏเชียงราย", "ม.ราชภัฏอุดรธานี", "ม.เชียงใหม่"} <= set(orgs)


def test_not_a_school_level_or_a_station() -> None:
    # details/72111: ม.ปลาย is upper secondary school, not a university
    assert not any(o.startswith("ม.") for o in _orgs("จ่ายอุดหนุนรายหัว ตั้งแต่ระดับอนุบาล – ม.ปลาย และ ปวช. ในสถานศึกษา"))
    # details/64835: a station named after the university (the glossary's alias ม.เกษตรศาสตร์ is read elsewhere)
    assert org_short_universities.find("มีผู้โดยสารหนาแน่น เช่น สถานี ม.เกษตรศาสตร์ สถานีบางเขน", gazetteer()) == []
