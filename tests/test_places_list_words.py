"""A bare country or province glued to a list word (ตั้งแต่, หรือ, ทั้ง) is the place, as the list's other items are."""

from __future__ import annotations

from briefing.thai.entities import find_entities


def places(text: str) -> list[str]:
    entities, _ = find_entities("", text)
    return [e.text for e in entities if e.type == "place"]


def test_the_first_or_last_item_of_a_list_glued_to_its_list_word() -> None:
    # details/94340: a train 'from Singapore, Malaysia, to Thailand and on to Laos, China or Vietnam'
    assert places("รถไฟที่อาจวิ่งตั้งแต่สิงคโปร์ มาเลเซีย มาจนถึงไทยผ่านไปยังลาว จีน หรือเวียดนามได้") == [
        "สิงคโปร์", "มาเลเซีย", "ไทย", "ลาว", "จีน", "เวียดนาม"]
    # details/98866: floods 'in many areas, both Chiang Rai, Phayao, Phrae'
    assert places("เกษตรกรผู้ประสบภัยน้ำท่วมในหลายพื้นที่ทั้งเชียงราย พะเยา แพร่ ซึ่ง") == ["เชียงราย", "พะเยา", "แพร่"]
    # corpus (details/73021): 'competitors, Indonesia or Vietnam'
    assert "เวียดนาม" in places("ประเทศที่แข่งขันกับเรา อินโดนีเซียหรือเวียดนาม เขาออกไปข้างนอกเยอะมาก")


def test_thai_after_both_stays_an_adjective() -> None:
    # details/62966: 'tourists, both Thai and foreign': ไทย qualifies the tourists (CONVENTIONS C8)
    assert "ไทย" not in places("ทำให้มีนักท่องเที่ยวทั้งไทยและต่างประเทศนิยมเดินทางขึ้นภาคเหนือ")
    # a word that is a province's name but here a verb stays out: 'or spreads'
    assert places("อาจติดเชื้อหรือแพร่เชื้อได้") == []
