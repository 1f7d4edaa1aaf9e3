"""People, round five of issue 11 (session 6): a name after a number ending the line above or after a
numbered post, a position held in an acting capacity (รักษาราชการแทน), Latin names with accented letters,
a glossed foreign name with a hyphen in Thai script, and two false names (an age after เด็กหญิง, a verb
after a short form). Sentences are quoted verbatim from thaigov-v2 corpus releases (none from the eval dev
files or the held-out sets; the thaigov.go.th details id is in each comment).
"""

from __future__ import annotations

from entity_helpers import as_analyzed as _entities
from entity_helpers import people_canonical as _people


def test_a_number_ending_the_line_above_is_no_count_of_officers() -> None:
    # details/39374: '... in instalments 5 - 6' ends a line; the next opens with a man's name
    body = ("เพื่อจ่ายชดเชยแก่เกษตรกรชาวสวนยางในงวดที่ 5 – 6\n"
            "นายประยูร อินสกุล รองปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังการประชุม")
    assert _people(body) == ["ประยูร อินสกุล"]


def test_a_name_with_a_position_after_a_numbered_post() -> None:
    # details/49078: 'director of section 3' then the next official in the list
    body = ("นางสาวปัทมาภรณ์ แจ่มผล ผู้อำนวยการส่วน 3 นายภาณุ ลิ้มวงศ์ยุติ ผู้อำนวยการส่วนควบคุมทางศุลกากร "
            "เปิดเผยว่าทางสำนักงาน")
    assert "ภาณุ ลิ้มวงศ์ยุติ" in _people(body)
    # details/69002: a village head of village no. 1, then the next, his title spaced from his name
    body = "นายศักดิ์พันธ์ ทับไกร ผู้ใหญ่บ้าน หมู่ที่ 1 นาย เอกพันธ์ ชาวบ้านเกาะ ผู้ใหญ่บ้าน หมู่ที่ 2 แพทย์ประจำตำบล"
    assert _people(body) == ["ศักดิ์พันธ์ ทับไกร", "เอกพันธ์ ชาวบ้านเกาะ"]


def test_an_acting_position_vouches_for_the_name_before_it() -> None:
    # details/38797
    body = ("กระทรวงสาธารณสุข  จ.นนทบุรี นายแพทย์เฉวตสรร นามวาท "
            "รักษาราชการแทนผู้อำนวยการกองควบคุมโรคและภัยสุขภาพในภาวะฉุกเฉิน")
    assert _people(body) == ["เฉวตสรร นามวาท"]


def test_latin_names_with_accented_letters_are_whole() -> None:
    # details/83092, details/70815
    body = "นายกรัฐมนตรียังได้พบปะกับ นาย Arsène Wenger หัวหน้าฝ่ายพัฒนาฟุตบอล FIFA ซึ่งได้แลกเปลี่ยน"
    assert _people(body) == ["Arsène Wenger"]
    body = "สำหรับพิธีเปิดการประชุมในครั้งนี้ มีนาย António Guterres เลขาธิการสหประชาชาติ เป็นประธานเปิดการประชุม"
    assert _people(body) == ["António Guterres"]


def test_a_glossed_foreign_name_with_a_hyphen_is_one_person_in_thai() -> None:
    # details/91300: the Thai-script name (with a hyphen) glossed with the Latin one, listed once
    body = ("โดยมี นางดานีเอลา-บรึนดูชา เบอเซอวัน (H.E. Mrs. Daniela-Brînduşa Băzăvan) "
            "เอกอัครราชทูตโรมาเนียประจำประเทศไทย เป็นประธานในงาน")
    assert set(_people(body)) == {"ดานีเอลา-บรึนดูชา เบอเซอวัน"}


def test_an_age_after_girl_is_no_name() -> None:
    # details/38797: 'a girl aged 4 months'
    assert _people("ส่วน จ.ราชบุรี พบติดเชื้อ 1 ราย  เป็นเด็กหญิงอายุ 4 เดือน และขอนแก่น 1 ราย") == []


def test_a_short_form_then_a_verb_is_no_family_name() -> None:
    # details/77826: the full name first, then 'in which Dr Pakpilai is expert'
    body = ("เข้าเยี่ยมคารวะ แพทย์หญิง พักตร์พิไล ทวีสิน ภริยานายกรัฐมนตรี\n"
            "ต้องการดำเนินงานร่วมกับ พญ. พักตร์พิไล ในสาขาอื่น ๆ เพิ่มเติม ที่ พญ. พักตร์พิไล เชี่ยวชาญด้วย\n")
    assert set(_people(body)) == {"พักตร์พิไล ทวีสิน"}


def test_a_glossed_foreign_name_keeps_all_its_thai_parts() -> None:
    # details/85966: four parts in Thai script before the bracketed Latin name; one person
    body = ("ร่วมงานวันชาติของสาธารณรัฐอาหรับอียิปต์ โดยมี นางฮาละฮ์ ยูซุฟ อะห์หมัด เราะญับ (Mrs. Hala Youssef Ahmed Ragab) "
            "เอกอัครราชทูตสาธารณรัฐอาหรับอียิปต์ประจำประเทศไทย ให้การต้อนรับ")
    assert set(_people(body)) == {"ฮาละฮ์ ยูซุฟ อะห์หมัด เราะญับ"}


