"""Latin names listed as examples after a Thai word for bodies (thai/org_latin_examples.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule only the names a list
knew were organisations (Google, Pfizer); the others have no head word and are on no list.
"""

from __future__ import annotations

from briefing.thai import org_latin_examples


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_latin_examples.find(text)]


def test_companies_after_their_kind() -> None:
    # details/72888: financial institutions, no head word among them
    assert _names("และการหารือกับสถาบันการเงินเช่น BlackRock, Citi, Goldman Sachs และ JPMorgan ล้วนสนใจลงทุน") == [
        "BlackRock", "Citi", "Goldman Sachs", "JPMorgan"]
    # details/96886: private partners, the last one after และ
    assert _names("และพันธมิตรภาคเอกชนชั้นนำ เช่น Mars, Olam Agri, PepsiCo และ Ebro Foods เพื่อสนับสนุนเกษตรกร") == [
        "Mars", "Olam Agri", "PepsiCo", "Ebro Foods"]
    # details/44791: a digit-led name
    assert "3M" in _names("มีผู้แทนบริษัทชั้นนำจากสหรัฐฯ เข้าร่วม ได้แก่ Pfizer, MSD, 3M, Expedia, Abbott และ Chevron โดยสรุป")


def test_standards_data_and_streets_are_left() -> None:
    # details/53806: standards certified by institutions, not the institutions
    assert _names("ซึ่งได้รับการรับรองมาตรฐาน ในหลายสถาบันระดับโลก อาทิเช่น USDA Organic, EU Organic, HALAL, GMP, HACCP นอกจากนี้") == []
    # details/58386: data kinds of an organisation
    assert _names("ทั้งภายในและภายนอกองค์กร เช่น Internal Data, External Data, Partner Data, Customer Data ซึ่ง") == []
    # details/85650: streets named after universities
    assert _names("การตั้งชื่อถนนในมหาวิทยาลัยที่มีชื่อถนนอาทิ Cornell , Harvard  , Yale เป็นต้น") == []
