"""Organisation spans checked once every rule has added its mentions (briefing/thai/org_classes.py): a hospital or a
school named by its class, an office named by its role, an English sentence's opening The; and the crown-prince
hospitals named by their district (org_bounds.family_member_end, org_classes.member_end). Sentences quoted from corpus
releases (the source in each comment)."""

from __future__ import annotations

from briefing.thai import org_classes
from tests.entity_helpers import orgs, places


def test_crown_prince_hospital_with_its_district_glued():
    # details/93147: the name stopped at the family's (โรงพยาบาลสมเด็จพระยุพราช|ท่าบ่อ)
    body = ("องคมนตรี ตรวจเยี่ยมการดำเนินงานของโรงพยาบาลสมเด็จพระยุพราชท่าบ่อ จังหวัดหนองคาย จัดโครงการ "
            "“ชะลอชรา ชีวายืนยาว” ส่งเสริมผู้สูงอายุมีความรู้ในการดูแลสุขภาพ")
    found = orgs(body)
    assert "โรงพยาบาลสมเด็จพระยุพราชท่าบ่อ" in found
    assert "โรงพยาบาลสมเด็จพระยุพราช" not in found


def test_crown_prince_hospital_with_its_district_after_a_space():
    text = "ได้แก่ โรงพยาบาลเฉลิมพระเกียรติ โรงพยาบาลสมเด็จพระยุพราช ปัว จังหวัดน่าน โรงพยาบาลแม่สาย"
    start = text.index("โรงพยาบาลสมเด็จ")
    end = start + len("โรงพยาบาลสมเด็จพระยุพราช")
    assert org_classes.member_end(text, start, end) == end + len(" ปัว")
    text = "โรงพยาบาลสมเด็จพระยุพราช และชุมชนโดยรอบ"  # no district after the space
    assert org_classes.member_end(text, 0, len("โรงพยาบาลสมเด็จพระยุพราช")) == len("โรงพยาบาลสมเด็จพระยุพราช")


def test_crown_prince_hospitals_as_a_class():
    # details/49307
    body = ("นำเงินรายได้พัฒนาระบบบริการสุขภาพและจัดหาเครื่องมือแพทย์ สนับสนุนโรงพยาบาลสมเด็จพระยุพราช 21 แห่งทั่วประเทศ")
    assert orgs(body) == []
    # details/82806
    body = ("โครงการที่ 6 โครงการยกระดับโรงพยาบาลสมเด็จพระยุพราช โรงพยาบาลชุมชนเฉลิมพระเกียรติ โรงพยาบาลชัยพัฒน์ "
            "และหน่วยบริการปฐมภูมิ 72 แห่ง")
    assert orgs(body) == []


def test_bare_crown_prince_hospital_without_a_class_word_is_kept():
    # the one hospital of the district the sentence is about
    text = "ให้บริการประชาชน โรงพยาบาลสมเด็จพระยุพราช และชุมชนโดยรอบได้อย่างเพียงพอ"
    start = text.index("โรงพยาบาล")
    assert not org_classes.class_named(text, start, start + len("โรงพยาบาลสมเด็จพระยุพราช"))


def test_army_and_psychiatric_hospitals_as_classes():
    # details/79123
    body = ("นายกฯ ตรวจเยี่ยมโรงพยาบาลค่ายประจักษ์ศิลปาคม จ.อุดรธานี เตรียมพิจารณาแก้ปัญหาอย่างเป็นรูปธรรม "
            "พัฒนาเป็นโมเดลโรงพยาบาลทหาร ขยายผลเพื่อประโยชน์ของประชาชน")
    found = orgs(body) + places(body)
    assert "โรงพยาบาลทหาร" not in found
    assert "โรงพยาบาลค่ายประจักษ์ศิลปาคม" in found
    # details/82587
    body = "เป็นศูนย์ฟื้นฟูสมรรถภาพผู้เสพที่ผ่านการบำบัดจากโรงพยาบาลจิตเวช มาอยู่ที่กองร้อย อส. เพื่อฟื้นฟู"
    assert "โรงพยาบาลจิตเวช" not in orgs(body)


