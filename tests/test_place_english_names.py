"""English forms of places a reader should not see romanised (session 20): main roads (briefing/thai/roads.py,
briefing/data/roads.toml), bare areas of the register, temples' royal ranks. Sentences quoted verbatim from
thaigov-v2 corpus releases."""

from __future__ import annotations

from tests.entity_helpers import place_english


def test_a_main_road_has_its_english_name() -> None:
    # details/94263: it was 'Wiphawadirangsit Road'
    body = "ทางหลวงในทางหลวงแผ่นดินหมายเลข 31 ถนนวิภาวดีรังสิต ตอน ดินแดง - ดอนเมือง ฉบับที่"
    assert place_english(body).get("ถนนวิภาวดีรังสิต") == "Vibhavadi Rangsit Road"
    # details/79878: it was 'Phraram 2 Road'
    body = ") มอบให้กรมทางหลวงบริหารจัดการการจราจรบนถนนพระราม 2 โดยเฉพาะจุดที่เป็นคอขวด หรือจุ"
    assert place_english(body).get("ถนนพระราม 2") == "Rama II Road"


def test_the_table_reads_a_number_after_a_known_name() -> None:
    from briefing.thai import roads

    assert roads.english("ถนนกำแพงเพชร 6") == "Kamphaeng Phet 6 Road"
    assert roads.english("ถนนพระรามที่ 4") == "Rama IV Road"
    assert roads.english("ถนนเลียบคลองสาม") is None  # not in the table: romanised as before


def test_a_bare_registered_area_has_the_registers_english() -> None:
    # details/94263: the ends of a road's section, bare Bangkok districts, were 'Dindaeng' and 'Donmueang'
    body = "ทางหลวงในทางหลวงแผ่นดินหมายเลข 31 ถนนวิภาวดีรังสิต ตอน ดินแดง - ดอนเมือง ฉบับที่"
    found = place_english(body)
    assert found.get("ดินแดง") == "Din Daeng" and found.get("ดอนเมือง") == "Don Mueang"


def test_a_temples_royal_rank_has_its_own_english() -> None:
    # details/90027: the rank was romanised with the name, 'Wat Phrathat Choeng Chum Wonwihan'
    body = "ักนายกรัฐมนตรี ประจำปี 2567 ณ วัดพระธาตุเชิงชุมวรวิหาร ยอดเงินถวายผ้าพระกฐ"
    assert (place_english(body).get("วัดพระธาตุเชิงชุมวรวิหาร") or "").endswith(" Worawihan")
    from briefing.thai import place_temple_ranks

    assert place_temple_ranks.english("วัดโสธรวราราม วรวิหาร", lambda s: "Sothon Wararam") == "Wat Sothon Wararam Worawihan"
    assert place_temple_ranks.english("วัดศรีโสดา", lambda s: s) is None  # no rank: romanised whole as before


def test_a_venue_named_only_by_its_kind_is_translated() -> None:
    # random 2023-2025 releases (session 20): 'Anekprasong Building', a romanisation of 'multipurpose'
    assert place_english("ณ อาคารอเนกประสงค์ ชั้น 1 ได้จัด").get("อาคารอเนกประสงค์") == "Multipurpose Building"
