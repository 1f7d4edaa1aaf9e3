"""A rate written with '/' (briefing/summary/object_phrase.py `_PER_UNITS`): '3 บาท/ลิตร' is 3 baht per litre, not a
noun listed after the object ('cuts the diesel excise tax and litres'). Headlines quoted verbatim from archive
releases outside every bench set (bench/gists_archive.py seed 2080, 137 headlines with '/' + a unit: 22 changed, 15
better, 7 equal)."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist


def test_a_rate_is_no_listed_noun() -> None:
    # thaigov.go.th/news/contents/details/51699: read 'The government cuts the diesel excise tax and litres'
    gist = _gist("รัฐบาลลดภาษีสรรพสามิตน้ำมันดีเซล 3 บาท/ลิตร นาน 3 เดือน", "")
    assert "litres" not in gist and "diesel excise tax" in gist, gist
    # thaigov.go.th/news/contents/details/68007: read '... generates income and year in Japan'
    gist = _gist("ขึ้นทะเบียน GI “กล้วยหอมทองหนองบัวแดง” ของดีชัยภูมิ ส่งออกตลาดญี่ปุ่น สร้างรายได้ให้ชุมชนกว่า 40 ล้านบาท/ปี",
                 "")
    assert "and year" not in gist, gist
    # thaigov.go.th/news/contents/details/44427: read 'produces medicines and month'
    gist = _gist("ตั้งเป้า! ต.ค. นี้ ผลิตยาฟาวิพิราเวียร์ 40 ล้านเม็ด/เดือน", "")
    assert "month" not in gist, gist
