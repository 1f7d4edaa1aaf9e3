"""A river found with its head is the same river written น้ำ + its name (place_river_short); quotes are verbatim from
thaigov-v2 corpus releases outside the bench sets and dev (the release's page in the comment)."""

from __future__ import annotations

from briefing.thai import place_river_short
from briefing.thai.entities import find_entities


def _rivers(text: str, headed: str) -> list[str]:
    at = text.find(headed)
    return [text[a:b] for _, a, b in place_river_short.river_mentions({"body": text}, [("body", at, at + len(headed))], {})]


def test_the_river_written_north_style() -> None:
    # details/79708
    text = ("นทาง (พนังแม่น้ำชี) พังทลายจากกระแสน้ำชีกัดเซาะคันทาง\nนายกรัฐมนตรีกล่า"
            " บริเวณคุ้งน้ำ เมื่อเข้าฤดูแล้งระดับน้ำชีจะลดลงอย่างรวดเร็ว ทำให้มวลดิน")
    assert _rivers(text, "แม่น้ำชี") == ["น้ำชี", "น้ำชี"]


def test_no_river_in_a_dam_or_a_phrase() -> None:
    # details/35722: the dam's name
    text = "แม่น้ำยวม นี้จะแบ่งออกเป็น ๓ งาน คือ งานเขื่อนน้ำยวม และอาคารประกอบงานสถานีสูบน้"
    assert _rivers(text, "แม่น้ำยวม") == []
    # details/57744: little water, not the Noi river
    text = "แม่น้ำน้อย ดใหญ่ 40,545 ล้าน ลบ.ม. (57%) เฝ้าระวังน้ำน้อย บริเวณภาคเหนือ (3 แห่ง)"
    assert _rivers(text, "แม่น้ำน้อย") == []


def test_the_short_river_is_a_place_in_a_release() -> None:
    # details/79723, with the headed river of details/79708 before it
    body = "ซ่อมแซมพนังแม่น้ำชี กาฬสินธุ์ พบว่ามีสาเหตุเกิดจากกระแสน้ำชีกัดเซาะตลิ่ง ทำให้ลาดคันทางช่ว"
    entities, _ = find_entities("", body)
    assert [e.text for e in entities if e.type == "place" and "ชี" in e.text] == ["แม่น้ำชี", "น้ำชี"]


def test_the_short_river_takes_the_headed_rivers_english() -> None:
    # details/88423: the headline's น้ำปิง is the body's แม่น้ำปิง, one Ping River (not the romanised 'Nam Ping')
    title = ('"อนุทิน" ติดตามน้ำปิงล้นตลิ่ง เชียงใหม่ ชื่นชมในพื้นที่เตรียมการรับมืออย่างดี')
    body = "เพื่อติดตามสถานการณ์น้ำในแม่น้ำปิงเอ่อล้นเข้าท่วมบ้านเรือนประชาชน"
    rivers = {e.text: e.english for e in find_entities(title, body)[0] if e.type == "place" and "ปิง" in e.text}
    assert rivers == {"น้ำปิง": "Ping River", "แม่น้ำปิง": "Ping River"}
