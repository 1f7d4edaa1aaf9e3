"""A body after บริเวณ (the grounds of, the area around) is its premises, a place (places._AROUND); quotes are
verbatim from thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment)."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def _types(body: str, name: str) -> set[str]:
    return {e.type for e in find_entities("", body)[0] if e.text == name}


def test_the_grounds_of_a_ministry_are_a_place() -> None:
    # details/37183
    body = "นที่ 22 - 25 ธันวาคม 2563 เวลา 10.00 – 19.00 น. ณ บริเวณโดยรอบกระทรวงอุตสาหกรรม."
    assert "place" in _types(body, "กระทรวงอุตสาหกรรม")
    # details/49672
    body = ("ดิการและคุ้มครองแรงงานกรุงเทพมหานครพื้นที่ 5 ภายในบริเวณกระทรวงแรงงาน ให้บริการรับคำร้องตามแบบ "
            "คร.7")
    assert "place" in _types(body, "กระทรวงแรงงาน")


def test_in_front_of_a_court_or_a_local_body() -> None:
    # details/85617
    body = "้าง - ท่าเตียน (เดินรถวงกลม) โดยมีจุดจอดรับ - ส่ง บริเวณหน้าศาลฎีกา สอบถามรายละเอียดเพิ่มเติมได้ท"
    assert "place" in _types(body, "ศาลฎีกา")
    # details/60392
    body = "เม็ด หลังได้รับแจ้งจากสายลับ จึงตั้งจุดตรวจจุดสกัดบริเวณหน้า อบต.แม่พริก เพื่อตรวจยึดยาบ้าดังกล่าว และ"
    assert "place" in _types(body, "อบต.แม่พริก")

