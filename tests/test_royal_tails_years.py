"""A venue's name cut at ครบ runs on through the anniversary's years (royal_tails._YEARS); the quote is verbatim
from a thaigov-v2 corpus release outside the bench sets and dev (details/93310)."""

from __future__ import annotations

from briefing.thai import royal_tails
from briefing.thai.entities import find_entities


def test_the_anniversary_years_are_part_of_the_venue() -> None:
    body = ("ครั้งแรกของปีนี้ที่ห้องคอนเวนชั่น ฮอลล์ ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี "
            "มหาวิทยาลัยสงขลานครินทร์ อำเภอหาดใหญ่ จ")
    places = [e.text for e in find_entities("", body)[0] if e.type == "place"]
    assert "ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี" in places


def test_no_years_no_run_on() -> None:
    text = "ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ จำนวน"
    assert royal_tails.tail_end(text, 0, len("ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ")) == len("ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ")
