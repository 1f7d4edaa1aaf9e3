"""ประเทศไทย in brackets after a company's name is part of the name (issue 11, session 17):
briefing/thai/place_company_country.py.

Sentences quoted from thaigov-v2 releases outside every bench set and dev (source ids in the comments). What a
reader expects: the rating agency's and the exchange's Thai branches name no place; Thailand written as the
country still is.
"""

from __future__ import annotations

from entity_helpers import places


def test_latin_brand_with_its_thai_branch() -> None:
    # details/60684
    body = "กล่าวว่า ในงานสัมมนาประจำปีของ Fitch Ratings (ประเทศไทย) บริษัทจัดอันดับความน่าเชื่อถือ"
    assert "ประเทศไทย" not in places(body)


def test_public_company_with_its_thai_branch() -> None:
    # details/40225
    body = "จึงร่วมมือกับ บมจ.ตลาดสัญญาซื้อขายล่วงหน้า (ประเทศไทย) หรือ TFEX พัฒนาบริการแลกเงิน"
    assert "ประเทศไทย" not in places(body)


def test_the_country_stays_a_place() -> None:
    # details/40225 (the same release names the country outside a bracket)
    body = "บริการแลกเงินสำหรับนักท่องเที่ยวที่เดินทางมาประเทศไทย และร่วมมือกับ บมจ.ตลาดสัญญาซื้อขายล่วงหน้า (ประเทศไทย)"
    assert places(body).count("ประเทศไทย") == 1