def test_latin_names_end_before_a_post_and_run_through_a_patronymic() -> None:
    # details/75109: the post in English follows the name; details/95701: an Omani name of descent
    body = "หลุดพ้นจากวงจรความยากจน\nMr. Renaud Meyer Resident Representative UNDP Thailand กล่าวว่า มิติที่สำคัญ"
    assert _people(body) == ["Renaud Meyer"]
    body = "ต้อนรับคณะ H.E. Dr. Mohammed Bin Nasser Bin Ali Al-Za’Abi ปลัดกระทรวงกลาโหมรัฐสุลต่านโอมาน และ"
    assert _people(body) == ["Mohammed Bin Nasser Bin Ali Al-Za’Abi"]


def test_a_name_in_the_english_part_of_a_bilingual_release_is_the_thai_person() -> None:
    # details/96211: the English part names in Latin letters the man the Thai part names in Thai script
    body = ("นายบัณฑิต สะเพียรชัย กรรมการ และรักษาการกรรมการผู้จัดการ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย "
            "(EXIM BANK) เปิดเผยว่า\n"
            "Mr. Bundit Sapianchai, Director and Acting President of Export-Import Bank of Thailand (EXIM Thailand), "
            "revealed that EXIM Thailand has reduced its Prime Rate")
    people = [e for e in _entities(body) if e.type == "person"]
    assert {e.canonical for e in people} == {"บัณฑิต สะเพียรชัย"}
    assert {e.english for e in people} == {"Bundit Sapianchai"}  # the release's own spelling


def test_words_that_hold_a_title_are_no_names() -> None:
    # details/55431 (quality, though มั่นคง is a family name), 61638 (Ao Nang, a subdistrict, then a hotel),
    # 53328 (an expert-grade pharmacist), 99271 (acting for the Prime Minister, though มอบหมาย is a family name),
    # 35265 (the PM praises village health volunteers)
    assert _people("ให้สามารถดำรงชีวิตได้อย่างมีคุณภาพ มั่นคง และยั่งยืน ตามเจตนารมณ์ของสหประชาชาติ") == []
    assert _people("ด้านการบริการสุขภาพของโรงแรมอ่าวนาง ปริ้นซ์วิลล์ จ.กระบี่ เพื่อเป็นโมเดลต้นแบบ") == []
    assert _people("ผู้เชี่ยวชาญทางด้านโลหิตวิทยา และเภสัชกรเชี่ยวชาญ โดยดำเนินการปรับปรุงหลักเกณฑ์") == []
    body = ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย รักษาราชการแทน นายกรัฐมนตรี มอบหมาย "
            "ดร.ธิติวัฐ อดิศรพันธ์กุล รองเลขาธิการนายกรัฐมนตรี")
    assert _people(body) == ["ธิติวัฐ อดิศรพันธ์กุล"]
    assert _people("นายกรัฐมนตรี ชื่นชม อสม. ทำงานโควิด จัดค่าเยียวยา 7 เดือน") == []


def test_the_president_of_a_body_after_a_name_is_a_position() -> None:
    # details/77352: the family name begins like a venue (ปราสาท), the post นายกสมาคม... vouches for it
    body = ("อดีตอธิบดีกรมการบินพลเรือน นายพุทธิพงศ์ ปราสาททองโอสถ นายกสมาคมสายการบินแห่งประเทศไทย "
            "ตัวแทนผู้ประกอบการ")
    assert _people(body) == ["พุทธิพงศ์ ปราสาททองโอสถ"]


def test_a_name_in_three_short_syllables_before_a_post_is_whole() -> None:
    # details/56104 (a Korean minister), 66824 (the ASEAN Secretary-General); details/54253: 'former' is no syllable
    body = ("อธิบดีกรมการจัดหางาน เข้าเยี่ยมคารวะ นายลี จอง ชิก รัฐมนตรีว่าการกระทรวงแรงงานและการจ้างงาน"
            "แห่งสาธารณรัฐเกาหลี")
    assert _people(body) == ["ลี จอง ชิก"]
    body = "ครั้งที่ 2 โดยมีนายเกา กิม ฮอน เลขาธิการอาเซียน นายดนุชา พิชยนันท์ เลขาธิการสภาพัฒนาการเศรษฐกิจ"
    assert _people(body) == ["เกา กิม ฮอน", "ดนุชา พิชยนันท์"]
    body = "อดีต รมว.ศึกษาธิการ ศ.นพ.อุดม คชิยทร อดีต รมช.ศึกษาธิการ เข้าร่วม"
    assert _people(body) == ["อุดม คชิยทร"]


def test_na_and_a_word_then_a_post_is_a_family_name() -> None:
    # details/90532: ณ ศรีโต names no area, the post after it vouches for the family name
    body = "ประธานบริหาร บจก. คริกเก็ต เทสต์ นายสบโชค ณ ศรีโต ผู้อำนวยการเขตราชเทวี"
    assert _people(body) == ["สบโชค ณ ศรีโต"]
