"""Who acted and where (session 15, from archive gists read by kind): a province or its governor ('พ่อเมือง...')
opening the headline acts, not the issuing body; a foreign country that says whose a post, a border or a market is
('เอกอัครราชทูตจีน', 'ชายแดนไทยและกัมพูชา') is not where it happened. Headlines (and a line of body where the holder
matters) quoted verbatim from archive releases outside every bench set."""

from __future__ import annotations

from tests.gist_helpers import release_gist as _gist

# thaigov.go.th/news/contents/details/88264: read 'Ministry of Interior follows up on the performance ...' (the
# words before the verb 'ติดตาม' were no subject the gist could read, so the issuer acted)
NAKHON_PHANOM = ("พ่อเมืองนครพนม ลงพื้นที่ อ.วังยาง ติดตามผลการดำเนินงานตามนโยบายของรัฐบาลและกระทรวงมหาดไทย "
                 "มุ่งเน้นการพัฒนาคุณภาพชีวิตในทุกมิติ")
# thaigov.go.th/news/contents/details/65747: 'แม่กลอง' is Samut Songkhram's old name; read 'Drum mother governor'
MAE_KLONG = "พ่อเมืองแม่กลองนำประชุมขับเคลื่อนผังภูมิสังคมเพื่อการบริหารจัดการน้ำหมู่บ้าน/ชุมชน แบบบูรณาการอย่างยั่งยืน"
MAE_KLONG_BODY = ("เมื่อวันที่ 3 มีนาคม 2566 นายสมนึก พรหมเขียว ผู้ว่าราชการจังหวัดสมุทรสงคราม เปิดเผยภายหลังเป็นประธาน"
                  "การประชุมคณะกรรมการจัดทำผังภูมิสังคมเพื่อการบริหารจัดการน้ำหมู่บ้าน/ชุมชน")
# thaigov.go.th/news/contents/details/69882: three governors; no one post names them
THREE = "3 พ่อเมืองลุ่มน้ำบางปะกง “แปดริ้ว-ปราจีน-นครนายก” บูรณาการความร่วมมือทีมจังหวัดกำจัดผักตบชวา"


def test_the_city_father_is_the_provinces_governor() -> None:
    gist = _gist(NAKHON_PHANOM)
    assert gist.startswith("Nakhon Phanom Governor "), gist
    assert "Ministry of Interior follows" not in gist, gist
    gist = _gist(MAE_KLONG, MAE_KLONG_BODY)
    assert gist.startswith("Samut Songkhram Governor "), gist
    assert "mother" not in gist.lower(), gist
    assert "Governor" not in _gist(THREE).split()[:3], _gist(THREE)


# thaigov.go.th/news/contents/details/91786: read 'Ministry of Public Health vaccinates HPV 9' (the issuer)
PHITSANULOK = "“พิษณุโลก” ฉีดวัคซีน HPV 9 สายพันธุ์ให้นักเรียนหญิง ป.5 พร้อมกันทั้งจังหวัด ให้ครอบคลุมเป้าหมายกว่า 6,000 คน"
# thaigov.go.th/news/contents/details/46608: read 'Royal Thai Air Force prepares ...' (a body of the release's body)
DON_MUEANG = "ท่าอากาศยานดอนเมือง (ทดม.) เตรียมความพร้อมรองรับน้ำท่วม พร้อมเฝ้าระวัง ติดตาม และประเมินสถานการณ์น้ำประจำวัน"


def test_a_place_opening_the_headline_before_its_verb_acts() -> None:
    gist = _gist(PHITSANULOK)
    assert gist.startswith("Phitsanulok vaccinates"), gist
    gist = _gist(DON_MUEANG)
    assert gist.startswith("Don Mueang International Airport prepares"), gist


# thaigov.go.th/news/contents/details/100219: China's ambassador in Bangkok; read '... welcomes Chang Chianwe in China'
AMBASSADOR = ("\"ภูมิธรรม\" ให้การต้อนรับนายจาง เจี้ยนเว่ย์ เอกอัครราชทูตจีนประจำประเทศไทย "
              "พร้อมหารือแนวทางการเสริมสร้างความสัมพันธ์อันแน่นแฟ้น \"จีนไทยใช่อื่นไกลพี่น้องกัน\"")
