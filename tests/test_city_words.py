"""A known city with เมือง/นคร glued before it is named with that word, as the guidelines keep a prefix
(briefing/thai/city_words.py). Sentences quoted from thaigov-v2 releases outside every bench set."""

from __future__ import annotations

import pytest

from briefing.thai.entities import find_entities
from briefing.thai.normalise import normalise


def places(text: str) -> list[tuple[str, str | None]]:
    entities, _ = find_entities("", normalise(text))
    return [(e.text, e.english) for e in entities if e.type == "place"]


@pytest.mark.parametrize(("text", "city", "english"), [
    # details/52053
    ("เที่ยวบินปฐมฤกษ์ของสายการบิน Saudi Arabian Airlines จากเมืองเจดดาห์ กรุงริยาด ราชอาณาจักรซาอุดีอาระเบีย",
     "เมืองเจดดาห์", "Jeddah"),
    # details/75276: after a space, in a list
    ("ต้องการเดินทางไปยังเมืองอื่น ๆ ในเมียนมา  เช่น กรุงย่างกุ้ง เมืองมัณฑะเลย์ เมืองพุกาม เป็นต้น",
     "เมืองมัณฑะเลย์", "Mandalay"),
    ("ต้องการเดินทางไปยังเมืองอื่น ๆ ในเมียนมา  เช่น กรุงย่างกุ้ง เมืองมัณฑะเลย์ เมืองพุกาม เป็นต้น",
     "เมืองพุกาม", "Bagan"),
])
def test_the_city_word_is_part_of_the_name(text: str, city: str, english: str) -> None:
    found = places(text)
    assert (city, english) in found, found
    assert (city.removeprefix("เมือง"), english) not in found


def test_not_when_the_city_word_belongs_to_another_word() -> None:
    # a governor (พ่อเมือง) visits the province: the place is the province alone
    assert ("หนองบัวลำภู", "Nong Bua Lam Phu") in places("พ่อเมืองหนองบัวลำภู เปิดตัวโครงการ")
    assert [p for p, _ in places("พ่อเมืองหนองบัวลำภู เปิดตัวโครงการ") if p.startswith("เมือง")] == []
