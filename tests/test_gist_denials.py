"""A headline that denies (briefing/summary/denial.py). Headlines quoted verbatim from archive releases outside every
bench set (bench/gists_archive.py draws, seeds 7402, 7502); what a reader expects was written before the change: the
gist never states what the headline says did not happen; the actor gives an assurance or clarifies."""

from __future__ import annotations

from briefing.summary.denial import denied_action, reads_denied
from tests.gist_helpers import release_gist as _gist

# thaigov.go.th/news/contents/details/39141: read 'Prime Minister Prayut Chan-o-cha receives illegal interests; 67
# million people' (he confirms he had no part in illegal kickbacks)
KICKBACKS = ("นายกรัฐมนตรียืนยันไม่มีส่วนเกี่ยวข้อง กับการเรียกรับผลประโยชน์ที่ผิดกฎหมาย ย้ำเข้าใจและเห็นใจประชาชนที่ต้อง"
             "เผชิญปัญหาโควิด-19 พร้อมดูแลผู้มีรายได้น้อย")


def test_the_denied_act_is_not_the_actors() -> None:
    gist = _gist(KICKBACKS)
    assert gist == "Prime Minister gives an assurance" and "receives" not in gist, gist


def test_the_denying_verbs_own_object_is_what_is_denied() -> None:
    # thaigov.go.th/news/contents/details/68075: the Revenue Department confirms there is NO travel tax; the
    # headline alone read 'Revenue confirms taxes'
    gist = _gist("สรรพากร ยืนยันไม่มีการเรียกเก็บภาษีเดินทางไปต่างประเทศ เป็นการสำรวจความเห็นตามกม. เท่านั้น")
    assert gist.endswith("gives an assurance") and "tax" not in gist, gist
    # thaigov.go.th/news/contents/details/54141: 'แจงไม่ได้มุ่งเน้นการเก็บภาษี' (clarifies it is not aiming to tax);
    # with its body it read 'Revenue Department taxes the vendor traders ...'
    gist = _gist("สรรพากรแจงไม่ได้มุ่งเน้นการเก็บภาษีจากโครงการคนละครึ่ง")
    assert gist.endswith("clarifies") and "tax" not in gist, gist


def test_a_verb_before_the_denial_stands_and_an_exhortation_is_no_denial() -> None:
    # thaigov.go.th/news/contents/details/61916: MOPH considers a pay rise, then says it will not hurt public finance
    title = "สธ.พิจารณาปรับปรุงค่าตอบแทนฉบับที่ 5 เพิ่มค่าตอบแทนนอกเวลาราชการทุกวิชาชีพร้อยละ 8  ยันไม่กระทบการเงินการคลัง"
    assert _gist(title).startswith("Ministry of Public Health considers")
    # thaigov.go.th/news/contents/details/40845: 'ย้ำ ไม่ประมาท การ์ดอย่าตก' tells travellers not to be careless
    assert reads_denied("กรมการขนส่งทางบกย้ำ ไม่ประมาท การ์ดอย่าตก", 30) is None
    assert reads_denied("'นายกรัฐมนตรี' ย้ำไม่มีความคิดปลดผู้ว่าแบงค์ชาติ", 30) is not None


def test_the_denying_verb_says_how() -> None:
    clarifies = reads_denied("นายกรัฐมนตรี แจงไม่ห้ามชุมนุม", 20)  # details/34544
    assert clarifies is not None and denied_action(clarifies) == "clarifies"
    # a quoted name between the verb and the negation: 'แจง"อานนท์"ไม่ได้ติดโควิด' (details/41231)
    assert reads_denied('เลขา รมว.ยุติธรรม แจง"อานนท์"ไม่ได้ติดโควิด', 30) is not None


def test_a_denial_with_its_own_subject() -> None:
    # Session 21 (briefing/summary/denial.py, third form; /tmp regex draws like bench/gists_archive.py, seeds 2141-2142):
    # a subject between the confirming verb and 'ไม่'. thaigov.go.th/news/contents/details/49269: read 'Minister Somsak
    # Thepsutin: Ministry of Justice amends penalties' (it cannot)
    gist = _gist("\"สมศักดิ์\" แจงกระทรวงยุติธรรม ไม่เคยมีอำนาจเหนือศาล แก้ไขเปลี่ยนแปลงโทษไม่ได้ ยันทำทุกอย่างตามกรอบกฎหมาย", "")
    assert "amends" not in gist and "clarifies" in gist, gist
    # details/46860: read 'Ministry of Public Health leads the genetics substance in safety body vaccines'
    gist = _gist("สธ.แจงวัคซีน mRNA ไม่มีสารกัมมันตภาพรังสี ส่วนอนุภาคไขมันที่ห่อหุ้มนำสารพันธุกรรมในวัคซีนเข้าร่างกายมีความปลอดภัย", "")
    assert "leads" not in gist and "clarifies" in gist, gist


def test_what_a_denial_with_its_own_subject_leaves_said() -> None:
    # details/45376: the verb before 'ไม่' is the actor's own (it uses the budget to control the outbreak)
    gist = _gist("นายกฯ ยืนยัน ใช้งบคุมการระบาดโควิด-19 อย่างดีที่สุด ไม่มีนำไปใช้ส่วนอื่น", "")
    assert "uses the budget" in gist, gist
    # details/74638: 'เป็นการ...' after the denial says what it is, outright
    gist = _gist("แจง! ตำรวจจีนไม่ได้มาลาดตระเวนในไทย เป็นการแลกเปลี่ยนข้อมูล-ชี้เบาะแส “กลุ่มจีนสีเทา\" ที่แม่นยำมากขึ้น", "")
    assert "exchanges data" in gist, gist