# thaigov.go.th/news/contents/details/99532: losses on Thailand's side of the border; read '... measures in Cambodia'
BORDER = ("สำนักงาน คปภ. ออกมาตรการ “ค่าสินไหมทดแทนกรุณา” เพื่อเยียวยาผู้ที่ได้รับผลกระทบจากเหตุการณ์"
          "บริเวณชายแดนไทยและกัมพูชา")
# thaigov.go.th/news/contents/details/47172: a Thai-Chinese film MOU; read 'Cabinet endorses the cooperation memorandum
# in China' (the dash pair was read as one, but 'ไทยและจีน' at the end was not)
FILM = ("ครม. เห็นชอบบันทึกความร่วมมือไทย – จีน ด้านภาพยนตร์และวีดิทัศน์ ส่งเสริมการแลกเปลี่ยนองค์ความรู้"
        "และการจัดเทศกาลภาพยนตร์ หนุนตลาดอุตสาหกรรมบันเทิงไทยและจีนขยายตัวสูงขึ้น")
# thaigov.go.th/news/contents/details/78921: a visit to Laos: there it is where
VISIT = "รมว.ยุติธรรม เยือน สปป.ลาว หารือแนวทางการพัฒนาความร่วมมือด้านการควบคุมยาเสพติดระหว่างไทยและลาว"


def test_a_country_that_says_whose_is_not_where() -> None:
    for title in (AMBASSADOR, BORDER, FILM):
        gist = _gist(title)
        assert " in China" not in gist and " in Cambodia" not in gist, gist
    assert " in Laos" in _gist(VISIT), _gist(VISIT)


# thaigov.go.th/news/contents/details/46339: read 'Prime Minister holds talks with the ambassador of India ...' (the
# Deputy Secretary-General to the Prime Minister held them; 'เลขาธิการ' went unread before 'นายกฯ')
DEPUTY_SG = "รองเลขาธิการนายกฯ นายอนุชาฯ หารือเอกอัครราชทูตอินเดีย ยินดีสนับสนุนความร่วมมือไทย-อินเดีย เพื่อฟื้นฟูเศรษฐกิจร่วมกัน"
DEPUTY_SG_BODY = ("วันนี้ (29 กันยายน 2564) เวลา 09.30 น. ณ ห้องรับรอง 1 ตึกบัญชาการ1 ทำเนียบรัฐบาล นางสุจิตรา ทุไร "
                  "(H.E. Mrs. Suchitra Durai) เอกอัครราชทูตสาธารณรัฐอินเดียประจำประเทศไทย เข้าเยี่ยมคารวะ "
                  "นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง เพื่อแนะนำตัวในโอกาสเข้ารับตำแหน่ง")
# thaigov.go.th/news/contents/details/63600: the Secretariat (a body) received the gifts; read 'Prime Minister receives'
SECRETARIAT = ("สำนักเลขาธิการนายกรัฐมนตรี รับมอบของขวัญจากหน่วยงานภาครัฐและเอกชน เพื่อมอบให้แก่เด็กและเยาวชน "
               "เนื่องในวันเด็กแห่งชาติ ประจำปี 2566")
# thaigov.go.th/news/contents/details/92688: the holder is named before the post; the bracket says whose deputy he is
THITIWAT = ("ดร.ธิติวัฐ รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง (นายภูมิธรรม เวชยชัย) ลงพื้นที่ จ.สตูล "
            "ประชุมผลักดันโครงการพัฒนาพื้นที่บริเวณด่านศุลกากรวังประจัน")
THITIWAT_BODY = ("วานนี้ (23 มกราคม 2568) ณ อุทยานแห่งชาติทะเลบัน ตำบลวังประจัน อำเภอควนโดน จังหวัดสตูล นายธิติวัฐ "
                 "อดิศรพันธ์กุล รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง (รองนายกรัฐมนตรี นายภูมิธรรม เวชยชัย) "
                 "เป็นประธานการประชุมผลักดันโครงการพัฒนาพื้นที่บริเวณด่านศุลกากรวังประจัน")


def test_the_prime_ministers_secretary_general_is_no_prime_minister() -> None:
    gist = _gist(DEPUTY_SG, DEPUTY_SG_BODY)
    assert gist.startswith("PM's Deputy Secretary-General Anucha"), gist
    gist = _gist(SECRETARIAT)
    assert gist.startswith("Secretariat of the Prime Minister receives"), gist
    gist = _gist(THITIWAT, THITIWAT_BODY)
    assert gist.startswith("PM's Deputy Secretary-General Thitiwat"), gist


