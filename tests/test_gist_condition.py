"""A headline with a condition (briefing/summary/condition.py): what happens only 'if' (หาก, ถ้า) is never stated as
done, and an act after 'พร้อม' that a condition governs is readiness. Headlines and body openings quoted verbatim from
archive releases outside every bench set (bench/gists_archive.py seeds 2021 and 2024). What a reader expects, written
before the change: the minister is ready to have the site closed if the police find an offence (not 'closes the
website'); the Ministry of Industry asks the public to be its eyes and ears (the public does not 'help the illegal
factories'); the Student Loan Fund clarifies a case (it does not 'borrow'); a later clause after 'พร้อม' is said
outright; a condition word inside a longer word (ปัญหาการ, แสวงหากำไร) is none."""

from __future__ import annotations

from briefing.summary.condition import condition_start
from tests.gist_helpers import release_gist as _gist


def test_a_conditional_act_is_readiness() -> None:
    # thaigov.go.th/news/contents/details/52968: read '... closes the sky website'
    gist = _gist("“ชัยวุฒิ”พร้อมสั่งปิดเว็บมังกรฟ้า หาก ตร. พบความผิด เข้าข่ายหลอกลวง ขายเกินจริง ขู่ โทษคุก 5 ปี",
                 "นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าวถึงกรณี  เจ้าหน้าที่บุกตรวจค้น"
                 "บริษัทมังกรฟ้า ล็อตเตอรี่ จำกัด\n")
    assert "is ready to close" in gist and "closes" not in gist, gist
    # thaigov.go.th/news/contents/details/59229: 'พร้อม' opens the predicate, the ministry is ready
    gist = _gist("กระทรวงมหาดไทย พร้อมดำเนินการตามข้อสั่งการฯ พลเอก ประวิตรฯ ย้ำ หากพื้นที่ไหนยังไม่ได้รับความช่วยเหลือโทร"
                 "สายด่วน 1784",
                 "เมื่อวันที่่ 13 ก.ย. 65 เวลา 21.00 น. นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เปิดเผยถึง กรณี พลเอก ประวิตร "
                 "วงษ์สุวรรณ รองนายกรัฐมนตรี\n")
    assert "is ready to carry out" in gist, gist


def test_after_another_verb_phrom_joins_a_second_act() -> None:
    # thaigov.go.th/news/contents/details/53051: 'ระบุ ... พร้อมแนะ' (and advises), a condition far after it
    gist = _gist("กระทรวงมหาดไทย ระบุ “ช้างพลายเอกชัย” ยังไม่ผ่านการตรวจสอบจากผู้ชำนาญคชลักษณ์ พร้อมแนะผู้ครอบครองช้างต้อง"
                 "ไม่ให้ข่าวที่อาจทำให้เกิดความเข้าใจผิดของสาธารณชน ทั้งนี้ หากมีการเคลื่อนย้ายช้าง ต้องขออนุญาต", "")
    assert "ready" not in gist, gist


def test_a_verb_inside_the_condition_is_not_the_actors() -> None:
    # thaigov.go.th/news/contents/details/94117: read 'The public helps the illegal factories through "Chaeng-ut" app'
    gist = _gist("อุตฯ ย้ำประชาชนช่วยเป็นหูเป็นตา หากพบโรงงานเถื่อนแจ้งผ่านแอปฯ “แจ้งอุต”ขณะที่ ภารกิจ! ขนย้ายตะกรันอะลูมิเนียม"
                 "ดอส (กากของเสียอันตราย) ก.อุตฯ จบเร็วแค่ 46 วัน",
                 "วันนี้ (7 มีนาคม2568) นางสาวศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า กระทรวงอุตสาหกรรม"
                 "รายงานผลการขนย้ายตะกรันอะลูมิเนียม\n")
    assert "factories" not in gist and "helps" not in gist, gist
    # thaigov.go.th/news/contents/details/76177: read 'Student Loan Fund borrows SLF' (a mother's 'if the loan fails')
    gist = _gist("กยศ. ชี้แจงกรณีคุณแม่เดือดร้อนลูกสาวเป็นลมชัก ถ้ากู้ กยศ.ไม่ผ่านจะลาออกยืนยันรายนี้เรียนชั้นปีที่ 3 "
                 "ได้กู้ต่อเนื่องตั้งแต่ชั้นปีที่ 1 มาโดยตลอด", "")
    assert "borrows" not in gist and "explains" in gist, gist
    # thaigov.go.th/news/contents/details/78637: read '... and eliminates assistance from state' (whoever burns loses it)
    gist = _gist("นายกฯ ยืนยันรัฐบาลให้ความสำคัญปัญหา PM2.5 ใช้มาตรการ Negative incentive กำจัดการเผาทำลาย หากใครเผาจะถูก"
                 "ตัดสิทธิ์การได้รับความช่วยเหลือจากรัฐ ย้ำบังคับใช้กฎหมายอย่างจริงจังกับผู้ทำผิดกฎหมาย", "")
    assert "assistance" not in gist, gist


def test_a_later_clause_after_phrom_is_said_outright() -> None:
    # thaigov.go.th/news/contents/details/63333: it improves the law whatever happens
    gist = _gist("\"ทิพานัน\" ย้ำข่าวดีปีใหม่คนผ่อนรถ ได้เพดานดอกเบี้ยเป็นธรรม และ 'ส่วนลดดอกเบี้ย'หากปิดบัญชีแบบขั้นบันได "
                 "พร้อมปรับปรุงกฎหมายหุ้นส่วน-บริษัท ให้ทันสมัย", "")
    assert "improves partnership law" in gist, gist


def test_a_condition_word_is_a_word_of_its_own() -> None:
    assert condition_start("กรมธนารักษ์จับมือกรมชลประทานแก้ไขปัญหาการบุกรุกที่ราชพัสดุ") is None
    assert condition_start("พร้อมจำหน่ายให้นิติบุคคลไม่แสวงหากำไร") is None
    assert condition_start("สั่งเร่งค้นหากำลังพล ร.ล.สุโขทัย") is None
    assert condition_start("รณรงค์ “ถ้าไม่ทิ้ง ก็ไม่ท่วม”") is None  # a quoted slogan
    assert condition_start("สธ. แนะประชาชนหากฉีดวัคซีนแล้ว") == len("สธ. แนะประชาชน")
