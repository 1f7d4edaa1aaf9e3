"""A road written ถ. + its name is a place (place_road_abbrev); quotes are verbatim from thaigov-v2 corpus releases
outside the bench sets and dev (the release's page in the comment)."""

from __future__ import annotations

from briefing.thai import place_road_abbrev
from briefing.thai.entities import find_entities


def _roads(text: str) -> list[tuple[str, str | None]]:
    return [(text[a:b], en) for a, b, en in place_road_abbrev.find(text)]


def test_a_road_in_an_address() -> None:
    # details/58025: a verb may start the road's name (แจ้ง)
    text = "ปณท และ 139 ปี กิจการไปรษณีย์ไทย ณ อาคารไปรษณีย์ไทย ถ.แจ้งวัฒนะ กรุงเทพฯ ที่ผ่านมาไปร"
    assert _roads(text) == [("ถ.แจ้งวัฒนะ", "Chaeng Watthana Road")]
    # details/70777: the road's number is kept
    text = "าชดำริ (แยกราชดำริ - แยกประตูน้ำ) (1.2) ถ.พระราม 1 (แยกเฉลิมเผ่า - แยกราชประสงค์) (1."
    assert _roads(text) == [("ถ.พระราม 1", "Rama I Road")]


def test_a_glued_area_word_is_cut_off() -> None:
    # details/83947
    text = "อำนวยการ โรงงานแบตเตอรี่ทหาร เลขที่ 552 ถ.สรรพาวุธแขวง/เขต บางนา กรุงเทพฯ ***ภายใน 14"
    assert [r for r, _ in _roads(text)] == ["ถ.สรรพาวุธ"]


def test_a_date_range_after_the_road_is_no_number() -> None:
    # details/44600: 9 – 31 ส.ค. is the dates, not the road's number
    text = "ามไทย-ญี่ปุ่น ดินแดง และลุมพินีทาวเวอร์ ถ.วิภาวดี 9 – 31 ส.ค.นี้"
    assert [r for r, _ in _roads(text)] == ["ถ.วิภาวดี"]


def test_no_road() -> None:
    assert _roads("ถ. ทำไมต้องลงทะเบียน ต. เพราะ") == []
    assert _roads("พ.ศ. 2567 ม.ค.") == []


def test_the_road_is_a_place_in_a_release() -> None:
    # details/58025
    body = "ณ อาคารไปรษณีย์ไทย ถ.แจ้งวัฒนะ กรุงเทพฯ ที่ผ่านมา"
    entities, _ = find_entities("", body)
    assert any(e.type == "place" and "ถ.แจ้งวัฒนะ" in e.text for e in entities)
