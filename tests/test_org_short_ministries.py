"""Ministries by their bare short name beside bodies written short (thai/org_short_ministries.py).

Each sentence is quoted from a release (its source in the comment). Before the rule the dash list gave สธ. and not
กลาโหม (and so กทม. stayed the place Bangkok), and the ทั้ง list missed กลาโหม.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _orgs(body: str) -> dict[str, str | None]:
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "organisation"}


def test_headline_dash_list_of_bodies() -> None:
    # details/77524 (bench/heldout100 h06): the three bodies of the headline, Bangkok as the BMA
    orgs = _orgs("สธ.-กลาโหม-กทม. ตั้งคณะอนุฯ 3 ชุด รุกงาน 30 บาทอัพเกรด")
    assert orgs.get("กลาโหม") == "Ministry of Defence (MOD)"
    assert orgs.get("กทม.") == "Bangkok Metropolitan Administration"
    assert "สธ." in orgs


def test_thang_list_opening_with_the_short_name() -> None:
    # details/77524
    orgs = _orgs("ขับเคลื่อน 30 บาทอัพเกรด ที่มีทั้งกลาโหม กทม.และ สธ. เห็นชอบตั้งคณะอนุกรรมการฯ")
    assert orgs.get("กลาโหม") == "Ministry of Defence (MOD)"


def test_dashed_to_an_agency_abbreviation() -> None:
    # details/86903, details/49901
    assert _orgs("คลัง-กอช.-สำนักงานสลากฯ จ่อ").get("คลัง") == "Ministry of Finance (MOF)"
    assert "พาณิชย์" in _orgs("นายกรัฐมนตรีกำชับ พาณิชย์-สคบ. คุมราคาสินค้าช่วงปีใหม่")


def test_chain_of_short_names_and_ko_dot() -> None:
    # details/36871: พาณิชย์ is dashed to เกษตร, which is dashed to ทบ.
    orgs = _orgs("จุรินทร์ นำ 3  ประสาน พาณิชย์-เกษตร-ทบ. ผนึกกำลังขับเคลื่อน")
    assert {"พาณิชย์", "เกษตร", "ทบ."} <= set(orgs)
    # details/56840: ก. is กระทรวง
    assert "ก.อุตฯ" in _orgs("ก.อุตฯ-กทม.-เอสซีจี ผนึกกำลังแก้ปัญหา")


def test_topic_words_beside_words_are_left() -> None:
    # a short name dashed to a word, not a body's abbreviation, is a topic
    assert "พลังงาน" not in _orgs("แก้ปัญหาราคาพลังงาน-ค่าครองชีพ ของประชาชน")
    assert "พลังงาน" not in _orgs("ดูแลทั้งพลังงาน น้ำ และอาหาร")
