"""The two ends of a road's section after the road's number are places (place_road_sections); quotes are
verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment)."""

from __future__ import annotations

from briefing.thai import place_road_sections


def _ends(text: str) -> list[str]:
    return [text[a:b] for a, b in place_road_sections.find(text)]


def test_both_ends_of_a_highway_section() -> None:
    # details/91611
    assert _ends("ที่ 30+450 หมวดทางหลวงแม่แตง ทล.1095 ตอน หนองโค้ง - กิ่วคอหมา กม. ที่ 14+") == ["หนองโค้ง", "กิ่วคอหมา"]
    # details/60939: a word glued after the second end is cut off
    assert _ends("ะนครศรีอยุธยา จำนวน 1 แห่ง  บนทางหลวงหมายเลข 3412 ตอน อยุธยา - บางบาล ในพื้นที่ อ") == ["อยุธยา", "บางบาล"]


def test_no_road_number_no_section() -> None:
    # an art period and a process, not a road's section
    assert _ends("กลีบขนุนรูปฤาษี ศิลปะเขมรแบบบาปวนตอนปลาย – นครวัด") == []
    assert _ends("ระเบียงเศรษฐกิจไทยตอนใต้-มาเลเซียตอนเหนือ-สุมาตรา") == []
