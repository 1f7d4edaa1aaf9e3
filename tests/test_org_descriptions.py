"""Organisation spans that say what something is or becomes, or what a committee is for, name no body
(org_descriptions; issue 11 session 24 organisation precision).

Each sentence is quoted from a thaigov-v2 release outside the bench sets and the eval dev files (its details id in
the comment).
"""

from __future__ import annotations

from entity_helpers import as_analyzed, orgs

from briefing.thai.org_descriptions import predicate, unnamed_central_bank


def test_what_a_bank_aims_to_become_is_no_body() -> None:
    # details/89235: 'the Government Savings Bank restates its stand as a bank for society'
    body = ("อนึ่ง ธนาคารออมสินย้ำจุดยืนการเป็นธนาคารเพื่อสังคม ผ่านกระบวนการทำธุรกิจอย่างสร้างสรรค์และแบ่งปันคุณค่าร่วม "
            "(Creating Shared Value : CSV)")
    assert "ธนาคารเพื่อสังคม" not in orgs(body)
    assert "ธนาคารออมสิน" in orgs(body)
    # details/93344: 'EXIM BANK ... toward being a sustainable bank'
    body = ("ดร.รักษ์ กล่าวว่า ปี 2568 EXIM BANK มุ่งขับเคลื่อนธุรกิจไทยผ่านความเชี่ยวชาญและพันธมิตรสู่การเป็น"
            "ธนาคารเพื่อความยั่งยืน (Sustainable Bank) โดยจะเร่งขยายฐานลูกค้าผ่านบริการและผลิตภัณฑ์ใหม่ ๆ")
    assert not any(o.startswith("ธนาคารเพื่อ") for o in orgs(body))


def test_a_word_ending_in_kan_before_pen_is_no_predicate() -> None:
    # details/40502: 'a ministerial regulation dividing the units into divisions': ส่วนราช|การ, not การเป็น
    text = "ร่างกฎกระทรวงแบ่งส่วนราชการเป็นกองบังคับการหรือส่วนราชการอย่างอื่นในสำนักงานตำรวจแห่งชาติ พ.ศ."
    i = text.index("กองบังคับการ")
    assert not predicate(text, i, i + len("กองบังคับการ"), False)


def test_a_committee_for_the_matter_of_is_no_name() -> None:
    # details/50907: 'appointing the specific-matter committees'
    body = ("พร้อมกับเห็นชอบประกาศคณะกรรมกาาอาหารแห่งชาติ ที่..../2565 เรื่องแต่งตั้งคณะกรรมการเฉพาะเรื่อง "
            "ซึ่งเป็นการปรับปรุงองค์คณะในคณะกรรมการ 4 คณะ")
    assert not any(o.endswith("เรื่อง") for o in orgs(body))
    # details/48532: 'every province to open a centre receiving requests (call center)'
    body = ("ทั้งนี้ ได้สั่งการให้ทุกจังหวัดเปิดศูนย์รับเรื่อง (call center) เพื่อลงข้อมูลสำหรับผู้ที่ไม่มีข้อมูลในระบบ "
            "MOPH IC หรือแก้ไขข้อมูลที่ไม่ถูกต้อง")
    assert "ศูนย์รับเรื่อง" not in orgs(body)
    assert "call center" not in orgs(body)


def test_a_notice_s_issuer_ends_before_the_title_s_matter() -> None:
    # details/96345: 'under the notice of the Primary Health Committee on the primary health services ...'
    body = ("โดยให้มีการแต่งตั้งคณะทำงานทบทวนรายการและกิจกรรมสำคัญที่บุคคลสามารถได้รับ ตามประกาศคณะกรรมการสุขภาพปฐมภูมิ"
            "เรื่อง บริการสุขภาพปฐมภูมิที่บุคคลมีสิทธิได้รับ พ.ศ. 2563")
    assert "คณะกรรมการสุขภาพปฐมภูมิ" in orgs(body)


