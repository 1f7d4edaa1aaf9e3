"""A regional unit with its region's number glued to ภาค (briefing/thai/org_region_numbers.py).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/97664 "เพื่อ รับรายงานสถานการณ์ชายแดนของกองทัพภาคที่2และหน่วยราชการที่เกี่ยวข้อง": the Second Army Area (was
  `กองทัพภาคที่`, no region);
- details/60604 "ทางกองทัพภาค4 ยังได้ร่วมบูรณาการการทำงาน": the Fourth Army Area (was nothing).
"""

from briefing.thai import org_region_numbers
from briefing.thai.entities import find_entities


def _orgs(text: str) -> list[str]:
    return [e.text for e in find_entities("", text)[0] if e.type == "organisation"]


def test_glued_number_after_ที่():
    text = "อำเภอน้ำยืน จังหวัดอุบลราชธานี เพื่อ รับรายงานสถานการณ์ชายแดนของกองทัพภาคที่2และหน่วยราชการที่เกี่ยวข้องพร้อมทั้ง"
    assert [text[a:b] for a, b in org_region_numbers.find(text)] == ["กองทัพภาคที่2"]
    orgs = _orgs(text)
    assert "กองทัพภาคที่2" in orgs and "กองทัพภาคที่" not in orgs


def test_glued_number_after_ภาค():
    assert "กองทัพภาค4" in _orgs("ซึ่งมีสภาพแวดล้อมและบริบทที่ต่างจากพื้นที่อื่น ทางกองทัพภาค4 ยังได้ร่วมบูรณาการการทำงาน โดยขับเคลื่อน")


def test_spaced_number_is_left_to_the_head_rules():
    assert org_region_numbers.find("ผบ.ตร. และตำรวจภูธรภาค 5 ร่วม") == []
