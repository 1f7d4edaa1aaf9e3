"""A body right after the day's date or hour and ที่ is the event's venue (place_dated_venues); quotes are
verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment)."""

from __future__ import annotations

from briefing.thai import place_dated_venues
from briefing.thai.entities import find_entities


def _types(body: str, name: str) -> set[str]:
    return {e.type for e in find_entities("", body)[0] if e.text == name}


def test_the_day_then_thi_names_the_venue() -> None:
    # details/37480
    body = ("บ่ายวันนี้ (8 ธันวาคม 2563) ที่กระทรวงการต่างประเทศ กทม. ดร.สาธิต ปิตุเตชะ "
            "รัฐมนตรีช่วยว่าการกระทรวงส")
    assert "place" in _types(body, "กระทรวงการต่างประเทศ")
    # details/36501
    body = "บ่ายวันนี้ (4 พฤศจิกายน 2563) ที่โรงพยาบาลราชวิถี กทม. นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี"
    assert "place" in _types(body, "โรงพยาบาลราชวิถี")


def test_the_hour_then_thi_names_the_venue() -> None:
    # details/54071
    body = ("เมื่อวันที่ 29 เมษายน 2565 เวลา 10.00 น. ที่มหาวิทยาลัยราชภัฎลำปาง "
            "มีการจัดงานมหกรรมไกล่เกลี่ยหนี้สินครัวเรือน ครั้ง")
    text = body
    start = text.index("มหาวิทยาลัย")
    assert place_dated_venues.dated(text, start, start + len("มหาวิทยาลัยราชภัฎลำปาง"))


def _dated(text: str, name: str) -> bool:
    start = text.index(name)
    return place_dated_venues.dated(text, start, start + len(name))


def test_a_date_not_the_events_or_a_body_acting_is_no_venue() -> None:
    # details/50657: a resolution's date, then 'which the council [proposed]'
    assert not _dated("ซึ่งแนวทางดังกล่าวเป็นไปตามมติคณะรัฐมนตรี (9 เมษายน 2562) ที่สำนักงานสภาความมั่นคงแห่งชาติ "
                      "(สมช.) กองอำนวยการรัก", "สำนักงานสภาความมั่นคงแห่งชาติ")
    # details/50582: a period to apply in (C6: the office one is sent to)
    assert not _dated("มเพิ่มเติมและขอรับสินเชื่อได้ตั้งแต่วันนี้ (17ม.ค.65) ที่สำนักงานอุตสาหกรรมจังหวัด หรือ "
                      "www.smebank.co.th", "สำนักงานอุตสาหกรรมจังหวัด")
    # details/67530: a deadline, every branch
    assert not _dated("ได้แล้วตั้งแต่บัดนี้เป็นต้นไป จนถึงวันที่ 30 ธ.ค.2566 ที่ธนาคารออมสินทุกสาขาทั่วประเทศ",
                      "ธนาคารออมสิน")
    # details/93263: a year alone, and the bank acts (which the bank received)
    assert not _dated("สำหรับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2567 ที่ธนาคารออมสินได้รับ ประกอบด้วย", "ธนาคารออมสิน")