def test_each_and_the_said_after_a_head_are_no_name() -> None:
    # details/44373: 'a proposal that each hospital show the number of medical staff vaccinated'
    body = ("ที่ประชุมคณะทำงานด้านบริหารการจัดการวัคซีนไฟเซอร์ มีข้อเสนอให้โรงพยาบาลแต่ละแห่งแสดงจำนวนบุคลากรทางการแพทย์"
            "ที่ได้รับวัคซีนไฟเซอร์ต่อสาธารณชน เพื่อความโปร่งใส")
    assert not any(o.startswith("โรงพยาบาล") for o in orgs(body))
    # details/59475: 'prisons and the said correctional institutions above'
    body = ("กรณีฐานข้อมูลดีเอ็นเอของบุคคลพ้นโทษ พักโทษจากเรือนจำ และทัณฑสถานดังกล่าวข้างต้น รวมทั้งประเด็นการจัดเก็บ"
            "และการตรวจดีเอ็นเอของผู้ต้องขัง")
    assert not any("ดังกล่าว" in e.text for e in as_analyzed(body))


def test_a_kind_of_body_by_its_field_or_a_kind_of_commercial_bank_is_no_body() -> None:
    # details/70918: 'the BOT with private commercial banks, specialised state banks'
    body = ("ขณะนี้ธนาคารแห่งประเทศไทย (ธปท.) ได้ร่วมกับธนาคารพาณิชย์เอกชน ธนาคารเฉพาะกิจของรัฐ "
            "สถาบันการเงินที่ไม่ใช่ธนาคาร(นอนแบงก์)")
    assert "ธนาคารพาณิชย์เอกชน" not in orgs(body)
    assert "ธนาคารแห่งประเทศไทย" in orgs(body)
    # details/46045: 'the state, the private sector, civil society and human-rights organisations'
    body = ("เปิดโอกาสให้ทุกาคส่วนทั้งภาครัฐ ภาคเอกชน ภาคประชาสังคม และองค์กรด้านสิทธิมนุษยชน "
            "เข้ามามีส่วนร่วมพิจารณา")
    assert orgs(body) == []
    # details/53084: 'to study at sports institutes'
    body = "สนับสนุนให้เด็กในสถานรองรับได้มีโอกาสเข้าศึกษาในสถาบันด้านการกีฬาและได้เข้าคัดเลือกเป็นนักกีฬา"
    assert orgs(body) == []


def test_the_bank_as_the_subject_of_a_verb_of_stance_is_no_name() -> None:
    # details/84028: 'Krungthai Bank ... said the bank is aware of the hardship of civil servants'
    body = ("นายกิตติพัฒน์ เพียรธรรม ผู้บริหารสายงานธุรกิจภาครัฐ ธนาคารกรุงไทย เปิดเผยว่า ธนาคารตระหนักถึงความเดือดร้อน"
            "ของข้าราชการ จากปัญหาหนี้สิน")
    assert orgs(body) == ["ธนาคารกรุงไทย"]
    # details/64388: 'the bank stands firm in looking after every group of customers'
    body = "ทั้งนี้ ธนาคารยืนหยัดดูแลช่วยเหลือลูกค้าทุกกลุ่ม โดยเฉพาะกลุ่มที่มีรายได้ไม่สอดคล้องกับค่าครองชีพที่สูงขึ้น"
    assert orgs(body) == []


def test_central_banks_worldwide_or_of_many_countries_are_no_body() -> None:
    # details/85850: 'the cycle of rate cuts by central banks worldwide has begun'
    body = "วัฏจักรการปรับลดดอกเบี้ยของธนาคารกลางทั่วโลกได้เริ่มต้นขึ้นแล้ว โดยตลาดให้ความสำคัญกับ"
    assert orgs(body) == []
    # details/97604: 'the trend of rate cuts by the central banks of many countries'
    body = "● แนวโน้มการลดดอกเบี้ยของธนาคารกลางหลายประเทศ อาจส่งผลให้ราคาพันธบัตรปรับตัวสูงขึ้น"
    assert orgs(body) == []
    # a country after ธนาคารกลาง names one
    assert unnamed_central_bank("ของธนาคารกลางสหรัฐ ที่", 3, 3 + len("ธนาคารกลางสหรัฐ")) is False
