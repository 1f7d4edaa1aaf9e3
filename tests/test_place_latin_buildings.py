"""A building named in Latin letters after อาคาร/ตึก is a place wherever it stands (place_latin_buildings); quotes are
verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment above
each)."""

from __future__ import annotations

from briefing.thai import place_latin_buildings
from briefing.thai.entities import find_entities


def _places(body: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == "place"]


def test_building_opened_or_surveyed() -> None:
    # details/96699: the building opened, no ณ/ที่ before it
    assert "อาคาร True IDC" in _places("บีโอไอ ร่วมพิธีเปิดอาคาร True IDC พร้อมมอบบัตรส่งเสริมการลงทุน")
    # details/43518: the building and the airport it belongs to
    places = _places("รัฐมนตรีว่าการกระทรวงสาธารณสุข ลงพื้นที่สำรวจอาคาร Satellite 1 ท่าอากาศยานสุวรรณภูมิ เตรียมเสนอ")
    assert "อาคาร Satellite 1" in places
    # details/79681
    assert "อาคาร Junction Building" in _places("รวมทั้งมีแผนก่อสร้างอาคาร Junction Building เป็นพื้นที่เชิงพาณิชย์ขนาดใหญ่")


def test_thai_word_after_the_head_is_left_to_the_venue_rules() -> None:
    assert place_latin_buildings.find("ก่อสร้างอาคารเรียน 2 หลัง และอาคารสูง") == []
    assert place_latin_buildings.find("อาคาร B.") == [(0, 7)]  # the full stop is no part of the name
