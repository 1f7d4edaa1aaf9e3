"""Thai number parsing: digits, stray spaces, scale words, number words, English rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.thai.numbers import (
    NUMBER_RE,
    ascii_digits,
    decimals,
    format_value,
    parse_number,
    thai_scale_value,
    thai_words_value,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("795,334", 795334),
        ("141,140.68", 141140.68),
        ("2 ,149,286", 2149286),  # 2024/09/17 ข่าวรอง นรม: "อีกประมาณ 2 ,149,286 คน"
        ("2, 500", 2500),
        ("๑๗", 17),  # 2025/04/11 ด้านวัฒนธรรมท่องเที่ยวฯ: "ในพื้นที่ ๑๗ จังหวัด"
        ("๑,๒๐๐.๕", 1200.5),
        ("0.7", 0.7),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


def test_parse_number_rejects_text() -> None:
    with pytest.raises(ValueError):
        parse_number("ล้าน")


@pytest.mark.parametrize(
    ("word", "value"),
    [("พัน", 1e3), ("หมื่น", 1e4), ("แสน", 1e5), ("ล้าน", 1e6), ("พันล้าน", 1e9),
     ("หมื่นล้าน", 1e10), ("แสนล้าน", 1e11), ("ล้านล้าน", 1e12)],
)
def test_thai_scale_value(word: str, value: float) -> None:
    assert thai_scale_value(word) == value


def test_thai_number_words() -> None:
    # 2024/01/14 ด้านความมั่นคง: "ปรับไม่เกินหนึ่งแสนบาท"
    assert thai_words_value("หนึ่งแสน") == 100000
    assert thai_words_value("ห้าสิบ") == 50
    assert thai_words_value("พันล้าน") == 1e9


def test_number_pattern_finds_stray_spaces_but_not_lists() -> None:
    text = "อีกประมาณ 2 ,149,286 คน ข้อ 1, 2, 3"
    found = [m.group() for m in NUMBER_RE.finditer(text)]
    assert found[0] == "2 ,149,286"
    assert "1, 2" not in found


@pytest.mark.parametrize(
    ("value", "english"),
    [(1.5e12, "1.5 trillion"), (620e6, "620 million"), (795.334e9, "795.334 billion"),
     (141140.68e6, "141,140.68 million"), (14592424, "14,592,424"), (2000, "2,000"), (3.9, "3.9"),
     (0, "0")],
)
def test_format_value(value: float, english: str) -> None:
    assert format_value(value) == english


def test_decimals() -> None:
    assert decimals("3.90") == 2
    assert decimals("15") == 0


@given(st.text(alphabet="๐๑๒๓๔๕๖๗๘๙0123456789กขค ,."))
def test_ascii_digits_keeps_length(text: str) -> None:
    out = ascii_digits(text)
    assert len(out) == len(text)
    assert not any("๐" <= c <= "๙" for c in out)
