"""A temple's royal rank written after a space is part of its name (place_temple_ranks); quotes are verbatim from
thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment above each)."""

from __future__ import annotations

from briefing.thai import place_temple_ranks
from briefing.thai.entities import find_entities


def _places(body: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == "place"]


def test_rank_after_a_space_joins_the_temple() -> None:
    # details/77417
    body = "ที่ปรึกษาเจ้าคณะภาค 4 เจ้าอาวาสวัดสุทัศนเทพวราราม ราชวรมหาวิหาร เป็นประธานฝ่ายสงฆ์ พร้อม"
    assert "วัดสุทัศนเทพวราราม ราชวรมหาวิหาร" in _places(body)
    # details/70863
    body = "เจ้าคณะจังหวัดฉะเชิงเทรา เจ้าอาวาสวัดโสธรวราราม วรวิหาร เป็นประธานฝ่ายสงฆ์ มีพระ"
    assert "วัดโสธรวราราม วรวิหาร" in _places(body)


def test_pra_aram_luang_and_the_district_after_it() -> None:
    # details/81764: the rank joins, the district after it stays a place of its own
    body = "เวลา 13.00 น. เป็นต้นไป ณ วัดโพธิ์ชัย พระอารามหลวง อำเภอเมือง  จังหวัดหนองคาย"
    places = _places(body)
    assert "วัดโพธิ์ชัย พระอารามหลวง" in places
    assert "วัดโพธิ์ชัย" not in places


def test_a_hall_of_the_temple_takes_the_rank_too() -> None:
    # details/84871
    body = "ไปยังพระอุโบสถวัดพระเชตุพนวิมลมังคลาราม ราชวรมหาวิหาร เพื่อทำการปลุกเสกน้ำพระพุทธมนต์"
    assert any(p.endswith("วัดพระเชตุพนวิมลมังคลาราม ราชวรมหาวิหาร") for p in _places(body))


def test_rank_end_needs_a_temple_and_a_rank() -> None:
    text = "เจ้าอาวาสวัดระฆังโฆสิตาราม วรมหาวิหาร พร้อมด้วย"
    start = text.index("วัด")
    end = text.index(" วรมหาวิหาร")
    assert text[start:place_temple_ranks.rank_end(text, start, end)] == "วัดระฆังโฆสิตาราม วรมหาวิหาร"
    other = "ณ จังหวัดนครปฐม วรวิหาร"  # no วัด in the span: left
    assert place_temple_ranks.rank_end(other, 2, other.index(" วรวิหาร")) == other.index(" วรวิหาร")
    bracket = "วัดชัยมงคล (พระอารามหลวง)"  # a rank in brackets is a note, not the name
    assert place_temple_ranks.rank_end(bracket, 0, 10) == 10
