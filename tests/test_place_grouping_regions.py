"""The region of a grouping of countries, ภูมิภาค + its Thai short name, is a place (places.toml: ภูมิภาคเอเปค,
ภูมิภาคบิมสเทค, ภูมิภาคแม่โขง-ล้านช้าง, as ภูมิภาคอาเซียน); quotes are verbatim from thaigov-v2 corpus releases outside
the bench sets and dev."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _entities(body: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in find_entities("", body)[0]]


def test_the_apec_region_is_a_place_and_apec_a_body() -> None:
    # details/94169
    body = "ที่ให้ความสำคัญกับการเสริมสร้างเศรษฐกิจในภูมิภาคเอเปคเพื่อการ"
    assert ("place", "ภูมิภาคเอเปค") in _entities(body)
    # details/74324: the grouping alone stays the organisation
    body = "ดงเจตนารมณ์ทางการเมืองในระดับรัฐมนตรีของเขตเศรษฐกิจสมาชิกเอเปค โดยมิได้มีถ้อยคำหรื"
    assert ("organisation", "เอเปค") in _entities(body)


def test_other_groupings_regions() -> None:
    # details/78513
    assert ("place", "ภูมิภาคแม่โขง-ล้านช้าง") in _entities("โครงการโอกาสของโซ่อุปทานยานยนต์ไฟฟ้าขนาดเล็กในภูมิภาคแม่โขง-ล้านช้าง และ")
