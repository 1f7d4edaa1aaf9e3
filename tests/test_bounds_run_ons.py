"""Spans run on past where a name ends: a company's short form closed by ฯ (organisations._spaced_companies), a
district's registered name with a clause glued after it (places._registered_run_on).

Each sentence is quoted from a corpus release outside the bench sets (its source in the test's comment); each test
fails without its rule.
"""

from __future__ import annotations

from entity_helpers import orgs, places


def test_a_company_short_form_ends_at_its_mark_of_abbreviation() -> None:
    # details/53255: ฯ stands for the rest of the name; 'any more' is the sentence's, and the next company is its own
    body = ("มีมติเป็นเอกฉันท์ไม่ให้การสนับสนุนทางการเงินเพิ่มเติมแก่บริษัท อาคเนย์ฯ อีกต่อไป ในขณะที่บริษัท ไทยประกันภัย "
            "จำกัด (มหาชน) แจ้งว่า ในการประชุม")
    assert "บริษัท อาคเนย์ฯ" in orgs(body)
    assert "บริษัท ไทยประกันภัย จำกัด (มหาชน)" in orgs(body)


def test_a_company_short_form_before_a_description_ends_at_its_mark() -> None:
    # details/35300: 'supported by the company Huawei, a world leader in technology'
    body = ("แห่งนี้ได้รับการสนับสนุนจากบริษัท หัวเว่ยฯ ผู้นำด้านเทคโนโลยีระดับโลก ที่พร้อมด้วยประสบการณ์และความเชี่ยวชาญ")
    assert "บริษัท หัวเว่ยฯ" in orgs(body)
    assert not any("ผู้นำ" in o for o in orgs(body))


def test_a_company_short_form_before_a_noun_phrase_ends_at_its_mark() -> None:
    # details/70139 (its title): 'names the company Rapeepol a model for mining operators'
    body = "ผู้ตรวจฯ วีระกิตติ์ ลงพื้นที่เพชรบูรณ์ยกบริษัท รพีพลฯ ต้นแบบผู้ประกอบการเหมืองแร่ เดินตามแนวอุตสาหกรรมวิถีใหม่"
    assert "บริษัท รพีพลฯ" in orgs(body)
    assert not any("ต้นแบบ" in o for o in orgs(body))


def test_a_branch_after_a_company_short_form_stays() -> None:
    # corpus sentence shape (บริษัท บอดี้แฟชั่นฯ สาขานครสวรรค์, 4 releases): the branch is the company's
    body = "ลูกจ้างบริษัท บอดี้แฟชั่นฯ สาขานครสวรรค์ ได้รับเงินชดเชยครบถ้วน"
    assert "บริษัท บอดี้แฟชั่นฯ สาขานครสวรรค์" in orgs(body)


def test_a_district_ends_where_the_register_ends_before_a_glued_phrase() -> None:
    # details/98237: 'to visit Thoen district again'
    body = "เป็นโอกาสอันเป็นมงคลยิ่งที่ตนได้มีโอกาสกลับมาเยือนอำเภอเถินอีกครั้ง หลังจากที่ได้มาเยือนเมื่อ 8 ปีก่อน"
    assert "อำเภอเถิน" in places(body)
    assert "อำเภอเถินอีกครั้ง" not in places(body)


def test_a_district_ends_before_a_glued_verb() -> None:
    # details/78737 (its headline): 'Mae Chai district follows the agro-forestry way'
    body = "อำเภอแม่ใจน้อมนำแนวทางอารยเกษตรสู่วิถียั่งยืน Kick-off โครงการ"
    assert "อำเภอแม่ใจ" in places(body)
    assert not any("น้อมนำ" in p for p in places(body))


def test_districts_glued_in_a_list_are_cut_apart() -> None:
    # details/71235: a list written without spaces after the capital district
    body = "จังหวัดนครพนม (อำเภอเมืองนครพนมท่าอุเทน ศรีสงคราม บ้านแพง นาทม และโพนสวรรค์)"
    assert "อำเภอเมืองนครพนม" in places(body)


def test_a_subdistrict_the_register_lacks_whole_stays_whole() -> None:
    # a subdistrict whose longer name the register misses (ตำบลบางสะพานน้อย): no verb or stop word follows
    body = "ลงพื้นที่ตรวจเยี่ยมราษฎร ณ ตำบลบางสะพานน้อย อำเภอบางสะพานน้อย จังหวัดประจวบคีรีขันธ์"
    assert "ตำบลบางสะพานน้อย" in places(body)
