"""A forward command named with the province it serves (briefing/thai/org_forward_commands.py,
entities._forward_commands).

What a reader expects (thaigov-v2 releases outside bench and dev):
- details/89437 "รมช.มหาดไทย ในฐานะประธาน ศปช. ส่วนหน้า จ.เชียงราย ได้ลงพื้นที่": the flood centre's forward command in
  Chiang Rai (was `ศปช. ส่วนหน้า`), the province still a place;
- details/49267 "มรภ.ยะลา ร่วมกับ อว.ส่วนหน้า จ.ยะลา จัดแสดงดนตรีพื้นบ้าน": the ministry's forward office in Yala;
- details/36070 "โดยจุดแรก คือ ศูนย์บัญชาการเหตุการณ์ส่วนหน้า จ.นครราชสีมา แก้ไขปัญหาน้ำท่วม".
"""

from briefing.thai import org_forward_commands
from briefing.thai.entities import find_entities


def _ents(text: str) -> dict[str, str]:
    return {e.text: e.type for e in find_entities("", text)[0]}


def test_forward_command_with_its_province():
    ents = _ents("นางสาวธีรรัตน์ สำเร็จวาณิชย์ รมช.มหาดไทย ในฐานะประธาน ศปช. ส่วนหน้า จ.เชียงราย ได้ลงพื้นที่ติดตามความคืบหน้า")
    assert ents.get("ศปช. ส่วนหน้า จ.เชียงราย") == "organisation"
    assert ents.get("จ.เชียงราย") == "place"
    assert "ศปช. ส่วนหน้า" not in ents


def test_glued_and_other_heads():
    assert _ents("มรภ.ลำปาง มรภ.ยะลา ร่วมกับ อว.ส่วนหน้า จ.ยะลา จัดแสดงดนตรีพื้นบ้าน").get("อว.ส่วนหน้า จ.ยะลา") == "organisation"
    assert _ents("โดยจุดแรก คือ ศูนย์บัญชาการเหตุการณ์ส่วนหน้า จ.นครราชสีมา แก้ไขปัญหาน้ำท่วม").get(
        "ศูนย์บัญชาการเหตุการณ์ส่วนหน้า จ.นครราชสีมา") == "organisation"


def test_no_province_after_it():
    text = "ศปช. ส่วนหน้า ได้ลงพื้นที่"
    assert org_forward_commands.extend_end(text, 0, text.index(" ได้")) == text.index(" ได้")