def test_secretariat_office_is_a_role():
    # details/60098
    body = ("คณะรัฐมนตรีรับทราบตามที่สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) ในฐานะสำนักงานเลขานุการของ"
            "คณะกรรมการยุทธศาสตร์ชาติและคณะกรรมการปฏิรูปประเทศเสนอความก้าวหน้าของยุทธศาสตร์ชาติ")
    found = orgs(body)
    assert "สำนักงานเลขานุการ" not in found
    assert "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ" in found


def test_sentence_article_before_an_english_name():
    # details/69157
    text = "Section 85(4): The Election Commission shall announce the results of the election"
    start = text.index("The ")
    end = text.index(" shall")
    assert text[org_classes.article_start(text, start, end):end] == "Election Commission"
    # details/59556: the bank named before; no name is left
    text = "are their resilience and adaptability.\xa0 The Bank is fully equipped to perform its duties"
    start = text.index("The ")
    assert org_classes.article_start(text, start, start + len("The Bank")) == -1
    # details/82114: inside a sentence the article is the name's own
    text = "มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าธนบุรี\nจาก The Energy Educational Institute (N.I.E.C.I) สาธารณรัฐ"
    start = text.index("The ")
    end = text.index(" (N.I")
    assert org_classes.article_start(text, start, end) == start


def test_international_body_with_its_thai_office():
    # details/62141 (briefing/thai/org_country_offices.py): the country after the body is its office, not a place
    body = "พม. หารือยูนิเซฟ ประเทศไทย พร้อมเครือข่าย หนุนสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กและเยาวชน"
    found = orgs(body)
    assert "ยูนิเซฟ ประเทศไทย" in found
    assert "ประเทศไทย" not in places(body)


def test_thailand_as_the_next_clause_subject_is_no_office():
    # details/57187
    body = ("ประกาศให้เป็นภาวะฉุกเฉินทางสาธารณสุขระหว่างประเทศ เมื่อวันที่ 23 ก.ค. ที่ผ่านมา และก่อนหน้าการประกาศของ WHO "
            "ประเทศไทยก็พบผู้ป่วยยืนยันเป็นรายแรกเป็นชาวไนจีเรีย")
    assert "WHO ประเทศไทย" not in orgs(body)


def test_company_with_its_thai_subsidiary_bracket():
    # details/47466 (org_country_offices.subsidiary_end): the bracket is part of the company's name, no place
    body = ("นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้ นายชกคิ โมะริคาซุ ประธานคณะกรรมการบริษัท "
            "มิตซูบิชิ มอเตอร์ส (ประเทศไทย) นำคณะผู้บริหารระดับสูง และผู้แทนผู้ผลิตชิ้นส่วน")
    assert "บริษัท มิตซูบิชิ มอเตอร์ส (ประเทศไทย)" in orgs(body)


def test_subsidiary_bracket_after_the_legal_form_keeps_the_short_name():
    # details/37703: บริษัท ลาซาด้า จำกัด (ประเทศไทย), then ลาซาด้า alone
    body = ("นางสาวภารดี สินธวณรงค์ ประธานเจ้าหน้าที่บริหารฝ่ายการตลาด บริษัท ลาซาด้า จำกัด (ประเทศไทย) กล่าวว่า "
            "ลาซาด้ายินดีเป็นอย่างยิ่ง ที่ได้เป็นสื่อกลางเชื่อมต่อผลิตภัณฑ์ ผ่านแพลตฟอร์มลาซาด้าที่มีผู้ใช้งานหลายล้านคน")
    found = orgs(body)
    assert "บริษัท ลาซาด้า จำกัด (ประเทศไทย)" in found
    assert "ลาซาด้า" in found
