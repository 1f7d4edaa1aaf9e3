"""A government named by the foreign city or region it governs, or by the party that leads it
(briefing/thai/org_governments.py). Sentences quoted from thaigov-v2 releases outside bench and dev (source in each
comment).

What a reader expects:
- details/64959 "สกพอ. และรัฐบาลมณฑลกวางตุ้งได้มีความร่วมมืออย่างใกล้ชิด": Guangdong's government, a partner (was the
  province as a place, no body);
- details/83381 "รองเลขานุการรัฐบาลนครเซี่ยงไฮ้ ถึงประเด็นความร่วมมือ" and details/59080 "ได้รับการสนับสนุนจาก
  รัฐบาลกรุงโตเกียว": the city's government;
- details/61017 "มีมาตั้งแต่สมัยรัฐบาลเพื่อไทย และที่พรรคเพื่อไทยอ้างว่า": the Pheu Thai government, and the party;
- a Thai province, and the seat (ทำเนียบรัฐบาล) before a city, are no such government.
"""

from __future__ import annotations

from briefing.thai.entities import find_entities
from tests.entity_helpers import orgs, places


def _english(body: str) -> dict[str, str | None]:
    entities, _ = find_entities("", body)
    return {e.text: e.english for e in entities if e.type == "organisation"}


def test_government_of_a_foreign_region_or_city():
    # details/64959
    body = "โดยระหว่างปี พ.ศ. 2562 - 2565 สกพอ. และรัฐบาลมณฑลกวางตุ้งได้มีความร่วมมืออย่างใกล้ชิดและดำเนินการตาม"
    assert _english(body)["รัฐบาลมณฑลกวางตุ้ง"] == "Government of Guangdong Province"
    assert "มณฑลกวางตุ้ง" not in places(body)
    # details/83381
    body = "นำทีมไทยแลนด์พบหารือกับนาย Zhao Zhuping รองเลขานุการรัฐบาลนครเซี่ยงไฮ้ ถึงประเด็นความร่วมมือทางเศรษฐกิจ การลงทุน"
    assert "รัฐบาลนครเซี่ยงไฮ้" in orgs(body)
    # details/59080
    body = "ซึ่งงบประมาณหลักของสถาบันได้รับการสนับสนุนจากรัฐบาลกรุงโตเกียว ทั้งนี้ ปัจจุบัน TIRI มีผลงาน"
    assert "รัฐบาลกรุงโตเกียว" in orgs(body)


def test_government_named_by_its_party():
    # details/61017
    body = "สิ่งที่สังคมสงสัยคือ กฎกระทรวงนี้ก็มีมาตั้งแต่สมัยรัฐบาลเพื่อไทย และที่พรรคเพื่อไทยอ้างว่ากฎกระทรวงปี 2545"
    assert _english(body)["รัฐบาลเพื่อไทย"] == "Pheu Thai government"
    assert "พรรคเพื่อไทย" in orgs(body)


def test_no_government_of_a_thai_province_or_the_seat():
    assert not any(o.startswith("รัฐบาล") for o in orgs("นโยบายรัฐบาลจังหวัดเชียงใหม่ได้รับประโยชน์"))
    assert "รัฐบาลนครเซี่ยงไฮ้" not in orgs("ณ ทำเนียบรัฐบาลนครเซี่ยงไฮ้ได้ส่งผู้แทน")
