"""A foreign state written รัฐ + its name (place_foreign_states); quotes are verbatim from thaigov-v2 corpus releases
outside the bench sets and dev (the release's page in the comment above each)."""

from __future__ import annotations

from briefing.thai import place_foreign_states
from briefing.thai.entities import find_entities
from briefing.thai.gazetteer import gazetteer


def _places(body: str) -> list[str]:
    return [e.text for e in find_entities("", body)[0] if e.type == "place"]


def test_state_named_with_its_country() -> None:
    # details/73893
    body = "อ.สุไหงโก-ลก จ.นราธิวาส กับ รันเตาปันจัง รัฐกลันตัน ประเทศมาเลเซีย ปัจจุบันสองประเทศได้ดำเนินการ"
    assert "รัฐกลันตัน" in _places(body)
    # details/71550
    body = "การประชุม DESG และการประชุมที่เกี่ยวข้อง ณ นครซีแอตเทิล รัฐวอชิงตัน สหรัฐอเมริกา ดังนี้"
    assert "รัฐวอชิงตัน" in _places(body)
    # details/92257
    body = "ในวันที่ 25 และ 26 กุมภาพันธ์ 2568 ณ เมืองกูวาฮาติ รัฐอัสสัม อินเดีย และขอความร่วมมือ"
    assert "รัฐอัสสัม" in _places(body)


def test_state_the_glossary_knows_by_its_name() -> None:
    assert "รัฐดูไบ" in _places("ยังสอดรับกับนโยบายของรัฐดูไบ ซึ่งมุ่งเน้นการส่งเสริม")


def test_the_state_as_government_or_a_republic_is_no_state() -> None:
    g = gazetteer()
    for text in ("เจ้าหน้าที่รัฐไทย ได้", "ภาครัฐ ประเทศจีน", "รัฐบาลจีน ประเทศจีน", "สาธารณรัฐอัฟกานิสถาน สาธารณรัฐประชาชนบังกลาเทศ",
                 "สหรัฐอเมริกา", "รัฐสนับสนุน ประเทศไทย"):
        assert place_foreign_states.find(text, g) == [], text
