"""Latin-letter organisations named by the Thai word for their kind just before them (thai/org_latin_kinds.py).

Each sentence is quoted from a corpus release (its source in the comment). Before the rule none of these Latin names
was an organisation: they have no head word (Bank, Group, Ministry) and are on no list.
"""

from __future__ import annotations

from entity_helpers import orgs as _orgs

from briefing.thai import org_latin_kinds


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in org_latin_kinds.find(text)]


def test_media_named_by_kind() -> None:
    # details/59544: a news agency with its country after it; the sentence gave no organisation
    assert "Bernama" in _orgs("สาธารณรัฐประชาชนจีน และตัวแทนสื่อจากสำนักข่าว Bernama มาเลเซีย ลงพื้นที่จังหวัดชายแดนภาคใต้")
    # details/37268: the magazine, not the prize's English before it
    assert _names("Bank of the Year 2020 in Thailand จากนิตยสาร The Banker เป็นครั้งที่ 3") == ["The Banker"]
    # details/79264: 'of' between two capitalised words
    assert _names("ล่าสุดเป็นที่น่ายินดีที่หนังสือพิมพ์ Times of India สื่อเจ้าใหญ่ของอินเดียเผยแพร่") == ["Times of India"]


def test_websites_and_platforms_that_act() -> None:
    # details/56853
    assert "Numbeo" in _orgs("โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า เว็บไซต์ Numbeo ที่มีฐานข้อมูลด้านค่าครองชีพ")
    # details/58059
    assert _names("50 Best Soups ซุปที่ดีที่สุดของเว็บไซต์ TasteAtlas เว็บไซต์รวบรวมสูตรอาหาร") == ["TasteAtlas"]
    # details/62780: a platform with its trade between (จองที่พักยอดนิยม), the source of an award
    assert _names("ได้รับรีวิวมากที่สุด จากแพลตฟอร์มจองที่พักยอดนิยม Agoda โดยประเทศไทยได้รับรางวัลนี้") == ["Agoda"]


def test_group_named_by_kind() -> None:
    # details/54900
    assert "SCGP" in _orgs("บริษัท ไทยคอนเทนเนอร์ จำกัด โรงงานนวนคร จ.ปทุมธานี ของเครือ SCGP ซึ่งเป็นบริษัทผู้นำแพคเกจจิ้ง")


def test_channels_products_and_systems_are_not_bodies() -> None:
    # details/41007: a department's own platform
    assert _names("โดยจะพัฒนาต่อยอดจากแพลตฟอร์ม Thaitrade.com ของกรมส่งเสริมการค้าระหว่างประเทศ") == []
    # details/60873: a platform the government developed (all capitals: a system's acronym)
    assert _names("สำนักงาน ก.พ.ร.) ได้พัฒนาต้นแบบของแพลตฟอร์ม NDTP เสร็จเรียบร้อยแล้ว") == []
    # details/45558: the words after แพลตฟอร์ม are a clause, what the platform is made of
    assert _names("โดยแพลตฟอร์มต้องประกอบด้วย Energy Storage System, Charging Module") == []
    # a channel: ผ่านเว็บไซต์, and a generic word after the kind
    assert _names("สามารถลงทะเบียนผ่านเว็บไซต์ Booking ได้") == []
    assert _names("โดยเว็บไซต์ URLs ดังนี้") == []


def test_website_listed_among_channels_is_no_body() -> None:
    # details/64863 ('both the website D-Ticket and the D-Ticket app', the railway's sales channels), the name written
    # without its hyphen so that only ทั้ง decides
    assert _names("เพิ่มช่องทางการจำหน่ายตั๋วผ่านช่องทางออนไลน์แก่ผู้โดยสาร ทั้งเว็บไซต์ Dticket และแอปพลิเคชั่น") == []
