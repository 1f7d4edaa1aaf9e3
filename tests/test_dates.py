"""Dates on real sentences from the thaigov-v2 corpus (path in each comment), and properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.thai.dates import date_spans, find_dates


def dates(text: str, default_year: int | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.iso) for d in find_dates(text, "body", default_year)]


def test_date_line_and_buddhist_era() -> None:
    # the date line of 2023/10/31 รายการวิทยุไทยคู่ฟ้า_1_c439ce8d
    assert dates("วันอาทิตย์ที่ 8 ตุลาคม 2566 ต่อจากนี้ไป") == [("วันอาทิตย์ที่ 8 ตุลาคม 2566", "2023-10-08")]


def test_abbreviated_month_and_short_year() -> None:
    # 2024/10/15 ข่าวรอง นรม  รมตนร _1_6409d166
    assert dates("วันนี้ (15 ต.ค. 67) ณ ทำเนียบรัฐบาล") == [("15 ต.ค. 67", "2024-10-15")]


def test_thai_digits() -> None:
    # 2023/01/26 ด้านกฎหมายฯ_2_bd11084b
    assert dates("ในวันพฤหัสบดีที่ ๒๖ มกราคม ๒๕๖๖ เวลา ๐๙.๐๐ น.") == [
        ("วันพฤหัสบดีที่ ๒๖ มกราคม ๒๕๖๖", "2023-01-26")]


def test_day_range() -> None:
    # 2023/10/27 ด้านเศรษฐกิจ_13_880af912
    assert dates("GSB Society ตั้งแต่วันที่ 27 - 30 ตุลาคม 2566 และเปิดให้ฝาก") == [
        ("วันที่ 27 - 30 ตุลาคม 2566", "2023-10-27/2023-10-30")]


def test_range_across_months_takes_the_year_of_its_end() -> None:
    # 2023/10/27 ด้านเศรษฐกิจ_13_880af912
    assert dates("รับกระปุกในวันที่ 31 ตุลาคม – 3 พฤศจิกายน 2566 ณ สาขาธนาคาร") == [
        ("วันที่ 31 ตุลาคม", "2023-10-31"), ("3 พฤศจิกายน 2566", "2023-11-03")]


def test_missing_year_from_context_or_default() -> None:
    # 2023/05/12 ข่าวคณะโฆษก_3_dc95c34a: the release's date comes first, then "วันที่ 14 พ.ค."
    text = "วันนี้ (12 พ.ค. 66) นายอนุชา ... กรมอุตุฯ วันที่ 14 พ.ค. สภาพอากาศร้อน"
    assert dates(text)[1] == ("วันที่ 14 พ.ค.", "2023-05-14")
    assert dates("กรมอุตุฯ วันที่ 14 พ.ค. สภาพอากาศร้อน", default_year=2023) == [
        ("วันที่ 14 พ.ค.", "2023-05-14")]
    assert dates("กรมอุตุฯ วันที่ 14 พ.ค. สภาพอากาศร้อน") == [("วันที่ 14 พ.ค.", "--05-14")]


def test_missing_year_near_new_year_goes_forward() -> None:
    assert dates("วันที่ 20 ธันวาคม 2567 ... งานจะจัดวันที่ 5 ม.ค. นี้")[1][1] == "2025-01-05"


def test_slash_month_and_year_only() -> None:
    # 2024/09/27 ด้านเศรษฐกิจ _2_8d883552 and the dd/mm/yyyy line of recent pages
    assert dates("23/01/2567") == [("23/01/2567", "2024-01-23")]
    assert dates("ณ สิ้นเดือนกรกฎาคม 2567 มีการอนุมัติ") == [("เดือนกรกฎาคม 2567", "2024-07")]
    assert dates("ราชบัญญัติโรคติดต่อ พ.ศ. 2558 เรื่องค่าทดแทน") == [("พ.ศ. 2558", "2015")]
    # 2025/03/31 ข่าวทำเนียบรัฐบาล _4_c9cc7786: Thai digits with a common-era marker
    assert dates("ภายในปี ค.ศ. ๒๐๕๐ และปล่อย") == [("ปี ค.ศ. ๒๐๕๐", "2050")]


def test_short_buddhist_era_years_in_headlines() -> None:
    # 2024 Q1 (Interior ministry budget): "มีงบ 3-4 แสนล้านบาท ซึ่งปี 67-68 เรา..."
    assert dates("มีงบ 3-4 แสนล้านบาท ซึ่งปี 67-68 เรา") == [("ปี 67-68", "2024/2025")]
    assert dates("ครบรอบ 50 ปี ความสัมพันธ์") == []


def test_english_dates() -> None:
    # 2025/09/03 Government News _6_31d553d6 and 2024/02/09 Government News _1_b8a833ad
    assert dates("June 26, 2025, at 0830hrs ... will be held during June 26-29, 2025, at BITEC") == [
        ("June 26, 2025", "2025-06-26"), ("June 26-29, 2025", "2025-06-26/2025-06-29")]
    assert dates("Today (9 February 2024) Government") == [("9 February 2024", "2024-02-09")]


def test_not_dates() -> None:
    assert dates("ก.พ.ร. รายงาน 31/02/2568 และ 5 มาตรการ") == []
    assert date_spans("โทร. 1111 กด 77 ฟรีตลอด 24 ชั่วโมง") == []


_TOKENS = st.sampled_from([
    "1", "19", "31", "๑๙", "2568", "68", "2025", " ", "-", "–", "/", "วันที่", "วันอาทิตย์ที่", "มกราคม",
    "ม.ค.", "ก.พ.", "ธ.ค", "เดือน", "ปี", "พ.ศ.", "ค.ศ.", "January", "Jan", "May", ",", "ถึง", "ก", "\n",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_TOKENS, max_size=25).map("".join)),
       st.one_of(st.none(), st.integers(1900, 2100)))
def test_any_text_gives_dates_whose_offsets_slice_exactly(text: str, year: int | None) -> None:
    last_end = 0
    for d in find_dates(text, "body", year):
        assert text[d.start:d.end] == d.text
        assert d.start >= last_end
        last_end = d.end
        assert d.iso[:1].isdigit() or d.iso.startswith("--")