# thaigov.go.th/news/contents/details/41872: 'รับลูก' (act on someone's call) read 'receives the child in Israel'
CUE = "รมว.เฮ้ง รับลูก นายกฯ สั่ง ดูแลแรงงานไทยเสียชีวิตและบาดเจ็บจากเหตุระเบิดในอิสราเอล"
# thaigov.go.th/news/contents/details/40622: 'นั่งประธาน' (chairs) read as the post 'Chairperson listens to ...'
CHAIRS = "“ชัยวุฒิ” นั่งประธานรับฟังบรรยายสรุปผลการดำเนินงาน “ดีอีเอส”"


def test_idioms_of_acting_on_a_call_and_chairing() -> None:
    gist = _gist(CUE)
    assert "child" not in gist and " responds to the Prime Minister" in gist, gist
    gist = _gist(CHAIRS)
    assert not gist.startswith("Chairperson"), gist


# thaigov.go.th/news/contents/details/95853 (headline and the body's line with the count): read '... to offer royal
# merit-making; 76 provinces' (the provincial culture offices funded to hold it: where, not what)
CHANTING = ("วธ. จัดพิธีเจริญพระพุทธมนต์ถวายพระกุศล สมเด็จพระเจ้าลูกยาเธอ เจ้าฟ้าทีปังกรรัศมีโชติฯ "
            "เนื่องในโอกาสวันคล้ายวันประสูติ")
CHANTING_BODY = ("ในส่วนภูมิภาค กรมการศาสนา อุดหนุนงบประมาณให้สำนักงานวัฒนธรรมจังหวัด 76 จังหวัด "
                 "จัดกิจกรรมเฉลิมพระเกียรติ")


def test_a_body_count_of_provinces_is_no_key_figure() -> None:
    gist = _gist(CHANTING, CHANTING_BODY)
    assert "76" not in gist, gist


# thaigov.go.th/news/contents/details/39741: a body after 'มอบ' with what it is to do next is assigned it; read
# 'Prime Minister Prayut Chan-o-cha hands over MOPH to hold talks on schedule points'
ASSIGNS = ("นายกรัฐมนตรีมอบ สธ. หารือข้อกำหนดการออกพาสปอร์ตวัคซีนโควิด-19  ระหว่างรอองค์การอนามัยโลก (WHO) "
           "กำหนดมาตรฐานกลาง")


def test_a_body_after_mob_with_a_task_is_assigned() -> None:
    gist = _gist(ASSIGNS)
    assert "assigns MOPH to hold talks" in gist and "hands over" not in gist, gist


# thaigov.go.th/news/contents/details/69973 and 71622: a quoted slogan before the subject; its verbs were read as the
# subject's ('Ministry of Interior eats the King's philosophy', 'Thai textiles wear the governor')
EATS = ("“กินอิ่ม นอนหลับ ปลดหนี้ด้วยศาสตร์พระราชาอย่างยั่งยืน” พ่อเมืองกำแพงเพชร "
        "เดินหน้าขับเคลื่อนโครงการหนึ่งตำบล หนึ่งหมู่บ้านยั่งยืน")
WEARS = "“ผ้าไทยใส่ให้สนุก” พ่อเมืองสุรินทร์ จับมือภาคีเครือข่าย รณรงค์แต่งกายด้วยผ้าไทยและผ้าพื้นเมือง"


def test_a_slogan_before_the_subject_is_no_action() -> None:
    gist = _gist(EATS)
    assert gist.startswith("Kamphaeng Phet Governor ") and " eats" not in gist, gist
    gist = _gist(WEARS)
    assert gist.startswith("Surin Governor ") and " wear" not in gist, gist


# thaigov.go.th/news/contents/details/75551 (headline): nothing of the arrest's object could stay, and the verb alone
# was its first word ('MOI Permanent Secretary Suttipong Juljarern makes'); a verb phrase stays whole
ARRESTS = ("\"แก้หนี้นอกระบบแผลงฤทธิ์ เจอต่างชาติปล่อยกู้\"  ปลัด มท.ย้ำเอาจริง เผยฝ่ายปกครองอำเภอเสาไห้"
           "จับกุมต่างด้าวปล่อยเงินกู้ จากเบาะแสการรับลงทะเบียนหนี้นอกระบบ")


def test_a_verb_left_alone_is_its_whole_phrase() -> None:
    gist = _gist(ARRESTS)
    assert not gist.split(";")[0].endswith(" makes"), gist
