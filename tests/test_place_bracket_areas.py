"""A district or subdistrict in brackets after a venue is a place (briefing/thai/place_bracket_areas.py)."""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.place_bracket_areas import find


def _places(body: str) -> list[str]:
    ents, _ = find_entities("", body)
    return [body[e.start:e.end] for e in ents if e.type == "place"]


def test_the_bus_terminal_and_its_district() -> None:
    # thaigov details/40803
    body = "ในวันที่ 8 เมษายน 2564 ณ สถานีขนส่งผู้โดยสารกรุงเทพ (จตุจักร) นายยงยุทธ นาคแดง กล่าวว่า"
    found = _places(body)
    assert "สถานีขนส่งผู้โดยสารกรุงเทพ" in found and "จตุจักร" in found


def test_a_subdistrict_in_brackets() -> None:
    # thaigov details/64257
    body = "2 สถานี คือ สถานีขนส่งผู้โดยสารอำเภอเดชอุดม และสถานีขนส่งผู้โดยสารอำเภอสิรินธร (ช่องเม็ก) การเชื่อมโยงระบบ"
    assert [body[a:b] for a, b in find(body)] == ["ช่องเม็ก"]


def test_common_words_provinces_and_loose_brackets_are_not_taken() -> None:
    assert find("อาคารเรียน (ใหม่) ของโรงเรียน") == []  # a common word, also some subdistrict's name
    assert find("สำนักงานจังหวัด (เชียงใหม่) แจ้งว่า") == []  # a province: the gazetteer's
    assert find("ณ สถานีขนส่ง (จตุจักร ถนนกำแพงเพชร 2)") == []  # the name must be the whole bracket
    assert find("(จตุจักร) เป็นต้น") == []  # a bracket glosses the word before it
